// Shared by the DKG and FROST tests: identities, sessions and simulated runs.
import { expect } from 'vitest'
import { sha256 } from '@noble/hashes/sha2.js'
import {
  DkgSession, FrostSignSession, ed25519Identity, simulate,
  type IdentityKey, type KeyShare, type PartyIndex, type Rng, type Scheme, type SimulatorOptions,
  type DkgMessage, type FrostMessage,
} from '../src/index.js'

export const range = (n: number): PartyIndex[] => Array.from({ length: n }, (_, i) => i + 1)

/** Deterministic identity keys: party p's seed is SHA-256("identity" || p). */
export function identityOf(p: PartyIndex): IdentityKey {
  return ed25519Identity(sha256(new TextEncoder().encode(`identity ${p}`)))
}

export function identityMap(parties: readonly PartyIndex[]): Map<PartyIndex, Uint8Array> {
  return new Map(parties.map((p) => [p, identityOf(p).publicKey]))
}

/** A deterministic Rng (SHA-256 in counter mode) for reproducible runs. */
export function seededRng(seed: string): Rng {
  let counter = 0
  return (bytes: number) => {
    const out = new Uint8Array(bytes)
    for (let off = 0; off < bytes; off += 32) {
      out.set(sha256(new TextEncoder().encode(`${seed}/${counter++}`)).subarray(0, Math.min(32, bytes - off)), off)
    }
    return out
  }
}

export function dkgSessions(scheme: Scheme, threshold: number, parties: readonly PartyIndex[], keyId = `key-${scheme}-${threshold}of${parties.length}`): DkgSession[] {
  const identities = identityMap(parties)
  return parties.map((self) => new DkgSession({ keyId, scheme, threshold, parties, self, identity: identityOf(self), identities }))
}

/** Runs a DKG that must succeed; returns every party's KeyShare in party order. */
export function runDkg(scheme: Scheme, threshold: number, n: number, options: SimulatorOptions<DkgMessage> = {}): KeyShare[] {
  const r = simulate(dkgSessions(scheme, threshold, range(n)), options)
  expect(r.aborts.size).toBe(0)
  expect(r.stalled).toEqual([])
  return range(n).map((p) => r.results.get(p)!)
}

export function frostSessions(keys: readonly KeyShare[], signers: readonly PartyIndex[], message: Uint8Array, requestId?: string): FrostSignSession[] {
  const identities = identityMap(signers)
  return signers.map((self) => new FrostSignSession({
    key: keys.find((k) => k.self === self)!, signers, message, requestId, identity: identityOf(self), identities,
  }))
}

export function runFrost(keys: readonly KeyShare[], signers: readonly PartyIndex[], message: Uint8Array, options: SimulatorOptions<FrostMessage> = {}) {
  return simulate(frostSessions(keys, signers, message), options)
}

/** Asserts that every honest party aborted naming exactly `culprits`, and that none output a result. */
export function expectHonestAborts<R>(r: { results: Map<PartyIndex, R>; aborts: Map<PartyIndex, { culprits: readonly PartyIndex[] }> }, honest: readonly PartyIndex[], culprits: readonly PartyIndex[]): void {
  for (const p of honest) {
    expect(r.results.has(p), `party ${p} must not output`).toBe(false)
    expect(r.aborts.get(p)?.culprits, `culprits seen by party ${p}`).toEqual(culprits)
  }
}

/**
 * A fault only `receiver` could see: it aborts naming `culprit` and publishes a complaint.
 * No other party stalls waiting for the receiver (so no round deadline can name it): each
 * either finished already (a fault in the last round) or stops on the complaint, naming
 * nobody and recording the accusation receiver -> culprit.
 */
export function expectComplaint<R>(
  r: { results: Map<PartyIndex, R>; aborts: Map<PartyIndex, { culprits: readonly PartyIndex[]; complaint?: unknown; accusations: readonly { accuser: PartyIndex; accused: readonly PartyIndex[] }[] }>; stalled: PartyIndex[] },
  parties: readonly PartyIndex[], receiver: PartyIndex, culprit: PartyIndex,
): void {
  expect(r.stalled).toEqual([])
  expect(r.results.has(receiver)).toBe(false)
  expect(r.aborts.get(receiver)?.culprits).toEqual([culprit])
  expect(r.aborts.get(receiver)?.complaint).toMatchObject({ accused: [culprit] })
  for (const p of parties.filter((q) => q !== receiver && q !== culprit && !r.results.has(q))) {
    expect(r.aborts.get(p)?.culprits, `party ${p} names nobody`).toEqual([])
    expect(r.aborts.get(p)?.accusations, `party ${p} records the accusation`).toEqual([expect.objectContaining({ accuser: receiver, accused: [culprit] })])
  }
}
