import { ProtocolAbort, type Complaint, type Incoming, type Outgoing, type PartyIndex, type Session } from '@thresh/crypto'
import type { Codec } from './codec.js'
import { WireError } from './errors.js'

/**
 * Puts a typed protocol session behind its wire encoding: outgoing payloads are
 * encoded with `codec`, incoming ones decoded before the session sees them. A payload
 * that does not decode (or fails a length, range or point check) aborts the session
 * naming its sender: the bytes came over a channel authenticated to that sender.
 */
export function byteSession<R, P>(session: Session<R, P>, codec: Codec<P>): Session<R, Uint8Array> {
  return new ByteSession(session, codec)
}

class ByteSession<R, P> implements Session<R, Uint8Array> {
  private failure: ProtocolAbort | undefined

  constructor(
    private readonly inner: Session<R, P>,
    private readonly codec: Codec<P>,
  ) {}

  get id(): Uint8Array {
    return this.inner.id
  }

  get self(): PartyIndex {
    return this.inner.self
  }

  get parties(): readonly PartyIndex[] {
    return this.inner.parties
  }

  get seals(): boolean {
    return this.inner.seals === true
  }

  get done(): boolean {
    return this.failure === undefined && this.inner.done
  }

  start(): Outgoing<Uint8Array>[] {
    return this.guard(() => this.inner.start())
  }

  receive(msg: Incoming<Uint8Array>): Outgoing<Uint8Array>[] {
    if (this.failure) throw this.failure
    let payload: P
    try {
      payload = this.codec.decode(msg.payload)
    } catch (err) {
      if (!(err instanceof WireError)) throw err
      this.failure = new ProtocolAbort(`round-${msg.round} message from party ${msg.from} does not decode: ${err.message}`, [msg.from], { complain: true })
      throw this.failure
    }
    return this.guard(() => this.inner.receive({ ...msg, payload }))
  }

  result(): R {
    if (this.failure) throw this.failure
    return this.inner.result()
  }

  waitingFor(): PartyIndex[] {
    return this.failure ? [] : this.inner.waitingFor()
  }

  receiveComplaint(from: PartyIndex, complaint: Complaint): void {
    if (this.failure) return
    try {
      this.inner.receiveComplaint(from, complaint)
    } catch (err) {
      if (err instanceof ProtocolAbort) this.failure = err
      throw err
    }
  }

  private guard(step: () => Outgoing<P>[]): Outgoing<Uint8Array>[] {
    try {
      return step().map((m) => ({ ...m, payload: this.codec.encode(m.payload) }))
    } catch (err) {
      if (err instanceof ProtocolAbort) this.failure = err
      throw err
    }
  }
}
