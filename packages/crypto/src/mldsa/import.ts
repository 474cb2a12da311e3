/*
 * Importing an existing ML-DSA-44 key into a threshold committee.
 */
import { equalBytes } from '@noble/curves/utils.js'
import { randomBytes } from '@noble/hashes/utils.js'
import type { PartyIndex, Rng } from '../session/types.js'
import { decodeSecretKey } from './encoding.js'
import { computeT, publicKeyHash, publicKeyOf } from './mldsa44.js'
import { thresholdParams } from './params.js'
import { subVec, type PolyVec } from './poly.js'
import { expandA, expandS } from './sampling.js'
import { sharingSubsets, subsetKey, sumShares, type MlDsaKeyShare, type SubsetShare } from './shares.js'

export interface ImportOptions {
  readonly keyId: string
  readonly threshold: number
  /** The committee: 2..6 distinct positive party indices. */
  readonly parties: readonly PartyIndex[]
  readonly rng?: Rng
}

/** A committee's sorted party list, checked. */
export function checkedCommittee(parties: readonly PartyIndex[], threshold: number): PartyIndex[] {
  const sorted = [...parties].sort((a, b) => a - b)
  if (sorted.some((p, i) => !Number.isSafeInteger(p) || p < 1 || p > 0xffffffff || p === sorted[i - 1])) {
    throw new RangeError('parties must be distinct positive integers')
  }
  thresholdParams(threshold, sorted.length)
  return sorted
}

/** Every subset's public t_S = A·s1_S + s2_S, by subset key. */
export function subsetPublicsOf(aHat: readonly PolyVec[], shares: readonly SubsetShare[]): Map<string, PolyVec> {
  return new Map(shares.map((s) => [subsetKey(s.members), computeT(aHat, s.s1, s.s2)]))
}

/**
 * DEALER SPLIT, FOR IMPORT ONLY. Splits an existing ML-DSA-44 secret key (the
 * 2560-byte FIPS 204 encoding) into replicated shares, one KeyShare per party. It runs
 * on the application's machine, which held the whole key anyway, and exists only so
 * that such a key can be moved into a committee; new keys come from the distributed
 * key generation (MlDsaKeygenSession), which never assembles the secret anywhere.
 * The caller must erase the input key and hand each share to its party only, sealed.
 *
 * Every subset but the last gets a fresh short share; the last gets the difference
 * s - (sum of the others), whose coefficients are about sqrt(C(N, T-1)) times larger
 * than a generated share's. Signing still yields standard signatures, but the signer
 * that uses that share rejects more often and the paper's analysis (which assumes
 * short shares) does not cover its responses; docs/post-quantum.md says more.
 */
export function splitMlDsaKey(secretKey: Uint8Array, options: ImportOptions): MlDsaKeyShare[] {
  const parties = checkedCommittee(options.parties, options.threshold)
  const rng = options.rng ?? randomBytes
  const { rho, tr, s1, s2 } = decodeSecretKey(secretKey)
  const aHat = expandA(rho)
  const publicKey = publicKeyOf(rho, computeT(aHat, s1, s2))
  if (!equalBytes(publicKeyHash(publicKey), tr)) throw new RangeError('ML-DSA-44 secret key is inconsistent: its tr does not match its s1, s2')
  const subsets = sharingSubsets(parties, options.threshold)
  const shares: SubsetShare[] = subsets.slice(0, -1).map((members) => ({ members, ...expandS(rng(64)) }))
  const rest = sumShares(shares)
  shares.push({ members: subsets[subsets.length - 1]!, s1: subVec(s1, rest.s1), s2: subVec(s2, rest.s2) })
  const subsetPublics = subsetPublicsOf(aHat, shares)
  return parties.map((self) => ({
    keyId: options.keyId,
    threshold: options.threshold,
    parties,
    self,
    publicKey,
    subsetPublics,
    shares: new Map(shares.filter((s) => s.members.includes(self)).map((s) => [subsetKey(s.members), s])),
  }))
}
