import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { complaintCodec, envelopeCodec, type WireMessage } from '../src/index.js'
import { expectRefused, expectRefusedOrCanonical, prefixes } from './refusal.js'

const sample: WireMessage = { session: new Uint8Array(32).fill(7), round: 2, from: 3, to: 1, payload: Uint8Array.of(1, 2, 3) }

const arbMessage = fc.record({
  session: fc.uint8Array({ minLength: 32, maxLength: 32 }),
  round: fc.integer({ min: 1, max: 16 }),
  from: fc.integer({ min: 1, max: 64 }),
  to: fc.oneof(fc.constant('broadcast' as const), fc.integer({ min: 1, max: 64 })),
  payload: fc.uint8Array({ minLength: 1, maxLength: 200 }),
})

describe('Envelope codec', () => {
  it('round-trips every valid envelope', () => {
    fc.assert(fc.property(arbMessage, (m) => {
      expect(envelopeCodec.decode(envelopeCodec.encode(m))).toEqual(m)
    }))
  })

  it('encodes broadcast as recipient 0', () => {
    const b = envelopeCodec.decode(envelopeCodec.encode({ ...sample, to: 'broadcast' }))
    expect(b.to).toBe('broadcast')
  })

  it('refuses every strict prefix of a valid encoding', () => {
    fc.assert(fc.property(arbMessage, (m) => {
      for (const p of prefixes(envelopeCodec.encode(m))) expectRefused(() => envelopeCodec.decode(p))
    }), { numRuns: 50 })
  })

  it('either refuses random bytes or decodes them to a value whose encoding they are', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 120 }), (bytes) => expectRefusedOrCanonical(envelopeCodec, bytes)), { numRuns: 2000 })
  })

  it('names the field that is wrong', () => {
    const cases: [Partial<WireMessage>, string][] = [
      [{ session: new Uint8Array(31) }, 'session_id'],
      [{ round: 17 }, 'round'],
      [{ from: 65 }, 'sender'],
      [{ to: 65 }, 'recipient'],
      [{ payload: new Uint8Array(0) }, 'payload'],
    ]
    for (const [change, field] of cases) {
      const bytes = envelopeCodec.encode({ ...sample, ...change })
      expectRefused(() => envelopeCodec.decode(bytes), { code: 'invalid-field', field })
    }
  })

  it('refuses unknown fields and non-canonical encodings', () => {
    const good = envelopeCodec.encode(sample)
    // field 9, varint 1 appended
    expectRefused(() => envelopeCodec.decode(Uint8Array.of(...good, 0x48, 0x01)), { code: 'non-canonical' })
    // the round field repeated: last one wins in protobuf, but not here
    expectRefused(() => envelopeCodec.decode(Uint8Array.of(...good, 0x10, 0x02)), { code: 'non-canonical' })
    // a non-minimal varint for round 2
    const i = good.indexOf(0x10)
    const padded = Uint8Array.of(...good.subarray(0, i + 1), 0x82, 0x00, ...good.subarray(i + 2))
    expectRefused(() => envelopeCodec.decode(padded), { code: 'non-canonical' })
  })

  it('copies payload bytes out of the input buffer', () => {
    const bytes = envelopeCodec.encode(sample)
    const m = envelopeCodec.decode(bytes)
    bytes.fill(0)
    expect(m.payload).toEqual(Uint8Array.of(1, 2, 3))
  })

  it('carries a complaint in round 0, to every party only', () => {
    const signature = new Uint8Array(64).fill(4)
    const payload = complaintCodec.encode({ accused: [2, 5], reason: 'invalid round-1 message: bad identity signature', signature })
    const m = envelopeCodec.decode(envelopeCodec.encode({ ...sample, round: 0, to: 'broadcast', payload }))
    expect(m.round).toBe(0)
    expect(complaintCodec.decode(m.payload)).toEqual({ accused: [2, 5], reason: 'invalid round-1 message: bad identity signature', signature })
    expectRefused(() => envelopeCodec.decode(envelopeCodec.encode({ ...sample, round: 0, to: 3, payload })), { code: 'invalid-field', field: 'recipient' })
  })
})

describe('Complaint codec', () => {
  it('round-trips, and refuses an empty, unordered or out-of-range accused list, an overlong reason and a missing signature', () => {
    const signature = new Uint8Array(64).fill(9)
    for (const c of [{ accused: [1], reason: '', signature }, { accused: [1, 2, 64], reason: 'x'.repeat(512), signature }]) {
      expect(complaintCodec.decode(complaintCodec.encode(c))).toEqual(c)
    }
    const raw = (accused: number[], reason = 'r') => {
      // encode without the encoder's own normalization: the fields as a cheater might send them
      const parts: number[] = accused.length > 0 ? [0x0a, accused.length, ...accused] : [] // packed, as proto3 encodes it
      const n = reason.length
      parts.push(0x12, ...(n < 128 ? [n] : [(n & 0x7f) | 0x80, n >>> 7]), ...new TextEncoder().encode(reason))
      parts.push(0x1a, 64, ...signature)
      return Uint8Array.from(parts)
    }
    expectRefused(() => complaintCodec.decode(raw([])), { field: 'accused' })
    expectRefused(() => complaintCodec.decode(raw([3, 2])), { field: 'accused' })
    expectRefused(() => complaintCodec.decode(raw([2, 2])), { field: 'accused' })
    expectRefused(() => complaintCodec.decode(raw([0])), { field: 'accused[0]' })
    expectRefused(() => complaintCodec.decode(raw([1], 'y'.repeat(513))), { field: 'reason' })
    expect(complaintCodec.decode(raw([1], 'y'.repeat(512))).reason).toHaveLength(512)
    expectRefused(() => complaintCodec.decode(raw([1]).subarray(0, -66)), { field: 'signature' })
    const long = complaintCodec.encode({ accused: [1], reason: 'z'.repeat(512), signature })
    expect(complaintCodec.decode(long).reason).toHaveLength(512)
  })
})
