/*
 * The key share a DKLs23 signer stores: the DKG's KeyShare plus, for every other member
 * of the committee, the pairwise material the setup produced. Plain data (Uint8Array
 * fields of fixed length) so packages/wire can encode it and the node can store it.
 * Everything in DklsPeerMaterial is secret.
 */
import type { KeyShare } from '../keys/types.js'
import type { PartyIndex } from '../session/types.js'
import { KAPPA, SEED_BYTES } from './params.js'

/** Bytes of a seed array: κ = 256 seeds of 32 bytes. */
export const SEED_ARRAY_BYTES = KAPPA * SEED_BYTES

/** What this party shares with one peer (sizes in bytes). */
export interface DklsPeerMaterial {
  /**
   * 32: Δ, this party's κ choice bits as OT-extension sender towards the peer (it plays
   * VOLE Alice there); bit i is bit i%8 of byte i/8.
   */
  readonly otSenderDelta: Uint8Array
  /** 8192: the κ seeds k_i^{Δ_i} (32 bytes each) matching otSenderDelta. */
  readonly otSenderSeeds: Uint8Array
  /** 8192: the κ seeds k_i^0 as OT-extension receiver from the peer (this party plays VOLE Bob). */
  readonly otReceiverSeeds0: Uint8Array
  /** 8192: the κ seeds k_i^1 (the peer holds one of each pair, per its Δ). */
  readonly otReceiverSeeds1: Uint8Array
  /** 32: the seed of the pair's zero sharing (DKLs23 Functionality 3.4), agreed by commit-and-reveal. */
  readonly zeroSeed: Uint8Array
}

/** A secp256k1 'ecdsa' KeyShare after DKLs23 setup: one DklsPeerMaterial per other committee member. */
export interface EcdsaKeyShare extends KeyShare {
  readonly dkls: ReadonlyMap<PartyIndex, DklsPeerMaterial>
  /**
   * The id of the setup session that made `dkls` (32 bytes): signing session ids bind
   * it, so material of one setup never meets material of another, even on the same
   * shares (a repair re-runs the setup without changing them).
   */
  readonly setupId: Uint8Array
}

const FIELDS: readonly [keyof DklsPeerMaterial, number][] = [
  ['otSenderDelta', 32],
  ['otSenderSeeds', SEED_ARRAY_BYTES],
  ['otReceiverSeeds0', SEED_ARRAY_BYTES],
  ['otReceiverSeeds1', SEED_ARRAY_BYTES],
  ['zeroSeed', 32],
]

/** Bytes of DKLs23 material in a share with `peers` other committee members (49,280 for 2 peers). */
export function dklsMaterialBytes(peers: number): number {
  return peers * FIELDS.reduce((sum, [, length]) => sum + length, 0)
}

/** Throws unless `key` is a well-formed EcdsaKeyShare (scheme, curve, one material entry per peer, field lengths). */
export function assertEcdsaKeyShare(key: EcdsaKeyShare): void {
  if (key.scheme !== 'ecdsa' || key.curve !== 'secp256k1') throw new RangeError('DKLs23 needs an ecdsa key on secp256k1')
  if (!(key.dkls instanceof Map)) throw new RangeError('key share has no DKLs23 setup material')
  for (const peer of key.parties) {
    if (peer === key.self) continue
    const material = key.dkls.get(peer)
    if (!material) throw new RangeError(`key share has no DKLs23 material for party ${peer}`)
    for (const [field, length] of FIELDS) {
      const value = material[field]
      if (!(value instanceof Uint8Array) || value.length !== length) throw new RangeError(`DKLs23 material for party ${peer}: ${field} must be ${length} bytes`)
    }
  }
  if (key.dkls.size !== key.parties.length - 1) throw new RangeError('DKLs23 material for a party outside the committee')
}
