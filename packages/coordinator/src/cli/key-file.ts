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

/** The keys in `path`; none when the file does not exist yet. */
export async function readKeyFile(path: string): Promise<KeyInfo[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw new ConfigError(`cannot read keys file ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 'keys')
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (err) {
    throw new ConfigError(`keys file ${path} is not valid JSON: ${(err as Error).message}`, 'keys')
  }
  if (!Array.isArray(raw)) throw new ConfigError(`keys file ${path} must hold a JSON array`, 'keys')
  return raw.map((entry, i) => keyInfoFromJson(entry, `${path}[${i}]`))
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
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(temp, JSON.stringify(next.map(keyInfoToJson), null, 2) + '\n', { flag: 'wx', mode: 0o644 })
    await rename(temp, path)
  } catch (err) {
    await rm(temp, { force: true })
    throw err
  }
}
