import { createRequire } from 'node:module'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { equalBytes } from '@noble/curves/utils.js'
import { nativeGroup, type NativeGroup } from './native-group.js'
import { negateCompressed, wasmEcdsaRecover, wasmSecp256k1 } from './wasm-secp256k1.js'

/*
 * secp256k1 through libsecp256k1's N-API binding (the `secp256k1` package, which ships
 * prebuilt binaries for linux-x64, darwin-arm64 and win32-x64 and builds from source
 * elsewhere when a C toolchain is present). publicKeyCreate and publicKeyTweakMul are
 * libsecp256k1's constant-time ecmult_gen / ecmult_const. Points are 33-byte compressed
 * encodings, the only form thresh puts on the wire.
 *
 * The package's own entry point falls back silently to the pure-JS `elliptic`; thresh
 * loads the binding directly and, where it has no binary (e.g. linux-arm64 images built
 * without a compiler), uses the same library compiled to WebAssembly instead
 * (wasm-secp256k1.ts): still libsecp256k1 and constant time, about half the speed.
 * `secp256k1Backend` says which one runs, for start-up logs and metrics.
 */
interface Secp256k1Binding {
  publicKeyVerify(p: Uint8Array): boolean
  publicKeyCreate(k: Uint8Array, compressed: boolean): Uint8Array
  publicKeyTweakMul(p: Uint8Array, k: Uint8Array, compressed: boolean): Uint8Array
  publicKeyCombine(points: Uint8Array[], compressed: boolean): Uint8Array
  ecdsaRecover(sig: Uint8Array, recid: number, msg32: Uint8Array, compressed: boolean): Uint8Array
}

function loadBinding(): Secp256k1Binding | undefined {
  try {
    return createRequire(import.meta.url)('secp256k1/bindings.js') as Secp256k1Binding
  } catch {
    return undefined // no binary for this platform: the WebAssembly build stands in
  }
}

/** The group on the N-API binding `lib`. */
function napiSecp256k1(lib: Secp256k1Binding): NativeGroup {
  return nativeGroup({
    curve: 'secp256k1',
    Fn: secp256k1.Point.Fn,
    pointLength: 33,
    // libsecp256k1 parses 33 bytes only as 02/03 || x with x < p on the curve: canonical,
    // never the identity; the group has cofactor 1
    isValidPoint: (p) => lib.publicKeyVerify(p),
    baseMultiply: (secret) => lib.publicKeyCreate(secret, true),
    multiply: (p, k) => lib.publicKeyTweakMul(p, k, true),
    // P + Q is the identity exactly when Q = -P; libsecp256k1 cannot encode it
    add: (p, q) => (equalBytes(q, negateCompressed(p)) ? null : lib.publicKeyCombine([p, q], true)),
    negate: negateCompressed,
  })
}

const binding = loadBinding()

/** Which build of libsecp256k1 FROST runs on: the N-API binding, or WebAssembly where it has no binary. */
export const secp256k1Backend: 'napi' | 'wasm' = binding ? 'napi' : 'wasm'

export const nativeSecp256k1: NativeGroup = binding ? napiSecp256k1(binding) : wasmSecp256k1

/**
 * The compressed public key that produced the 64-byte (r, s) with `recoveryId` over a
 * 32-byte digest (libsecp256k1's secp256k1_ecdsa_recover), or null where it refuses
 * the input. Public inputs only: the SDK's signature check (packages/coordinator verify.ts).
 */
export function ecdsaRecoverCompressed(signature: Uint8Array, recoveryId: 0 | 1, digest: Uint8Array): Uint8Array | null {
  if (signature.length !== 64 || digest.length !== 32) return null
  if (!binding) return wasmEcdsaRecover(signature, recoveryId, digest)
  try {
    return binding.ecdsaRecover(signature, recoveryId, digest, true)
  } catch {
    return null
  }
}
