/*
 * Π^enc — Paillier encryption in range (CGGMP eprint 2021/060, Section 6.1, Figure 14;
 * figure numbering of the revision whose appendix numbers Π^log* Fig. 25, Π^mul Fig. 29,
 * Π^dec Fig. 30, Π^mul* Fig. 31, as cited by public implementations).
 *
 * Statement: the prover's Paillier key N0, a ciphertext K, the verifier's ring-Pedersen
 * parameters (N̂, s, t). Witness: k ∈ ±2^ℓ and ρ ∈ Z*_{N0} with K = (1+N0)^k·ρ^{N0} mod N0².
 *   prover:   α ← ±2^{ℓ+ε}, μ ← ±2^ℓ·N̂, r ← Z*_{N0}, γ ← ±2^{ℓ+ε}·N̂;
 *             S = s^k·t^μ, A = (1+N0)^α·r^{N0} mod N0², C = s^α·t^γ mod N̂
 *   challenge e ← ±q (Fiat–Shamir over every public input and S, A, C)
 *   response: z1 = α + e·k, z2 = r·ρ^e mod N0, z3 = γ + e·μ
 *   verifier: z1 ∈ ±2^{ℓ+ε}; (1+N0)^{z1}·z2^{N0} = A·K^e mod N0²; s^{z1}·t^{z3} = C·S^e mod N̂.
 * The prover does not check its witness: a k out of range yields a proof that fails z1's check.
 */
import { mod, modPow, randomSigned, randomUnit } from '../arith.js'
import { q } from '../group.js'
import { paillierEncrypt, type PaillierPublicKey } from '../paillier.js'
import { EPSILON, L } from '../params.js'
import { ringPedersenCommit, type RingPedersenParams } from '../ring-pedersen.js'
import type { ProofContext } from '../transcript.js'
import { checkedKey, inSignedRange, isAux, isBoundedInt, isUnit, sampleSigned, transcriptWithAux } from './range-checks.js'

export interface EncStatement {
  /** The prover's Paillier key (N0). */
  readonly key: PaillierPublicKey
  readonly K: bigint
  /** The verifier's ring-Pedersen parameters. */
  readonly aux: RingPedersenParams
}

export interface EncWitness {
  readonly k: bigint
  readonly rho: bigint
}

export interface EncProof {
  readonly S: bigint
  readonly A: bigint
  readonly C: bigint
  readonly z1: bigint
  readonly z2: bigint
  readonly z3: bigint
}

function challenge(ctx: ProofContext, st: EncStatement, S: bigint, A: bigint, C: bigint): bigint {
  return transcriptWithAux('cggmp/enc', ctx, st.aux)
    .int('N0', st.key.N)
    .int('K', st.K)
    .int('S', S)
    .int('A', A)
    .int('C', C)
    .challengeSigned(q)
}

export function proveEnc(ctx: ProofContext, st: EncStatement, w: EncWitness): EncProof {
  const { key, aux } = st
  const alpha = randomSigned(L + EPSILON)
  const mu = sampleSigned((1n << BigInt(L)) * aux.N)
  const r = randomUnit(key.N)
  const gamma = sampleSigned((1n << BigInt(L + EPSILON)) * aux.N)
  const S = ringPedersenCommit(aux, w.k, mu)
  const A = paillierEncrypt(key, alpha, r)
  const C = ringPedersenCommit(aux, alpha, gamma)
  const e = challenge(ctx, st, S, A, C)
  return {
    S, A, C,
    z1: alpha + e * w.k,
    z2: mod(r * modPow(w.rho, e, key.N), key.N),
    z3: gamma + e * mu,
  }
}

export function verifyEnc(ctx: ProofContext, st: EncStatement, proof: EncProof): boolean {
  try {
    const key = checkedKey(st.key)
    const { aux } = st
    if (!key || !isAux(aux) || !isUnit(st.K, key.N2)) return false
    const { S, A, C, z1, z2, z3 } = proof
    if (!isUnit(S, aux.N) || !isUnit(A, key.N2) || !isUnit(C, aux.N)) return false
    if (!inSignedRange(z1, L + EPSILON) || !isUnit(z2, key.N) || !isBoundedInt(z3)) return false
    const e = challenge(ctx, st, S, A, C)
    if (paillierEncrypt(key, z1, z2) !== mod(A * modPow(st.K, e, key.N2), key.N2)) return false
    return ringPedersenCommit(aux, z1, z3) === mod(C * modPow(S, e, aux.N), aux.N)
  } catch {
    return false
  }
}
