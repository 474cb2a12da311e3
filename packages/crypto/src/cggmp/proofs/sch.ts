/*
 * Π^sch: Schnorr proof of knowledge of x with X = x·G on secp256k1 (CGGMP eprint
 * 2021/060, Figure 22, in the revision whose appendix C numbers Π^mod 16, Π^prm 17,
 * Π^sch 22, Π^fac 28): A = α·G, e from the transcript (which takes X and A) uniform
 * mod q, z = α + e·x mod q; the verifier checks z·G = A + e·X.
 */
import { mod, randomBelow } from '../arith.js'
import { mulG, mulPoint, Point, q, type CurvePoint } from '../group.js'
import { Transcript, type ProofContext } from '../transcript.js'

export interface SchStatement {
  readonly X: CurvePoint
}

export interface SchWitness {
  readonly x: bigint
}

export interface SchProof {
  readonly A: CurvePoint
  readonly z: bigint
}

function challenge(ctx: ProofContext, X: CurvePoint, A: CurvePoint): bigint {
  return new Transcript('cggmp/sch', ctx).point('X', X).point('A', A).challengeBelow(q)
}

export function proveSch(ctx: ProofContext, st: SchStatement, wit: SchWitness): SchProof {
  const alpha = randomBelow(q - 1n) + 1n
  const A = mulG(alpha)
  const e = challenge(ctx, st.X, A)
  return { A, z: mod(alpha + e * wit.x, q) }
}

/** A valid secp256k1 point other than the identity. */
function isPoint(P: unknown): P is CurvePoint {
  if (!(P instanceof Point)) return false
  try {
    P.assertValidity()
  } catch {
    return false
  }
  return !P.is0()
}

export function verifySch(ctx: ProofContext, st: SchStatement, proof: SchProof): boolean {
  try {
    const { A, z } = proof
    if (!isPoint(st.X) || !isPoint(A)) return false
    if (typeof z !== 'bigint' || z < 0n || z >= q) return false
    const e = challenge(ctx, st.X, A)
    return mulG(z).equals(A.add(mulPoint(st.X, e)))
  } catch {
    return false
  }
}
