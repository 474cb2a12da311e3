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

export type Outgoing<P = unknown> = Message<P>
export type Incoming<P = unknown> = Message<P>

export interface Session<Result, P = unknown> {
  /** Binds everything the parties agreed on: kind, key id, parties, message, path. */
  readonly id: Uint8Array
  readonly self: PartyIndex
  readonly parties: readonly PartyIndex[]
  /** First-round messages. Call once. */
  start(): Outgoing<P>[]
  /** Feeds one message; may complete a round and emit the next one's messages. Throws ProtocolAbort. */
  receive(msg: Incoming<P>): Outgoing<P>[]
  readonly done: boolean
  /** The output; throws unless done. */
  result(): Result
  /** Parties whose messages the current round still waits for (for deadlines). */
  waitingFor(): PartyIndex[]
}

/**
 * A protocol failure. `culprits` names exactly the parties proven to have
 * misbehaved (empty when nobody can be blamed, e.g. a local precondition).
 * `reason` never contains secret material.
 */
export class ProtocolAbort extends Error {
  readonly reason: string
  readonly culprits: readonly PartyIndex[]

  constructor(reason: string, culprits: readonly PartyIndex[]) {
    const names = culprits.length > 0 ? ` (culprits: ${culprits.join(', ')})` : ''
    super(`protocol aborted: ${reason}${names}`)
    this.name = 'ProtocolAbort'
    this.reason = reason
    this.culprits = [...new Set(culprits)].sort((a, b) => a - b)
  }
}
