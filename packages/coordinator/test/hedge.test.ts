// Hedged signing: a first attempt stuck on a frozen signer does not hold the signature
// until its deadline; another signer set starts after hedgeMs and the first verified
// signature wins.
import { schnorr } from '@noble/curves/secp256k1.js'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Coordinator, type KeyInfo } from '../src/index.js'
import { startFakeNetwork, type FakeNetwork } from './fake-network.js'

let net: FakeNetwork
let key: KeyInfo
let c: Coordinator
const peer = (i: number) => net.nodes[i]!.peerId
const text = (s: string) => new TextEncoder().encode(s)
const HEDGE_MS = 150

beforeAll(async () => {
  net = await startFakeNetwork(3)
  const setup = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey })
  key = await setup.keygen({ scheme: 'bip340', threshold: 2, keyId: 'hedge-2of3' })
  await setup.close()
  c = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey, keys: [key], timeouts: { hedgeMs: HEDGE_MS } })
})
afterAll(async () => {
  await c?.close()
  await net.stop()
})

it('a frozen signer holds a signature only for the hedge delay, not the attempt deadline', async () => {
  // B is frozen; A, waiting inside the protocol for B, does not answer either
  net.nodes[1]!.sign = 'hang'
  net.nodes[0]!.sign = (r) => (r.signers.includes(peer(1)) ? 'hang' : 'honest')
  const started = performance.now()
  const sig = await c.sign({ keyId: key.keyId, message: text('hedged'), signers: [peer(0), peer(1)] })
  const elapsed = performance.now() - started
  expect(schnorr.verify(sig.signature, text('hedged'), key.groupPublicKey.subarray(1))).toBe(true)
  expect(sig.signers).toEqual([peer(0), peer(2)]) // the set with the party no tried set had
  expect(elapsed).toBeGreaterThanOrEqual(HEDGE_MS)
  expect(elapsed).toBeLessThan(HEDGE_MS + 2_000) // the default attempt deadline is 35 s
  // every attempt that did not win is stopped at its signers (on a slow machine a second
  // hedge may have started too: count per request, not a fixed number)
  const nonces = (i: number, kind: string) => net.nodes[i]!.requests.filter((r) => r.kind === kind).map((r) => Buffer.from((r as { nonce: Uint8Array }).nonce).toString('hex'))
  const uncancelled = (i: number) => nonces(i, 'sign').filter((n) => !nonces(i, 'cancel').includes(n))
  for (let tries = 0; (uncancelled(0).length > 1 || uncancelled(1).length > 0) && tries < 100; tries++) await new Promise((r) => setTimeout(r, 10))
  expect(uncancelled(1)).toEqual([]) // B signed nothing that won
  expect(uncancelled(0)).toHaveLength(1) // A's winning request
  expect(nonces(1, 'cancel').length).toBeGreaterThanOrEqual(1)
})

it('strict signers are never hedged', async () => {
  net.nodes[1]!.sign = { delayMs: 3 * HEDGE_MS }
  net.nodes[0]!.sign = { delayMs: 3 * HEDGE_MS }
  const sig = await c.sign({ keyId: key.keyId, message: text('strict'), signers: [peer(0), peer(1)], strict: true })
  expect(sig.signers).toEqual([peer(0), peer(1)])
  // this signature's requests only: a cancel of the previous test's attempts may still arrive late
  const strictSigns = (i: number) => net.nodes[i]!.requests.filter((r) => r.kind === 'sign' && Buffer.from(r.message).equals(Buffer.from(text('strict'))))
  expect(strictSigns(0).length).toBeGreaterThanOrEqual(1)
  expect(strictSigns(2)).toEqual([])
  net.nodes[0]!.sign = 'honest'
  net.nodes[1]!.sign = 'honest'
})
