import { expect } from 'vitest'
import { simulate, type SimulatorOptions } from '../../src/session/simulator.js'
import { MlDsaKeygenSession, type MlDsaKeygenMessage } from '../../src/mldsa/keygen-session.js'
import { MlDsaSignSession, signWithRetries, type MlDsaSignMessage, type MlDsaSignResult } from '../../src/mldsa/sign-session.js'
import type { MlDsaKeyShare } from '../../src/mldsa/shares.js'

export const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

/** Distributed keygen of a t-of-n key; every party must end with the same public key. */
export function keygen(threshold: number, n: number, keyId = `key-${threshold}-of-${n}`, options: SimulatorOptions<MlDsaKeygenMessage> = {}): MlDsaKeyShare[] {
  const parties = range(n)
  const r = simulate(parties.map((self) => new MlDsaKeygenSession({ keyId, threshold, parties, self })), options)
  expect([...r.aborts.values()].map((e) => e.message)).toEqual([])
  const keys = parties.map((p) => r.results.get(p)!)
  for (const k of keys) expect(k.publicKey).toEqual(keys[0]!.publicKey)
  return keys
}

/** One attempt: every signer's result (they combine the same transcript). */
export function signAttempt(keys: readonly MlDsaKeyShare[], signers: readonly number[], message: Uint8Array, attempt: number,
  options: SimulatorOptions<MlDsaSignMessage> = {}) {
  const byParty = new Map(keys.map((k) => [k.self, k]))
  return simulate(signers.map((p) => new MlDsaSignSession({ key: byParty.get(p)!, signers, message, attempt })), options)
}

/** The driver's retry loop over in-memory attempts; every signer must reach the same result. */
export function sign(keys: readonly MlDsaKeyShare[], signers: readonly number[], message: Uint8Array): Promise<{ signature: Uint8Array; attempts: number }> {
  return signWithRetries((attempt) => {
    const r = signAttempt(keys, signers, message, attempt)
    expect([...r.aborts.values()].map((e) => e.message)).toEqual([])
    const results = signers.map((p) => r.results.get(p)!) as MlDsaSignResult[]
    for (const res of results) expect(res).toEqual(results[0])
    return results[0]!
  })
}
