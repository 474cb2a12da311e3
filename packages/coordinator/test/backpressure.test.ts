// Many signatures at once: the SDK keeps at most maxInFlightPerNode session requests open
// at each node and queues the rest, instead of failing past libp2p's 64 streams per
// connection or the node's session limit.
import { schnorr } from '@noble/curves/secp256k1.js'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Coordinator, type KeyInfo } from '../src/index.js'
import { startFakeNetwork, type FakeNetwork } from './fake-network.js'

let net: FakeNetwork
let key: KeyInfo

beforeAll(async () => {
  net = await startFakeNetwork(3)
  const setup = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey })
  key = await setup.keygen({ scheme: 'bip340', threshold: 2, keyId: 'busy-2of3' })
  await setup.close()
})
afterAll(async () => {
  await net.stop()
})

it('100 signatures in flight all succeed, with never more than the limit open at any node', async () => {
  const c = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey, keys: [key], maxInFlightPerNode: 8 })
  try {
    const open = net.nodes.map(() => 0)
    const most = net.nodes.map(() => 0)
    net.nodes.forEach((node, i) => {
      node.sign = () => {
        open[i]! += 1
        most[i] = Math.max(most[i]!, open[i]!)
        setTimeout(() => (open[i]! -= 1), 20) // the answer goes out after 20 ms
        return { delayMs: 20 }
      }
    })
    const messages = Array.from({ length: 100 }, (_, k) => new TextEncoder().encode(`payment ${k}`))
    const sigs = await Promise.all(messages.map((message) => c.sign({ keyId: key.keyId, message })))
    sigs.forEach((sig, k) => {
      expect(sig.failedAttempts).toEqual([])
      expect(schnorr.verify(sig.signature, messages[k]!, key.groupPublicKey.subarray(1))).toBe(true)
    })
    for (const m of most) expect(m).toBeLessThanOrEqual(8)
    expect(Math.max(...most)).toBe(8) // and the limit is used, not undershot
  } finally {
    await c.close()
  }
})

it('refuses a limit that is not a positive integer', async () => {
  for (const bad of [0, -1, 1.5, Number.NaN]) {
    await expect(Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey, maxInFlightPerNode: bad })).rejects.toMatchObject({ field: 'maxInFlightPerNode' })
  }
})

it('key generations have their own, smaller limit per node (maxKeygensPerNode), and all of them succeed', async () => {
  const c = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey, maxKeygensPerNode: 2 })
  try {
    const open = net.nodes.map(() => 0)
    const most = net.nodes.map(() => 0)
    net.nodes.forEach((node, i) => {
      node.keygenHook = async () => {
        open[i]! += 1
        most[i] = Math.max(most[i]!, open[i]!)
        await new Promise((r) => setTimeout(r, 30)) // a DKG's worth of work
        open[i]! -= 1
      }
    })
    const keys = await Promise.all(Array.from({ length: 12 }, (_, k) => c.keygen({ scheme: 'frost-ed25519', threshold: 2, keyId: `heavy-${k}` })))
    expect(keys).toHaveLength(12)
    expect(most).toEqual([2, 2, 2])
  } finally {
    net.nodes.forEach((node) => delete node.keygenHook)
    await c.close()
  }
})
