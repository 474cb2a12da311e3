/*
 * ML-DSA-44 pieces shared by the threshold key generation, signing and combining
 * (FIPS 204 Alg. 6-8): the public key from a secret, tr, the message representative
 * mu, the challenge, and the verifier's w'_Approx = A·z - c·t1·2^d.
 */
import { C_TILDE_BYTES, D } from './params.js'
import { encodePublicKey, encodeW1 } from './encoding.js'
import { power2RoundVec } from './rounding.js'
import { addVec, matVec, mulChallengeVec, nttVec, subVec, type Challenge, type PolyVec } from './poly.js'
import { shake } from './xof.js'

/** t = A·s1 + s2 for an NTT-domain A. */
export const computeT = (aHat: readonly PolyVec[], s1: PolyVec, s2: PolyVec): PolyVec => addVec(matVec(aHat, nttVec(s1)), s2)

/** The encoded public key rho | t1 for t (FIPS 204 Alg. 6, lines 5-8). */
export const publicKeyOf = (rho: Uint8Array, t: PolyVec): Uint8Array => encodePublicKey(rho, power2RoundVec(t).t1)

/** tr = H(pk, 64). */
export const publicKeyHash = (publicKey: Uint8Array): Uint8Array => shake('shake256', [publicKey], 64)

/** Longest context string FIPS 204 allows. */
export const MAX_CONTEXT_BYTES = 255

/** mu = H(tr | M', 64) with M' = 0 | |ctx| | ctx | M (pure ML-DSA, FIPS 204 Alg. 2 and 7). */
export function messageRepresentative(tr: Uint8Array, message: Uint8Array, context: Uint8Array): Uint8Array {
  if (context.length > MAX_CONTEXT_BYTES) throw new RangeError(`ML-DSA context is at most ${MAX_CONTEXT_BYTES} bytes`)
  return shake('shake256', [tr, Uint8Array.of(0, context.length), context, message], 64)
}

/** c~ = H(mu | w1Encode(w1), lambda/4). */
export const challengeSeed = (mu: Uint8Array, w1: PolyVec): Uint8Array => shake('shake256', [mu, encodeW1(w1)], C_TILDE_BYTES)

/** t1·2^d (coefficients below 2^23 < q). */
export const t1Shifted = (t1: PolyVec): PolyVec => t1.map((p) => Int32Array.from(p, (v) => v * (1 << D)))

/** A·z - c·(t1·2^d) (normal domain), the verifier's reconstruction of w + (small). */
export const verifierW = (aHat: readonly PolyVec[], t1Shift: PolyVec, c: Challenge, z: PolyVec): PolyVec =>
  subVec(matVec(aHat, nttVec(z)), mulChallengeVec(c, t1Shift))


