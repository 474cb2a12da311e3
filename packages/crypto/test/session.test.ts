import { describe, expect, it } from 'vitest'
import {
  ProtocolAbort,
  RoundSession,
  checkEach,
  safeErrorMessage,
  sessionId,
  simulate,
  type Outgoing,
  type PartyIndex,
  type RoundInput,
  type RoundSpec,
} from '../src/index.js'

// A toy three-round protocol: round 1 broadcasts a value, round 2 sends each peer
// (its value + the peer's value) directly, round 3 broadcasts the total. Every party
// ends with the sum of all values; a direct message with a wrong sum names its sender.
type Toy = { kind: 'value'; v: number } | { kind: 'pair'; sum: number } | { kind: 'total'; t: number }

class ToySession extends RoundSession<number, Toy> {
  protected readonly rounds: RoundSpec[] = [
    { broadcast: true, direct: false },
    { broadcast: false, direct: true },
    { broadcast: true, direct: false },
  ]
  private values = new Map<PartyIndex, number>()
  private total = 0

  constructor(id: Uint8Array, self: PartyIndex, parties: PartyIndex[], private readonly value: number) {
    super(id, self, parties)
  }

  protected begin(): Outgoing<Toy>[] {
    return [this.broadcast(1, { kind: 'value', v: this.value })]
  }

  protected finishRound(round: number, inputs: ReadonlyMap<PartyIndex, RoundInput<Toy>>): Outgoing<Toy>[] {
    if (round === 1) {
      for (const [from, input] of inputs) this.values.set(from, (input.broadcast as { v: number }).v)
      return this.others.map((p) => this.direct(2, p, { kind: 'pair', sum: this.value + this.values.get(p)! }))
    }
    if (round === 2) {
      checkEach(inputs, 'bad pair sum', (from, input) => {
        const sum = (input.direct as { sum: number }).sum
        if (sum !== this.value + this.values.get(from)!) throw new Error(`pair sum from ${from} is wrong`)
      })
      this.total = this.value + [...this.values.values()].reduce((a, b) => a + b, 0)
      return [this.broadcast(3, { kind: 'total', t: this.total })]
    }
    checkEach(inputs, 'totals disagree', (_from, input) => {
      if ((input.broadcast as { t: number }).t !== this.total) throw new Error('total differs')
    })
    this.finish(this.total)
    return []
  }
}

const id = sessionId('toy', 'key-1', [1, 2, 3, 4])
const parties = [1, 2, 3, 4]
const make = () => parties.map((p) => new ToySession(id, p, parties, p * 10))

describe('RoundSession + simulator', () => {
  it('runs every party to the same result', () => {
    const r = simulate(make())
    expect([...r.results.values()]).toEqual([100, 100, 100, 100])
    expect(r.aborts.size).toBe(0)
    expect(r.stalled).toEqual([])
  })

  it('gives the same result under any seeded delivery order and delays', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const r = simulate(make(), { shuffleSeed: seed, delay: (t) => (t.round === 1 && t.from === 2 ? 7 : 0) })
      expect([...r.results.values()]).toEqual([100, 100, 100, 100])
    }
  })

  it('ignores duplicates', () => {
    const r = simulate(make(), { intercept: (t) => [t, structuredClone(t)] })
    expect(r.results.size).toBe(4)
  })

  it('stalls when a message is dropped and reports who is missing', () => {
    const sessions = make()
    const r = simulate(sessions, { intercept: (t) => (t.from === 3 && t.recipient === 1 && t.round === 2 ? [] : undefined) })
    expect(r.stalled).toContain(1)
    expect(sessions[0]!.waitingFor()).toEqual([3])
  })

  it('names an equivocating sender', () => {
    // party 2 sends a different round-1 value to party 4 than to the others, plus a duplicate of the true one
    const r = simulate(make(), {
      intercept: (t) => {
        if (t.from === 2 && t.recipient === 4 && t.round === 1) {
          const forged = structuredClone(t)
          forged.payload = { kind: 'value', v: 999 }
          return [t, forged]
        }
      },
    })
    expect(r.aborts.get(4)?.culprits).toEqual([2])
    expect(r.results.has(4)).toBe(false)
  })

  it('names a sender whose direct message fails the protocol check', () => {
    const r = simulate(make(), {
      intercept: (t) => {
        if (t.from === 3 && t.recipient === 1 && t.round === 2) t.payload = { kind: 'pair', sum: -1 }
      },
    })
    expect(r.aborts.get(1)?.culprits).toEqual([3])
    expect(r.aborts.get(1)?.reason).toMatch(/bad pair sum/)
  })

  it('rejects a message of another session, naming its sender', () => {
    const other = sessionId('toy', 'key-2', [1, 2, 3, 4])
    const r = simulate(make(), {
      intercept: (t) => {
        if (t.from === 4 && t.recipient === 2 && t.round === 1) t.session = other
      },
    })
    expect(r.aborts.get(2)?.culprits).toEqual([4])
    expect(r.aborts.get(2)?.reason).toMatch(/another session/)
  })

  it('rejects messages from non-parties and unknown rounds', () => {
    const [s1] = make()
    s1!.start()
    expect(() => s1!.receive({ session: id, from: 9, to: 'broadcast', round: 1, payload: { kind: 'value', v: 1 } }))
      .toThrow(ProtocolAbort)
    const [s2] = make()
    s2!.start()
    try {
      s2!.receive({ session: id, from: 2, to: 'broadcast', round: 4, payload: { kind: 'value', v: 1 } })
      expect.unreachable()
    } catch (err) {
      expect((err as ProtocolAbort).culprits).toEqual([2])
    }
    // an aborted session stays aborted
    expect(() => s2!.receive({ session: id, from: 3, to: 'broadcast', round: 1, payload: { kind: 'value', v: 1 } }))
      .toThrow(/round 4/)
  })

  it('rejects a broadcast sent where the round expects a direct message', () => {
    const [s1] = make()
    s1!.start()
    expect(() => s1!.receive({ session: id, from: 2, to: 'broadcast', round: 2, payload: { kind: 'pair', sum: 1 } }))
      .toThrow(/unexpected broadcast message in round 2/)
  })

  it('buffers messages that arrive before start', () => {
    const [a, b] = [new ToySession(id, 1, [1, 2], 5), new ToySession(id, 2, [1, 2], 7)]
    const out = b.start()
    expect(a.receive({ ...out[0]!, from: 2 })).toEqual([])
    const first = a.start()
    // a's start both broadcasts round 1 and, having b's round-1 value buffered, sends round 2
    expect(first.map((m) => m.round)).toEqual([1, 2])
  })
})

describe('sessionId', () => {
  it('separates requests that differ in any field or field boundary', () => {
    const a = sessionId('sign', 'key', [1, 2], new Uint8Array([1, 2, 3]))
    expect(sessionId('sign', 'key', [1, 2], new Uint8Array([1, 2, 3]))).toEqual(a)
    expect(sessionId('sign', 'key', [1, 3], new Uint8Array([1, 2, 3]))).not.toEqual(a)
    expect(sessionId('sign', 'ke', 'y', [1, 2], new Uint8Array([1, 2, 3]))).not.toEqual(a)
    expect(sessionId('sign', 'key', [1, 2], new Uint8Array([1, 2, 3, 0]))).not.toEqual(a)
  })
})

describe('safeErrorMessage', () => {
  it('masks long digit and hex runs (scalars, keys) and keeps the rest of the message', () => {
    const scalar = 115792089237316195423570985008687907852837564279074904382605163141518161494337n
    expect(safeErrorMessage(new RangeError(`expected valid scalar: 1 <= n < ${scalar}, got ${scalar - 5n}`)))
      .toBe('expected valid scalar: 1 <= n < <redacted>, got <redacted>')
    expect(safeErrorMessage(new Error('bad share 0x9d61b19deffd5a60ba844af492ec2cc4 from party 3'))).toBe('bad share <redacted> from party 3')
    expect(safeErrorMessage('round 2 of 3 timed out after 5000 ms')).toBe('round 2 of 3 timed out after 5000 ms')
  })
})

describe('complaints', () => {
  it('a party that finds a bad direct message publishes a complaint; the others stop on it, naming nobody and recording it', () => {
    const r = simulate(make(), {
      intercept: (t) => {
        if (t.from === 3 && t.recipient === 1 && t.round === 2) t.payload = { kind: 'pair', sum: -1 }
      },
    })
    expect(r.stalled).toEqual([])
    expect(r.aborts.get(1)).toMatchObject({ culprits: [3], complaint: { accused: [3] } })
    for (const p of [2, 4]) {
      expect(r.aborts.get(p)).toMatchObject({ culprits: [], complaint: undefined, accusations: [{ accuser: 1, accused: [3] }] })
      expect(r.aborts.get(p)?.reason).toMatch(/party 1 complained about party 3: bad pair sum/)
    }
    // party 3 itself (here honest but for the tampering) also stops on the complaint
    expect(r.aborts.get(3)?.accusations).toEqual([expect.objectContaining({ accuser: 1, accused: [3] })])
  })

  it('a malformed complaint names its sender and is not answered with another complaint', () => {
    const [a] = make()
    a!.start()
    expect(() => a!.receiveComplaint(2, { accused: [], reason: 'x' })).toThrow(ProtocolAbort)
    expect(a!.aborted).toMatchObject({ culprits: [2], complaint: undefined })
    const [, b] = make()
    b!.start()
    expect(() => b!.receiveComplaint(3, { accused: [3], reason: 'accuses itself' })).toThrow(ProtocolAbort)
    expect(b!.aborted?.culprits).toEqual([3])
    const [, , c] = make()
    expect(() => c!.receiveComplaint(9, { accused: [1], reason: 'not a party' })).toThrow(ProtocolAbort)
    expect(c!.aborted?.culprits).toEqual([9])
  })

  it('a complaint after the session ended changes nothing', () => {
    const sessions = make()
    const r = simulate(sessions)
    expect(r.results.size).toBe(4)
    sessions[0]!.receiveComplaint(2, { accused: [3], reason: 'too late' })
    expect(sessions[0]!.result()).toBe(100)
  })

  it('faults judged from shared evidence (not one party\'s view) publish no complaint', () => {
    // round 3: a total that differs is checked by everybody alike in a real protocol; the
    // toy uses checkEach, which complains: only Blame.settle verdicts go without one
    expect(new ProtocolAbort('shared verdict', [2]).complaint).toBeUndefined()
    expect(new ProtocolAbort('own view', [2], { complain: true }).complaint).toEqual({ accused: [2], reason: 'own view' })
    expect(new ProtocolAbort('nobody to accuse', [], { complain: true }).complaint).toBeUndefined()
    // a value a failed check printed never travels in a complaint
    expect(new ProtocolAbort(`bad scalar ${'ab'.repeat(32)}`, [2], { complain: true }).complaint?.reason).toBe('bad scalar <redacted>')
  })
})

