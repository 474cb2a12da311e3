/*
 * Π^mod: Paillier-Blum modulus proof (CGGMP eprint 2021/060, Figure 16, in the
 * revision whose appendix C numbers Π^mod 16, Π^prm 17, Π^sch 22, Π^fac 28).
 *
 * The prover shows that N = p·q with p, q ≡ 3 mod 4 primes and gcd(N, φ(N)) = 1:
 * it sends w ∈ Z*_N of Jacobi symbol −1; for each of M challenges y_i ∈ Z_N drawn from
 * the transcript it answers a fourth root x_i of y'_i = (−1)^{a_i}·w^{b_i}·y_i (a_i, b_i
 * bits chosen so that y'_i is a quadratic residue) and z_i = y_i^{N⁻¹ mod φ(N)} mod N.
 * With p, q ≡ 3 mod 4, −1 and w reach all four quadratic characters and squaring
 * permutes the residues, so the roots always exist; for any other modulus each
 * repetition fails with probability ≥ 1/2 (three or more primes, p ≡ 1 mod 4) or
 * almost surely (a square factor: N-th roots do not exist). The figure also asks N to
 * be an odd composite: a prime N ≡ 3 mod 4 passes every equation, so the verifier runs
 * a primality test.
 */
import { checkPrimeSync } from 'node:crypto'
import { bitLength, gcd, jacobi, mod, modInv, modPow, randomUnit } from '../arith.js'
import { M, PAILLIER_BITS } from '../params.js'
import { Transcript, type ProofContext } from '../transcript.js'

export interface ModStatement {
  readonly N: bigint
}

export interface ModWitness {
  readonly p: bigint
  readonly q: bigint
}

export interface ModProof {
  readonly w: bigint
  /** Fourth roots x_i of (−1)^{a_i}·w^{b_i}·y_i. */
  readonly x: readonly bigint[]
  /** Bits a_i, b_i as 0n / 1n. */
  readonly a: readonly bigint[]
  readonly b: readonly bigint[]
  /** N-th roots z_i of y_i. */
  readonly z: readonly bigint[]
}

function challenges(ctx: ProofContext, N: bigint, w: bigint): bigint[] {
  const tr = new Transcript('cggmp/mod', ctx).int('N', N).int('w', w)
  return Array.from({ length: M }, () => tr.challengeBelow(N))
}

/** x is a quadratic residue mod the odd prime p (Euler's criterion; p is secret, hence modPow). */
function isResidue(x: bigint, p: bigint): boolean {
  return modPow(x, (p - 1n) / 2n, p) === 1n
}

export function proveMod(ctx: ProofContext, st: ModStatement, wit: ModWitness): ModProof {
  const { N } = st
  const { p, q } = wit
  let w = randomUnit(N)
  while (jacobi(w, N) !== -1) w = randomUnit(N)
  const ys = challenges(ctx, N, w)
  // Per-prime exponents: N⁻¹ mod (p − 1) for the N-th root, ((p + 1)/4)² mod (p − 1) for
  // the fourth root that is itself a residue (p ≡ 3 mod 4); combined by CRT.
  const qInvP = modInv(q, p)
  const crt = (xp: bigint, xq: bigint) => xq + q * mod((xp - xq) * qInvP, p)
  const nInvP = modInv(N, p - 1n)
  const nInvQ = modInv(N, q - 1n)
  const rootP = mod(((p + 1n) / 4n) ** 2n, p - 1n)
  const rootQ = mod(((q + 1n) / 4n) ** 2n, q - 1n)
  const x: bigint[] = []
  const a: bigint[] = []
  const b: bigint[] = []
  const z: bigint[] = []
  for (const y of ys) {
    z.push(crt(modPow(y, nInvP, p), modPow(y, nInvQ, q)))
    let found = false
    for (const [ai, bi] of [[0n, 0n], [1n, 0n], [0n, 1n], [1n, 1n]] as const) {
      const yy = mod((ai === 1n ? -1n : 1n) * (bi === 1n ? w : 1n) * y, N)
      if (!isResidue(yy % p, p) || !isResidue(yy % q, q)) continue
      x.push(crt(modPow(yy % p, rootP, p), modPow(yy % q, rootQ, q)))
      a.push(ai)
      b.push(bi)
      found = true
      break
    }
    // Only when y shares a factor with N (probability ~2^-1023) or the witness is not Blum:
    // answer anything, the verifier refuses.
    if (!found) {
      x.push(1n)
      a.push(0n)
      b.push(0n)
    }
  }
  return { w, x, a, b, z }
}

const isUnit = (v: unknown, N: bigint): v is bigint => typeof v === 'bigint' && v > 0n && v < N && gcd(v, N) === 1n
const isBit = (v: unknown): v is bigint => v === 0n || v === 1n
const isVector = (v: unknown): v is readonly unknown[] => Array.isArray(v) && v.length === M

export function verifyMod(ctx: ProofContext, st: ModStatement, proof: ModProof): boolean {
  try {
    const { N } = st
    // The statement: an odd composite of exactly the production size.
    if (typeof N !== 'bigint' || bitLength(N) !== PAILLIER_BITS || (N & 1n) === 0n) return false
    if (checkPrimeSync(N, { checks: 64 })) return false
    const { w, x, a, b, z } = proof
    if (!isUnit(w, N) || jacobi(w, N) !== -1) return false
    if (!isVector(x) || !isVector(a) || !isVector(b) || !isVector(z)) return false
    const ys = challenges(ctx, N, w)
    for (let i = 0; i < M; i++) {
      const [xi, ai, bi, zi] = [x[i], a[i], b[i], z[i]]
      if (!isUnit(xi, N) || !isUnit(zi, N) || !isBit(ai) || !isBit(bi)) return false
      const y = ys[i]!
      if (modPow(zi, N, N) !== y) return false
      const expected = mod((ai === 1n ? -1n : 1n) * (bi === 1n ? w : 1n) * y, N)
      if (modPow(xi, 4n, N) !== expected) return false
    }
    return true
  } catch {
    return false
  }
}
