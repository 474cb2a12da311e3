import { groupOf, type Curve } from '@thresh/crypto'
import { bytes, list } from '../fields.js'

/**
 * Field checks for protocol payloads. The decoder knows the session (curve, party
 * count, threshold), so it checks the exact length of every field and the exact
 * number of entries of every list. Whether a point is on the curve or a scalar in
 * range is left to the protocol engine, which validates every one before use and,
 * for signed messages, blames the signer consistently across parties (a decoder
 * refusing the message would lose that evidence).
 */
export interface Sizes {
  readonly point: number
  readonly scalar: number
}

export const DIGEST_BYTES = 32
export const SIGNATURE_BYTES = 64
export const CHAIN_CODE_BYTES = 32

export function sizesOf(curve: Curve): Sizes {
  const group = groupOf(curve)
  return { point: group.pointLength, scalar: group.scalarLength }
}

/** Exactly `count` byte strings of exactly `size` bytes each. */
export function fixedList(value: Uint8Array[] | null | undefined, field: string, count: number, size: number): Uint8Array[] {
  return list(value, field, count, count).map((v, i) => bytes(v, `${field}[${i}]`, size))
}

/** Checks a session context before a codec is built for it (a caller's mistake, not bad input). */
export function checkCount(value: number, what: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${what} must be in ${min}..${max}`)
  return value
}
