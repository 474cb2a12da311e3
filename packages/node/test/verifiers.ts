import { createHash, createPublicKey, verify as verifyWithOpenSsl } from 'node:crypto'
import { schnorr, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { computeAddress, recoverAddress, Signature } from 'ethers'
import type { Scheme } from '@thresh/crypto'

/** What an ECDSA key signs in these tests: the SHA-256 digest of the message. */
export const ecdsaDigest = (message: Uint8Array): Uint8Array => new Uint8Array(createHash('sha256').update(message).digest())

/**
 * ECDSA over secp256k1, checked twice: by OpenSSL (node:crypto hashes the message with
 * SHA-256 itself) and by ethers, which must recover the key's address from (r, s, recovery id).
 */
export function verifiesEcdsa(groupPublicKey: Uint8Array, message: Uint8Array, signature: Uint8Array, recoveryId: number): boolean {
  const spki = Buffer.concat([Buffer.from('3036301006072a8648ce3d020106052b8104000a032200', 'hex'), groupPublicKey])
  const key = createPublicKey({ key: spki, format: 'der', type: 'spki' })
  const openssl = verifyWithOpenSsl('sha256', message, { key, dsaEncoding: 'ieee-p1363' }, signature)
  const hex = (b: Uint8Array) => '0x' + Buffer.from(b).toString('hex')
  const sig = Signature.from({ r: hex(signature.subarray(0, 32)), s: hex(signature.subarray(32)), v: 27 + (recoveryId & 1) })
  const recovered = recoverAddress(hex(ecdsaDigest(message)), sig) === computeAddress(hex(groupPublicKey))
  return openssl && recovered
}

/**
 * Independent verifiers for the Schnorr schemes, none of them thresh code: OpenSSL
 * (node:crypto) for Ed25519, noble's BIP340 schnorr.verify (x-only key) and noble's
 * FROST(secp256k1, SHA-256) verify.
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

/** The bytes a sign request carries for `message`: ECDSA signs its digest, FROST the message itself. */
export function signedBytes(scheme: Scheme, message: Uint8Array): Uint8Array {
  return scheme === 'ecdsa' ? ecdsaDigest(message) : message
}

/** Verifies a node's signature over `message` with the scheme's independent verifier. */
export function verifiesSignature(scheme: Scheme, groupPublicKey: Uint8Array, message: Uint8Array, sig: { signature: Uint8Array; recoveryId: number }): boolean {
  return scheme === 'ecdsa' ? verifiesEcdsa(groupPublicKey, message, sig.signature, sig.recoveryId) : verifies(scheme, groupPublicKey, message, sig.signature)
}
