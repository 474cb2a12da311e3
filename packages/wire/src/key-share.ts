import { assertEcdsaKeyShare, curveOf, type DklsPeerMaterial, type EcdsaKeyShare, type KeyShare, type PartyIndex } from '@thresh/crypto'
import { thresh } from '../gen/thresh.js'
import { protoCodec, type Codec } from './codec.js'
import { WireError } from './errors.js'
import { bytes, enumName, enumNumber, list, present, uint } from './fields.js'
import { MAX_PARTIES } from './limits.js'
import { validPoint, validScalar } from './points.js'
import { validKeyId, WIRE_SCHEMES } from './rpc.js'

/**
 * The KeyShare record a node keeps (encrypted) in its keystore. Decoding validates
 * it completely — every point and scalar, counts, the committee order — so a share
 * that was damaged or written by a buggy version is refused before any protocol uses it.
 */
export const keyShareCodec: Codec<KeyShare> = protoCodec<KeyShare, thresh.v1.KeyShare.$Properties>('KeyShare', thresh.v1.KeyShare, keyShareToWire, keyShareFromWire)

/**
 * The EcdsaKeyShare record: the KeyShare plus the DKLs23 setup material for each other
 * party (ascending), all of it checked against the committee and the material's lengths.
 */
export const ecdsaKeyShareCodec: Codec<EcdsaKeyShare> = protoCodec<EcdsaKeyShare, thresh.v1.EcdsaKeyShare.$Properties>(
  'EcdsaKeyShare',
  thresh.v1.EcdsaKeyShare,
  (k) => ({
    key: keyShareToWire(k),
    peers: k.parties.filter((p) => p !== k.self).map((party) => {
      const m = k.dkls.get(party)
      if (!m) throw new RangeError(`ECDSA key share has no DKLs23 material for party ${party}`)
      return { party, ...m }
    }),
    setupId: k.setupId,
  }),
  (m): EcdsaKeyShare => {
    const key = keyShareFromWire(present(m.key, 'key'), 'key.')
    if (key.scheme !== 'ecdsa') throw new WireError('invalid-field', 'key.scheme must be ecdsa', 'key.scheme')
    const others = key.parties.filter((p) => p !== key.self)
    const peers = list(m.peers, 'peers', others.length, others.length)
    const dkls = new Map<PartyIndex, DklsPeerMaterial>()
    peers.forEach((p, i) => {
      const field = `peers[${i}]`
      const party = uint(p.party, `${field}.party`, 1, 0xffffffff)
      if (party !== others[i]) throw new WireError('invalid-field', `${field}.party must be ${others[i]}`, `${field}.party`)
      const material = (name: keyof DklsPeerMaterial, snake: string) => bytes(p[name], `${field}.${snake}`, { min: 0, max: MAX_MATERIAL_FIELD })
      dkls.set(party, {
        otSenderDelta: material('otSenderDelta', 'ot_sender_delta'),
        otSenderSeeds: material('otSenderSeeds', 'ot_sender_seeds'),
        otReceiverSeeds0: material('otReceiverSeeds0', 'ot_receiver_seeds0'),
        otReceiverSeeds1: material('otReceiverSeeds1', 'ot_receiver_seeds1'),
        zeroSeed: material('zeroSeed', 'zero_seed'),
      })
    })
    // empty in shares stored before setup ids existed (their one setup ran at keygen)
    const setupId = bytes(m.setupId, 'setup_id', { min: 0, max: 32 })
    if (setupId.length !== 0 && setupId.length !== 32) throw new WireError('invalid-field', 'setup_id must be 32 bytes', 'setup_id')
    const share: EcdsaKeyShare = { ...key, dkls, setupId }
    try {
      assertEcdsaKeyShare(share) // the engine's own check of every material length
    } catch (err) {
      throw new WireError('invalid-field', (err as Error).message, 'peers')
    }
    return share
  },
)

/** Bound on one material field before the engine checks its exact length. */
const MAX_MATERIAL_FIELD = 16 * 1024

export function keyShareToWire(k: KeyShare): thresh.v1.KeyShare.$Properties {
  return {
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
    epoch: k.epoch,
  }
}

export function keyShareFromWire(m: thresh.v1.KeyShare.$Properties, prefix = ''): KeyShare {
  const f = (name: string) => prefix + name
  const keyId = validKeyId(m.keyId, f('key_id'))
  const scheme = enumName(m.scheme, f('scheme'), WIRE_SCHEMES)
  const curve = curveOf(scheme)
  const parties = list(m.parties, f('parties'), 1, MAX_PARTIES).map((p, i) => uint(p, f(`parties[${i}]`), 1, 0xffffffff))
  if (parties.some((p, i) => i > 0 && p <= parties[i - 1]!)) throw new WireError('invalid-field', `${f('parties')} must be ascending and distinct`, f('parties'))
  const self = uint(m.self, f('self'), 1, 0xffffffff)
  if (!parties.includes(self)) throw new WireError('invalid-field', `${f('self')} is not one of parties`, f('self'))
  const threshold = uint(m.threshold, f('threshold'), 1, parties.length)
  const publicShares = list(m.publicShares, f('public_shares'), parties.length, parties.length)
    .map((s, i) => validPoint(curve, s, f(`public_shares[${i}]`)))
  const commitment = list(m.commitment, f('commitment'), threshold, threshold).map((c, i) => validPoint(curve, c, f(`commitment[${i}]`)))
  const groupPublicKey = validPoint(curve, m.groupPublicKey, f('group_public_key'))
  if (!Buffer.from(groupPublicKey).equals(commitment[0]!)) {
    throw new WireError('invalid-field', `${f('group_public_key')} differs from commitment[0]`, f('group_public_key'))
  }
  return {
    keyId,
    scheme,
    curve,
    threshold,
    parties,
    self,
    secretShare: validScalar(curve, m.secretShare, f('secret_share'), true),
    publicShares: new Map(parties.map((p, i) => [p, publicShares[i]!] as const)),
    groupPublicKey,
    chainCode: bytes(m.chainCode, f('chain_code'), 32),
    commitment,
    epoch: uint(m.epoch ?? 0, f('epoch'), 0, 0xffffffff),
  }
}
