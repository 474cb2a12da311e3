/*
 * Π^aff-g — Paillier affine operation with group commitment in range: the MtA proof
 * (CGGMP eprint 2021/060, Section 6.2, Figure 15; numbering as in enc.ts).
 *
 * Statement: N0 (owner of C and D), N1 (the prover's key), ciphertexts C, D mod N0²,
 * Y mod N1², a point X, the verifier's ring-Pedersen (N̂, s, t). Witness x, y, ρ ∈ Z*_{N0},
 * ρ_y ∈ Z*_{N1} with D = C^x·(1+N0)^y·ρ^{N0} mod N0², Y = (1+N1)^y·ρ_y^{N1} mod N1²,
 * X = x·G, x ∈ ±2^ℓ, y ∈ ±2^ℓ'.
 *   prover:   α ← ±2^{ℓ+ε}, β ← ±2^{ℓ'+ε}, r ← Z*_{N0}, r_y ← Z*_{N1},
 *             γ, δ ← ±2^{ℓ+ε}·N̂, m, μ ← ±2^ℓ·N̂;
 *             A = C^α·(1+N0)^β·r^{N0} mod N0², Bx = α·G, By = (1+N1)^β·r_y^{N1} mod N1²,
 *             E = s^α t^γ, F = s^β t^δ, S = s^x t^m, T = s^y t^μ mod N̂
 *   challenge e ← ±q
 *   response: z1 = α + e·x, z2 = β + e·y, z3 = γ + e·m, z4 = δ + e·μ,
 *             w = r·ρ^e mod N0, w_y = r_y·ρ_y^e mod N1
 *   verifier: z1 ∈ ±2^{ℓ+ε}, z2 ∈ ±2^{ℓ'+ε};
 *             C^{z1}·(1+N0)^{z2}·w^{N0} = A·D^e mod N0², z1·G = Bx + e·X,
 *             (1+N1)^{z2}·w_y^{N1} = By·Y^e mod N1², s^{z1} t^{z3} = E·S^e, s^{z2} t^{z4} = F·T^e mod N̂.
 * The z2 check is what stops the Alpha-Rays attack (eprint 2021/1621): without it a
 * malicious β far outside ±2^ℓ' passes, and the wrap-around of the receiver's decryption
 * leaks bits of its share.
 */
import { mod, modPow, randomSigned, randomUnit } from '../arith.js'
import { mulG, mulPoint, q, type CurvePoint } from '../group.js'
import { paillierEncrypt, type PaillierPublicKey } from '../paillier.js'
import { EPSILON, L, L_PRIME } from '../params.js'
import { ringPedersenCommit, type RingPedersenParams } from '../ring-pedersen.js'
import type { ProofContext } from '../transcript.js'
import { checkedKey, inSignedRange, isAux, isBoundedInt, isPoint, isUnit, sampleSigned, transcriptWithAux } from './range-checks.js'

export interface AffGStatement {
  /** N0: the key C and D are encrypted under (the verifier's Paillier key). */
  readonly key0: PaillierPublicKey
  /** N1: the prover's Paillier key (Y is under it). */
  readonly key1: PaillierPublicKey
  readonly C: bigint
  readonly D: bigint
  readonly Y: bigint
  readonly X: CurvePoint
  /** The verifier's ring-Pedersen parameters. */
  readonly aux: RingPedersenParams
}

export interface AffGWitness {
  readonly x: bigint
  readonly y: bigint
  /** ρ ∈ Z*_{N0}. */
  readonly rho: bigint
  /** ρ_y ∈ Z*_{N1}. */
  readonly rhoY: bigint
}

export interface AffGProof {
  readonly A: bigint
  readonly Bx: CurvePoint
  readonly By: bigint
  readonly E: bigint
  readonly F: bigint
  readonly S: bigint
  readonly T: bigint
  readonly z1: bigint
  readonly z2: bigint
  readonly z3: bigint
  readonly z4: bigint
  readonly w: bigint
  readonly wY: bigint
}

type FirstMessage = Pick<AffGProof, 'A' | 'Bx' | 'By' | 'E' | 'F' | 'S' | 'T'>

function challenge(ctx: ProofContext, st: AffGStatement, m: FirstMessage): bigint {
  return transcriptWithAux('cggmp/aff-g', ctx, st.aux)
    .int('N0', st.key0.N)
    .int('N1', st.key1.N)
    .int('C', st.C)
    .int('D', st.D)
    .int('Y', st.Y)
    .point('X', st.X)
    .int('A', m.A)
    .point('Bx', m.Bx)
    .int('By', m.By)
    .int('E', m.E)
    .int('F', m.F)
    .int('S', m.S)
    .int('T', m.T)
    .challengeSigned(q)
}

export function proveAffG(ctx: ProofContext, st: AffGStatement, w: AffGWitness): AffGProof {
  const { key0, key1, aux } = st
  const alpha = randomSigned(L + EPSILON)
  const beta = randomSigned(L_PRIME + EPSILON)
  const r = randomUnit(key0.N)
  const rY = randomUnit(key1.N)
  const gamma = sampleSigned((1n << BigInt(L + EPSILON)) * aux.N)
  const delta = sampleSigned((1n << BigInt(L + EPSILON)) * aux.N)
  const m = sampleSigned((1n << BigInt(L)) * aux.N)
  const mu = sampleSigned((1n << BigInt(L)) * aux.N)
  const first: FirstMessage = {
    A: mod(modPow(st.C, alpha, key0.N2) * paillierEncrypt(key0, beta, r), key0.N2),
    Bx: mulG(alpha),
    By: paillierEncrypt(key1, beta, rY),
    E: ringPedersenCommit(aux, alpha, gamma),
    F: ringPedersenCommit(aux, beta, delta),
    S: ringPedersenCommit(aux, w.x, m),
    T: ringPedersenCommit(aux, w.y, mu),
  }
  const e = challenge(ctx, st, first)
  return {
    ...first,
    z1: alpha + e * w.x,
    z2: beta + e * w.y,
    z3: gamma + e * m,
    z4: delta + e * mu,
    w: mod(r * modPow(w.rho, e, key0.N), key0.N),
    wY: mod(rY * modPow(w.rhoY, e, key1.N), key1.N),
  }
}

export function verifyAffG(ctx: ProofContext, st: AffGStatement, proof: AffGProof): boolean {
  try {
    const key0 = checkedKey(st.key0)
    const key1 = checkedKey(st.key1)
    const { aux } = st
    if (!key0 || !key1 || !isAux(aux)) return false
    if (!isUnit(st.C, key0.N2) || !isUnit(st.D, key0.N2) || !isUnit(st.Y, key1.N2) || !isPoint(st.X)) return false
    const { A, Bx, By, E, F, S, T, z1, z2, z3, z4, w, wY } = proof
    if (!isUnit(A, key0.N2) || !isPoint(Bx) || !isUnit(By, key1.N2)) return false
    if (!isUnit(E, aux.N) || !isUnit(F, aux.N) || !isUnit(S, aux.N) || !isUnit(T, aux.N)) return false
    if (!inSignedRange(z1, L + EPSILON) || !inSignedRange(z2, L_PRIME + EPSILON)) return false
    if (!isBoundedInt(z3) || !isBoundedInt(z4) || !isUnit(w, key0.N) || !isUnit(wY, key1.N)) return false
    const e = challenge(ctx, st, proof)
    const lhs0 = mod(modPow(st.C, z1, key0.N2) * paillierEncrypt(key0, z2, w), key0.N2)
    if (lhs0 !== mod(A * modPow(st.D, e, key0.N2), key0.N2)) return false
    if (!mulG(z1).equals(Bx.add(mulPoint(st.X, e)))) return false
    if (paillierEncrypt(key1, z2, wY) !== mod(By * modPow(st.Y, e, key1.N2), key1.N2)) return false
    if (ringPedersenCommit(aux, z1, z3) !== mod(E * modPow(S, e, aux.N), aux.N)) return false
    return ringPedersenCommit(aux, z2, z4) === mod(F * modPow(T, e, aux.N), aux.N)
  } catch {
    return false
  }
}
