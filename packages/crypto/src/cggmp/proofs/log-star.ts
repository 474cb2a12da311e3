/*
 * Π^log* — knowledge of exponent vs Paillier encryption, arbitrary base g
 * (CGGMP eprint 2021/060, Appendix C, Figure 25; numbering as in enc.ts).
 *
 * Statement: the prover's key N0, C mod N0², points X and g, the verifier's (N̂, s, t).
 * Witness x ∈ ±2^ℓ, ρ ∈ Z*_{N0} with C = (1+N0)^x·ρ^{N0} mod N0², X = x·g.
 *   prover:   α ← ±2^{ℓ+ε}, μ ← ±2^ℓ·N̂, r ← Z*_{N0}, γ ← ±2^{ℓ+ε}·N̂;
 *             S = s^x t^μ, A = (1+N0)^α·r^{N0} mod N0², Y = α·g, D = s^α t^γ mod N̂
 *   challenge e ← ±q
 *   response: z1 = α + e·x, z2 = r·ρ^e mod N0, z3 = γ + e·μ
 *   verifier: z1 ∈ ±2^{ℓ+ε}; (1+N0)^{z1}·z2^{N0} = A·C^e mod N0²; z1·g = Y + e·X; s^{z1} t^{z3} = D·S^e mod N̂.
 * g must not be the identity (else X = x·g says nothing about x).
 */
import { mod, modPow, randomSigned, randomUnit } from '../arith.js'
import { mulPoint, q, type CurvePoint } from '../group.js'
import { paillierEncrypt, type PaillierPublicKey } from '../paillier.js'
import { EPSILON, L } from '../params.js'
import { ringPedersenCommit, type RingPedersenParams } from '../ring-pedersen.js'
import type { ProofContext } from '../transcript.js'
import { checkedKey, inSignedRange, isAux, isBoundedInt, isPoint, isUnit, sampleSigned, transcriptWithAux } from './range-checks.js'

export interface LogStarStatement {
  /** The prover's Paillier key (N0). */
  readonly key: PaillierPublicKey
  readonly C: bigint
  readonly X: CurvePoint
  /** The base of X. */
  readonly g: CurvePoint
  /** The verifier's ring-Pedersen parameters. */
  readonly aux: RingPedersenParams
}

export interface LogStarWitness {
  readonly x: bigint
  readonly rho: bigint
}

export interface LogStarProof {
  readonly S: bigint
  readonly A: bigint
  readonly Y: CurvePoint
  readonly D: bigint
  readonly z1: bigint
  readonly z2: bigint
  readonly z3: bigint
}

type FirstMessage = Pick<LogStarProof, 'S' | 'A' | 'Y' | 'D'>

function challenge(ctx: ProofContext, st: LogStarStatement, m: FirstMessage): bigint {
  return transcriptWithAux('cggmp/log-star', ctx, st.aux)
    .int('N0', st.key.N)
    .int('C', st.C)
    .point('X', st.X)
    .point('g', st.g)
    .int('S', m.S)
    .int('A', m.A)
    .point('Y', m.Y)
    .int('D', m.D)
    .challengeSigned(q)
}

export function proveLogStar(ctx: ProofContext, st: LogStarStatement, w: LogStarWitness): LogStarProof {
  const { key, aux } = st
  const alpha = randomSigned(L + EPSILON)
  const mu = sampleSigned((1n << BigInt(L)) * aux.N)
  const r = randomUnit(key.N)
  const gamma = sampleSigned((1n << BigInt(L + EPSILON)) * aux.N)
  const first: FirstMessage = {
    S: ringPedersenCommit(aux, w.x, mu),
    A: paillierEncrypt(key, alpha, r),
    Y: mulPoint(st.g, alpha),
    D: ringPedersenCommit(aux, alpha, gamma),
  }
  const e = challenge(ctx, st, first)
  return {
    ...first,
    z1: alpha + e * w.x,
    z2: mod(r * modPow(w.rho, e, key.N), key.N),
    z3: gamma + e * mu,
  }
}

export function verifyLogStar(ctx: ProofContext, st: LogStarStatement, proof: LogStarProof): boolean {
  try {
    const key = checkedKey(st.key)
    const { aux } = st
    if (!key || !isAux(aux) || !isUnit(st.C, key.N2) || !isPoint(st.X) || !isPoint(st.g)) return false
    const { S, A, Y, D, z1, z2, z3 } = proof
    if (!isUnit(S, aux.N) || !isUnit(A, key.N2) || !isPoint(Y) || !isUnit(D, aux.N)) return false
    if (!inSignedRange(z1, L + EPSILON) || !isUnit(z2, key.N) || !isBoundedInt(z3)) return false
    const e = challenge(ctx, st, proof)
    if (paillierEncrypt(key, z1, z2) !== mod(A * modPow(st.C, e, key.N2), key.N2)) return false
    if (!mulPoint(st.g, z1).equals(Y.add(mulPoint(st.X, e)))) return false
    return ringPedersenCommit(aux, z1, z3) === mod(D * modPow(S, e, aux.N), aux.N)
  } catch {
    return false
  }
}
