// Π^enc (Fig. 14), Π^aff-g (Fig. 15) and Π^log* (Fig. 25) of CGGMP at production sizes
// (2048-bit moduli, ℓ = 256, ℓ' = 1280, ε = 512), with the attack regressions of issue 15.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import {
  EPSILON, L, L_PRIME, mod, mulG, mulPoint, paillierAdd, paillierEncrypt, paillierMul, paillierNonce,
  proveAffG, proveEnc, proveLogStar, randomSigned, Transcript, verifyAffG, verifyEnc, verifyLogStar,
  type AffGStatement, type AffGWitness, type EncStatement, type EncWitness, type LogStarStatement, type LogStarWitness,
} from '../../src/cggmp/index.js'
import { ctx, makeKeys, otherPoint, otherProver, otherSession, tamperedFields, type Keys } from './presign-fixtures.js'

// 2048-bit Paillier proofs: seconds per party, more on a loaded CI machine running two files at once
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 })

let keys: Keys
beforeAll(() => {
  keys = makeKeys()
})

function encCase(k = randomSigned(L)): { st: EncStatement; w: EncWitness } {
  const rho = paillierNonce(keys.prover)
  return { st: { key: keys.prover, K: paillierEncrypt(keys.prover, k, rho), aux: keys.aux }, w: { k, rho } }
}

/** An MtA message: the verifier's K = enc0(k), the prover's D = K^x·enc0(y; ρ), Y = enc1(y; ρ_y), X = x·G. */
function affGCase(x = randomSigned(L), y = randomSigned(L_PRIME)): { st: AffGStatement; w: AffGWitness } {
  const { verifier: key0, prover: key1 } = keys
  const K = paillierEncrypt(key0, randomSigned(L), paillierNonce(key0))
  const rho = paillierNonce(key0)
  const rhoY = paillierNonce(key1)
  const D = paillierAdd(key0, paillierMul(key0, K, x), paillierEncrypt(key0, y, rho))
  const st = { key0, key1, C: K, D, Y: paillierEncrypt(key1, y, rhoY), X: mulG(x), aux: keys.aux }
  return { st, w: { x, y, rho, rhoY } }
}

function logStarCase(x = randomSigned(L)): { st: LogStarStatement; w: LogStarWitness } {
  const rho = paillierNonce(keys.prover)
  const g = mulG(randomSigned(200) + 7n)
  return { st: { key: keys.prover, C: paillierEncrypt(keys.prover, x, rho), X: mulPoint(g, x), g, aux: keys.aux }, w: { x, rho } }
}

describe('Π^enc', () => {
  it('an honest proof verifies (production sizes)', () => {
    const { st, w } = encCase()
    expect(verifyEnc(ctx, st, proveEnc(ctx, st, w))).toBe(true)
  })
  it('fails for each tampered field, another session id, prover index or ciphertext, and a wrong witness', () => {
    const { st, w } = encCase()
    const proof = proveEnc(ctx, st, w)
    for (const [field, bad] of tamperedFields(proof)) expect(verifyEnc(ctx, st, bad), field).toBe(false)
    expect(verifyEnc(otherSession, st, proof)).toBe(false)
    expect(verifyEnc(otherProver, st, proof)).toBe(false)
    expect(verifyEnc(ctx, encCase().st, proof)).toBe(false)
    expect(verifyEnc(ctx, { ...st, aux: { ...st.aux, s: st.aux.t, t: st.aux.s } }, proof)).toBe(false)
    expect(verifyEnc(ctx, st, proveEnc(ctx, st, { ...w, k: w.k + 1n }))).toBe(false)
  })
  it('refuses k outside ±2^ℓ (the z1 range check), even with the algebra honest', () => {
    for (const k of [1n << BigInt(L + EPSILON + 1), keys.prover.N / 2n]) {
      const { st, w } = encCase(k)
      expect(verifyEnc(ctx, st, proveEnc(ctx, st, w))).toBe(false)
    }
  })
  it('refuses a ciphertext K outside Z*_{N0²}: a multiple of a factor, 0, N0², and a modulus of the wrong size', () => {
    const { st, w } = encCase()
    const N2 = keys.prover.N2
    for (const K of [mod(st.K * keys.prover.p, N2), 0n, N2, N2 + st.K, -st.K]) {
      expect(verifyEnc(ctx, { ...st, K }, proveEnc(ctx, { ...st, K }, w))).toBe(false)
    }
    expect(verifyEnc(ctx, { ...st, aux: { ...st.aux, N: st.aux.N * 3n } }, proveEnc(ctx, st, w))).toBe(false)
  })
  it('never throws on malformed input', () => {
    const { st, w } = encCase()
    const proof = proveEnc(ctx, st, w)
    expect(verifyEnc(ctx, st, { ...proof, z2: undefined as unknown as bigint })).toBe(false)
    expect(verifyEnc(ctx, { ...st, key: null as never }, proof)).toBe(false)
    expect(verifyEnc(ctx, st, null as never)).toBe(false)
  })
})

describe('Π^aff-g', () => {
  it('an honest MtA proof verifies (production sizes), also with y negative', () => {
    const { st, w } = affGCase()
    expect(verifyAffG(ctx, st, proveAffG(ctx, st, w))).toBe(true)
    const neg = affGCase(-5n, -(1n << BigInt(L_PRIME)))
    expect(verifyAffG(ctx, neg.st, proveAffG(ctx, neg.st, neg.w))).toBe(true)
  })
  it('fails for each tampered field, another session id, prover index or public input, and a wrong witness', () => {
    const { st, w } = affGCase()
    const proof = proveAffG(ctx, st, w)
    for (const [field, bad] of tamperedFields(proof)) expect(verifyAffG(ctx, st, bad), field).toBe(false)
    expect(verifyAffG(otherSession, st, proof)).toBe(false)
    expect(verifyAffG(otherProver, st, proof)).toBe(false)
    const other = affGCase().st
    for (const name of ['C', 'D', 'Y', 'X'] as const) {
      expect(verifyAffG(ctx, { ...st, [name]: other[name] }, proof), name).toBe(false)
    }
    expect(verifyAffG(ctx, { ...st, key0: st.key1, key1: st.key0 }, proof)).toBe(false)
    expect(verifyAffG(ctx, st, proveAffG(ctx, st, { ...w, y: w.y + 1n }))).toBe(false)
    expect(verifyAffG(ctx, st, proveAffG(ctx, st, { ...w, x: w.x + 1n }))).toBe(false)
  })
  // Alpha-Rays (eprint 2021/1621): a malicious MtA sender picks β (here y) far outside ±2^ℓ'
  // so that the receiver's decryption of α = k·x + y wraps or not depending on its secret k.
  // The statement and all relations below are honest algebra with that y; only the z2 ∈ ±2^{ℓ'+ε}
  // check can reject it.
  it('Alpha-Rays: refuses y out of range (2^{ℓ\'+ε+10} and ≈ N0/2) through the z2 range check', () => {
    for (const y of [1n << BigInt(L_PRIME + EPSILON + 10), keys.verifier.N / 2n]) {
      const { st, w } = affGCase(randomSigned(L), y)
      expect(verifyAffG(ctx, st, proveAffG(ctx, st, w))).toBe(false)
    }
  })
  it('refuses x outside ±2^ℓ through the z1 range check', () => {
    const { st, w } = affGCase(1n << BigInt(L + EPSILON + 1))
    expect(verifyAffG(ctx, st, proveAffG(ctx, st, w))).toBe(false)
  })
  it('refuses ciphertexts outside Z*_{N²}: C, D a multiple of a factor of N0, Y = 0, Y ≥ N1²', () => {
    const { st, w } = affGCase()
    const { verifier: k0, prover: k1 } = keys
    const bad: Array<Partial<AffGStatement>> = [
      { C: mod(st.C * k0.q, k0.N2) }, { D: mod(st.D * k0.p, k0.N2) }, { D: 0n }, { Y: 0n }, { Y: st.Y + k1.N2 }, { C: k0.N2 },
    ]
    // (the prover cannot exponentiate a non-unit by a negative α, so the honest proof is replayed)
    const proof = proveAffG(ctx, st, w)
    for (const patch of bad) expect(verifyAffG(ctx, { ...st, ...patch }, proof), Object.keys(patch)[0]).toBe(false)
  })
  it('refuses the identity as X', () => {
    const { st, w } = affGCase(0n)
    expect(verifyAffG(ctx, st, proveAffG(ctx, st, w))).toBe(false)
  })
  // TSSHOCK alpha-shuffle: with a challenge over concatenated decimal strings, moving digits
  // from D to C keeps the hashed string and the challenge. Fields here are length-prefixed.
  it('ambiguous encoding: moving a digit from D to C changes the challenge and the proof fails', () => {
    const { st, w } = affGCase()
    const proof = proveAffG(ctx, st, w)
    const d = st.D.toString()
    const k = [...d].findIndex((digit, i) => i > 0 && digit !== '0') // D keeps no leading zero
    const C = BigInt(st.C.toString() + d.slice(0, k))
    const D = BigInt(d.slice(k))
    expect(C.toString() + D.toString()).toBe(st.C.toString() + st.D.toString())
    const challenge = (c: bigint, d: bigint) => new Transcript('cggmp/aff-g', ctx).int('C', c).int('D', d).challengeSigned(7n ** 90n)
    expect(challenge(C, D)).not.toBe(challenge(st.C, st.D))
    expect(verifyAffG(ctx, { ...st, C, D }, proof)).toBe(false)
  })
})

describe('Π^log*', () => {
  it('an honest proof verifies (production sizes), also with base G', () => {
    const { st, w } = logStarCase()
    expect(verifyLogStar(ctx, st, proveLogStar(ctx, st, w))).toBe(true)
    const g = { ...st, g: mulG(1n), X: mulG(w.x) }
    expect(verifyLogStar(ctx, g, proveLogStar(ctx, g, w))).toBe(true)
  })
  it('fails for each tampered field, another session id, prover index or public input, and a wrong witness', () => {
    const { st, w } = logStarCase()
    const proof = proveLogStar(ctx, st, w)
    for (const [field, bad] of tamperedFields(proof)) expect(verifyLogStar(ctx, st, bad), field).toBe(false)
    expect(verifyLogStar(otherSession, st, proof)).toBe(false)
    expect(verifyLogStar(otherProver, st, proof)).toBe(false)
    expect(verifyLogStar(ctx, { ...st, X: otherPoint(st.X) }, proof)).toBe(false)
    expect(verifyLogStar(ctx, { ...st, g: otherPoint(st.g) }, proof)).toBe(false)
    expect(verifyLogStar(ctx, { ...st, C: logStarCase().st.C }, proof)).toBe(false)
    expect(verifyLogStar(ctx, st, proveLogStar(ctx, st, { ...w, x: w.x + 1n }))).toBe(false)
  })
  it('refuses x outside ±2^ℓ through the z1 range check, even with the algebra honest', () => {
    for (const x of [1n << BigInt(L + EPSILON + 1), keys.prover.N / 2n]) {
      const { st, w } = logStarCase(x)
      expect(verifyLogStar(ctx, st, proveLogStar(ctx, st, w))).toBe(false)
    }
  })
  it('refuses C outside Z*_{N0²} and the identity as base or X', () => {
    const { st, w } = logStarCase()
    for (const C of [mod(st.C * keys.prover.p, keys.prover.N2), 0n, keys.prover.N2 + 1n]) {
      expect(verifyLogStar(ctx, { ...st, C }, proveLogStar(ctx, { ...st, C }, w))).toBe(false)
    }
    const zero = { ...st, g: mulG(0n), X: mulG(0n) }
    expect(verifyLogStar(ctx, zero, proveLogStar(ctx, zero, w))).toBe(false)
  })
})
