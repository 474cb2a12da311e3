/*
 * Constant-time arithmetic modulo the secp256k1 group order n on fixed-width integers:
 * 8 big-endian 32-bit words in a Uint32Array (word 0 most significant).
 *
 * Why: JavaScript BigInt operations take time that depends on their operands (a
 * multiplication by 0n returns at once, a sum's length depends on its value), so
 * secret-dependent BigInt work leaks. These functions use only 32-bit word operations
 * with the same instruction sequence whatever the values: carries and borrows are
 * computed arithmetically, selections by all-ones/all-zeros masks, never by a branch.
 * They cover what the VOLE Bob does with his secret choice bits β (vole.ts) and the
 * products of secret scalars in a signing session (sign-session.ts: mulModN). Values
 * that leave them as BigInt are uniformly distributed mod n, so their BigInt lengths
 * do not depend on a secret either (except with probability ~2^-64).
 */
import { secp256k1Group } from '../curves/group.js'

/** Words of one scalar. */
export const WORDS = 8
const TWO32 = 4294967296
const MASK64 = (1n << 64n) - 1n
/** Moves values between BigInt and words (JavaScript runs one call at a time; zeroed after each). */
const bridge = new DataView(new ArrayBuffer(32))

/** n as 8 big-endian words. */
export const N_WORDS = toWords(secp256k1Group.Fn.ORDER)
/** Work space of subtractNIf (JavaScript runs one call at a time; zeroed after each). */
const scratch = new Uint32Array(WORDS)

/** All ones when `bit` (0 or 1) is 1, else zero. */
export const maskOf = (bit: number): number => -bit | 0

/** x (0 <= x < 2^256) as 8 big-endian words. */
export function toWords(x: bigint): Uint32Array {
  bridge.setBigUint64(0, x >> 192n)
  bridge.setBigUint64(8, (x >> 128n) & MASK64)
  bridge.setBigUint64(16, (x >> 64n) & MASK64)
  bridge.setBigUint64(24, x & MASK64)
  const out = new Uint32Array(WORDS)
  for (let i = 0; i < WORDS; i++) {
    out[i] = bridge.getUint32(4 * i)
    bridge.setUint32(4 * i, 0)
  }
  return out
}

/** Reads 32 big-endian bytes at `offset` of `v` into words `out[at..at+8)`. */
export function loadWords(v: DataView, offset: number, out: Uint32Array, at = 0): void {
  for (let i = 0; i < WORDS; i++) out[at + i] = v.getUint32(offset + 4 * i)
}

/** The integer held in words `w[at..at+8)`. Only for values whose size says nothing secret (uniform mod n). */
export function wordsToBigint(w: Uint32Array, at = 0): bigint {
  for (let i = 0; i < WORDS; i++) bridge.setUint32(4 * i, w[at + i]!)
  const x = (bridge.getBigUint64(0) << 192n) | (bridge.getBigUint64(8) << 128n) | (bridge.getBigUint64(16) << 64n) | bridge.getBigUint64(24)
  for (let i = 0; i < WORDS; i++) bridge.setUint32(4 * i, 0)
  return x
}

/** x := x − n if x ≥ n (x < 2^256), at words `x[at..at+8)`. */
export function reduceOnce(x: Uint32Array, at = 0): void {
  subtractNIf(x, at, 0)
}

/** out := (a + (b & mask)) mod n, for a, b < n. `out` may alias `a` or `b`. */
export function addMaskedModN(a: Uint32Array, aAt: number, b: Uint32Array, bAt: number, mask: number, out: Uint32Array, outAt: number): void {
  let carry = 0
  for (let i = WORDS - 1; i >= 0; i--) {
    const s = a[aAt + i]! + ((b[bAt + i]! & mask) >>> 0) + carry
    out[outAt + i] = s >>> 0
    carry = (s - (s >>> 0)) / TWO32
  }
  subtractNIf(out, outAt, carry)
}

/** out := (a − (b & mask)) mod n, for a, b < n. `out` may alias `a` or `b`. */
export function subMaskedModN(a: Uint32Array, aAt: number, b: Uint32Array, bAt: number, mask: number, out: Uint32Array, outAt: number): void {
  let borrow = 0
  for (let i = WORDS - 1; i >= 0; i--) {
    const d = a[aAt + i]! - ((b[bAt + i]! & mask) >>> 0) - borrow
    out[outAt + i] = d >>> 0
    borrow = ((d >>> 0) - d) / TWO32
  }
  // a negative difference wrapped around 2^256: add n back
  const addN = maskOf(borrow)
  let carry = 0
  for (let i = WORDS - 1; i >= 0; i--) {
    const s = out[outAt + i]! + ((N_WORDS[i]! & addN) >>> 0) + carry
    out[outAt + i] = s >>> 0
    carry = (s - (s >>> 0)) / TWO32
  }
}

/**
 * Subtracts n from the 257-bit value carry·2^256 + x[at..at+8) when that value is at
 * least n (it is below 2n): computes x − n always, then keeps it by mask.
 */
function subtractNIf(x: Uint32Array, at: number, carry: number): void {
  const t = scratch
  let borrow = 0
  for (let i = WORDS - 1; i >= 0; i--) {
    const d = x[at + i]! - N_WORDS[i]! - borrow
    t[i] = d >>> 0
    borrow = ((d >>> 0) - d) / TWO32
  }
  // value ≥ n exactly when the 257th bit is set or x − n did not borrow
  const keep = maskOf(carry | (1 - borrow))
  for (let i = 0; i < WORDS; i++) x[at + i] = ((t[i]! & keep) | (x[at + i]! & ~keep)) >>> 0
  t.fill(0)
}

/** 2^256 − n (129 bits) as 16-bit limbs, least significant first: x·2^256 ≡ x·C (mod n). */
const C_LIMBS = limbs16(toWords((1n << 256n) - secp256k1Group.Fn.ORDER)).subarray(0, 9)
const TWO16 = 65536

/** The 16 16-bit limbs of 8 big-endian words, least significant first. */
function limbs16(w: Uint32Array, at = 0): Float64Array {
  const out = new Float64Array(16)
  for (let i = 0; i < WORDS; i++) {
    const word = w[at + WORDS - 1 - i]!
    out[2 * i] = word & 0xffff
    out[2 * i + 1] = word >>> 16
  }
  return out
}

/** Carries `cols` (each < 2^53) into 16-bit limbs in place; returns the final carry. */
function carry16(cols: Float64Array): number {
  let carry = 0
  for (let k = 0; k < cols.length; k++) {
    const v = cols[k]! + carry
    const low = v % TWO16
    cols[k] = low
    carry = (v - low) / TWO16
  }
  return carry
}

/** high·C + low, with `high` and `low` as limb arrays: one folding step of the reduction mod n. */
function fold(high: Float64Array, low: Float64Array, out: Float64Array): void {
  out.fill(0)
  for (let i = 0; i < high.length; i++) {
    for (let j = 0; j < C_LIMBS.length; j++) out[i + j] = out[i + j]! + high[i]! * C_LIMBS[j]!
  }
  for (let k = 0; k < low.length; k++) out[k] = out[k]! + low[k]!
  carry16(out) // `out` is long enough for the whole value: the last carry is 0
}

/**
 * out := a·b mod n in constant time, for a, b < n (words). Schoolbook product in 16-bit
 * limbs (every partial product is exact in a double), then reduction by folding with
 * 2^256 ≡ C (mod n): the same number of limb operations for every input.
 */
export function mulModN(a: Uint32Array, aAt: number, b: Uint32Array, bAt: number, out: Uint32Array, outAt: number): void {
  const x = limbs16(a, aAt)
  const y = limbs16(b, bAt)
  const product = new Float64Array(33)
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) product[i + j] = product[i + j]! + x[i]! * y[j]!
  }
  carry16(product) // 512 bits: limbs 0..31, limb 32 stays 0
  // x = H·2^256 + L ≡ H·C + L: 512 → 385 → 258 → 256 + a few bits
  const f1 = new Float64Array(26)
  fold(product.subarray(16, 32), product.subarray(0, 16), f1)
  const f2 = new Float64Array(19)
  fold(f1.subarray(16, 26), f1.subarray(0, 16), f2)
  const f3 = new Float64Array(17)
  fold(f2.subarray(16, 19), f2.subarray(0, 16), f3)
  // f3 < 2^256 + 2^132 < 2n: limbs 0..15 and a top bit in limb 16
  for (let i = 0; i < WORDS; i++) out[outAt + WORDS - 1 - i] = (f3[2 * i]! + f3[2 * i + 1]! * TWO16) >>> 0
  subtractNIf(out, outAt, f3[16]!)
  for (const t of [x, y, product, f1, f2, f3]) t.fill(0)
}

/**
 * The same operations on BigInt scalars (each below n), for a session's secret scalars:
 * the arithmetic runs on words; only the conversions touch BigInt, and they cost the same
 * for every 256-bit value.
 */
export function ctAdd(a: bigint, b: bigint): bigint {
  return onWords(a, b, (x, y, out) => addMaskedModN(x, 0, y, 0, -1, out, 0))
}

export function ctSub(a: bigint, b: bigint): bigint {
  return onWords(a, b, (x, y, out) => subMaskedModN(x, 0, y, 0, -1, out, 0))
}

/** a·b + c mod n. */
export function ctMulAdd(a: bigint, b: bigint, c: bigint): bigint {
  return onWords(a, b, (x, y, out) => {
    mulModN(x, 0, y, 0, out, 0)
    const z = toWords(c)
    addMaskedModN(out, 0, z, 0, -1, out, 0)
    z.fill(0)
  })
}

function onWords(a: bigint, b: bigint, op: (x: Uint32Array, y: Uint32Array, out: Uint32Array) => void): bigint {
  const [x, y, out] = [toWords(a), toWords(b), new Uint32Array(WORDS)]
  op(x, y, out)
  const result = wordsToBigint(out)
  x.fill(0)
  y.fill(0)
  out.fill(0)
  return result
}
