import {
  assertMlDsaKey, decodeMlDsaVec, encodeMlDsaVec, MLDSA44_PUBLIC_KEY_BYTES, MLDSA_VEC_BYTES, sharingSubsets, subsetKey, thresholdParams,
  type MlDsaKeyShare, type SubsetShare,
} from '@thresh/crypto'
import { thresh } from '../gen/thresh.js'
import { protoCodec, type Codec } from './codec.js'
import { WireError } from './errors.js'
import { bytes, list, uint } from './fields.js'
import { validKeyId } from './rpc.js'

/** Decodes a 4-polynomial vector (every coefficient < q), as a WireError naming the field. */
function vec(value: Uint8Array | null | undefined, field: string) {
  const raw = bytes(value, field, MLDSA_VEC_BYTES)
  try {
    return decodeMlDsaVec(raw, 4, field)
  } catch (err) {
    throw new WireError('invalid-field', (err as Error).message, field)
  } finally {
    raw.fill(0)
  }
}

/**
 * The MlDsaKeyShare record a node keeps (encrypted) in its keystore: the committee, the
 * public key, every subset's t_S and this party's subset shares. Decoding checks the
 * committee against the 2 <= t <= n <= 6 range, the subsets against the committee, and
 * then the whole share with the engine's assertMlDsaKey.
 */
export const mlDsaKeyShareCodec: Codec<MlDsaKeyShare> = protoCodec<MlDsaKeyShare, thresh.v1.MlDsaKeyShare.$Properties>(
  'MlDsaKeyShare',
  thresh.v1.MlDsaKeyShare,
  (k) => {
    const subsets = sharingSubsets(k.parties, k.threshold)
    return {
      keyId: k.keyId,
      threshold: k.threshold,
      parties: [...k.parties],
      self: k.self,
      publicKey: k.publicKey,
      subsetPublics: subsets.map((s) => encodeMlDsaVec(k.subsetPublics.get(subsetKey(s))!)),
      shares: subsets.filter((s) => s.includes(k.self)).map((s) => {
        const share = k.shares.get(subsetKey(s))!
        return { members: [...share.members], s1: encodeMlDsaVec(share.s1), s2: encodeMlDsaVec(share.s2) }
      }),
    }
  },
  (m): MlDsaKeyShare => {
    const parties = list(m.parties, 'parties', 2, 6).map((p, i) => uint(p, `parties[${i}]`, 1, 0xffffffff))
    if (parties.some((p, i) => i > 0 && p <= parties[i - 1]!)) throw new WireError('invalid-field', 'parties must be ascending and distinct', 'parties')
    const threshold = uint(m.threshold, 'threshold', 2, parties.length)
    try {
      thresholdParams(threshold, parties.length)
    } catch (err) {
      throw new WireError('invalid-field', (err as Error).message, 'threshold')
    }
    const self = uint(m.self, 'self', 1, 0xffffffff)
    if (!parties.includes(self)) throw new WireError('invalid-field', 'self is not one of parties', 'self')
    const subsets = sharingSubsets(parties, threshold)
    const publics = list(m.subsetPublics, 'subset_publics', subsets.length, subsets.length)
    const mine = subsets.filter((s) => s.includes(self))
    const stored = list(m.shares, 'shares', mine.length, mine.length)
    const shares = new Map<string, SubsetShare>(stored.map((s, i) => {
      const members = list(s.members, `shares[${i}].members`, 0, 6)
      if (subsetKey(members) !== subsetKey(mine[i]!)) throw new WireError('invalid-field', `shares[${i}].members must be {${subsetKey(mine[i]!)}}`, `shares[${i}].members`)
      return [subsetKey(members), { members: mine[i]!, s1: vec(s.s1, `shares[${i}].s1`), s2: vec(s.s2, `shares[${i}].s2`) }]
    }))
    const share: MlDsaKeyShare = {
      keyId: validKeyId(m.keyId, 'key_id'),
      threshold,
      parties,
      self,
      publicKey: bytes(m.publicKey, 'public_key', MLDSA44_PUBLIC_KEY_BYTES),
      subsetPublics: new Map(subsets.map((s, i) => [subsetKey(s), vec(publics[i], `subset_publics[${i}]`)])),
      shares,
    }
    try {
      assertMlDsaKey(share, share)
    } catch (err) {
      throw new WireError('invalid-field', (err as Error).message, 'shares')
    }
    return share
  },
)
