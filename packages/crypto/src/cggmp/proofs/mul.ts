/*
 * Π^mul — Paillier multiplication (CGGMP eprint 2021/060, Appendix C.6, Figure 29;
 * numbering as in enc.ts).
 *
 * Statement: the prover's key N and ciphertexts X, Y, C mod N². Witness x, ρ_x, ρ ∈ Z*_N
 * with X = (1+N)^x·ρ_x^N and C = Y^x·ρ^N mod N².
 *   prover:   α, r, s ← Z*_N; A = Y^α·r^N, B = (1+N)^α·s^N mod N²
 *   challenge e ← ±q
 *   response: z = α + e·x (over the integers), u = r·ρ^e, v = s·ρ_x^e mod N
 *   verifier: Y^z·u^N = A·C^e and (1+N)^z·v^N = B·X^e mod N².
 * The figure states no range for z; the verifier only bounds its size.
 */
import { mod, modPow, randomUnit } from '../arith.js'
import { q } from '../group.js'
import { paillierEncrypt, type PaillierPublicKey } from '../paillier.js'
import { Transcript, type ProofContext } from '../transcript.js'
import { checkedKey, isBoundedInt, isUnit } from './range-checks.js'

export interface MulStatement {
  /** The prover's Paillier key (N). */
  readonly key: PaillierPublicKey
  readonly X: bigint
  readonly Y: bigint
  readonly C: bigint
}

export interface MulWitness {
  readonly x: bigint
  readonly rhoX: bigint
  readonly rho: bigint
}

export interface MulProof {
  readonly A: bigint
  readonly B: bigint
  readonly z: bigint
  readonly u: bigint
  readonly v: bigint
}

function challenge(ctx: ProofContext, st: MulStatement, A: bigint, B: bigint): bigint {
  return new Transcript('cggmp/mul', ctx)
    .int('N', st.key.N)
    .int('X', st.X)
    .int('Y', st.Y)
    .int('C', st.C)
    .int('A', A)
    .int('B', B)
    .challengeSigned(q)
}

export function proveMul(ctx: ProofContext, st: MulStatement, w: MulWitness): MulProof {
  const { key } = st
  const alpha = randomUnit(key.N)
  const r = randomUnit(key.N)
  const s = randomUnit(key.N)
  const A = mod(modPow(st.Y, alpha, key.N2) * modPow(r, key.N, key.N2), key.N2)
  const B = paillierEncrypt(key, alpha, s)
  const e = challenge(ctx, st, A, B)
  return {
    A, B,
    z: alpha + e * w.x,
    u: mod(r * modPow(w.rho, e, key.N), key.N),
    v: mod(s * modPow(w.rhoX, e, key.N), key.N),
  }
}

export function verifyMul(ctx: ProofContext, st: MulStatement, proof: MulProof): boolean {
  try {
    const key = checkedKey(st.key)
    if (!key || !isUnit(st.X, key.N2) || !isUnit(st.Y, key.N2) || !isUnit(st.C, key.N2)) return false
    const { A, B, z, u, v } = proof
    if (!isUnit(A, key.N2) || !isUnit(B, key.N2) || !isBoundedInt(z) || !isUnit(u, key.N) || !isUnit(v, key.N)) return false
    const e = challenge(ctx, st, A, B)
    const lhs = mod(modPow(st.Y, z, key.N2) * modPow(u, key.N, key.N2), key.N2)
    if (lhs !== mod(A * modPow(st.C, e, key.N2), key.N2)) return false
    return paillierEncrypt(key, z, v) === mod(B * modPow(st.X, e, key.N2), key.N2)
  } catch {
    return false
  }
}
