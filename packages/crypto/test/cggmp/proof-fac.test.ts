import { generatePrimeSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  bitLength, EPSILON, generatePaillierBlum, generateRingPedersen, isqrt, L, mod, modPow, proveFac, proveMod, q,
  Transcript, verifyFac, verifyMod, type FacProof, type FacStatement, type ProofContext,
} from '../../src/cggmp/index.js'

const prover = generatePaillierBlum() // production size, 2048 bits
const verifier = generatePaillierBlum()
const aux = generateRingPedersen(verifier).params // the verifier's parameters
const ctx: ProofContext = { sessionId: new Uint8Array([5]), prover: 2 }
const st: FacStatement = { N0: prover.N, aux }
const proof = proveFac(ctx, st, { p: prover.p, q: prover.q })

/**
 * The figure's three equations alone, with e drawn from the same transcript as proofs/fac.ts:
 * what a verifier that skipped the range checks would accept.
 */
function equationsHold(s: FacStatement, pr: FacProof): boolean {
  const { N: Nh, s: S, t } = s.aux
  const e = new Transcript('cggmp/fac', ctx)
    .int('N0', s.N0).int('Nhat', Nh).int('s', S).int('t', t)
    .int('P', pr.P).int('Q', pr.Q).int('A', pr.A).int('B', pr.B).int('T', pr.T).int('sigma', pr.sigma)
    .challengeSigned(q)
  const pow = (b: bigint, x: bigint) => modPow(b, x, Nh)
  const R = (pow(S, s.N0) * pow(t, pr.sigma)) % Nh
  return (
    (pow(S, pr.z1) * pow(t, pr.w1)) % Nh === mod(pr.A * pow(pr.P, e), Nh) &&
    (pow(S, pr.z2) * pow(t, pr.w2)) % Nh === mod(pr.B * pow(pr.Q, e), Nh) &&
    (pow(pr.Q, pr.z1) * pow(t, pr.v)) % Nh === mod(pr.T * pow(R, e), Nh)
  )
}

/** A prime of `small` bits and one of 2048 − `small` bits, both ≡ 3 mod 4, whose product has exactly 2048 bits. */
function smallFactorModulus(small: number): { p: bigint; Q: bigint } {
  for (;;) {
    const p = generatePrimeSync(small, { bigint: true, add: 4n, rem: 3n })
    const Q = generatePrimeSync(2048 - small, { bigint: true, add: 4n, rem: 3n })
    if (bitLength(p * Q) === 2048) return { p, Q }
  }
}

const zBound = (N0: bigint) => isqrt(N0) << BigInt(L + EPSILON)

describe('Π^fac (no small factor, fig. 28)', () => {
  it('an honest proof verifies at 2048 bits against the verifier’s ring-Pedersen parameters', () => {
    expect(verifyFac(ctx, st, proof)).toBe(true)
    expect(equationsHold(st, proof)).toBe(true)
  })

  it('tampered fields, another session, prover, modulus or parameters fail', () => {
    for (const k of ['P', 'Q', 'A', 'B', 'T', 'sigma', 'z1', 'z2', 'w1', 'w2', 'v'] as const) {
      expect(verifyFac(ctx, st, { ...proof, [k]: proof[k] + 1n })).toBe(false)
    }
    expect(verifyFac(ctx, st, { ...proof, P: proof.P + aux.N })).toBe(false)
    expect(verifyFac({ ...ctx, sessionId: new Uint8Array([6]) }, st, proof)).toBe(false)
    expect(verifyFac({ ...ctx, prover: 1 }, st, proof)).toBe(false)
    expect(verifyFac(ctx, { ...st, N0: verifier.N }, proof)).toBe(false)
    expect(verifyFac(ctx, { ...st, aux: { ...aux, s: aux.t, t: aux.s } }, proof)).toBe(false)
    // proven against the prover's own parameters instead of the verifier's
    const own = generateRingPedersen(prover).params
    expect(verifyFac(ctx, { ...st, aux: own }, proveFac(ctx, { N0: prover.N, aux: own }, prover))).toBe(true)
    expect(verifyFac(ctx, st, proveFac(ctx, { N0: prover.N, aux: own }, prover))).toBe(false)
    // a wrong witness
    expect(verifyFac(ctx, st, proveFac(ctx, st, { p: verifier.p, q: verifier.q }))).toBe(false)
    // malformed
    expect(verifyFac(ctx, st, { ...proof, v: undefined } as unknown as FacProof)).toBe(false)
  })

  // BitForge (Fireblocks 2023, CVE-2023-33241): a Paillier modulus N0 = p·Q with a small prime p
  // lets the owner extract the other parties' shares from MtA ciphertexts. Π^mod accepts such an
  // N0 (both primes ≡ 3 mod 4); Π^fac's prover can run its algebra with those factors and every
  // equation holds, but z2 = β + e·Q (or z1, factors swapped) is far outside ±√N0·2^{ℓ+ε}.
  for (const small of [16, 64]) {
    it(`BitForge: refuses N0 with a ${small}-bit prime factor, whose equations hold`, () => {
      const { p, Q } = smallFactorModulus(small)
      const N0 = p * Q
      expect(verifyMod(ctx, { N: N0 }, proveMod(ctx, { N: N0 }, { p, q: Q }))).toBe(true)
      for (const w of [{ p, q: Q }, { p: Q, q: p }]) {
        const s = { N0, aux }
        const forged = proveFac(ctx, s, w)
        expect(equationsHold(s, forged)).toBe(true)
        const bound = zBound(N0)
        expect(forged.z1 > bound || forged.z1 < -bound || forged.z2 > bound || forged.z2 < -bound).toBe(true)
        expect(verifyFac(ctx, s, forged)).toBe(false)
      }
    })
  }

  it('refuses moduli of another size', () => {
    const small = generatePaillierBlum(1024)
    const s = { N0: small.N, aux }
    expect(verifyFac(ctx, s, proveFac(ctx, s, small))).toBe(false)
    const tiny = generateRingPedersen(small).params
    const s2 = { N0: prover.N, aux: tiny }
    expect(verifyFac(ctx, s2, proveFac(ctx, s2, prover))).toBe(false)
  })
})
