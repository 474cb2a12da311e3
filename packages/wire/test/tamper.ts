import fc from 'fast-check'
import { expect } from 'vitest'
import type { SimulationResult } from '@thresh/crypto'
import type { Codec } from '../src/index.js'
import type { Intercept } from './protocol-harness.js'
import { expectRefused, expectRefusedOrCanonical, prefixes } from './refusal.js'

/** Records every payload copy a run sends. */
export function recorder(): { copies: { from: number; to: number; bytes: Uint8Array }[]; intercept: Intercept } {
  const copies: { from: number; to: number; bytes: Uint8Array }[] = []
  return { copies, intercept: (t) => void copies.push({ from: t.from, to: t.recipient, bytes: Uint8Array.from(t.payload) }) }
}

/** An intercept that flips one bit of the k-th copy. */
export function flipBit(k: number, bit: number): { intercept: Intercept; target: { from: number; to: number } } {
  let seen = 0
  const target = { from: 0, to: 0 }
  return {
    target,
    intercept: (t) => {
      if (seen++ !== k) return
      target.from = t.from
      target.to = t.recipient
      t.payload = Uint8Array.from(t.payload)
      const i = bit % (t.payload.length * 8)
      t.payload[i >> 3]! ^= 1 << (i & 7)
    },
  }
}

/**
 * The tampering contract: no party outputs anything but the clean run's result; the only
 * party that names anyone is the one that received the flipped copy, naming its sender;
 * any other party stops only on that party's complaint, naming nobody.
 */
export function expectContained<R>(clean: SimulationResult<R>, tampered: SimulationResult<R>, target: { from: number; to: number }): boolean {
  for (const [p, r] of tampered.results) expect(r, `party ${p} output`).toEqual(clean.results.get(p))
  for (const [p, abort] of tampered.aborts) {
    if (p === target.to) {
      expect(abort.culprits).toEqual([target.from])
      continue
    }
    expect(abort.culprits, `party ${p} names nobody`).toEqual([])
    expect(abort.accusations, `party ${p} stopped on the recipient's complaint`).toEqual([expect.objectContaining({ accuser: target.to, accused: [target.from] })])
  }
  return tampered.aborts.has(target.to)
}

/**
 * The decoder contract on real messages and on noise: real ones round-trip exactly;
 * every strict prefix (every `prefixStep`-th one in the middle of a long message) and
 * random bytes are refused with a WireError unless they are a value's one encoding.
 */
export function expectCodecContract<T>(codec: Codec<T>, samples: readonly Uint8Array[], options: { prefixStep?: number } = {}): void {
  const step = options.prefixStep ?? 1
  for (const bytes of samples) {
    expect(codec.encode(codec.decode(bytes))).toEqual(bytes)
    for (const p of prefixes(bytes)) {
      if (step === 1 || p.length < 64 || p.length > bytes.length - 64 || p.length % step === 0) expectRefused(() => codec.decode(p))
    }
  }
  fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => expectRefusedOrCanonical(codec, bytes)), { numRuns: 500 })
  // random bytes behind a valid tag and length, which get past the first byte
  fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.uint8Array({ maxLength: 300 }), (field, body) => {
    expectRefusedOrCanonical(codec, Uint8Array.of((field << 3) | 2, ...varint(body.length), ...body))
  }), { numRuns: 500 })
}

function varint(n: number): number[] {
  const out: number[] = []
  for (; n >= 0x80; n >>>= 7) out.push((n & 0x7f) | 0x80)
  out.push(n)
  return out
}

