import type { Connection, Stream } from '@libp2p/interface'
import { safeErrorMessage, type CggmpKeyShare, type EcdsaKeyShare, type KeyShare, type PartyIndex } from '@thresh/crypto'
import {
  COORD_CHANNEL_PROTOCOL, COORD_PROTOCOL, rpcServerStream, serveChannel, WireError,
  type AttestationMode, type CoordRequest, type CoordResponse, type KeygenRequest, type MemberSecurity, type RpcAccusation, type RpcErrorCode, type SignatureEntry, type SignRequest,
} from '@thresh/wire'
import type { Libp2p } from 'libp2p'
import type { AuditRecord } from '@thresh/audit'
import type { Attestor } from './attestation.js'
import { MAX_AUDIT_PAGE, type AuditLog } from './audit/log.js'
import { AuditNote } from './audit/note.js'
import { attestCommittee } from './attestation-exchange.js'
import type { NodeIdentity } from './identity.js'
import { keyInfo, publicFacts, type KeyRecords, type LifecycleRefusal } from './key-records.js'
import type { Logger } from './log.js'
import type { NodeMetrics } from './metrics.js'
import { dkgSpec, dklsSetupSpec, dklsSignSpec, frostSignSpec } from './protocols.js'
import { cggmpAuxSpec, cggmpFullSign } from './cggmp-protocols.js'
import { isDiskError, type DiskHealth } from './disk-health.js'
import { failpoint } from './failpoints.js'
import { LifecycleService } from './lifecycle-service.js'
import { checkMlDsaCommittee, MlDsaService, mlDsaSignTarget, refuseMlDsaLifecycle } from './mldsa-service.js'
import { Refusal, requestIdOf } from './refusal.js'
import { resolveSignTarget, summaryLine } from './sign-payload.js'
import { PolicyRefusal, type PolicyService } from './policy/service.js'
import { INTERNAL_ERROR, SessionError, type SessionManager } from './session-manager.js'
import { signerIndices, withDklsBans } from './signer-set.js'
import { PresignService } from './presign-service.js'
import { PresignStore } from './presign-store.js'
import { CggmpPresignService } from './cggmp-presign-service.js'


export interface CoordinatorServiceOptions {
  readonly host: Libp2p
  readonly identity: NodeIdentity
  /** Peer ids allowed to call. */
  readonly coordinators: ReadonlySet<string>
  /** Configured signer peers (every other party of a session must be one). */
  readonly peers: ReadonlySet<string>
  readonly keys: KeyRecords
  readonly sessions: SessionManager
  readonly maxFrame: number
  /** How long a caller has to send its request. */
  readonly requestTimeoutMs: number
  /** Acceptance window of a request's issued_at: this far in the past, and in the future. */
  readonly requestWindow: { readonly maxAgeSec: number; readonly clockSkewSec: number }
  /** Keygens with a smaller threshold are refused (config minThreshold). */
  readonly minThreshold: number
  /** This node's quote and its allowlist, for keygens that ask for attestation. */
  readonly attestor: Attestor
  /** Where a failed write is reported (the node turns degraded until writes work again). */
  readonly disk: DiskHealth
  readonly metrics: NodeMetrics
  readonly log: Logger
  /** The signing policy: every sign request passes it before its first session message. */
  readonly policy: PolicyService
  /** Presignatures held per key, and how long an unused one lives (config sessions.presignaturesPerKey, presignatureTtlSec). */
  readonly presignatures: { readonly perKey: number; readonly ttlSec: number }
  /** This node's KEM secret key by key id: an imported share is sealed to it. */
  readonly kemSecretKey: (keyId: number) => Uint8Array | undefined
  /** Every request and its outcome is appended here before the response goes out. */
  readonly audit: AuditLog
}

/** Requests of one coordinator served at once: 1.0.0 streams, or requests on one 2.0.0 channel. */
const MAX_COORD_REQUESTS = 256

/** Requests that change nothing and return only public facts: answered even when their audit entry cannot be written. */
const READ_ONLY: ReadonlySet<string> = new Set<CoordRequest['kind']>(['listKeys', 'getPublicKey', 'keyStatus', 'policyGet', 'auditLog'])

type CommitKeyRequest = Extract<CoordRequest, { kind: 'commitKey' }>
type AbortKeyRequest = Extract<CoordRequest, { kind: 'abortKey' }>

/**
 * /thresh/coord/1.0.0: keygen (stores a pending share), commit and abort of a keygen
 * attempt, sign, list keys, get public key — for configured coordinators only. Every
 * refusal is a typed error response and a log line; an internal failure reaches the
 * caller only as a generic message (details go to the node log).
 */
export class CoordinatorService {
  /** Key ids with a keygen or a lifecycle operation in progress. */
  private readonly operating = new Set<string>()
  /** Nonces of cancelled requests (hex -> when the refusal ends): a request arriving after its cancel is refused. */
  private readonly cancelled = new Map<string, number>()
  private readonly lifecycle: LifecycleService
  private readonly mldsa: MlDsaService
  private readonly presignatures: PresignService
  private readonly cggmpPresignatures: CggmpPresignService
  /** CGGMP presignatures (memory only, like presignStore's). */
  readonly cggmpPresignStore: PresignStore
  /** Memory only: a restart drops every presignature. */
  readonly presignStore: PresignStore
  /** The audit note of each request being served (the lifecycle service's admit records its verdict there). */
  private readonly notes = new WeakMap<CoordRequest, AuditNote>()

  constructor(private readonly options: CoordinatorServiceOptions) {
    this.mldsa = new MlDsaService(options)
    this.presignStore = new PresignStore({ perKey: options.presignatures.perKey, ttlMs: options.presignatures.ttlSec * 1000 })
    this.presignatures = new PresignService({
      ...options,
      store: this.presignStore,
      admit: (request) => {
        this.checkNotCancelled(request.nonce)
        this.checkPeers(request.signers)
        this.checkIssuedAt(request.issuedAt)
      },
    })
    this.cggmpPresignStore = new PresignStore({ perKey: options.presignatures.perKey, ttlMs: options.presignatures.ttlSec * 1000 })
    this.cggmpPresignatures = new CggmpPresignService({
      ...options,
      store: this.cggmpPresignStore,
      admit: (request) => {
        this.checkNotCancelled(request.nonce)
        this.checkPeers(request.signers)
        this.checkIssuedAt(request.issuedAt)
      },
    })
    this.lifecycle = new LifecycleService({
      identity: options.identity,
      attestor: options.attestor,
      keys: options.keys,
      sessions: options.sessions,
      operating: this.operating,
      minThreshold: options.minThreshold,
      kemSecretKey: options.kemSecretKey,
      admit: (request, parties) => {
        this.checkNotCancelled(request.nonce)
        this.checkPeers(parties)
        this.checkIssuedAt(request.issuedAt)
        const verdict = this.options.policy.admitOperation(request)
        this.notes.get(request)?.verdict(verdict)
      },
      log: options.log,
    })
  }

  async start(): Promise<void> {
    await this.options.host.handle(COORD_PROTOCOL, (stream, connection) => this.serve(stream, connection), {
      maxInboundStreams: MAX_COORD_REQUESTS,
    })
    // a handful per coordinator: it opens a new one only when the last one broke
    await this.options.host.handle(COORD_CHANNEL_PROTOCOL, (stream, connection) => this.serveChannelStream(stream, connection), {
      maxInboundStreams: 16,
    })
  }

  async stop(): Promise<void> {
    await this.options.host.unhandle(COORD_PROTOCOL)
    await this.options.host.unhandle(COORD_CHANNEL_PROTOCOL)
  }

  /** /thresh/coord/1.0.0: one request and its response per stream. */
  private async serve(stream: Stream, connection: Connection): Promise<void> {
    const caller = connection.remotePeer.toString()
    const rpc = rpcServerStream(stream, this.options.maxFrame)
    const response = await this.answer(caller, async () => {
      try {
        return await rpc.readRequest({ signal: AbortSignal.timeout(this.options.requestTimeoutMs) })
      } catch (err) {
        if (!(err instanceof WireError)) throw err
        this.options.metrics.droppedFrames.inc({ protocol: 'coord', reason: err.code === 'oversized' ? 'oversized' : 'malformed' })
        throw new Refusal('bad-request', err.message)
      }
    })
    if (response === null) {
      // a stream the coordinator opened ahead of use and closed unused: nothing to answer
      stream.abort(new Error('closed without a request'))
      return
    }
    try {
      await rpc.respond(response, { signal: AbortSignal.timeout(this.options.requestTimeoutMs) })
    } catch (err) {
      this.options.log.debug({ caller, err: safeErrorMessage(err) }, 'response not delivered')
    }
  }

  /** /thresh/coord/2.0.0: the requests of one coordinator multiplexed over one long-lived stream. */
  private serveChannelStream(stream: Stream, connection: Connection): Promise<void> {
    const caller = connection.remotePeer.toString()
    const { metrics, log } = this.options
    return serveChannel(stream, (input) => this.answer(caller, async () => {
      if ('request' in input) return input.request
      metrics.droppedFrames.inc({ protocol: 'coord', reason: input.refused.code === 'oversized' ? 'oversized' : 'malformed' })
      throw new Refusal('bad-request', input.refused.message)
    }).then((response) => response!), {
      maxFrame: this.options.maxFrame,
      maxConcurrent: MAX_COORD_REQUESTS,
      busy: () => ({ kind: 'error', code: 'busy', message: `this node serves at most ${MAX_COORD_REQUESTS} requests of one coordinator at once`, culprits: [], accusations: [] }),
      onBrokenFrame: (err) => {
        metrics.droppedFrames.inc({ protocol: 'coord', reason: err.code === 'oversized' ? 'oversized' : 'malformed' })
        log.warn({ caller, reason: err.message }, 'coordinator channel closed after an unreadable frame')
      },
    })
  }

  /**
   * One request from `caller`: authorization, the request itself (`read`; null: none
   * came), dispatch, metrics, log line and audit entry. Every failure becomes an error
   * response; the response is returned once its audit entry is durable.
   */
  private async answer(caller: string, read: () => Promise<CoordRequest | null>): Promise<CoordResponse | null> {
    const { log, metrics } = this.options
    let op = 'unknown'
    let response: CoordResponse
    const note = new AuditNote()
    let entry: AuditRecord
    try {
      if (!this.options.coordinators.has(caller)) throw new Refusal('unauthorized', 'caller is not a configured coordinator of this node')
      const request = await read()
      if (request === null) return null
      op = request.kind
      note.request(op, factsOf(request))
      this.notes.set(request, note)
      response = await this.dispatch(request, note)
      entry = note.served(caller, response)
      metrics.rpcRequests.inc({ op, outcome: 'ok' })
      log.info({ caller, op, ...('keyId' in request ? { keyId: request.keyId } : {}) }, 'request served')
    } catch (err) {
      if (isDiskError(err)) this.options.disk.failed(err)
      const refusal = toRefusal(err)
      if (refusal.code === 'internal') log.error({ caller, op, err: safeErrorMessage(err) }, 'request failed')
      else log.warn({ caller, op, code: refusal.code, culprits: refusal.culprits, reason: refusal.message }, 'request refused')
      metrics.rpcRequests.inc({ op, outcome: refusal.code })
      if (refusal instanceof PolicyRefusal) note.verdict(refusal.verdict)
      entry = note.refused(caller, refusal.code, refusal.culprits)
      response = {
        kind: 'error', code: refusal.code, message: refusal.message.slice(0, 1024), culprits: refusal.culprits, accusations: refusal.accusations,
        ...(refusal instanceof PolicyRefusal ? { policy: refusal.policy } : {}),
      }
    }
    return this.audited(entry, response)
  }

  /**
   * The response once its audit entry is durable. A response whose entry cannot be
   * written is withheld (unavailable) — no signature, key or policy change leaves this
   * node unrecorded — unless it only reads public facts or is a refusal already.
   */
  private async audited(entry: AuditRecord, response: CoordResponse): Promise<CoordResponse> {
    try {
      await this.options.audit.append(entry)
      return response
    } catch (err) {
      if (isDiskError(err)) this.options.disk.failed(err)
      this.options.log.error({ caller: entry.caller, op: entry.operation, err: safeErrorMessage(err) }, 'audit entry not written: the response is withheld')
      return response.kind === 'error' || READ_ONLY.has(entry.operation)
        ? response
        : { kind: 'error', code: 'unavailable', message: 'this node cannot write its audit log: try other nodes, or again later (its operator sees it in the node log)', culprits: [], accusations: [] }
    }
  }

  private dispatch(request: CoordRequest, note: AuditNote): Promise<CoordResponse> {
    switch (request.kind) {
      case 'keygen':
        return this.keygen(request, note)
      case 'sign':
        return this.sign(request, note)
      case 'presign':
        if (this.isCggmp(request.keyId)) return this.cggmpPresignatures.presign(request)
        return this.presignatures.presign(request)
      case 'onlineSign':
        if (this.isCggmp(request.sign.keyId)) return this.cggmpPresignatures.onlineSign(request, note)
        return this.presignatures.onlineSign(request, note)
      case 'frostOnlineSign':
        return this.presignatures.frostOnlineSign(request, note)
      case 'listKeys':
        return Promise.resolve({ kind: 'keys', keys: this.options.keys.list().map(keyInfo) })
      case 'getPublicKey': {
        const record = this.options.keys.get(request.keyId)
        if (!record) throw new Refusal('unknown-key', `no key ${request.keyId}`)
        return Promise.resolve({ kind: 'publicKey', key: keyInfo(record) })
      }
      case 'commitKey':
        return this.commit(request)
      case 'abortKey':
        return this.abort(request)
      case 'cancel':
        return Promise.resolve(this.cancel(request.nonce))
      case 'keyStatus':
        return Promise.resolve(this.keyStatus(request.keyId))
      case 'reshare':
        refuseMlDsaLifecycle(request.key, request.refresh ? 'refresh' : 'reshare')
        return this.lifecycle.reshare(request)
      case 'repair':
        refuseMlDsaLifecycle(request.key, 'repair')
        return this.lifecycle.repair(request)
      case 'importKey':
        return this.lifecycle.importKey(request)
      case 'policyGet':
        return Promise.resolve(this.options.policy.get())
      case 'policySet':
        return this.options.policy.set(request)
      case 'policyTest':
        return this.options.policy.test(request)
      case 'announce':
        return this.options.policy.announce(request)
      case 'auditLog':
        return this.auditLog(request.fromSeq, request.limit)
    }
  }

  /** Whether the active key `keyId` is a CGGMP key (its presignatures are CGGMP's: cggmp-presign-service.ts). */
  private isCggmp(keyId: string): boolean {
    return this.options.keys.get(keyId)?.engine === 'cggmp'
  }

  /** A page of this node's audit log, as the JSON lines it hashed and signed. */
  private async auditLog(fromSeq: number, limit: number): Promise<CoordResponse> {
    const page = await this.options.audit.read(fromSeq, Math.min(limit, MAX_AUDIT_PAGE))
    return { kind: 'auditLog', ...page }
  }

  private keyStatus(keyId: string): CoordResponse {
    const { keys } = this.options
    const active = keys.get(keyId)
    const pending = keys.getPending(keyId)
    return {
      kind: 'keyStatus',
      ...(active ? { active: keyInfo(active), activeNonce: active.nonce } : {}),
      ...(pending ? { pending: keyInfo(pending), pendingNonce: pending.nonce } : {}),
      ...(active?.retiring ? { retiringNonce: active.retiring } : {}),
    }
  }

  private cancel(nonce: Uint8Array): CoordResponse {
    const now = Date.now()
    for (const [hex, until] of this.cancelled) if (until <= now) this.cancelled.delete(hex)
    // as long as the request itself could still be accepted (its issued_at window)
    const { maxAgeSec, clockSkewSec } = this.options.requestWindow
    this.cancelled.set(Buffer.from(nonce).toString('hex'), now + (maxAgeSec + clockSkewSec) * 1000)
    return { kind: 'cancelled', sessions: this.options.sessions.cancel(nonce) }
  }

  /** A request whose cancel arrived first is not started. */
  private checkNotCancelled(nonce: Uint8Array): void {
    if (this.cancelled.has(Buffer.from(nonce).toString('hex'))) throw new Refusal('cancelled', 'the coordinator cancelled this request before it arrived')
  }

  private async keygen(request: KeygenRequest, note: AuditNote): Promise<CoordResponse> {
    const { identity, keys } = this.options
    this.checkNotCancelled(request.nonce)
    const self = request.parties.indexOf(identity.peerId) + 1
    if (self === 0) throw new Refusal('not-a-party', `this node (${identity.peerId}) is not one of the key's parties`)
    if (request.scheme === 'ml-dsa-44') checkMlDsaCommittee(request.threshold, request.parties.length)
    this.checkPeers(request.parties)
    if (request.threshold < this.options.minThreshold) {
      throw new Refusal('bad-request', `threshold ${request.threshold} is below this node's minThreshold (${this.options.minThreshold}): with threshold 1 every party holds the whole key; the operator sets minThreshold: 1 to allow it`)
    }
    if (keys.get(request.keyId)) throw new Refusal('key-exists', `key ${request.keyId} exists`)
    if (this.operating.has(request.keyId)) throw new Refusal('busy', `a keygen of ${request.keyId} is running`)
    this.checkIssuedAt(request.issuedAt)
    note.verdict(this.options.policy.admitOperation(request))
    this.operating.add(request.keyId)
    try {
      // Both session ids bind the request nonce, so a failed keygen can be retried
      // under the same key id with a fresh nonce.
      const mode = request.attestation ?? 'off'
      // an attested keygen's DKG binds its mode too: members given different modes never run the same DKG
      const attempt = mode === 'off' ? requestIdOf(request) : `${requestIdOf(request)}/attest:${mode}`
      // and its engine: members told different engines never run the same DKG
      const requestId = request.engine === 'cggmp' ? `${attempt}/engine:cggmp` : attempt
      const members = mode === 'off' ? undefined : await this.attest(request, mode, requestId, self)
      if (request.scheme === 'ml-dsa-44') return await this.mldsa.keygen(request, self, requestId, members)
      const dkg = await this.options.sessions.run(dkgSpec({ ...request, scheme: request.scheme, requestId }, identity))
      // the setup's EcdsaKeyShare carries the DKG's secretShare buffer: one wipe covers both
      try {
        const cggmp = request.scheme === 'ecdsa' && request.engine === 'cggmp'
        const share: KeyShare = request.scheme !== 'ecdsa'
          ? dkg
          : cggmp
            ? await this.options.sessions.run(cggmpAuxSpec(dkg, { ...request, requestId }, this.options.sessions.workers))
            : await this.options.sessions.run(dklsSetupSpec(dkg, { ...request, requestId }, this.options.sessions.workers))
        const record = {
          keyId: request.keyId,
          scheme: dkg.scheme,
          threshold: request.threshold,
          parties: request.parties,
          self,
          ...publicFacts(share),
          nonce: request.nonce,
          ...(members ? { members } : {}),
          ...(cggmp ? { engine: 'cggmp' as const } : {}),
        }
        // pending until the coordinator commits it: it saw every party report this key
        if (!(await keys.addPending(record, share))) throw new Refusal('key-exists', `key ${request.keyId} was committed meanwhile`)
        return { kind: 'keygen', key: keyInfo(record) }
      } finally {
        dkg.secretShare.fill(0)
      }
    } finally {
      this.operating.delete(request.keyId)
    }
  }

  /** The attestation exchange before an attested keygen's DKG (attestation-exchange.ts). */
  private attest(request: KeygenRequest, mode: Exclude<AttestationMode, 'off'>, requestId: string, self: number): Promise<MemberSecurity[]> {
    return attestCommittee(this.options, { keyId: request.keyId, parties: request.parties, self, mode, requestId, issuedAt: request.issuedAt, nonce: request.nonce })
  }

  private async commit(request: CommitKeyRequest): Promise<CoordResponse> {
    failpoint('commit:before')
    const result = await this.options.keys.commit(request.keyId, request.groupPublicKey, request.nonce)
    failpoint('commit:after')
    // a new epoch (or leaving the committee): presignatures of the old shares are void
    if (typeof result !== 'string' || result === 'retired') {
      const dropped = this.presignStore.dropKey(request.keyId) + this.cggmpPresignStore.dropKey(request.keyId)
      if (dropped > 0) this.options.log.info({ keyId: request.keyId, dropped }, 'presignatures dropped at the epoch change')
    }
    if (result === 'retired') {
      this.options.log.info({ keyId: request.keyId }, 'left the key\'s committee: share deleted')
      return { kind: 'retired' }
    }
    if (typeof result === 'string') throw lifecycleRefusal(request.keyId, result)
    return { kind: 'committed', key: keyInfo(result) }
  }

  private async abort(request: AbortKeyRequest): Promise<CoordResponse> {
    const result = await this.options.keys.dropPending(request.keyId, request.nonce)
    if (typeof result === 'string') throw lifecycleRefusal(request.keyId, result)
    return { kind: 'keyAborted', dropped: result }
  }

  private async sign(request: SignRequest, note: AuditNote): Promise<CoordResponse> {
    const { identity, keys } = this.options
    this.checkNotCancelled(request.nonce)
    const record = keys.get(request.keyId)
    if (!record) throw new Refusal('unknown-key', `no key ${request.keyId}`)
    if (request.epoch !== record.epoch) {
      throw new Refusal('stale-epoch', `key ${record.keyId} is at epoch ${record.epoch} on this node; the request is for epoch ${request.epoch} (re-read the key: it was refreshed, reshared or repaired)`)
    }
    const signers = signerIndices(record, request.signers, identity.peerId)
    if (record.scheme === 'ml-dsa-44') {
      this.checkPeers(request.signers)
      this.checkIssuedAt(request.issuedAt)
      const mlTarget = mlDsaSignTarget(record, request)
      note.target(mlTarget)
      const verdict = await this.options.policy.admitSign(record, request, mlTarget)
      note.verdict(verdict)
      const response = await this.mldsa.sign(request, record)
      if (response.kind === 'sign' && response.signature.length > 0) await this.options.policy.signed(request, verdict)
      return response
    }
    // decoded, digested and derived here, before any session: a malformed request starts nothing
    const target = resolveSignTarget({ ...record, scheme: record.scheme }, request)
    note.target(target)
    this.checkPeers(request.signers)
    this.checkIssuedAt(request.issuedAt)
    this.options.log.info({ keyId: record.keyId, ...summaryLine(target) }, 'sign request')
    const { derivation, taproot } = target
    const base = {
      parties: record.parties, signers, issuedAt: request.issuedAt, nonce: request.nonce,
      ...(derivation ? { derivation } : {}), ...(taproot ? { taproot } : {}),
    }
    // one session per digest; each session id binds the payload, the path and the digest's position
    const paramsOf = (i: number) => ({ ...base, message: target.digests[i]!, requestId: `${requestIdOf(request)}/${target.binding}/${i}` })
    // the last check before the first session message; on allow its velocity entries are recorded
    const verdict = await this.options.policy.admitSign(record, request, target)
    note.verdict(verdict)
    const signed = async (signatures: SignatureEntry[]) => {
      await this.options.policy.signed(request, verdict)
      return signResponse(signatures)
    }
    const key: KeyShare = await keys.share(record.keyId)
    try {
      if (record.scheme !== 'ecdsa') {
        const signatures = []
        for (let i = 0; i < target.digests.length; i++) {
          signatures.push({ signature: await this.options.sessions.run(frostSignSpec({ ...paramsOf(i), key }, identity)), recoveryId: 0 })
        }
        return await signed(signatures)
      }
      if (record.engine === 'cggmp') {
        // presign + sign per digest; identification names a cheater (culprits in the response)
        const signatures = []
        for (let i = 0; i < target.digests.length; i++) {
          const sig = await cggmpFullSign(this.options.sessions, { ...paramsOf(i), key: key as CggmpKeyShare })
          signatures.push({ signature: Uint8Array.from([...sig.r, ...sig.s]), recoveryId: sig.recovery })
        }
        return await signed(signatures)
      }
      return await withDklsBans(keys, record, signers, this.options.log, async () => {
        const signatures = []
        for (let i = 0; i < target.digests.length; i++) {
          const sig = await this.options.sessions.run(dklsSignSpec({ ...paramsOf(i), key: key as EcdsaKeyShare }, keys.bans, identity))
          signatures.push({ signature: Uint8Array.from([...sig.r, ...sig.s]), recoveryId: sig.recovery })
        }
        return await signed(signatures)
      })
    } finally {
      key.secretShare.fill(0)
    }
  }

  /**
   * A request is served only inside its acceptance window: the node remembers used
   * session ids only that long, so an older request could otherwise run again.
   */
  private checkIssuedAt(issuedAt: number): void {
    const { maxAgeSec, clockSkewSec } = this.options.requestWindow
    const now = Math.floor(Date.now() / 1000)
    if (issuedAt < now - maxAgeSec) {
      throw new Refusal('stale-request', `request was issued ${now - issuedAt} s ago; this node serves requests up to ${maxAgeSec} s old (check the coordinator's clock, or send a new request)`)
    }
    if (issuedAt > now + clockSkewSec) {
      throw new Refusal('stale-request', `request is dated ${issuedAt - now} s in the future; this node allows ${clockSkewSec} s of clock skew (check the coordinator's clock)`)
    }
  }

  /** Every party other than this node must be a configured signer peer. */
  private checkPeers(parties: readonly string[]): void {
    const unknown = parties.filter((p) => p !== this.options.identity.peerId && !this.options.peers.has(p))
    if (unknown.length > 0) throw new Refusal('unknown-peer', `parties ${unknown.join(', ')} are not configured peers of this node`, unknown)
  }
}


/** What an audit entry names of a request: its id (the same at every node), key and epoch. */
function factsOf(request: CoordRequest): { requestId?: string; attempt?: string; keyId?: string; epoch?: number } {
  switch (request.kind) {
    case 'sign':
      return { requestId: request.requestId ?? requestIdOf(request), attempt: requestIdOf(request), keyId: request.keyId, epoch: request.epoch }
    case 'keygen':
    case 'importKey':
      return { requestId: requestIdOf(request), keyId: request.keyId }
    case 'reshare':
    case 'repair':
      return { requestId: requestIdOf(request), keyId: request.keyId, epoch: request.key.epoch }
    case 'commitKey':
    case 'abortKey':
      return { requestId: Buffer.from(request.nonce).toString('hex'), keyId: request.keyId }
    case 'getPublicKey':
    case 'keyStatus':
      return { keyId: request.keyId }
    case 'policyTest':
    case 'announce':
    case 'onlineSign':
    case 'frostOnlineSign':
      return { requestId: request.sign.requestId ?? requestIdOf(request.sign), keyId: request.sign.keyId, epoch: request.sign.epoch }
    default:
      return {}
  }
}

/** The sign response: the first signature in the classic fields, every one in `signatures` when there are several. */
function signResponse(signatures: readonly SignatureEntry[]): CoordResponse {
  const [first] = signatures
  return { kind: 'sign', signature: first!.signature, recoveryId: first!.recoveryId, ...(signatures.length > 1 ? { signatures } : {}) }
}

function lifecycleRefusal(keyId: string, reason: LifecycleRefusal): Refusal {
  switch (reason) {
    case 'no-such-attempt':
      return new Refusal('unknown-key', `no pending share of key ${keyId} from this keygen attempt`)
    case 'committed':
      return new Refusal('key-exists', `key ${keyId} is committed`)
    case 'group-key-differs':
      return new Refusal('bad-request', `this node's share of key ${keyId} from this keygen attempt has another group public key`)
  }
}


/** The error response for `err`. Only refusals and protocol outcomes carry their own message to the caller. */
function toRefusal(err: unknown): Refusal {
  if (err instanceof Refusal) return err
  if (isDiskError(err)) return new Refusal('unavailable', 'this node cannot write to its disk: try other nodes, or again later (its operator sees it in /healthz)')
  if (err instanceof SessionError) {
    if (err.code === 'internal') return new Refusal('internal', INTERNAL_ERROR)
    const code: RpcErrorCode = err.code === 'stopped' ? 'busy' : err.code
    return new Refusal(code, err.message, err.culprits, err.accusations)
  }
  return new Refusal('internal', INTERNAL_ERROR)
}

