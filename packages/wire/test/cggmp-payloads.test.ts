// CGGMP wire codecs: every message kind of the aux-info, presign and sign sessions (and
// their identification rounds) round-trips; malformed, oversized and out-of-range inputs
// are refused; a frame that does not decode aborts the session naming its sender; the
// CggmpKeyShare keystore record decodes strictly.
import { describe, expect, it } from 'vitest'
import { MAX_INTEGER_BITS, simulate, type CggmpAuxSession, type CggmpKeyShare, type ProtocolAbort } from '@thresh/crypto'
import {
  byteSession as wireByteSession, cggmpAuxCodec, cggmpKeyShareCodec, cggmpPresignCodec, cggmpSignCodec, CGGMP_SCHEMAS, type Codec,
} from '../src/index.js'
import { thresh } from '../gen/thresh.js'
import { assembleKeys, auxSessions, runPresign, runSign, paillierKeys } from '../../crypto/test/cggmp/protocol-harness.js'
import { expectRefused, prefixes } from './refusal.js'


type Msg = { readonly type: string } & Record<string, unknown>

/** Runs `sessions` with every copy encoded and decoded by `codec`; one sample per message type. */
function throughCodec<R>(run: (intercept: (t: { payload: unknown }) => void) => { aborts: Map<number, unknown>; results: Map<number, R> }, codec: Codec<Msg>) {
  const samples = new Map<string, Msg>()
  const r = run((t) => {
    const m = t.payload as Msg
    const bytes = codec.encode(m)
    const back = codec.decode(bytes)
    expect(back).toEqual(m)
    samples.set(m.type, m)
    t.payload = back
  })
  expect([...r.aborts.values()]).toEqual([])
  return { samples, results: r.results }
}

const big = (bits: number) => (1n << BigInt(bits - 1)) | 1n

function withField(m: Msg, field: string, value: unknown): Msg {
  return { ...m, [field]: value }
}

/** Encodes `m` bypassing the schema (so that invalid values reach the decoder). */
function rawEncode(m: Msg): Uint8Array {
  const toWire = (v: unknown): thresh.v1.CggmpValue.$Properties => {
    if (typeof v === 'bigint') {
      const mag = v < 0n ? -v : v
      let hex = mag.toString(16)
      if (hex.length % 2) hex = `0${hex}`
      const b = mag === 0n ? new Uint8Array(0) : new Uint8Array(Buffer.from(hex, 'hex'))
      return v < 0n ? { neg: b } : { uint: b }
    }
    if (v instanceof Uint8Array) return { raw: v }
    if (Array.isArray(v)) return { list: { items: v.map(toWire) } }
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))
    return { record: { fields: entries.map(([name, value]) => ({ name, value: toWire(value) })) } }
  }
  const { type, ...body } = m
  return thresh.v1.CggmpPayload.encode({ type, body: toWire(body).record! }).finish()
}

describe('CGGMP session payload codecs', () => {
  const aux = throughCodec((intercept) => simulate(auxSessions(2, 3), { intercept: intercept as never }), cggmpAuxCodec as Codec<Msg>)
  const keys = assembleKeys(2, 3)
  const presignCodec = cggmpPresignCodec({ signers: 3 }) as Codec<Msg>
  const pre = throughCodec((intercept) => runPresign(keys, [1, 2, 3], undefined, { intercept: intercept as never }), presignCodec)
  const presignatures = [1, 2, 3].map((p) => pre.results.get(p)!)
  const digest = new Uint8Array(32).fill(9)
  const sign = throughCodec((intercept) => runSign(keys, presignatures as never, digest, { intercept: intercept as never }), cggmpSignCodec as Codec<Msg>)
  // identification messages (only sent after a failure): real proof shapes, synthetic values
  const proof = pre.samples.get('cggmp/presign-enc')!.enc
  const H = big(4000)
  const identification: [Codec<Msg>, Msg][] = [
    [presignCodec, { type: 'cggmp/presign-blame', H, mul: proof }],
    [presignCodec, { type: 'cggmp/presign-blame-dec', dec: proof }],
    [cggmpSignCodec as Codec<Msg>, { type: 'cggmp/sign-blame', H }],
    [cggmpSignCodec as Codec<Msg>, { type: 'cggmp/sign-blame-proof', mulStar: proof, dec: proof }],
  ]
  const all: [Codec<Msg>, Msg][] = [
    ...[...aux.samples.values()].map((m) => [cggmpAuxCodec as Codec<Msg>, m] as [Codec<Msg>, Msg]),
    ...[...pre.samples.values()].map((m) => [presignCodec, m] as [Codec<Msg>, Msg]),
    ...[...sign.samples.values()].map((m) => [cggmpSignCodec as Codec<Msg>, m] as [Codec<Msg>, Msg]),
    ...identification,
  ]

  it('every message kind of every session was carried through its codec', () => {
    const kinds = new Set(all.map(([, m]) => m.type))
    for (const schema of Object.values(CGGMP_SCHEMAS)) for (const type of Object.keys(schema)) expect(kinds, type).toContain(type)
    for (const [codec, m] of identification) expect(codec.decode(codec.encode(m))).toEqual(m)
  })

  it('refuses truncations, unknown types, missing and extra fields', () => {
    for (const [codec, m] of all) {
      const bytes = codec.encode(m)
      let n = 0
      for (const prefix of prefixes(bytes)) if (n++ % 97 === 0) expect(() => codec.decode(prefix), m.type).toThrow()
      expectRefused(() => codec.decode(rawEncode({ ...m, type: 'cggmp/nope' })))
      const [first] = Object.keys(m).filter((k) => k !== 'type')
      const { [first!]: _, ...missing } = m
      expectRefused(() => codec.decode(rawEncode(missing as Msg)))
      expectRefused(() => codec.decode(rawEncode({ ...m, zzExtra: 1n })))
    }
  })

  it('refuses integers and byte strings outside their bounds, per field kind', () => {
    const refused = (codec: Codec<Msg>, m: Msg) => expectRefused(() => codec.decode(rawEncode(m)))
    const reveal = aux.samples.get('cggmp/aux-reveal')!
    refused(cggmpAuxCodec as Codec<Msg>, withField(reveal, 'N', big(2047)))       // modulus one bit short
    refused(cggmpAuxCodec as Codec<Msg>, withField(reveal, 'N', big(2049)))       // one bit long
    refused(cggmpAuxCodec as Codec<Msg>, withField(reveal, 'N', (reveal.N as bigint) + 1n)) // even
    refused(cggmpAuxCodec as Codec<Msg>, withField(reveal, 's', big(2049)))
    refused(cggmpAuxCodec as Codec<Msg>, withField(reveal, 's', -5n))             // negative
    refused(cggmpAuxCodec as Codec<Msg>, withField(reveal, 'rho', new Uint8Array(33)))
    const k = pre.samples.get('cggmp/presign-k')!
    refused(presignCodec, withField(k, 'K', big(4097)))                           // ciphertext above N² bits
    const gamma = pre.samples.get('cggmp/presign-gamma')!
    refused(presignCodec, withField(gamma, 'D', (gamma.D as bigint[]).slice(1)))   // one ciphertext short
    refused(presignCodec, withField(gamma, 'F', [...(gamma.F as bigint[]), 1n]))
    refused(presignCodec, withField(gamma, 'Gamma', Uint8Array.from([2, ...new Uint8Array(32).fill(0xff)]))) // not on the curve
    const delta = pre.samples.get('cggmp/presign-delta')!
    refused(presignCodec, withField(delta, 'delta', 2n ** 256n - 1n))            // ≥ q
    const sigma = sign.samples.get('cggmp/sign-sigma')!
    refused(cggmpSignCodec as Codec<Msg>, withField(sigma, 'sigma', 2n ** 256n - 1n))
    // proofs: integer too long, list too long, nesting too deep, byte string that is no point
    const enc = pre.samples.get('cggmp/presign-enc')!
    refused(presignCodec, withField(enc, 'enc', { ...(enc.enc as object), z1: big(MAX_INTEGER_BITS + 1) }))
    refused(presignCodec, withField(enc, 'enc', { list: new Array(257).fill(1n) }))
    refused(presignCodec, withField(enc, 'enc', { a: [[[[[1n]]]]] }))
    refused(presignCodec, withField(enc, 'enc', { p: new Uint8Array(32) }))
  })

  it('refuses non-canonical integers (leading zero byte, negative zero)', () => {
    const sigma = sign.samples.get('cggmp/sign-sigma')!
    const good = thresh.v1.CggmpPayload.decode(cggmpSignCodec.encode(sigma as never))
    const v = good.body!.fields![0]!.value!
    const padded = thresh.v1.CggmpPayload.encode({ type: good.type, body: { fields: [{ name: 'sigma', value: { uint: Uint8Array.from([0, ...v.uint!]) } }] } }).finish()
    expectRefused(() => cggmpSignCodec.decode(padded))
    const negZero = thresh.v1.CggmpPayload.encode({ type: good.type, body: { fields: [{ name: 'sigma', value: { neg: new Uint8Array(0) } }] } }).finish()
    expectRefused(() => cggmpSignCodec.decode(negZero))
  })

  it('a frame that does not decode aborts the session naming its sender', () => {
    const [s1] = auxSessions(2, 3)
    const session = wireByteSession(s1 as CggmpAuxSession, cggmpAuxCodec)
    session.start()
    let abort: ProtocolAbort | undefined
    try {
      session.receive({ from: 2, to: 'broadcast', round: 1, payload: Uint8Array.from([1, 2, 3]) } as never)
    } catch (err) {
      abort = err as ProtocolAbort
    }
    expect(abort?.culprits).toEqual([2])
  })
})

describe('CggmpKeyShare keystore record', () => {
  const keys: CggmpKeyShare[] = assembleKeys(2, 3)
  it('round-trips and refuses damaged records', () => {
    const k = keys[0]!
    const bytes = cggmpKeyShareCodec.encode(k)
    const back = cggmpKeyShareCodec.decode(bytes)
    expect(back.paillier.N).toBe(k.paillier.N)
    expect(back.aux).toEqual(k.aux)
    expect(back.ringPedersen.params).toEqual(k.ringPedersen.params)
    const m = thresh.v1.CggmpKeyShare.decode(bytes)
    const reencode = (change: (x: thresh.v1.CggmpKeyShare.$Properties) => void) => {
      const copy = thresh.v1.CggmpKeyShare.decode(bytes)
      change(copy)
      return thresh.v1.CggmpKeyShare.encode(copy).finish()
    }
    const other = paillierKeys[4]!
    const hex = (v: bigint) => new Uint8Array(Buffer.from(v.toString(16).padStart(Math.ceil(v.toString(16).length / 2) * 2, '0'), 'hex'))
    expectRefused(() => cggmpKeyShareCodec.decode(reencode((x) => { x.paillierP = hex(other.p) })))         // N ≠ own aux entry
    expectRefused(() => cggmpKeyShareCodec.decode(reencode((x) => { x.ringPedersenLambda = hex(12345n) })))  // λ does not open s
    expectRefused(() => cggmpKeyShareCodec.decode(reencode((x) => { x.aux = x.aux!.slice(1) })))             // a member missing
    expectRefused(() => cggmpKeyShareCodec.decode(reencode((x) => { x.auxId = new Uint8Array(31) })))
    expectRefused(() => cggmpKeyShareCodec.decode(reencode((x) => { x.aux![1]!.n = hex(big(2047)) })))
    expect(m.aux!.length).toBe(3)
  })
})

