// Wire encodings of threshold ML-DSA-44 (issue 18): the keygen and signing payloads on
// real messages of an in-process run, the stored MlDsaKeyShare record, the ml-dsa-44
// KeyInfo and sign response of the coordinator RPC.
import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js'
import {
  encodeMlDsaVec, MlDsaKeygenSession, MlDsaSignSession, sharingSubsets, simulate, subsetKey, thresholdParams,
  type MlDsaKeyShare, type MlDsaKeygenMessage, type Outgoing, type Session,
} from '@thresh/crypto'
import { describe, expect, it } from 'vitest'
import {
  byteSession, coordResponseCodec, mlDsaKeygenCodec, mlDsaKeyShareCodec, mlDsaSignCodec, type KeyInfo,
} from '../src/index.js'
import { thresh } from '../gen/thresh.js'
import { range, seededRng } from './protocol-harness.js'
import { expectRefused } from './refusal.js'
import { expectCodecContract, recorder } from './tamper.js'

const text = (s: string) => new TextEncoder().encode(s)

function keygen(threshold: number, n: number) {
  const parties = range(n)
  const codec = mlDsaKeygenCodec({ threshold, parties: n })
  const rec = recorder()
  const sessions = parties.map((self) => byteSession(new MlDsaKeygenSession({ keyId: 'pq', threshold, parties, self, requestId: 'r1', rng: seededRng(`mldsa ${self}`) }), codec))
  const run = simulate(sessions, { intercept: rec.intercept })
  return { run, copies: rec.copies, codec, keys: parties.map((p) => run.results.get(p)!) }
}

const two = keygen(2, 3)

describe('ML-DSA keygen payloads', () => {
  it('carry a whole 2-of-3 keygen: every party ends with the same standard public key', () => {
    expect(two.run.aborts.size).toBe(0)
    expect(two.keys.every((k) => k.publicKey.length === 1312 && Buffer.from(k.publicKey).equals(two.keys[0]!.publicKey))).toBe(true)
  })

  it('round-trip exactly and refuse prefixes and noise', () => {
    expectCodecContract(two.codec, two.copies.map((c) => c.bytes), { prefixStep: 97 })
  })

  it('refuse a seed list of the wrong length for the committee', () => {
    const bytes = thresh.v1.MlDsaKeygenPayload.encode({ seeds: { items: [new Uint8Array(32), new Uint8Array(32)] } }).finish()
    expectRefused(() => two.codec.decode(bytes), { code: 'invalid-field', field: 'seeds.items' })
    expect(() => mlDsaKeygenCodec({ threshold: 3, parties: 7 })).toThrow(/6/)
  })

  it('mark exactly the seed messages secret, through the wire wrapper, so the node seals them', () => {
    const parties = range(3)
    const sessions: Session<MlDsaKeyShare, Uint8Array>[] = parties.map((self) =>
      byteSession(new MlDsaKeygenSession({ keyId: 'pq', threshold: 2, parties, self, requestId: 'r2' }), mlDsaKeygenCodec({ threshold: 2, parties: 3 })))
    const round1 = sessions.flatMap((s) => s.start())
    const round2: Outgoing<Uint8Array>[] = []
    for (const m of round1) for (const s of sessions) if (s.self !== m.from) round2.push(...s.receive(m))
    const types = round2.map((m) => [mlDsaKeygenCodec({ threshold: 2, parties: 3 }).decode(m.payload).type, m.to === 'broadcast', m.secret] as const)
    const seeds = types.filter(([type]) => type === 'mldsa-dkg/seeds')
    expect(seeds.length).toBe(6) // each party to each other
    expect(seeds.every(([, broadcast, secret]) => !broadcast && secret === true)).toBe(true)
    expect(types.filter(([type]) => type !== 'mldsa-dkg/seeds').every(([type, , secret]) => (type as MlDsaKeygenMessage['type']) === 'mldsa-dkg/rho' && secret === undefined)).toBe(true)
    expect(round1.every((m) => m.secret === undefined)).toBe(true)
  })
})

describe('ML-DSA signing payloads', () => {
  it('carry signing attempts whose signature noble accepts; round-trip exactly', () => {
    const codec = mlDsaSignCodec({ threshold: 2, parties: 3 })
    const message = text('wire')
    let signature: Uint8Array | undefined
    const samples: Uint8Array[] = []
    for (let attempt = 0; attempt < 16 && !signature; attempt++) {
      const rec = recorder()
      const run = simulate([1, 3].map((p) => byteSession(new MlDsaSignSession({ key: two.keys[p - 1]!, signers: [1, 3], message, attempt }), codec)), { intercept: rec.intercept })
      expect(run.aborts.size).toBe(0)
      samples.push(...rec.copies.map((c) => c.bytes))
      const result = run.results.get(1)!
      if (result.status === 'signed') signature = result.signature
    }
    expect(ml_dsa44.verify(signature!, message, two.keys[0]!.publicKey)).toBe(true)
    expectCodecContract(codec, samples.slice(0, 6), { prefixStep: 1009 })
  })

  it('refuse a response that is neither a whole vector nor empty', () => {
    const codec = mlDsaSignCodec({ threshold: 2, parties: 3 })
    const bytes = thresh.v1.MlDsaSignPayload.encode({ respond: { items: [new Uint8Array(2943), ...Array(thresholdParams(2, 3).slots - 1).fill(new Uint8Array(0))] } }).finish()
    expectRefused(() => codec.decode(bytes), { code: 'invalid-field', field: 'respond.items[0]' })
  })
})

describe('MlDsaKeyShare record', () => {
  it('round-trips every party\'s share exactly', () => {
    for (const k of two.keys) {
      const bytes = mlDsaKeyShareCodec.encode(k)
      const back = mlDsaKeyShareCodec.decode(bytes)
      expect(mlDsaKeyShareCodec.encode(back)).toEqual(bytes)
      expect([...back.shares.keys()]).toEqual([...k.shares.keys()])
    }
  })

  it('refuses a share whose polynomial is not reduced mod q, or that names another subset', () => {
    const k = two.keys[0]!
    const wire = thresh.v1.MlDsaKeyShare.decode(mlDsaKeyShareCodec.encode(k))
    const unreduced = Uint8Array.from(wire.shares[0]!.s1)
    unreduced.set([0xff, 0xff, 0x7f], 0) // 23-bit coefficient 0 = 2^23 - 1 >= q
    const bad = thresh.v1.MlDsaKeyShare.encode({ ...wire, shares: [{ ...wire.shares[0]!, s1: unreduced }, ...wire.shares.slice(1)] }).finish()
    expectRefused(() => mlDsaKeyShareCodec.decode(bad), { code: 'invalid-field', field: 'shares[0].s1' })
    const moved = thresh.v1.MlDsaKeyShare.encode({ ...wire, shares: [{ ...wire.shares[0]!, members: [2, 3] }, ...wire.shares.slice(1)] }).finish()
    expectRefused(() => mlDsaKeyShareCodec.decode(moved), { code: 'invalid-field', field: 'shares[0].members' })
  })
})

describe('ml-dsa-44 in the coordinator RPC', () => {
  const k = two.keys[0]!
  const peers = ['12D3KooWKSGbUTponXBY18wZo1YsD1DbrQ8qWYqebgxv7Yg1T5fR', '12D3KooWNWT8rbbxDD26bgNuNLVazDhoDHh6QDULiTstWHoJsMzV', '12D3KooWDajwF5HYvpZeetGh85ScHoTvWE4jeLJmuFL7UBfkJkmd']
  const info: KeyInfo = {
    keyId: 'pq', scheme: 'ml-dsa-44', threshold: 2, parties: peers, groupPublicKey: k.publicKey, chainCode: new Uint8Array(0), epoch: 0,
    publicShares: sharingSubsets([1, 2, 3], 2).map((s) => encodeMlDsaVec(k.subsetPublics.get(subsetKey(s))!)),
  }

  it('carries a KeyInfo with the 1312-byte key and t_S of every subset; refuses a missing t_S or a chain code', () => {
    const bytes = coordResponseCodec.encode({ kind: 'publicKey', key: info })
    expect(coordResponseCodec.decode(bytes)).toEqual({ kind: 'publicKey', key: info })
    expectRefused(() => coordResponseCodec.decode(coordResponseCodec.encode({ kind: 'publicKey', key: { ...info, publicShares: info.publicShares.slice(1) } })), { code: 'invalid-field', field: 'public_key.key.public_shares' })
    expectRefused(() => coordResponseCodec.decode(coordResponseCodec.encode({ kind: 'publicKey', key: { ...info, chainCode: new Uint8Array(32) } })), { code: 'invalid-field', field: 'public_key.key.chain_code' })
  })

  it('carries a signer\'s transcript; refuses a signature that is neither 2420 bytes nor empty', () => {
    const mldsa = { commitment: new Uint8Array(32).fill(1), w: new Uint8Array(2 * 2944).fill(2), z: [new Uint8Array(2944).fill(3), new Uint8Array(0)] }
    for (const signature of [new Uint8Array(0), new Uint8Array(2420).fill(9)]) {
      const r = { kind: 'sign' as const, signature, recoveryId: 0, mldsa }
      expect(coordResponseCodec.decode(coordResponseCodec.encode(r))).toEqual(r)
    }
    expectRefused(() => coordResponseCodec.decode(coordResponseCodec.encode({ kind: 'sign', signature: new Uint8Array(64), recoveryId: 0, mldsa })), { code: 'invalid-field', field: 'sign.signature' })
    expectRefused(() => coordResponseCodec.decode(coordResponseCodec.encode({ kind: 'sign', signature: new Uint8Array(0), recoveryId: 0, mldsa: { ...mldsa, z: [mldsa.z[0]!] } })), { code: 'invalid-field', field: 'sign.mldsa.z' })
  })
})
