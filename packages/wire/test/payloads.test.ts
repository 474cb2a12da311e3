import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { curveOf, verifySchnorr, type Codec, type KeyShare, type Scheme, type SimulationResult } from '@thresh/crypto'
import { dkgCodec, frostCodec } from '../src/index.js'
import { range, runDkg, runFrost, type Intercept } from './protocol-harness.js'
import { expectRefused, expectRefusedOrCanonical, prefixes } from './refusal.js'

/** Records every payload copy a run sends. */
function recorder(): { copies: { from: number; to: number; bytes: Uint8Array }[]; intercept: Intercept } {
  const copies: { from: number; to: number; bytes: Uint8Array }[] = []
  return { copies, intercept: (t) => void copies.push({ from: t.from, to: t.recipient, bytes: Uint8Array.from(t.payload) }) }
}

/** An intercept that flips one bit of the k-th copy. */
function flipBit(k: number, bit: number): { intercept: Intercept; target: { from: number; to: number } } {
  let seen = 0
  const target = { from: 0, to: 0 }
  return {
    target,
    intercept: (t) => {
      if (seen++ !== k) return
      target.from = t.from
      target.to = t.recipient
      t.payload = Uint8Array.from(t.payload)
      const i = bit % (t.payload.length * 8)
      t.payload[i >> 3]! ^= 1 << (i & 7)
    },
  }
}

/**
 * The tampering contract: no party outputs anything but the clean run's result, and
 * the only party that aborts is the one that received the flipped copy, naming its sender.
 */
function expectContained<R>(clean: SimulationResult<R>, tampered: SimulationResult<R>, target: { from: number; to: number }): boolean {
  for (const [p, r] of tampered.results) expect(r, `party ${p} output`).toEqual(clean.results.get(p))
  for (const [p, abort] of tampered.aborts) {
    expect(p, 'only the tampered recipient may abort').toBe(target.to)
    expect(abort.culprits).toEqual([target.from])
  }
  return tampered.aborts.has(target.to)
}

function expectCodecContract<T>(codec: Codec<T>, samples: readonly Uint8Array[]): void {
  for (const bytes of samples) {
    expect(codec.encode(codec.decode(bytes))).toEqual(bytes)
    for (const p of prefixes(bytes)) expectRefused(() => codec.decode(p))
  }
  fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => expectRefusedOrCanonical(codec, bytes)), { numRuns: 500 })
  // random bytes behind a valid tag and length, which get past the first byte
  fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.uint8Array({ maxLength: 300 }), (field, body) => {
    expectRefusedOrCanonical(codec, Uint8Array.of((field << 3) | 2, ...varint(body.length), ...body))
  }), { numRuns: 500 })
}

function varint(n: number): number[] {
  const out: number[] = []
  for (; n >= 0x80; n >>>= 7) out.push((n & 0x7f) | 0x80)
  out.push(n)
  return out
}

const dkgCases: [Scheme, number, number][] = [['ecdsa', 2, 3], ['frost-ed25519', 2, 3]]

describe.each(dkgCases)('DKG payloads over the wire (%s, %i-of-%i)', (scheme, t, n) => {
  const codec = dkgCodec({ curve: curveOf(scheme), threshold: t, parties: n })
  const rec = recorder()
  const clean = runDkg(scheme, t, n, rec.intercept)

  it('carry a whole key generation: every message decodes to what was sent and re-encodes to the same bytes', () => {
    expect(clean.aborts.size).toBe(0)
    expect(clean.results.size).toBe(n)
    const keys = [...clean.results.values()]
    expect(new Set(keys.map((k) => Buffer.from(k.groupPublicKey).toString('hex'))).size).toBe(1)
    expect(rec.copies.length).toBe(3 * n * (n - 1))
  })

  it('refuse truncated and random bytes with a WireError, for every message type', () => {
    expectCodecContract(codec, rec.copies.map((c) => c.bytes))
  })

  it('abort naming the sender, or change nothing, when a bit of any message flips', () => {
    let aborted = 0
    rec.copies.forEach((copy, k) => {
      const bit = (k * 7919 + 13) % (copy.bytes.length * 8)
      const { intercept, target } = flipBit(k, bit)
      if (expectContained(clean, runDkg(scheme, t, n, intercept), target)) aborted++
    })
    // most flips break a signature or a length; the rest land in data the protocol tolerates
    expect(aborted).toBeGreaterThanOrEqual(Math.ceil(0.7 * rec.copies.length))
  })

  it('round-trip a complaint (which an honest run never sends)', () => {
    const complaint = {
      type: 'dkg/complaint' as const,
      round1Digests: range(n).map((p) => new Uint8Array(32).fill(p)),
      round1Signatures: range(n).map((p) => new Uint8Array(64).fill(p)),
      accused: [2],
      shares: [new Uint8Array(32).fill(7)],
      chainCodeContributions: [new Uint8Array(32).fill(8)],
      shareSignatures: [new Uint8Array(64).fill(9)],
    }
    const bytes = codec.encode(complaint)
    expect(codec.decode(bytes)).toEqual(complaint)
    expectCodecContract(codec, [bytes, codec.encode({ ...complaint, accused: [], shares: [], chainCodeContributions: [], shareSignatures: [] })])
    expectRefused(() => codec.decode(codec.encode({ ...complaint, accused: [2, 2], shares: [complaint.shares[0]!, complaint.shares[0]!] })), { field: 'complaint.accused' })
    expectRefused(() => codec.decode(codec.encode({ ...complaint, shares: [] })), { field: 'complaint.shares' })
  })
})

const frostSchemes: Scheme[] = ['frost-ed25519', 'frost-secp256k1', 'bip340']

describe.each(frostSchemes)('FROST payloads over the wire (%s)', (scheme) => {
  const keys = [...runDkg(scheme, 2, 3).results.values()] as KeyShare[]
  const message = new TextEncoder().encode(`pay 1 coin (${scheme})`)
  const codec = frostCodec({ curve: curveOf(scheme), signers: 2 })
  const rec = recorder()
  const clean = runFrost(keys, [1, 3], message, rec.intercept)

  it('carry a signing session to a signature the standard verifier accepts', () => {
    expect(clean.aborts.size).toBe(0)
    for (const sig of clean.results.values()) expect(verifySchnorr(scheme, keys[0]!.groupPublicKey, message, sig)).toBe(true)
    expect(rec.copies.length).toBe(4)
  })

  it('refuse truncated and random bytes with a WireError, for every message type', () => {
    const refusal = codec.encode({ type: 'frost/share', share: new Uint8Array(0), commitmentDigests: [new Uint8Array(32), new Uint8Array(32)], commitmentSignatures: [new Uint8Array(64), new Uint8Array(64)] })
    expectCodecContract(codec, [...rec.copies.map((c) => c.bytes), refusal])
    const bad = codec.encode({ type: 'frost/share', share: new Uint8Array(31), commitmentDigests: [], commitmentSignatures: [] })
    expectRefused(() => codec.decode(bad), { field: 'share.share' })
  })

  it('abort naming the sender, or change nothing, when a bit of any message flips', () => {
    let aborted = 0
    rec.copies.forEach((copy, k) => {
      for (let j = 0; j < 6; j++) {
        const { intercept, target } = flipBit(k, (j * 104729 + k * 31) % (copy.bytes.length * 8))
        if (expectContained(clean, runFrost(keys, [1, 3], message, intercept), target)) aborted++
      }
    })
    expect(aborted).toBeGreaterThanOrEqual(Math.ceil(0.7 * 6 * rec.copies.length))
  })
})
