// Named signers are a preference: one that cannot be reached is replaced by another party,
// unless the caller asks for exactly those signers (strict).
import { schnorr } from '@noble/curves/secp256k1.js'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Coordinator, NotEnoughSignersError, type KeyInfo } from '../src/index.js'
import { startFakeNetwork, type FakeNetwork } from './fake-network.js'

let net: FakeNetwork
let key: KeyInfo
let c: Coordinator
const peer = (i: number) => net.nodes[i]!.peerId
const text = (s: string) => new TextEncoder().encode(s)

beforeAll(async () => {
  net = await startFakeNetwork(3)
  const setup = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey })
  key = await setup.keygen({ scheme: 'bip340', threshold: 2, keyId: 'choice-2of3' })
  await setup.close()
  await net.nodes[0]!.host.stop() // node A is down from now on
  c = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey, keys: [key], timeouts: { dialMs: 500 } })
})
afterAll(async () => {
  await c?.close()
  await net.stop()
})

it('a preferred signer that is down is replaced by another party', async () => {
  const sig = await c.sign({ keyId: key.keyId, message: text('fallback'), signers: [peer(0), peer(1)] })
  expect(sig.signers).toEqual([peer(1), peer(2)])
  expect(schnorr.verify(sig.signature, text('fallback'), key.groupPublicKey.subarray(1))).toBe(true)
})

it('strict: only the named signers, so a down one fails the signature', async () => {
  const err = await c.sign({ keyId: key.keyId, message: text('strict'), signers: [peer(0), peer(1)], strict: true }).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(NotEnoughSignersError)
  expect((err as Error).message).toMatch(/left out: .*unreachable/)
  await expect(c.sign({ keyId: key.keyId, message: text('strict'), strict: true })).rejects.toMatchObject({ field: 'strict' })
})

it('nodes at their session limit (busy) are asked again after a short wait, not left out', async () => {
  const refusals = [0, 0, 0]
  for (const i of [1, 2]) net.nodes[i]!.sign = () => (refusals[i]!++ < 2 ? { error: 'busy' } : 'honest')
  try {
    const sig = await c.sign({ keyId: key.keyId, message: text('busy'), signers: [peer(1), peer(2)], strict: true })
    expect(refusals.slice(1)).toEqual([3, 3])
    expect(sig.signers).toEqual([peer(1), peer(2)])
    expect(sig.failedAttempts).toEqual([])
    // and the sessions of each abandoned attempt were cancelled at its signers
    const cancels = () => net.nodes[2]!.requests.filter((r) => r.kind === 'cancel').length
    for (let tries = 0; cancels() < 2 && tries < 100; tries++) await new Promise((r) => setTimeout(r, 10))
    expect(cancels()).toBe(2)
  } finally {
    for (const i of [1, 2]) net.nodes[i]!.sign = 'honest'
  }
})
