/*
 * Shared checks, samplers and transcript fields of the presigning / identification proofs
 * (enc, aff-g, log*, mul, mul*, dec). Verifiers call these on every received value before
 * using it, so that no attacker-chosen integer reaches an exponentiation or a relation unchecked.
 */
import { bitLength, gcd, randomBelow } from '../arith.js'
import { Point, type CurvePoint } from '../group.js'
import type { PaillierPublicKey } from '../paillier.js'
import { MAX_INTEGER_BITS, PAILLIER_BITS } from '../params.js'
import type { RingPedersenParams } from '../ring-pedersen.js'
import { Transcript, type ProofContext } from '../transcript.js'

/** Uniform in the closed interval [−bound, bound] (the paper's ±2^ℓ·N̂ masks). */
export function sampleSigned(bound: bigint): bigint {
  return randomBelow(2n * bound + 1n) - bound
}

/** x ∈ ±2^bits, i.e. −2^bits ≤ x ≤ 2^bits (the figures' range checks). */
export function inSignedRange(x: unknown, bits: number): x is bigint {
  const bound = 1n << BigInt(bits)
  return typeof x === 'bigint' && x >= -bound && x <= bound
}

/** A received integer small enough to exponentiate with (responses without a stated range). */
export function isBoundedInt(x: unknown): x is bigint {
  return typeof x === 'bigint' && bitLength(x) <= MAX_INTEGER_BITS
}

/** x ∈ Z*_n: 0 < x < n and gcd(x, n) = 1. */
export function isUnit(x: unknown, n: bigint): x is bigint {
  return typeof x === 'bigint' && x > 0n && x < n && gcd(x, n) === 1n
}

/** A modulus of a statement: an odd integer of exactly PAILLIER_BITS bits. */
export function isModulus(N: unknown): N is bigint {
  return typeof N === 'bigint' && (N & 1n) === 1n && bitLength(N) === PAILLIER_BITS
}

/** A Paillier key of a statement, with N² recomputed rather than taken from the sender. */
export function checkedKey(key: PaillierPublicKey): PaillierPublicKey | undefined {
  return isModulus(key?.N) ? { N: key.N, N2: key.N * key.N } : undefined
}

/** Ring-Pedersen parameters: a production-size modulus and s, t ∈ Z*_N̂ (s ∈ ⟨t⟩ is Π^prm's job). */
export function isAux(aux: RingPedersenParams): boolean {
  return isModulus(aux?.N) && isUnit(aux.s, aux.N) && isUnit(aux.t, aux.N)
}

/** A valid secp256k1 point other than the identity. */
export function isPoint(P: unknown): P is CurvePoint {
  if (!(P instanceof Point)) return false
  try {
    P.assertValidity()
  } catch {
    return false
  }
  return !P.is0()
}

/** A proof's transcript, opened with the verifier's ring-Pedersen parameters its range proof is against. */
export function transcriptWithAux(proof: string, ctx: ProofContext, aux: RingPedersenParams): Transcript {
  return new Transcript(proof, ctx).int('Nhat', aux.N).int('s', aux.s).int('t', aux.t)
}
