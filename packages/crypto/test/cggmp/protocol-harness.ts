// Shared by the CGGMP protocol tests: fixture Paillier keys, DKG + aux info, presigning and signing in the simulator.
import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import {
  CggmpAuxSession, CggmpPresignSession, CggmpSignSession, generateRingPedersen, newCggmpPresignId, paillierSecretFromPrimes, simulate,
  type CggmpAuxMessage, type CggmpKeyShare, type CggmpPresignature, type CggmpPresignMessage, type CggmpSignMessage,
  type PaillierSecretKey, type PartyIndex, type SimulatorOptions,
} from '../../src/index.js'
import { range, runDkg } from '../dkg-harness.js'

const fixture = JSON.parse(readFileSync(new URL('./fixtures/paillier-keys.json', import.meta.url), 'utf8')) as { keys: { p: string; q: string }[] }

/** Five test-only 2048-bit Paillier-Blum keys from safe primes (fixtures/paillier-keys.json). */
export const paillierKeys: PaillierSecretKey[] = fixture.keys.map(({ p, q }) => paillierSecretFromPrimes(BigInt('0x' + p), BigInt('0x' + q)))

/** Aux-info sessions over a fresh DKG of a t-of-n ecdsa key, party i with fixture key i. */
export function auxSessions(t: number, n: number, keyId = `cggmp-${t}of${n}`): CggmpAuxSession[] {
  const shares = runDkg('ecdsa', t, n)
  return shares.map((key, i) => new CggmpAuxSession({ key: { ...key, keyId: key.keyId + keyId }, paillier: paillierKeys[i]! }))
}

/** Runs aux info, which must succeed; every party's CggmpKeyShare in party order. */
export function runAux(t: number, n: number, options: SimulatorOptions<CggmpAuxMessage> = {}): CggmpKeyShare[] {
  const r = simulate(auxSessions(t, n), options)
  expect([...r.aborts.values()].map((a) => a.message)).toEqual([])
  expect(r.stalled).toEqual([])
  return range(n).map((p) => r.results.get(p)!)
}

/**
 * CggmpKeyShares assembled from a DKG and the fixture keys without running aux info (its
 * proofs are aux-info's tests' business): for the presigning and signing tests.
 */
export function assembleKeys(t: number, n: number): CggmpKeyShare[] {
  const shares = runDkg('ecdsa', t, n)
  const rp = paillierKeys.slice(0, n).map((k) => generateRingPedersen(k))
  const aux = new Map(range(n).map((p) => [p, rp[p - 1]!.params]))
  const auxId = new Uint8Array(32).fill(7)
  return shares.map((key, i) => ({ ...key, paillier: paillierKeys[i]!, ringPedersen: rp[i]!, aux, auxId }))
}

export function presignSessions(keys: readonly CggmpKeyShare[], signers: readonly PartyIndex[], tweak?: Uint8Array, presignId = newCggmpPresignId()): CggmpPresignSession[] {
  return signers.map((self) => new CggmpPresignSession({ key: keys.find((k) => k.self === self)!, signers, tweak, presignId }))
}

export function runPresign(keys: readonly CggmpKeyShare[], signers: readonly PartyIndex[], tweak?: Uint8Array, options: SimulatorOptions<CggmpPresignMessage> = {}) {
  return simulate(presignSessions(keys, signers, tweak), options)
}

/** A presigning that must succeed: every signer's presignature, in signer order. */
export function presign(keys: readonly CggmpKeyShare[], signers: readonly PartyIndex[], tweak?: Uint8Array): CggmpPresignature[] {
  const r = runPresign(keys, signers, tweak)
  expect([...r.aborts.values()].map((a) => a.message)).toEqual([])
  expect(r.stalled).toEqual([])
  return signers.map((p) => r.results.get(p)!)
}

export function runSign(keys: readonly CggmpKeyShare[], presignatures: readonly CggmpPresignature[], digest: Uint8Array, options: SimulatorOptions<CggmpSignMessage> = {}) {
  const sessions = presignatures.map((presignature) => new CggmpSignSession({ key: keys.find((k) => k.self === presignature.self)!, presignature, digest }))
  return simulate(sessions, options)
}

/** Every abort's culprits, by aborting party. */
export function culpritsOf(r: { aborts: ReadonlyMap<PartyIndex, { culprits: readonly PartyIndex[] }> }): Map<PartyIndex, readonly PartyIndex[]> {
  return new Map([...r.aborts].map(([p, a]) => [p, a.culprits]))
}
