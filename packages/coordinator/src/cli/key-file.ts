import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { equalBytes } from '@noble/curves/utils.js'
import type { KeyInfo } from '@thresh/wire'
import { ConfigError } from '../errors.js'
import { keyInfoFromJson, keyInfoToJson } from '../key-json.js'
import { sameKeyInfo } from '../key-consensus.js'

/**
 * The CLI's keys file: a JSON array of keyInfoToJson entries, the keys this
 * coordinator created (or was given), which later commands pin. Public data.
 */

/** The keys in `path`; none when the file does not exist yet. Entries pinned before key epochs are refused, naming the fix. */
export async function readKeyFile(path: string): Promise<KeyInfo[]> {
  const { keys, legacy } = await readKeyFileEntries(path)
  if (legacy.size > 0) {
    const ids = [...legacy.keys()]
    throw new ConfigError(`keys file ${path} holds keys pinned before key epochs (${ids.join(', ')}): confirm each with every node and rewrite it: ${ids.map((id) => `thresh pin --key ${id}`).join('; ')}`, 'keys')
  }
  return keys
}

/** The current entries of `path`, and its entries of the format before key epochs (key id -> public key hex). */
export async function readKeyFileEntries(path: string): Promise<{ keys: KeyInfo[]; legacy: Map<string, string> }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { keys: [], legacy: new Map() }
    throw new ConfigError(`cannot read keys file ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 'keys')
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (err) {
    throw new ConfigError(`keys file ${path} is not valid JSON: ${(err as Error).message}`, 'keys')
  }
  if (!Array.isArray(raw)) throw new ConfigError(`keys file ${path} must hold a JSON array`, 'keys')
  const keys: KeyInfo[] = []
  const legacy = new Map<string, string>()
  raw.forEach((entry, i) => {
    const e = entry as Record<string, unknown>
    if (e && typeof e === 'object' && e.epoch === undefined && e.publicShares === undefined && typeof e.keyId === 'string' && typeof e.publicKey === 'string') legacy.set(e.keyId, e.publicKey)
    else keys.push(keyInfoFromJson(entry, `${path}[${i}]`))
  })
  return { keys, legacy }
}

/**
 * `thresh pin`: writes `key`, which the caller confirmed with every node, into the file:
 * over an entry of the format before key epochs with the same public key, or over an
 * earlier epoch of it, or as a new entry. Other entries stay as they are.
 */
export async function pinInKeyFile(path: string, key: KeyInfo): Promise<void> {
  const { keys, legacy } = await readKeyFileEntries(path)
  const old = legacy.get(key.keyId)
  if (old !== undefined && old !== Buffer.from(key.groupPublicKey).toString('hex')) {
    throw new ConfigError(`the nodes report key ${key.keyId} with another public key than the keys file pinned: not rewritten`, 'keys')
  }
  const current = keys.find((k) => k.keyId === key.keyId)
  if (current && !(equalBytes(current.groupPublicKey, key.groupPublicKey) && key.epoch >= current.epoch)) {
    throw new ConfigError(`keys file ${path} already holds another key ${key.keyId}`, 'keys')
  }
  // the file as it is (readKeyFileEntries checked it), so that other legacy entries stay untouched
  const raw = keys.length + legacy.size === 0 ? [] : (JSON.parse(await readFile(path, 'utf8')) as { keyId?: unknown }[])
  const replaced = raw.map((e) => (e.keyId === key.keyId ? keyInfoToJson(key) : e))
  await writeWhole(path, replaced.some((e) => e.keyId === key.keyId) ? replaced : [...replaced, keyInfoToJson(key)])
}

async function writeWhole(path: string, entries: unknown[]): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(temp, JSON.stringify(entries, null, 2) + '\n', { flag: 'wx', mode: 0o644 })
    await rename(temp, path)
  } catch (err) {
    await rm(temp, { force: true })
    throw err
  }
}

/**
 * Adds `key` to the file (written whole to a temporary file, then renamed over it); the
 * same key again is a no-op. A later epoch of a key in the file (same id, scheme and
 * group key: a refresh, reshare or repair) replaces it.
 */
export async function addToKeyFile(path: string, key: KeyInfo): Promise<void> {
  const keys = await readKeyFile(path)
  const existing = keys.find((k) => k.keyId === key.keyId)
  if (existing && sameKeyInfo(existing, key)) return
  const laterEpoch = existing && existing.scheme === key.scheme && equalBytes(existing.groupPublicKey, key.groupPublicKey) && key.epoch > existing.epoch
  if (existing && !laterEpoch) throw new ConfigError(`keys file ${path} already holds another key ${key.keyId}`, 'keys')
  const next = existing ? keys.map((k) => (k === existing ? key : k)) : [...keys, key]
  await writeWhole(path, next.map(keyInfoToJson))
}
