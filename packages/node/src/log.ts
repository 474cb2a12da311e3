import { writeSync } from 'node:fs'
import { pino, type Logger } from 'pino'
import type { LogLevel } from './config.js'

export type { Logger }

/** Log lines that could not be written (stdout full, closed or erroring), since start. */
let droppedLines = 0
export const droppedLogLines = (): number => droppedLines

/**
 * Standard output written line by line, never throwing: a full disk under stdout (ENOSPC),
 * a closed pipe (EPIPE) or any other write error drops the line and counts it, and the
 * next line is tried afresh, so the node keeps serving and logs again once space
 * returns. A pipe that is momentarily full (EAGAIN) is retried briefly first. pino's
 * default destination instead retried or threw: the node hung or died with the disk.
 */
const stdout = {
  write(line: string): void {
    const bytes = Buffer.from(line)
    let written = 0
    for (let tries = 0; written < bytes.length; ) {
      try {
        written += writeSync(1, bytes, written)
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EAGAIN' && ++tries < EAGAIN_TRIES) continue
        droppedLines += 1
        return
      }
    }
  },
}
const EAGAIN_TRIES = 1_000

/**
 * JSON logs on stdout. Nothing secret is ever passed to the logger: only peer ids,
 * key ids, session ids, counts and error reasons (which never contain key material).
 */
export function createLogger(level: LogLevel, bindings: Record<string, string> = {}): Logger {
  return pino({ level, base: { ...bindings }, timestamp: pino.stdTimeFunctions.isoTime }, stdout)
}
