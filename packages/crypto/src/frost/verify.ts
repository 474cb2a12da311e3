import { ed25519 } from '@noble/curves/ed25519.js'
import { schnorr } from '@noble/curves/secp256k1.js'
import type { Scheme } from '../keys/types.js'
import { frostGroup, frostSuite } from './suite.js'

/**
 * The group key in the form the scheme's standard verifiers take: Ed25519 32 bytes,
 * secp256k1 FROST 33-byte compressed, BIP340 the 32-byte x-only key x(P).
 */
export function schnorrPublicKey(scheme: Scheme, groupPublicKey: Uint8Array): Uint8Array {
  const group = frostGroup(scheme)
  if (scheme === 'bip340' && groupPublicKey.length === 32) return Uint8Array.from(groupPublicKey)
  group.decodePoint(groupPublicKey, 'group public key')
  return scheme === 'bip340' ? groupPublicKey.slice(1) : Uint8Array.from(groupPublicKey)
}

/**
 * Verifies a FROST output with the scheme's standard verifier: RFC 8032 Ed25519
 * (strict), noble's FROST(secp256k1, SHA-256) verify, BIP340 schnorr.verify.
 * `groupPublicKey` is the KeyShare's (BIP340 also takes the x-only key). Never throws.
 */
export function verifySchnorr(scheme: Scheme, groupPublicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  try {
    const key = schnorrPublicKey(scheme, groupPublicKey)
    switch (scheme) {
      case 'frost-ed25519': return ed25519.verify(signature, message, key, { zip215: false })
      case 'bip340': return schnorr.verify(signature, message, key)
      default: return frostSuite(scheme).verify(signature, message, key)
    }
  } catch {
    return false
  }
}
