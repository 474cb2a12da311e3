import { createPublicKey, verify as verifyWithOpenSsl } from 'node:crypto'
import { schnorr, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import type { Scheme } from '@thresh/crypto'

/**
 * Independent verifiers, none of them thresh code: OpenSSL (node:crypto) for Ed25519,
 * noble's BIP340 schnorr.verify (x-only key) and noble's FROST(secp256k1, SHA-256) verify.
 */
export function verifies(scheme: Scheme, groupPublicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  switch (scheme) {
    case 'frost-ed25519': {
      const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), groupPublicKey])
      return verifyWithOpenSsl(null, message, createPublicKey({ key: spki, format: 'der', type: 'spki' }), signature)
    }
    case 'bip340':
      return schnorr.verify(signature, message, groupPublicKey.subarray(1))
    case 'frost-secp256k1':
      return secp256k1_FROST.verify(signature, message, groupPublicKey)
    default:
      throw new Error(`no verifier for ${scheme}`)
  }
}
