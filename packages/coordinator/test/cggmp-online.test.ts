// The SDK's side of CGGMP online signatures (cggmp-online.ts): σ_i of a real presignature
// (the crypto harness's fixture Paillier keys) combine into a signature that verifies; a
// wrong share names nobody (the pool falls back to the full protocol), a share that is no
// scalar names its node; CGGMP keys hedge later.
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { ProtocolAbort, q, toBytes } from '@thresh/crypto'
import { describe, expect, it } from 'vitest'
import { assembleKeys, presign } from '../../crypto/test/cggmp/protocol-harness.js'
import { CGGMP_MIN_HEDGE_MS, combineCggmpShares, hedgeDelay } from '../src/cggmp-online.js'

describe('CGGMP online shares in the SDK', () => {
  const keys = assembleKeys(2, 3)
  const digest = new Uint8Array(32).fill(0x42)

  function shares() {
    const ps = presign(keys, [1, 3])
    const sigmas = new Map(ps.map((p) => [p.self, toBytes(p.online(digest), 32)] as const))
    const [first] = ps
    return { info: { presignId: first!.presignId, instancePoint: first!.instancePoint, publicKey: first!.publicKey }, sigmas }
  }

  it('combines σ_i into a low-S signature that verifies under the key', () => {
    const { info, sigmas } = shares()
    const sig = combineCggmpShares(info, digest, sigmas)
    const compact = Uint8Array.from([...sig.r, ...sig.s])
    expect(secp256k1.verify(compact, digest, keys[0]!.groupPublicKey, { prehash: false, lowS: true })).toBe(true)
  })

  it('a wrong σ_i names nobody; a σ_i that is no scalar names its sender', () => {
    const { info, sigmas } = shares()
    const wrong = new Map(sigmas)
    wrong.set(3, toBytes((BigInt(`0x${Buffer.from(sigmas.get(3)!).toString('hex')}`) + 1n) % q, 32))
    const err = (() => { try { combineCggmpShares(info, digest, wrong) } catch (e) { return e } })() as ProtocolAbort
    expect(err).toBeInstanceOf(ProtocolAbort)
    expect(err.culprits).toEqual([])
    const big = new Map(sigmas)
    big.set(1, new Uint8Array(32).fill(0xff))
    const named = (() => { try { combineCggmpShares(info, digest, big) } catch (e) { return e } })() as ProtocolAbort
    expect(named.culprits).toEqual([1])
  })

  it('hedges a CGGMP key no sooner than CGGMP_MIN_HEDGE_MS', () => {
    expect(hedgeDelay({ engine: 'cggmp' }, 2_000)).toBe(CGGMP_MIN_HEDGE_MS)
    expect(hedgeDelay({ engine: 'cggmp' }, 60_000)).toBe(60_000)
    expect(hedgeDelay({}, 2_000)).toBe(2_000)
  })
})
