import { describe, expect, it } from 'vitest'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import type { SimulationResult } from '@thresh/crypto'
import { dklsSetupCodec, dklsSignCodec, ecdsaKeyShareCodec } from '../src/index.js'
import { expectCodecContract, flipBit, recorder } from './tamper.js'
import { runDkg, runDklsSetup, runDklsSign } from './protocol-harness.js'
import { expectRefused } from './refusal.js'

/**
 * DKLs23's contract under tampering is weaker than the DKG's and FROST's: some values
 * (base-OT receiver points, ψ, u, w) have no per-party check, so a bad one can end in an
 * abort that names nobody, or, for a base-OT message, a dispute between the two ends of
 * the link. What must hold: nobody outputs anything but the clean result, and nobody
 * outside the tampered link is blamed.
 */
function expectNoWrongOutput<R>(clean: SimulationResult<R>, tampered: SimulationResult<R>, link: { from: number; to: number }): boolean {
  for (const [p, r] of tampered.results) expect(r, `party ${p} output`).toEqual(clean.results.get(p))
  for (const abort of tampered.aborts.values()) for (const c of abort.culprits) expect([link.from, link.to]).toContain(c)
  return tampered.aborts.size > 0
}

describe('DKLs23 payloads over the wire (2-of-3)', () => {
  const dkg = [...runDkg('ecdsa', 2, 3).results.values()]
  const setupRec = recorder()
  const setup = runDklsSetup(dkg, setupRec.intercept)
  const keys = [...setup.results.values()]
  const digest = new Uint8Array(32).fill(0xab)
  const signRec = recorder()
  const sign = runDklsSign(keys, [1, 3], digest, signRec.intercept)

  it('carry key setup and a signature that noble verifies', () => {
    expect(setup.aborts.size).toBe(0)
    expect(keys.length).toBe(3)
    expect(sign.aborts.size).toBe(0)
    for (const sig of sign.results.values()) {
      const compact = Uint8Array.from([...sig.r, ...sig.s])
      expect(secp256k1.verify(compact, digest, keys[0]!.groupPublicKey, { prehash: false })).toBe(true)
    }
  })

  it('refuse truncated and random bytes with a WireError, for every message type', () => {
    expectCodecContract(dklsSetupCodec, setupRec.copies.map((c) => c.bytes), { prefixStep: 97 })
    expectCodecContract(dklsSignCodec({ signers: 2 }), signRec.copies.map((c) => c.bytes), { prefixStep: 97 })
    expectRefused(() => dklsSignCodec({ signers: 3 }).decode(signRec.copies.find((c) => c.bytes[0] === 0x1a)!.bytes), { code: 'invalid-field' })
  })

  it('never output a wrong result when a bit of any message flips', () => {
    let aborted = 0
    setupRec.copies.forEach((copy, k) => {
      const { intercept, target } = flipBit(k, (k * 7919 + 5) % (copy.bytes.length * 8))
      if (expectNoWrongOutput(setup, runDklsSetup(dkg, intercept), target)) aborted++
    })
    let unchanged = 0
    signRec.copies.forEach((copy, k) => {
      for (let j = 0; j < 3; j++) {
        const { intercept, target } = flipBit(k, (j * 104729 + k * 31) % (copy.bytes.length * 8))
        const tampered = runDklsSign(keys, [1, 3], digest, intercept)
        if (expectNoWrongOutput(sign, tampered, target)) aborted++
        // a flip in the signature of a round-3 view entry whose digest the receiver holds
        // too is never looked at: the run completes with the clean signature everywhere
        else if (tampered.results.size === 2) unchanged++
      }
    })
    expect(aborted + unchanged).toBe(setupRec.copies.length + 3 * signRec.copies.length)
    expect(unchanged).toBeLessThanOrEqual(8)
  })

  it('round-trip EcdsaKeyShare records and refuse damaged ones', () => {
    for (const k of keys) expect(ecdsaKeyShareCodec.decode(ecdsaKeyShareCodec.encode(k))).toEqual(k)
    const k = keys[0]!
    const short = new Map(k.dkls)
    short.set(2, { ...k.dkls.get(2)!, zeroSeed: new Uint8Array(31) })
    expectRefused(() => ecdsaKeyShareCodec.decode(ecdsaKeyShareCodec.encode({ ...k, dkls: short })), { field: 'peers' })
    const bytes = ecdsaKeyShareCodec.encode(k)
    for (const n of [0, 10, 200, bytes.length - 1]) expectRefused(() => ecdsaKeyShareCodec.decode(bytes.subarray(0, n)))
  })
})
