/*
 * FIPS 204 §7.4 rounding for ML-DSA-44 (gamma2 = (q-1)/88, d = 13): Power2Round
 * (Alg. 35), Decompose (Alg. 36), HighBits / LowBits (Alg. 37, 38), MakeHint (Alg. 39),
 * UseHint (Alg. 40). Inputs are coefficients in [0, q); low parts are signed.
 */
import { D, GAMMA2, N, Q } from './params.js'
import { mod, newPoly, type Poly, type PolyVec } from './poly.js'

const ALPHA = 2 * GAMMA2
/** Number of high-bit values: (q-1)/(2 gamma2) = 44. */
const M = (Q - 1) / ALPHA

/** r0 = r mod± a: the representative in (-a/2, a/2]. */
function modPm(r: number, a: number): number {
  const m = r % a
  return m > a / 2 ? m - a : m
}

/** (r1, r0) with r = r1·2^d + r0, r0 in (-2^(d-1), 2^(d-1)]. */
export function power2Round(r: number): [number, number] {
  const r0 = modPm(r, 1 << D)
  return [(r - r0) / (1 << D), r0]
}

/** (r1, r0) with r = r1·2gamma2 + r0 mod q; the corner case r - r0 = q - 1 maps to (0, r0 - 1). */
export function decompose(r: number): [number, number] {
  const r0 = modPm(r, ALPHA)
  if (r - r0 === Q - 1) return [0, r0 - 1]
  return [(r - r0) / ALPHA, r0]
}

export const highBits = (r: number): number => decompose(r)[0]
export const lowBits = (r: number): number => decompose(r)[1]

/** 1 when adding z to r changes the high bits. */
export const makeHint = (z: number, r: number): number => (highBits(r) !== highBits(mod(r + z)) ? 1 : 0)

/** The high bits of r + z for the z the hint was made with (|z| <= gamma2). */
export function useHint(h: number, r: number): number {
  const [r1, r0] = decompose(r)
  if (h === 1 && r0 > 0) return (r1 + 1) % M
  if (h === 1 && r0 <= 0) return (r1 - 1 + M) % M
  return r1
}

export function power2RoundVec(t: PolyVec): { t1: PolyVec; t0: PolyVec } {
  const t1 = t.map(() => newPoly())
  const t0 = t.map(() => newPoly())
  t.forEach((p, i) => {
    for (let j = 0; j < N; j++) {
      const [hi, lo] = power2Round(p[j]!)
      t1[i]![j] = hi
      t0[i]![j] = mod(lo)
    }
  })
  return { t1, t0 }
}

/** HighBits of every coefficient, without the tuple allocation of decompose (same arithmetic). */
export const highBitsVec = (w: PolyVec): PolyVec => w.map((p) => {
  const out = newPoly()
  for (let j = 0; j < N; j++) {
    const r = p[j]!
    let r0 = r % ALPHA
    if (r0 > GAMMA2) r0 -= ALPHA
    out[j] = r - r0 === Q - 1 ? 0 : (r - r0) / ALPHA
  }
  return out
})

/** Hint vector h = MakeHint(z, r) and its number of ones. */
export function makeHintVec(z: PolyVec, r: PolyVec): { hint: PolyVec; ones: number } {
  let ones = 0
  const hint = r.map((p, i) => {
    const h: Poly = newPoly()
    for (let j = 0; j < N; j++) ones += h[j] = makeHint(z[i]![j]!, p[j]!)
    return h
  })
  return { hint, ones }
}

export const useHintVec = (h: PolyVec, r: PolyVec): PolyVec => r.map((p, i) => Int32Array.from(p, (x, j) => useHint(h[i]![j]!, x)))
