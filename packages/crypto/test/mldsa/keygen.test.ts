import { describe, expect, it } from 'vitest'
import { simulate } from '../../src/session/simulator.js'
import { MlDsaKeygenSession, mlDsaKeygenSessionId, type MlDsaKeygenMessage } from '../../src/mldsa/keygen-session.js'
import { sharingSubsets, subsetKey } from '../../src/mldsa/shares.js'
import type { Transit } from '../../src/session/simulator.js'
import { keygen, range } from './harness.js'

const flip = (b: Uint8Array) => {
  const out = Uint8Array.from(b)
  out[0]! ^= 1
  return out
}

function run(threshold: number, n: number, intercept: (t: Transit<MlDsaKeygenMessage>) => void) {
  const parties = range(n)
  return simulate(parties.map((self) => new MlDsaKeygenSession({ keyId: 'k', threshold, parties, self })), { intercept })
}

describe('threshold ML-DSA-44 distributed keygen', () => {
  it('gives every party the shares of exactly its subsets and one public key', () => {
    const keys = keygen(3, 4)
    const subsets = sharingSubsets(range(4), 3)
    for (const k of keys) {
      expect([...k.shares.keys()].sort()).toEqual(subsets.filter((s) => s.includes(k.self)).map(subsetKey).sort())
      expect(k.subsetPublics.size).toBe(subsets.length)
    }
    // Members of a subset hold the same share.
    expect(keys[0]!.shares.get('1,2')).toEqual(keys[1]!.shares.get('1,2'))
    // Fresh randomness: another run gives another key.
    expect(keygen(3, 4)[0]!.publicKey).not.toEqual(keys[0]!.publicKey)
  })

  it('binds key id, threshold and committee into the session id', () => {
    const base = mlDsaKeygenSessionId({ keyId: 'k', threshold: 2, parties: [1, 2, 3] })
    expect(mlDsaKeygenSessionId({ keyId: 'k', threshold: 2, parties: [3, 2, 1] })).toEqual(base)
    expect(mlDsaKeygenSessionId({ keyId: 'k2', threshold: 2, parties: [1, 2, 3] })).not.toEqual(base)
    expect(mlDsaKeygenSessionId({ keyId: 'k', threshold: 3, parties: [1, 2, 3] })).not.toEqual(base)
    expect(mlDsaKeygenSessionId({ keyId: 'k', threshold: 2, parties: [1, 2, 4] })).not.toEqual(base)
  })

  it('a seed opening that does not match its commitment names the sender', () => {
    const r = run(2, 3, (t) => {
      if (t.payload.type === 'mldsa-dkg/seeds' && t.from === 2 && t.recipient === 1) t.payload = { ...t.payload, seeds: t.payload.seeds.map(flip) }
    })
    expect(r.aborts.get(1)?.culprits).toEqual([2])
    expect(r.results.size).toBe(0)
  })

  it('a rho opening that does not match its commitment names the sender', () => {
    const r = run(2, 3, (t) => {
      if (t.payload.type === 'mldsa-dkg/rho' && t.from === 3) t.payload = { ...t.payload, rho: flip(t.payload.rho) }
    })
    expect(r.aborts.get(1)?.culprits).toEqual([3])
    expect(r.aborts.get(2)?.culprits).toEqual([3])
  })

  it('a t_S that does not open its round-3 commitment names the sender', () => {
    const r = run(2, 3, (t) => {
      if (t.payload.type === 'mldsa-dkg/public' && t.from === 1 && t.recipient === 3) t.payload = { ...t.payload, publics: t.payload.publics.map(flip) }
    })
    expect(r.aborts.get(3)?.culprits).toEqual([1])
  })

  it('members of a subset disagreeing on its share abort the keygen', () => {
    // Party 3 commits, towards party 1 only, to another t_S for its subsets.
    const r = run(2, 3, (t) => {
      if (t.payload.type === 'mldsa-dkg/public-commit' && t.from === 3 && t.recipient === 1) t.payload = { ...t.payload, commitments: t.payload.commitments.map(flip) }
    })
    expect(r.aborts.get(1)?.reason).toMatch(/hold different shares/)
    expect(r.results.has(1)).toBe(false)
  })

  it('a confirmation of another key aborts', () => {
    const r = run(3, 4, (t) => {
      if (t.payload.type === 'mldsa-dkg/confirm' && t.from === 4 && t.recipient === 2) t.payload = { ...t.payload, digest: flip(t.payload.digest) }
    })
    expect(r.aborts.get(2)?.reason).toMatch(/confirmed a different key/)
    expect(r.results.has(2)).toBe(false)
  })
})
