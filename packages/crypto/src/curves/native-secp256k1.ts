import { createRequire } from 'node:module'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { equalBytes } from '@noble/curves/utils.js'
import type { NativeGroup } from './native-group.js'

/*
 * secp256k1 through libsecp256k1's N-API binding (the `secp256k1` package, which ships
 * prebuilt binaries for linux-x64, darwin-arm64 and win32-x64 and builds from source
 * elsewhere). publicKeyCreate and publicKeyTweakMul are libsecp256k1's constant-time
 * ecmult_gen / ecmult_const. The package's own entry point falls back silently to the
 * pure-JS `elliptic` when the binary is missing; thresh loads the binding directly, so a
 * missing binary is an error at import instead. Points are 33-byte compressed
 * encodings, the only form thresh puts on the wire.
 */
interface Secp256k1Binding {
  publicKeyVerify(p: Uint8Array): boolean
  publicKeyCreate(k: Uint8Array, compressed: boolean): Uint8Array
  publicKeyTweakMul(p: Uint8Array, k: Uint8Array, compressed: boolean): Uint8Array
  publicKeyCombine(points: Uint8Array[], compressed: boolean): Uint8Array
}

function loadBinding(): Secp256k1Binding {
  try {
    return createRequire(import.meta.url)('secp256k1/bindings.js') as Secp256k1Binding
  } catch (err) {
    throw new Error(`@thresh/crypto needs the native libsecp256k1 binding (npm package secp256k1) and it did not load on ${process.platform}-${process.arch}: install a C toolchain so that it builds (${(err as Error).message})`)
  }
}

const lib = loadBinding()
const Fn = secp256k1.Point.Fn

export const nativeSecp256k1: NativeGroup = {
  curve: 'secp256k1',
  Fn,
  pointLength: 33,
  isValidPoint(p) {
    // libsecp256k1 parses 33 bytes only as 02/03 || x with x < p on the curve: canonical,
    // never the identity; the group has cofactor 1
    return p instanceof Uint8Array && p.length === 33 && lib.publicKeyVerify(p)
  },
  baseMultiply(k) {
    if (!Fn.isValid(k) || Fn.is0(k)) throw new RangeError('base multiplication needs a scalar in [1, n)')
    const secret = Fn.toBytes(k)
    const point = lib.publicKeyCreate(secret, true)
    secret.fill(0)
    return point
  },
  multiply(p, k) {
    if (Fn.is0(k)) return null
    return lib.publicKeyTweakMul(p, Fn.toBytes(k), true)
  },
  add(p, q) {
    if (p === null) return q
    if (q === null) return p
    // P + Q is the identity exactly when Q = -P; libsecp256k1 cannot encode it
    if (equalBytes(q, nativeSecp256k1.negate(p))) return null
    return lib.publicKeyCombine([p, q], true)
  },
  negate(p) {
    const out = Uint8Array.from(p)
    out[0] = p[0] === 2 ? 3 : 2
    return out
  },
}
