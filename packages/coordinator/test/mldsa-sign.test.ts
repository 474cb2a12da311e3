// The SDK's ML-DSA attempt loop (mldsa-sign.ts) against in-process signers: each attempt
// is a new session (a fresh nonce in its id; the fake nodes refuse a session id twice, as
// real ones do), the bound on attempts holds, and a signer that forces retries by
// rejecting every slot is never named (no evidence), while the failed attempts are reported.
import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js'
import {
  encodeMlDsaVec, MlDsaKeygenSession, MlDsaSignSession, sharingSubsets, simulate, subsetKey,
  type MlDsaKeyShare, type MlDsaSignMessage, type PartyIndex,
} from '@thresh/crypto'
import { mlDsaSignRequestId, type CoordRequest, type CoordResponse, type KeyInfo } from '@thresh/wire'
import { describe, expect, it } from 'vitest'
import type { Gathered } from '../src/fan-out.js'
import { MlDsaAttemptsError, signMlDsa, type MlDsaDriver } from '../src/mldsa-sign.js'

const peers = ['12D3KooWKSGbUTponXBY18wZo1YsD1DbrQ8qWYqebgxv7Yg1T5fR', '12D3KooWNWT8rbbxDD26bgNuNLVazDhoDHh6QDULiTstWHoJsMzV', '12D3KooWDajwF5HYvpZeetGh85ScHoTvWE4jeLJmuFL7UBfkJkmd']
const run = simulate([1, 2, 3].map((self) => new MlDsaKeygenSession({ keyId: 'pq', threshold: 2, parties: [1, 2, 3], self, requestId: 'unit' })))
const shares = [1, 2, 3].map((p) => run.results.get(p)!)
const key: KeyInfo = {
  keyId: 'pq', scheme: 'ml-dsa-44', threshold: 2, parties: peers, groupPublicKey: shares[0]!.publicKey, chainCode: new Uint8Array(0), epoch: 0,
  publicShares: sharingSubsets([1, 2, 3], 2).map((s) => encodeMlDsaVec(shares[0]!.subsetPublics.get(subsetKey(s))!)),
}

/** Nodes simulated in process: one signing session per request, session ids refused twice; `rejectAll` sends only empty responses. */
function fakeNodes(options: { rejectAll?: PartyIndex } = {}) {
  const used = new Set<string>()
  const requests: Extract<CoordRequest, { kind: 'sign' }>[] = []
  const driver: MlDsaDriver = {
    pickSigners: async () => [peers[0]!, peers[2]!],
    randomNonce: () => crypto.getRandomValues(new Uint8Array(32)),
    unixSeconds: () => 1_800_000_000, // every attempt in the same second: only the nonce tells them apart
    cancel: async () => undefined,
    fanOut: async (signers, request): Promise<Gathered> => {
      if (request.kind !== 'sign' || request.payload?.kind !== 'bytes') throw new Error('unexpected request')
      requests.push(request)
      const indices = signers.map((s) => peers.indexOf(s) + 1)
      const sessions = indices.map((p) => new MlDsaSignSession({
        key: shares[p - 1] as MlDsaKeyShare, signers: indices, message: request.payload!.data, requestId: mlDsaSignRequestId(request.nonce, request.issuedAt), attempt: 0,
      }))
      const id = Buffer.from(sessions[0]!.id).toString('hex')
      if (used.has(id)) {
        return { ending: 'complete', silent: [], outcomes: signers.map((peerId) => ({ peerId, kind: 'response', response: { kind: 'error', code: 'duplicate-session', message: 'ran before', culprits: [], accusations: [] } })) }
      }
      used.add(id)
      const sent = new Map<PartyIndex, Map<string, MlDsaSignMessage>>(indices.map((p) => [p, new Map()]))
      simulate(sessions, {
        intercept: (t) => {
          if (t.payload.type === 'mldsa/respond' && t.from === options.rejectAll) t.payload = { type: 'mldsa/respond', z: t.payload.z.map(() => new Uint8Array(0)) }
          sent.get(t.from)!.set(t.payload.type, t.payload)
        },
      })
      const outcomes = indices.map((p, i) => {
        const m = sent.get(p)!
        const pick = <T extends MlDsaSignMessage['type']>(type: T) => m.get(type) as Extract<MlDsaSignMessage, { type: T }>
        const response: CoordResponse = {
          kind: 'sign', signature: new Uint8Array(0), recoveryId: 0,
          mldsa: { commitment: pick('mldsa/commit').commitment, w: pick('mldsa/reveal').w, z: pick('mldsa/respond').z },
        }
        return { peerId: signers[i]!, kind: 'response' as const, response }
      })
      return { ending: 'complete', silent: [], outcomes }
    },
  }
  return { driver, requests }
}

describe('the SDK\'s ML-DSA attempt loop', () => {
  it('retries with a fresh nonce (a new session id) each attempt until one combines; noble accepts the signature', async () => {
    const message = new TextEncoder().encode('retry me')
    for (let i = 0; i < 8; i++) {
      const { driver, requests } = fakeNodes()
      const sig = await signMlDsa(key, message, driver)
      expect(ml_dsa44.verify(sig.signature, message, key.groupPublicKey)).toBe(true)
      expect(requests.length).toBe(sig.failedAttempts.length + 1)
      expect(new Set(requests.map((r) => Buffer.from(r.nonce).toString('hex'))).size).toBe(requests.length)
      // honest rejections name nobody
      expect(sig.failedAttempts.every((a) => a.failures.length === 0)).toBe(true)
    }
  })

  it('bounds the attempts of a signer that forces retries, names nobody, and reports every failed attempt', async () => {
    const { driver, requests } = fakeNodes({ rejectAll: 3 })
    const err = await signMlDsa(key, new TextEncoder().encode('never'), driver, 5).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(MlDsaAttemptsError)
    expect((err as Error).message).toMatch(/no signature after 5 attempts/)
    expect(requests.length).toBe(5)
    const attempts = (err as MlDsaAttemptsError).attempts
    expect(attempts.length).toBe(5)
    expect(attempts.every((a) => a.failures.length === 0 && a.signers.length === 2)).toBe(true)
  })
})
