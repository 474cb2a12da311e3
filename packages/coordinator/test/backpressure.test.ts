// Many signatures at once: the SDK keeps at most maxInFlightPerNode session requests open
// at each node and queues the rest, instead of failing past libp2p's 64 streams per
// connection or the node's session limit.
import { schnorr } from '@noble/curves/secp256k1.js'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { CoordRequest } from '@thresh/wire'
import { Coordinator, type KeyInfo } from '../src/index.js'
import { startFakeNetwork, type FakeNetwork } from './fake-network.js'

let net: FakeNetwork
let key: KeyInfo

beforeAll(async () => {
  // 1.0.0 streams: a request's stream closing is how a fake node sees the SDK stop waiting for it
  net = await startFakeNetwork(3, { legacyOnly: true })
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
    // per node, when each sign request arrived and when the node was done with it
    const spans = net.nodes.map(() => new Map<CoordRequest, { attempt: string; start: number; end?: number }>())
    net.nodes.forEach((node, i) => {
      node.sign = (request) => {
        spans[i]!.set(request, { attempt: Buffer.from(request.nonce).toString('hex'), start: performance.now() })
        return { delayMs: 20 }
      }
      node.onSettled = (request) => {
        const span = spans[i]!.get(request)
        if (span) span.end = performance.now()
      }
    })
    const messages = Array.from({ length: 100 }, (_, k) => new TextEncoder().encode(`payment ${k}`))
    const sigs = await Promise.all(messages.map((message) => c.sign({ keyId: key.keyId, message })))
    sigs.forEach((sig, k) => {
      expect(sig.failedAttempts).toEqual([])
      expect(schnorr.verify(sig.signature, messages[k]!, key.groupPublicKey.subarray(1))).toBe(true)
    })
    // An attempt ends for the SDK, and frees its slot at every signer, with the first verified
    // signature; a co-signer still busy with it is cancelled and learns so a moment later.
    const attemptEnd = new Map<string, number>()
    for (const s of spans.flatMap((m) => [...m.values()])) attemptEnd.set(s.attempt, Math.min(attemptEnd.get(s.attempt) ?? Infinity, s.end ?? Infinity))
    const most = spans.map((m) => mostAtOnce([...m.values()].map((s) => ({ start: s.start, end: Math.min(s.end ?? Infinity, attemptEnd.get(s.attempt)!) }))))
    for (const m of most) expect(m).toBeLessThanOrEqual(8)
    expect(Math.max(...most)).toBe(8) // and the limit is used, not undershot
  } finally {
    await c.close()
  }
})

it('the bound on open streams is maxInFlightPerNode, not libp2p\'s 64 per protocol: 100 requests open at once at each node all succeed', async () => {
  const c = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey, keys: [key], maxInFlightPerNode: 100 })
  try {
    const open = net.nodes.map(() => ({ now: 0, most: 0 }))
    net.nodes.forEach((node, i) => {
      node.sign = () => {
        open[i]!.most = Math.max(open[i]!.most, ++open[i]!.now)
        return { delayMs: 1_500 }
      }
      node.onSettled = () => void open[i]!.now--
    })
    const messages = Array.from({ length: 100 }, (_, k) => new TextEncoder().encode(`wide ${k}`))
    // every signature by the same two nodes, started 10 ms apart and held 1.5 s: up to 100
    // requests open at each of them, never many being opened at once (yamux's early-stream limit)
    const sigs = await Promise.all(messages.map(async (message, k) => {
      await new Promise((r) => setTimeout(r, 10 * k))
      return c.sign({ keyId: key.keyId, message, signers: [net.nodes[0]!.peerId, net.nodes[1]!.peerId], strict: true })
    }))
    sigs.forEach((sig, k) => {
      expect(sig.failedAttempts).toEqual([])
      expect(schnorr.verify(sig.signature, messages[k]!, key.groupPublicKey.subarray(1))).toBe(true)
    })
    expect(open[0]!.most).toBeGreaterThan(64)
  } finally {
    net.nodes.forEach((node) => {
      node.sign = 'honest'
      node.onSettled = undefined
    })
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

/** The most spans open at one moment (one ending as another starts counts as not overlapping). */
function mostAtOnce(spans: readonly { start: number; end?: number }[]): number {
  const events = spans.flatMap((s) => [[s.start, 1], [s.end ?? Infinity, -1]] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let open = 0
  let most = 0
  for (const [, d] of events) most = Math.max(most, (open += d))
  return most
}
