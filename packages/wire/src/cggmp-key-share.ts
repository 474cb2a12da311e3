/*
 * The CggmpKeyShare record a node keeps (encrypted) in its keystore: the DKG's KeyShare
 * plus this party's Paillier-Blum primes, its ring-Pedersen λ, every member's (N, s, t)
 * and the aux session id. Decoding is strict: both primes of PAILLIER_BITS / 2 bits,
 * ≡ 3 mod 4, N = p·q of exactly PAILLIER_BITS bits and equal to this party's aux entry,
 * λ < φ(N) with s = t^λ mod N, every other modulus of exactly PAILLIER_BITS bits with
 * s, t < N, one entry per committee member in ascending order, and the engine's own
 * assertCggmpKeyShare on the result.
 */
import { assertCggmpKeyShare, modPow, paillierSecretFromPrimes, PAILLIER_BITS, type CggmpKeyShare, type PartyIndex, type RingPedersenParams } from '@thresh/crypto'
import { thresh } from '../gen/thresh.js'
import { protoCodec, type Codec } from './codec.js'
import { WireError } from './errors.js'
import { bytes, list, present, uint } from './fields.js'
import { keyShareFromWire, keyShareToWire } from './key-share.js'

const bad = (field: string, why: string): never => {
  throw new WireError('invalid-field', `${field} ${why}`, field)
}

function toBytes(v: bigint): Uint8Array {
  if (v <= 0n) throw new RangeError('CGGMP key share integers are positive')
  let hex = v.toString(16)
  if (hex.length % 2) hex = `0${hex}`
  return new Uint8Array(Buffer.from(hex, 'hex'))
}

/** A positive integer of at most `maxBits` bits, minimally encoded. */
function int(value: Uint8Array | null | undefined, field: string, maxBits: number): bigint {
  const raw = bytes(value, field, { min: 1, max: Math.ceil(maxBits / 8) })
  if (raw[0] === 0) bad(field, 'has a leading zero byte')
  const v = BigInt(`0x${Buffer.from(raw).toString('hex')}`)
  if (v.toString(2).length > maxBits) bad(field, `is longer than ${maxBits} bits`)
  return v
}

const bits = (v: bigint): number => v.toString(2).length

export const cggmpKeyShareCodec: Codec<CggmpKeyShare> = protoCodec<CggmpKeyShare, thresh.v1.CggmpKeyShare.$Properties>(
  'CggmpKeyShare',
  thresh.v1.CggmpKeyShare,
  (k) => ({
    key: keyShareToWire(k),
    paillierP: toBytes(k.paillier.p),
    paillierQ: toBytes(k.paillier.q),
    ringPedersenLambda: toBytes(k.ringPedersen.lambda),
    aux: [...k.parties].sort((a, b) => a - b).map((party) => {
      const a = k.aux.get(party)
      if (!a) throw new RangeError(`CGGMP key share has no aux info for party ${party}`)
      return { party, n: toBytes(a.N), s: toBytes(a.s), t: toBytes(a.t) }
    }),
    auxId: k.auxId,
  }),
  (m): CggmpKeyShare => {
    const key = keyShareFromWire(present(m.key, 'key'), 'key.')
    if (key.scheme !== 'ecdsa') bad('key.scheme', 'must be ecdsa')
    const half = PAILLIER_BITS / 2
    const p = int(m.paillierP, 'paillier_p', half)
    const q = int(m.paillierQ, 'paillier_q', half)
    for (const [v, f] of [[p, 'paillier_p'], [q, 'paillier_q']] as const) {
      if (bits(v) !== half || v % 4n !== 3n) bad(f, `must be a ${half}-bit prime = 3 mod 4`)
    }
    if (p === q) bad('paillier_q', 'equals paillier_p')
    const paillier = paillierSecretFromPrimes(p, q)
    if (bits(paillier.N) !== PAILLIER_BITS) bad('paillier_q', `N = p*q must have ${PAILLIER_BITS} bits`)
    const parties = [...key.parties]
    const entries = list(m.aux, 'aux', parties.length, parties.length)
    const aux = new Map<PartyIndex, RingPedersenParams>()
    entries.forEach((e, i) => {
      const f = `aux[${i}]`
      const party = uint(e.party, `${f}.party`, 1, 0xffffffff)
      if (party !== parties[i]) bad(`${f}.party`, `must be ${parties[i]}`)
      const N = int(e.n, `${f}.n`, PAILLIER_BITS)
      if (bits(N) !== PAILLIER_BITS || (N & 1n) === 0n) bad(`${f}.n`, `must be an odd ${PAILLIER_BITS}-bit modulus`)
      const s = int(e.s, `${f}.s`, PAILLIER_BITS)
      const t = int(e.t, `${f}.t`, PAILLIER_BITS)
      if (s >= N || t >= N) bad(f, 's and t must be below N')
      aux.set(party, { N, s, t })
    })
    const own = aux.get(key.self)!
    if (own.N !== paillier.N) bad(`aux`, 'entry of this party does not match its Paillier key')
    const lambda = int(m.ringPedersenLambda, 'ring_pedersen_lambda', PAILLIER_BITS)
    if (lambda >= paillier.phi || modPow(own.t, lambda, own.N) !== own.s) bad('ring_pedersen_lambda', 'does not open this party\'s s = t^lambda')
    const auxId = bytes(m.auxId, 'aux_id', 32)
    const share: CggmpKeyShare = { ...key, paillier, ringPedersen: { params: own, lambda, phi: paillier.phi }, aux, auxId }
    try {
      assertCggmpKeyShare(share)
    } catch (err) {
      throw new WireError('invalid-field', (err as Error).message, 'aux')
    }
    return share
  },
)
