/*
 * ML-DSA-44 encodings (FIPS 204 §7.1-7.2): SimpleBitPack / BitPack with bits
 * little-endian (Alg. 16-19), pkEncode / pkDecode (Alg. 22, 23), skDecode (Alg. 25),
 * sigEncode / sigDecode with HintBitPack (Alg. 26, 27, 20, 21), w1Encode (Alg. 28).
 * Plus the threshold protocol's own: a polynomial vector of full residues mod q
 * (23 bits each), checked < q on decode.
 */
import { C_TILDE_BYTES, ETA, GAMMA1, K, L, N, OMEGA, PUBLIC_KEY_BYTES, Q, SECRET_KEY_BYTES, SIGNATURE_BYTES } from './params.js'
import { centered, mod, newPoly, type Poly, type PolyVec } from './poly.js'

/** Packs 256 values of `bits` (<= 23) bits each, least significant bit first. */
function packPoly(values: ArrayLike<number>, bits: number, out: Uint8Array, offset: number): void {
  let acc = 0
  let have = 0
  let at = offset
  for (let i = 0; i < N; i++) {
    acc |= values[i]! << have
    have += bits
    while (have >= 8) {
      out[at++] = acc & 0xff
      acc >>>= 8
      have -= 8
    }
  }
}

function unpackPoly(bytes: Uint8Array, offset: number, bits: number): Int32Array {
  const out = new Int32Array(N)
  const mask = (1 << bits) - 1
  let acc = 0
  let have = 0
  let at = offset
  for (let i = 0; i < N; i++) {
    while (have < bits) {
      acc |= bytes[at++]! << have
      have += 8
    }
    out[i] = acc & mask
    acc >>>= bits
    have -= bits
  }
  return out
}

const polyBytes = (bits: number) => (N * bits) / 8

/** Thrown on an encoding that does not decode. */
export class MlDsaEncodingError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MlDsaEncodingError'
  }
}

function assertLength(bytes: Uint8Array, length: number, what: string): void {
  if (!(bytes instanceof Uint8Array) || bytes.length !== length) throw new MlDsaEncodingError(`${what} must be ${length} bytes`)
}

export function encodePublicKey(rho: Uint8Array, t1: PolyVec): Uint8Array {
  const out = new Uint8Array(PUBLIC_KEY_BYTES)
  out.set(rho)
  t1.forEach((p, i) => packPoly(p, 10, out, 32 + i * polyBytes(10)))
  return out
}

export function decodePublicKey(pk: Uint8Array): { rho: Uint8Array; t1: PolyVec } {
  assertLength(pk, PUBLIC_KEY_BYTES, 'ML-DSA-44 public key')
  const t1 = Array.from({ length: K }, (_, i) => unpackPoly(pk, 32 + i * polyBytes(10), 10))
  return { rho: pk.slice(0, 32), t1 }
}

/** s1, s2, rho and tr of an expanded ML-DSA-44 secret key (skEncode layout: rho | K | tr | s1 | s2 | t0). */
export function decodeSecretKey(sk: Uint8Array): { rho: Uint8Array; tr: Uint8Array; s1: PolyVec; s2: PolyVec } {
  assertLength(sk, SECRET_KEY_BYTES, 'ML-DSA-44 secret key')
  const etaPoly = (offset: number): Poly => {
    const raw = unpackPoly(sk, offset, 3)
    if (raw.some((v) => v > 2 * ETA)) throw new MlDsaEncodingError('secret key coefficient out of range')
    return Int32Array.from(raw, (v) => mod(ETA - v))
  }
  const base = 128
  const s1 = Array.from({ length: L }, (_, i) => etaPoly(base + i * polyBytes(3)))
  const s2 = Array.from({ length: K }, (_, i) => etaPoly(base + (L + i) * polyBytes(3)))
  return { rho: sk.slice(0, 32), tr: sk.slice(64, 128), s1, s2 }
}

export function encodeSignature(cTilde: Uint8Array, z: PolyVec, hint: PolyVec): Uint8Array {
  const out = new Uint8Array(SIGNATURE_BYTES)
  out.set(cTilde)
  z.forEach((p, i) => packPoly(Array.from(p, (v) => GAMMA1 - centered(v)), 18, out, C_TILDE_BYTES + i * polyBytes(18)))
  const hintAt = C_TILDE_BYTES + L * polyBytes(18)
  let index = 0
  hint.forEach((p, i) => {
    for (let j = 0; j < N; j++) if (p[j] !== 0) out[hintAt + index++] = j
    out[hintAt + OMEGA + i] = index
  })
  if (index > OMEGA) throw new MlDsaEncodingError(`hint has ${index} ones, more than omega = ${OMEGA}`)
  return out
}

/** Inverse of encodeSignature; throws on a malformed hint (FIPS 204 Alg. 21). */
export function decodeSignature(sig: Uint8Array): { cTilde: Uint8Array; z: PolyVec; hint: PolyVec } {
  assertLength(sig, SIGNATURE_BYTES, 'ML-DSA-44 signature')
  const z = Array.from({ length: L }, (_, i) => Int32Array.from(unpackPoly(sig, C_TILDE_BYTES + i * polyBytes(18), 18), (v) => mod(GAMMA1 - v)))
  const y = sig.subarray(C_TILDE_BYTES + L * polyBytes(18))
  const hint = Array.from({ length: K }, newPoly)
  let index = 0
  for (let i = 0; i < K; i++) {
    const end = y[OMEGA + i]!
    if (end < index || end > OMEGA) throw new MlDsaEncodingError('malformed hint')
    const first = index
    for (; index < end; index++) {
      if (index > first && y[index - 1]! >= y[index]!) throw new MlDsaEncodingError('malformed hint')
      hint[i]![y[index]!] = 1
    }
  }
  for (let i = index; i < OMEGA; i++) if (y[i] !== 0) throw new MlDsaEncodingError('malformed hint')
  return { cTilde: sig.slice(0, C_TILDE_BYTES), z, hint }
}

/** w1Encode: 6 bits per coefficient (values 0..43). */
export function encodeW1(w1: PolyVec): Uint8Array {
  const out = new Uint8Array(K * polyBytes(6))
  w1.forEach((p, i) => packPoly(p, 6, out, i * polyBytes(6)))
  return out
}

/** Bytes of one full-residue polynomial (23 bits per coefficient). */
export const FULL_POLY_BYTES = polyBytes(23)

export function encodeFullVec(v: PolyVec): Uint8Array {
  const out = new Uint8Array(v.length * FULL_POLY_BYTES)
  v.forEach((p, i) => packPoly(p, 23, out, i * FULL_POLY_BYTES))
  return out
}

/** A vector of `length` polynomials with every coefficient < q. */
export function decodeFullVec(bytes: Uint8Array, length: number, what: string): PolyVec {
  assertLength(bytes, length * FULL_POLY_BYTES, what)
  return Array.from({ length }, (_, i) => {
    const p = unpackPoly(bytes, i * FULL_POLY_BYTES, 23)
    for (let j = 0; j < N; j++) if (p[j]! >= Q) throw new MlDsaEncodingError(`${what}: coefficient not reduced mod q`)
    return p
  })
}
