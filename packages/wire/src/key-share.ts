import { curveOf, type KeyShare } from '@thresh/crypto'
import { thresh } from '../gen/thresh.js'
import { protoCodec, type Codec } from './codec.js'
import { WireError } from './errors.js'
import { bytes, enumName, enumNumber, list, uint } from './fields.js'
import { MAX_PARTIES } from './limits.js'
import { validPoint, validScalar } from './points.js'
import { KEY_ID_PATTERN, WIRE_SCHEMES } from './rpc.js'

/**
 * The KeyShare record a node keeps (encrypted) in its keystore. Decoding validates
 * it completely — every point and scalar, counts, the committee order — so a share
 * that was damaged or tampered with is refused before any protocol uses it.
 */
export const keyShareCodec: Codec<KeyShare> = protoCodec<KeyShare, thresh.v1.KeyShare.$Properties>(
  'KeyShare',
  thresh.v1.KeyShare,
  (k) => ({
    keyId: k.keyId,
    scheme: enumNumber(k.scheme, WIRE_SCHEMES),
    threshold: k.threshold,
    parties: [...k.parties],
    self: k.self,
    secretShare: k.secretShare,
    publicShares: k.parties.map((p) => {
      const share = k.publicShares.get(p)
      if (!share) throw new RangeError(`key share has no public share for party ${p}`)
      return share
    }),
    groupPublicKey: k.groupPublicKey,
    chainCode: k.chainCode,
    commitment: [...k.commitment],
  }),
  (m): KeyShare => {
    const keyId = m.keyId ?? ''
    if (!KEY_ID_PATTERN.test(keyId)) throw new WireError('invalid-field', 'key_id is not a valid key id', 'key_id')
    const scheme = enumName(m.scheme, 'scheme', WIRE_SCHEMES)
    const curve = curveOf(scheme)
    const parties = list(m.parties, 'parties', 1, MAX_PARTIES).map((p, i) => uint(p, `parties[${i}]`, 1, 0xffffffff))
    if (parties.some((p, i) => i > 0 && p <= parties[i - 1]!)) throw new WireError('invalid-field', 'parties must be ascending and distinct', 'parties')
    const self = uint(m.self, 'self', 1, 0xffffffff)
    if (!parties.includes(self)) throw new WireError('invalid-field', 'self is not one of parties', 'self')
    const threshold = uint(m.threshold, 'threshold', 1, parties.length)
    const publicShares = list(m.publicShares, 'public_shares', parties.length, parties.length)
      .map((s, i) => validPoint(curve, s, `public_shares[${i}]`))
    const commitment = list(m.commitment, 'commitment', threshold, threshold).map((c, i) => validPoint(curve, c, `commitment[${i}]`))
    const groupPublicKey = validPoint(curve, m.groupPublicKey, 'group_public_key')
    if (!Buffer.from(groupPublicKey).equals(commitment[0]!)) {
      throw new WireError('invalid-field', 'group_public_key differs from commitment[0]', 'group_public_key')
    }
    return {
      keyId,
      scheme,
      curve,
      threshold,
      parties,
      self,
      secretShare: validScalar(curve, m.secretShare, 'secret_share', true),
      publicShares: new Map(parties.map((p, i) => [p, publicShares[i]!] as const)),
      groupPublicKey,
      chainCode: bytes(m.chainCode, 'chain_code', 32),
      commitment,
    }
  },
)
