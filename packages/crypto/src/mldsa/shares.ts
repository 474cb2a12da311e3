/*
 * Replicated short secret sharing ("Efficient Threshold ML-DSA", ePrint 2026/013,
 * §key generation): the secret (s1, s2) is the sum of one short share per subset of
 * N - T + 1 parties, and every member of a subset holds that subset's share. Any T
 * parties meet every subset (T + (N - T + 1) > N), so together they hold all shares;
 * T - 1 parties miss the share of the subset made of the others.
 * To sign, the signer set splits the shares among its members: each subset's share is
 * used by exactly one member, and nobody uses more than ceil(C(N, T-1) / T) of them.
 * The paper's radii assume that bound (its params/recover.py computes the split as a
 * max-flow with that capacity and asserts it exists for every N <= 6); here a
 * deterministic depth-first search finds a split meeting the same bound.
 */
import type { PartyIndex } from '../session/types.js'
import { K, L, N, PUBLIC_KEY_BYTES, Q, thresholdParams } from './params.js'
import { addVec, newVec, type PolyVec } from './poly.js'

/** One subset's share: short polynomials (coefficients in [-2, 2] for generated keys). */
export interface SubsetShare {
  readonly members: readonly PartyIndex[]
  readonly s1: PolyVec
  readonly s2: PolyVec
}

/** The public part of a threshold ML-DSA-44 key: what a coordinator needs to combine. */
export interface MlDsaPublicInfo {
  readonly keyId: string
  readonly threshold: number
  /** The committee, sorted ascending, 2..6 parties. */
  readonly parties: readonly PartyIndex[]
  /** The standard ML-DSA-44 public key (1312 bytes). */
  readonly publicKey: Uint8Array
  /** t_S = A·s1_S + s2_S of every subset, by subsetKey; names a party whose response is bad. */
  readonly subsetPublics: ReadonlyMap<string, PolyVec>
}

/** One party's share of a threshold ML-DSA-44 key. */
export interface MlDsaKeyShare extends MlDsaPublicInfo {
  readonly self: PartyIndex
  /** The share of every subset containing self, by subsetKey. Secret. */
  readonly shares: ReadonlyMap<string, SubsetShare>
}

export const subsetKey = (members: readonly PartyIndex[]): string => members.join(',')

function combinations<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]]
  if (items.length < size) return []
  const [first, ...rest] = items
  return [...combinations(rest, size - 1).map((c) => [first!, ...c]), ...combinations(rest, size)]
}

/** Every subset of N - T + 1 parties of the committee, each sorted, in lexicographic order. */
export function sharingSubsets(parties: readonly PartyIndex[], threshold: number): PartyIndex[][] {
  const sorted = [...parties].sort((a, b) => a - b)
  return combinations(sorted, sorted.length - threshold + 1)
}

function binomial(n: number, k: number): number {
  let c = 1
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1)
  return c
}

/**
 * Which subset shares each signer uses: every subset goes to one of its members in the
 * signer set, at most ceil(C(N, T-1) / T) per signer. Deterministic, so every signer
 * and the coordinator compute the same split.
 */
export function assignShares(parties: readonly PartyIndex[], threshold: number, signers: readonly PartyIndex[]): Map<PartyIndex, string[]> {
  const sorted = [...new Set(signers)].sort((a, b) => a - b)
  if (sorted.length !== threshold) throw new RangeError(`a signer set has exactly ${threshold} distinct parties, got ${sorted.length}`)
  if (sorted.some((p) => !parties.includes(p))) throw new RangeError('a signer is not in the committee')
  const subsets = sharingSubsets(parties, threshold)
  const capacity = Math.ceil(binomial(parties.length, threshold - 1) / threshold)
  const owner: PartyIndex[] = []
  const load = new Map<PartyIndex, number>(sorted.map((p) => [p, 0]))
  // Depth-first over the subsets in order, members ascending: the first split found.
  const place = (s: number): boolean => {
    if (s === subsets.length) return true
    for (const m of subsets[s]!) {
      const used = load.get(m)
      if (used === undefined || used >= capacity) continue
      load.set(m, used + 1)
      owner[s] = m
      if (place(s + 1)) return true
      load.set(m, used)
    }
    return false
  }
  if (!place(0)) throw new Error(`protocol bug: no balanced share split for ${threshold}-of-${parties.length}`)
  const out = new Map<PartyIndex, string[]>(sorted.map((p) => [p, []]))
  subsets.forEach((members, s) => out.get(owner[s]!)!.push(subsetKey(members)))
  return out
}

/** Sum of the given subsets' (s1, s2). */
export function sumShares(shares: readonly { s1: PolyVec; s2: PolyVec }[]): { s1: PolyVec; s2: PolyVec } {
  return shares.reduce((acc, s) => ({ s1: addVec(acc.s1, s.s1), s2: addVec(acc.s2, s.s2) }), { s1: newVec(L), s2: newVec(K) })
}

/** Sum of the given subsets' public t_S. */
export const sumPublics = (publics: readonly PolyVec[]): PolyVec => publics.reduce((acc, t) => addVec(acc, t), newVec(K))

function isVec(v: unknown, length: number, bound: (x: number) => boolean): boolean {
  return Array.isArray(v) && v.length === length &&
    v.every((p) => p instanceof Int32Array && p.length === N && p.every(bound))
}

/**
 * Checks a threshold ML-DSA public info (and, given `self`, a key share) before use:
 * committee, public key length, every subset's t_S, and this party's shares. Throws a
 * RangeError naming what is wrong (never a secret value).
 */
export function assertMlDsaKey(info: MlDsaPublicInfo, share?: MlDsaKeyShare): void {
  const parties = [...info.parties]
  if (parties.some((p, i) => !Number.isSafeInteger(p) || p < 1 || (i > 0 && p <= parties[i - 1]!))) {
    throw new RangeError('key parties must be distinct positive integers in ascending order')
  }
  thresholdParams(info.threshold, parties.length)
  if (!(info.publicKey instanceof Uint8Array) || info.publicKey.length !== PUBLIC_KEY_BYTES) throw new RangeError(`public key must be ${PUBLIC_KEY_BYTES} bytes`)
  const subsets = sharingSubsets(parties, info.threshold).map(subsetKey)
  if (!(info.subsetPublics instanceof Map) || info.subsetPublics.size !== subsets.length ||
      !subsets.every((k) => isVec(info.subsetPublics.get(k), K, (x) => x >= 0 && x < Q))) {
    throw new RangeError('key must carry t_S (4 polynomials mod q) for every subset')
  }
  if (!share) return
  if (!parties.includes(share.self)) throw new RangeError(`party ${share.self} is not in the key's committee`)
  const mine = sharingSubsets(parties, info.threshold).filter((s) => s.includes(share.self)).map(subsetKey)
  if (!(share.shares instanceof Map) || share.shares.size !== mine.length || !mine.every((k) => {
    const sh = share.shares.get(k)
    return sh !== undefined && subsetKey(sh.members) === k && isVec(sh.s1, L, (x) => x >= 0 && x < Q) && isVec(sh.s2, K, (x) => x >= 0 && x < Q)
  })) {
    throw new RangeError(`key share must hold the share of every subset containing party ${share.self}`)
  }
}
