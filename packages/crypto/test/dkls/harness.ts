// Runs DKG + DKLs23 setup + signing in the simulator for the DKLs23 tests.
import { expect } from 'vitest'
import {
  BanList, DklsSetupSession, DklsSignSession, simulate,
  type DklsSetupMessage, type DklsSignMessage, type EcdsaKeyShare, type PartyIndex, type SimulatorOptions,
} from '../../src/index.js'
import { identityMap, identityOf, range, runDkg } from '../dkg-harness.js'

/** DKG then DKLs23 setup for a t-of-n ecdsa key; every party's EcdsaKeyShare in party order. */
export function ecdsaKeys(t: number, n: number, options: SimulatorOptions<DklsSetupMessage> = {}): EcdsaKeyShare[] {
  const shares = runDkg('ecdsa', t, n)
  const r = simulate(shares.map((key) => new DklsSetupSession({ key })), options)
  expect(r.aborts.size).toBe(0)
  expect(r.stalled).toEqual([])
  return range(n).map((p) => r.results.get(p)!)
}

export interface SignRun {
  keys: readonly EcdsaKeyShare[]
  signers: readonly PartyIndex[]
  digest: Uint8Array
  bans?: Map<PartyIndex, BanList>
  tweak?: Uint8Array
  requestId?: string
}

export function signSessions(run: SignRun): DklsSignSession[] {
  return run.signers.map((self) => new DklsSignSession({
    key: run.keys.find((k) => k.self === self)!,
    signers: run.signers,
    digest: run.digest,
    tweak: run.tweak,
    requestId: run.requestId,
    bans: run.bans?.get(self) ?? new BanList(),
    identity: identityOf(self),
    identities: identityMap(run.signers),
  }))
}

export function runSign(run: SignRun, options: SimulatorOptions<DklsSignMessage> = {}) {
  return simulate(signSessions(run), options)
}
