import { setMaxListeners } from 'node:events'
import { sha256 } from '@noble/hashes/sha2.js'
import { keccak_256 } from '@noble/hashes/sha3.js'
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js'
import { dealFromTssLib, dealImport, importedSecret, isScheme, parseTssLibSaveData, SCHEMES, xwingSeal, type ImportDealing, type Scheme } from '@thresh/crypto'
import { importShareContext, kemAnnouncementProblem, KEY_ID_PATTERN, MAX_MESSAGE_BYTES, NONCE_BYTES, type AttestationMode, type CoordRequest, type CoordResponse, type KemAnnouncement, type KeyInfo } from '@thresh/wire'
import { checkMlDsaKeygen, signMlDsa, type MlDsaDriver } from './mldsa-sign.js'
import type { Address } from 'viem'
import { attemptError, errorOf, fatalRefusal, judge, verdictOf } from './blame.js'
import { createClientHost } from './client-host.js'
import {
  ConfigError,
  ConnectionError,
  CulpritError,
  InconsistentKeyError,
  KeyChangeError,
  KeyCommitError,
  NodeError,
  NotEnoughSignersError,
  ThreshError,
  UntrustedKeyError,
  type Exclusion,
  type SignAttempt,
} from './errors.js'
import { ethereumAddress } from './ethereum.js'
import { addressAt, checkedPath, publicKeyAtPath, xpubOf, type AddressChain } from './hd.js'
import { PresignPool, type PresignPoolOptions } from './presign-pool.js'
import { hedgeDelay } from './cggmp-online.js'
import { preparePayload, verifiedSignatures } from './payload-sign.js'
import {
  announceToNodes, getPolicies, newRequestId, policyDenial, policyFields, policyRequestOf, probeRequest, setPolicies, testPolicies,
  type Announced, type Approval, type NodeAnswer, type NodeDecision, type NodePolicy, type PolicyHost, type PolicyRequest,
} from './policy.js'
import { fanOut, type FanOutOptions, type Gathered, type Outcome, type Verdict } from './fan-out.js'
import { InFlightLimiter } from './in-flight.js'
import { commitChange, interruptedChange, prepareChange, type LifecycleHost } from './lifecycle.js'
import { loadIdentity, peerIdOf, type IdentitySource } from './identity.js'
import { agreedKey, checkKeyInfo, copyKey, discoveredKey, keyVersions, sameKeyInfo, withMembers, type KeyReport } from './key-consensus.js'
import { parseNodes } from './node-list.js'
import type { NodeTransport } from './transport.js'
import { compareAuditLogs, fetchAuditLog, type AuditComparison, type NodeAuditLog } from './audit.js'
import {
  DEFAULT_TIMEOUTS,
  SIGN_ROUNDS,
  SIGN_ROUNDS_MAX,
  type EcdsaSignature,
  type ImportKeyOptions,
  type ImportTssLibOptions,
  type KeyChange,
  type KeygenOptions,
  type PreparedChange,
  type RepairOptions,
  type ReshareOptions,
  type KeyTrust,
  type NodeEntry,
  type PreparedKey,
  type SchnorrSignature,
  type Signature,
  type SignDigestOptions,
  type SignOptions,
  type SignPayloadOptions,
  type PayloadSignature,
  type Timeouts,
  type SignerChoice,
} from './types.js'
import { verifyEcdsa, verifySchnorr } from './verify.js'

export interface ConnectOptions {
  readonly nodes: readonly NodeEntry[]
  /** The coordinator's Ed25519 libp2p key: the key itself, its protobuf bytes, or a key file path. */
  readonly identity: IdentitySource
  readonly timeouts?: Partial<Timeouts>
  /** Largest response frame accepted (default 4 MiB). */
  readonly maxFrame?: number
  /** Keys to trust (pins): the KeyInfos keygen() returned, as the application stored them. */
  readonly keys?: readonly KeyInfo[]
  /** Whether keys that are not pinned may be used once discovery confirms them (default 'pinned': they may not). */
  readonly trust?: KeyTrust
  /**
   * Keygen and sign requests open at one node at a time (default 32: half of a node's
   * default session limit and of libp2p's 64 streams per connection). More wait in the
   * SDK until every node of the attempt has room.
   */
  readonly maxInFlightPerNode?: number
  /**
   * Key generations and lifecycle operations (refresh, reshare, repair, import) open at
   * one node at a time (default 4). Each runs a DKLs23 setup, hundreds of milliseconds
   * of CPU per round: more at once only make every round slower, until round deadlines
   * pass on a busy machine. The rest wait in the SDK (within their own deadline).
   */
  readonly maxKeygensPerNode?: number
  /**
   * Self-healing (off by default): when signing proves that a party of a key cheated
   * (a corroborated culprit, or a signature share that does not verify — never one
   * node's unproven word), reshare that key at once to the rest of its committee, plus
   * as many `standby` nodes as culprits left, keeping the threshold if enough parties
   * remain. The new KeyInfo is pinned. Each attempt is reported to `onHeal` (default: a
   * process warning).
   */
  readonly selfHealing?: SelfHealing
  /**
   * ECDSA presignatures (docs/sdk.md, Presignatures): off unless given. With it, the
   * first sign() at an explicit signer set and path starts a pool there, and sign()
   * keeps it at `size` in the background. presign() works either way.
   */
  readonly presignatures?: PresignPoolOptions
}

export interface SelfHealing {
  /** Configured nodes that may join a key's committee in place of a culprit, in order of preference. */
  readonly standby?: readonly string[]
  readonly onHeal?: (report: HealReport) => void
}

/** One self-healing reshare: who was removed and added, and the new key or why it failed. */
export interface HealReport {
  readonly keyId: string
  readonly removed: readonly string[]
  readonly added: readonly string[]
  readonly key?: KeyInfo
  readonly error?: Error
}

const DEFAULT_MAX_IN_FLIGHT_PER_NODE = 32
const DEFAULT_MAX_KEYGENS_PER_NODE = 4

/**
 * One version of a key as the network reports it, with the nodes that reported exactly
 * it. A key id listed more than once means the nodes disagree about it; `pinned` marks
 * the version that equals this coordinator's pin.
 */
export interface ListedKey extends KeyInfo {
  readonly holders: readonly string[]
  readonly pinned: boolean
}

/** Signing attempts per sign() call: the first, and one retry without the nodes blamed for its failure. */
const MAX_ATTEMPTS = 2
/** Signer sets a hedged first attempt may add beside the first one. */
const MAX_HEDGES = 2

/** What a sign request carries besides the key and signers: a typed payload (and path), or the legacy message. */
type SignBody = Pick<Extract<CoordRequest, { kind: 'sign' }>, 'message' | 'payload' | 'path' | 'requestId' | 'expiresAt' | 'approvals'>
/** Turns a node's sign answer into a verified result, or undefined when it does not verify. */
type Accept<S> = (response: Extract<CoordResponse, { kind: 'sign' }>, signers: readonly string[], failed: readonly SignAttempt[]) => S | undefined

/** One signing attempt as runSign judges it. */
interface Attempt<S> {
  readonly signers: string[]
  readonly request: Extract<CoordRequest, { kind: 'sign' }>
  readonly gathered: Gathered
  readonly accepted: ReadonlyMap<string, S>
  readonly winner: S | undefined
}
/** How often keygen() sends the commit before it reports a KeyCommitError. */
const COMMIT_TRIES = 3

const ATTESTATION_MODES: readonly AttestationMode[] = ['off', 'optional', 'required']
/** First wait before a signature is tried again after a node answered busy; it doubles, with jitter, up to the maximum. */
const BUSY_BACKOFF_MS = 50
const BUSY_BACKOFF_MAX_MS = 2_000

/**
 * The client of a thresh network: creates keys and obtains signatures. Every
 * signature is verified against the key's group public key before it is returned.
 * Which group key: the one keygen() produced (every party agreed on it), pinned by
 * this coordinator or handed back by the application (`keys`, `pinKey`); with trust
 * 'discover', also a key every configured node vouches for (discoverKey). A key's
 * threshold, committee and group key are never taken from any single node's report.
 */
export class Coordinator {
  /** This coordinator's peer id: what node operators list in their `coordinators`. */
  readonly peerId: string
  /** Peer ids of the configured nodes. */
  readonly nodes: readonly string[]
  readonly timeouts: Timeouts
  readonly trust: KeyTrust
  private readonly transport: NodeTransport
  private readonly pins: Map<string, KeyInfo>
  /** Keys confirmed by discovery (trust 'discover' only). */
  private readonly discovered = new Map<string, KeyInfo>()
  private readonly closing = new AbortController()
  private readonly inFlight: InFlightLimiter
  /** The heavy requests' own, smaller limit (maxKeygensPerNode). */
  private readonly heavyInFlight: InFlightLimiter
  private turn = 0
  private readonly selfHealing: SelfHealing | undefined
  /** Keys with a self-healing reshare running. */
  private readonly healing = new Set<string>()
  private readonly pool: PresignPool

  private constructor(
    transport: NodeTransport, peerId: string, nodes: readonly string[], timeouts: Timeouts, trust: KeyTrust, pins: Map<string, KeyInfo>, maxInFlight: number,
    selfHealing: SelfHealing | undefined, maxKeygens: number, presignatures: PresignPoolOptions | undefined,
  ) {
    this.selfHealing = selfHealing
    this.pool = new PresignPool({ signMs: timeouts.signMs, fanOut: (peers, request, options) => this.fanOut(peers, request, options) }, presignatures)
    this.heavyInFlight = new InFlightLimiter(maxKeygens)
    this.inFlight = new InFlightLimiter(maxInFlight)
    // every request in flight listens for close(): hundreds at once are normal, not a leak
    setMaxListeners(Number.POSITIVE_INFINITY, this.closing.signal)
    this.transport = transport
    this.pins = pins
    this.peerId = peerId
    this.nodes = nodes
    this.timeouts = timeouts
    this.trust = trust
  }

  /** Starts the client host and connects to the nodes. Fails only if none can be reached. */
  static async connect(options: ConnectOptions): Promise<Coordinator> {
    const nodes = parseNodes(options.nodes)
    const timeouts = checkTimeouts({ ...DEFAULT_TIMEOUTS, ...options.timeouts })
    // NaN or a negative number here would leave the response frame size unbounded
    if (options.maxFrame !== undefined && (!Number.isSafeInteger(options.maxFrame) || options.maxFrame < 1)) {
      throw new ConfigError('maxFrame must be a positive integer number of bytes', 'maxFrame')
    }
    const maxInFlight = options.maxInFlightPerNode ?? DEFAULT_MAX_IN_FLIGHT_PER_NODE
    if (!Number.isSafeInteger(maxInFlight) || maxInFlight < 1) throw new ConfigError('maxInFlightPerNode must be a positive integer', 'maxInFlightPerNode')
    const maxKeygens = options.maxKeygensPerNode ?? Math.min(DEFAULT_MAX_KEYGENS_PER_NODE, maxInFlight)
    if (!Number.isSafeInteger(maxKeygens) || maxKeygens < 1) throw new ConfigError('maxKeygensPerNode must be a positive integer', 'maxKeygensPerNode')
    const standby = options.selfHealing?.standby ?? []
    if (!Array.isArray(standby) || standby.some((p) => !nodes.some((n) => n.peerId === p))) {
      throw new ConfigError('selfHealing.standby must list configured nodes', 'selfHealing.standby')
    }
    const trust = options.trust ?? 'pinned'
    if (trust !== 'pinned' && trust !== 'discover') throw new ConfigError(`trust must be 'pinned' or 'discover'`, 'trust')
    if (options.keys !== undefined && !Array.isArray(options.keys)) throw new ConfigError('keys must be an array of KeyInfo', 'keys')
    const pins = new Map<string, KeyInfo>()
    ;(options.keys ?? []).forEach((info, i) => addPin(pins, checkKeyInfo(info, `keys[${i}]`), `keys[${i}]`))
    const key = await loadIdentity(options.identity)
    const transport = await createClientHost(key, nodes, options.maxFrame)
    const c = new Coordinator(transport, peerIdOf(key), nodes.map((n) => n.peerId), timeouts, trust, pins, maxInFlight, options.selfHealing, maxKeygens, options.presignatures)
    const dialed = await Promise.all(c.nodes.map((p) => c.reach(p)))
    if (!dialed.some((ok) => ok)) {
      await transport.close()
      throw new ConnectionError(`none of the ${c.nodes.length} configured nodes could be reached`, c.nodes)
    }
    return c
  }

  /** Nodes with an open connection right now. */
  connectedNodes(): string[] {
    return this.nodes.filter((p) => this.transport.isConnected(p))
  }

  /**
   * Trusts `info` from now on: sign(), publicKey() and address() use it without asking
   * the nodes about it. Pass the KeyInfo keygen() returned (the application stores it;
   * it is public). Refuses a different KeyInfo under an id already pinned.
   */
  pinKey(info: KeyInfo): KeyInfo {
    const key = checkKeyInfo(info, 'key')
    addPin(this.pins, key, 'key')
    this.discovered.delete(key.keyId)
    return copyKey(key)
  }

  /** The pinned keys, sorted by key id. */
  pinnedKeys(): KeyInfo[] {
    return [...this.pins.values()].sort((a, b) => a.keyId.localeCompare(b.keyId)).map(copyKey)
  }

  /**
   * Creates a key by distributed key generation on `parties` (default: every configured
   * node), in two phases: prepareKey() (every party holds its share pending and reports
   * the same key), then commitKey() (every party activates it). Returns the key, pinned.
   * Store it and pass it back to Coordinator.connect({ keys }) after a restart.
   */
  async keygen(options: KeygenOptions): Promise<KeyInfo> {
    const prepared = await this.prepareKey(options)
    // commit is idempotent: a node too busy to answer in time (another keygen's setup on
    // its CPU) is asked again, a few times, before the caller gets the KeyCommitError
    for (let tries = 1; ; tries++) {
      try {
        return await this.commitKey(prepared)
      } catch (err) {
        if (!(err instanceof KeyCommitError) || tries >= COMMIT_TRIES) throw err
      }
    }
  }

  /**
   * The first phase of keygen. Every party runs the DKG (ECDSA: and the DKLs23 setup)
   * and stores its share pending, which can neither sign nor be listed. Succeeds only
   * when all parties report the identical key, matching the request; otherwise the
   * pending shares are aborted (best effort) and the error says who failed.
   */
  async prepareKey(options: KeygenOptions): Promise<PreparedKey> {
    const { scheme, threshold } = options
    if (!isScheme(scheme) && scheme !== 'ml-dsa-44') throw new ConfigError(`scheme must be one of ${[...SCHEMES, 'ml-dsa-44'].join(', ')}`, 'scheme')
    const parties = this.checkPeers(options.parties ?? this.nodes, 'parties')
    if (scheme === 'ml-dsa-44') checkMlDsaKeygen(threshold, parties.length)
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > parties.length) {
      throw new ConfigError(`threshold must be an integer in 1..${parties.length}`, 'threshold')
    }
    if (threshold === 1 && options.allowSingleSigner !== true) {
      throw new ConfigError('threshold 1 puts the whole key on every party (any one of them signs alone): pass allowSingleSigner: true to create such a key anyway', 'threshold')
    }
    const keyId = options.keyId ?? `${scheme}-${bytesToHex(randomBytes(8))}`
    checkKeyId(keyId)
    if (this.pins.has(keyId)) throw new ConfigError(`key ${keyId} is pinned already`, 'keyId')
    const nonce = randomBytes(32)
    const attestation = options.attestation ?? 'off'
    if (!ATTESTATION_MODES.includes(attestation)) throw new ConfigError(`attestation must be one of ${ATTESTATION_MODES.join(', ')}`, 'attestation')
    const engine = options.engine ?? 'dkls23'
    if (engine !== 'dkls23' && engine !== 'cggmp') throw new ConfigError('engine must be dkls23 or cggmp', 'engine')
    if (engine !== 'dkls23' && scheme !== 'ecdsa') throw new ConfigError('engine applies to ecdsa keys only', 'engine')
    const request: CoordRequest = {
      kind: 'keygen', scheme, threshold, parties, keyId, nonce, issuedAt: unixSeconds(), ...(attestation === 'off' ? {} : { attestation }),
      ...(engine === 'cggmp' ? { engine } : {}),
    }
    const isReport = (o: Outcome) => keygenKey(o) !== undefined
    const gathered = await this.fanOut(parties, request, { timeoutMs: this.timeouts.keygenMs, judge: (o) => (isReport(o) ? 'ok' : verdictOf(o, parties)) })
    const reports = gathered.outcomes.flatMap((o): KeyReport[] => {
      const key = keygenKey(o)
      return key ? [{ peerId: o.peerId, key }] : []
    })
    try {
      if (reports.length < parties.length) {
        throw policyDenial(gathered.outcomes) ?? fatalRefusal(gathered.outcomes) ?? attemptError(`keygen of ${keyId}`, keyId, judge(gathered, parties, nonce, isReport, () => undefined), gathered.outcomes)
      }
      const key = withMembers(agreedKey(keyId, reports), reports)
      if (!sameKeyInfo(key, { ...key, scheme, threshold, parties, ...(engine === 'cggmp' ? { engine } : {}) })) {
        throw new InconsistentKeyError(`the nodes created key ${keyId} with other parameters than requested`, keyId, parties)
      }
      return { key, nonce }
    } catch (err) {
      await this.abortAttempt(keyId, nonce, parties)
      throw err
    }
  }

  /**
   * The second phase of keygen: every party of `prepared.key` activates its pending
   * share (checking the group key). Idempotent, so after a crash the application can
   * send it again with the PreparedKey it stored. Pins and returns the key once every
   * party confirmed it; otherwise KeyCommitError (nothing pinned; call commitKey again).
   */
  async commitKey(prepared: PreparedKey): Promise<KeyInfo> {
    const key = checkKeyInfo(prepared?.key, 'prepared.key')
    const nonce = checkNonce(prepared.nonce)
    const pinned = this.pins.get(key.keyId)
    if (pinned && !sameKeyInfo(pinned, key)) throw new ConfigError(`key ${key.keyId} is pinned with other facts`, 'prepared.key')
    const request: CoordRequest = { kind: 'commitKey', keyId: key.keyId, groupPublicKey: key.groupPublicKey, nonce }
    const committed = (o: Outcome) => o.kind === 'response' && o.response.kind === 'committed' && sameKeyInfo(o.response.key, key)
    const gathered = await this.fanOut(key.parties, request, { timeoutMs: this.timeouts.queryMs, judge: () => 'ok' })
    const failures = lifecycleFailures(key.parties, gathered, committed)
    if (failures.length > 0) {
      throw fatalRefusal(gathered.outcomes) ?? new KeyCommitError(
        `key ${key.keyId} is not committed everywhere: ${failures.map((f) => `${f.peerId} ${f.detail}`).join('; ')}; commitKey() may be sent again`,
        { key, nonce }, key.parties.filter((p) => !failures.some((f) => f.peerId === p)), failures,
      )
    }
    addPin(this.pins, key, 'prepared.key')
    this.discovered.delete(key.keyId)
    return copyKey(key)
  }

  /**
   * Drops the pending shares of a prepared key that will not be committed. Best effort:
   * returns the parties that dropped one and those that could not (a party that already
   * committed the key refuses: key-exists).
   */
  async abortKey(prepared: PreparedKey): Promise<{ dropped: string[]; failures: Exclusion[] }> {
    const key = checkKeyInfo(prepared?.key, 'prepared.key')
    const gathered = await this.sendAbort(key.keyId, checkNonce(prepared.nonce), key.parties)
    const failures = lifecycleFailures(key.parties, gathered, (o) => o.kind === 'response' && o.response.kind === 'keyAborted')
    const refusal = fatalRefusal(gathered.outcomes)
    if (refusal) throw refusal
    const dropped = gathered.outcomes.filter((o) => o.kind === 'response' && o.response.kind === 'keyAborted' && o.response.dropped).map((o) => o.peerId)
    return { dropped, failures }
  }

  /**
   * Proactive refresh: every party re-randomizes its share (same committee, threshold,
   * group key and chain code; a new epoch). Shares of earlier epochs no longer combine
   * with the new ones; ECDSA keys also get a fresh DKLs23 setup, which clears their bans.
   * Returns the new KeyInfo, pinned.
   */
  async refresh(keyId: string): Promise<KeyInfo> {
    return this.commitChange(await this.prepareChange(keyId, { kind: 'refresh' }))
  }

  /**
   * Moves the key to another committee and/or threshold (add, remove or replace nodes;
   * raise or lower the threshold): `dealers` (threshold old parties) deal it to
   * `parties`; the group key and chain code stay. Old parties that are not in the new
   * committee delete their shares at commit. Returns the new KeyInfo, pinned.
   */
  async reshare(keyId: string, options: ReshareOptions): Promise<KeyInfo> {
    return this.commitChange(await this.prepareChange(keyId, { kind: 'reshare', ...options }))
  }

  /**
   * Rebuilds the share of `party` (a node that lost its store, or, with `replacement`,
   * a new node taking its place) from `threshold` helpers, without rebuilding the key
   * (eprint 2017/1155). The shares stay the same; the epoch advances. If the lost
   * party's old share may still exist somewhere, refresh() afterwards (or reshare to
   * drop it), since a repaired share equals the lost one. Returns the new KeyInfo, pinned.
   */
  async repair(keyId: string, options: RepairOptions): Promise<KeyInfo> {
    return this.commitChange(await this.prepareChange(keyId, { kind: 'repair', ...options }))
  }

  /**
   * The first phase of refresh(), reshare() or repair(): every party involved runs the
   * operation and holds the new epoch pending (the active epoch keeps signing). Succeeds
   * only when the new committee reports the identical new key; otherwise the attempt is
   * aborted and the error names who failed. If a crash left an earlier operation on this
   * key half-committed, that one is committed first (and returned, when it made the
   * committee and threshold asked for). commitChange() ends it.
   */
  async prepareChange(keyId: string, change: KeyChange): Promise<PreparedChange> {
    const plan = this.planOf(keyId, change)
    let key = await this.trustedKey(keyId)
    const first = plan(key)
    const everyone = [...new Set([...key.parties, ...first.parties])].filter((p) => this.nodes.includes(p))
    const interrupted = await interruptedChange(this.lifecycleHost, key, everyone)
    if (interrupted) {
      key = await this.commitChange(interrupted)
      // an operation to this very committee and threshold, sent before a crash: it is done
      if (key.threshold === first.threshold && key.parties.length === first.parties.length && key.parties.every((p, i) => p === first.parties[i])) return interrupted
    }
    const { what, dealers, parties, threshold, request } = plan(key)
    // a node still running an earlier attempt on this key answers busy until that one ends (its round deadlines)
    const giveUpAt = performance.now() + this.timeouts.keygenMs
    for (let retries = 0; ; retries++) {
      const nonce = randomBytes(32)
      try {
        return await prepareChange(this.lifecycleHost, {
          what,
          expected: { ...key, parties, threshold, epoch: key.epoch + 1 },
          participants: [...new Set([...dealers, ...parties])],
          leaving: dealers.filter((d) => !parties.includes(d)),
          nonce,
          request: request(nonce),
        })
      } catch (err) {
        const backoff = Math.min(BUSY_BACKOFF_MAX_MS, BUSY_BACKOFF_MS * 2 ** retries) * (0.5 + Math.random())
        if (!(err instanceof NodeError && err.nodeCode === 'busy') || performance.now() + backoff >= giveUpAt) throw err
        await new Promise((r) => setTimeout(r, backoff))
      }
    }
  }

  /**
   * The second phase: every party of the new committee switches to the new epoch and
   * every dealer that leaves deletes its share. Idempotent (send it again after a
   * crash). Pins and returns the new key; KeyChangeError if some party did not confirm.
   */
  async commitChange(prepared: PreparedChange): Promise<KeyInfo> {
    const checked: PreparedChange = { key: checkKeyInfo(prepared?.key, 'prepared.key'), nonce: checkNonce(prepared.nonce), leaving: this.checkPeersOrNone(prepared.leaving, 'prepared.leaving') }
    for (let tries = 1; ; tries++) {
      try {
        const key = await commitChange(this.lifecycleHost, checked)
        this.pins.set(key.keyId, key)
        this.discovered.delete(key.keyId)
        return copyKey(key)
      } catch (err) {
        if (!(err instanceof KeyChangeError) || tries >= COMMIT_TRIES) throw err
      }
    }
  }

  /** What `change` does to the key as it stands (checked against it when applied). */
  private planOf(keyId: string, change: KeyChange): (key: KeyInfo) => ChangePlan {
    switch (change?.kind) {
      case 'refresh':
        return (key) => ({
          what: `refresh of ${keyId}`, dealers: key.parties, parties: key.parties, threshold: key.threshold,
          request: (nonce) => ({ kind: 'reshare', keyId, nonce, issuedAt: 0, key, refresh: true, dealers: key.parties, newParties: key.parties, newThreshold: key.threshold }),
        })
      case 'reshare': {
        const parties = this.checkPeers(change.parties, 'parties')
        const threshold = change.threshold
        if (!Number.isInteger(threshold) || threshold < 1 || threshold > parties.length) throw new ConfigError(`threshold must be an integer in 1..${parties.length}`, 'threshold')
        if (threshold === 1 && change.allowSingleSigner !== true) {
          throw new ConfigError('threshold 1 puts the whole key on every party (any one of them signs alone): pass allowSingleSigner: true to reshare to it anyway', 'threshold')
        }
        const chosen = change.dealers && this.checkPeers(change.dealers, 'dealers')
        return (key) => {
          const dealers = chosen ?? this.preferConnected(key.parties).slice(0, key.threshold)
          const outside = dealers.filter((d) => !key.parties.includes(d))
          if (outside.length > 0) throw new ConfigError(`dealers ${outside.join(', ')} are not in the committee of key ${keyId}`, 'dealers')
          if (dealers.length < key.threshold) throw new ConfigError(`a ${key.threshold}-of-${key.parties.length} key needs at least ${key.threshold} dealers`, 'dealers')
          return {
            what: `reshare of ${keyId}`, dealers, parties, threshold,
            request: (nonce) => ({ kind: 'reshare', keyId, nonce, issuedAt: 0, key, refresh: false, dealers, newParties: parties, newThreshold: threshold }),
          }
        }
      }
      case 'repair': {
        const replacement = change.replacement && this.checkPeers([change.replacement], 'replacement')[0]
        const chosen = change.helpers && this.checkPeers(change.helpers, 'helpers')
        return (key) => {
          const lostIndex = key.parties.indexOf(change.party) + 1
          if (lostIndex === 0) throw new ConfigError(`${change.party} is not in the committee of key ${keyId}`, 'party')
          const parties = key.parties.map((p, i) => (i + 1 === lostIndex && replacement ? replacement : p))
          if (new Set(parties).size !== parties.length) throw new ConfigError(`${replacement} is in the committee of key ${keyId} already`, 'replacement')
          const helpers = chosen ?? this.preferConnected(key.parties.filter((p) => p !== change.party)).slice(0, key.threshold)
          if (helpers.length !== key.threshold || helpers.some((h) => h === change.party || !key.parties.includes(h))) {
            throw new ConfigError(`a repair of a ${key.threshold}-of-${key.parties.length} key needs exactly ${key.threshold} helpers from the rest of its committee`, 'helpers')
          }
          return {
            what: `repair of ${keyId}`, dealers: helpers, parties, threshold: key.threshold,
            request: (nonce) => ({ kind: 'repair', keyId, nonce, issuedAt: 0, key, lostIndex, helpers, ...(replacement ? { replacement } : {}) }),
          }
        }
      }
      default:
        throw new ConfigError(`change.kind must be 'refresh', 'reshare' or 'repair'`, 'change.kind')
    }
  }

  /**
   * Splits an existing private key into a new t-of-n key on the nodes: the split runs
   * here, on the application's machine, each node gets its share (inside the encrypted
   * libp2p connection) and checks it against the split's commitment, and the nodes
   * refresh at once, so no share the split made survives. The group key is the
   * private key's public key. Returns the KeyInfo, pinned.
   */
  importKey(options: ImportKeyOptions): Promise<KeyInfo> {
    const { scheme } = options
    if (!isScheme(scheme)) throw new ConfigError(`scheme must be one of ${SCHEMES.join(', ')}`, 'scheme')
    let secret: bigint
    try {
      secret = importedSecret(scheme, options.privateKey, options.encoding ? { encoding: options.encoding } : {})
    } catch (err) {
      throw new ConfigError(`privateKey: ${err instanceof Error ? err.message : String(err)}`, 'privateKey')
    }
    return this.importDealing(options, scheme, (threshold, indices, chainCode) => dealImport(scheme, secret, { threshold, parties: indices, ...(chainCode ? { chainCode } : {}) }))
  }

  /**
   * Migrates a bnb-chain/tss-lib ECDSA key (its keygen save files) into a new thresh
   * key with the same public key: each tss-lib share deals its Lagrange-weighted part
   * to the new committee (the key is never put together), then the nodes refresh as
   * after importKey(). None of tss-lib's Paillier material is kept. Returns the KeyInfo, pinned.
   */
  importTssLib(options: ImportTssLibOptions): Promise<KeyInfo> {
    if (!Array.isArray(options?.files) || options.files.length === 0) throw new ConfigError('files must list the tss-lib save files\' contents', 'files')
    let saves: ReturnType<typeof parseTssLibSaveData>[]
    try {
      saves = options.files.map((f) => parseTssLibSaveData(f))
    } catch (err) {
      throw new ConfigError(`files: ${err instanceof Error ? err.message : String(err)}`, 'files')
    }
    return this.importDealing(options, 'ecdsa', (threshold, indices, chainCode) => dealFromTssLib(saves, { threshold, parties: indices, ...(chainCode ? { chainCode } : {}) }))
  }

  private async importDealing(
    options: ImportKeyOptions | ImportTssLibOptions, scheme: Scheme,
    split: (threshold: number, indices: number[], chainCode: Uint8Array | undefined) => ImportDealing,
  ): Promise<KeyInfo> {
    const parties = this.checkPeers(options.parties ?? this.nodes, 'parties')
    const { threshold } = options
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > parties.length) throw new ConfigError(`threshold must be an integer in 1..${parties.length}`, 'threshold')
    if (threshold === 1 && options.allowSingleSigner !== true) {
      throw new ConfigError('threshold 1 puts the whole key on every party (any one of them signs alone): pass allowSingleSigner: true to import it so anyway', 'threshold')
    }
    if (options.chainCode !== undefined && (!(options.chainCode instanceof Uint8Array) || options.chainCode.length !== 32)) throw new ConfigError('chainCode must be 32 bytes', 'chainCode')
    const keyId = options.keyId ?? `${scheme}-${bytesToHex(randomBytes(8))}`
    checkKeyId(keyId)
    if (this.pins.has(keyId)) throw new ConfigError(`key ${keyId} is pinned already`, 'keyId')
    let dealing: ImportDealing
    try {
      dealing = split(threshold, parties.map((_, i) => i + 1), options.chainCode)
    } catch (err) {
      throw new ConfigError(`cannot split the key: ${err instanceof Error ? err.message : String(err)}`, 'privateKey')
    }
    const from = { keyId, epoch: 0, groupPublicKey: dealing.groupPublicKey, ...(options.chainCode ? { chainCode: options.chainCode } : {}) }
    const interrupted = await interruptedChange(this.lifecycleHost, from, parties)
    if (interrupted) return this.commitChange(interrupted)
    const nonce = randomBytes(32)
    const kemKeys = await this.kemKeysOf(parties)
    try {
      const prepared = await prepareChange(this.lifecycleHost, {
        what: `import of ${keyId}`,
        expected: { keyId, scheme, threshold, parties, groupPublicKey: dealing.groupPublicKey, chainCode: dealing.chainCode, epoch: 1 },
        participants: parties,
        leaving: [],
        nonce,
        request: (peer) => {
          const fields = { keyId, nonce, issuedAt: 0, scheme, threshold, parties, commitment: dealing.commitment, chainCode: dealing.chainCode }
          const index = parties.indexOf(peer) + 1
          const kem = kemKeys.get(peer)!
          // each share sealed to its node's KEM key, bound to this request: never in clear on the wire
          const sealedShare = { keyId: kem.keyId, box: xwingSeal(kem.publicKey, importShareContext(fields, index), dealing.shares.get(index)!) }
          return { kind: 'importKey', ...fields, sealedShare }
        },
      })
      return await this.commitChange(prepared)
    } finally {
      for (const share of dealing.shares.values()) share.fill(0)
    }
  }

  /**
   * The verified KEM keys of `peers` (their signed announcements), which imported shares
   * are sealed to. A node that cannot be reached or whose announcement does not check
   * out (another peer's, not signed by its identity key, expired) fails the import.
   */
  private async kemKeysOf(peers: readonly string[]): Promise<Map<string, { keyId: number; publicKey: Uint8Array }>> {
    const now = Math.floor(Date.now() / 1000)
    const keys = await Promise.all(peers.map(async (peer) => {
      let announcement: KemAnnouncement
      try {
        announcement = await this.transport.kemAnnouncement(peer, { signal: AbortSignal.timeout(this.timeouts.queryMs) })
      } catch (err) {
        throw new ConnectionError(`cannot fetch the KEM key of ${peer} (an imported share is sealed to it): ${err instanceof Error ? err.message : String(err)}`, [peer])
      }
      const problem = kemAnnouncementProblem(peer, announcement, now)
      if (problem !== undefined) throw new CulpritError(`the KEM announcement of ${peer} is refused: ${problem}`, [peer])
      return [peer, { keyId: announcement.keyId, publicKey: announcement.publicKey }] as const
    }))
    return new Map(keys)
  }

  /** `peers` with the connected ones first (in their order), then the rest. */
  private preferConnected(peers: readonly string[]): string[] {
    const connected = peers.filter((p) => this.nodes.includes(p) && this.transport.isConnected(p))
    return [...connected, ...peers.filter((p) => !connected.includes(p))]
  }

  private get lifecycleHost(): LifecycleHost {
    return { timeouts: this.timeouts, fanOut: (peers, request, options) => this.fanOut(peers, request, options) }
  }

  /**
   * Signs `message` with key `keyId`. Schnorr keys sign the message as given (FROST
   * hashes it as its scheme defines). An ECDSA key signs a 32-byte digest, so `hash`
   * must say how to make one ('keccak256' or 'sha256'); use signDigest() to sign a
   * digest directly and the viem/ethers adapters for Ethereum messages and transactions.
   */
  async sign(options: SignOptions): Promise<Signature>
  /**
   * Signs a typed payload (evm-tx, eip191, eip712, psbt, solana-tx, bytes, digest) at
   * BIP32 `path`: the nodes decode it and compute the digests and the derivation tweak
   * themselves; the SDK computes the same digests and verifies every signature under the
   * derived key (a Taproot signature under its BIP341 output key) before returning.
   */
  async sign(options: SignPayloadOptions): Promise<PayloadSignature>
  async sign(options: SignOptions | SignPayloadOptions): Promise<Signature | PayloadSignature> {
    if ('payload' in options) return this.signPayload(options)
    const key = await this.trustedKey(options.keyId)
    if (!(options.message instanceof Uint8Array)) throw new ConfigError('message must be a Uint8Array', 'message')
    if (key.scheme === 'ecdsa') {
      if (options.hash !== 'keccak256' && options.hash !== 'sha256') {
        throw new ConfigError(`key ${key.keyId} is an ECDSA key: pass hash: 'keccak256' | 'sha256', or sign a 32-byte digest with signDigest()`, 'hash')
      }
      const digest = options.hash === 'keccak256' ? keccak_256(options.message) : sha256(options.message)
      return this.signEcdsa(key, digest, { preferred: options.signers, strict: options.strict })
    }
    if (options.hash !== undefined) throw new ConfigError(`key ${key.keyId} is a ${key.scheme} key, which hashes the message itself: leave hash unset`, 'hash')
    if (options.message.length > MAX_MESSAGE_BYTES) throw new ConfigError(`message is longer than ${MAX_MESSAGE_BYTES} bytes`, 'message')
    if (key.scheme === 'ml-dsa-44') return signMlDsa(key, Uint8Array.from(options.message), this.mlDsaDriver(key, options))
    const scheme = key.scheme
    const message = Uint8Array.from(options.message)
    const choice = { preferred: options.signers, strict: options.strict }
    const accept: Accept<SchnorrSignature> = ({ signature }, signers, failedAttempts) =>
      verifySchnorr(scheme, key.groupPublicKey, message, signature)
        ? { keyId: key.keyId, scheme, publicKey: key.groupPublicKey, message, signature, signers, failedAttempts }
        : undefined
    const presigned = await this.signPresigned(key, { message }, [], message, choice, accept)
    return presigned.signature ?? this.runSign(key, { message }, choice, accept, presigned.failed)
  }

  private async signPayload(options: SignPayloadOptions): Promise<PayloadSignature> {
    const found = await this.trustedKey(options.keyId)
    if (found.scheme === 'ml-dsa-44') throw new ConfigError(`key ${found.keyId} is an ml-dsa-44 key: it signs raw message bytes, sign({ keyId, message })`, 'payload')
    const key = { ...found, scheme: found.scheme }
    const prepared = preparePayload(key, options.payload, options.path)
    const body: SignBody = { payload: prepared.wire, ...(prepared.path.length > 0 ? { path: prepared.path } : {}), ...policyFields(options.policy) }
    const choice = { preferred: options.signers, strict: options.strict }
    const accept: Accept<PayloadSignature> = (response, signers, failedAttempts) => {
      const signatures = verifiedSignatures(key.scheme, prepared, response)
      return signatures && {
        keyId: key.keyId, scheme: key.scheme, kind: prepared.wire.kind, path: prepared.pathText, publicKey: prepared.verifyKey,
        signatures, summary: prepared.decoded.summary, signers, failedAttempts,
      }
    }
    const digests = prepared.decoded.digests
    const presigned = digests.length === 1 ? await this.signPresigned(key, body, prepared.path, digests[0]!, choice, accept) : {}
    return presigned.signature ?? this.runSign(key, body, choice, accept, presigned.failed)
  }

  /**
   * The canonical request approvers sign (docs/policy.md, Approvals) for signing `payload`
   * at `path` with key `keyId`: a fresh request id unless given, expiring in an hour
   * unless `expiresAt` (unix seconds) says otherwise. Pass its requestId and expiresAt,
   * with the approvals, as sign()'s `policy`.
   */
  async policyRequest(options: Omit<SignPayloadOptions, 'signers' | 'strict' | 'policy'> & { requestId?: string; expiresAt?: number }): Promise<PolicyRequest> {
    const key = await this.trustedKey(options.keyId)
    const prepared = preparePayload(key, options.payload, options.path)
    return policyRequestOf(key, prepared.wire, prepared.path, options.requestId ?? newRequestId(), options.expiresAt ?? unixSeconds() + 3600)
  }

  /**
   * Announces `request` to every party of its key (rules with a time lock count their
   * delay from each node's own record of it); with `cancellations` (a cancel quorum's
   * approveCancel() signatures) cancels it for good. One answer per node.
   */
  async announce(request: PolicyRequest, options: { cancellations?: readonly Approval[] } = {}): Promise<NodeAnswer<Announced>[]> {
    const key = await this.trustedKey(request.keyId)
    const sign = probeRequest(key, request.payload, request.path, { requestId: request.requestId, expiresAt: request.expiresAt })
    return announceToNodes(this.policyHost, sign, options.cancellations ?? [], key.parties)
  }

  /** Every configured node's policy in force (each holds its own copy). */
  getPolicy(): Promise<NodeAnswer<NodePolicy>[]> {
    return getPolicies(this.policyHost)
  }

  /** Sends a new policy version with admins' approvePolicy() signatures to every node; each accepts or refuses it itself. */
  setPolicy(document: object, signatures: readonly Approval[]): Promise<NodeAnswer<NodePolicy>[]> {
    return setPolicies(this.policyHost, document, signatures)
  }

  /** Dry run at every party of the key: what each node would decide for this sign() now (with `document` instead of its policy if given). */
  async testPolicy(options: SignPayloadOptions & { document?: object }): Promise<NodeAnswer<NodeDecision>[]> {
    const key = await this.trustedKey(options.keyId)
    const prepared = preparePayload(key, options.payload, options.path)
    return testPolicies(this.policyHost, probeRequest(key, prepared.wire, prepared.path, options.policy), options.document, key.parties)
  }

  /** Node `peerId`'s audit log (from seq `from`), checked against its identity; only a configured coordinator of that node is answered. */
  auditLog(peerId: string, from = 1): Promise<NodeAnswer<NodeAuditLog>> {
    return fetchAuditLog(this.policyHost, peerId, from)
  }

  /** Every node's audit log, verified, and whether the nodes agree on what was signed (docs/policy.md, "Audit log"). */
  compareAudit(peers: readonly string[] = this.nodes): Promise<AuditComparison> {
    return compareAuditLogs(this.policyHost, peers)
  }

  private get policyHost(): PolicyHost {
    return { timeouts: this.timeouts, nodes: this.nodes, fanOut: (peers, request, options) => this.fanOut(peers, request, options) }
  }

  /** The key's depth-0 extended public key (xpub; tpub with `testnet`). Not for frost-ed25519 keys. */
  async xpub(keyId: string, options: { testnet?: boolean } = {}): Promise<string> {
    return xpubOf(await this.trustedKey(keyId), options)
  }

  /** The key's public key at BIP32 `path` (non-hardened), as the nodes derive it when they sign there. */
  async publicKeyAt(keyId: string, path: string | readonly number[]): Promise<Uint8Array> {
    return publicKeyAtPath(await this.trustedKey(keyId), path)
  }

  /** The key's address on `chain` at `path` (eth, btc / btc-testnet: P2WPKH or Taproot, sol). */
  async addressAt(keyId: string, chain: AddressChain, path: string | readonly number[] = []): Promise<string> {
    return addressAt(await this.trustedKey(keyId), chain, path)
  }

  /** Signs a 32-byte digest with ECDSA key `keyId`; returns a verified low-S signature with its recovery id. */
  async signDigest(options: SignDigestOptions): Promise<EcdsaSignature> {
    const key = await this.trustedKey(options.keyId)
    if (key.scheme !== 'ecdsa') throw new ConfigError(`key ${key.keyId} is a ${key.scheme} key: signDigest needs an ECDSA key, use sign()`, 'keyId')
    return this.signEcdsa(key, options.digest, { preferred: options.signers, strict: options.strict })
  }

  /**
   * What the reachable nodes report holding: one entry per key id and version, with
   * the nodes that reported exactly that version. A report, not a source of trust:
   * nothing listed here is pinned or used for signing.
   */
  async listKeys(): Promise<ListedKey[]> {
    const gathered = await this.fanOut(this.nodes, { kind: 'listKeys' }, { timeoutMs: this.timeouts.queryMs, judge: () => 'ok' })
    const refusal = fatalRefusal(gathered.outcomes)
    if (refusal && refusal.peers.length === gathered.outcomes.length) throw refusal
    const byKey = new Map<string, KeyReport[]>()
    for (const o of gathered.outcomes) {
      if (o.kind !== 'response' || o.response.kind !== 'keys') continue
      for (const key of o.response.keys) byKey.set(key.keyId, [...(byKey.get(key.keyId) ?? []), { peerId: o.peerId, key }])
    }
    return [...byKey].sort(([a], [b]) => a.localeCompare(b)).flatMap(([keyId, reports]) => {
      const pin = this.pins.get(keyId)
      return keyVersions(reports).map((v) => ({ ...v.key, holders: v.holders, pinned: pin !== undefined && sameKeyInfo(pin, v.key) }))
    })
  }

  /**
   * The key `keyId` that sign() and address() use: the pinned one; with trust
   * 'discover', else the one discovery confirms (then kept). UntrustedKeyError when it
   * is not pinned and trust is 'pinned'.
   */
  publicKey(keyId: string): Promise<KeyInfo> {
    return this.trustedKey(keyId)
  }

  /**
   * Asks every configured node about `keyId` and returns the key only when all of them
   * vouch for it: every party of the reported committee is a configured node and
   * reported the identical KeyInfo, and every other node answered that it does not
   * hold it. Otherwise UnconfirmedKeyError (naming who disagreed or was silent), or
   * UnknownKeyError when every node answered that it holds no such key. Trusts nothing
   * by itself: pin the result, or connect with trust 'discover'.
   */
  async discoverKey(keyId: string): Promise<KeyInfo> {
    checkKeyId(keyId)
    const gathered = await this.fanOut(this.nodes, { kind: 'getPublicKey', keyId }, { timeoutMs: this.timeouts.queryMs, judge: () => 'ok' })
    const refusal = fatalRefusal(gathered.outcomes)
    if (refusal) throw refusal
    return discoveredKey(keyId, this.nodes, gathered.outcomes)
  }

  /** The Ethereum address of ECDSA key `keyId`. */
  async address(keyId: string): Promise<Address> {
    const key = await this.trustedKey(keyId)
    if (key.scheme !== 'ecdsa') throw new ConfigError(`key ${keyId} is a ${key.scheme} key: only ECDSA keys have an Ethereum address`, 'keyId')
    return ethereumAddress(key.groupPublicKey)
  }

  /** Cancels requests in flight and stops the client host. */
  async close(): Promise<void> {
    if (this.closing.signal.aborted) return
    this.closing.abort(new ThreshError('connection', 'the coordinator was closed'))
    await this.transport.close()
  }

  private async signEcdsa(key: KeyInfo, digest: Uint8Array, choice: SignerChoice): Promise<EcdsaSignature> {
    if (!(digest instanceof Uint8Array) || digest.length !== 32) throw new ConfigError('digest must be 32 bytes', 'digest')
    const copy = Uint8Array.from(digest)
    const accept: Accept<EcdsaSignature> = ({ signature, recoveryId }, signers, failedAttempts) => {
      const parts = verifyEcdsa(key.groupPublicKey, copy, signature, recoveryId)
      return parts ? { keyId: key.keyId, scheme: 'ecdsa', publicKey: key.groupPublicKey, digest: copy, signature, ...parts, signers, failedAttempts } : undefined
    }
    const presigned = await this.signPresigned(key, { message: copy }, [], copy, choice, accept)
    return presigned.signature ?? this.runSign(key, { message: copy }, choice, accept, presigned.failed)
  }

  /**
   * sign() with a ready presignature (presign-pool.ts), verified by `accept` like a
   * node's answer. No signature when there is none or it did not give a valid one (the
   * caller then runs the full protocol); `failed` when that attempt named culprits (a
   * FROST share that fails verification), which the full protocol leaves out.
   * `digest`: ECDSA the 32-byte digest, FROST the message as signed.
   */
  private async signPresigned<S>(key: KeyInfo, body: SignBody, path: readonly number[], digest: Uint8Array, choice: SignerChoice, accept: Accept<S>): Promise<{ signature?: S; failed?: SignAttempt }> {
    if (key.scheme === 'ml-dsa-44') return {}
    const sign = { kind: 'sign' as const, keyId: key.keyId, ...body, signers: [], nonce: randomBytes(32), issuedAt: unixSeconds(), epoch: key.epoch }
    const done = await this.pool.sign(key, path, choice.preferred, digest, sign)
    if (!done) return {}
    if ('failed' in done) return { failed: done.failed }
    const signature = accept({ kind: 'sign', signature: done.signature, recoveryId: done.recoveryId }, done.signers, [])
    return signature === undefined ? {} : { signature }
  }

  /**
   * Runs `count` presign sessions (DKLs23 rounds 1-2) at `signers` (default: a signer set
   * sign() would pick) for BIP32 `path` ahead of time; sign() with that key, path (and
   * signers, when it names them) then needs one round trip. Returns how many are ready
   * now. The nodes keep their halves in memory only: a restart loses them, and sign()
   * falls back to the full protocol. FROST keys: each signer commits to nonce pairs
   * (RFC 9591 round 1, no session between nodes); they serve any path, which the nodes
   * apply at online time (`path` is ignored).
   */
  async presign(keyId: string, options: { signers?: readonly string[]; path?: string | readonly number[]; count?: number } = {}): Promise<number> {
    const key = await this.trustedKey(keyId)
    if (key.scheme === 'ml-dsa-44') throw new ConfigError(`presignatures are for ecdsa and FROST keys; ${key.keyId} is a ${key.scheme} key`, 'keyId')
    const path = checkedPath(key.scheme, options.path ?? [])
    const signers = await this.pickSigners(key, new Map(), { preferred: options.signers, strict: options.signers !== undefined }, true)
    await this.pool.presign(key, signers, path, options.count ?? 1)
    return this.pool.count(key, path)
  }

  /** Since connect: signatures made with a presignature, and presignatures taken that gave none (sign() ran the full protocol). */
  presignatureStats(): { readonly signed: number; readonly fellBack: number } {
    return { ...this.pool.stats }
  }

  /** Presignatures ready in this coordinator's pool for key `keyId` (at `path` when given). */
  async readyPresignatures(keyId: string, path?: string | readonly number[]): Promise<number> {
    const key = await this.trustedKey(keyId)
    if (key.scheme === 'ml-dsa-44') return 0
    return this.pool.count(key, path === undefined ? undefined : checkedPath(key.scheme, path))
  }

  /**
   * The signing loop: pick signers, fan out, return the first verified signature; on
   * failure retry once with a signer set that leaves out everyone blamed.
   */
  private async runSign<S extends { readonly failedAttempts: readonly SignAttempt[] }>(
    key: KeyInfo,
    payload: SignBody,
    choice: SignerChoice,
    accept: Accept<S>,
    /** A presigned attempt that named culprits: reported with the result, and they are left out. */
    prior?: SignAttempt,
  ): Promise<S> {
    try {
      const sig = await this.signAttempts(key, payload, choice, accept, prior)
      this.healAfter(key, sig.failedAttempts)
      return sig
    } catch (err) {
      if (err instanceof ThreshError) this.healAfter(key, err.attempts)
      throw err
    }
  }

  /**
   * Self-healing (ConnectOptions.selfHealing): reshares `key` without the parties its
   * signing attempts proved to cheat. In the background, one at a time per key; never
   * throws (the outcome goes to onHeal).
   */
  private healAfter(key: KeyInfo, attempts: readonly SignAttempt[]): void {
    const options = this.selfHealing
    if (!options || this.healing.has(key.keyId)) return
    const proven = new Set(attempts.flatMap((a) => a.failures.filter((f) => f.reason === 'culprit' || f.reason === 'invalid-signature').map((f) => f.peerId)))
    const removed = key.parties.filter((p) => proven.has(p))
    if (removed.length === 0) return
    const remaining = key.parties.filter((p) => !proven.has(p))
    const added = (options.standby ?? []).filter((p) => this.nodes.includes(p) && !key.parties.includes(p)).slice(0, removed.length)
    const parties = [...remaining, ...added]
    const threshold = Math.min(key.threshold, parties.length)
    const report = (outcome: { key?: KeyInfo; error?: Error }) => {
      const r: HealReport = { keyId: key.keyId, removed, added, ...outcome }
      if (options.onHeal) options.onHeal(r)
      else process.emitWarning(`thresh self-healing of key ${key.keyId} without ${removed.join(', ')}: ${r.key ? `now epoch ${r.key.epoch}, ${r.key.threshold}-of-${r.key.parties.length}` : `failed: ${r.error?.message}`}`)
    }
    if (remaining.length < key.threshold || threshold < 2) {
      report({ error: new ThreshError('node', `only ${remaining.length} parties of key ${key.keyId} are left besides the culprits: too few to reshare it at threshold ${key.threshold} (add standby nodes)`) })
      return
    }
    this.healing.add(key.keyId)
    this.reshare(key.keyId, { parties, threshold, dealers: this.preferConnected(remaining).slice(0, key.threshold) })
      .then((healed) => report({ key: healed }), (error: unknown) => report({ error: error instanceof Error ? error : new Error(String(error)) }))
      .finally(() => this.healing.delete(key.keyId))
  }

  private async signAttempts<S>(
    key: KeyInfo,
    payload: SignBody,
    choice: SignerChoice,
    accept: Accept<S>,
    prior?: SignAttempt,
  ): Promise<S> {
    const excluded = new Map<string, Exclusion>((prior?.failures ?? []).map((f) => [f.peerId, f]))
    const failed: SignAttempt[] = prior ? [prior] : []
    let lastError: ThreshError | undefined
    const giveUpAt = performance.now() + MAX_ATTEMPTS * this.timeouts.signMs
    let busyRetries = 0
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      let first: string[]
      try {
        first = await this.pickSigners(key, excluded, choice, attempt === 0)
      } catch (err) {
        throw withAttempts(lastError ?? (err as ThreshError), failed)
      }
      // the first attempt is hedged with other signer sets when the key has some to offer
      const hedge = attempt === 0 && choice.strict !== true && key.parties.length > signerCount(key)
      const result = hedge ? await this.hedged(key, payload, first, accept, failed) : await this.attemptOnce(key, payload, first, accept, failed, this.closing.signal)
      if (result.winner) return result.winner
      const { signers, gathered, request, accepted } = result
      // the attempt is over: stop what it started at the nodes, so their slots free now
      void this.cancelAttempt(signers, request.nonce)
      // a signer's policy said no: asking other signers would route around it
      const denied = policyDenial(gathered.outcomes)
      if (denied) throw withAttempts(denied, failed)
      const invalid = (o: Outcome) => (o.kind === 'response' && o.response.kind === 'sign' ? 'answered with a signature that does not verify' : undefined)
      const judgement = judge(gathered, signers, request.nonce, (o) => accepted.has(o.peerId), invalid)
      const busy = new Set(gathered.outcomes.filter((o) => errorOf(o)?.code === 'busy').map((o) => o.peerId))
      const backoff = Math.min(BUSY_BACKOFF_MAX_MS, BUSY_BACKOFF_MS * 2 ** busyRetries) * (0.5 + Math.random())
      if (busy.size > 0 && judgement.failures.every((f) => busy.has(f.peerId)) && performance.now() + backoff < giveUpAt) {
        // a node at its session limit: not a fault, try the same way again a little later
        busyRetries += 1
        attempt -= 1
        await new Promise((r) => setTimeout(r, backoff))
        continue
      }
      failed.push({ signers, failures: judgement.failures, accusations: judgement.accusations })
      const refusal = fatalRefusal(gathered.outcomes)
      if (refusal) throw withAttempts(refusal, failed)
      lastError = attemptError(`signing with key ${key.keyId} by ${signers.join(', ')}`, key.keyId, judgement, gathered.outcomes)
      for (const f of judgement.failures) excluded.set(f.peerId, f)
    }
    throw withAttempts(lastError!, failed)
  }

  /** One signing attempt by `signers`: its outcome, and the verified signature if one came. */
  private async attemptOnce<S>(
    key: KeyInfo,
    payload: SignBody,
    signers: string[],
    accept: Accept<S>,
    failed: readonly SignAttempt[],
    signal: AbortSignal,
    nonce: Uint8Array = randomBytes(32),
    denied?: { seen: boolean },
  ): Promise<Attempt<S>> {
    const accepted = new Map<string, S>()
    const verdict = (o: Outcome): Verdict => {
      if (denied && errorOf(o)?.code === 'policy-denied') denied.seen = true
      if (o.kind === 'response' && o.response.kind === 'sign') {
        const sig = accept(o.response, signers, [...failed])
        if (!sig) return 'failure'
        accepted.set(o.peerId, sig)
        return 'success'
      }
      return verdictOf(o, signers)
    }
    const request = { kind: 'sign' as const, keyId: key.keyId, ...payload, signers, nonce, issuedAt: unixSeconds(), epoch: key.epoch }
    // after an accusation, wait until every honest signer has had its round deadlines to report
    const reportsByMs = (key.scheme === 'ecdsa' ? SIGN_ROUNDS.ecdsa : SIGN_ROUNDS.frost) * this.timeouts.roundMs + this.timeouts.graceMs
    const gathered = await this.fanOut(signers, request, { timeoutMs: this.timeouts.signMs, reportsByMs, judge: verdict }, signal)
    return { signers, request, gathered, accepted, winner: [...accepted.values()][0] }
  }

  /**
   * The first attempt, hedged: if it has no verified signature after hedgeMs, another
   * signer set that was not tried yet starts beside it (up to MAX_HEDGES more, one per
   * hedgeMs, while the first is running with at least hedgeMs left), and the first
   * verified signature ends them all; the others are stopped and cancelled at their
   * nodes. When none succeeds, the first set's outcome is judged as usual.
   */
  private hedged<S>(
    key: KeyInfo,
    payload: SignBody,
    first: string[],
    accept: Accept<S>,
    failed: readonly SignAttempt[],
  ): Promise<Attempt<S>> {
    return new Promise<Attempt<S>>((resolve, reject) => {
      const tried: string[][] = []
      // no hedge once a signer's policy refused: the refusal ends the sign()
      const denied = { seen: false }
      const nonces = new Map<string[], Uint8Array>()
      const running = new Map<string[], AbortController>()
      const results = new Map<string[], Attempt<S>>()
      let timer: NodeJS.Timeout | undefined
      let settled = false
      const settle = (outcome: Attempt<S> | Error) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        for (const [set, stop] of running) {
          stop.abort(new Error('another signer set signed first'))
          void this.cancelAttempt(set, nonces.get(set)!)
        }
        if (outcome instanceof Error) reject(outcome)
        else resolve(outcome)
      }
      const start = (signers: string[]) => {
        tried.push(signers)
        const stop = new AbortController()
        const nonce = randomBytes(32)
        nonces.set(signers, nonce)
        running.set(signers, stop)
        this.attemptOnce(key, payload, signers, accept, failed, AbortSignal.any([this.closing.signal, stop.signal]), nonce, denied).then(
          (attempt) => {
            running.delete(signers)
            results.set(signers, attempt)
            if (attempt.winner) return settle(attempt)
            // a hedge that ended without a signature is stopped at its nodes (runSign does it for the first set)
            if (signers !== first) void this.cancelAttempt(signers, nonce)
            if (running.size === 0) settle(results.get(tried[0]!) ?? attempt)
          },
          (err: unknown) => {
            running.delete(signers)
            if (this.closing.signal.aborted) return settle(err as Error)
            if (running.size === 0 && !settled) settle(results.get(tried[0]!) ?? (err as Error))
          },
        )
      }
      const firstDeadline = performance.now() + this.timeouts.signMs
      const hedgeMs = hedgeDelay(key, this.timeouts.hedgeMs)
      const hedge = () => {
        // only beside a first attempt that is still running and not about to end by itself
        if (settled || denied.seen || tried.length > MAX_HEDGES || !running.has(first) || firstDeadline - performance.now() < hedgeMs) return
        const next = untriedSet(key, signerCount(key), tried, this.nodes)
        if (!next) return
        start(next)
        timer = setTimeout(hedge, hedgeMs)
      }
      start(first)
      timer = setTimeout(hedge, hedgeMs)
    })
  }

  /**
   * Chooses the signer set: the preferred signers first (on the first attempt; only
   * them, on every attempt, when strict), then the key's other parties that are not
   * excluded, connected ones first, rotating so load spreads. Nodes that cannot be
   * dialed are excluded and replaced.
   */
  private async pickSigners(key: KeyInfo, excluded: Map<string, Exclusion>, choice: SignerChoice, first: boolean): Promise<string[]> {
    const count = signerCount(key)
    let preferred: string[] = []
    if (choice.preferred) {
      preferred = this.checkPeers(choice.preferred, 'signers')
      const outsiders = preferred.filter((p) => !key.parties.includes(p))
      if (outsiders.length > 0) throw new ConfigError(`signers ${outsiders.join(', ')} are not parties of key ${key.keyId}`, 'signers')
      if (preferred.length < count) throw new ConfigError(`key ${key.keyId} needs ${count} signers, got ${preferred.length}`, 'signers')
    } else if (choice.strict) {
      throw new ConfigError('strict needs signers to keep to', 'strict')
    }
    const strict = choice.strict === true && preferred.length > 0
    const eligible = key.parties.filter((p) => this.nodes.includes(p) && !excluded.has(p) && (!strict || preferred.includes(p)))
    const start = eligible.length === 0 ? 0 : this.turn++ % eligible.length
    const rotated = [...eligible.slice(start), ...eligible.slice(0, start)]
    const others = [...rotated.filter((p) => this.transport.isConnected(p)), ...rotated.filter((p) => !this.transport.isConnected(p))]
    const firstChoice = first || strict ? preferred.filter((p) => !excluded.has(p)) : []
    const candidates = [...firstChoice, ...others.filter((p) => !firstChoice.includes(p))]
    const chosen: string[] = []
    const queue = [...candidates]
    while (chosen.length < count) {
      const batch = queue.splice(0, count - chosen.length)
      if (batch.length < count - chosen.length) {
        const unknown = key.parties.filter((p) => !this.nodes.includes(p))
        const note = unknown.length > 0 ? `; not configured here: ${unknown.join(', ')}` : ''
        throw new NotEnoughSignersError(
          `key ${key.keyId} needs ${count} signers; only ${chosen.length + batch.length} of its parties are available` +
            `${excluded.size > 0 ? ` (left out: ${[...excluded.values()].map((e) => `${e.peerId} ${e.reason}`).join(', ')})` : ''}${note}`,
          key.keyId, count, [...chosen, ...batch], [...excluded.values()],
        )
      }
      const reached = await Promise.all(batch.map((p) => this.reach(p)))
      batch.forEach((p, i) => {
        if (reached[i]) chosen.push(p)
        else excluded.set(p, { peerId: p, reason: 'unreachable', detail: 'could not be dialed' })
      })
    }
    return key.parties.filter((p) => chosen.includes(p))
  }

  /** What the ML-DSA attempt loop (mldsa-sign.ts) uses of this coordinator: its signer choice, fan-out and cancel. */
  private mlDsaDriver(key: KeyInfo, options: Pick<SignOptions, 'signers' | 'strict'>): MlDsaDriver {
    const choice: SignerChoice = { preferred: options.signers, strict: options.strict }
    return {
      pickSigners: (excluded, first) => this.pickSigners(key, excluded, choice, first),
      fanOut: (signers, request, judge) => this.fanOut(signers, request, { timeoutMs: this.timeouts.signMs, reportsByMs: 3 * this.timeouts.roundMs + this.timeouts.graceMs, judge }),
      cancel: (signers, nonce) => this.cancelAttempt(signers, nonce),
      randomNonce: () => randomBytes(32),
      unixSeconds,
    }
  }

  /** Connects to a node if needed; false if it cannot be reached within dialMs. */
  private async reach(peerId: string): Promise<boolean> {
    if (this.transport.isConnected(peerId)) return true
    try {
      await this.transport.connect(peerId, { signal: AbortSignal.any([this.closing.signal, AbortSignal.timeout(this.timeouts.dialMs)]) })
      return true
    } catch {
      if (this.closing.signal.aborted) throw this.closing.signal.reason
      return false
    }
  }

  /** A copy of the key to use, so that nothing handed to the caller (a signature's publicKey included) aliases the pin. */
  private async trustedKey(keyId: string): Promise<KeyInfo> {
    checkKeyId(keyId)
    const key = this.pins.get(keyId) ?? this.discovered.get(keyId)
    if (key) return copyKey(key)
    if (this.trust === 'pinned') throw new UntrustedKeyError(keyId)
    const found = await this.discoverKey(keyId)
    this.discovered.set(keyId, found)
    return copyKey(found)
  }

  /** Tells `signers` to stop the sessions of a failed attempt (best effort, never throws). */
  private async cancelAttempt(signers: readonly string[], nonce: Uint8Array): Promise<void> {
    try {
      await fanOut(this.transport, signers, { kind: 'cancel', nonce }, { timeoutMs: this.timeouts.queryMs, graceMs: 0, judge: () => 'ok', signal: this.closing.signal })
    } catch {
      // closing: nothing left to cancel for
    }
  }

  /** Tells `parties` to drop their pending shares of a failed keygen attempt; best effort, never throws. */
  private async abortAttempt(keyId: string, nonce: Uint8Array, parties: readonly string[]): Promise<void> {
    await this.sendAbort(keyId, nonce, parties).catch(() => undefined)
  }

  private sendAbort(keyId: string, nonce: Uint8Array, parties: readonly string[]): Promise<Gathered> {
    return this.fanOut(parties, { kind: 'abortKey', keyId, nonce }, { timeoutMs: this.timeouts.queryMs, judge: () => 'ok' })
  }

  private async fanOut(
    peers: readonly string[], request: CoordRequest, options: Pick<FanOutOptions, 'timeoutMs' | 'judge' | 'reportsByMs'>, signal = this.closing.signal,
  ): Promise<Gathered> {
    const run = (r: CoordRequest) => fanOut(this.transport, peers, r, { ...options, graceMs: this.timeouts.graceMs, signal })
    if (!SESSION_REQUESTS.has(request.kind)) return run(request)
    // requests that start sessions wait for room at every node of the attempt (in-flight.ts);
    // the deadline counts from when they go out, and so does their issued_at
    const heavy = request.kind !== 'sign'
    const releaseHeavy = heavy ? await this.heavyInFlight.acquire(peers, signal) : undefined
    try {
      const release = await this.inFlight.acquire(peers, signal)
      try {
        return await run({ ...request, issuedAt: unixSeconds() } as CoordRequest)
      } finally {
        release()
      }
    } finally {
      releaseHeavy?.()
    }
  }

  private checkPeersOrNone(peers: readonly string[], field: string): string[] {
    return Array.isArray(peers) && peers.length === 0 ? [] : this.checkPeers(peers, field)
  }

  private checkPeers(peers: readonly string[], field: string): string[] {
    if (!Array.isArray(peers) || peers.length === 0) throw new ConfigError(`${field} must list at least one peer id`, field)
    const unknown = peers.filter((p) => !this.nodes.includes(p))
    if (unknown.length > 0) throw new ConfigError(`${field} names nodes that are not configured: ${unknown.join(', ')}`, field)
    if (new Set(peers).size !== peers.length) throw new ConfigError(`${field} repeats a peer id`, field)
    return [...peers]
  }
}

/**
 * How many signers a key needs. FROST (as in RFC 9591 and noble) signs with at
 * least two parties even when the threshold is 1.
 */
function signerCount(key: KeyInfo): number {
  return key.scheme === 'ecdsa' ? key.threshold : Math.min(key.parties.length, Math.max(2, key.threshold))
}

function keygenKey(o: Outcome): KeyInfo | undefined {
  return o.kind === 'response' && o.response.kind === 'keygen' ? o.response.key : undefined
}

function checkKeyId(keyId: string): void {
  if (typeof keyId !== 'string' || !KEY_ID_PATTERN.test(keyId)) throw new ConfigError('key id must be 1-64 characters of [A-Za-z0-9._-]', 'keyId')
}

function checkNonce(nonce: Uint8Array): Uint8Array {
  if (!(nonce instanceof Uint8Array) || nonce.length < NONCE_BYTES.min || nonce.length > NONCE_BYTES.max) {
    throw new ConfigError(`prepared.nonce must be ${NONCE_BYTES.min}..${NONCE_BYTES.max} bytes`, 'prepared.nonce')
  }
  return Uint8Array.from(nonce)
}

/** Adds a pin; the same facts again are fine, other facts under a pinned id are refused. */
function addPin(pins: Map<string, KeyInfo>, key: KeyInfo, field: string): void {
  const pinned = pins.get(key.keyId)
  if (pinned && !sameKeyInfo(pinned, key)) throw new ConfigError(`key ${key.keyId} is pinned already, with other facts`, field)
  pins.set(key.keyId, pinned ?? key)
}

/** The parties that did not confirm a commit or abort, with what each did instead. */
function lifecycleFailures(parties: readonly string[], gathered: Gathered, confirmed: (o: Outcome) => boolean): Exclusion[] {
  return parties.flatMap((peerId): Exclusion[] => {
    const o = gathered.outcomes.find((x) => x.peerId === peerId)
    if (o && confirmed(o)) return []
    if (!o) return [{ peerId, reason: 'silent', detail: 'did not answer' }]
    if (o.kind === 'unreachable') return [{ peerId, reason: 'unreachable', detail: o.detail }]
    const e = errorOf(o)
    return [{ peerId, reason: 'refused', detail: e ? `answered ${e.code}: ${e.message}` : `answered with another key or a ${o.response.kind} response` }]
  })
}

/** Requests that start sessions: they wait for room at every node, and carry a fresh issued_at. */
const SESSION_REQUESTS: ReadonlySet<CoordRequest['kind']> = new Set(['keygen', 'sign', 'reshare', 'repair', 'importKey', 'presign'])

/** One lifecycle operation on a key, as it stands. */
interface ChangePlan {
  readonly what: string
  readonly dealers: readonly string[]
  /** The committee afterwards. */
  readonly parties: readonly string[]
  readonly threshold: number
  readonly request: (nonce: Uint8Array) => CoordRequest
}

/** A request's issued_at: nodes refuse requests outside their acceptance window (default 5 minutes old, 1 minute ahead). */
const unixSeconds = (): number => Math.floor(Date.now() / 1000)

function checkTimeouts(t: Timeouts): Timeouts {
  for (const [name, value] of Object.entries(t)) {
    if (!(name in DEFAULT_TIMEOUTS)) throw new ConfigError(`timeouts.${name} is not a timeout (known: ${Object.keys(DEFAULT_TIMEOUTS).join(', ')})`, `timeouts.${name}`)
    if (!Number.isFinite(value) || value <= 0) throw new ConfigError(`timeouts.${name} must be a positive number of milliseconds`, `timeouts.${name}`)
  }
  // An honest co-signer reports a silent peer only after its round deadlines: the attempt must outlast them.
  const reports = SIGN_ROUNDS_MAX * t.roundMs + t.graceMs
  if (t.signMs < reports) {
    throw new ConfigError(`timeouts.signMs (${t.signMs}) must be at least ${SIGN_ROUNDS_MAX} x roundMs + graceMs = ${reports}, so honest signers can report before an attempt ends`, 'timeouts.signMs')
  }
  return t
}

function withAttempts<E extends ThreshError>(err: E, attempts: readonly SignAttempt[]): E {
  err.attempts = [...attempts]
  return err
}

/**
 * A signer set of `count` of the key's parties configured here that is none of `tried`,
 * favouring parties no tried set has (they cannot be the stuck one), in party order; none
 * if every set was tried.
 */
function untriedSet(key: KeyInfo, count: number, tried: readonly string[][], nodes: readonly string[]): string[] | undefined {
  const used = new Set(tried.flat())
  const pool = key.parties.filter((p) => nodes.includes(p))
  const ordered = [...pool.filter((p) => !used.has(p)), ...pool.filter((p) => used.has(p))]
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p) => b.includes(p))
  const pick = (from: number, chosen: string[]): string[] | undefined => {
    if (chosen.length === count) return tried.some((t) => same(t, chosen)) ? undefined : chosen
    for (let i = from; i < ordered.length; i++) {
      const found = pick(i + 1, [...chosen, ordered[i]!])
      if (found) return found
    }
    return undefined
  }
  const set = pick(0, [])
  return set && key.parties.filter((p) => set.includes(p))
}

