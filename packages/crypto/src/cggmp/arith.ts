/*
 * Big-integer arithmetic for CGGMP's Paillier and ring-Pedersen groups.
 *
 * Modular exponentiation with moduli of 512 bits and more runs in OpenSSL through
 * node:crypto's finite-field Diffie–Hellman: computeSecret(b) with private key e and
 * "prime" m returns b^e mod m for any odd m (OpenSSL never checks primality there).
 * Measured here (scripts/bench/bigint.mjs): a 2048-bit exponent mod a 4096-bit N² takes
 * ~20 ms in OpenSSL against ~45 ms with BigInt square-and-multiply. OpenSSL marks the DH
 * private exponent BN_FLG_CONSTTIME, so exponentiations whose exponent is secret
 * (decryption, ring-Pedersen λ, proof masks) take BN_mod_exp_mont_consttime: their
 * timing does not depend on the exponent's bits. Bases outside [2, m−2] and exponent 0
 * are answered here without OpenSSL (they are public edge cases, never secret-dependent
 * in practice). Negative exponents invert the base first.
 *
 * The remaining helpers (inverse, gcd, Jacobi symbol) run on BigInt and are used on
 * public values or where the paper's protocol reveals the result anyway; decryption's
 * CRT recombination uses them on secret values, which is variable-time BigInt
 * arithmetic on the owner's own machine: documented in docs/architecture.md (CGGMP).
 */
import { createDiffieHellman, randomBytes, type DiffieHellman } from 'node:crypto'

/** Smallest modulus (bits) given to OpenSSL; smaller ones (tests only) use BigInt. */
const OPENSSL_MIN_BITS = 512

/** x mod m in [0, m). */
export function mod(x: bigint, m: bigint): bigint {
  const r = x % m
  return r < 0n ? r + m : r
}

export function bitLength(x: bigint): number {
  if (x < 0n) x = -x
  return x === 0n ? 0 : x.toString(2).length
}

/** Big-endian bytes of a non-negative x; with `length`, left-padded (throws if x does not fit). */
export function toBytes(x: bigint, length?: number): Uint8Array {
  if (x < 0n) throw new RangeError('toBytes: negative integer')
  let hex = x.toString(16)
  if (hex.length % 2) hex = '0' + hex
  if (x === 0n) hex = ''
  const raw = Buffer.from(hex, 'hex')
  if (length === undefined) return new Uint8Array(raw)
  if (raw.length > length) throw new RangeError(`toBytes: integer needs ${raw.length} bytes, ${length} allowed`)
  const out = new Uint8Array(length)
  out.set(raw, length - raw.length)
  return out
}

export function fromBytes(b: Uint8Array): bigint {
  return b.length === 0 ? 0n : BigInt('0x' + Buffer.from(b.buffer, b.byteOffset, b.length).toString('hex'))
}

export function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a
  b = b < 0n ? -b : b
  while (b !== 0n) [a, b] = [b, a % b]
  return a
}

/** a⁻¹ mod m; throws when gcd(a, m) ≠ 1. */
export function modInv(a: bigint, m: bigint): bigint {
  let [r0, r1] = [mod(a, m), m]
  let [s0, s1] = [1n, 0n]
  while (r1 !== 0n) {
    const q = r0 / r1
    ;[r0, r1] = [r1, r0 - q * r1]
    ;[s0, s1] = [s1, s0 - q * s1]
  }
  if (r0 !== 1n) throw new RangeError('modInv: not invertible')
  return mod(s0, m)
}

function modPowBigInt(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n
  b = mod(b, m)
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m
    b = (b * b) % m
    e >>= 1n
  }
  return r
}

/** b^e mod m for odd m > 1 (e may be negative: then b must be invertible mod m). */
export function modPow(b: bigint, e: bigint, m: bigint): bigint {
  if (m <= 1n || (m & 1n) === 0n) throw new RangeError('modPow: modulus must be odd and > 1')
  if (e < 0n) return modPow(modInv(b, m), -e, m)
  b = mod(b, m)
  if (e === 0n) return 1n
  if (b === 0n || b === 1n) return b
  if (b === m - 1n) return (e & 1n) === 0n ? 1n : m - 1n
  if (bitLength(m) < OPENSSL_MIN_BITS) return modPowBigInt(b, e, m)
  // OpenSSL refuses a DH shared secret of 1 or m − 1 (DH_R_INVALID_SECRET), so b^e ≡ ±1 mod m
  // (Euler's criterion, decrypting enc(0)) would throw. Working modulo m·r for a random odd
  // 64-bit r and reducing hits that only when also b^e ≡ ±1 mod r (negligible; then a new r).
  for (;;) {
    const dh = contextFor(m)
    dh.setPrivateKey(Buffer.from(toBytes(e)))
    try {
      return fromBytes(dh.computeSecret(Buffer.from(toBytes(b)))) % m
    } catch {
      contexts.delete(m)
    } finally {
      // the exponent may be secret: do not leave it in the cached context
      dh.setPrivateKey(ONE)
    }
  }
}

const ONE = Buffer.from([1])
/** Moduli in use at once: a session's parties' N and N² (and a few sessions' worth). */
const MAX_CONTEXTS = 64
const contexts = new Map<bigint, DiffieHellman>()

/**
 * The OpenSSL context for modulus m (working modulo m·r, above), cached: createDiffieHellman
 * runs OpenSSL's DH_check, a primality test of its modulus (~35 ms for a 4096-bit N² here,
 * more than the exponentiation). Least recently used contexts are dropped first.
 */
function contextFor(m: bigint): DiffieHellman {
  let dh = contexts.get(m)
  if (dh) {
    contexts.delete(m)
  } else {
    const mr = m * (fromBytes(randomBytes(8)) | (1n << 63n) | 1n)
    dh = createDiffieHellman(Buffer.from(toBytes(mr)), Buffer.from([2]))
    if (contexts.size >= MAX_CONTEXTS) contexts.delete(contexts.keys().next().value!)
  }
  contexts.set(m, dh)
  return dh
}

/** Uniform in [0, n) (rejection sampling from the CSPRNG). */
export function randomBelow(n: bigint): bigint {
  if (n <= 0n) throw new RangeError('randomBelow: bound must be positive')
  const bits = bitLength(n - 1n)
  const bytes = Math.ceil(bits / 8) || 1
  const excess = BigInt(bytes * 8 - bits)
  for (;;) {
    const x = fromBytes(randomBytes(bytes)) >> excess
    if (x < n) return x
  }
}

/** Uniform in the closed interval [−2^bits, 2^bits] (CGGMP's ±2^ℓ ranges). */
export function randomSigned(bits: number): bigint {
  const bound = 1n << BigInt(bits)
  return randomBelow(2n * bound + 1n) - bound
}

/** Uniform in Z*_n. */
export function randomUnit(n: bigint): bigint {
  for (;;) {
    const x = randomBelow(n)
    if (x !== 0n && gcd(x, n) === 1n) return x
  }
}

/** Jacobi symbol (a/n) for odd n > 0. */
export function jacobi(a: bigint, n: bigint): -1 | 0 | 1 {
  if (n <= 0n || (n & 1n) === 0n) throw new RangeError('jacobi: n must be odd and positive')
  a = mod(a, n)
  let result: -1 | 1 = 1
  while (a !== 0n) {
    while ((a & 1n) === 0n) {
      a >>= 1n
      const r = n & 7n
      if (r === 3n || r === 5n) result = result === 1 ? -1 : 1
    }
    ;[a, n] = [n, a]
    if ((a & 3n) === 3n && (n & 3n) === 3n) result = result === 1 ? -1 : 1
    a %= n
  }
  return n === 1n ? result : 0
}

/** Integer square root ⌊√x⌋. */
export function isqrt(x: bigint): bigint {
  if (x < 0n) throw new RangeError('isqrt: negative')
  if (x < 2n) return x
  let r = 1n << BigInt((bitLength(x) + 1) >> 1)
  for (;;) {
    const next = (r + x / r) >> 1n
    if (next >= r) return r
    r = next
  }
}
