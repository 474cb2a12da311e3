import { safeErrorMessage } from './safe-message.js'
/**
 * The round-based, sans-I/O session model every thresh protocol implements
 * (DESIGN.md §2). A session never does I/O: the caller moves messages between
 * parties (the in-memory simulator in tests, libp2p in the node daemon).
 */

/** A party's index inside one key's committee: 1..n, as RFC 9591 identifiers. */
export type PartyIndex = number

/** Direct messages name one recipient; broadcasts go to every other party of the session. */
export type Recipient = PartyIndex | 'broadcast'

/** A random-bytes source. Tests inject deterministic ones; production uses the CSPRNG. */
export type Rng = (bytes: number) => Uint8Array

export interface Message<P> {
  /** The session this message belongs to; a session rejects messages of any other. */
  readonly session: Uint8Array
  readonly from: PartyIndex
  readonly to: Recipient
  /** 1-based round in which the sender produced the message. */
  readonly round: number
  /** Protocol-specific payload; packages/wire defines its one binary encoding. */
  readonly payload: P
}

export type Outgoing<P = unknown> = Message<P> & {
  /**
   * Carries secret share material: the node seals it end to end to its recipient's KEM
   * key (always a direct message). RoundSession sets it from the round's `sealed` spec.
   */
  readonly secret?: true
}
export type Incoming<P = unknown> = Message<P> & {
  /**
   * The transport opened it from a message sealed to this party (set by the node after
   * a successful open, by the simulator for marked messages). A session refuses a
   * message of a sealed round without it.
   */
  readonly sealed?: true
}

export interface Session<Result, P = unknown> {
  /** Binds everything the parties agreed on: kind, key id, parties, message, path. */
  readonly id: Uint8Array
  readonly self: PartyIndex
  readonly parties: readonly PartyIndex[]
  /** Whether the session sends or expects sealed messages (the node then needs its peers' KEM keys). */
  readonly seals?: boolean
  /** First-round messages. Call once. */
  start(): Outgoing<P>[]
  /** Feeds one message; may complete a round and emit the next one's messages. Throws ProtocolAbort. */
  receive(msg: Incoming<P>): Outgoing<P>[]
  readonly done: boolean
  /** The output; throws unless done. */
  result(): Result
  /** Parties whose messages the current round still waits for (for deadlines). */
  waitingFor(): PartyIndex[]
  /**
   * A complaint `from` published (see Complaint): the session judges it and aborts
   * (throws ProtocolAbort) unless it is over already.
   */
  receiveComplaint(from: PartyIndex, complaint: Complaint): void
}

/**
 * What a party publishes to every party of the session when it aborts on a fault only
 * it could see (a malformed or badly signed message addressed to it, a failed check on
 * a direct message): instead of going silent — which the others' round deadlines would
 * blame on it — it names whom it accuses and why. `reason` never holds secret material.
 */
export interface Complaint {
  readonly accused: readonly PartyIndex[]
  readonly reason: string
}

/** A complaint as another party received it: a claim of `accuser`, proven or not. */
export interface Accusation extends Complaint {
  readonly accuser: PartyIndex
}

/**
 * A protocol failure. `culprits` names exactly the parties proven (to this party) to have
 * misbehaved — empty when nobody can be blamed, e.g. a local precondition. `complaint`,
 * when set, is what this party must publish to the others before it stops; an abort
 * caused by another party's unproven complaint names nobody and lists it in
 * `accusations`. `reason` never contains secret material.
 */
export class ProtocolAbort extends Error {
  readonly reason: string
  readonly culprits: readonly PartyIndex[]
  readonly complaint: Complaint | undefined
  readonly accusations: readonly Accusation[]

  constructor(reason: string, culprits: readonly PartyIndex[], options: { complain?: boolean; accusations?: readonly Accusation[] } = {}) {
    const names = culprits.length > 0 ? ` (culprits: ${culprits.join(', ')})` : ''
    super(`protocol aborted: ${reason}${names}`)
    this.name = 'ProtocolAbort'
    this.reason = reason
    this.culprits = [...new Set(culprits)].sort((a, b) => a - b)
    // the complaint goes to other parties and their logs: long digit/hex runs (a value a check printed) are masked
    this.complaint = options.complain && this.culprits.length > 0 ? { accused: this.culprits, reason: safeErrorMessage(reason) } : undefined
    this.accusations = options.accusations ?? []
  }
}
