import type { PartyIndex } from '../session/types.js'

/** Signature schemes a thresh key can be generated for (DESIGN.md §6). */
export type Scheme = 'ecdsa' | 'frost-ed25519' | 'frost-secp256k1' | 'bip340'

/** The group a key lives in. */
export type Curve = 'secp256k1' | 'ed25519'

export const SCHEMES: readonly Scheme[] = ['ecdsa', 'frost-ed25519', 'frost-secp256k1', 'bip340']

export function curveOf(scheme: Scheme): Curve {
  return scheme === 'frost-ed25519' ? 'ed25519' : 'secp256k1'
}

export function isScheme(value: unknown): value is Scheme {
  return typeof value === 'string' && (SCHEMES as readonly string[]).includes(value)
}

/**
 * One party's output of distributed key generation. Points are in the curve's
 * canonical compressed encoding (33 bytes on secp256k1, 32 on ed25519); scalars
 * in the curve's canonical 32-byte encoding (big-endian on secp256k1,
 * little-endian on ed25519).
 */
export interface KeyShare {
  readonly keyId: string
  readonly scheme: Scheme
  readonly curve: Curve
  /** Signers needed: any `threshold` of `parties` can sign. */
  readonly threshold: number
  /** The committee, sorted ascending. */
  readonly parties: readonly PartyIndex[]
  readonly self: PartyIndex
  /** This party's Shamir share x_self of the group secret. Secret. */
  readonly secretShare: Uint8Array
  /** X_j = x_j·G for every party j of the committee. */
  readonly publicShares: ReadonlyMap<PartyIndex, Uint8Array>
  /** The group public key X = x·G. */
  readonly groupPublicKey: Uint8Array
  /** Jointly random 32-byte chain code for BIP32-style derivation. */
  readonly chainCode: Uint8Array
  /** Feldman commitment to the group polynomial (threshold points; entry 0 is the group key). */
  readonly commitment: readonly Uint8Array[]
  /**
   * The key's generation: 0 from keygen, +1 at every refresh, reshare or repair. Shares
   * of different epochs never combine; every session id binds it.
   */
  readonly epoch: number
}

/**
 * A party's long-term identity: an Ed25519 key (the node's libp2p identity key).
 * Protocols sign transcripts with it so that any inconsistency is attributable.
 */
export interface IdentityKey {
  readonly publicKey: Uint8Array
  sign(message: Uint8Array): Uint8Array
}
