import { describe, expect, it } from 'vitest'
import { mulG, Point, proveSch, q, randomBelow, Transcript, verifySch, type ProofContext, type SchProof } from '../../src/cggmp/index.js'

const ctx: ProofContext = { sessionId: new Uint8Array([9, 9]), prover: 1, rho: new Uint8Array([1]) }
const x = randomBelow(q - 1n) + 1n
const X = mulG(x)
const proof = proveSch(ctx, { X }, { x })

describe('Π^sch (Schnorr proof of knowledge, fig. 22)', () => {
  it('an honest proof verifies', () => {
    expect(verifySch(ctx, { X }, proof)).toBe(true)
  })

  it('tampered responses and first message, another session, prover, rho or X fail', () => {
    expect(verifySch(ctx, { X }, { ...proof, z: (proof.z + 1n) % q })).toBe(false)
    expect(verifySch(ctx, { X }, { ...proof, z: proof.z + q })).toBe(false)
    expect(verifySch(ctx, { X }, { ...proof, z: -1n })).toBe(false)
    expect(verifySch(ctx, { X }, { ...proof, A: proof.A.add(Point.BASE) })).toBe(false)
    expect(verifySch(ctx, { X }, { ...proof, A: Point.ZERO })).toBe(false)
    expect(verifySch({ ...ctx, sessionId: new Uint8Array([9]) }, { X }, proof)).toBe(false)
    expect(verifySch({ ...ctx, prover: 2 }, { X }, proof)).toBe(false)
    expect(verifySch({ ...ctx, rho: new Uint8Array([2]) }, { X }, proof)).toBe(false)
    expect(verifySch(ctx, { X: X.add(Point.BASE) }, proof)).toBe(false)
    expect(verifySch(ctx, { X: Point.ZERO }, proof)).toBe(false)
    expect(verifySch(ctx, { X }, proveSch(ctx, { X }, { x: x + 1n }))).toBe(false)
    expect(verifySch(ctx, { X }, { A: undefined } as unknown as SchProof)).toBe(false)
  })

  // Without knowing x, a prover who picks z first must solve A = z·G − e·X with e depending on A:
  // committing to A after seeing e (as a transcript that omitted A would allow) is what the binding stops.
  it('a proof whose challenge omits A (simulated after the fact) is refused', () => {
    const z = randomBelow(q)
    const e = new Transcript('cggmp/sch', ctx).point('X', X).challengeBelow(q)
    const A = mulG(z).subtract(X.multiply(e))
    expect(verifySch(ctx, { X }, { A, z })).toBe(false)
  })
})
