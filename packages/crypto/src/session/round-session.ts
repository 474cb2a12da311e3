import { equalBytes } from '@noble/curves/utils.js'
import { payloadEqual } from './payload-equal.js'
import { ProtocolAbort, type Complaint, type Incoming, type Outgoing, type PartyIndex, type Session } from './types.js'

/** What a round expects from each of its senders. */
export interface RoundSpec {
  /** Parties that send in this round; default: every other party of the session. */
  readonly senders?: readonly PartyIndex[]
  /** Each sender sends one message to everybody. */
  readonly broadcast: boolean
  /** Each sender sends one message addressed to this party. */
  readonly direct: boolean
  /**
   * The round's direct messages carry secret share material: they go out marked
   * `secret` (the node seals them to the recipient), and one that did not arrive
   * sealed is refused, naming its sender. Set it on every party's spec of the round,
   * the ones that only send included.
   */
  readonly sealed?: boolean
}

/** One sender's messages of one round, as received by this party. */
export interface RoundInput<P> {
  broadcast?: P
  direct?: P
}

/**
 * The message bookkeeping every protocol shares: session-id and party checks,
 * duplicate suppression, equivocation detection, buffering of early messages and
 * round completion. A protocol supplies its round specs, its first messages and
 * what to do when a round's inputs are all in.
 */
export abstract class RoundSession<Result, P> implements Session<Result, P> {
  readonly id: Uint8Array
  readonly self: PartyIndex
  readonly parties: readonly PartyIndex[]

  /** rounds[r - 1] describes the messages of round r. */
  protected abstract readonly rounds: readonly RoundSpec[]

  private current = 0 // 0: not started; k: waiting for round-k messages
  private readonly inbox = new Map<number, Map<PartyIndex, RoundInput<P>>>()
  private output: { value: Result } | undefined
  private failure: ProtocolAbort | undefined

  constructor(id: Uint8Array, self: PartyIndex, parties: readonly PartyIndex[]) {
    const sorted = [...parties].sort((a, b) => a - b)
    if (sorted.some((p, i) => !Number.isInteger(p) || p < 1 || p === sorted[i - 1])) {
      throw new RangeError('parties must be distinct positive integers')
    }
    if (!sorted.includes(self)) throw new RangeError(`party ${self} is not in the session's parties`)
    this.id = Uint8Array.from(id)
    this.self = self
    this.parties = sorted
  }

  /** Emits the first round's messages. */
  protected abstract begin(): Outgoing<P>[]

  /**
   * Called once when every expected input of `round` is in. Returns the next round's
   * messages, or calls `finish()` after the last round. Throws ProtocolAbort on a bad input.
   */
  protected abstract finishRound(round: number, inputs: ReadonlyMap<PartyIndex, RoundInput<P>>): Outgoing<P>[]

  protected finish(result: Result): void {
    this.output = { value: result }
  }

  get done(): boolean {
    return this.output !== undefined
  }

  get aborted(): ProtocolAbort | undefined {
    return this.failure
  }

  result(): Result {
    if (this.failure) throw this.failure
    if (!this.output) throw new Error('session is not done')
    return this.output.value
  }

  start(): Outgoing<P>[] {
    if (this.current !== 0) throw new Error('session already started')
    this.current = 1
    return this.guard(() => [...this.begin(), ...this.advance()])
  }

  receive(msg: Incoming<P>): Outgoing<P>[] {
    if (this.failure) throw this.failure
    if (this.output) return []
    return this.guard(() => {
      if (!this.accept(msg)) return []
      return this.current === 0 ? [] : this.advance()
    })
  }

  receiveComplaint(from: PartyIndex, complaint: Complaint): void {
    if (this.failure || this.output) return
    const accused = Array.isArray(complaint?.accused) ? complaint.accused : []
    if (!this.parties.includes(from) || from === this.self) {
      this.failure = new ProtocolAbort(`complaint from party ${from}, which is not a peer in this session`, [from])
    } else if (accused.length === 0 || accused.some((p) => !this.parties.includes(p) || p === from) || typeof complaint.reason !== 'string') {
      // the complaint itself is what only this party sees: no complaint about a complaint
      this.failure = new ProtocolAbort(`party ${from} sent a malformed complaint`, [from])
    } else {
      this.failure = this.judgeComplaint(from, { accused: [...new Set(accused)].sort((a, b) => a - b), reason: complaint.reason })
    }
    throw this.failure
  }

  /**
   * How this protocol judges a complaint. The default: the complaint carries no proof
   * this party can check, so the session ends naming nobody and records it as an
   * accusation (the coordinator's corroboration rules weigh it). A protocol whose
   * complaints carry signed evidence overrides this to name the proven party.
   */
  protected judgeComplaint(from: PartyIndex, complaint: Complaint): ProtocolAbort {
    return new ProtocolAbort(`party ${from} complained about party ${complaint.accused.join(', ')}: ${complaint.reason}`, [], {
      accusations: [{ accuser: from, ...complaint }],
    })
  }

  waitingFor(): PartyIndex[] {
    if (this.output || this.failure || this.current === 0) return []
    const spec = this.spec(this.current)
    const got = this.inbox.get(this.current)
    return this.sendersOf(spec).filter((p) => !this.complete(spec, got?.get(p)))
  }

  /** Messages to every other party: a broadcast. */
  protected broadcast(round: number, payload: P): Outgoing<P> {
    return { session: this.id, from: this.self, to: 'broadcast', round, payload }
  }

  /** A message to one party; marked secret when the round is sealed. */
  protected direct(round: number, to: PartyIndex, payload: P): Outgoing<P> {
    const message = { session: this.id, from: this.self, to, round, payload }
    return this.spec(round).sealed ? { ...message, secret: true } : message
  }

  get seals(): boolean {
    return this.rounds.some((r) => r.sealed === true)
  }

  /** Parties other than this one. */
  protected get others(): PartyIndex[] {
    return this.parties.filter((p) => p !== this.self)
  }

  /** Stores a message; false if it is a harmless duplicate. Throws on misbehaviour. */
  private accept(msg: Incoming<P>): boolean {
    const from = msg.from
    if (!this.parties.includes(from) || from === this.self) {
      throw new ProtocolAbort(`message from party ${from}, which is not a peer in this session`, [from], COMPLAIN)
    }
    if (!(msg.session instanceof Uint8Array) || !equalBytes(msg.session, this.id)) {
      throw new ProtocolAbort('message carries another session id', [from], COMPLAIN)
    }
    if (msg.to !== 'broadcast' && msg.to !== this.self) {
      throw new ProtocolAbort(`message addressed to party ${String(msg.to)} reached party ${this.self}`, [from], COMPLAIN)
    }
    if (!Number.isInteger(msg.round) || msg.round < 1 || msg.round > this.rounds.length) {
      throw new ProtocolAbort(`message for round ${msg.round}, which this protocol does not have`, [from], COMPLAIN)
    }
    const spec = this.spec(msg.round)
    const slot: keyof RoundInput<P> = msg.to === 'broadcast' ? 'broadcast' : 'direct'
    if (!spec[slot] || !this.sendersOf(spec).includes(from)) {
      throw new ProtocolAbort(`unexpected ${slot} message in round ${msg.round}`, [from], COMPLAIN)
    }
    if (slot === 'direct' && spec.sealed && msg.sealed !== true) {
      throw new ProtocolAbort(`round-${msg.round} message carries secret share material and did not arrive sealed`, [from], COMPLAIN)
    }
    let round = this.inbox.get(msg.round)
    if (!round) this.inbox.set(msg.round, (round = new Map()))
    const input = round.get(from) ?? {}
    const previous = input[slot]
    if (previous !== undefined) {
      if (payloadEqual(previous, msg.payload)) return false
      throw new ProtocolAbort(`two different round-${msg.round} ${slot} messages`, [from], COMPLAIN)
    }
    input[slot] = msg.payload
    round.set(from, input)
    return true
  }

  /** Completes every round whose inputs are all in; returns what those completions emit. */
  private advance(): Outgoing<P>[] {
    const out: Outgoing<P>[] = []
    while (!this.output && this.current <= this.rounds.length) {
      const spec = this.spec(this.current)
      const got = this.inbox.get(this.current) ?? new Map<PartyIndex, RoundInput<P>>()
      if (!this.sendersOf(spec).every((p) => this.complete(spec, got.get(p)))) break
      const round = this.current
      this.current += 1
      out.push(...this.finishRound(round, got))
    }
    if (!this.output && this.current > this.rounds.length) {
      throw new Error('protocol bug: last round finished without a result')
    }
    return out
  }

  private guard(step: () => Outgoing<P>[]): Outgoing<P>[] {
    try {
      return step()
    } catch (err) {
      if (err instanceof ProtocolAbort) this.failure = err
      throw err
    }
  }

  private spec(round: number): RoundSpec {
    const spec = this.rounds[round - 1]
    if (!spec) throw new Error(`protocol bug: no spec for round ${round}`)
    return spec
  }

  private sendersOf(spec: RoundSpec): readonly PartyIndex[] {
    return (spec.senders ?? this.parties).filter((p) => p !== this.self)
  }

  private complete(spec: RoundSpec, input: RoundInput<P> | undefined): boolean {
    return (!spec.broadcast || input?.broadcast !== undefined) && (!spec.direct || input?.direct !== undefined)
  }
}

/**
 * Runs `check` for every sender and throws one ProtocolAbort naming all senders
 * whose input failed, so a round with several cheaters names all of them, with a
 * complaint to publish (what failed is this party's view of their messages).
 * Non-abort errors thrown while checking a sender's input (a point that does not
 * decode, say) are that sender's fault too.
 */
export function checkEach<T>(inputs: Iterable<[PartyIndex, T]>, what: string, check: (from: PartyIndex, input: T) => void): void {
  const culprits: PartyIndex[] = []
  const reasons = new Set<string>()
  for (const [from, input] of inputs) {
    try {
      check(from, input)
    } catch (err) {
      culprits.push(from)
      reasons.add(err instanceof ProtocolAbort ? err.reason : err instanceof Error ? err.message : String(err))
    }
  }
  if (culprits.length > 0) throw new ProtocolAbort(`${what}: ${[...reasons].join('; ')}`, culprits, COMPLAIN)
}

/**
 * Faults found by checking what one party received (its own view): it publishes a
 * complaint rather than going silent. Faults judged from evidence every party holds
 * (Blame.settle) need none: every honest party reaches the same verdict by itself.
 */
const COMPLAIN = { complain: true } as const
