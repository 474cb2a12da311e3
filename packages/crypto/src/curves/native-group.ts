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

/** What a library provides, on encodings of valid, non-identity points and encoded scalars in [1, n). */
export interface GroupPrimitives {
  readonly curve: Curve
  readonly Fn: IField<bigint>
  readonly pointLength: number
  /** Called only with pointLength bytes. */
  isValidPoint(p: Uint8Array): boolean
  baseMultiply(secret: Uint8Array): Uint8Array
  multiply(p: Uint8Array, k: Uint8Array): Uint8Array
  /** p + q, or null for the identity. */
  add(p: Uint8Array, q: Uint8Array): Uint8Array | null
  negate(p: Uint8Array): Uint8Array
}

/**
 * A NativeGroup over a library's primitives: the length and scalar-range checks, the
 * identity as null, and the wiping of the encoded secret scalar live here once.
 */
export function nativeGroup(lib: GroupPrimitives): NativeGroup {
  const { Fn } = lib
  return {
    curve: lib.curve,
    Fn,
    pointLength: lib.pointLength,
    isValidPoint: (p) => p instanceof Uint8Array && p.length === lib.pointLength && lib.isValidPoint(p),
    baseMultiply(k) {
      if (!Fn.isValid(k) || Fn.is0(k)) throw new RangeError('base multiplication needs a scalar in [1, n)')
      const secret = Fn.toBytes(k)
      try {
        return lib.baseMultiply(secret)
      } finally {
        secret.fill(0)
      }
    },
    multiply: (p, k) => (Fn.is0(k) ? null : lib.multiply(p, Fn.toBytes(k))),
    add: (p, q) => (p === null ? q : q === null ? p : lib.add(p, q)),
    negate: (p) => lib.negate(p),
  }
}
