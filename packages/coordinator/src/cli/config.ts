import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { ConfigError } from '../errors.js'
import { DEFAULT_TIMEOUTS, type KeyTrust, type NodeEntry, type Timeouts } from '../types.js'

/**
 * The `thresh` client config file (JSON):
 *
 *   {
 *     "identity": "coordinator.key",            // key file, relative to this file
 *     "nodes": [ { "peerId": "12D3Koo...", "addrs": ["/ip4/127.0.0.1/tcp/7101"] } ],
 *     "timeouts": { "signMs": 35000 },         // optional, any of Timeouts
 *     "keys": "keys.json",                     // optional: keys file (pins), relative to this file
 *     "trust": "pinned"                        // optional: or "discover"
 *   }
 */
export interface ClientConfig {
  readonly identity?: string
  readonly nodes?: readonly NodeEntry[]
  readonly timeouts?: Partial<Timeouts>
  readonly keys?: string
  readonly trust?: KeyTrust
}

const FIELDS = new Set(['identity', 'nodes', 'timeouts', 'keys', 'trust'])

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

function parseClientConfig(raw: unknown, baseDir: string, source = 'config'): ClientConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(`${source} must hold a JSON object`, 'config')
  const obj = raw as Record<string, unknown>
  for (const k of Object.keys(obj)) if (!FIELDS.has(k)) throw new ConfigError(`${source}: unknown field "${k}"`, k)
  const out: { -readonly [K in keyof ClientConfig]: ClientConfig[K] } = {}
  if (obj.identity !== undefined) out.identity = path(obj.identity, 'identity')
  if (obj.keys !== undefined) out.keys = path(obj.keys, 'keys')
  if (obj.trust !== undefined) {
    if (obj.trust !== 'pinned' && obj.trust !== 'discover') throw new ConfigError(`${source}: "trust" must be "pinned" or "discover"`, 'trust')
    out.trust = obj.trust
  }
  if (obj.nodes !== undefined) {
    if (!Array.isArray(obj.nodes)) throw new ConfigError(`${source}: "nodes" must be an array`, 'nodes')
    out.nodes = obj.nodes as NodeEntry[] // checked field by field by Coordinator.connect
  }
  if (obj.timeouts !== undefined) out.timeouts = parseTimeouts(obj.timeouts, source)
  return out

  function path(value: unknown, field: string): string {
    if (typeof value !== 'string' || value === '') throw new ConfigError(`${source}: "${field}" must be a file path`, field)
    return resolve(baseDir, value)
  }
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
