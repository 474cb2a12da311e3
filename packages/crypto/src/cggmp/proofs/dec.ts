/*
 * Π^dec — Paillier decryption modulo q (CGGMP eprint 2021/060, Appendix C.6, Figure 30;
 * numbering as in enc.ts).
 *
 * Statement: the prover's key N0, C mod N0², a claimed x ∈ Z_q, the verifier's (N̂, s, t).
 * Witness y, ρ ∈ Z*_{N0} with C = (1+N0)^y·ρ^{N0} mod N0² and x ≡ y mod q.
 *   prover:   α ← ±2^{ℓ+ε} (but see below), μ ← ±2^ℓ·N̂, ν ← ±2^{ℓ+ε}·N̂, r ← Z*_{N0};
 *             S = s^y t^μ, T = s^α t^ν mod N̂, A = (1+N0)^α·r^{N0} mod N0², γ = α mod q
 *   challenge e ← ±q
 *   response: z1 = α + e·y, z2 = ν + e·μ, w = r·ρ^e mod N0
 *   verifier: (1+N0)^{z1}·w^{N0} = A·C^e mod N0²; z1 ≡ γ + e·x mod q; s^{z1} t^{z2} = T·S^e mod N̂.
 * One deliberate difference: the figure draws α from ±2^{ℓ+ε}, but y here is any plaintext
 * (the identification steps decrypt sums that carry ℓ'-bit MtA masks), which such an α
 * would not hide in z1; α is drawn from ±2^{|N0|+ε} instead. The figure states no range
 * for z1, so verification is unchanged.
 */
import { bitLength, mod, modPow, randomSigned, randomUnit } from '../arith.js'
import { q } from '../group.js'
import { paillierEncrypt, type PaillierPublicKey } from '../paillier.js'
import { EPSILON, L } from '../params.js'
import { ringPedersenCommit, type RingPedersenParams } from '../ring-pedersen.js'
import type { ProofContext } from '../transcript.js'
import { checkedKey, isAux, isBoundedInt, isUnit, sampleSigned, transcriptWithAux } from './range-checks.js'

export interface DecStatement {
  /** The prover's Paillier key (N0). */
  readonly key: PaillierPublicKey
  readonly C: bigint
  /** The claimed decryption modulo q, in [0, q). */
  readonly x: bigint
  /** The verifier's ring-Pedersen parameters. */
  readonly aux: RingPedersenParams
}

export interface DecWitness {
  /** The plaintext of C (any representative; x ≡ y mod q). */
  readonly y: bigint
  readonly rho: bigint
}

export interface DecProof {
  readonly S: bigint
  readonly T: bigint
  readonly A: bigint
  /** α mod q. */
  readonly gamma: bigint
  readonly z1: bigint
  readonly z2: bigint
  readonly w: bigint
}

type FirstMessage = Pick<DecProof, 'S' | 'T' | 'A' | 'gamma'>

function challenge(ctx: ProofContext, st: DecStatement, m: FirstMessage): bigint {
  return transcriptWithAux('cggmp/dec', ctx, st.aux)
    .int('N0', st.key.N)
    .int('C', st.C)
    .int('x', st.x)
    .int('S', m.S)
    .int('T', m.T)
    .int('A', m.A)
    .int('gamma', m.gamma)
    .challengeSigned(q)
}

export function proveDec(ctx: ProofContext, st: DecStatement, w: DecWitness): DecProof {
  const { key, aux } = st
  const alpha = randomSigned(bitLength(key.N) + EPSILON)
  const mu = sampleSigned((1n << BigInt(L)) * aux.N)
  const nu = sampleSigned((1n << BigInt(L + EPSILON)) * aux.N)
  const r = randomUnit(key.N)
  const first: FirstMessage = {
    S: ringPedersenCommit(aux, w.y, mu),
    T: ringPedersenCommit(aux, alpha, nu),
    A: paillierEncrypt(key, alpha, r),
    gamma: mod(alpha, q),
  }
  const e = challenge(ctx, st, first)
  return {
    ...first,
    z1: alpha + e * w.y,
    z2: nu + e * mu,
    w: mod(r * modPow(w.rho, e, key.N), key.N),
  }
}

export function verifyDec(ctx: ProofContext, st: DecStatement, proof: DecProof): boolean {
  try {
    const key = checkedKey(st.key)
    const { aux } = st
    if (!key || !isAux(aux) || !isUnit(st.C, key.N2) || typeof st.x !== 'bigint' || st.x < 0n || st.x >= q) return false
    const { S, T, A, gamma, z1, z2, w } = proof
    if (!isUnit(S, aux.N) || !isUnit(T, aux.N) || !isUnit(A, key.N2) || !isUnit(w, key.N)) return false
    if (typeof gamma !== 'bigint' || gamma < 0n || gamma >= q || !isBoundedInt(z1) || !isBoundedInt(z2)) return false
    const e = challenge(ctx, st, proof)
    if (paillierEncrypt(key, z1, w) !== mod(A * modPow(st.C, e, key.N2), key.N2)) return false
    if (mod(z1, q) !== mod(gamma + e * st.x, q)) return false
    return ringPedersenCommit(aux, z1, z2) === mod(T * modPow(S, e, aux.N), aux.N)
  } catch {
    return false
  }
}
