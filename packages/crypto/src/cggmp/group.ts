/*
 * The elliptic-curve group of CGGMP keys: secp256k1 through @noble/curves. Points cross
 * module boundaries as noble points (validated on decode), scalars as bigints mod q.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js'

export const Point = secp256k1.Point
export type CurvePoint = InstanceType<typeof secp256k1.Point>
/** The group order q. */
export const q: bigint = secp256k1.Point.Fn.ORDER

/** A point from its SEC1 encoding: on the curve and not the identity, or a RangeError naming `what`. */
export function decodeCurvePoint(bytes: Uint8Array, what: string): CurvePoint {
  let p: CurvePoint
  try {
    p = Point.fromBytes(bytes)
    p.assertValidity()
  } catch {
    throw new RangeError(`${what}: not a secp256k1 point`)
  }
  if (p.equals(Point.ZERO)) throw new RangeError(`${what}: the identity`)
  return p
}

/** k·G for k taken mod q (k ≡ 0 gives the identity). */
export function mulG(k: bigint): CurvePoint {
  const r = ((k % q) + q) % q
  return r === 0n ? Point.ZERO : Point.BASE.multiply(r)
}

/** k·P for k taken mod q. */
export function mulPoint(P: CurvePoint, k: bigint): CurvePoint {
  const r = ((k % q) + q) % q
  return r === 0n ? Point.ZERO : P.multiply(r)
}
