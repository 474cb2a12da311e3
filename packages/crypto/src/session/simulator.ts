import { ProtocolAbort, type Complaint, type Incoming, type Outgoing, type PartyIndex, type Session } from './types.js'

/** One copy of a message on its way to one recipient. Hooks may change any field. */
export interface Transit<P> {
  from: PartyIndex
  /** The party this copy is delivered to (a broadcast travels as one copy per recipient). */
  recipient: PartyIndex
  broadcast: boolean
  /** The sender marked it secret: it travels sealed (a hook may clear this to deliver it unsealed). */
  sealed: boolean
  round: number
  session: Uint8Array
  payload: P
}

export interface SimulatorOptions<P> {
  /**
   * Sees every copy before delivery; the copy is the recipient's own, so mutating it
   * tampers with that recipient's view only. Return nothing to deliver it as it is,
   * [] to drop it, several copies to duplicate or replace it.
   */
  intercept?: (t: Transit<P>) => Transit<P>[] | void
  /** Steps (deliveries of other messages) to hold a copy back before it becomes deliverable. */
  delay?: (t: Transit<P>) => number
  /** Deliver in a seeded random order instead of FIFO. */
  shuffleSeed?: number
  /** Upper bound on deliveries, against protocols that never settle. */
  maxDeliveries?: number
}

export interface SimulationResult<R> {
  results: Map<PartyIndex, R>
  aborts: Map<PartyIndex, ProtocolAbort>
  /** Parties neither done nor aborted when no message was left to deliver. */
  stalled: PartyIndex[]
  deliveries: number
}

interface Pending<P> {
  transit: Transit<P>
  readyAt: number
  /** Set on the copies of a complaint a party published as it aborted (transit.payload unused). */
  complaint?: Complaint
}

/** xorshift32: a tiny deterministic generator for reproducible message orders. */
function seeded(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9
  return () => {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    return x / 0x100000000
  }
}

/**
 * Runs n sessions of one protocol to completion in memory, moving every message
 * through optional hooks that drop, delay, duplicate, reorder or tamper with it.
 * A session that throws ProtocolAbort stops receiving, and the complaint it carries,
 * if any, is delivered to every other party; any other error is a bug and propagates.
 */
export function simulate<R, P>(sessions: readonly Session<R, P>[], options: SimulatorOptions<P> = {}): SimulationResult<R> {
  const byParty = new Map<PartyIndex, Session<R, P>>()
  for (const s of sessions) {
    if (byParty.has(s.self)) throw new Error(`two sessions for party ${s.self}`)
    byParty.set(s.self, s)
  }
  const aborts = new Map<PartyIndex, ProtocolAbort>()
  const queue: Pending<P>[] = []
  const random = options.shuffleSeed === undefined ? undefined : seeded(options.shuffleSeed)
  const maxDeliveries = options.maxDeliveries ?? 1_000_000
  let step = 0
  let deliveries = 0

  const run = (party: PartyIndex, action: () => Outgoing<P>[]): void => {
    let out: Outgoing<P>[]
    try {
      out = action()
    } catch (err) {
      if (err instanceof ProtocolAbort) {
        aborts.set(party, err)
        if (err.complaint) publish(party, err.complaint)
        return
      }
      throw err
    }
    for (const msg of out) enqueue(party, msg)
  }

  const enqueue = (party: PartyIndex, msg: Outgoing<P>): void => {
    const sender = byParty.get(party)!
    const recipients = msg.to === 'broadcast' ? sender.parties.filter((p) => p !== party) : [msg.to]
    for (const recipient of recipients) {
      const copy: Transit<P> = {
        from: msg.from,
        recipient,
        broadcast: msg.to === 'broadcast',
        sealed: msg.secret === true,
        round: msg.round,
        session: Uint8Array.from(msg.session),
        payload: structuredClone(msg.payload),
      }
      const copies = options.intercept?.(copy) ?? [copy]
      for (const t of copies) queue.push({ transit: t, readyAt: step + (options.delay?.(t) ?? 0) })
    }
  }

  /** A complaint reaches every other party of the session, after the messages already on their way. */
  const publish = (party: PartyIndex, complaint: Complaint): void => {
    const sender = byParty.get(party)!
    for (const recipient of sender.parties.filter((p) => p !== party)) {
      const transit = { from: party, recipient, broadcast: true, sealed: false, round: 0, session: sender.id, payload: undefined as P }
      queue.push({ transit, readyAt: step, complaint: structuredClone(complaint) })
    }
  }

  for (const [party, s] of byParty) run(party, () => s.start())

  while (queue.length > 0) {
    if (deliveries >= maxDeliveries) throw new Error(`simulation exceeded ${maxDeliveries} deliveries`)
    const ready = queue.map((p, i) => [p, i] as const).filter(([p]) => p.readyAt <= step)
    step += 1
    if (ready.length === 0) continue
    const pick = random ? ready[Math.floor(random() * ready.length)]! : ready[0]!
    queue.splice(pick[1], 1)
    const t = pick[0].transit
    const target = byParty.get(t.recipient)
    if (!target || aborts.has(t.recipient)) continue
    deliveries += 1
    const complaint = pick[0].complaint
    if (complaint) {
      run(t.recipient, () => {
        target.receiveComplaint(t.from, complaint)
        return []
      })
      continue
    }
    const msg: Incoming<P> = {
      session: t.session,
      from: t.from,
      to: t.broadcast ? 'broadcast' : t.recipient,
      round: t.round,
      payload: t.payload,
      ...(t.sealed ? { sealed: true as const } : {}),
    }
    run(t.recipient, () => target.receive(msg))
  }

  const results = new Map<PartyIndex, R>()
  const stalled: PartyIndex[] = []
  for (const [party, s] of byParty) {
    if (aborts.has(party)) continue
    if (s.done) results.set(party, s.result())
    else stalled.push(party)
  }
  return { results, aborts, stalled, deliveries }
}
