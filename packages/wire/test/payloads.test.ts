import { describe, expect, it } from 'vitest'
import { curveOf, verifySchnorr, type KeyShare, type Scheme } from '@thresh/crypto'
import { dkgCodec, frostCodec } from '../src/index.js'
import { range, runDkg, runFrost } from './protocol-harness.js'
import { expectRefused } from './refusal.js'
import { expectCodecContract, expectContained, flipBit, recorder } from './tamper.js'

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
