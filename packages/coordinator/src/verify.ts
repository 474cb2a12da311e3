import { createPublicKey, verify as opensslVerify } from 'node:crypto'
import { hash_to_field } from '@noble/curves/abstract/hash-to-curve.js'
import { schnorr, secp256k1 } from '@noble/curves/secp256k1.js'
import { bytesToNumberBE, concatBytes, equalBytes } from '@noble/curves/utils.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'
import { verifySchnorr as bip340Verify } from 'tiny-secp256k1'
import { ecdsaRecoverCompressed, nativeSecp256k1, type Scheme } from '@thresh/crypto'

/**
 * Signature checks the SDK runs on every node answer before returning it. They are
 * standard verifiers, not the protocol engines the nodes run, so a bug in an engine
 * cannot vouch for its own output: libsecp256k1 (its N-API binding, or its WebAssembly
 * build where no binary exists: @thresh/crypto native-secp256k1.ts) for ECDSA recovery
 * and the FROST(secp256k1) equation, libsecp256k1 through tiny-secp256k1 for BIP340,
 * OpenSSL (node:crypto) for RFC 8032 Ed25519. They replaced @noble/curves here because
 * they are 5–25× faster (scripts/bench/verify.mjs: 0.05–0.24 ms against 1.2–1.5 ms per
 * check), which was most of the SDK's own CPU share of a signature; the tests pin them
 * against noble.
 */

export interface EcdsaParts {
  readonly r: bigint
  readonly s: bigint
  readonly recoveryId: 0 | 1
}

const N = secp256k1.Point.CURVE().n
const HALF_N = N >> 1n

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
  const r = bytesToNumberBE(signature.subarray(0, 32))
  const s = bytesToNumberBE(signature.subarray(32))
  if (r === 0n || r >= N || s === 0n || s > HALF_N) return null
  const recovered = ecdsaRecoverCompressed(signature, recoveryId, digest)
  return recovered !== null && equalBytes(recovered, publicKey) ? { r, s, recoveryId } : null
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
        return verifyEd25519(publicKey, message, signature)
      case 'frost-secp256k1':
        return verifyFrostSecp256k1(publicKey, message, signature)
      case 'bip340':
        if (publicKey.length !== 33 || signature.length !== 64) return false
        // tiny-secp256k1 takes 32-byte messages only (BIP340 allows any length since 2022): others through noble
        return message.length === 32 ? bip340Verify(message, publicKey.subarray(1), signature) : schnorr.verify(signature, message, publicKey.subarray(1))
    }
  } catch {
    return false
  }
}

/** The 65-byte uncompressed form of a compressed secp256k1 key. */
export function uncompressedSecp256k1(publicKey: Uint8Array): Uint8Array {
  return secp256k1.Point.fromBytes(publicKey).toBytes(false)
}

const ED25519_SPKI_PREFIX = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00])

/** RFC 8032 Ed25519 (OpenSSL: S < L, R and A canonical by re-encoding). */
function verifyEd25519(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false
  const key = createPublicKey({ key: Buffer.from(concatBytes(ED25519_SPKI_PREFIX, publicKey)), format: 'der', type: 'spki' })
  return opensslVerify(null, message, key, signature)
}

/** H2 of RFC 9591's FROST(secp256k1, SHA-256) ciphersuite (section 6.5). */
const FROST_SECP256K1_CHALLENGE = { DST: utf8ToBytes('FROST-secp256k1-SHA256-v1chal'), p: N, m: 1, k: 128, expand: 'xmd' as const, hash: sha256 }

/**
 * RFC 9591 section 5.3 verification for FROST(secp256k1, SHA-256): a 65-byte R || z,
 * c = H2(R || PK || msg), accept when z·G = R + c·PK (libsecp256k1 parses R and PK
 * as curve points and refuses the identity; z must be canonical and non-zero).
 */
function verifyFrostSecp256k1(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== 33 || signature.length !== 65) return false
  const R = signature.subarray(0, 33)
  const z = signature.subarray(33)
  const zn = bytesToNumberBE(z)
  if (zn === 0n || zn >= N) return false
  const group = nativeSecp256k1
  if (!group.isValidPoint(R) || !group.isValidPoint(publicKey)) return false
  const c = hash_to_field(concatBytes(R, publicKey, message), 1, FROST_SECP256K1_CHALLENGE)[0]![0]!
  const rhs = group.add(R, group.multiply(publicKey, c))
  return rhs !== null && equalBytes(group.baseMultiply(zn), rhs)
}
