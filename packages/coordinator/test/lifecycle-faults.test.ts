// The key-lifecycle fault suite: real node processes, killed (SIGKILL, as a power cut)
// at every round of a refresh and of a reshare of an ECDSA key — the lifecycle protocol's
// three rounds, the DKLs23 setup's two, after the new epoch is stored, before and after
// a commit — and a coordinator that dies before, during and after the first phase.
// Afterwards: no key lost, every node on one active epoch and nothing pending, and the
// operation, sent again, completes and the key signs (verified independently).
import type { ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startNode, waitReady } from '../../../scripts/testnet/cluster.mjs'
import { verifyIndependently } from '../../../scripts/testnet/verify.mjs'
import { Coordinator, type KeyInfo } from '../src/index.js'
import { startProcessCluster, type ProcessCluster } from './process-cluster.js'

// short round deadlines: a killed party is noticed in seconds
const ENV = { THRESH_ROUND_TIMEOUT_MS: '3000' }
const TIMEOUTS = { roundMs: 3000, signMs: 30_000, queryMs: 5_000 }

let net: ProcessCluster
let c: Coordinator
const member = (i: number) => net.cluster.members[i]!
const peer = (i: number): string => member(i).peerId
const tally = { killed: 0, rounds: new Set<string>(), keys: new Set<string>(), signedAfter: new Set<string>() }

beforeAll(async () => {
  net = await startProcessCluster('lifecycle-faults', { nodes: 3, spare: 1, env: ENV, timeouts: TIMEOUTS })
  c = net.c
  const spare = startNode(member(3), { env: ENV })
  net.children[3] = spare
  await waitReady(member(3), spare)
}, 120_000)

afterAll(async () => {
  await net?.stop()
  // the closing note's counts
  const lost = [...tally.keys].filter((k) => !tally.signedAfter.has(k))
  console.log(`lifecycle fault suite: ${tally.killed} operations killed, points covered: ${[...tally.rounds].sort().join(', ')}; keys: ${tally.keys.size}, lost: ${lost.length}`)
})

/** Restarts node i, with `failpoint` armed (or none). */
async function restart(i: number, failpoint?: string): Promise<ChildProcess> {
  const old = net.children[i]!
  if (old.exitCode === null && old.signalCode === null) {
    old.kill('SIGTERM')
    await once(old, 'exit')
  }
  const child = startNode(member(i), { env: { ...ENV, ...(failpoint ? { THRESH_FAILPOINT: failpoint } : {}) } })
  net.children[i] = child
  await waitReady(member(i), child, 30_000, 1)
  return child
}

/** What every node in `nodes` holds of the key: one active epoch, nothing pending. */
async function settled(key: KeyInfo, holders: readonly number[], gone: readonly number[] = []): Promise<void> {
  const listed = await c.listKeys()
  const entry = listed.find((k) => k.keyId === key.keyId)
  expect(entry?.holders.sort()).toEqual(holders.map(peer).sort())
  for (const i of [...holders, ...gone]) {
    const status = await keyStatus(c, key.keyId, peer(i))
    if (gone.includes(i)) expect(status).toEqual({ kind: 'keyStatus' })
    else {
      expect(status.active?.epoch).toBe(key.epoch)
      expect(status.pending).toBeUndefined()
    }
  }
}

async function keyStatus(coordinator: Coordinator, keyId: string, peerId: string) {
  // the SDK's fan-out, as prepareChange uses it (test access to the wire)
  const host = (coordinator as unknown as { lifecycleHost: { fanOut: Function } }).lifecycleHost
  const gathered = await host.fanOut([peerId], { kind: 'keyStatus', keyId }, { timeoutMs: 5_000, judge: () => 'ok' })
  return gathered.outcomes[0]!.response
}

async function signsWith(key: KeyInfo, signers: number[]): Promise<void> {
  const message = new TextEncoder().encode(`after ${key.epoch}`)
  const sig = await c.sign({ keyId: key.keyId, message, hash: 'sha256', signers: signers.map(peer), strict: true })
  expect(await verifyIndependently('ecdsa', key.groupPublicKey, message, sig)).toBe(true)
  tally.signedAfter.add(key.keyId)
}

let serial = 0
async function freshKey(): Promise<KeyInfo> {
  const key = await c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: `fault-${++serial}`, parties: [peer(0), peer(1), peer(2)] })
  tally.keys.add(key.keyId)
  return key
}

/** Runs `operation` with node `victim` armed at `failpoint`: it must die there; then the retried operation completes. */
async function killedAt(failpoint: string, victim: number, operation: () => Promise<KeyInfo>): Promise<KeyInfo> {
  const child = await restart(victim, failpoint)
  const died = once(child, 'exit')
  await expect(operation()).rejects.toThrow()
  const [, signal] = await died
  expect(signal).toBe('SIGKILL') // it reached the failpoint
  tally.killed++
  tally.rounds.add(failpoint)
  await restart(victim)
  return operation()
}

describe('refresh: a party killed at every point', () => {
  it.each([
    'session:reshare:1', 'session:reshare:2', 'session:reshare:3',
    'session:dkls-setup:1', 'session:dkls-setup:2',
    'lifecycle:stored', 'commit:before', 'commit:after',
  ])('%s', async (failpoint) => {
    const key = await freshKey()
    const refreshed = await killedAt(failpoint, 1, () => c.refresh(key.keyId))
    expect(refreshed).toMatchObject({ epoch: 1, groupPublicKey: key.groupPublicKey, parties: key.parties })
    await settled(refreshed, [0, 1, 2])
    await signsWith(refreshed, [0, 1])
  }, 120_000)
})

describe('reshare 2-of-3 -> 2-of-3 replacing node 3 by node 4: a party killed at every point', () => {
  it.each([
    // the leaving dealer
    ['session:reshare:1', 2], ['session:reshare:2', 2], ['session:reshare:3', 2], ['commit:before', 2], ['commit:after', 2],
    // the joining party
    ['session:dkls-setup:1', 3], ['session:dkls-setup:2', 3], ['lifecycle:stored', 3],
  ] as const)('%s (node %i)', async (failpoint, victim) => {
    const key = await freshKey()
    const parties = [peer(0), peer(1), peer(3)]
    const reshared = await killedAt(`${failpoint}`, victim, () => c.reshare(key.keyId, { parties, threshold: 2, dealers: [peer(0), peer(2)] }))
    expect(reshared).toMatchObject({ epoch: 1, groupPublicKey: key.groupPublicKey, parties })
    await settled(reshared, [0, 1, 3], [2])
    await signsWith(reshared, [1, 3])
  }, 120_000)
})

describe('the coordinator dies', () => {
  const another = () => Coordinator.connect({ nodes: net.cluster.nodes, identity: net.cluster.coordinator.identityFile, keys: [...c.pinnedKeys()], timeouts: TIMEOUTS })

  it('during the first phase (its connections close mid-round): a new coordinator refreshes the key', async () => {
    const key = await freshKey()
    const doomed = await another()
    const attempt = doomed.prepareChange(key.keyId, { kind: 'refresh' }).catch((e: unknown) => e)
    await new Promise((r) => setTimeout(r, 150))
    await doomed.close()
    expect(await attempt).toBeInstanceOf(Error)
    tally.killed++
    tally.rounds.add('coordinator:phase-1')
    const refreshed = await c.refresh(key.keyId)
    expect(refreshed.epoch).toBe(1)
    await settled(refreshed, [0, 1, 2])
    await signsWith(refreshed, [0, 2])
  }, 120_000)

  it('between the phases: the pending epochs are replaced by the next attempt', async () => {
    const key = await freshKey()
    const doomed = await another()
    const prepared = await doomed.prepareChange(key.keyId, { kind: 'reshare', parties: [peer(0), peer(1), peer(3)], threshold: 2 })
    expect(prepared.key.epoch).toBe(1)
    await doomed.close()
    tally.killed++
    tally.rounds.add('coordinator:between-phases')
    const refreshed = await c.refresh(key.keyId)
    expect(refreshed).toMatchObject({ epoch: 1, parties: key.parties })
    await settled(refreshed, [0, 1, 2])
    await signsWith(refreshed, [1, 2])
  }, 120_000)

  it('after committing at some parties: the next operation on the key commits that attempt first', async () => {
    const key = await freshKey()
    const prepared = await c.prepareChange(key.keyId, { kind: 'refresh' })
    // the commit reaches node 1 only (what a coordinator dying mid-commit leaves)
    const host = (c as unknown as { lifecycleHost: { fanOut: Function } }).lifecycleHost
    await host.fanOut([peer(0)], { kind: 'commitKey', keyId: key.keyId, groupPublicKey: key.groupPublicKey, nonce: prepared.nonce }, { timeoutMs: 5_000, judge: () => 'ok' })
    tally.killed++
    tally.rounds.add('coordinator:mid-commit')
    const fresh = await another() // the restarted application, with its stored (epoch 0) pin
    try {
      const refreshed = await fresh.refresh(key.keyId)
      expect(refreshed).toMatchObject({ epoch: 1, publicShares: prepared.key.publicShares })
      const message = new TextEncoder().encode('after the interrupted commit')
      const sig = await fresh.sign({ keyId: key.keyId, message, hash: 'sha256' })
      expect(await verifyIndependently('ecdsa', key.groupPublicKey, message, sig)).toBe(true)
      tally.signedAfter.add(key.keyId)
    } finally {
      await fresh.close()
    }
    await settled({ ...prepared.key }, [0, 1, 2])
  }, 120_000)
})
