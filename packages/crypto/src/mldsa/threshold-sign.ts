/*
 * Threshold ML-DSA-44 signing, one attempt: "Efficient Threshold ML-DSA" (Celi,
 * del Pino, Espitau, Niot, Prest; ePrint 2026/013), the 3-round protocol with K
 * parallel slots (parameters in params.ts).
 *
 * Round 1. Signer i draws, per slot k, a point (y_k, e_k) uniform in the hyperball of
 *   radius r', rounds it, and computes w_ik = A·round(y_k) + round(e_k). It sends a
 *   hash commitment to (session, i, w_i1..w_iK).
 * Round 2. It reveals w_i1..w_iK; everyone checks them against the commitments.
 * Round 3. With w_k = sum_i w_ik, c~_k = H(mu | w1Encode(HighBits(w_k))) and c_k =
 *   SampleInBall(c~_k), i computes (c_k·s1_i + y_k, c_k·s2_i + e_k), where s_i is the
 *   sum of the subset shares the split assigns it (shares.ts), and keeps the slot only
 *   if that point lies in the radius-r ellipsoid; otherwise the slot is rejected. It
 *   sends z_ik = c_k·s1_i + round(y_k) for the kept slots (an exact integer: c·s1_i
 *   is one, so rounding y alone equals rounding the sum).
 * Combine (anyone; no secret). For the first slot every signer kept: z = sum z_ik,
 *   |z|inf < gamma1 - beta, f = A·z - c·t1·2^d - w_k with |f|inf < gamma2, hint
 *   h = MakeHint(-f, w_k + f) with at most omega ones; (c~, z, h) is then a standard
 *   ML-DSA-44 signature (the verifier's UseHint recovers HighBits(w_k) from w_k + f),
 *   verified with @noble/post-quantum before it is returned.
 * If no slot works, every signer's responses are checked on their own against its
 *   partial public key t_i = sum of its subsets' t_S: (z_ik, A·z_ik - c·t_i - w_ik)
 *   must lie in the radius-r ellipsoid (plus rounding), as an honest response does.
 *   A signer whose response fails is named; otherwise the attempt was an honest
 *   rejection and the caller starts a fresh attempt (fresh randomness, new session).
 *
 * The round-1 state is single-use: two responses from one commitment under two
 * challenges would reveal (c - c')·s_i, hence s_i.
 */
import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js'
import { ProtocolAbort, type PartyIndex } from '../session/types.js'
import { decodePublicKey, encodeFullVec, encodeSignature } from './encoding.js'
import { challengeSeed, messageRepresentative, publicKeyHash, t1Shifted, verifierW } from './mldsa44.js'
import { BETA, GAMMA1, GAMMA2, K, L, N, OMEGA, Q, type ThresholdParams } from './params.js'
import { addVec, centered, infNorm, matVec, mod, mulChallengeSigned, mulChallengeVec, newVec, nttVec, subVec, type PolyVec } from './poly.js'
import { highBitsVec, makeHintVec } from './rounding.js'
import { challengeOf, expandA, sampleHyperball } from './sampling.js'
import { shake } from './xof.js'
import { assignShares, sumPublics, sumShares, type MlDsaKeyShare, type MlDsaPublicInfo } from './shares.js'

/** Bytes of one slot's w (K full-residue polynomials) or z (L of them). */
export const W_SLOT_BYTES = K * N * 23 / 8
export const Z_SLOT_BYTES = L * N * 23 / 8

/** Round-1 secret state of one signer for one attempt. Single-use. */
export class MlDsaCommitState {
  #y: Float64Array[] | undefined
  readonly w: readonly PolyVec[]
  readonly commitment: Uint8Array

  /** @internal Use commitRound1. */
  constructor(y: Float64Array[], w: PolyVec[], commitment: Uint8Array) {
    this.#y = y
    this.w = w
    this.commitment = commitment
  }

  /** Hands out the hyperball samples once (the caller wipes them after use); a second call throws. */
  consume(): Float64Array[] {
    const y = this.#y
    if (!y) throw new Error('this round-1 state was already used: a commitment answers one challenge only')
    this.#y = undefined
    return y
  }

  get used(): boolean {
    return this.#y === undefined
  }
}

const COMMIT_DOMAIN = new TextEncoder().encode('thresh/mldsa44-sign/v1/commit')

/** H(domain | session | party | w_1..w_K): the round-1 commitment. */
export function commitmentHash(session: Uint8Array, party: PartyIndex, wBytes: Uint8Array): Uint8Array {
  const head = new Uint8Array(4)
  new DataView(head.buffer).setUint32(0, party)
  return shake('shake256', [COMMIT_DOMAIN, session, head, wBytes], 32)
}

/** Round 1: fresh hyperball samples for every slot, their w, and the commitment. */
export function commitRound1(key: MlDsaKeyShare, params: ThresholdParams, session: Uint8Array, seed: Uint8Array): MlDsaCommitState {
  if (seed.length !== 64) throw new RangeError('round-1 seed must be 64 bytes')
  const aHat = expandA(decodePublicKey(key.publicKey).rho)
  const ys: Float64Array[] = []
  const ws: PolyVec[] = []
  for (let slot = 0; slot < params.slots; slot++) {
    const y = sampleHyperball(seed, slot, params.rPrime, params.nu)
    const { y1, y2 } = roundSample(y)
    ys.push(y)
    ws.push(addVec(matVec(aHat, nttVec(y1)), y2))
  }
  const wBytes = encodeFullVec(ws.flat())
  return new MlDsaCommitState(ys, ws, commitmentHash(session, key.self, wBytes))
}

/** round(y) as (y1 in R^L, y2 in R^K) mod q; |y| <= nu·r' < q, so one conditional add reduces it. */
function roundSample(y: Float64Array): { y1: PolyVec; y2: PolyVec } {
  const v = newVec(L + K)
  for (let i = 0; i < L + K; i++) {
    const p = v[i]!
    for (let j = 0; j < N; j++) {
      const r = Math.round(y[i * N + j]!)
      p[j] = r < 0 ? r + Q : r
    }
  }
  return { y1: v.slice(0, L), y2: v.slice(L) }
}

/** Per slot: sum of every signer's w. */
export function sumCommitments(ws: readonly (readonly PolyVec[])[], slots: number): PolyVec[] {
  return Array.from({ length: slots }, (_, k) => ws.reduce((acc, w) => addVec(acc, w[k]!), newVec(K)))
}

/** |a|^2/nu^2 + |b|^2 of centered (a in R^L, b in R^K), a and b given as signed reals. */
function ellipsoidNormSquared(a: ArrayLike<number>, b: ArrayLike<number>, nu: number): number {
  let sa = 0
  let sb = 0
  for (let i = 0; i < a.length; i++) sa += a[i]! * a[i]!
  for (let i = 0; i < b.length; i++) sb += b[i]! * b[i]!
  return sa / (nu * nu) + sb
}

function centeredFlat(v: PolyVec): Int32Array {
  const out = new Int32Array(v.length * N)
  v.forEach((p, i) => {
    for (let j = 0; j < N; j++) out[i * N + j] = centered(p[j]!)
  })
  return out
}

/** The challenges of every slot for a message representative and the summed commitments. */
export const slotChallenges = (mu: Uint8Array, wSums: readonly PolyVec[]): Uint8Array[] => wSums.map((w) => challengeSeed(mu, highBitsVec(w)))

/**
 * Round 3: the responses of this signer, one per slot, undefined where its rejection
 * test failed. Consumes the round-1 state.
 */
export function respondRound3(
  key: MlDsaKeyShare, params: ThresholdParams, signers: readonly PartyIndex[], state: MlDsaCommitState, challenges: readonly Uint8Array[],
): (PolyVec | undefined)[] {
  if (challenges.length !== params.slots) throw new RangeError(`expected ${params.slots} challenges`)
  const ys = state.consume()
  const mine = assignShares(key.parties, key.threshold, signers).get(key.self)
  if (!mine) throw new RangeError(`party ${key.self} is not in the signer set`)
  const partial = sumShares(mine.map((k) => key.shares.get(k)!))
  // Small signed coefficients, so c·s is exact without reduction.
  const s = centeredFlat([...partial.s1, ...partial.s2])
  const packed = packPairs(s)
  const cs = new Int32Array((L + K) * N)
  const r2 = params.r * params.r
  const nu2 = params.nu * params.nu
  try {
    return challenges.map((cTilde, slot) => {
      const y = ys[slot]!
      const c = challengeOf(cTilde)
      for (let i = 0; i < (L + K) / 2; i++) unpackPair(mulChallengeSigned(c, packed[i]!), cs, 2 * i * N)
      // The rejection test on (c·s1_i + y, c·s2_i + e): |.|^2/nu^2 + |.|^2 <= r^2.
      let sa = 0
      let sb = 0
      for (let i = 0; i < L * N; i++) {
        const v = cs[i]! + y[i]!
        sa += v * v
      }
      for (let i = L * N; i < (L + K) * N; i++) {
        const v = cs[i]! + y[i]!
        sb += v * v
      }
      if (sa / nu2 + sb > r2) return undefined
      const z = newVec(L)
      for (let i = 0; i < L; i++) for (let j = 0; j < N; j++) z[i]![j] = mod(cs[i * N + j]! + Math.round(y[i * N + j]!))
      return z
    })
  } finally {
    for (const y of ys) y.fill(0)
    s.fill(0)
    for (const p of packed) p.fill(0)
    cs.fill(0)
  }
}

/*
 * Two small polynomials in one: a + 2^16·b. Multiplying by c is linear, so one product
 * gives c·a in the low 16 bits (signed) and c·b above them, as long as |c·a| < 2^15:
 * tau·|a| <= 39·105. Halves the work of the responses' c·s.
 */
const LANE = 1 << 16
const MAX_PACKED_COEFFICIENT = 105

function packPairs(s: Int32Array): Int32Array[] {
  for (let i = 0; i < s.length; i++) {
    if (Math.abs(s[i]!) > MAX_PACKED_COEFFICIENT) throw new RangeError('partial secret coefficient too large for this key share')
  }
  return Array.from({ length: s.length / (2 * N) }, (_, k) => {
    const out = new Int32Array(N)
    for (let j = 0; j < N; j++) out[j] = s[2 * k * N + j]! + LANE * s[(2 * k + 1) * N + j]!
    return out
  })
}

function unpackPair(product: Int32Array, out: Int32Array, offset: number): void {
  for (let j = 0; j < N; j++) {
    const v = product[j]!
    const lo = (v << 16) >> 16
    out[offset + j] = lo
    out[offset + N + j] = (v - lo) / LANE
  }
  product.fill(0)
}

export interface CombineInput {
  readonly info: MlDsaPublicInfo
  readonly params: ThresholdParams
  readonly signers: readonly PartyIndex[]
  readonly message: Uint8Array
  readonly context: Uint8Array
  /** Each signer's revealed w per slot (already checked against its commitment). */
  readonly commitments: ReadonlyMap<PartyIndex, readonly PolyVec[]>
  /** Each signer's responses per slot, undefined for a slot it rejected. */
  readonly responses: ReadonlyMap<PartyIndex, readonly (PolyVec | undefined)[]>
}

/**
 * Combine: a standard ML-DSA-44 signature from the first slot that yields one, or
 * undefined when every slot was honestly rejected (start a fresh attempt). Throws
 * ProtocolAbort naming the signers whose responses fail their individual check.
 */
export function combine(input: CombineInput): Uint8Array | undefined {
  const { info, params, signers, message, context, commitments, responses } = input
  const { rho, t1 } = decodePublicKey(info.publicKey)
  const aHat = expandA(rho)
  const t1Shift = t1Shifted(t1)
  const mu = messageRepresentative(publicKeyHash(info.publicKey), message, context)
  // Only slots every signer kept matter; their w sums and challenges are computed as needed.
  const complete: number[] = []
  const challenges = new Map<number, Uint8Array>()
  for (let slot = 0; slot < params.slots; slot++) {
    const zs = signers.map((p) => responses.get(p)![slot])
    if (zs.some((z) => z === undefined)) continue
    complete.push(slot)
    const w = signers.reduce<PolyVec>((acc, p) => addVec(acc, commitments.get(p)![slot]!), newVec(K))
    challenges.set(slot, slotChallenges(mu, [w])[0]!)
    const z = zs.reduce<PolyVec>((acc, zi) => addVec(acc, zi!), newVec(L))
    if (infNorm(z) >= GAMMA1 - BETA) continue
    const wApprox = verifierW(aHat, t1Shift, challengeOf(challenges.get(slot)!), z)
    const f = subVec(wApprox, w)
    if (infNorm(f) >= GAMMA2) continue
    const { hint, ones } = makeHintVec(f.map((p) => Int32Array.from(p, (v) => mod(-v))), wApprox)
    if (ones > OMEGA) continue
    const signature = encodeSignature(challenges.get(slot)!, z, hint)
    if (!ml_dsa44.verify(signature, message, info.publicKey, { context })) {
      throw new Error('protocol bug: a combined signature does not verify')
    }
    return signature
  }
  blameResponses(input, aHat, challenges, complete)
  return undefined
}

/** Slack for rounding y and e to integers: 0.5 per coordinate over 256·(L+K) coordinates. */
const ROUNDING_SLACK = 0.5 * Math.sqrt(N * (L + K))

function blameResponses(input: CombineInput, aHat: readonly PolyVec[], challenges: ReadonlyMap<number, Uint8Array>, slots: readonly number[]): void {
  const { info, params, signers, commitments, responses } = input
  const split = assignShares(info.parties, info.threshold, signers)
  const bound = (params.r + ROUNDING_SLACK) ** 2
  const culprits: PartyIndex[] = []
  for (const p of signers) {
    const ti = sumPublics(split.get(p)!.map((k) => info.subsetPublics.get(k)!))
    const bad = slots.some((slot) => {
      const z = responses.get(p)![slot]!
      const v = subVec(subVec(matVec(aHat, nttVec(z)), mulChallengeVec(challengeOf(challenges.get(slot)!), ti)), commitments.get(p)![slot]!)
      return ellipsoidNormSquared(centeredFlat(z), centeredFlat(v), params.nu) > bound
    })
    if (bad) culprits.push(p)
  }
  if (culprits.length > 0) throw new ProtocolAbort('threshold ML-DSA response fails its check against the signer\'s partial public key', culprits)
}
