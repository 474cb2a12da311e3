import { secp256k1 } from '@noble/curves/secp256k1.js'
import * as ecc from 'tiny-secp256k1'
import { nativeGroup, type NativeGroup } from './native-group.js'

/*
 * secp256k1 on libsecp256k1 compiled to WebAssembly (tiny-secp256k1, bitcoinjs): the
 * stand-in where the N-API binding has no binary (see native-secp256k1.ts). Same library,
 * same constant-time ecmult_gen / ecmult_const, about half the speed. Only validated
 * points and in-range scalars reach it: an exception thrown through WASM frames leaks
 * its stack (see dkls/group.ts), so these calls never throw.
 */
export const wasmSecp256k1: NativeGroup = nativeGroup({
  curve: 'secp256k1',
  Fn: secp256k1.Point.Fn,
  pointLength: 33,
  // libsecp256k1 parses 33 bytes only as 02/03 || x with x < p on the curve: canonical,
  // never the identity; cofactor 1
  isValidPoint: (p) => ecc.isPoint(p),
  baseMultiply: (secret) => ecc.pointFromScalar(secret, true)!,
  multiply: (p, k) => ecc.pointMultiply(p, k, true)!,
  add: (p, q) => ecc.pointAdd(p, q, true),
  negate: negateCompressed,
})

/** -P for a compressed, non-identity P: the same x, the other parity of y. */
export function negateCompressed(p: Uint8Array): Uint8Array {
  const out = Uint8Array.from(p)
  out[0] = p[0] === 2 ? 3 : 2
  return out
}

/** ecdsaRecoverCompressed (native-secp256k1.ts) on the WebAssembly build; null where libsecp256k1 refuses. */
export function wasmEcdsaRecover(signature: Uint8Array, recoveryId: 0 | 1, digest: Uint8Array): Uint8Array | null {
  try {
    return ecc.recover(digest, signature, recoveryId, true)
  } catch {
    return null // r or s out of range: tiny-secp256k1 throws on what the binding reports as an error
  }
}
