import type { IField } from '@noble/curves/abstract/modular.js'
import type { Curve } from '../keys/types.js'

/**
 * Prime-order group operations on canonical point encodings, run by a native library
 * (libsecp256k1, libsodium) instead of noble's pure-JS arithmetic. Scalars are bigints
 * of `Fn`; `null` stands for the identity element, which has no wire encoding here.
 * Protocol code validates every received encoding with isValidPoint before use.
 */
export interface NativeGroup {
  readonly curve: Curve
  readonly Fn: IField<bigint>
  readonly pointLength: number
  /** Canonical encoding, on the curve, not the identity, in the prime-order subgroup. */
  isValidPoint(p: Uint8Array): boolean
  /** k·G, constant time: safe for secret k. k must be in [1, n). */
  baseMultiply(k: bigint): Uint8Array
  /** k·P for a valid P, constant time (both libraries); k = 0 gives the identity. */
  multiply(p: Uint8Array, k: bigint): Uint8Array | null
  add(p: Uint8Array | null, q: Uint8Array | null): Uint8Array | null
  negate(p: Uint8Array): Uint8Array
}
