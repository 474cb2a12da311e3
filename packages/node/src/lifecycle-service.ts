import {
  acceptImportedShare, xwingOpen, type EcdsaKeyShare, type KeyShare, type PartyIndex, type PinnedKey, type RosterEntry,
} from '@thresh/crypto'
import { importShareContext, MAX_PARTIES, type AttestationMode, type CoordResponse, type ImportKeyRequest, type KeyInfo, type RepairRequest, type ReshareRequest } from '@thresh/wire'
import type { Attestor } from './attestation.js'
import { attestCommittee, lifecycleAttestation } from './attestation-exchange.js'
import { failpoint } from './failpoints.js'
import type { NodeIdentity } from './identity.js'
import { identityPublicKey } from './identity.js'
import { keyInfo, publicFacts, type KeyRecord, type KeyRecords } from './key-records.js'
import type { Logger } from './log.js'
import { dklsSetupSpec, repairSpec, reshareSpec } from './protocols.js'
import { cggmpAuxSpec } from './cggmp-protocols.js'
import { refuseMlDsaLifecycle } from './mldsa-service.js'
import { Refusal, requestIdOf } from './refusal.js'
import type { SessionManager } from './session-manager.js'

export interface LifecycleServiceOptions {
  readonly identity: NodeIdentity
  /** Quotes this node's state and judges its peers' (an attested key's new committee attests again). */
  readonly attestor: Attestor
  readonly keys: KeyRecords
  readonly sessions: SessionManager
  /** Keys with an operation running here (keygen or lifecycle): a second one is refused as busy. */
  readonly operating: Set<string>
  /** New committees with a smaller threshold are refused (config minThreshold). */
  readonly minThreshold: number
  /** The coordinator service's admission checks: not cancelled, issued_at inside the window, every other party a configured peer. */
  readonly admit: (request: ReshareRequest | RepairRequest | ImportKeyRequest, parties: readonly string[]) => void
  /** This node's KEM secret key `keyId` (kem-keys.ts), which an imported share is sealed to. */
  readonly kemSecretKey: (keyId: number) => Uint8Array | undefined
  readonly log: Logger
}

/** A request's committee-changing facts, as every lifecycle operation hands them to its sessions. */
interface Run {
  readonly keyId: string
  readonly requestId: string
  readonly issuedAt: number
  readonly nonce: Uint8Array
}

/**
 * The first phase of refresh, reshare, repair and import (issue 11): run the protocol,
 * then (ECDSA) the DKLs23 setup of the new committee on the new shares, and store the
 * result pending beside the active epoch. commitKey / abortKey of the same nonce end it
 * (CoordinatorService). Every check that a node can make from its own state comes
 * before any session starts: the pinned key must be this node's active key, epoch and
 * all, so that a coordinator working from a stale pin fails at once and by name.
 */
export class LifecycleService {
  constructor(private readonly options: LifecycleServiceOptions) {}

  async reshare(request: ReshareRequest): Promise<CoordResponse> {
    const me = this.options.identity.peerId
    const { key } = request
    const dealing = request.dealers.includes(me)
    const receiving = request.newParties.includes(me)
    if (!dealing && !receiving) throw new Refusal('not-a-party', `this node (${me}) neither deals nor joins in this ${request.refresh ? 'refresh' : 'reshare'}`)
    const outsiders = request.dealers.filter((d) => !key.parties.includes(d))
    if (outsiders.length > 0) throw new Refusal('bad-request', `dealers ${outsiders.join(', ')} are not in the committee of key ${key.keyId}`)
    if (request.dealers.length < key.threshold) throw new Refusal('bad-request', `${request.dealers.length} dealers cannot reshare a ${key.threshold}-of-${key.parties.length} key`)
    if (request.refresh && !(sameList(request.dealers, key.parties) && sameList(request.newParties, key.parties) && request.newThreshold === key.threshold)) {
      throw new Refusal('bad-request', 'a refresh keeps the committee and the threshold, and every party deals')
    }
    this.checkThreshold(request.newThreshold)
    const active = this.options.keys.get(request.keyId)
    if (dealing) this.checkPinned(active, key)
    else if (active && active.epoch >= key.epoch + 1) throw new Refusal('bad-request', `key ${key.keyId} is at epoch ${active.epoch} on this node; the request moves it from epoch ${key.epoch}`)
    const roster = request.dealers.map((peer) => peer)
    for (const peer of request.newParties) if (!roster.includes(peer)) roster.push(peer)
    // session messages name at most MAX_PARTIES parties (the envelope's limit)
    if (roster.length > MAX_PARTIES) throw new Refusal('bad-request', `a reshare with ${roster.length} parties (dealers and new committee together) exceeds the ${MAX_PARTIES} a session can have: reshare in two steps`)
    this.options.admit(request, roster)
    const entries: RosterEntry[] = roster.map((peer) => ({
      identity: identityPublicKey(peer),
      ...(key.parties.includes(peer) ? { old: key.parties.indexOf(peer) + 1 } : {}),
      ...(request.newParties.includes(peer) ? { next: request.newParties.indexOf(peer) + 1 } : {}),
    }))
    return this.exclusive(request.keyId, async () => {
      // an attested key is shared only with members that attest again (the same rule as its keygen's)
      const mode = lifecycleAttestation(key.members)
      const run = runOf(request, mode)
      const attested = mode === 'off' ? undefined : await attestCommittee(this.options, { keyId: request.keyId, parties: roster, self: roster.indexOf(me) + 1, mode, requestId: run.requestId, issuedAt: run.issuedAt, nonce: run.nonce })
      const share = dealing ? await this.options.keys.share(request.keyId) : undefined
      try {
        const result = await this.options.sessions.run(reshareSpec({
          ...run,
          key: pinnedKey(key),
          mode: request.refresh ? 'refresh' : 'reshare',
          dealers: request.dealers.map((d) => key.parties.indexOf(d) + 1),
          next: { threshold: request.newThreshold, parties: request.newParties.map((_, i) => i + 1) },
          roster: entries,
          peers: roster,
          self: roster.indexOf(me) + 1,
          ...(share ? { share } : {}),
        }, this.options.identity))
        if (!result) {
          await this.options.keys.markRetiring(request.keyId, request.nonce)
          this.options.log.info({ keyId: request.keyId, epoch: key.epoch }, 'dealt this key to a committee without this node: it leaves at commit')
          return { kind: 'lifecycle' }
        }
        const members = attested ? request.newParties.map((p) => attested[roster.indexOf(p)]!) : membersAfter(active, request.newParties)
        return { kind: 'lifecycle', key: await this.storeNext(run, request.newParties, active?.scheme ?? key.scheme, result, members, key.engine) }
      } finally {
        share?.secretShare.fill(0)
      }
    })
  }

  async repair(request: RepairRequest): Promise<CoordResponse> {
    const me = this.options.identity.peerId
    const { key, lostIndex } = request
    const parties = key.parties.map((p, i) => (i + 1 === lostIndex && request.replacement ? request.replacement : p))
    if (new Set(parties).size !== parties.length) throw new Refusal('bad-request', `the replacement ${request.replacement} is already in the committee of key ${key.keyId}`)
    const lostPeer = parties[lostIndex - 1]!
    if (request.helpers.length !== key.threshold) throw new Refusal('bad-request', `a repair of a ${key.threshold}-of-${key.parties.length} key needs exactly ${key.threshold} helpers`)
    const badHelpers = request.helpers.filter((h) => !key.parties.includes(h) || key.parties.indexOf(h) + 1 === lostIndex)
    if (badHelpers.length > 0) throw new Refusal('bad-request', `helpers ${badHelpers.join(', ')} are not committee members other than the lost party`)
    if (!parties.includes(me)) throw new Refusal('not-a-party', `this node (${me}) is not in the committee of key ${key.keyId} after the repair`)
    const helping = request.helpers.includes(me)
    const rebuilt = me === lostPeer
    const active = this.options.keys.get(request.keyId)
    if (!rebuilt) this.checkPinned(active, key)
    const roster = [...request.helpers, lostPeer]
    this.options.admit(request, parties)
    const entries: RosterEntry[] = roster.map((peer, i) => ({ identity: identityPublicKey(peer), old: i < request.helpers.length ? key.parties.indexOf(peer) + 1 : lostIndex }))
    return this.exclusive(request.keyId, async () => {
      // an attested key: the repair's parties (helpers and the rebuilt one) attest to each other first
      const mode = lifecycleAttestation(key.members)
      const run = runOf(request, mode)
      const inSession = helping || rebuilt
      const attested = mode === 'off' || !inSession ? undefined : await attestCommittee(this.options, { keyId: request.keyId, parties: roster, self: roster.indexOf(me) + 1, mode, requestId: run.requestId, issuedAt: run.issuedAt, nonce: run.nonce })
      const own = rebuilt ? undefined : await this.options.keys.share(request.keyId)
      try {
        let share: KeyShare | null | undefined = own
        if (helping || rebuilt) {
          const result = await this.options.sessions.run(repairSpec({
            ...run,
            key: pinnedKey(key),
            lost: lostIndex,
            helpers: request.helpers.map((h) => key.parties.indexOf(h) + 1),
            roster: entries,
            peers: roster,
            self: roster.indexOf(me) + 1,
            ...(own ? { share: own } : {}),
          }, this.options.identity))
          if (rebuilt) share = result
        }
        if (!share) throw new Refusal('internal', 'repair ended without a share')
        // the shares do not change; the epoch does, so no session mixes the generations
        const next: KeyShare = { ...share, epoch: key.epoch + 1 }
        // members of the repaired committee: the rebuilt party as it attested now, the others as recorded
        const rebuiltMember = attested ? attested[roster.length - 1]! : { protection: 'unknown' as const, attested: false }
        const members = key.members?.map((m, i) => (i + 1 === lostIndex ? rebuiltMember : m))
        return { kind: 'lifecycle', key: await this.storeNext(run, parties, key.scheme, next, members, key.engine) }
      } finally {
        own?.secretShare.fill(0)
      }
    })
  }

  async importKey(request: ImportKeyRequest): Promise<CoordResponse> {
    const me = this.options.identity.peerId
    const self = request.parties.indexOf(me) + 1
    if (self === 0) throw new Refusal('not-a-party', `this node (${me}) is not one of the key's parties`)
    this.checkThreshold(request.threshold)
    if (this.options.keys.get(request.keyId)) throw new Refusal('key-exists', `key ${request.keyId} exists`)
    this.options.admit(request, request.parties)
    const share = this.openImportedShare(request, self)
    let dealt: KeyShare
    try {
      dealt = acceptImportedShare({
        keyId: request.keyId, scheme: request.scheme, threshold: request.threshold, parties: request.parties.map((_, i) => i + 1),
        self, commitment: request.commitment, share, chainCode: request.chainCode,
      })
    } catch (err) {
      throw new Refusal('bad-request', `the imported share does not check out: ${err instanceof Error ? err.message : String(err)}`)
    } finally {
      share.fill(0)
    }
    return this.exclusive(request.keyId, async () => {
      const run = runOf(request)
      try {
        // refresh at once: the coordinator that split the key knows every dealt share
        const indices = request.parties.map((_, i) => i + 1)
        const refreshed = await this.options.sessions.run(reshareSpec({
          ...run,
          key: pinnedKey({ keyId: request.keyId, scheme: request.scheme, threshold: request.threshold, parties: request.parties, ...publicFacts(dealt) }),
          mode: 'refresh',
          dealers: indices,
          next: { threshold: request.threshold, parties: indices },
          roster: request.parties.map((peer, i) => ({ identity: identityPublicKey(peer), old: i + 1, next: i + 1 })),
          peers: request.parties,
          self,
          share: dealt,
        }, this.options.identity))
        if (!refreshed) throw new Refusal('internal', 'refresh ended without a share')
        return { kind: 'lifecycle', key: await this.storeNext(run, request.parties, request.scheme, refreshed) }
      } finally {
        dealt.secretShare.fill(0)
      }
    })
  }

  /** The imported share, opened with this node's KEM key: it is sealed to it, bound to the whole request. */
  private openImportedShare(request: ImportKeyRequest, self: PartyIndex): Uint8Array {
    const { keyId, box } = request.sealedShare
    const secretKey = this.options.kemSecretKey(keyId)
    if (secretKey === undefined) throw new Refusal('bad-request', `the share is sealed to KEM key ${keyId}, which this node does not hold: fetch its announcement again`)
    try {
      return xwingOpen(secretKey, importShareContext(request, self), box)
    } catch {
      throw new Refusal('bad-request', 'the sealed share does not open: sealed to another node, for another request, or tampered')
    }
  }

  /**
   * ECDSA: the DKLs23 setup of the new committee, or for a CGGMP key its aux-info (fresh
   * Paillier keys and ring-Pedersen parameters for the new epoch); then the new epoch is
   * stored pending.
   */
  private async storeNext(run: Run, parties: readonly string[], scheme: KeyRecord['scheme'], share: KeyShare, members?: KeyRecord['members'], engine?: KeyRecord['engine']): Promise<KeyInfo> {
    try {
      const setup = { parties, requestId: run.requestId, issuedAt: run.issuedAt, nonce: run.nonce }
      const cggmp = scheme === 'ecdsa' && engine === 'cggmp'
      const stored: KeyShare | EcdsaKeyShare = scheme !== 'ecdsa'
        ? share
        : cggmp
          ? await this.options.sessions.run(cggmpAuxSpec(share, setup, this.options.sessions.workers))
          : await this.options.sessions.run(dklsSetupSpec(share, setup, this.options.sessions.workers))
      const record = {
        keyId: run.keyId, scheme, threshold: share.threshold, parties, self: share.self, ...publicFacts(share), nonce: run.nonce,
        ...(members ? { members } : {}), ...(cggmp ? { engine: 'cggmp' as const } : {}),
      }
      await this.options.keys.addNext(record, stored)
      failpoint('lifecycle:stored')
      this.options.log.info({ keyId: run.keyId, epoch: share.epoch }, 'new epoch pending until committed')
      return keyInfo(record)
    } finally {
      share.secretShare.fill(0)
    }
  }

  /** The pinned key must be this node's active key as it stands (epoch, committee, shares). */
  private checkPinned(active: KeyRecord | undefined, pinned: KeyInfo): void {
    if (!active) throw new Refusal('unknown-key', `no key ${pinned.keyId}`)
    if (active.epoch !== pinned.epoch) {
      throw new Refusal('bad-request', `key ${pinned.keyId} is at epoch ${active.epoch} on this node; the request is for epoch ${pinned.epoch} (re-read the key and pin it again)`)
    }
    const mine = keyInfo(active)
    const same = mine.scheme === pinned.scheme && mine.threshold === pinned.threshold && sameList(mine.parties, pinned.parties) &&
      Buffer.from(mine.groupPublicKey).equals(pinned.groupPublicKey) && Buffer.from(mine.chainCode).equals(pinned.chainCode) &&
      mine.publicShares.every((s, i) => Buffer.from(s).equals(pinned.publicShares[i]!)) && (mine.engine ?? 'dkls23') === (pinned.engine ?? 'dkls23')
    if (!same) throw new Refusal('bad-request', `the pinned key ${pinned.keyId} differs from this node's key of the same epoch`)
  }

  private checkThreshold(threshold: number): void {
    if (threshold < this.options.minThreshold) {
      throw new Refusal('bad-request', `threshold ${threshold} is below this node's minThreshold (${this.options.minThreshold}): with threshold 1 every party holds the whole key; the operator sets minThreshold: 1 to allow it`)
    }
  }

  private async exclusive<T>(keyId: string, fn: () => Promise<T>): Promise<T> {
    if (this.options.operating.has(keyId)) throw new Refusal('busy', `an operation on key ${keyId} is running`)
    this.options.operating.add(keyId)
    try {
      return await fn()
    } finally {
      this.options.operating.delete(keyId)
    }
  }
}

/**
 * What the key's members record says after a change of committee: each party that stays
 * keeps its entry (its store's protection, whether it attested at keygen); a new party is
 * unknown and not attested (lifecycle operations do not run the attestation exchange).
 * Undefined when the key never recorded members.
 */
function membersAfter(active: KeyRecord | undefined, parties: readonly string[]): KeyRecord['members'] {
  const before = active?.members
  if (!active || !before) return undefined
  return parties.map((p) => {
    const i = active.parties.indexOf(p)
    return i >= 0 && before[i] ? before[i] : { protection: 'unknown' as const, attested: false }
  })
}

/** The request's identity as its sessions bind it; an attested operation's also binds its attestation mode. */
function runOf(request: { readonly keyId: string; readonly nonce: Uint8Array; readonly issuedAt: number }, mode: AttestationMode = 'off'): Run {
  const requestId = mode === 'off' ? requestIdOf(request) : `${requestIdOf(request)}/attest:${mode}`
  return { keyId: request.keyId, requestId, issuedAt: request.issuedAt, nonce: request.nonce }
}

/** The engines' view of a pinned KeyInfo: committee indices 1..n. */
function pinnedKey(info: Omit<KeyInfo, 'parties'> & { readonly parties: readonly string[] }): PinnedKey {
  refuseMlDsaLifecycle(info, 'a lifecycle operation')
  return {
    keyId: info.keyId,
    scheme: info.scheme,
    epoch: info.epoch,
    threshold: info.threshold,
    parties: info.parties.map((_, i) => i + 1),
    publicShares: new Map(info.publicShares.map((s, i) => [i + 1, s] as const)),
    groupPublicKey: info.groupPublicKey,
    chainCode: info.chainCode,
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}
