import { equalBytes } from '@noble/curves/utils.js'
import type { KeyInfo } from '@thresh/wire'
import { InconsistentKeyError } from './errors.js'
import { isValidGroupKey } from './verify.js'

/** One node's account of a key. */
export interface KeyReport {
  readonly peerId: string
  readonly key: KeyInfo
}

export function sameKeyInfo(a: KeyInfo, b: KeyInfo): boolean {
  return (
    a.keyId === b.keyId &&
    a.scheme === b.scheme &&
    a.threshold === b.threshold &&
    a.parties.length === b.parties.length &&
    a.parties.every((p, i) => p === b.parties[i]) &&
    equalBytes(a.groupPublicKey, b.groupPublicKey) &&
    equalBytes(a.chainCode, b.chainCode)
  )
}

/**
 * The key all reports agree on. Throws InconsistentKeyError when they differ, when a
 * reporter is not a party of the key it reports, or when the group key is not a
 * valid point of the scheme's curve.
 */
export function agreedKey(keyId: string, reports: readonly KeyReport[]): KeyInfo {
  const first = reports[0]
  if (!first) throw new RangeError('agreedKey needs at least one report')
  const dissent = reports.filter((r) => !sameKeyInfo(r.key, first.key))
  if (dissent.length > 0) {
    const peers = reports.map((r) => r.peerId)
    throw new InconsistentKeyError(`nodes disagree about key ${keyId}: ${describeGroups(reports)}`, keyId, peers)
  }
  const key = first.key
  if (key.keyId !== keyId) throw new InconsistentKeyError(`node ${first.peerId} answered for key ${key.keyId} when asked about ${keyId}`, keyId, [first.peerId])
  const outsiders = reports.filter((r) => !key.parties.includes(r.peerId)).map((r) => r.peerId)
  if (outsiders.length > 0) throw new InconsistentKeyError(`nodes outside the committee of key ${keyId} claim to hold it: ${outsiders.join(', ')}`, keyId, outsiders)
  if (!isValidGroupKey(key.scheme, key.groupPublicKey)) {
    throw new InconsistentKeyError(`key ${keyId}: the group public key is not a valid ${key.scheme} point`, keyId, reports.map((r) => r.peerId))
  }
  return key
}

function describeGroups(reports: readonly KeyReport[]): string {
  const groups: { key: KeyInfo; peers: string[] }[] = []
  for (const r of reports) {
    const group = groups.find((g) => sameKeyInfo(g.key, r.key))
    if (group) group.peers.push(r.peerId)
    else groups.push({ key: r.key, peers: [r.peerId] })
  }
  return groups.map((g, i) => `version ${i + 1} from ${g.peers.join(', ')}`).join('; ')
}
