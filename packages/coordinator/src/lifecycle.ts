import { equalBytes } from '@noble/curves/utils.js'
import type { CoordRequest, KeyInfo, KeyStatus } from '@thresh/wire'
import { attemptError, errorOf, fatalRefusal, judge, verdictOf } from './blame.js'
import { policyDenial } from './policy.js'
import { InconsistentKeyError, KeyChangeError, type Exclusion } from './errors.js'
import type { FanOutOptions, Gathered, Outcome } from './fan-out.js'
import { agreedKey, sameKeyInfo, withMembers, type KeyReport } from './key-consensus.js'
import type { PreparedChange, Timeouts } from './types.js'

/*
 * The SDK side of refresh, reshare, repair and import (issue 11): the same two phases
 * as keygen. Phase 1 sends the operation to every party involved; it succeeds only
 * when every party of the new committee reports the identical new KeyInfo (new epoch,
 * same group key and chain code, the requested committee and threshold) and every
 * dealer that leaves says it dealt. Phase 2 commits that attempt at all of them:
 * the new parties switch epochs, the leaving ones delete their shares. A failure in
 * phase 1 aborts the attempt everywhere (best effort: a node that missed the abort
 * drops its pending epoch at the next attempt or after pendingTtlSec). A crash in
 * phase 2 leaves some nodes on the new epoch and some pending: keyStatus shows which
 * attempt that was, and the next operation on the key commits it first (finish()).
 */

/** What the lifecycle functions need from the Coordinator. */
export interface LifecycleHost {
  readonly timeouts: Timeouts
  fanOut(peers: readonly string[], request: CoordRequest, options: Pick<FanOutOptions, 'timeoutMs' | 'judge'>): Promise<Gathered>
}

export interface ChangeSpec {
  /** For errors: 'refresh of k1'. */
  readonly what: string
  /** The key before the operation (for an import: the committee and public facts the split fixed). */
  readonly expected: Omit<KeyInfo, 'publicShares'>
  /** Who gets the request: the new committee and the dealers. */
  readonly participants: readonly string[]
  readonly leaving: readonly string[]
  readonly nonce: Uint8Array
  /** The request, or the request for each participant (an import gives each its own share). */
  readonly request: CoordRequest | ((peer: string) => CoordRequest)
}

/** Phase 1: runs the operation everywhere and checks that the new committee agrees on exactly the expected new key. */
export async function prepareChange(host: LifecycleHost, spec: ChangeSpec): Promise<PreparedChange> {
  const { expected, participants, nonce } = spec
  const keyId = expected.keyId
  const reported = (o: Outcome): KeyInfo | undefined => (o.kind === 'response' && o.response.kind === 'lifecycle' ? o.response.key : undefined)
  const ok = (o: Outcome): boolean => o.kind === 'response' && o.response.kind === 'lifecycle' && (reported(o) !== undefined) === !spec.leaving.includes(o.peerId)
  const options = { timeoutMs: host.timeouts.keygenMs, judge: (o: Outcome) => (ok(o) ? ('ok' as const) : verdictOf(o, participants)) }
  const gathered = await fanOutEach(host, participants, spec.request, options)
  try {
    if (gathered.outcomes.filter(ok).length < participants.length) {
      throw policyDenial(gathered.outcomes) ?? fatalRefusal(gathered.outcomes) ?? attemptError(spec.what, keyId, judge(gathered, participants, nonce, ok, () => undefined), gathered.outcomes)
    }
    const reports = gathered.outcomes.flatMap((o): KeyReport[] => {
      const key = reported(o)
      return key ? [{ peerId: o.peerId, key }] : []
    })
    // each member's attestation as every other member of the new committee saw it
    const key = withMembers(agreedKey(keyId, reports), reports)
    const wanted = { ...key, scheme: expected.scheme, threshold: expected.threshold, parties: expected.parties, epoch: expected.epoch, groupPublicKey: expected.groupPublicKey, chainCode: expected.chainCode }
    if (!sameKeyInfo(key, wanted)) throw new InconsistentKeyError(`after the ${spec.what} the nodes report another key than requested (the group key and chain code never change)`, keyId, reports.map((r) => r.peerId))
    return { key, nonce, leaving: [...spec.leaving] }
  } catch (err) {
    // stop the attempt's sessions first (their slots and the key's lock free at once), then drop what it stored
    const quick = { timeoutMs: host.timeouts.queryMs, judge: () => 'ok' as const }
    await host.fanOut(participants, { kind: 'cancel', nonce }, quick).catch(() => undefined)
    await host.fanOut(participants, { kind: 'abortKey', keyId, nonce }, quick).catch(() => undefined)
    throw err
  }
}

/** Phase 2: commits the attempt at the new committee and the leaving dealers. Idempotent. */
export async function commitChange(host: LifecycleHost, prepared: PreparedChange): Promise<KeyInfo> {
  const { key, nonce, leaving } = prepared
  const participants = [...key.parties, ...leaving.filter((p) => !key.parties.includes(p))]
  const request: CoordRequest = { kind: 'commitKey', keyId: key.keyId, groupPublicKey: key.groupPublicKey, nonce }
  const done = (o: Outcome): boolean => {
    if (o.kind !== 'response') return false
    return leaving.includes(o.peerId) ? o.response.kind === 'retired' : o.response.kind === 'committed' && sameKeyInfo(o.response.key, key)
  }
  const gathered = await host.fanOut(participants, request, { timeoutMs: host.timeouts.queryMs, judge: () => 'ok' })
  const failures = participants.flatMap((peerId): Exclusion[] => {
    const o = gathered.outcomes.find((x) => x.peerId === peerId)
    if (o && done(o)) return []
    if (!o) return [{ peerId, reason: 'silent', detail: 'did not answer' }]
    if (o.kind === 'unreachable') return [{ peerId, reason: 'unreachable', detail: o.detail }]
    const e = errorOf(o)
    return [{ peerId, reason: 'refused', detail: e ? `answered ${e.code}: ${e.message}` : `answered ${o.response.kind}` }]
  })
  if (failures.length > 0) {
    throw fatalRefusal(gathered.outcomes) ?? new KeyChangeError(
      `epoch ${key.epoch} of key ${key.keyId} is not committed everywhere: ${failures.map((f) => `${f.peerId} ${f.detail}`).join('; ')}; send the operation (or commitChange) again to finish it`,
      prepared, failures,
    )
  }
  return key
}

/**
 * An operation that a crash left half-committed: some node already runs a later epoch
 * of the key than `from` (the pinned key; for an import, epoch 0 of a key not yet
 * known). Returns that attempt, to commit everywhere, or undefined when every node that
 * answers is still on `from`'s epoch.
 */
export async function interruptedChange(
  host: LifecycleHost,
  from: Pick<KeyInfo, 'keyId' | 'epoch' | 'groupPublicKey'> & { readonly chainCode?: Uint8Array },
  nodes: readonly string[],
): Promise<PreparedChange | undefined> {
  const gathered = await host.fanOut(nodes, { kind: 'keyStatus', keyId: from.keyId }, { timeoutMs: host.timeouts.queryMs, judge: () => 'ok' })
  const statuses = gathered.outcomes.flatMap((o): (KeyStatus & { peerId: string })[] => (o.kind === 'response' && o.response.kind === 'keyStatus' ? [{ ...o.response, peerId: o.peerId }] : []))
  const ahead = statuses.find((s) => s.active && s.activeNonce && s.active.epoch > from.epoch)
  if (!ahead) return undefined
  const key = ahead.active!
  const nonce = ahead.activeNonce!
  if (!equalBytes(key.groupPublicKey, from.groupPublicKey) || (from.chainCode && !equalBytes(key.chainCode, from.chainCode))) {
    throw new InconsistentKeyError(`${ahead.peerId} holds key ${from.keyId} with another group key or chain code at epoch ${key.epoch}`, from.keyId, [ahead.peerId])
  }
  // the nodes that still hold that attempt pending must hold the same key; the leaving ones are named by it
  const pendingElsewhere = statuses.filter((s) => s.pending && s.pendingNonce && equalBytes(s.pendingNonce, nonce))
  if (pendingElsewhere.some((s) => !sameKeyInfo(s.pending!, key))) {
    throw new InconsistentKeyError(`nodes hold different versions of epoch ${key.epoch} of key ${from.keyId}`, from.keyId, pendingElsewhere.map((s) => s.peerId))
  }
  const leaving = statuses.filter((s) => s.retiringNonce && equalBytes(s.retiringNonce, nonce)).map((s) => s.peerId)
  return { key, nonce, leaving }
}

/** A fan-out in which each peer gets its own request; the gathered outcomes in peer order. */
async function fanOutEach(
  host: LifecycleHost, peers: readonly string[], request: ChangeSpec['request'], options: Pick<FanOutOptions, 'timeoutMs' | 'judge'>,
): Promise<Gathered> {
  if (typeof request !== 'function') return host.fanOut(peers, request, options)
  const each = await Promise.all(peers.map((p) => host.fanOut([p], request(p), options)))
  return {
    outcomes: each.flatMap((g) => g.outcomes),
    silent: each.flatMap((g) => g.silent),
    ending: each.some((g) => g.ending === 'deadline') ? 'deadline' : 'complete',
  }
}
