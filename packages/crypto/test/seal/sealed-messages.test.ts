// Which messages the node seals: exactly those that carry secret share material.
import { describe, expect, it } from 'vitest'
import { DklsSetupSession, SCHEMES, simulate, type Session, type SimulatorOptions, type Transit } from '../../src/index.js'
import { MlDsaKeygenSession } from '../../src/mldsa/keygen-session.js'
import { dkgSessions, range, runDkg } from '../dkg-harness.js'
import { repairSessions, reshareSessions } from '../lifecycle/harness.js'

interface Seen { type: string; sealed: boolean; broadcast: boolean }

/** Runs `sessions` to success and returns every message copy as it travelled. */
function record<R, P extends { type: string }>(sessions: Session<R, P>[], options: SimulatorOptions<P> = {}): Seen[] {
  const seen: Seen[] = []
  const r = simulate(sessions, {
    ...options,
    intercept: (t: Transit<P>) => {
      seen.push({ type: t.payload.type, sealed: t.sealed, broadcast: t.broadcast })
      return options.intercept?.(t)
    },
  })
  expect([...r.aborts.values()].map((e) => e.message)).toEqual([])
  expect(r.stalled).toEqual([])
  return seen
}

/**
 * Per protocol, the message types whose payload holds secret values (derived from what
 * each field is, see the messages.ts files): the shares f_i(j) of the DKG, the
 * sub-shares of refresh/reshare, repair's pieces δ_ij and their sums σ_j (which add up
 * to the lost share), ML-DSA's subset seed openings, and the DKLs setup's round 2 (the
 * zero-seed openings; the OT-extension rows).
 */
function expectExactlySealed(seen: readonly Seen[], secretTypes: readonly string[]): void {
  const types = new Set(seen.map((s) => s.type))
  for (const t of secretTypes) expect(types.has(t), `the run sends ${t}`).toBe(true)
  for (const s of seen) {
    expect(s.sealed, `${s.type} ${secretTypes.includes(s.type) ? 'must' : 'must not'} be sealed`).toBe(secretTypes.includes(s.type))
    if (s.sealed) expect(s.broadcast, `${s.type} is sealed, so direct`).toBe(false)
  }
}

describe.each(SCHEMES)('sealed share messages: %s', (scheme) => {
  it('DKG: exactly the round-2 shares', () => {
    expectExactlySealed(record(dkgSessions(scheme, 2, range(3))), ['dkg/share'])
  })

  it('refresh and reshare: exactly the sub-shares', () => {
    const keys = runDkg(scheme, 2, 3)
    expectExactlySealed(record(reshareSessions({ keys, mode: 'refresh', dealers: [1, 2, 3], next: { threshold: 2, parties: [1, 2, 3] } })), ['reshare/share'])
    expectExactlySealed(record(reshareSessions({ keys, mode: 'reshare', dealers: [2, 3], next: { threshold: 3, parties: [1, 2, 3, 4] } })), ['reshare/share'])
  })

  it('repair: exactly the pieces and their sums', () => {
    const keys = runDkg(scheme, 2, 3)
    expectExactlySealed(record(repairSessions({ keys, lost: 2, helpers: [1, 3] })), ['repair/piece', 'repair/sum'])
  })
})

describe('sealed share messages: DKLs setup and ML-DSA keygen', () => {
  it('DKLs setup: round 2 (zero-seed openings, OT extension), not the base-OT round', () => {
    const keys = runDkg('ecdsa', 2, 3)
    expectExactlySealed(record(keys.map((key) => new DklsSetupSession({ key }))), ['dkls/setup-extend', 'dkls/setup-open'])
  })

  it('ML-DSA keygen: exactly the seed openings', () => {
    const parties = range(3)
    expectExactlySealed(record(parties.map((self) => new MlDsaKeygenSession({ keyId: 'sealed', threshold: 2, parties, self }))), ['mldsa-dkg/seeds'])
  })

  it('a session says whether it seals', () => {
    expect(dkgSessions('frost-ed25519', 2, range(3))[0]!.seals).toBe(true)
  })

  it('a share that arrives unsealed is refused, naming its sender, with a complaint', () => {
    const r = simulate(dkgSessions('frost-secp256k1', 2, range(3)), {
      intercept: (t) => {
        if (t.from === 1 && t.recipient === 2 && t.sealed) t.sealed = false
      },
    })
    const abort = r.aborts.get(2)!
    expect(abort.reason).toBe('round-2 message carries secret share material and did not arrive sealed')
    expect(abort.culprits).toEqual([1])
    expect(abort.complaint?.accused).toEqual([1])
    expect(r.results.size).toBe(0)
  })
})
