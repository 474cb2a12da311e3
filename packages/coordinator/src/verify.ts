import { ed25519 } from '@noble/curves/ed25519.js'
import { schnorr, secp256k1, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { equalBytes } from '@noble/curves/utils.js'
import type { Scheme } from '@thresh/crypto'

/**
 * Signature checks the SDK runs on every node answer before returning it. They call
 * the standard verifiers in @noble/curves directly, not the protocol engines the
 * nodes run, so a bug in an engine cannot vouch for its own output.
 */

export interface EcdsaParts {
  readonly r: bigint
  readonly s: bigint
  readonly recoveryId: 0 | 1
}

const HALF_N = secp256k1.Point.CURVE().n >> 1n

/**
 * Verifies a 64-byte r || s ECDSA signature over a 32-byte digest against a
 * compressed secp256k1 key: r and s in range, s low, and public-key recovery with
 * `recoveryId` yields exactly that key. Recovery computes Q' = r^-1 (s R - e G) from
 * the point R with x(R) = r; Q' = Q holds exactly when s R = e G + r Q, which is the
 * verification equation (the check Ethereum's ecrecover makes), so one recovery both
 * verifies the signature and proves the recovery id right.
 */
export function verifyEcdsa(publicKey: Uint8Array, digest: Uint8Array, signature: Uint8Array, recoveryId: number): EcdsaParts | null {
  if (digest.length !== 32 || signature.length !== 64 || (recoveryId !== 0 && recoveryId !== 1)) return null
  try {
    const sig = secp256k1.Signature.fromBytes(signature, 'compact') // refuses r, s outside 1..n-1
    if (sig.s > HALF_N) return null
    const recovered = sig.addRecoveryBit(recoveryId).recoverPublicKey(digest).toBytes(true)
    return equalBytes(recovered, publicKey) ? { r: sig.r, s: sig.s, recoveryId } : null
  } catch {
    return null
  }
}

/**
 * Verifies a FROST output with the scheme's standard verifier: RFC 8032 Ed25519
 * (strict encoding), FROST(secp256k1, SHA-256) (65-byte R || s), BIP340 against the
 * x-only form of the group key.
 */
export function verifySchnorr(scheme: Exclude<Scheme, 'ecdsa'>, publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  try {
    switch (scheme) {
      case 'frost-ed25519':
        return ed25519.verify(signature, message, publicKey, { zip215: false })
      case 'frost-secp256k1':
        return secp256k1_FROST.verify(signature, message, publicKey)
      case 'bip340':
        return publicKey.length === 33 && schnorr.verify(signature, message, publicKey.subarray(1))
    }
  } catch {
    return false
  }
}

/** The 65-byte uncompressed form of a compressed secp256k1 key. */
export function uncompressedSecp256k1(publicKey: Uint8Array): Uint8Array {
  return secp256k1.Point.fromBytes(publicKey).toBytes(false)
}
