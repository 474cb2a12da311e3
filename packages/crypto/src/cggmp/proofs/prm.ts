/*
 * Π^prm: ring-Pedersen parameters proof (CGGMP eprint 2021/060, Figure 17, in the
 * revision whose appendix C numbers Π^mod 16, Π^prm 17, Π^sch 22, Π^fac 28).
 *
 * The owner of (N, s, t) shows s ∈ ⟨t⟩ by knowing λ with s = t^λ mod N: M parallel
 * repetitions of a bit-challenge sigma protocol, A_i = t^{α_i}, e_i ∈ {0, 1} from the
 * transcript, z_i = α_i + e_i·λ mod φ(N); the verifier checks t^{z_i} = A_i·s^{e_i}.
 * A prover with s ∉ ⟨t⟩ answers one challenge bit per repetition at most, so soundness
 * is 2^-M: the verifier demands exactly M = 128 repetitions (TSSHOCK's attacks used
 * implementations that accepted fewer). t being a square (honest generation) cannot be
 * checked; s, t ∉ {0, ±1} and units of Z*_N are.
 */
import { bitLength, gcd, mod, modPow, randomBelow } from '../arith.js'
import { M, PAILLIER_BITS } from '../params.js'
import type { RingPedersenParams } from '../ring-pedersen.js'
import { Transcript, type ProofContext } from '../transcript.js'

export interface PrmStatement {
  readonly params: RingPedersenParams
}

export interface PrmWitness {
  /** s = t^λ mod N. */
  readonly lambda: bigint
  readonly phi: bigint
}

export interface PrmProof {
  readonly A: readonly bigint[]
  readonly z: readonly bigint[]
}

function challenges(ctx: ProofContext, { N, s, t }: RingPedersenParams, A: readonly bigint[]): boolean[] {
  return new Transcript('cggmp/prm', ctx).int('N', N).int('s', s).int('t', t).ints('A', A).challengeBits(M)
}

export function provePrm(ctx: ProofContext, st: PrmStatement, wit: PrmWitness): PrmProof {
  const { N, t } = st.params
  const alpha = Array.from({ length: M }, () => randomBelow(wit.phi))
  const A = alpha.map((a) => modPow(t, a, N))
  const e = challenges(ctx, st.params, A)
  const z = alpha.map((a, i) => (e[i] ? mod(a + wit.lambda, wit.phi) : a))
  return { A, z }
}

/** x ∈ Z*_N and not ±1 (elements of order ≤ 2 generate nothing useful). */
const isGenerator = (x: unknown, N: bigint): x is bigint =>
  typeof x === 'bigint' && x > 1n && x < N - 1n && gcd(x, N) === 1n

export function verifyPrm(ctx: ProofContext, st: PrmStatement, proof: PrmProof): boolean {
  try {
    const { N, s, t } = st.params
    if (typeof N !== 'bigint' || bitLength(N) !== PAILLIER_BITS || (N & 1n) === 0n) return false
    if (!isGenerator(s, N) || !isGenerator(t, N)) return false
    const { A, z } = proof
    if (!Array.isArray(A) || !Array.isArray(z) || A.length !== M || z.length !== M) return false
    for (let i = 0; i < M; i++) {
      const [Ai, zi] = [A[i], z[i]]
      if (typeof Ai !== 'bigint' || Ai <= 0n || Ai >= N || gcd(Ai, N) !== 1n) return false
      if (typeof zi !== 'bigint' || zi < 0n || zi >= N) return false
    }
    const e = challenges(ctx, st.params, A)
    for (let i = 0; i < M; i++) {
      const rhs = e[i] ? (A[i]! * s) % N : A[i]!
      if (modPow(t, z[i]!, N) !== rhs) return false
    }
    return true
  } catch {
    return false
  }
}
