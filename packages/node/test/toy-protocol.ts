import { RoundSession, sessionId, type Outgoing, type PartyIndex, type RoundInput, type RoundSpec } from '@thresh/crypto'
import { byteSession, WireError, type Codec } from '@thresh/wire'

/**
 * A stand-in protocol for exercising the node's machinery without the real crypto:
 * round 1 broadcasts a value, round 2 sends each peer the sum of both values directly,
 * round 3 broadcasts the total. Every party ends with the sum of all values.
 */
export class ToySession extends RoundSession<number, number> {
  protected readonly rounds: RoundSpec[] = [
    { broadcast: true, direct: false },
    { broadcast: false, direct: true },
    { broadcast: true, direct: false },
  ]
  private readonly values = new Map<PartyIndex, number>()
  private total = 0

  constructor(id: Uint8Array, self: PartyIndex, parties: readonly PartyIndex[], private readonly value: number) {
    super(id, self, parties)
  }

  protected begin(): Outgoing<number>[] {
    return [this.broadcast(1, this.value)]
  }

  protected finishRound(round: number, inputs: ReadonlyMap<PartyIndex, RoundInput<number>>): Outgoing<number>[] {
    if (round === 1) {
      for (const [from, input] of inputs) this.values.set(from, input.broadcast!)
      return this.others.map((p) => this.direct(2, p, this.value + this.values.get(p)!))
    }
    if (round === 2) {
      this.total = this.value + [...this.values.values()].reduce((a, b) => a + b, 0)
      return [this.broadcast(3, this.total)]
    }
    this.finish(this.total)
    return []
  }
}

/** Payload codec: a uint32, big-endian, exactly 4 bytes. */
export const toyCodec: Codec<number> = {
  encode: (v) => {
    const out = new Uint8Array(4)
    new DataView(out.buffer).setUint32(0, v)
    return out
  },
  decode: (b) => {
    if (b.length !== 4) throw new WireError('invalid-field', `toy payload must be 4 bytes, got ${b.length}`, 'payload')
    return new DataView(b.buffer, b.byteOffset, 4).getUint32(0)
  },
}

export function toySessionId(label: string, parties: readonly PartyIndex[]): Uint8Array {
  return sessionId('toy', label, parties)
}

export function toyByteSession(label: string, self: PartyIndex, parties: readonly PartyIndex[], value = self * 10) {
  return byteSession(new ToySession(toySessionId(label, parties), self, parties, value), toyCodec)
}
