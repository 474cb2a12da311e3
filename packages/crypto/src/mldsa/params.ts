/*
 * Parameters. ML-DSA-44: FIPS 204, Table 1. Threshold parameters: "Efficient Threshold
 * ML-DSA" (Celi, del Pino, Espitau, Niot, Prest; IACR ePrint 2026/013), as published in
 * the authors' implementation, github.com/Threshold-ML-DSA/Threshold-ML-DSA,
 * implementation/sign/thmldsa/thmldsa44/internal/dilithium.go, GetThresholdParams
 * (commit fca21f8; identical in GuilhemN/threshold-ml-dsa-and-raccoon). The paper's own
 * table was not at hand; a test checks r < r' for every row.
 */

/** ML-DSA-44 (FIPS 204 Table 1). */
export const Q = 8380417
export const N = 256
export const D = 13
export const TAU = 39
export const GAMMA1 = 1 << 17
export const GAMMA2 = (Q - 1) / 88
export const K = 4
export const L = 4
export const ETA = 2
export const BETA = TAU * ETA
export const OMEGA = 80
/** Length of the challenge seed c~ (λ/4 bytes, λ = 128). */
export const C_TILDE_BYTES = 32
export const PUBLIC_KEY_BYTES = 32 + K * 320
export const SIGNATURE_BYTES = C_TILDE_BYTES + L * 576 + OMEGA + K
export const SECRET_KEY_BYTES = 32 + 32 + 64 + (L + K) * 96 + K * 416

/** Committee sizes the paper's parameters cover. */
export const MIN_PARTIES = 2
export const MAX_PARTIES = 6

export interface ThresholdParams {
  readonly threshold: number
  readonly parties: number
  /** Parallel commitment slots per attempt ("K" in the paper's table). */
  readonly slots: number
  /** Radius r of the rejection test on a response. */
  readonly r: number
  /** Radius r' of the hyperball the commitment randomness is drawn from. */
  readonly rPrime: number
  /** Scaling nu of the s1/y part of the hyperball (an ellipsoid, really). */
  readonly nu: number
}

const NU = 3
/** [parties][threshold] -> [slots, r, r']; from the authors' GetThresholdParams (see header). */
const TABLE: Readonly<Record<number, Readonly<Record<number, readonly [number, number, number]>>>> = {
  2: { 2: [2, 252778, 252833] },
  3: { 2: [3, 310060, 310138], 3: [4, 246490, 246546] },
  4: { 2: [3, 305919, 305997], 3: [7, 279235, 279314], 4: [8, 243463, 243519] },
  5: { 2: [3, 285363, 285459], 3: [14, 282800, 282912], 4: [30, 259427, 259526], 5: [16, 239924, 239981] },
  6: { 2: [4, 300265, 300362], 3: [19, 277014, 277139], 4: [74, 268705, 268831], 5: [100, 250590, 250686], 6: [37, 219245, 219301] },
}

/** Thrown for a threshold or committee the scheme does not support. */
export class ThresholdRangeError extends RangeError {
  constructor(message: string) {
    super(message)
    this.name = 'ThresholdRangeError'
  }
}

/** The parameters for T-of-N; refuses anything outside 2 <= T <= N <= 6. */
export function thresholdParams(threshold: number, parties: number): ThresholdParams {
  if (!Number.isInteger(threshold) || !Number.isInteger(parties)) throw new ThresholdRangeError('threshold and committee size must be integers')
  if (parties > MAX_PARTIES) {
    throw new ThresholdRangeError(`threshold ML-DSA supports at most ${MAX_PARTIES} parties (the paper's parameter table ends there), got ${parties}`)
  }
  if (threshold < MIN_PARTIES || threshold > parties) {
    throw new ThresholdRangeError(`threshold ML-DSA needs 2 <= T <= N, got T = ${threshold}, N = ${parties}`)
  }
  const [slots, r, rPrime] = TABLE[parties]![threshold]!
  return { threshold, parties, slots, r, rPrime, nu: NU }
}
