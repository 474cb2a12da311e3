/*
 * Samplers. FIPS 204: ExpandA / RejNTTPoly (Alg. 32, 30), ExpandS / RejBoundedPoly
 * (Alg. 33, 31), SampleInBall (Alg. 29). The threshold scheme's hyperball sampler
 * follows "Efficient Threshold ML-DSA" (ePrint 2026/013): a point uniform in the
 * ellipsoid {(y1, y2) : |y1|^2/nu^2 + |y2|^2 <= r'^2} of dimension 256(L+K), drawn as
 * n + 2 Gaussians scaled to the sphere and cut to n coordinates (uniform in the
 * n-ball), the first 256·L of them stretched by nu.
 *
 * Timing: the rejection samplers' running time depends on public seeds only (A) or
 * on the secret seed (s, as in every ML-DSA implementation; FIPS 204 §3.6.3 accepts
 * it). The hyperball uses floating point (Math.log/sqrt/cos/sin), whose timing on V8
 * is not guaranteed constant; docs/post-quantum.md discusses what that means.
 */
import { concatBytes } from '@noble/hashes/utils.js'
import { ETA, K, L, N, Q, TAU } from './params.js'
import { XofReader, shake } from './xof.js'
import { challengeTerms, newPoly, type Challenge, type Poly, type PolyVec } from './poly.js'

/** Â = ExpandA(rho): K rows of L NTT-domain polynomials. */
export function expandA(rho: Uint8Array): PolyVec[] {
  return Array.from({ length: K }, (_, r) => Array.from({ length: L }, (_, s) => rejNttPoly(concatBytes(rho, Uint8Array.of(s, r)))))
}

function rejNttPoly(seed: Uint8Array): Poly {
  const xof = new XofReader('shake128', [seed], 168, 5)
  const a = newPoly()
  let j = 0
  while (j < N) {
    const block = xof.next()
    for (let i = 0; i < 168 && j < N; i += 3) {
      const z = block[i]! | (block[i + 1]! << 8) | ((block[i + 2]! & 0x7f) << 16)
      if (z < Q) a[j++] = z
    }
  }
  return a
}

/** RejBoundedPoly for eta = 2: coefficients in [-2, 2], stored mod q. */
function rejBoundedPoly(seed: Uint8Array): Poly {
  const xof = new XofReader('shake256', [seed], 136, 2)
  const a = newPoly()
  let j = 0
  const take = (b: number) => {
    if (b < 15 && j < N) a[j++] = (ETA - (b % 5) + Q) % Q
  }
  while (j < N) {
    const block = xof.next()
    for (let i = 0; i < 136 && j < N; i++) {
      take(block[i]! & 15)
      take(block[i]! >> 4)
    }
  }
  return a
}

/** (s1, s2) = ExpandS(rho'), rho' 64 bytes. */
export function expandS(rhoPrime: Uint8Array): { s1: PolyVec; s2: PolyVec } {
  const nonce = (r: number) => concatBytes(rhoPrime, Uint8Array.of(r & 0xff, r >> 8))
  return {
    s1: Array.from({ length: L }, (_, r) => rejBoundedPoly(nonce(r))),
    s2: Array.from({ length: K }, (_, r) => rejBoundedPoly(nonce(r + L))),
  }
}

/** c = SampleInBall(c~): tau coefficients ±1, the rest 0 (normal domain). */
export function sampleInBall(cTilde: Uint8Array): Poly {
  const xof = new XofReader('shake256', [cTilde], 136, 1)
  let buf = xof.next()
  const signs = buf.slice(0, 8)
  let at = 8
  const c = newPoly()
  for (let i = N - TAU; i < N; i++) {
    let j: number
    do {
      if (at === buf.length) {
        buf = xof.next()
        at = 0
      }
      j = buf[at++]!
    } while (j > i)
    const bit = i + TAU - N
    c[i] = c[j]!
    c[j] = ((signs[bit >> 3]! >> (bit & 7)) & 1) === 1 ? Q - 1 : 1
  }
  return c
}

/** The challenge c = SampleInBall(c~) as its ±1 positions. */
export const challengeOf = (cTilde: Uint8Array): Challenge => challengeTerms(sampleInBall(cTilde))

/** Length of a hyperball sample: 256·(L + K) coordinates, the y1 (L) part first. */
export const HYPERBALL_DIMENSION = N * (L + K)
const HYPERBALL_DOMAIN = Uint8Array.of(0x48) // 'H'

/**
 * A point uniform in the ellipsoid |y1|^2/nu^2 + |y2|^2 <= radius^2, from a 64-byte
 * secret seed and a slot number (one seed per attempt, fresh from the CSPRNG).
 */
export function sampleHyperball(seed: Uint8Array, slot: number, radius: number, nu: number): Float64Array {
  const count = HYPERBALL_DIMENSION + 2
  const bytes = shake('shake256', [HYPERBALL_DOMAIN, seed, Uint8Array.of(slot & 0xff, slot >> 8)], count * 8)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // A uniform double in (0, 1] from 53 random bits: never 0, so log() stays finite.
  const uniform = (i: number) => (view.getUint32(i * 8 + 4, true) * 2 ** 21 + (view.getUint32(i * 8, true) >>> 11) + 1) / 2 ** 53
  const out = new Float64Array(count)
  let squares = 0
  for (let i = 0; i < count; i += 2) {
    const radial = Math.sqrt(-2 * Math.log(uniform(i)))
    const angle = 2 * Math.PI * uniform(i + 1)
    out[i] = radial * Math.cos(angle)
    out[i + 1] = radial * Math.sin(angle)
    squares += out[i]! * out[i]! + out[i + 1]! * out[i + 1]!
  }
  const factor = radius / Math.sqrt(squares)
  const y = new Float64Array(HYPERBALL_DIMENSION)
  for (let i = 0; i < HYPERBALL_DIMENSION; i++) y[i] = out[i]! * factor * (i < N * L ? nu : 1)
  out.fill(0)
  return y
}
