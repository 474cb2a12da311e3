import type { PartyIndex } from '../session/types.js'
import { ciphersuiteOf } from './ciphersuite.js'
import { computeBindingFactors } from './signing.js'
import { checkCommitmentList, type FrostPublicKey, type SigningCommitment } from './suite.js'

/**
 * ρ_i for every signer of the list, as canonical scalars (RFC 9591 §4.4), for auditing a
 * signing transcript: the same values signing uses (the RFC vector tests pin both).
 * BIP340 binds the even-Y group key.
 */
export function bindingFactors(
  key: Pick<FrostPublicKey, 'scheme' | 'threshold' | 'parties' | 'groupPublicKey'>,
  commitments: readonly SigningCommitment[],
  message: Uint8Array,
): Map<PartyIndex, Uint8Array> {
  const suite = ciphersuiteOf(key.scheme)
  const { group } = suite
  const list = checkCommitmentList(key, commitments)
  let groupKey = key.groupPublicKey
  if (!group.isValidPoint(groupKey)) throw new Error('group public key: not a valid point')
  if (key.scheme === 'bip340' && groupKey[0] === 3) groupKey = group.negate(groupKey)
  const { factors } = computeBindingFactors(suite, groupKey, list, message)
  return new Map([...factors].map(([p, rho]) => [p, group.Fn.toBytes(rho)]))
}
