/*
 * The key share a CGGMP signer stores: the DKG's KeyShare (threshold Shamir shares of
 * an 'ecdsa' key on secp256k1) plus the auxiliary information of aux-info-session.ts:
 * this party's Paillier-Blum key and ring-Pedersen secret, and every committee
 * member's public (N_j, s_j, t_j). Paillier and ring-Pedersen secrets are secret.
 */
import type { KeyShare } from '../keys/types.js'
import type { PartyIndex } from '../session/types.js'
import type { PaillierSecretKey } from './paillier.js'
import type { RingPedersenParams, RingPedersenSecret } from './ring-pedersen.js'

export interface CggmpKeyShare extends KeyShare {
  /** This party's Paillier-Blum key; its N is also the modulus of `ringPedersen`. */
  readonly paillier: PaillierSecretKey
  readonly ringPedersen: RingPedersenSecret
  /** (N_j, s_j, t_j) of every committee member, this party's own included. */
  readonly aux: ReadonlyMap<PartyIndex, RingPedersenParams>
  /** The id of the aux-info session that made `aux` (32 bytes). */
  readonly auxId: Uint8Array
}

/** Throws unless `key` is an ecdsa key on secp256k1 with aux info for every committee member. */
export function assertCggmpKeyShare(key: CggmpKeyShare): void {
  if (key.scheme !== 'ecdsa' || key.curve !== 'secp256k1') throw new RangeError('CGGMP needs an ecdsa key on secp256k1')
  if (!(key.aux instanceof Map) || key.aux.size !== key.parties.length || key.parties.some((p) => !key.aux.has(p))) {
    throw new RangeError('key share lacks CGGMP aux info for its committee')
  }
  if (key.aux.get(key.self)!.N !== key.paillier.N || key.ringPedersen.params.N !== key.paillier.N) {
    throw new RangeError('CGGMP aux info does not match this party\'s Paillier key')
  }
}
