// Self-healing (ConnectOptions.selfHealing): signing that proves a party cheated reshares
// the key without it (plus a standby node) and pins the new epoch; one node's unproven word
// changes nothing. Fake nodes (one whole key behind the real RPC) script the cheating.
import { schnorr } from '@noble/curves/secp256k1.js'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Coordinator, type HealReport, type KeyInfo } from '../src/index.js'
import { startFakeNetwork, type FakeNetwork } from './fake-network.js'

let net: FakeNetwork
const peer = (i: number) => net.nodes[i]!.peerId
const text = (s: string) => new TextEncoder().encode(s)
const lifecycleRequests = () => net.nodes.flatMap((n) => n.requests.filter((r) => r.kind === 'reshare' || r.kind === 'keyStatus'))

beforeAll(async () => {
  net = await startFakeNetwork(4)
})
afterAll(async () => {
  await net.stop()
})

async function healingCoordinator(onHeal: (r: HealReport) => void): Promise<{ c: Coordinator; key: KeyInfo }> {
  const c = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey, selfHealing: { standby: [peer(3)], onHeal }, timeouts: { hedgeMs: 60_000 } })
  const key = await c.keygen({ scheme: 'bip340', threshold: 2, parties: [peer(0), peer(1), peer(2)] })
  return { c, key }
}

it('a signer whose signature does not verify is reshared out of the key, a standby node takes its place, and the key signs on', async () => {
  let reported!: (r: HealReport) => void
  const healed = new Promise<HealReport>((resolve) => (reported = resolve))
  const { c, key } = await healingCoordinator((r) => reported(r))
  try {
    // node 1 answers with a signature that does not verify; node 0 (waiting for it in the protocol) does not answer
    net.nodes[1]!.sign = 'bad-signature'
    net.nodes[0]!.sign = (r) => (r.signers.includes(peer(1)) ? 'hang' : 'honest')
    const sig = await c.sign({ keyId: key.keyId, message: text('first'), signers: [peer(0), peer(1)] })
    expect(sig.signers).not.toContain(peer(1))
    expect(sig.failedAttempts[0]!.failures).toContainEqual(expect.objectContaining({ peerId: peer(1), reason: 'invalid-signature' }))
    const report = await healed
    expect(report).toMatchObject({ keyId: key.keyId, removed: [peer(1)], added: [peer(3)] })
    expect(report.error).toBeUndefined()
    expect(report.key).toMatchObject({ parties: [peer(0), peer(2), peer(3)], threshold: 2, epoch: 1, groupPublicKey: key.groupPublicKey })
    expect(await c.publicKey(key.keyId)).toEqual(report.key) // pinned
    net.nodes[1]!.sign = 'honest'
    net.nodes[0]!.sign = 'honest'
    const after = await c.sign({ keyId: key.keyId, message: text('after') })
    expect(after.signers).not.toContain(peer(1))
    expect(schnorr.verify(after.signature, text('after'), key.groupPublicKey.subarray(1))).toBe(true)
  } finally {
    net.nodes[0]!.sign = 'honest'
    net.nodes[1]!.sign = 'honest'
    await c.close()
  }
})

it('one node naming another, uncorroborated, heals nothing', async () => {
  const reports: HealReport[] = []
  const { c, key } = await healingCoordinator((r) => reports.push(r))
  try {
    const before = lifecycleRequests().length
    // node 0 claims node 1 cheated, node 1 claims node 0 did: word against word
    net.nodes[0]!.sign = (r) => (r.signers.includes(peer(1)) ? { error: 'aborted', culprits: [1] } : 'honest')
    net.nodes[1]!.sign = (r) => (r.signers.includes(peer(0)) ? { error: 'aborted', culprits: [0] } : 'honest')
    const err = await c.sign({ keyId: key.keyId, message: text('disputed'), signers: [peer(0), peer(1)], strict: true }).catch((e: unknown) => e)
    expect((err as Error).name).toBe('DisputeError')
    await new Promise((r) => setTimeout(r, 300))
    expect(reports).toEqual([])
    expect(lifecycleRequests()).toHaveLength(before)
    expect((await c.publicKey(key.keyId)).epoch).toBe(0)
  } finally {
    net.nodes[0]!.sign = 'honest'
    net.nodes[1]!.sign = 'honest'
    await c.close()
  }
})

it('refuses a standby node that is not configured', async () => {
  await expect(Coordinator.connect({ nodes: net.entries.slice(0, 3), identity: net.coordinatorKey, selfHealing: { standby: [peer(3)] } })).rejects.toThrow(/selfHealing.standby/)
})
