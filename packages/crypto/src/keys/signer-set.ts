import type { PartyIndex } from '../session/types.js'
import type { KeyShare } from './types.js'

/** The signer set ascending, or a RangeError: no repeats, all in the key's committee, at least `threshold` of them. */
export function checkedSigners(key: Pick<KeyShare, 'parties' | 'threshold'>, signers: readonly PartyIndex[]): PartyIndex[] {
  const sorted = [...new Set(signers)].sort((a, b) => a - b)
  if (sorted.length !== signers.length) throw new RangeError('signer set repeats a party')
  const outside = sorted.filter((p) => !key.parties.includes(p))
  if (outside.length > 0) throw new RangeError(`signers ${outside.join(', ')} are not in the key's committee`)
  if (sorted.length < key.threshold) throw new RangeError(`${sorted.length} signers cannot sign with a ${key.threshold}-of-${key.parties.length} key`)
  return sorted
}
