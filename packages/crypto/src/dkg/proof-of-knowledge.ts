import { concatBytes } from '@noble/curves/utils.js'
import type { CurveGroup, GroupPoint } from '../curves/group.js'
import type { PartyIndex, Rng } from '../session/types.js'
import { proofChallengeInput } from './messages.js'

/*
 * Schnorr proof of knowledge of the secret a_0 behind a party's commitment C_0 = a_0·G,
 * which stops a rogue party from choosing its C_0 as a function of the others'
 * (it could not prove knowledge of its discrete log). The challenge binds the session
 * id and the sender, so a proof cannot be replayed from another session or party.
 */

/** Proves knowledge of `secret` = log_G(C0), where C0 is given encoded. Returns R || z. */
export function proveKnowledge(group: CurveGroup, session: Uint8Array, from: PartyIndex, secret: bigint, C0: Uint8Array, rng: Rng): Uint8Array {
  const { Fn } = group
  const k = group.randomScalar(rng)
  const R = group.encodePoint(group.base.multiply(k))
  const c = group.hashToScalar(proofChallengeInput(session, from, C0, R))
  return concatBytes(R, group.encodeScalar(Fn.add(k, Fn.mul(secret, c))))
}

/** Throws unless `proof` proves knowledge of log_G(C0). Public inputs: variable time. */
export function verifyKnowledge(group: CurveGroup, session: Uint8Array, from: PartyIndex, C0: GroupPoint, proof: Uint8Array): void {
  const R = group.decodePoint(proof.subarray(0, group.pointLength), 'proof nonce commitment')
  const z = group.decodeScalar(proof.subarray(group.pointLength), 'proof response')
  const c = group.hashToScalar(proofChallengeInput(session, from, group.encodePoint(C0), group.encodePoint(R)))
  if (!group.base.multiplyUnsafe(z).subtract(C0.multiplyUnsafe(c)).equals(R)) throw new Error('invalid proof of knowledge')
}
