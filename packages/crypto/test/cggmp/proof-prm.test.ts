import { describe, expect, it } from 'vitest'
import {
  generatePaillierBlum, generateRingPedersen, jacobi, M, mod, modPow, provePrm, randomBelow, randomUnit, Transcript,
  verifyPrm, type PrmProof, type ProofContext, type RingPedersenParams,
} from '../../src/cggmp/index.js'

const key = generatePaillierBlum() // production size, 2048 bits
const rp = generateRingPedersen(key)
const ctx: ProofContext = { sessionId: new Uint8Array([7, 7]), prover: 3 }
const proof = provePrm(ctx, { params: rp.params }, { lambda: rp.lambda, phi: rp.phi })
const N = key.N

/**
 * A prover without λ (s ∉ ⟨t⟩): it guesses each challenge bit g_i and sets A_i = t^{α_i}·s^{−g_i},
 * z_i = α_i, which answers exactly e_i = g_i. With `grind`, it re-draws α_0 until the transcript's
 * challenges equal its guesses (feasible only for a handful of repetitions).
 */
function cheat(c: ProofContext, params: RingPedersenParams, reps: number, grind: boolean): { proof: PrmProof; e: boolean[] } {
  const g = Array.from({ length: reps }, () => randomBelow(2n) === 1n)
  const alpha = Array.from({ length: reps }, () => randomBelow(N))
  const commit = (a: bigint, gi: boolean) => (gi ? mod(modPow(params.t, a, N) * modPow(params.s, -1n, N), N) : modPow(params.t, a, N))
  const A = alpha.map((a, i) => commit(a, g[i]!))
  const draw = () => new Transcript('cggmp/prm', c).int('N', N).int('s', params.s).int('t', params.t).ints('A', A).challengeBits(reps)
  let e = draw()
  while (grind && e.some((ei, i) => ei !== g[i])) {
    alpha[0] = randomBelow(N)
    A[0] = commit(alpha[0], g[0]!)
    e = draw()
  }
  return { proof: { A, z: alpha }, e }
}

/** The verification equations alone, for any number of repetitions (what a weakened verifier would check). */
const equationsHold = (params: RingPedersenParams, p: PrmProof, e: boolean[]) =>
  p.z.every((z, i) => modPow(params.t, z, N) === (e[i] ? (p.A[i]! * params.s) % N : p.A[i]))

const replace = <T>(xs: readonly T[], i: number, v: T): T[] => xs.map((x, j) => (j === i ? v : x))

describe('Π^prm (ring-Pedersen parameters, fig. 17)', () => {
  it('an honest proof verifies at 2048 bits with M = 128 repetitions', () => {
    expect(proof.A).toHaveLength(128)
    expect(verifyPrm(ctx, { params: rp.params }, proof)).toBe(true)
  })

  it('tampered first messages and responses, another session, prover or parameters fail', () => {
    const params = rp.params
    expect(verifyPrm(ctx, { params }, { ...proof, A: replace(proof.A, 3, mod(proof.A[3]! * 4n, N)) })).toBe(false)
    expect(verifyPrm(ctx, { params }, { ...proof, z: replace(proof.z, 9, proof.z[9]! + 1n) })).toBe(false)
    expect(verifyPrm(ctx, { params }, { ...proof, z: replace(proof.z, 9, proof.z[9]! + N) })).toBe(false)
    expect(verifyPrm(ctx, { params }, { ...proof, z: replace(proof.z, 9, -1n) })).toBe(false)
    expect(verifyPrm({ ...ctx, sessionId: new Uint8Array([7, 8]) }, { params }, proof)).toBe(false)
    expect(verifyPrm({ ...ctx, prover: 4 }, { params }, proof)).toBe(false)
    expect(verifyPrm(ctx, { params: { ...params, s: params.t, t: params.s } }, proof)).toBe(false)
    const other = generateRingPedersen(key)
    expect(verifyPrm(ctx, { params: other.params }, proof)).toBe(false)
    // a wrong witness
    expect(verifyPrm(ctx, { params }, provePrm(ctx, { params }, { lambda: rp.lambda + 1n, phi: rp.phi }))).toBe(false)
  })

  it('refuses s or t equal to 0, ±1 or sharing a factor with N', () => {
    const { s, t } = rp.params
    for (const bad of [0n, 1n, N - 1n, key.p, N + 2n]) {
      expect(verifyPrm(ctx, { params: { N, s: bad, t } }, proof)).toBe(false)
      expect(verifyPrm(ctx, { params: { N, s, t: bad } }, proof)).toBe(false)
    }
  })

  // TSSHOCK (Verichains 2023): with s ∉ ⟨t⟩ the verifier's range proofs leak the prover-side
  // secrets. Here s is a non-residue while t = τ² is a residue, so s ∉ ⟨t⟩; the cheating
  // prover can answer one guessed bit per repetition, so it fails unless all 128 guesses match.
  it('TSSHOCK: refuses parameters with s outside ⟨t⟩ at full M', () => {
    let s = randomUnit(N)
    while (jacobi(s, N) !== -1) s = randomUnit(N)
    const params = { N, s, t: rp.params.t }
    const { proof: forged, e } = cheat(ctx, params, M, false)
    expect(equationsHold(params, forged, e)).toBe(false)
    expect(verifyPrm(ctx, { params }, forged)).toBe(false)
  })

  // TSSHOCK's c-split / small-order variant: t = N − 1 has order 2, so ⟨t⟩ = {±1}.
  it('TSSHOCK: refuses t of order 2 (t = N − 1)', () => {
    const params = { N, s: rp.params.s, t: N - 1n }
    expect(verifyPrm(ctx, { params }, cheat(ctx, params, M, false).proof)).toBe(false)
  })

  // TSSHOCK against implementations with fewer repetitions: with 8 of them the cheating prover
  // grinds the Fiat–Shamir challenge until it matches its guesses (~256 tries) and every
  // equation holds; the verifier refuses it because it demands exactly M repetitions.
  it('TSSHOCK: refuses a proof with fewer than M repetitions even when its equations hold', () => {
    let s = randomUnit(N)
    while (jacobi(s, N) !== -1) s = randomUnit(N)
    const params = { N, s, t: rp.params.t }
    const { proof: forged, e } = cheat(ctx, params, 8, true)
    expect(equationsHold(params, forged, e)).toBe(true)
    expect(verifyPrm(ctx, { params }, forged)).toBe(false)
    // an honest proof cut to fewer repetitions is refused too
    expect(verifyPrm(ctx, { params: rp.params }, { A: proof.A.slice(0, 64), z: proof.z.slice(0, 64) })).toBe(false)
  })

  // TSSHOCK alpha-shuffle: with a hash over concatenated decimal strings, (s, t) and (s', t') with
  // a digit moved from t to s hash alike. The length-prefixed transcript separates them.
  it('ambiguous encoding: moving digits between s and t changes the challenges', () => {
    const { s, t } = rp.params
    const [sd, td] = [s.toString(), t.toString()]
    const k = td[1] === '0' ? 2 : 1
    const s2 = BigInt(sd + td.slice(0, k))
    const t2 = BigInt(td.slice(k))
    expect(s2.toString() + t2.toString()).toBe(sd + td)
    const bits = (ps: bigint[]) => new Transcript('cggmp/prm', ctx).int('N', N).int('s', ps[0]!).int('t', ps[1]!).ints('A', proof.A).challengeBits(M)
    expect(bits([s2 % N, t2])).not.toEqual(bits([s, t]))
    expect(verifyPrm(ctx, { params: { N, s: s2 % N, t: t2 } }, proof)).toBe(false)
  })
})
