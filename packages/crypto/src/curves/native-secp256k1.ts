import { secp256k1 } from '@noble/curves/secp256k1.js'
import * as ecc from 'tiny-secp256k1'
import type { NativeGroup } from './native-group.js'

/*
 * secp256k1 through libsecp256k1, compiled to WebAssembly by tiny-secp256k1 (bitcoinjs):
 * no compiler or prebuilt binary needed on any platform. pointFromScalar and
 * pointMultiply are libsecp256k1's constant-time ecmult_gen / ecmult_const. Points are
 * 33-byte compressed encodings, the only form thresh puts on the wire.
 */
const Fn = secp256k1.Point.Fn

function scalarBytes(k: bigint): Uint8Array {
  return Fn.toBytes(k)
}

export const nativeSecp256k1: NativeGroup = {
  curve: 'secp256k1',
  Fn,
  pointLength: 33,
  isValidPoint(p) {
    // a compressed encoding with x < p on the curve is canonical; the group has cofactor 1
    return p instanceof Uint8Array && p.length === 33 && (p[0] === 2 || p[0] === 3) && ecc.isPoint(p)
  },
  baseMultiply(k) {
    if (!Fn.isValid(k) || Fn.is0(k)) throw new RangeError('base multiplication needs a scalar in [1, n)')
    return ecc.pointFromScalar(scalarBytes(k), true)!
  },
  multiply(p, k) {
    if (Fn.is0(k)) return null
    return ecc.pointMultiply(p, scalarBytes(k), true)
  },
  add(p, q) {
    if (p === null) return q
    if (q === null) return p
    return ecc.pointAdd(p, q, true)
  },
  negate(p) {
    const out = Uint8Array.from(p)
    out[0] = p[0] === 2 ? 3 : 2
    return out
  },
}
