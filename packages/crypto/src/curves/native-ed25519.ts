import { createRequire } from 'node:module'
import { ed25519 } from '@noble/curves/ed25519.js'
import { nativeGroup, type NativeGroup } from './native-group.js'

/*
 * The Ed25519 prime-order group through libsodium (sodium-native, which ships prebuilt
 * N-API binaries for Linux, macOS and Windows). Its scalar multiplications are constant
 * time; crypto_scalarmult_ed25519_noclamp also refuses points outside the prime-order
 * subgroup. If the binary cannot load, importing this module throws: there is no silent
 * fallback to slower or different code.
 */
interface Sodium {
  crypto_core_ed25519_is_valid_point(p: Uint8Array): boolean
  crypto_core_ed25519_add(r: Uint8Array, p: Uint8Array, q: Uint8Array): void
  crypto_core_ed25519_sub(r: Uint8Array, p: Uint8Array, q: Uint8Array): void
  crypto_scalarmult_ed25519_base_noclamp(q: Uint8Array, n: Uint8Array): void
  crypto_scalarmult_ed25519_noclamp(q: Uint8Array, n: Uint8Array, p: Uint8Array): void
}

function loadSodium(): Sodium {
  try {
    return createRequire(import.meta.url)('sodium-native') as Sodium
  } catch (err) {
    throw new Error(`@thresh/crypto needs the sodium-native binary for Ed25519 group arithmetic and it did not load on ${process.platform}-${process.arch} (${(err as Error).message})`)
  }
}

const sodium = loadSodium()
const IDENTITY = Uint8Array.of(1, ...new Uint8Array(31))

function isIdentity(p: Uint8Array): boolean {
  return p[0] === 1 && p.subarray(1).every((b) => b === 0)
}

export const nativeEd25519: NativeGroup = nativeGroup({
  curve: 'ed25519',
  Fn: ed25519.Point.Fn,
  pointLength: 32,
  // y < p, on the curve, not of small order, in the prime-order subgroup (libsodium >= 1.0.16)
  isValidPoint: (p) => sodium.crypto_core_ed25519_is_valid_point(p),
  baseMultiply(secret) {
    const q = new Uint8Array(32)
    sodium.crypto_scalarmult_ed25519_base_noclamp(q, secret)
    return q
  },
  multiply(p, k) {
    const q = new Uint8Array(32)
    sodium.crypto_scalarmult_ed25519_noclamp(q, k, p)
    return q
  },
  add(p, q) {
    const r = new Uint8Array(32)
    sodium.crypto_core_ed25519_add(r, p, q)
    return isIdentity(r) ? null : r
  },
  negate(p) {
    const r = new Uint8Array(32)
    sodium.crypto_core_ed25519_sub(r, IDENTITY, p)
    return r
  },
})
