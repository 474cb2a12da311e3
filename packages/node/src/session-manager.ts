import { ProtocolAbort, safeErrorMessage, xwingOpen, xwingSeal, type Complaint, type Incoming, type Outgoing, type PartyIndex, type SealContext, type Session } from '@thresh/crypto'
import { complaintCodec, complaintStatement, envelopeCodec, WireError, type RpcAccusation, type WireMessage } from '@thresh/wire'
import type { SessionLimits } from './config.js'
import { isDiskError } from './disk-health.js'
import { EarlyBuffer } from './early-buffer.js'
import { failpoint } from './failpoints.js'
import { KemLookupError, type PeerKemKey } from './kem-directory.js'
import type { Logger } from './log.js'
import type { DropReason, NodeMetrics } from './metrics.js'
import type { HostedSession, SessionWorkers } from './session-workers.js'

/** What a coordinator is told about a failure inside this node (the detail goes to the node's log only). */
export const INTERNAL_ERROR = 'internal error (see the node log)'

/** 'internal': the session failed on an exception, not on a party's fault (the detail is only in this node's log). */
export type SessionErrorCode = 'aborted' | 'timeout' | 'duplicate-session' | 'busy' | 'stopped' | 'internal' | 'cancelled' | 'unavailable'

/** Why a session did not produce a result. `culprits` are peer ids; `accusations`, other parties' unproven complaints. */
export class SessionError extends Error {
  readonly code: SessionErrorCode
  readonly culprits: readonly string[]
  readonly accusations: readonly RpcAccusation[]

  constructor(code: SessionErrorCode, message: string, culprits: readonly string[] = [], accusations: readonly RpcAccusation[] = []) {
    super(message)
    this.name = 'SessionError'
    this.code = code
    this.culprits = [...culprits]
    this.accusations = [...accusations]
  }
}

export interface SessionSpec<R> {
  /** Metrics label: dkg, frost-sign, dkls-setup, dkls-sign, ... */
  readonly kind: string
  /** Run inline, or hosted in a worker thread (SessionWorkers.host): steps then run one at a time, in arrival order. */
  readonly session: Session<R, Uint8Array> | HostedSession<R>
  /** The peer id of every party of the session, this node included. */
  readonly peers: ReadonlyMap<PartyIndex, string>
  /** issued_at (unix seconds) of the request that started it: how long its id must stay used. */
  readonly issuedAt: number
  /** The coordinator's request nonce: complaints in this session sign it (complaintStatement). */
  readonly nonce: Uint8Array
  /** Per-round deadline of this session when it needs longer than the configured one (CGGMP aux-info: safe primes). */
  readonly roundTimeoutMs?: number
}

export interface SessionManagerOptions {
  readonly limits: SessionLimits
  /** Hands one encoded Envelope frame to the transport for `peer`. */
  readonly send: (peer: string, frame: Uint8Array) => void
  readonly metrics: NodeMetrics
  readonly log: Logger
  /**
   * Records a session id as used, durably, before the session sends anything; false when
   * it was used before (by this process or before a restart).
   */
  readonly claim: (sessionHex: string, issuedAt: number) => Promise<boolean>
  /** A claim failed because the disk refuses writes. */
  readonly onDiskError: (err: unknown) => void
  /** This node's identity signature over a complaint statement. */
  readonly signComplaint: (statement: Uint8Array) => Uint8Array
  /** Whether `peer`'s identity key signed `statement`. */
  readonly verifyComplaint: (peer: string, statement: Uint8Array, signature: Uint8Array) => boolean
  /** Worker threads for the sessions whose steps are long CPU work; absent: every session runs inline. */
  readonly workers?: SessionWorkers
  /** Sealing of secret share messages end to end (X-Wing, crypto/seal). */
  readonly kem: SessionKem
}

export interface SessionKem {
  /** The verified KEM keys of `peers` (kem-directory.ts); rejects with KemLookupError. */
  keysOf(peers: readonly string[]): Promise<ReadonlyMap<string, PeerKemKey>>
  /** This node's KEM secret key `keyId`, if it still holds it. */
  secretKey(keyId: number): Uint8Array | undefined
}

/** How often held early messages are checked for expiry. */
const EXPIRY_CHECK_MS = 1_000

/** How many finished session ids to remember, to drop their late messages. */
const REMEMBER_FINISHED = 4096

interface Live {
  readonly spec: SessionSpec<unknown>
  readonly hex: string
  readonly partyOf: ReadonlyMap<string, PartyIndex>
  readonly resolve: (value: unknown) => void
  readonly reject: (err: SessionError) => void
  timer: NodeJS.Timeout | undefined
  roundStartedAt: number
  /** Complaints received, by complainer: relayed to the coordinator with their signatures. */
  readonly complaints: Map<PartyIndex, RpcAccusation>
  /** A hosted session's steps, chained: each starts when the one before it has ended. */
  queue: Promise<void>
  /** The other parties' KEM keys, fetched before a session that seals starts. */
  kemKeys: ReadonlyMap<string, PeerKemKey> | undefined
}

/**
 * Runs many protocol sessions at once over the node-to-node transport: routes each
 * incoming Envelope to its session by session id, buffers messages for sessions not
 * started yet, drops anything from a non-party, and gives every round a deadline
 * after which the session aborts naming the parties it still waits for.
 */
export class SessionManager {
  private readonly live = new Map<string, Live>()
  private readonly finished = new Set<string>()
  private readonly early: EarlyBuffer
  private readonly expiry: NodeJS.Timeout
  private stopped = false

  constructor(private readonly options: SessionManagerOptions) {
    const { limits } = options
    this.early = new EarlyBuffer({ messagesPerPeer: limits.earlyMessagesPerPeer, bytesPerPeer: limits.earlyBytesPerPeer, ttlMs: limits.earlyTtlMs })
    // expired early messages go on a timer too, not only when more traffic arrives
    this.expiry = setInterval(() => {
      this.early.expire()
      this.options.metrics.earlyBufferBytes.set(this.early.bytesHeld)
    }, Math.min(limits.earlyTtlMs, EXPIRY_CHECK_MS))
    this.expiry.unref()
  }

  /** Where the protocols that offload their sessions host them (undefined: inline). */
  get workers(): SessionWorkers | undefined {
    return this.options.workers
  }

  get activeSessions(): number {
    return this.live.size
  }

  /** Bytes of early messages held (bounded by earlyBytesPerPeer per peer). */
  get earlyBytes(): number {
    return this.early.bytesHeld
  }

  /**
   * Runs `spec.session` to its result; rejects with SessionError. The session id is
   * claimed durably before the first message goes out: a session id never runs twice.
   */
  run<R>(spec: SessionSpec<R>): Promise<R> {
    const { session, peers } = spec
    const hex = Buffer.from(session.id).toString('hex')
    const refuse = (err: SessionError): Promise<R> => {
      if ('hosted' in session) session.dispose()
      return Promise.reject(err)
    }
    if (this.stopped) return refuse(new SessionError('stopped', 'node is stopping'))
    if (this.live.has(hex) || this.finished.has(hex)) {
      return refuse(new SessionError('duplicate-session', `session ${hex} is running or has run`))
    }
    if (this.live.size >= this.options.limits.maxConcurrent) {
      return refuse(new SessionError('busy', `${this.live.size} sessions are running, the configured maximum`))
    }
    for (const p of session.parties) if (!peers.has(p)) throw new Error(`no peer id for party ${p}`)
    return new Promise<R>((resolve, reject) => {
      const record: Live = {
        spec: spec as SessionSpec<unknown>,
        hex,
        partyOf: new Map(session.parties.map((p) => [peers.get(p)!, p] as const)),
        resolve: resolve as (value: unknown) => void,
        reject,
        timer: undefined,
        roundStartedAt: performance.now(),
        complaints: new Map(),
        queue: Promise.resolve(),
        kemKeys: undefined,
      }
      // registered before the claim, so that a concurrent run of the same id is refused
      // and messages arriving meanwhile reach the session (which holds them until it starts)
      this.live.set(hex, record)
      this.options.metrics.activeSessions.set(this.live.size)
      // fetched beside the claim: a session that seals needs every other party's KEM key before it sends
      const kemKeys = session.seals ? this.options.kem.keysOf([...peers].filter(([p]) => p !== session.self).map(([, peer]) => peer)) : undefined
      kemKeys?.catch(() => undefined) // awaited below, unless the claim fails first
      this.options.claim(hex, spec.issuedAt).then(
        async (fresh) => {
          if (this.live.get(hex) !== record) return // stopped meanwhile
          if (!fresh) {
            const err = new SessionError('duplicate-session', `session ${hex} has run before (session ids are single-use, also across restarts): send a new request`)
            return this.fail(record, err, 'duplicate')
          }
          if (kemKeys) {
            try {
              record.kemKeys = await kemKeys
            } catch (err) {
              if (this.live.get(hex) !== record) return
              return this.failKemLookup(record, err)
            }
            if (this.live.get(hex) !== record) return
          }
          this.begin(record)
        },
        (err: unknown) => {
          if (this.live.get(hex) !== record) return
          if (!isDiskError(err)) return this.failInternally(record, err)
          // the id could not be recorded durably, so the session must not run
          this.options.onDiskError(err)
          this.fail(record, new SessionError('unavailable', 'this node cannot write to its disk (its session ids must be recorded before a session runs): try other signers, or again later'), 'unavailable')
        },
      )
    })
  }

  private begin(record: Live): void {
    const { session, kind } = record.spec
    this.options.metrics.sessionsStarted.inc({ kind })
    this.options.log.info({ session: record.hex, kind, parties: session.parties.length }, 'session started')
    this.schedule(record, () => this.step(record, () => session.start(), true))
    const early = this.early.take(record.hex)
    this.options.metrics.earlyBufferBytes.set(this.early.bytesHeld)
    for (const { peer, message } of early) {
      if (this.live.get(record.hex) !== record) break
      this.accept(record, peer, message)
    }
  }

  /** One Envelope frame from an authenticated signer peer. Never throws. */
  deliver(peer: string, frame: Uint8Array): void {
    let message: WireMessage
    try {
      message = envelopeCodec.decode(frame)
    } catch (err) {
      if (!(err instanceof WireError)) throw err
      this.drop('malformed', peer, err.message)
      return
    }
    const hex = Buffer.from(message.session).toString('hex')
    const record = this.live.get(hex)
    if (record) this.accept(record, peer, message)
    else if (this.finished.has(hex)) this.drop('late', peer)
    else {
      const added = this.early.add(hex, peer, message, frame.length)
      if (added !== 'kept') this.drop(added === 'duplicate' ? 'early-duplicate' : 'early-overflow', peer)
    }
    this.options.metrics.earlyBufferBytes.set(this.early.bytesHeld)
  }

  /**
   * Stops the running sessions of the request with `nonce` (the coordinator gave up on
   * it): their slots free now instead of at their round deadlines. Returns how many.
   */
  cancel(nonce: Uint8Array): number {
    const records = [...this.live.values()].filter((r) => Buffer.from(r.spec.nonce).equals(nonce))
    for (const record of records) this.fail(record, new SessionError('cancelled', 'the coordinator cancelled the request'), 'cancelled')
    return records.length
  }

  /** `peer` cannot take part (it speaks an older session protocol): its running sessions end naming it. */
  peerIncompatible(peer: string, reason: string): void {
    for (const record of [...this.live.values()]) {
      if (record.partyOf.has(peer)) this.fail(record, new SessionError('aborted', reason, [peer]), 'incompatible-peer')
    }
  }

  /** Fails every running session and refuses new ones. */
  stop(): void {
    this.stopped = true
    clearInterval(this.expiry)
    for (const record of [...this.live.values()]) this.fail(record, new SessionError('stopped', 'node is stopping'), 'stopped')
  }

  private accept(record: Live, peer: string, wire: WireMessage): void {
    const party = record.partyOf.get(peer)
    if (party === undefined) return this.drop('non-party', peer)
    if (wire.from !== party) return this.drop('spoofed-sender', peer, `claims party ${wire.from}, is party ${party}`)
    const { session } = record.spec
    const message = wire.sealed ? this.opened(record, wire, peer) : (({ sealed: _, ...plain }) => plain)(wire)
    if (message === undefined) return
    if (message.round === 0) {
      const complaint = this.checkedComplaint(record, peer, message.payload)
      this.options.log.warn({ session: record.hex, from: peer, accused: complaint.accused.map((p) => record.spec.peers.get(p) ?? `party ${p}`), reason: complaint.reason }, 'complaint received')
      return this.schedule(record, () => this.step(record, () => {
        const judged = session.receiveComplaint(party, complaint)
        return judged instanceof Promise ? judged.then(() => []) : []
      }, false))
    }
    this.schedule(record, () => {
      const before = session.waitingFor()
      return this.step(record, () => session.receive(message), advanced(before, party, session.waitingFor.bind(session)))
    })
  }

  /**
   * Runs `task` now for an inline session; for a hosted one, after the steps queued
   * before it, and only while the session is still live.
   */
  private schedule(record: Live, task: () => void | Promise<void>): void {
    if (!('hosted' in record.spec.session)) {
      void task()
      return
    }
    record.queue = record.queue.then(() => (this.live.get(record.hex) === record ? task() : undefined)).catch((err: unknown) => {
      if (this.live.get(record.hex) === record) this.failInternally(record, err)
    })
  }

  /** Runs one session step, sends its output and settles the session if it ended. */
  private step(record: Live, action: () => Outgoing<Uint8Array>[] | Promise<Outgoing<Uint8Array>[]>, roundStart: boolean | (() => boolean)): void | Promise<void> {
    let out: Outgoing<Uint8Array>[] | Promise<Outgoing<Uint8Array>[]>
    try {
      out = action()
    } catch (err) {
      return this.stepFailed(record, err)
    }
    if (!(out instanceof Promise)) return this.stepped(record, out, roundStart)
    return out.then(
      (messages) => (this.live.get(record.hex) === record ? this.stepped(record, messages, roundStart) : undefined),
      (err: unknown) => (this.live.get(record.hex) === record ? this.stepFailed(record, err) : undefined),
    )
  }

  private stepFailed(record: Live, err: unknown): void {
    if (err instanceof ProtocolAbort) {
      const peerOf = (p: PartyIndex) => record.spec.peers.get(p) ?? `party ${p}`
      // a fault only this node saw: tell every party before stopping, so that none of
      // them waits for this node and its deadline names it as silent
      if (err.complaint) this.publish(record, err.complaint)
      const accusations = err.accusations.flatMap((a) => record.complaints.get(a.accuser) ?? [])
      return this.fail(record, new SessionError('aborted', err.reason, err.culprits.map(peerOf), accusations), 'aborted')
    }
    return this.failInternally(record, err)
  }

  private stepped(record: Live, out: Outgoing<Uint8Array>[], roundStart: boolean | (() => boolean)): void {
    const { session } = record.spec
    for (const m of out) this.send(record, m)
    if (session.done) return this.complete(record)
    const started = typeof roundStart === 'function' ? roundStart() || out.length > 0 : roundStart
    if (started) this.armDeadline(record)
  }

  /**
   * Opens a sealed message with this node's KEM secret key. One that does not open
   * (another key, another context, tampered) ends the session naming its sender: the
   * envelope came over a channel authenticated to it. Undefined then.
   */
  private opened(record: Live, wire: WireMessage, peer: string): Incoming<Uint8Array> | undefined {
    const sealed = wire.sealed!
    const secretKey = this.options.kem.secretKey(sealed.keyId)
    const why = secretKey === undefined ? `is sealed to KEM key ${sealed.keyId}, which this node does not hold` : undefined
    if (secretKey !== undefined) {
      try {
        // bound to this party as the recipient: a message addressed to another party does not open here
        const payload = xwingOpen(secretKey, sealContext(record, wire.from, record.spec.session.self, wire.round), sealed.box)
        return { session: wire.session, from: wire.from, to: wire.to, round: wire.round, payload, sealed: true }
      } catch (err) {
        this.options.log.debug({ session: record.hex, peer, err: safeErrorMessage(err) }, 'sealed message did not open')
      }
    }
    const reason = `round-${wire.round} sealed message from party ${wire.from} ${why ?? 'does not open (wrong recipient key, session, round, sender or type, or tampered)'}`
    this.step(record, () => {
      throw new ProtocolAbort(reason, [wire.from], { complain: true })
    }, false)
    return undefined
  }

  private send(record: Live, m: Outgoing<Uint8Array>): void {
    failpoint(`session:${record.spec.kind}:${m.round}`)
    if (m.secret) return this.sendSealed(record, m)
    const frame = envelopeCodec.encode(m)
    const { session, peers } = record.spec
    const to = m.to === 'broadcast' ? session.parties.filter((p) => p !== session.self) : [m.to]
    for (const p of to) {
      const peer = peers.get(p)
      if (peer === undefined) throw new Error(`protocol bug: message for party ${p}, which has no peer`)
      this.options.send(peer, frame)
    }
  }

  /** A secret share message: sealed to its recipient's KEM key, AAD bound to session, sender, recipient, round and kind. */
  private sendSealed(record: Live, m: Outgoing<Uint8Array>): void {
    if (m.to === 'broadcast') throw new Error('protocol bug: a secret message is broadcast')
    const peer = record.spec.peers.get(m.to)
    const key = peer === undefined ? undefined : record.kemKeys?.get(peer)
    if (peer === undefined || key === undefined) throw new Error(`protocol bug: no KEM key for party ${m.to}`)
    const box = xwingSeal(key.publicKey, sealContext(record, m.from, m.to, m.round), m.payload)
    this.options.send(peer, envelopeCodec.encode({ session: m.session, from: m.from, to: m.to, round: m.round, payload: new Uint8Array(0), sealed: { keyId: key.keyId, box } }))
  }

  /** The peers' KEM keys could not be had: the session cannot seal, so it does not run. */
  private failKemLookup(record: Live, err: unknown): void {
    if (!(err instanceof KemLookupError)) return this.failInternally(record, err)
    const code = err.failure === 'unreachable' ? 'timeout' : 'aborted'
    this.fail(record, new SessionError(code, err.message, [err.peer]), `kem-${err.failure}`)
  }

  /**
   * A complaint from `peer`, checked: its signature over the statement (request nonce,
   * complainer, accused, reason) must be the peer's own, so the others can relay it to the
   * coordinator as evidence of who complained. Anything else comes back as a malformed
   * complaint, which the session blames on its sender.
   */
  private checkedComplaint(record: Live, peer: string, payload: Uint8Array): Complaint {
    const malformed = { accused: [], reason: '' }
    let signed
    try {
      signed = complaintCodec.decode(payload)
    } catch (err) {
      if (!(err instanceof WireError)) throw err
      return malformed
    }
    const accused = signed.accused.map((p) => record.spec.peers.get(p))
    if (accused.some((p) => p === undefined)) return malformed
    const statement = complaintStatement(record.spec.nonce, peer, accused as string[], signed.reason)
    if (!this.options.verifyComplaint(peer, statement, signed.signature)) return malformed
    record.complaints.set(record.partyOf.get(peer)!, { accuser: peer, accused: accused as string[], reason: signed.reason, signature: signed.signature })
    return { accused: signed.accused, reason: signed.reason }
  }

  private publish(record: Live, complaint: Complaint): void {
    const { session, peers, nonce } = record.spec
    const accused = complaint.accused.map((p) => peers.get(p)!)
    const signature = this.options.signComplaint(complaintStatement(nonce, peers.get(session.self)!, accused, complaint.reason))
    const payload = complaintCodec.encode({ ...complaint, signature })
    this.send(record, { session: session.id, from: session.self, to: 'broadcast', round: 0, payload })
    this.options.metrics.complaintsSent.inc({ kind: record.spec.kind })
  }

  private armDeadline(record: Live): void {
    const now = performance.now()
    if (record.timer !== undefined) {
      clearTimeout(record.timer)
      this.options.metrics.roundSeconds.observe({ kind: record.spec.kind }, (now - record.roundStartedAt) / 1000)
    }
    record.roundStartedAt = now
    const ms = Math.max(this.options.limits.roundTimeoutMs, record.spec.roundTimeoutMs ?? 0)
    record.timer = setTimeout(() => {
      const silent = record.spec.session.waitingFor().map((p) => record.spec.peers.get(p)!)
      const names = silent.length > 0 ? silent.join(', ') : 'nobody'
      this.fail(record, new SessionError('timeout', `round deadline (${ms} ms) passed waiting for ${names}`, silent), 'timeout')
    }, ms)
  }

  private complete(record: Live): void {
    const { session, kind } = record.spec
    let result: unknown
    try {
      result = session.result()
    } catch (err) {
      return this.failInternally(record, err)
    }
    if (record.timer !== undefined) {
      this.options.metrics.roundSeconds.observe({ kind }, (performance.now() - record.roundStartedAt) / 1000)
    }
    this.settle(record)
    this.options.metrics.sessionsCompleted.inc({ kind })
    this.options.log.info({ session: record.hex, kind }, 'session completed')
    record.resolve(result)
  }

  private fail(record: Live, err: SessionError, reason: string): void {
    this.settle(record)
    this.options.metrics.sessionsAborted.inc({ kind: record.spec.kind, reason })
    this.options.log.warn({ session: record.hex, kind: record.spec.kind, code: err.code, culprits: err.culprits, accusations: err.accusations, reason: err.message }, 'session aborted')
    record.reject(err)
  }

  /** A bug or an environment failure, not a party's fault: the detail stays in this node's log. */
  private failInternally(record: Live, err: unknown): void {
    this.options.log.error({ session: record.hex, kind: record.spec.kind, err: safeErrorMessage(err) }, 'session failed with an internal error')
    this.fail(record, new SessionError('internal', INTERNAL_ERROR), 'internal')
  }

  private settle(record: Live): void {
    clearTimeout(record.timer)
    if ('hosted' in record.spec.session) record.spec.session.dispose()
    this.live.delete(record.hex)
    this.finished.add(record.hex)
    if (this.finished.size > REMEMBER_FINISHED) this.finished.delete(this.finished.values().next().value!)
    this.options.metrics.activeSessions.set(this.live.size)
  }

  private drop(reason: DropReason, peer: string, detail?: string): void {
    this.options.metrics.droppedFrames.inc({ protocol: 'session', reason })
    this.options.log.debug({ peer, reason, detail }, 'session message dropped')
  }
}

/**
 * What a sealed message is bound to: the session, both parties, the round, and the
 * session's kind (which with the round names the message type: a sealed round has one
 * direct message type).
 */
function sealContext(record: Live, sender: PartyIndex, recipient: PartyIndex, round: number): SealContext {
  return { sessionId: record.spec.session.id, sender, recipient, round, messageType: record.spec.kind }
}

/**
 * Did a receive from `from` complete a round? Before it, the session waited for
 * `before`; if it now waits for anything other than `before` minus the sender, a
 * round ended (or the next one began with messages already buffered).
 */
function advanced(before: readonly PartyIndex[], from: PartyIndex, waitingFor: () => PartyIndex[]): () => boolean {
  return () => {
    const expected = before.filter((p) => p !== from)
    const now = waitingFor()
    return now.length !== expected.length || now.some((p, i) => p !== expected[i])
  }
}

