import { ed25519 } from '@noble/curves/ed25519.js'
import { bytesToHex } from '@noble/curves/utils.js'
import type { IdentityKey } from '../keys/types.js'
import type { PartyIndex } from '../session/types.js'

/** An Ed25519 identity key from its 32-byte secret seed (RFC 8032 private key). */
export function ed25519Identity(secretSeed: Uint8Array): IdentityKey {
  if (!(secretSeed instanceof Uint8Array) || secretSeed.length !== 32) throw new Error('identity seed: expected 32 bytes')
  const seed = Uint8Array.from(secretSeed)
  const publicKey = ed25519.getPublicKey(seed)
  return Object.freeze({
    publicKey,
    sign: (message: Uint8Array) => ed25519.sign(message, seed),
  })
}

/**
 * Strict RFC 8032 verification (canonical encodings, no small-order keys). Every party
 * runs this same check on the same evidence, so they reach the same verdict.
 */
export function verifyIdentitySignature(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (!(signature instanceof Uint8Array) || signature.length !== 64) return false
  try {
    return ed25519.verify(signature, message, publicKey, { zip215: false })
  } catch {
    return false
  }
}

/**
 * Throws unless `publicKey` is a usable identity key: 32 bytes, a canonical Ed25519
 * point, not of small order (what strict verification needs; a torsion component
 * would only make signatures malleable, and verdicts compare digests, not signatures).
 */
export function assertIdentityPublicKey(publicKey: Uint8Array, what = 'identity public key'): void {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 32) throw new Error(`${what}: expected 32 bytes`)
  let point
  try {
    point = ed25519.Point.fromBytes(publicKey, false)
  } catch {
    throw new Error(`${what}: not an Ed25519 point`)
  }
  if (point.isSmallOrder()) throw new Error(`${what}: a small-order point`)
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
