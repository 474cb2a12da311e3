// CGGMP presigning and signing with one cheating signer: the cheater is named exactly, by
// every party that can tell, and no honest party is ever named.
import { describe, expect, it } from 'vitest'
import { sha256 } from '@noble/hashes/sha2.js'
import {
  CggmpPresignSession, CggmpPresignature, EPSILON, L_PRIME, Point, newCggmpPresignId, q, simulate,
  type CggmpPresignMessage, type Packed, type PartyIndex, type ProtocolAbort, type SimulationResult, type Transit,
} from '../../src/index.js'
import { assembleKeys, presign, presignSessions, runPresign, runSign } from './protocol-harness.js'

const keys = assembleKeys(2, 3)
/** Three signers of the 2-of-3 key, so that a bystander's verdict shows too; two where only the verifier can tell (quicker). */
const signers = [1, 2, 3]
const pair = [1, 2]

/** The proof with its first integer field moved by one (a response, usually z1). */
function tamper(proof: Packed): Packed {
  const fields = proof as Record<string, Packed>
  const key = 'z1' in fields ? 'z1' : Object.keys(fields).find((k) => typeof fields[k] === 'bigint')!
  return { ...fields, [key]: (fields[key] as bigint) + 1n }
}

/**
 * `cheater` is named, alone, by every party in `by`; every other abort names nobody but the
 * cheater; no honest party finishes (the cheater may, having seen only honest messages).
 */
function expectNamed<R>(r: SimulationResult<R>, cheater: PartyIndex, by: readonly PartyIndex[]): void {
  for (const p of by) expect(r.aborts.get(p)?.culprits, `culprits named by party ${p}`).toEqual([cheater])
  for (const [p, abort] of r.aborts) {
    expect(abort.culprits.every((c) => c === cheater), `party ${p} named ${abort.culprits.join(', ')}`).toBe(true)
  }
  expect([...r.results.keys()].every((p) => p === cheater)).toBe(true)
}

/** Changes what `from` sends in `round` (broadcast or direct copies, optionally to one recipient) with `edit`. */
function editing<P>(from: PartyIndex, round: number, kind: 'broadcast' | 'direct', edit: (payload: P) => P, to?: PartyIndex) {
  return (t: Transit<P>): void => {
    if (t.from === from && t.round === round && t.broadcast === (kind === 'broadcast') && (to === undefined || t.recipient === to)) t.payload = edit(t.payload)
  }
}

type Msg<T extends CggmpPresignMessage['type']> = Extract<CggmpPresignMessage, { type: T }>

describe('CGGMP presigning names the cheater', () => {
  it('round 1: a bad Π^enc for K_i is refused by its verifier, who names the prover', () => {
    const r = runPresign(keys, pair, undefined, {
      intercept: editing<CggmpPresignMessage>(2, 1, 'direct', (m) => ({ ...m, enc: tamper((m as Msg<'cggmp/presign-enc'>).enc) }), 1),
    })
    expectNamed(r, 2, [1])
  })

  it('round 2: an MtA mask β out of range is refused by Π^aff-g\'s range check (Alpha-Rays)', () => {
    // the cheater hides bits of the receiver's k_j in a β far beyond ±2^ℓ' (it then learns them from α − β)
    class WideMask extends CggmpPresignSession {
      protected override mtaMask(): bigint {
        return 1n << BigInt(L_PRIME + EPSILON + 8)
      }
    }
    const presignId = newCggmpPresignId()
    const sessions = presignSessions(keys, signers, undefined, presignId)
    sessions[1] = new WideMask({ key: keys[1]!, signers, presignId })
    const r = simulate(sessions)
    expectNamed(r, 2, [1, 3])
  })

  it('round 2: a tampered Π^aff-g (for x_i) is refused by its verifier', () => {
    const r = runPresign(keys, pair, undefined, {
      intercept: editing<CggmpPresignMessage>(2, 2, 'direct', (m) => ({ ...m, affGHat: tamper((m as Msg<'cggmp/presign-mta'>).affGHat) }), 1),
    })
    expectNamed(r, 2, [1])
  })

  it('round 2: a D_ji the prover did not prove (a changed ciphertext) fails Π^aff-g', () => {
    const r = runPresign(keys, pair, undefined, {
      intercept: editing<CggmpPresignMessage>(2, 2, 'broadcast', (m) => {
        const g = m as Msg<'cggmp/presign-gamma'>
        return { ...g, D: g.D.map((d) => d * d % keys[0]!.paillier.N2) }
      }),
    })
    expectNamed(r, 2, [1])
  })

  it('round 2: a bad Π^log* for (G_i, Γ_i) is refused by its verifier', () => {
    const r = runPresign(keys, pair, undefined, {
      intercept: editing<CggmpPresignMessage>(1, 2, 'direct', (m) => ({ ...m, logStar: tamper((m as Msg<'cggmp/presign-mta'>).logStar) }), 2),
    })
    expectNamed(r, 1, [2])
  })

  it('a sender that shows one party another G_i (equivocation) is named by that party; the echo stops the other', () => {
    const r = runPresign(keys, signers, undefined, {
      intercept: editing<CggmpPresignMessage>(2, 1, 'broadcast', (m) => {
        const k = m as Msg<'cggmp/presign-k'>
        return { ...k, G: k.G * k.G % keys[1]!.paillier.N2 }
      }, 3),
    })
    expectNamed(r, 2, [3])
    expect(r.aborts.get(1)?.reason).toMatch(/received other round-1 broadcasts/)
  })

  it('round 3: a Δ_i that is not k_i·Γ fails Π^log* at every verifier', () => {
    const r = runPresign(keys, signers, undefined, {
      intercept: editing<CggmpPresignMessage>(3, 3, 'broadcast', (m) => ({ ...m, Delta: Point.BASE.multiply(5n).toBytes(true) })),
    })
    expectNamed(r, 3, [1, 2])
  })

  it('round 3: a wrong δ_i that passes every proof is found by the identification step (Π^mul, Π^dec)', () => {
    // the cheater broadcasts δ_i + 1 (and holds it as its own): Δ_i and every MtA input are proven, δ_i is not
    class OffByOne extends CggmpPresignSession {
      protected override broadcast(round: number, payload: CggmpPresignMessage) {
        if (payload.type === 'cggmp/presign-delta') (payload as { delta: bigint }).delta = (payload.delta + 1n) % q
        return super.broadcast(round, payload)
      }
    }
    const presignId = newCggmpPresignId()
    const sessions = presignSessions(keys, signers, undefined, presignId)
    sessions[1] = new OffByOne({ key: keys[1]!, signers, presignId })
    const r = simulate(sessions)
    expectNamed(r, 2, [1, 3])
    expect(r.aborts.get(1)!.reason).toMatch(/Π\^dec/)
  })
})

describe('CGGMP signing names the cheater', () => {
  it('a wrong σ_i is found by the identification step (Π^mul*, Π^dec)', () => {
    const presigs = presign(keys, [1, 3])
    // the cheater signs with a made-up (k_i, χ_i) instead of its presignature's
    presigs[1] = new CggmpPresignature({ ...presigs[1]! }, { k: 12345n, chi: 67890n })
    const digest = sha256(new TextEncoder().encode('cheat'))
    const r = runSign(keys, presigs, digest)
    expectNamed(r, 3, [1])
    expect((r.aborts.get(1) as ProtocolAbort).reason).toMatch(/Π\^dec/)
  })
})
