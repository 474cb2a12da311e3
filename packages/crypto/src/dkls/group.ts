/*
 * secp256k1 arithmetic for DKLs23: scalars as bigint mod n, points on libsecp256k1
 * (tiny-secp256k1, the bitcoinjs WASM build of Bitcoin Core's library).
 *
 * Why libsecp256k1 here and noble elsewhere: the setup runs 256 base OTs per pair of
 * parties and signing does several multiplications per peer with secret scalars. Measured
 * on the 2-core bench machine: constant-time variable-base multiplication 0.18 ms (noble
 * 2.1 ms, noble multiplyUnsafe 0.8 ms), base-point multiplication 0.10 ms (noble 0.37 ms).
 * Both multiplications below are constant-time in libsecp256k1.
 *
 * Points are kept in the 65-byte uncompressed encoding (x, y: no square root to parse)
 * and are never the identity. Points from peers go through decodePoint /
 * decodeUncompressedPoint: libsecp256k1's parser checks length and prefix, x and y below
 * the field prime and the curve equation; the compressed form cannot encode the identity
 * and the uncompressed form we accept cannot either (prefix 04 only); secp256k1 has
 * cofactor 1, so every point on the curve is in the prime-order group.
 * Only validated points and in-range scalars ever reach the library: its errors are raised
 * from inside WASM, and an exception thrown through WASM frames leaves its stack pointer
 * behind (after ~1,000 of them the module fails for good), so we never let it throw.
 */
import * as ecc from 'tiny-secp256k1'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { secp256k1Group } from '../curves/group.js'
import { taggedHash, u32 } from './hash.js'

/** The group order n (hot loops reduce with % N; elsewhere secp256k1Group.Fn does the arithmetic). */
export const N = secp256k1Group.Fn.ORDER
const MASK64 = (1n << 64n) - 1n

/** A valid, non-identity point in 65-byte uncompressed form (04 || x || y). */
export type Point = Uint8Array

export const viewOf = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/** Reads 32 big-endian bytes at `offset` of `v` as an integer (no reduction). */
export function readUint256At(v: DataView, offset: number): bigint {
  return (v.getBigUint64(offset) << 192n) | (v.getBigUint64(offset + 8) << 128n) | (v.getBigUint64(offset + 16) << 64n) | v.getBigUint64(offset + 24)
}

/** Writes x (0 <= x < 2^256) as 32 big-endian bytes at `offset` of `v`. */
export function writeUint256At(x: bigint, v: DataView, offset: number): void {
  v.setBigUint64(offset, x >> 192n)
  v.setBigUint64(offset + 8, (x >> 128n) & MASK64)
  v.setBigUint64(offset + 16, (x >> 64n) & MASK64)
  v.setBigUint64(offset + 24, x & MASK64)
}

export function readUint256(bytes: Uint8Array, offset = 0): bigint {
  return readUint256At(viewOf(bytes), offset)
}

/** A 33-byte compressed point from a peer, fully validated. */
export function decodePoint(bytes: unknown, what: string): Point {
  if (!(bytes instanceof Uint8Array) || bytes.length !== 33 || !ecc.isPointCompressed(bytes)) {
    throw new Error(`${what}: not a valid compressed secp256k1 point`)
  }
  return ecc.pointCompress(bytes, false)
}

/** A 65-byte uncompressed point from a peer, fully validated. */
export function decodeUncompressedPoint(bytes: unknown, what: string): Point {
  if (!(bytes instanceof Uint8Array) || bytes.length !== 65 || bytes[0] !== 4 || !ecc.isPoint(bytes)) {
    throw new Error(`${what}: not a valid uncompressed secp256k1 point`)
  }
  return bytes
}

export function compressPoint(p: Point): Uint8Array {
  return ecc.pointCompress(p, true)
}

/** k·G for a secret or public k in [1, n). */
export function mulBase(k: bigint): Point {
  const p = ecc.pointFromScalar(secp256k1Group.encodeScalar(k), false)
  if (!p) throw new Error('scalar multiplication by zero')
  return p
}

/** k·P for k in [1, n), constant time in k. */
export function mul(p: Point, k: bigint): Point {
  const r = ecc.pointMultiply(p, secp256k1Group.encodeScalar(k), false)
  if (!r) throw new Error('scalar multiplication gave the identity')
  return r
}

/** a + b; throws if the sum is the identity. */
export function add(a: Point, b: Point): Point {
  const r = ecc.pointAdd(a, b, false)
  if (!r) throw new Error('point sum is the identity')
  return r
}

/** P + k·G for k in [0, n), constant time in k; throws if the sum is the identity. */
export function addMulBase(p: Point, k: bigint): Point {
  const r = ecc.pointAddScalar(p, secp256k1Group.encodeScalar(k), false)
  if (!r) throw new Error('point sum is the identity')
  return r
}

export function negate(p: Point): Point {
  const out = Uint8Array.from(p)
  writeUint256At(secp256k1.Point.Fp.ORDER - readUint256(p, 33), viewOf(out), 33)
  return out
}

export function sub(a: Point, b: Point): Point {
  return add(a, negate(b))
}

/** The affine x coordinate of P as an integer (below the field prime). */
/** Low-S ECDSA verification of a compact (r ‖ s) signature over a 32-byte digest (libsecp256k1, strict). */
export function verifyLowS(digest: Uint8Array, publicKey: Uint8Array, compact: Uint8Array): boolean {
  return ecc.verify(digest, publicKey, compact, true)
}

export function pointX(p: Point): bigint {
  return readUint256(p, 1)
}

export function pointYIsOdd(p: Point): boolean {
  return (p[64]! & 1) === 1
}

/**
 * A point nobody knows the discrete logarithm of: taggedHash(tag, parts, counter) as the x
 * coordinate of a point with even y, for the first counter that lands on the curve
 * (try-and-increment; two tries expected). Variable time: public inputs only.
 */
export function hashToPoint(tag: string, parts: readonly Uint8Array[]): Point {
  const candidate = new Uint8Array(33)
  candidate[0] = 2
  for (let i = 0; i < 1024; i++) {
    candidate.set(taggedHash(tag, [...parts, u32(i)]), 1)
    if (ecc.isPointCompressed(candidate)) return ecc.pointCompress(candidate, false)
  }
  throw new Error('hashToPoint: no curve point found') // probability 2^-1024
}
