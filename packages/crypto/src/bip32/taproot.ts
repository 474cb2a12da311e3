// BIP340 x-only keys and the BIP341 key-path tweak ("Constructing and spending Taproot
// outputs": taproot_tweak_pubkey), computed from public data only.
import { schnorr } from '@noble/curves/secp256k1.js'
import { bytesToNumberBE } from '@noble/curves/utils.js'
import { secp256k1Group } from '../curves/group.js'
import { DerivationError } from './errors.js'
import { decodePublicKey } from './public-key.js'

/** A BIP340 view of a compressed point. */
export interface XOnlyKey {
  /** The 32-byte x coordinate: the BIP340 public key. */
  readonly publicKey: Uint8Array
  /**
   * The point has odd Y, so the BIP340 key is its negation: a signer holding d with
   * d·G = the point signs with n - d (BIP340 signers, noble's among them, do this).
   */
  readonly negated: boolean
}

/** The BIP340 (x-only) public key of a 33-byte compressed point, e.g. a derived key. */
export function xOnlyPublicKey(compressedPublicKey: Uint8Array): XOnlyKey {
  decodePublicKey(compressedPublicKey) // valid and canonical, so byte 0 is the parity
  return { publicKey: compressedPublicKey.slice(1), negated: compressedPublicKey[0] === 0x03 }
}

/** What a key-path signer needs for a Taproot output. */
export interface TaprootTweak {
  /** t = int(hash_TapTweak(P || merkleRoot)), 32 bytes big-endian. */
  readonly tweak: Uint8Array
  /** The output key Q = lift_x(P) + t·G, x-only (what the scriptPubKey commits to and signatures verify under). */
  readonly outputKey: Uint8Array
  /** Q's Y parity (the control block's parity bit); BIP340 signing negates the output secret when 1. */
  readonly outputParity: 0 | 1
  /**
   * The internal key was given as a compressed point with odd Y, so lift_x(P) is its
   * negation. Always false for a 32-byte x-only internal key.
   */
  readonly internalNegated: boolean
}

/**
 * BIP341 taproot_tweak_pubkey. `internalKey` is x-only (32 bytes) or a compressed point
 * (33 bytes, e.g. a derived key); `merkleRoot` is the script tree's 32-byte root, or
 * absent for a key-path-only output (BIP86). A signer holding d with d·G = the given
 * point signs for Q with the secret (internalNegated ? n - d : d) + t, which BIP340
 * signing then negates once more when outputParity is 1.
 */
export function taprootTweak(internalKey: Uint8Array, merkleRoot?: Uint8Array): TaprootTweak {
  let xOnly: Uint8Array
  let internalNegated = false
  if (internalKey instanceof Uint8Array && internalKey.length === 33) {
    const key = xOnlyPublicKey(internalKey)
    xOnly = key.publicKey
    internalNegated = key.negated
  } else if (internalKey instanceof Uint8Array && internalKey.length === 32) {
    xOnly = internalKey
  } else {
    throw new DerivationError('bad-key', 'taproot internal key must be 32 bytes (x-only) or 33 bytes (compressed)')
  }
  if (merkleRoot !== undefined && (!(merkleRoot instanceof Uint8Array) || merkleRoot.length !== 32)) {
    throw new DerivationError('bad-key', 'taproot merkle root must be 32 bytes')
  }
  let P
  try {
    P = schnorr.utils.lift_x(bytesToNumberBE(xOnly))
  } catch {
    throw new DerivationError('bad-key', 'taproot internal key is not the x coordinate of a secp256k1 point')
  }
  const t = bytesToNumberBE(schnorr.utils.taggedHash('TapTweak', xOnly, merkleRoot ?? new Uint8Array(0)))
  if (t >= secp256k1Group.Fn.ORDER) throw new DerivationError('invalid-child', 'taproot tweak is not below the group order')
  const Q = P.add(schnorr.Point.BASE.multiplyUnsafe(t))
  if (Q.is0()) throw new DerivationError('invalid-child', 'taproot output key is the point at infinity')
  const q = Q.toBytes(true)
  return { tweak: secp256k1Group.Fn.toBytes(t), outputKey: q.slice(1), outputParity: q[0] === 0x03 ? 1 : 0, internalNegated }
}
