/*
 * Π^fac: no small factor proof (CGGMP eprint 2021/060, Figure 28, Section C.5, in the
 * revision whose appendix C numbers Π^mod 16, Π^prm 17, Π^sch 22, Π^fac 28).
 *
 * The prover shows its modulus N0 = p·q with |p|, |q| ≤ √N0·2^{ℓ+ε}, hence both above
 * roughly √N0 / 2^{ℓ+ε} (2^256 here), committing to p and q under the VERIFIER's
 * ring-Pedersen parameters (N̂, s, t), whose soundness the verifier trusts:
 *   α, β ← ±2^{ℓ+ε}·√N0,  μ, ν ← ±2^ℓ·N̂,  σ ← ±2^ℓ·N0·N̂,  r ← ±2^{ℓ+ε}·N0·N̂,  x, y ← ±2^{ℓ+ε}·N̂
 *   P = s^p t^μ, Q = s^q t^ν, A = s^α t^x, B = s^β t^y, T = Q^α t^r (mod N̂); sends them and σ
 *   e ← ±q;  σ̂ = σ − ν·p,  z1 = α + e·p, z2 = β + e·q, w1 = x + e·μ, w2 = y + e·ν, v = r + e·σ̂
 * Verifier, with R = s^{N0} t^σ (= Q^p t^σ̂): s^{z1} t^{w1} = A·P^e, s^{z2} t^{w2} = B·Q^e,
 * Q^{z1} t^v = T·R^e, and z1, z2 ∈ ±√N0·2^{ℓ+ε}. Without that range check a modulus with a
 * small factor passes the equations (BitForge, CVE-2023-33241: the small factor then lets
 * a malicious party extract the others' key shares through Paillier decryption).
 * The bounds on σ, w1, w2 and v are not in the figure: they bound what honest provers
 * send (|e·μ| ≤ 2^{2ℓ}·N̂ ≤ 2^{ℓ+ε}·N̂, likewise for v) and keep the exponents finite.
 */
import { bitLength, gcd, isqrt, mod, modPow, randomSigned } from '../arith.js'
import { q as groupOrder } from '../group.js'
import { EPSILON, L, PAILLIER_BITS } from '../params.js'
import type { RingPedersenParams } from '../ring-pedersen.js'
import { Transcript, type ProofContext } from '../transcript.js'

export interface FacStatement {
  /** The prover's Paillier modulus. */
  readonly N0: bigint
  /** The verifier's ring-Pedersen parameters. */
  readonly aux: RingPedersenParams
}

export interface FacWitness {
  readonly p: bigint
  readonly q: bigint
}

export interface FacProof {
  readonly P: bigint
  readonly Q: bigint
  readonly A: bigint
  readonly B: bigint
  readonly T: bigint
  readonly sigma: bigint
  readonly z1: bigint
  readonly z2: bigint
  readonly w1: bigint
  readonly w2: bigint
  readonly v: bigint
}

/** Uniform in [−bound, bound]: uniform in ±2^bits(bound), rejected outside (at most half wasted). */
function randomWithin(bound: bigint): bigint {
  const bits = bitLength(bound)
  for (;;) {
    const r = randomSigned(bits)
    if (r >= -bound && r <= bound) return r
  }
}

const pow2 = (k: number) => 1n << BigInt(k)

function zBound(N0: bigint): bigint {
  return isqrt(N0) * pow2(L + EPSILON)
}

function challenge(ctx: ProofContext, st: FacStatement, c: Omit<FacProof, 'z1' | 'z2' | 'w1' | 'w2' | 'v'>): bigint {
  return new Transcript('cggmp/fac', ctx)
    .int('N0', st.N0).int('Nhat', st.aux.N).int('s', st.aux.s).int('t', st.aux.t)
    .int('P', c.P).int('Q', c.Q).int('A', c.A).int('B', c.B).int('T', c.T).int('sigma', c.sigma)
    .challengeSigned(groupOrder)
}

export function proveFac(ctx: ProofContext, st: FacStatement, wit: FacWitness): FacProof {
  const { N0 } = st
  const { N: Nh, s, t } = st.aux
  const commit = (a: bigint, b: bigint) => (modPow(s, a, Nh) * modPow(t, b, Nh)) % Nh
  const alpha = randomWithin(zBound(N0))
  const beta = randomWithin(zBound(N0))
  const mu = randomWithin(pow2(L) * Nh)
  const nu = randomWithin(pow2(L) * Nh)
  const sigma = randomWithin(pow2(L) * N0 * Nh)
  const r = randomWithin(pow2(L + EPSILON) * N0 * Nh)
  const x = randomWithin(pow2(L + EPSILON) * Nh)
  const y = randomWithin(pow2(L + EPSILON) * Nh)
  const P = commit(wit.p, mu)
  const Q = commit(wit.q, nu)
  const A = commit(alpha, x)
  const B = commit(beta, y)
  const T = (modPow(Q, alpha, Nh) * modPow(t, r, Nh)) % Nh
  const e = challenge(ctx, st, { P, Q, A, B, T, sigma })
  const sigmaHat = sigma - nu * wit.p
  return {
    P, Q, A, B, T, sigma,
    z1: alpha + e * wit.p,
    z2: beta + e * wit.q,
    w1: x + e * mu,
    w2: y + e * nu,
    v: r + e * sigmaHat,
  }
}

const isUnit = (v: unknown, N: bigint): v is bigint => typeof v === 'bigint' && v > 0n && v < N && gcd(v, N) === 1n
const within = (v: unknown, bound: bigint): v is bigint => typeof v === 'bigint' && v >= -bound && v <= bound

export function verifyFac(ctx: ProofContext, st: FacStatement, proof: FacProof): boolean {
  try {
    const { N0, aux } = st
    const { N: Nh, s, t } = aux
    for (const n of [N0, Nh]) if (typeof n !== 'bigint' || bitLength(n) !== PAILLIER_BITS || (n & 1n) === 0n) return false
    if (!isUnit(s, Nh) || !isUnit(t, Nh)) return false
    const { P, Q, A, B, T, sigma, z1, z2, w1, w2, v } = proof
    if (![P, Q, A, B, T].every((c) => isUnit(c, Nh))) return false
    // The figure's range check: what rules out a small factor.
    if (!within(z1, zBound(N0)) || !within(z2, zBound(N0))) return false
    if (!within(sigma, pow2(L) * N0 * Nh)) return false
    if (!within(w1, pow2(L + EPSILON + 1) * Nh) || !within(w2, pow2(L + EPSILON + 1) * Nh)) return false
    if (!within(v, pow2(L + EPSILON + 1) * N0 * Nh)) return false
    const e = challenge(ctx, st, { P, Q, A, B, T, sigma })
    const pow = (b: bigint, x: bigint) => modPow(b, x, Nh)
    const R = (pow(s, N0) * pow(t, sigma)) % Nh
    return (
      (pow(s, z1) * pow(t, w1)) % Nh === mod(A * pow(P, e), Nh) &&
      (pow(s, z2) * pow(t, w2)) % Nh === mod(B * pow(Q, e), Nh) &&
      (pow(Q, z1) * pow(t, v)) % Nh === mod(T * pow(R, e), Nh)
    )
  } catch {
    return false
  }
}
