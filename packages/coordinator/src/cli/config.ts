import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { ConfigError } from '../errors.js'
import { DEFAULT_TIMEOUTS, type NodeEntry, type Timeouts } from '../types.js'

/**
 * The `thresh` client config file (JSON):
 *
 *   {
 *     "identity": "coordinator.key",            // key file, relative to this file
 *     "nodes": [ { "peerId": "12D3Koo...", "addrs": ["/ip4/127.0.0.1/tcp/7101"] } ],
 *     "timeouts": { "signMs": 30000 }          // optional, any of Timeouts
 *   }
 */
export interface ClientConfig {
  readonly identity?: string
  readonly nodes?: readonly NodeEntry[]
  readonly timeouts?: Partial<Timeouts>
}

const FIELDS = new Set(['identity', 'nodes', 'timeouts'])

export async function readClientConfig(path: string): Promise<ClientConfig> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new ConfigError(`cannot read config file ${path}`, 'config')
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (err) {
    throw new ConfigError(`config file ${path} is not valid JSON: ${(err as Error).message}`, 'config')
  }
  return parseClientConfig(raw, dirname(resolve(path)), path)
}

export function parseClientConfig(raw: unknown, baseDir: string, source = 'config'): ClientConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(`${source} must hold a JSON object`, 'config')
  const obj = raw as Record<string, unknown>
  for (const k of Object.keys(obj)) if (!FIELDS.has(k)) throw new ConfigError(`${source}: unknown field "${k}"`, k)
  const out: { identity?: string; nodes?: readonly NodeEntry[]; timeouts?: Partial<Timeouts> } = {}
  if (obj.identity !== undefined) {
    if (typeof obj.identity !== 'string' || obj.identity === '') throw new ConfigError(`${source}: "identity" must be a file path`, 'identity')
    out.identity = resolve(baseDir, obj.identity)
  }
  if (obj.nodes !== undefined) {
    if (!Array.isArray(obj.nodes)) throw new ConfigError(`${source}: "nodes" must be an array`, 'nodes')
    out.nodes = obj.nodes as NodeEntry[] // checked field by field by Coordinator.connect
  }
  if (obj.timeouts !== undefined) out.timeouts = parseTimeouts(obj.timeouts, source)
  return out
}

function parseTimeouts(raw: unknown, source: string): Partial<Timeouts> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(`${source}: "timeouts" must be an object`, 'timeouts')
  const out: Record<string, number> = {}
  for (const [k, v] of Object.entries(raw)) {
    if (!(k in DEFAULT_TIMEOUTS)) throw new ConfigError(`${source}: unknown field "timeouts.${k}" (known: ${Object.keys(DEFAULT_TIMEOUTS).join(', ')})`, `timeouts.${k}`)
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) throw new ConfigError(`${source}: "timeouts.${k}" must be a positive number`, `timeouts.${k}`)
    out[k] = v
  }
  return out
}
