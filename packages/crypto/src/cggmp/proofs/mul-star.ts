/*
 * Π^mul* — multiplication Paillier vs group (CGGMP eprint 2021/060, Appendix C.6,
 * Figure 31; numbering as in enc.ts).
 *
 * Statement: N0 (the key of C and D), C, D mod N0², a point X, the verifier's (N̂, s, t).
 * Witness x ∈ ±2^ℓ, ρ ∈ Z*_{N0} with D = C^x·ρ^{N0} mod N0² and X = x·G.
 *   prover:   α ← ±2^{ℓ+ε}, r ← Z*_{N0}, γ ← ±2^{ℓ+ε}·N̂, m ← ±2^ℓ·N̂;
 *             A = C^α·r^{N0} mod N0², Bx = α·G, E = s^α t^γ, S = s^x t^m mod N̂
 *             (the figure's stray β in A and unused r_y are typos: β = 0)
 *   challenge e ← ±q
 *   response: z1 = α + e·x, z2 = γ + e·m, w = r·ρ^e mod N0
 *   verifier: z1 ∈ ±2^{ℓ+ε}; C^{z1}·w^{N0} = A·D^e mod N0²; z1·G = Bx + e·X; s^{z1} t^{z2} = E·S^e mod N̂.
 */
import { mod, modPow, randomSigned, randomUnit } from '../arith.js'
import { mulG, mulPoint, q, type CurvePoint } from '../group.js'
import type { PaillierPublicKey } from '../paillier.js'
import { EPSILON, L } from '../params.js'
import { ringPedersenCommit, type RingPedersenParams } from '../ring-pedersen.js'
import type { ProofContext } from '../transcript.js'
import { checkedKey, inSignedRange, isAux, isBoundedInt, isPoint, isUnit, sampleSigned, transcriptWithAux } from './range-checks.js'

export interface MulStarStatement {
  /** N0: the key of C and D. */
  readonly key: PaillierPublicKey
  readonly C: bigint
  readonly D: bigint
  readonly X: CurvePoint
  /** The verifier's ring-Pedersen parameters. */
  readonly aux: RingPedersenParams
}

export interface MulStarWitness {
  readonly x: bigint
  readonly rho: bigint
}

export interface MulStarProof {
  readonly A: bigint
  readonly Bx: CurvePoint
  readonly E: bigint
  readonly S: bigint
  readonly z1: bigint
  readonly z2: bigint
  readonly w: bigint
}

type FirstMessage = Pick<MulStarProof, 'A' | 'Bx' | 'E' | 'S'>

function challenge(ctx: ProofContext, st: MulStarStatement, m: FirstMessage): bigint {
  return transcriptWithAux('cggmp/mul-star', ctx, st.aux)
    .int('N0', st.key.N)
    .int('C', st.C)
    .int('D', st.D)
    .point('X', st.X)
    .int('A', m.A)
    .point('Bx', m.Bx)
    .int('E', m.E)
    .int('S', m.S)
    .challengeSigned(q)
}

export function proveMulStar(ctx: ProofContext, st: MulStarStatement, w: MulStarWitness): MulStarProof {
  const { key, aux } = st
  const alpha = randomSigned(L + EPSILON)
  const r = randomUnit(key.N)
  const gamma = sampleSigned((1n << BigInt(L + EPSILON)) * aux.N)
  const m = sampleSigned((1n << BigInt(L)) * aux.N)
  const first: FirstMessage = {
    A: mod(modPow(st.C, alpha, key.N2) * modPow(r, key.N, key.N2), key.N2),
    Bx: mulG(alpha),
    E: ringPedersenCommit(aux, alpha, gamma),
    S: ringPedersenCommit(aux, w.x, m),
  }
  const e = challenge(ctx, st, first)
  return {
    ...first,
    z1: alpha + e * w.x,
    z2: gamma + e * m,
    w: mod(r * modPow(w.rho, e, key.N), key.N),
  }
}

export function verifyMulStar(ctx: ProofContext, st: MulStarStatement, proof: MulStarProof): boolean {
  try {
    const key = checkedKey(st.key)
    const { aux } = st
    if (!key || !isAux(aux) || !isUnit(st.C, key.N2) || !isUnit(st.D, key.N2) || !isPoint(st.X)) return false
    const { A, Bx, E, S, z1, z2, w } = proof
    if (!isUnit(A, key.N2) || !isPoint(Bx) || !isUnit(E, aux.N) || !isUnit(S, aux.N)) return false
    if (!inSignedRange(z1, L + EPSILON) || !isBoundedInt(z2) || !isUnit(w, key.N)) return false
    const e = challenge(ctx, st, proof)
    const lhs = mod(modPow(st.C, z1, key.N2) * modPow(w, key.N, key.N2), key.N2)
    if (lhs !== mod(A * modPow(st.D, e, key.N2), key.N2)) return false
    if (!mulG(z1).equals(Bx.add(mulPoint(st.X, e)))) return false
    return ringPedersenCommit(aux, z1, z2) === mod(E * modPow(S, e, aux.N), aux.N)
  } catch {
    return false
  }
}
