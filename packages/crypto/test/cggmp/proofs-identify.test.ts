// Π^mul (Fig. 29), Π^dec (Fig. 30) and Π^mul* (Fig. 31) of CGGMP — the proofs of the presign
// and sign identification steps — at production sizes (2048-bit moduli).
import { beforeAll, describe, expect, it, vi } from 'vitest'
import {
  EPSILON, L, L_PRIME, mod, mulG, paillierDecrypt, paillierEncrypt, paillierMul, paillierNonce,
  proveDec, proveMul, proveMulStar, q, randomSigned, verifyDec, verifyMul, verifyMulStar,
  type DecStatement, type DecWitness, type MulStarStatement, type MulStarWitness, type MulStatement, type MulWitness,
} from '../../src/cggmp/index.js'
import { ctx, makeKeys, otherPoint, otherProver, otherSession, tamperedFields, type Keys } from './presign-fixtures.js'

// 2048-bit Paillier proofs: seconds per party, more on a loaded CI machine running two files at once
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 })

let keys: Keys
beforeAll(() => {
  keys = makeKeys()
})

/** H = K^γ·ρ^N with X = enc(γ): the presign identification's k·γ product. */
function mulCase(x = randomSigned(L)): { st: MulStatement; w: MulWitness } {
  const key = keys.prover
  const rhoX = paillierNonce(key)
  const rho = paillierNonce(key)
  const Y = paillierEncrypt(key, randomSigned(L), paillierNonce(key))
  const C = paillierMul(key, Y, x) * paillierEncrypt(key, 0n, rho) % key.N2
  return { st: { key, X: paillierEncrypt(key, x, rhoX), Y, C }, w: { x, rhoX, rho } }
}

/** D = C^x·ρ^{N0} under the verifier's key, X = x·G (the sign identification's k·x product). */
function mulStarCase(x = randomSigned(L)): { st: MulStarStatement; w: MulStarWitness } {
  const key = keys.verifier
  const rho = paillierNonce(key)
  const C = paillierEncrypt(key, randomSigned(L), paillierNonce(key))
  const D = paillierMul(key, C, x) * paillierEncrypt(key, 0n, rho) % key.N2
  return { st: { key, C, D, X: mulG(x), aux: keys.aux }, w: { x, rho } }
}

/** A ciphertext of a sum carrying ℓ'-bit masks, as the identification steps decrypt, and its value mod q. */
function decCase(y = randomSigned(2 * L) + randomSigned(L_PRIME + EPSILON)): { st: DecStatement; w: DecWitness } {
  const key = keys.prover
  const rho = paillierNonce(key)
  return { st: { key, C: paillierEncrypt(key, y, rho), x: mod(y, q), aux: keys.aux }, w: { y, rho } }
}

describe('Π^mul', () => {
  it('an honest proof verifies (production sizes)', () => {
    const { st, w } = mulCase()
    expect(verifyMul(ctx, st, proveMul(ctx, st, w))).toBe(true)
  })
  it('fails for each tampered field, another session id, prover index or public input, and a wrong witness', () => {
    const { st, w } = mulCase()
    const proof = proveMul(ctx, st, w)
    for (const [field, bad] of tamperedFields(proof)) expect(verifyMul(ctx, st, bad), field).toBe(false)
    expect(verifyMul(otherSession, st, proof)).toBe(false)
    expect(verifyMul(otherProver, st, proof)).toBe(false)
    const other = mulCase().st
    for (const name of ['X', 'Y', 'C'] as const) expect(verifyMul(ctx, { ...st, [name]: other[name] }, proof), name).toBe(false)
    expect(verifyMul(ctx, st, proveMul(ctx, st, { ...w, x: w.x + 1n }))).toBe(false)
  })
  it('refuses ciphertexts outside Z*_{N²} and a modulus of the wrong size', () => {
    const { st, w } = mulCase()
    const proof = proveMul(ctx, st, w)
    const { p, N2 } = keys.prover
    for (const patch of [{ X: mod(st.X * p, N2) }, { Y: 0n }, { C: N2 + st.C }, { C: -st.C }]) {
      expect(verifyMul(ctx, { ...st, ...patch }, proof), Object.keys(patch)[0]).toBe(false)
    }
    expect(verifyMul(ctx, { ...st, key: { N: keys.prover.p, N2: keys.prover.p ** 2n } }, proof)).toBe(false)
  })
})

describe('Π^mul*', () => {
  it('an honest proof verifies (production sizes)', () => {
    const { st, w } = mulStarCase()
    expect(verifyMulStar(ctx, st, proveMulStar(ctx, st, w))).toBe(true)
  })
  it('fails for each tampered field, another session id, prover index or public input, and a wrong witness', () => {
    const { st, w } = mulStarCase()
    const proof = proveMulStar(ctx, st, w)
    for (const [field, bad] of tamperedFields(proof)) expect(verifyMulStar(ctx, st, bad), field).toBe(false)
    expect(verifyMulStar(otherSession, st, proof)).toBe(false)
    expect(verifyMulStar(otherProver, st, proof)).toBe(false)
    const other = mulStarCase().st
    for (const name of ['C', 'D'] as const) expect(verifyMulStar(ctx, { ...st, [name]: other[name] }, proof), name).toBe(false)
    expect(verifyMulStar(ctx, { ...st, X: otherPoint(st.X) }, proof)).toBe(false)
    expect(verifyMulStar(ctx, st, proveMulStar(ctx, st, { ...w, x: w.x + 1n }))).toBe(false)
  })
  it('refuses x outside ±2^ℓ through the z1 range check, even with the algebra honest', () => {
    const { st, w } = mulStarCase(1n << BigInt(L + EPSILON + 1))
    expect(verifyMulStar(ctx, st, proveMulStar(ctx, st, w))).toBe(false)
  })
  it('refuses C, D outside Z*_{N0²} and the identity as X', () => {
    const { st, w } = mulStarCase()
    const proof = proveMulStar(ctx, st, w)
    const { q: factor, N2 } = keys.verifier
    for (const patch of [{ C: mod(st.C * factor, N2) }, { D: 0n }, { D: N2 }]) {
      expect(verifyMulStar(ctx, { ...st, ...patch }, proof), Object.keys(patch)[0]).toBe(false)
    }
    const zero = mulStarCase(q)
    expect(verifyMulStar(ctx, zero.st, proveMulStar(ctx, zero.st, zero.w))).toBe(false)
  })
})

describe('Π^dec', () => {
  it('an honest proof verifies (production sizes), for a large plaintext and for a negative one', () => {
    for (const y of [undefined, -(1n << 1500n)]) {
      const { st, w } = decCase(y)
      expect(paillierDecrypt(keys.prover, st.C)).toBe(w.y)
      expect(verifyDec(ctx, st, proveDec(ctx, st, w))).toBe(true)
    }
  })
  it('fails for each tampered field, another session id, prover index or public input, and a wrong witness', () => {
    const { st, w } = decCase()
    const proof = proveDec(ctx, st, w)
    for (const [field, bad] of tamperedFields(proof)) expect(verifyDec(ctx, st, bad), field).toBe(false)
    expect(verifyDec(otherSession, st, proof)).toBe(false)
    expect(verifyDec(otherProver, st, proof)).toBe(false)
    expect(verifyDec(ctx, { ...st, C: decCase().st.C }, proof)).toBe(false)
    expect(verifyDec(ctx, st, proveDec(ctx, st, { ...w, y: w.y + 1n }))).toBe(false)
  })
  // The identification step's point: a party cannot claim a value other than its ciphertext's decryption mod q.
  it('refuses a false claim x ≢ dec(C) mod q, and x outside [0, q)', () => {
    const { st, w } = decCase()
    const lie = { ...st, x: mod(st.x + 1n, q) }
    expect(verifyDec(ctx, lie, proveDec(ctx, lie, w))).toBe(false)
    const wrapped = { ...st, x: st.x + q }
    expect(verifyDec(ctx, wrapped, proveDec(ctx, wrapped, w))).toBe(false)
  })
  it('refuses C outside Z*_{N0²} (a multiple of a factor, 0, ≥ N0²) and γ outside [0, q)', () => {
    const { st, w } = decCase()
    const proof = proveDec(ctx, st, w)
    const { p, N2 } = keys.prover
    for (const C of [mod(st.C * p, N2), 0n, N2 + st.C]) expect(verifyDec(ctx, { ...st, C }, proof)).toBe(false)
    expect(verifyDec(ctx, st, { ...proof, gamma: proof.gamma + q })).toBe(false)
  })
  it('never throws on malformed input', () => {
    const { st, w } = decCase()
    const proof = proveDec(ctx, st, w)
    expect(verifyDec(ctx, st, { ...proof, z1: 1.5 as unknown as bigint })).toBe(false)
    expect(verifyDec(ctx, { ...st, aux: undefined as never }, proof)).toBe(false)
  })
})

// Sanity of the fixtures: the homomorphic products above are what the statements claim.
it('fixtures: D = C^x·ρ^{N0} decrypts to x·dec(C)', () => {
  const { st, w } = mulStarCase()
  const c = paillierDecrypt(keys.verifier, st.C)
  expect(paillierDecrypt(keys.verifier, st.D)).toBe(c * w.x)
})
