import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { Ed25519PrivateKey, PrivateKey } from '@libp2p/interface'
import { open, readFile, stat } from 'node:fs/promises'
import { ConfigError } from './errors.js'

/**
 * The coordinator's identity: an Ed25519 libp2p key. Nodes authorize callers by the
 * peer id derived from it (their `coordinators` list), so whoever holds this key can
 * ask the network for signatures: keep the file private.
 *
 * Key file format: one line, the base64 encoding of the libp2p protobuf private key.
 */
export type IdentitySource = PrivateKey | Uint8Array | string

export async function loadIdentity(source: IdentitySource): Promise<Ed25519PrivateKey> {
  if (typeof source === 'string') return parseIdentityFile(await readPrivateFile(source), source)
  if (source instanceof Uint8Array) return ed25519Only(decodeProtobuf(source, 'identity bytes'), 'identity bytes')
  return ed25519Only(source, 'identity')
}

/** A fresh identity and the text of its key file. */
export async function generateIdentity(): Promise<{ key: Ed25519PrivateKey; peerId: string; file: string }> {
  const key = await generateKeyPair('Ed25519')
  return { key, peerId: peerIdFromPrivateKey(key).toString(), file: identityFileText(key) }
}

function identityFileText(key: PrivateKey): string {
  return Buffer.from(privateKeyToProtobuf(key)).toString('base64') + '\n'
}

/** Writes a new key file readable by its owner only; refuses to overwrite one. */
export async function writeIdentityFile(path: string, key: PrivateKey): Promise<void> {
  let handle
  try {
    handle = await open(path, 'wx', 0o600)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new ConfigError(`${path} already exists: refusing to overwrite an identity`, 'identity')
    throw err
  }
  try {
    await handle.writeFile(identityFileText(key))
  } finally {
    await handle.close()
  }
}

export function peerIdOf(key: PrivateKey): string {
  return peerIdFromPrivateKey(key).toString()
}

function parseIdentityFile(text: string, path: string): Ed25519PrivateKey {
  const b64 = text.trim()
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw new ConfigError(`identity file ${path} is not a base64 key`, 'identity')
  return ed25519Only(decodeProtobuf(Buffer.from(b64, 'base64'), `identity file ${path}`), `identity file ${path}`)
}

function decodeProtobuf(bytes: Uint8Array, what: string): PrivateKey {
  try {
    return privateKeyFromProtobuf(bytes)
  } catch {
    throw new ConfigError(`${what} does not hold a libp2p private key`, 'identity')
  }
}

function ed25519Only(key: PrivateKey, what: string): Ed25519PrivateKey {
  if (key.type !== 'Ed25519') throw new ConfigError(`${what} must be an Ed25519 key, got ${key.type}`, 'identity')
  return key
}

/** Reads a key file, refusing one that group or others may read (like ssh does). */
async function readPrivateFile(path: string): Promise<string> {
  let info
  try {
    info = await stat(path)
  } catch {
    throw new ConfigError(`identity file ${path} cannot be read`, 'identity')
  }
  if (process.platform !== 'win32' && (info.mode & 0o077) !== 0) {
    throw new ConfigError(`identity file ${path} is accessible by other users: run chmod 600 ${path}`, 'identity')
  }
  return readFile(path, 'utf8')
}
