import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js'
import { describe, expect, it } from 'vitest'
import { simulate } from '../../src/session/simulator.js'
import { ProtocolAbort } from '../../src/session/types.js'
import { decodeFullVec, decodePublicKey, encodeFullVec } from '../../src/mldsa/encoding.js'
import { splitMlDsaKey } from '../../src/mldsa/import.js'
import { MlDsaKeygenSession } from '../../src/mldsa/keygen-session.js'
import { messageRepresentative, publicKeyHash, publicKeyOf } from '../../src/mldsa/mldsa44.js'
import { L, ThresholdRangeError, thresholdParams } from '../../src/mldsa/params.js'
import { addVec, centered, infNorm, matVec, mod, mulChallengeVec, nttVec, subVec, type PolyVec } from '../../src/mldsa/poly.js'
import { challengeOf, expandA } from '../../src/mldsa/sampling.js'
import { assignShares, sharingSubsets, subsetKey, sumPublics } from '../../src/mldsa/shares.js'
import { MlDsaAttemptsExhausted, MlDsaSignSession, combineSigning, signWithRetries, type SignerTranscript } from '../../src/mldsa/sign-session.js'
import { commitRound1, respondRound3, slotChallenges, sumCommitments } from '../../src/mldsa/threshold-sign.js'
import { keygen, range, sign, signAttempt } from './harness.js'
import { expectValid } from './verifiers.js'

const text = (s: string) => new TextEncoder().encode(s)

function combinations(items: number[], size: number): number[][] {
  if (size === 0) return [[]]
  if (items.length < size) return []
  const [first, ...rest] = items
  return [...combinations(rest, size - 1).map((c) => [first!, ...c]), ...combinations(rest, size)]
}

describe('threshold ML-DSA-44, 3-of-5 from the distributed keygen', () => {
  const keys = keygen(3, 5)
  const publicKey = keys[0]!.publicKey

  it('every one of the 10 three-party signer sets signs under the one public key; noble and liboqs verify', async () => {
    for (const signers of combinations(range(5), 3)) {
      const message = text(`pay 1 BTC, signers ${signers.join(',')}`)
      const { signature } = await sign(keys, signers, message)
      expectValid(signature, message, publicKey)
      expect(ml_dsa44.verify(signature, text('another message'), publicKey)).toBe(false)
    }
  })

  it('two parties cannot sign: the session refuses, and together they miss a subset share', () => {
    expect(() => new MlDsaSignSession({ key: keys[0]!, signers: [1, 2], message: text('m'), attempt: 0 })).toThrow(/exactly 3 signers/)
    const held = new Set([...keys[0]!.shares.keys(), ...keys[1]!.shares.keys()])
    const missing = sharingSubsets(range(5), 3).map(subsetKey).filter((k) => !held.has(k))
    expect(missing).toEqual(['3,4,5'])
  })

  it('a tampered response makes Combine fail naming its sender, with no signature', () => {
    const signers = [1, 3, 5]
    const message = text('tamper')
    // Attempts in which some slot is kept by everybody (else it is an honest rejection, nobody to blame).
    let blamed = 0
    for (let attempt = 0; blamed < 2 && attempt < 20; attempt++) {
      const transcripts = new Map<number, Partial<Record<keyof SignerTranscript, unknown>>>()
      const r = signAttempt(keys, signers, message, attempt, {
        intercept: (t) => {
          const entry = transcripts.get(t.from) ?? {}
          transcripts.set(t.from, entry)
          const m = t.payload
          if (m.type === 'mldsa/respond' && t.from === 3) {
            // Party 3 shifts one coefficient of every response it sends.
            t.payload = {
              ...m,
              z: m.z.map((bytes) => {
                if (bytes.length === 0) return bytes
                const v = decodeFullVec(bytes, L, 'z')
                v[0]![0] = mod(v[0]![0]! + 5000)
                return encodeFullVec(v)
              }),
            }
          }
          entry[t.payload.type.slice('mldsa/'.length) as keyof SignerTranscript] = t.payload
        },
      })
      for (const p of [1, 5]) {
        const result = r.results.get(p)
        expect(result === undefined || result.status === 'rejected').toBe(true) // never a signature
      }
      if (r.results.size > 0 && r.results.get(1)?.status === 'rejected') continue
      blamed++
      for (const p of [1, 5]) {
        expect(r.aborts.get(p)).toBeInstanceOf(ProtocolAbort)
        expect(r.aborts.get(p)!.culprits).toEqual([3])
      }
      // The coordinator's Combine reaches the same verdict from the relayed messages.
      expect(() => combineSigning(keys[0]!, { signers, message, attempt }, transcripts as Map<number, SignerTranscript>)).toThrow(/culprits: 3/)
    }
    expect(blamed).toBe(2)
  })

  it('a reveal that does not open its commitment aborts naming the sender', () => {
    const r = signAttempt(keys, [2, 3, 4], text('m'), 0, {
      intercept: (t) => {
        if (t.payload.type === 'mldsa/reveal' && t.from === 4) {
          const w = Uint8Array.from(t.payload.w)
          w[10]! ^= 1
          t.payload = { ...t.payload, w }
        }
      },
    })
    for (const p of [2, 3]) expect(r.aborts.get(p)?.culprits).toEqual([4])
  })

  it('malformed messages abort naming their sender', () => {
    const cases: [string, (m: any) => any][] = [
      ['mldsa/commit', (m) => ({ ...m, commitment: m.commitment.subarray(1) })],
      ['mldsa/reveal', (m) => ({ ...m, w: m.w.subarray(0, 100) })],
      ['mldsa/respond', (m) => ({ ...m, z: m.z.slice(1) })],
      ['mldsa/respond', (m) => ({ ...m, z: m.z.map(() => new Uint8Array(5)) })],
      ['mldsa/respond', (m) => ({ ...m, z: m.z.map(() => new Uint8Array(2944).fill(0xff)) })],
    ]
    for (const [type, change] of cases) {
      const r = signAttempt(keys, [1, 2, 3], text('m'), 0, {
        intercept: (t) => {
          if (t.payload.type === type && t.from === 2) t.payload = change(t.payload)
        },
      })
      for (const p of [1, 3]) expect(r.aborts.get(p)?.culprits, type).toEqual([2])
    }
  })

  it('a round-1 state answers one challenge only', () => {
    const params = thresholdParams(3, 5)
    const state = commitRound1(keys[0]!, params, new Uint8Array(32), new Uint8Array(64).fill(1))
    const mu = messageRepresentative(publicKeyHash(publicKey), text('m'), new Uint8Array(0))
    const challenges = slotChallenges(mu, sumCommitments([state.w], params.slots))
    respondRound3(keys[0]!, params, [1, 2, 3], state, challenges)
    expect(state.used).toBe(true)
    const other = slotChallenges(messageRepresentative(publicKeyHash(publicKey), text('m2'), new Uint8Array(0)), sumCommitments([state.w], params.slots))
    expect(() => respondRound3(keys[0]!, params, [1, 2, 3], state, other)).toThrow(/already used/)
    const session = new MlDsaSignSession({ key: keys[0]!, signers: [1, 2, 3], message: text('m'), attempt: 0 })
    session.start()
    expect(() => session.start()).toThrow(/already started/)
  })

  it('responses are rejection-sampled: every kept one lies in the radius-r ellipsoid, some are rejected', () => {
    const params = thresholdParams(3, 5)
    const signers = [1, 2, 3]
    const split = assignShares(range(5), 3, signers)
    const aHat = expandA(decodePublicKey(publicKey).rho)
    const mu = messageRepresentative(publicKeyHash(publicKey), text('m'), new Uint8Array(0))
    const slack = 0.5 * Math.sqrt(256 * 8)
    let kept = 0
    let rejected = 0
    for (let run = 0; run < 3; run++) {
      const states = signers.map((p) => commitRound1(keys[p - 1]!, params, new Uint8Array(32), new Uint8Array(64).fill(run * 8 + p)))
      const challenges = slotChallenges(mu, sumCommitments(states.map((s) => s.w), params.slots))
      signers.forEach((p, i) => {
        const ti = sumPublics(split.get(p)!.map((k) => keys[0]!.subsetPublics.get(k)!))
        respondRound3(keys[p - 1]!, params, signers, states[i]!, challenges).forEach((z, slot) => {
          if (!z) return void rejected++
          kept++
          // (z, A·z - c·t_i - w_i) = (c·s1_i + y, -(c·s2_i + e)) up to rounding.
          const v = subVec(subVec(matVec(aHat, nttVec(z)), mulChallengeVec(challengeOf(challenges[slot]!), ti)), states[i]!.w[slot]!)
          const sq = (x: PolyVec) => x.reduce((acc, poly) => acc + Array.from(poly, centered).reduce((a, c) => a + c * c, 0), 0)
          expect(Math.sqrt(sq(z) / 9 + sq(v))).toBeLessThanOrEqual(params.r + slack)
        })
      })
    }
    expect(rejected).toBeGreaterThan(0)
    expect(kept).toBeGreaterThan(0)
  })

  it('binds the message: a signer refuses round-1 messages of another message\'s session', () => {
    const a = new MlDsaSignSession({ key: keys[0]!, signers: [1, 2, 3], message: text('a'), attempt: 0 })
    const b = new MlDsaSignSession({ key: keys[1]!, signers: [1, 2, 3], message: text('b'), attempt: 0 })
    const c = new MlDsaSignSession({ key: keys[1]!, signers: [1, 2, 3], message: text('a'), attempt: 1 })
    a.start()
    for (const msg of [...b.start(), ...c.start()]) expect(() => a.receive({ ...msg, to: 'broadcast' })).toThrow(/another session id/)
  })
})

describe('threshold ML-DSA-44 committee sizes', () => {
  for (const [t, n] of [[2, 2], [2, 3], [4, 6], [5, 6]] as const) {
    it(`${t}-of-${n}: keygen and a signature noble and liboqs verify`, async () => {
      const keys = keygen(t, n)
      const signers = range(n).slice(n - t)
      const message = text(`${t}-of-${n}`)
      expectValid((await sign(keys, signers, message)).signature, message, keys[0]!.publicKey)
    })
  }

  it('signs with a FIPS 204 context string, messages delivered in a shuffled order', () => {
    const keys = keygen(2, 3)
    const message = text('with context')
    const context = text('thresh-test-ctx')
    for (let attempt = 0; attempt < 64; attempt++) {
      const r = simulate([1, 3].map((p) => new MlDsaSignSession({ key: keys[p - 1]!, signers: [1, 3], message, context, attempt })), { shuffleSeed: attempt + 1 })
      const result = r.results.get(1)!
      expect(r.results.get(3)).toEqual(result)
      if (result.status === 'rejected') continue
      expect(ml_dsa44.verify(result.signature, message, keys[0]!.publicKey, { context })).toBe(true)
      expect(ml_dsa44.verify(result.signature, message, keys[0]!.publicKey)).toBe(false)
      return
    }
    throw new Error('no signature')
  })

  it('the retry loop stops at its bound with a typed error and passes aborts through', async () => {
    let runs = 0
    await expect(signWithRetries(() => (runs++, { status: 'rejected' }), 3)).rejects.toBeInstanceOf(MlDsaAttemptsExhausted)
    expect(runs).toBe(3)
    await expect(signWithRetries(() => { throw new ProtocolAbort('x', [2]) })).rejects.toBeInstanceOf(ProtocolAbort)
    await expect(signWithRetries(() => ({ status: 'rejected' }), 65)).rejects.toThrow(RangeError)
    expect(() => new MlDsaSignSession({ key: keygen(2, 2)[0]!, signers: [1, 2], message: text('m'), attempt: 64 })).toThrow(/attempt/)
  })

  it('refuses N = 7 and T outside [2, N]', () => {
    expect(() => new MlDsaKeygenSession({ keyId: 'k', threshold: 3, parties: range(7), self: 1 })).toThrow(ThresholdRangeError)
    expect(() => new MlDsaKeygenSession({ keyId: 'k', threshold: 7, parties: range(7), self: 1 })).toThrow(/at most 6 parties/)
    expect(() => new MlDsaKeygenSession({ keyId: 'k', threshold: 1, parties: range(3), self: 1 })).toThrow(ThresholdRangeError)
    expect(() => splitMlDsaKey(ml_dsa44.keygen(new Uint8Array(32)).secretKey, { keyId: 'k', threshold: 2, parties: range(7) })).toThrow(ThresholdRangeError)
  })
})

describe('importing an existing ML-DSA-44 key (dealer split)', () => {
  it('keeps the public key and signs with any threshold set', async () => {
    const existing = ml_dsa44.keygen(new Uint8Array(32).fill(42))
    const keys = splitMlDsaKey(existing.secretKey, { keyId: 'imported', threshold: 2, parties: range(3) })
    for (const k of keys) expect(k.publicKey).toEqual(existing.publicKey)
    for (const signers of [[1, 2], [1, 3], [2, 3]]) {
      const message = text(`imported ${signers.join(',')}`)
      expectValid((await sign(keys, signers, message)).signature, message, existing.publicKey)
    }
    const bad = Uint8Array.from(existing.secretKey)
    bad[100]! ^= 1 // inside tr
    expect(() => splitMlDsaKey(bad, { keyId: 'k', threshold: 2, parties: range(3) })).toThrow(/inconsistent/)
  })

  it('every subset share matches its public part t_S = A·s1_S + s2_S', () => {
    const keys = keygen(2, 3)
    const aHat = expandA(decodePublicKey(keys[0]!.publicKey).rho)
    for (const k of keys) for (const [name, share] of k.shares) {
      expect(addVec(matVec(aHat, nttVec(share.s1)), share.s2)).toEqual(k.subsetPublics.get(name))
      expect(infNorm([...share.s1, ...share.s2])).toBeLessThanOrEqual(2)
    }
    const t = sumPublics([...keys[0]!.subsetPublics.values()])
    expect(publicKeyOf(decodePublicKey(keys[0]!.publicKey).rho, t)).toEqual(keys[0]!.publicKey)
  })
})
