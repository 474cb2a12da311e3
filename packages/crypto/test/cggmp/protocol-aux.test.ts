// CGGMP auxiliary information: honest runs (fixture keys, and one party generating its own
// safe primes), and a cheater at each check named exactly. Cheaters run against one honest
// party (aux info's proofs cost seconds per party at 2048 bits).
import { describe, expect, it } from 'vitest'
import {
  CggmpAuxSession, PAILLIER_BITS, bitLength, generateRingPedersen, modPow, randomUnit, simulate,
  type CggmpAuxMessage, type Packed, type PartyIndex, type SimulationResult, type Transit,
} from '../../src/index.js'
import { runDkg } from '../dkg-harness.js'
import { auxSessions, paillierKeys, runAux } from './protocol-harness.js'

function tamper(proof: Packed): Packed {
  const fields = proof as Record<string, Packed>
  const key = Object.keys(fields).find((k) => typeof fields[k] === 'bigint' || Array.isArray(fields[k]))!
  const v = fields[key]!
  return { ...fields, [key]: Array.isArray(v) ? [(v[0] as bigint) + 1n, ...v.slice(1)] : (v as bigint) + 1n }
}

/** `cheater` is named, alone, by every party in `by`; nobody names anybody else; no honest party finishes. */
function expectNamed<R>(r: SimulationResult<R>, cheater: PartyIndex, by: readonly PartyIndex[]): void {
  for (const p of by) expect(r.aborts.get(p)?.culprits, `culprits named by party ${p}`).toEqual([cheater])
  for (const [p, abort] of r.aborts) expect(abort.culprits.every((c) => c === cheater), `party ${p} named ${abort.culprits.join(', ')}`).toBe(true)
  expect([...r.results.keys()].every((p) => p === cheater)).toBe(true)
}

function editing(from: PartyIndex, round: number, kind: 'broadcast' | 'direct', edit: (m: CggmpAuxMessage) => CggmpAuxMessage, to?: PartyIndex) {
  return (t: Transit<CggmpAuxMessage>): void => {
    if (t.from === from && t.round === round && t.broadcast === (kind === 'broadcast') && (to === undefined || t.recipient === to)) t.payload = edit(t.payload)
  }
}

describe('CGGMP aux info', () => {
  it('3 parties: everybody ends with the same public (N_j, s_j, t_j) and its own secrets', () => {
    const keys = runAux(2, 3)
    for (const key of keys) {
      expect(key.paillier.N).toBe(paillierKeys[key.self - 1]!.N)
      expect(key.aux.get(key.self)).toEqual(key.ringPedersen.params)
      expect(modPow(key.ringPedersen.params.t, key.ringPedersen.lambda, key.paillier.N)).toBe(key.ringPedersen.params.s)
      expect([...key.aux.keys()]).toEqual([1, 2, 3])
      expect(key.aux).toEqual(keys[0]!.aux)
      expect(key.auxId).toEqual(keys[0]!.auxId)
      expect(key.secretShare.length).toBe(32)
    }
  })

  it('with a party that generates its own Paillier-Blum key from safe primes in the session', () => {
    const shares = runDkg('ecdsa', 2, 2)
    const sessions = shares.map((key, i) => new CggmpAuxSession(i === 0 ? { key } : { key, paillier: paillierKeys[i]! }))
    const r = simulate(sessions)
    expect([...r.aborts.values()].map((a) => a.message)).toEqual([])
    const own = r.results.get(1)!
    expect(bitLength(own.paillier.N)).toBe(PAILLIER_BITS)
    expect(own.paillier.p % 4n).toBe(3n)
    expect(r.results.get(2)!.aux.get(1)!.N).toBe(own.paillier.N)
  }, 120_000)

  it('a bad Π^mod (broadcast) is refused by everybody, naming its prover', () => {
    const r = simulate(auxSessions(2, 2), { intercept: editing(2, 3, 'broadcast', (m) => ({ ...m, mod: tamper((m as { mod: Packed }).mod) })) })
    expectNamed(r, 2, [1])
    expect(r.aborts.get(1)!.reason).toMatch(/Π\^mod/)
  })

  it('a bad Π^fac (direct) is refused by its verifier, naming its prover', () => {
    const r = simulate(auxSessions(2, 2), { intercept: editing(2, 3, 'direct', (m) => ({ ...m, fac: tamper((m as { fac: Packed }).fac) }), 1) })
    expectNamed(r, 2, [1])
    expect(r.aborts.get(1)!.reason).toMatch(/Π\^fac/)
  })

  it('ring-Pedersen parameters with s outside ⟨t⟩ fail Π^prm at everybody (TSSHOCK class)', () => {
    const sessions = auxSessions(2, 2)
    const key = paillierKeys[1]!
    const honest = generateRingPedersen(key)
    // s random in Z*_N: no λ with s = t^λ, so the proof (made with some λ) cannot verify
    const bad = { ...honest, params: { ...honest.params, s: randomUnit(key.N) } }
    sessions[1] = new CggmpAuxSession({ key: (sessions[1] as unknown as { key: never }).key, paillier: key, ringPedersen: bad })
    const r = simulate(sessions)
    expectNamed(r, 2, [1])
    expect(r.aborts.get(1)!.reason).toMatch(/Π\^prm/)
  })

  it('a reveal that does not open its commitment is refused by everybody', () => {
    const r = simulate(auxSessions(2, 2), { intercept: editing(1, 2, 'broadcast', (m) => ({ ...m, rho: new Uint8Array(32).fill(9) })) })
    expectNamed(r, 1, [2])
    expect(r.aborts.get(2)!.reason).toMatch(/commitment/)
  })

  it('a modulus of the wrong size is refused before any proof', () => {
    // a reveal whose N has 2040 bits (the receiver's check; a cheater skips its own constructor's)
    const r = simulate(auxSessions(2, 2), { intercept: editing(2, 2, 'broadcast', (m) => ({ ...m, N: paillierKeys[1]!.N >> 8n })) })
    expectNamed(r, 2, [1])
    expect(r.aborts.get(1)!.reason).toMatch(/bits/)
  })
})
