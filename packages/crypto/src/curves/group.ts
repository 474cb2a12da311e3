import { ed25519 } from '@noble/curves/ed25519.js'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { getMinHashLength, mapHashToField, type IField } from '@noble/curves/abstract/modular.js'
import { equalBytes, randomBytes } from '@noble/curves/utils.js'
import { sha512 } from '@noble/hashes/sha2.js'
import { Ed25519SubgroupPoint } from './ed25519-subgroup.js'
import type { Curve } from '../keys/types.js'
import type { Rng } from '../session/types.js'

/**
 * The point operations protocols need, common to noble's secp256k1 and ed25519 points.
 * Points of different curves must never meet; a CurveGroup only hands out its own.
 */
export interface GroupPoint {
  add(other: GroupPoint): GroupPoint
  subtract(other: GroupPoint): GroupPoint
  negate(): GroupPoint
  double(): GroupPoint
  equals(other: GroupPoint): boolean
  /** Constant-time: use with secret scalars. */
  multiply(scalar: bigint): GroupPoint
  /** Variable-time: public scalars only. */
  multiplyUnsafe(scalar: bigint): GroupPoint
  is0(): boolean
  toBytes(): Uint8Array
}

interface NoblePointCons {
  readonly BASE: GroupPoint
  readonly ZERO: GroupPoint
  readonly Fn: IField<bigint>
}

/**
 * A prime-order group: the scalar field and strict, canonical encodings. Every point
 * or scalar that comes from another party goes through decodePoint / decodeScalar.
 */
export class CurveGroup {
  readonly Fn: IField<bigint>
  /** Length of an encoded point: 33 (compressed) on secp256k1, 32 on ed25519. */
  readonly pointLength: number
  /** Length of an encoded scalar: 32 on both curves. */
  readonly scalarLength: number
  readonly base: GroupPoint
  readonly zero: GroupPoint

  constructor(
    readonly curve: Curve,
    Point: NoblePointCons,
    pointLength: number,
    private readonly parse: (bytes: Uint8Array) => GroupPoint & { assertValidity(): void; isTorsionFree(): boolean },
  ) {
    this.Fn = Point.Fn
    this.pointLength = pointLength
    this.scalarLength = Point.Fn.BYTES
    this.base = Point.BASE
    this.zero = Point.ZERO
  }

  /**
   * Decodes a point with full validation: exact length, canonical encoding, on the
   * curve, not the identity, in the prime-order subgroup (rejects ed25519 torsion).
   * Throws an Error naming `what` (never the bytes).
   */
  decodePoint(bytes: Uint8Array, what = 'point'): GroupPoint {
    if (!(bytes instanceof Uint8Array) || bytes.length !== this.pointLength) {
      throw new Error(`${what}: expected ${this.pointLength} bytes`)
    }
    let p
    try {
      p = this.parse(bytes)
      p.assertValidity()
    } catch {
      throw new Error(`${what}: not a point on ${this.curve}`)
    }
    if (p.is0()) throw new Error(`${what}: the identity element`)
    if (!p.isTorsionFree()) throw new Error(`${what}: not in the prime-order subgroup`)
    if (!equalBytes(p.toBytes(), bytes)) throw new Error(`${what}: non-canonical encoding`)
    return p
  }

  encodePoint(p: GroupPoint): Uint8Array {
    if (p.is0()) throw new Error('cannot encode the identity element')
    return p.toBytes()
  }

  /** Decodes a canonical scalar (exact length, < group order; non-zero unless allowZero). */
  decodeScalar(bytes: Uint8Array, what = 'scalar', { allowZero = false } = {}): bigint {
    if (!(bytes instanceof Uint8Array) || bytes.length !== this.scalarLength) {
      throw new Error(`${what}: expected ${this.scalarLength} bytes`)
    }
    let s: bigint
    try {
      s = this.Fn.fromBytes(bytes)
    } catch {
      throw new Error(`${what}: not below the group order`)
    }
    if (!allowZero && this.Fn.is0(s)) throw new Error(`${what}: zero`)
    return s
  }

  encodeScalar(s: bigint): Uint8Array {
    return this.Fn.toBytes(this.Fn.create(s))
  }

  /** A uniformly random non-zero scalar (noble's bias-free reduction of 1.5x wide input). */
  randomScalar(rng: Rng = randomBytes): bigint {
    return this.fromWideBytes(rng(getMinHashLength(this.Fn.ORDER)))
  }

  /** A non-zero scalar derived from `data` by SHA-512 and wide reduction (Fiat–Shamir challenges). */
  hashToScalar(data: Uint8Array): bigint {
    return this.fromWideBytes(sha512(data))
  }

  private fromWideBytes(wide: Uint8Array): bigint {
    return this.Fn.fromBytes(mapHashToField(wide, this.Fn.ORDER, this.Fn.isLE))
  }
}

export const secp256k1Group = new CurveGroup('secp256k1', secp256k1.Point, 33, (b) => secp256k1.Point.fromBytes(b))
// zip215=false: RFC 8032 strict decoding (y < p, no negative zero).
export const ed25519Group = new CurveGroup('ed25519', ed25519.Point, 32, (b) => Ed25519SubgroupPoint.fromBytes(b, false))

export function groupOf(curve: Curve): CurveGroup {
  return curve === 'ed25519' ? ed25519Group : secp256k1Group
}
