import { pino, type Logger } from 'pino'
import type { LogLevel } from './config.js'

export type { Logger }

/**
 * JSON logs on stdout. Nothing secret is ever passed to the logger: only peer ids,
 * key ids, session ids, counts and error reasons (which never contain key material).
 */
export function createLogger(level: LogLevel, bindings: Record<string, string> = {}): Logger {
  return pino({ level, base: { ...bindings }, timestamp: pino.stdTimeFunctions.isoTime })
}
