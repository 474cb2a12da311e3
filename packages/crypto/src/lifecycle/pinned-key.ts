/*
 * Checks on the key a lifecycle session starts from. The pinned key (the coordinator's
 * KeyInfo) is public: every party validates it the same way before it joins, and
 * derives the key's full Feldman commitment from its public shares, so no party has
 * to take another's word for it.
 */
import { equalBytes } from '@noble/curves/utils.js'
import type { CurveGroup, GroupPoint } from '../curves/group.js'
import { groupOf } from '../curves/group.js'
import { evaluateCommitment } from '../curves/polynomial.js'
import { curveOf, isScheme, type KeyShare } from '../keys/types.js'
import type { PartyIndex } from '../session/types.js'
import type { PinnedKey } from './types.js'

export const MAX_LIFECYCLE_PARTIES = 64

/** A pinned key with its points decoded. */
export interface CheckedKey {
  readonly key: PinnedKey
  readonly group: CurveGroup
  readonly parties: readonly PartyIndex[]
  readonly publicShares: ReadonlyMap<PartyIndex, GroupPoint>
  readonly groupKey: GroupPoint
}

/** Throws unless `parties` are 1..64 distinct integers in 1..2^32-1 (no zero identifier); returns them ascending. */
export function checkedCommittee(parties: readonly PartyIndex[], threshold: number, what: string): PartyIndex[] {
  if (!Array.isArray(parties)) throw new RangeError(`${what}: parties must be a list`)
  const sorted = [...parties].sort((a, b) => a - b)
  if (sorted.length < 1 || sorted.length > MAX_LIFECYCLE_PARTIES) throw new RangeError(`${what}: needs 1..${MAX_LIFECYCLE_PARTIES} parties, got ${sorted.length}`)
  if (sorted.some((p, i) => !Number.isInteger(p) || p < 1 || p > 0xffffffff || p === sorted[i - 1])) {
    throw new RangeError(`${what}: parties must be distinct integers in 1..2^32-1`)
  }
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > sorted.length) {
    throw new RangeError(`${what}: threshold must be in 1..${sorted.length}, got ${threshold}`)
  }
  return sorted
}

/**
 * Coefficients (ascending powers) of the Lagrange basis polynomial L_i for the nodes
 * `xs`: L_i(x_i) = 1, L_i(x_k) = 0 for the others. Public values only.
 */
function basisCoefficients(group: CurveGroup, xs: readonly PartyIndex[], i: PartyIndex): bigint[] {
  const { Fn } = group
  let coefficients = [Fn.ONE]
  let den = Fn.ONE
  for (const k of xs) {
    if (k === i) continue
    const xk = Fn.create(BigInt(k))
    // multiply by (x - x_k)
    const next = Array.from({ length: coefficients.length + 1 }, () => Fn.ZERO)
    coefficients.forEach((c, m) => {
      next[m + 1] = Fn.add(next[m + 1]!, c)
      next[m] = Fn.sub(next[m]!, Fn.mul(c, xk))
    })
    coefficients = next
    den = Fn.mul(den, Fn.sub(Fn.create(BigInt(i)), xk))
  }
  const inv = Fn.inv(den)
  return coefficients.map((c) => Fn.mul(c, inv))
}

/**
 * Validates a pinned key's fields and decodes its points: scheme, epoch, committee,
 * chain code, one valid public share per committee party, a valid group key. That the
 * public shares lie on one polynomial is checked by keyCommitment / assertShareOfKey.
 */
export function checkPinnedKey(key: PinnedKey): CheckedKey {
  if (typeof key !== 'object' || key === null) throw new RangeError('key must be a pinned key')
  if (typeof key.keyId !== 'string' || key.keyId.length === 0) throw new RangeError('key.keyId must be a non-empty string')
  if (!isScheme(key.scheme)) throw new RangeError(`unknown scheme ${String(key.scheme)}`)
  if (!Number.isSafeInteger(key.epoch) || key.epoch < 0) throw new RangeError('key.epoch must be a non-negative integer')
  if (!(key.chainCode instanceof Uint8Array) || key.chainCode.length !== 32) throw new RangeError('key.chainCode must be 32 bytes')
  const parties = checkedCommittee(key.parties, key.threshold, 'key')
  const group = groupOf(curveOf(key.scheme))
  if (!(key.publicShares instanceof Map) || key.publicShares.size !== parties.length) {
    throw new RangeError('key.publicShares must hold one point per committee party')
  }
  const publicShares = new Map(parties.map((p) => {
    const bytes = key.publicShares.get(p)
    if (!bytes) throw new RangeError(`key.publicShares has no entry for party ${p}`)
    return [p, group.decodePoint(bytes, `public share of party ${p}`)] as const
  }))
  const groupKey = group.decodePoint(key.groupPublicKey, 'group public key')
  return { key, group, parties, publicShares, groupKey }
}

/** Throws unless `commitment` (threshold points) opens to the group key at 0 and to every public share. Cheap: small x. */
function assertCommitmentOfKey(checked: CheckedKey, commitment: readonly GroupPoint[]): void {
  const { key, group } = checked
  if (commitment.length !== key.threshold) throw new RangeError(`the key's commitment must have ${key.threshold} points`)
  if (!commitment[0]!.equals(checked.groupKey)) throw new RangeError('key: the public shares do not interpolate to the group key')
  for (const p of checked.parties) {
    if (!evaluateCommitment(group, commitment, BigInt(p)).equals(checked.publicShares.get(p)!)) {
      throw new RangeError(`key: public share of party ${p} is not on the key's polynomial`)
    }
  }
}

/**
 * The key's Feldman commitment, interpolated from its first `threshold` public shares
 * (for a party that holds no share: a repaired one), after checking that every public
 * share lies on it. Costs threshold² full scalar multiplications.
 */
export function keyCommitment(checked: CheckedKey): GroupPoint[] {
  const { key, group } = checked
  const base = checked.parties.slice(0, key.threshold)
  const commitment = Array.from({ length: key.threshold }, () => group.zero)
  for (const i of base) {
    const Xi = checked.publicShares.get(i)!
    basisCoefficients(group, base, i).forEach((c, m) => {
      commitment[m] = commitment[m]!.add(Xi.multiplyUnsafe(c))
    })
  }
  assertCommitmentOfKey(checked, commitment)
  return commitment
}

/**
 * Throws unless `share` is this key's share of committee index `index` at the key's
 * epoch: same key, scheme, epoch, committee, threshold, public shares, group key and
 * chain code, a commitment on which every public share lies, and a secret that matches
 * its public share. Returns the secret and the key's commitment.
 */
export function assertShareOfKey(share: KeyShare, checked: CheckedKey, index: PartyIndex): { secret: bigint; commitment: GroupPoint[] } {
  const { key, group } = checked
  const same = (a: readonly PartyIndex[], b: readonly PartyIndex[]) => a.length === b.length && a.every((p, i) => p === b[i])
  if (share.keyId !== key.keyId || share.scheme !== key.scheme) throw new RangeError('share belongs to another key')
  if (share.epoch !== key.epoch) throw new RangeError(`share is of epoch ${share.epoch}, the key is at epoch ${key.epoch}`)
  if (share.self !== index) throw new RangeError(`share is party ${share.self}'s, expected party ${index}'s`)
  if (share.threshold !== key.threshold || !same(share.parties, checked.parties)) throw new RangeError('share has another committee or threshold')
  if (!equalBytes(share.groupPublicKey, key.groupPublicKey) || !equalBytes(share.chainCode, key.chainCode)) {
    throw new RangeError('share has another group key or chain code')
  }
  if (checked.parties.some((p) => !equalBytes(share.publicShares.get(p) ?? new Uint8Array(0), key.publicShares.get(p)!))) {
    throw new RangeError('share has other public shares')
  }
  if (!Array.isArray(share.commitment)) throw new RangeError('share has no commitment')
  const commitment = share.commitment.map((c, m) => group.decodePoint(c, `share commitment[${m}]`))
  assertCommitmentOfKey(checked, commitment)
  const secret = group.decodeScalar(share.secretShare, 'secret share')
  if (!group.base.multiply(secret).equals(checked.publicShares.get(index)!)) throw new RangeError('secret share does not match its public share')
  return { secret, commitment }
}
