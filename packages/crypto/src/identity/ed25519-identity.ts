import { createPrivateKey, createPublicKey, sign as opensslSign, verify as opensslVerify, type KeyObject } from 'node:crypto'
import { ed25519 } from '@noble/curves/ed25519.js'
import { bytesToHex, bytesToNumberLE } from '@noble/curves/utils.js'
import type { IdentityKey } from '../keys/types.js'
import type { PartyIndex } from '../session/types.js'

/*
 * Identity signatures run on OpenSSL (node:crypto): every DKG and FROST round signs
 * and checks them, and OpenSSL's Ed25519 is ~20x faster to sign and ~7x faster to
 * verify than the pure-JS curve. Which signatures count is fixed by this module, not
 * by the OpenSSL build: keys are validated here (canonical, not of small order) and
 * a signature's s must be canonical (s < L) before OpenSSL sees it.
 */

// DER prefixes wrapping a raw 32-byte Ed25519 seed (PKCS#8) and public key (SPKI), RFC 8410.
const PKCS8_PREFIX = Uint8Array.from([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20])
const SPKI_PREFIX = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00])
const ORDER = ed25519.Point.Fn.ORDER

function der(prefix: Uint8Array, body: Uint8Array): Buffer {
  const out = Buffer.alloc(prefix.length + body.length)
  out.set(prefix)
  out.set(body, prefix.length)
  return out
}

/** An Ed25519 identity key from its 32-byte secret seed (RFC 8032 private key). */
export function ed25519Identity(secretSeed: Uint8Array): IdentityKey {
  if (!(secretSeed instanceof Uint8Array) || secretSeed.length !== 32) throw new Error('identity seed: expected 32 bytes')
  const encoded = der(PKCS8_PREFIX, secretSeed)
  let privateKey: KeyObject
  try {
    privateKey = createPrivateKey({ key: encoded, format: 'der', type: 'pkcs8' })
  } finally {
    encoded.fill(0)
  }
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' })
  const publicKey = Uint8Array.from(spki.subarray(SPKI_PREFIX.length))
  return Object.freeze({
    publicKey,
    sign: (message: Uint8Array) => new Uint8Array(opensslSign(null, message, privateKey)),
  })
}

/**
 * Validated identity public keys as OpenSSL key objects, by hex. A node talks to a
 * fixed set of peers, so the cache stays small; the bound keeps a stream of unknown
 * keys from growing it without limit.
 */
const validatedKeys = new Map<string, KeyObject>()
const MAX_CACHED_KEYS = 4096

function identityKeyObject(publicKey: Uint8Array, what = 'identity public key'): KeyObject {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 32) throw new Error(`${what}: expected 32 bytes`)
  const hex = bytesToHex(publicKey)
  const cached = validatedKeys.get(hex)
  if (cached) return cached
  let point
  try {
    point = ed25519.Point.fromBytes(publicKey, false)
  } catch {
    throw new Error(`${what}: not an Ed25519 point`)
  }
  if (point.isSmallOrder()) throw new Error(`${what}: a small-order point`)
  const keyObject = createPublicKey({ key: der(SPKI_PREFIX, publicKey), format: 'der', type: 'spki' })
  if (validatedKeys.size >= MAX_CACHED_KEYS) validatedKeys.delete(validatedKeys.keys().next().value!)
  validatedKeys.set(hex, keyObject)
  return keyObject
}

/**
 * Strict Ed25519 verification (a valid, not small-order key; canonical s). Every party
 * runs this same check on the same evidence, so they reach the same verdict.
 */
export function verifyIdentitySignature(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (!(signature instanceof Uint8Array) || signature.length !== 64) return false
  if (bytesToNumberLE(signature.subarray(32)) >= ORDER) return false
  let key: KeyObject
  try {
    key = identityKeyObject(publicKey)
  } catch {
    return false
  }
  return opensslVerify(null, message, key, signature)
}

/**
 * Throws unless `publicKey` is a usable identity key: 32 bytes, a canonical Ed25519
 * point, not of small order (what strict verification needs; a torsion component
 * would only make signatures malleable, and verdicts compare digests, not signatures).
 */
export function assertIdentityPublicKey(publicKey: Uint8Array, what = 'identity public key'): void {
  identityKeyObject(publicKey, what)
}

/**
 * Throws unless every party has a usable identity key and no two parties share one
 * (a shared key would make one party's signatures count as another's).
 */
export function assertIdentityKeys(parties: readonly PartyIndex[], identities: ReadonlyMap<PartyIndex, Uint8Array>, role = 'party'): void {
  const seen = new Set<string>()
  for (const p of parties) {
    const key = identities.get(p)
    if (!key) throw new RangeError(`no identity key for ${role} ${p}`)
    assertIdentityPublicKey(key, `identity key of ${role} ${p}`)
    const hex = bytesToHex(key)
    if (seen.has(hex)) throw new RangeError(`two ${role}s share an identity key`)
    seen.add(hex)
  }
}
