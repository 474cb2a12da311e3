/*
 * Polynomials of R_q = Z_q[X]/(X^256 + 1), q = 8380417, and the NTT of FIPS 204
 * (Algorithms 41, 42; zeta = 1753). A polynomial is an Int32Array of 256
 * coefficients in [0, q); products of two such values stay below 2^53, so plain
 * number arithmetic is exact.
 */
import { L, N, Q } from './params.js'

export type Poly = Int32Array
/** A vector of polynomials (length K or L). */
export type PolyVec = Poly[]

export const newPoly = (): Poly => new Int32Array(N)
export const newVec = (length: number): PolyVec => Array.from({ length }, newPoly)

/** r mod q in [0, q). */
export function mod(r: number): number {
  const m = r % Q
  return m < 0 ? m + Q : m
}

/** The representative of r mod q in (-(q-1)/2, (q-1)/2]. */
export function centered(r: number): number {
  const m = mod(r)
  return m > (Q - 1) / 2 ? m - Q : m
}

function bitReverse8(x: number): number {
  let y = 0
  for (let i = 0; i < 8; i++) y |= ((x >> i) & 1) << (7 - i)
  return y
}

function powMod(base: number, exp: number): number {
  let result = 1n
  let b = BigInt(base)
  let e = exp
  const q = BigInt(Q)
  while (e > 0) {
    if (e & 1) result = (result * b) % q
    b = (b * b) % q
    e >>= 1
  }
  return Number(result)
}

/** zetas[m] = 1753^BitRev8(m) mod q (FIPS 204 Appendix B). */
const ZETAS = Int32Array.from({ length: N }, (_, m) => powMod(1753, bitReverse8(m)))
/** 256^-1 mod q. */
const N_INV = 8347681

const Q_INV = 1 / Q
/** a·b mod q for a, b in [0, q): the product is exact in a double; floor(t/q) may be off by one. */
function mulMod(a: number, b: number): number {
  const t = a * b
  const r = t - Math.floor(t * Q_INV) * Q
  return r < 0 ? r + Q : r >= Q ? r - Q : r
}

/** In place: FIPS 204 Algorithm 41. */
export function ntt(w: Poly): Poly {
  let m = 0
  for (let len = 128; len >= 1; len >>= 1) {
    for (let start = 0; start < N; start += 2 * len) {
      const z = ZETAS[++m]!
      for (let j = start; j < start + len; j++) {
        const t = mulMod(z, w[j + len]!)
        const a = w[j]!
        w[j + len] = a - t < 0 ? a - t + Q : a - t
        w[j] = a + t >= Q ? a + t - Q : a + t
      }
    }
  }
  return w
}

/** In place: FIPS 204 Algorithm 42. */
export function invNtt(w: Poly): Poly {
  let m = N
  for (let len = 1; len < N; len <<= 1) {
    for (let start = 0; start < N; start += 2 * len) {
      const z = Q - ZETAS[--m]!
      for (let j = start; j < start + len; j++) {
        const t = w[j]!
        const u = w[j + len]!
        w[j] = t + u >= Q ? t + u - Q : t + u
        w[j + len] = mulMod(z, t - u < 0 ? t - u + Q : t - u)
      }
    }
  }
  for (let j = 0; j < N; j++) w[j] = mulMod(w[j]!, N_INV)
  return w
}

export const nttCopy = (p: Poly): Poly => ntt(Int32Array.from(p))

export function add(a: Poly, b: Poly, out: Poly = newPoly()): Poly {
  for (let i = 0; i < N; i++) {
    const s = a[i]! + b[i]!
    out[i] = s >= Q ? s - Q : s
  }
  return out
}

export function sub(a: Poly, b: Poly, out: Poly = newPoly()): Poly {
  for (let i = 0; i < N; i++) {
    const s = a[i]! - b[i]!
    out[i] = s < 0 ? s + Q : s
  }
  return out
}

/** Pointwise product of two NTT-domain polynomials. */
export function pointwise(a: Poly, b: Poly, out: Poly = newPoly()): Poly {
  for (let i = 0; i < N; i++) out[i] = mulMod(a[i]!, b[i]!)
  return out
}

/** Pointwise a += b*c (NTT domain). */
function pointwiseAcc(acc: Poly, b: Poly, c: Poly): void {
  for (let i = 0; i < N; i++) {
    const s = acc[i]! + mulMod(b[i]!, c[i]!)
    acc[i] = s >= Q ? s - Q : s
  }
}

export const addVec = (a: PolyVec, b: PolyVec): PolyVec => a.map((p, i) => add(p, b[i]!))
export const subVec = (a: PolyVec, b: PolyVec): PolyVec => a.map((p, i) => sub(p, b[i]!))
export const nttVec = (v: PolyVec): PolyVec => v.map(nttCopy)

/** A·v for an NTT-domain matrix (K rows of L entries) and an NTT-domain vector; result in the normal domain. */
export function matVec(aHat: readonly PolyVec[], vHat: PolyVec): PolyVec {
  return aHat.map((row) => {
    const acc = newPoly()
    for (let j = 0; j < L; j++) pointwiseAcc(acc, row[j]!, vHat[j]!)
    return invNtt(acc)
  })
}

/**
 * A challenge c (tau coefficients ±1): its +1 and -1 positions. Multiplying by it is
 * tau shifted additions, much cheaper than an NTT round trip.
 */
export interface Challenge {
  readonly plus: readonly number[]
  readonly minus: readonly number[]
}

export function challengeTerms(c: Poly): Challenge {
  const plus: number[] = []
  const minus: number[] = []
  for (let i = 0; i < N; i++) {
    if (c[i] === 1) plus.push(i)
    else if (c[i] === Q - 1) minus.push(i)
    else if (c[i] !== 0) throw new RangeError('not a challenge polynomial')
  }
  return { plus, minus }
}

/**
 * c·p in Z[X]/(X^256 + 1) without reduction, for p given as integers (signed or
 * in [0, q)); exact while tau·max|p| < 2^31 (tau = 39, |p| < q: 3.3e8).
 */
export function mulChallengeSigned(c: Challenge, p: Int32Array): Int32Array {
  const out = new Int32Array(N)
  // X^j·p: coefficient i moves to i + j, and wraps to i + j - 256 with its sign flipped.
  for (const j of c.plus) {
    for (let i = 0; i < N - j; i++) out[i + j] = out[i + j]! + p[i]!
    for (let i = N - j; i < N; i++) out[i + j - N] = out[i + j - N]! - p[i]!
  }
  for (const j of c.minus) {
    for (let i = 0; i < N - j; i++) out[i + j] = out[i + j]! - p[i]!
    for (let i = N - j; i < N; i++) out[i + j - N] = out[i + j - N]! + p[i]!
  }
  return out
}

/** c·v mod q, for v with coefficients in [0, q). */
export const mulChallengeVec = (c: Challenge, v: PolyVec): PolyVec => v.map((p) => Int32Array.from(mulChallengeSigned(c, p), mod))

/** Largest |coefficient| (centered) of a vector. */
export function infNorm(v: PolyVec): number {
  let max = 0
  for (const p of v) for (let i = 0; i < N; i++) max = Math.max(max, Math.abs(centered(p[i]!)))
  return max
}
