import { equalBytes } from '@noble/curves/utils.js'
import { coordResponseCodec, type KeyInfo } from '@thresh/wire'
import { ConfigError, InconsistentKeyError, UnconfirmedKeyError, UnknownKeyError, type Exclusion } from './errors.js'
import { errorOf } from './blame.js'
import type { Outcome } from './fan-out.js'

/** One node's account of a key. */
export interface KeyReport {
  readonly peerId: string
  readonly key: KeyInfo
}

/** One version of a key and the nodes that reported exactly it. */
export interface KeyVersion {
  readonly key: KeyInfo
  readonly holders: readonly string[]
}

export function sameKeyInfo(a: KeyInfo, b: KeyInfo): boolean {
  return (
    a.keyId === b.keyId &&
    a.scheme === b.scheme &&
    a.threshold === b.threshold &&
    a.parties.length === b.parties.length &&
    a.parties.every((p, i) => p === b.parties[i]) &&
    equalBytes(a.groupPublicKey, b.groupPublicKey) &&
    equalBytes(a.chainCode, b.chainCode) &&
    a.epoch === b.epoch &&
    a.publicShares.length === b.publicShares.length &&
    a.publicShares.every((s, i) => equalBytes(s, b.publicShares[i]!)) &&
    (a.engine ?? 'dkls23') === (b.engine ?? 'dkls23')
  )
}

/**
 * A KeyInfo the application hands in (a pin): checked exactly as a node's report is
 * on the wire (canonical peer ids, threshold within the committee, a valid group key
 * point, a 32-byte chain code), and returned as a private copy.
 */
export function checkKeyInfo(info: KeyInfo, field: string): KeyInfo {
  try {
    const copy = coordResponseCodec.decode(coordResponseCodec.encode({ kind: 'publicKey', key: info }))
    if (copy.kind !== 'publicKey') throw new Error('not a key')
    return Object.freeze({ ...copy.key, parties: Object.freeze([...copy.key.parties]) })
  } catch (err) {
    throw new ConfigError(`${field} is not a valid KeyInfo: ${err instanceof Error ? err.message : String(err)}`, field)
  }
}

/**
 * The key with its members' security as the committee established it: each member's
 * protection as that member reported it, and "attested" only when every other member's
 * report says its quote verified there (in an optional exchange, allowlists may
 * differ; a member without a report verified nobody).
 * Keys made without the exchange (no report has members) come back unchanged.
 */
export function withMembers(key: KeyInfo, reports: readonly KeyReport[]): KeyInfo {
  if (!reports.some((r) => r.key.members)) return key
  const members = key.parties.map((party, i) => {
    const reportOf = (peer: string) => reports.find((r) => r.peerId === peer)?.key.members
    const others = key.parties.filter((p) => p !== party)
    const attested = others.length > 0 && others.every((p) => reportOf(p)?.[i]?.attested === true)
    const own = reportOf(party)?.[i]
    return { protection: own?.protection ?? 'unknown', attested }
  })
  return { ...key, members }
}

/** A copy the caller may change without changing the original (a pin stays as pinned). */
export function copyKey(key: KeyInfo): KeyInfo {
  return {
    ...key, parties: [...key.parties], groupPublicKey: Uint8Array.from(key.groupPublicKey), chainCode: Uint8Array.from(key.chainCode),
    publicShares: key.publicShares.map((s) => Uint8Array.from(s)),
  }
}

/** Groups reports by identical KeyInfo, the most reported version first. */
export function keyVersions(reports: readonly KeyReport[]): KeyVersion[] {
  const versions: { key: KeyInfo; holders: string[] }[] = []
  for (const r of reports) {
    const version = versions.find((v) => sameKeyInfo(v.key, r.key))
    if (version) version.holders.push(r.peerId)
    else versions.push({ key: r.key, holders: [r.peerId] })
  }
  return versions.sort((a, b) => b.holders.length - a.holders.length)
}

/** The one key every report states; InconsistentKeyError when reports differ or answer for another key id. */
export function agreedKey(keyId: string, reports: readonly KeyReport[]): KeyInfo {
  const versions = keyVersions(reports)
  const only = versions[0]
  if (!only) throw new RangeError('agreedKey needs at least one report')
  if (versions.length > 1) throw new InconsistentKeyError(`nodes disagree about key ${keyId}: ${describe(versions)}`, keyId, reports.map((r) => r.peerId))
  if (only.key.keyId !== keyId) throw new InconsistentKeyError(`nodes ${only.holders.join(', ')} answered for key ${only.key.keyId} when asked about ${keyId}`, keyId, only.holders)
  return only.key
}

/**
 * The discovery rule: a key nobody pinned is confirmed only when every configured
 * node answered, every party of the reported committee is a configured node and
 * reported the identical KeyInfo, and every other configured node answered that it
 * does not hold the key. A committee of one node is that node's word alone and is
 * never confirmed. Anything else fails closed, naming who disagreed or was silent.
 */
export function discoveredKey(keyId: string, nodes: readonly string[], outcomes: readonly Outcome[]): KeyInfo {
  const reports: KeyReport[] = []
  const unknown = new Set<string>()
  const silent = new Map(nodes.map((p) => [p, 'did not answer']))
  const dissent: Exclusion[] = []
  for (const o of outcomes) {
    const e = errorOf(o)
    if (o.kind === 'response' && o.response.kind === 'publicKey') reports.push({ peerId: o.peerId, key: o.response.key })
    else if (e?.code === 'unknown-key') unknown.add(o.peerId)
    else {
      // unreachable, or an error that says nothing about the key: as good as silent
      silent.set(o.peerId, o.kind === 'unreachable' ? 'could not be reached' : `answered ${e?.code ?? o.response.kind}`)
      continue
    }
    silent.delete(o.peerId)
  }
  const holders = reports.map((r) => r.peerId)
  const fail = (why: string): never => {
    const who = [...dissent.map((d) => `${d.peerId} ${d.detail}`), ...[...silent].map(([p, what]) => `${p} ${what}`)]
    throw new UnconfirmedKeyError(`key ${keyId} cannot be confirmed: ${why}${who.length > 0 ? ` (${who.join('; ')})` : ''}`, keyId, holders, dissent, [...silent.keys()])
  }
  const versions = keyVersions(reports)
  if (versions.length === 0) {
    if (silent.size === 0) throw new UnknownKeyError(keyId)
    return fail('no node that answered holds it, and discovery needs every configured node')
  }
  if (versions.length > 1) {
    versions.slice(1).forEach((v) => v.holders.forEach((p) => dissent.push({ peerId: p, reason: 'disputed', detail: `reported another version (${describe(versions)})` })))
    return fail('the nodes disagree about it')
  }
  const key = versions[0]!.key
  if (key.keyId !== keyId) return fail(`nodes answered for key ${key.keyId}`)
  const notConfigured = key.parties.filter((p) => !nodes.includes(p))
  if (notConfigured.length > 0) return fail(`its committee includes nodes not configured here: ${notConfigured.join(', ')}`)
  if (key.parties.length < 2) return fail('its committee is a single node, whose word alone confirms nothing: pin the key instead')
  for (const p of nodes) {
    const isParty = key.parties.includes(p)
    if (isParty && unknown.has(p)) dissent.push({ peerId: p, reason: 'disputed', detail: 'is a party of the reported committee but does not hold the key' })
    if (!isParty && holders.includes(p)) dissent.push({ peerId: p, reason: 'disputed', detail: 'holds the key but is not a party of its committee' })
  }
  if (dissent.length > 0 || silent.size > 0) return fail('not every node vouches for it')
  return key
}

function describe(versions: readonly KeyVersion[]): string {
  return versions.map((v, i) => `version ${i + 1} from ${v.holders.join(', ')}`).join('; ')
}
