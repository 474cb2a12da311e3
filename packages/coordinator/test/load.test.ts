// Load against three real thresh-node processes: 100 ECDSA keygens started at once all
// succeed (before: the nodes' libp2p connection monitor cut busy links and the SDK opened
// more streams than a connection takes; 60 at once failed 60 of 60).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareCluster, startNode, stopProcesses, waitReady } from '../../../scripts/testnet/cluster.mjs'
import { Coordinator } from '../src/index.js'

let dir: string
let children: ChildProcess[]
let c: Coordinator

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thresh-load-'))
  const cluster = await prepareCluster({ dir: join(dir, 'net'), nodes: 3, logLevel: 'warn' })
  children = cluster.members.map((m: unknown) => startNode(m))
  await Promise.all(cluster.members.map((m: unknown, i: number) => waitReady(m, children[i])))
  c = await Coordinator.connect({ nodes: cluster.nodes, identity: cluster.coordinator.identityFile })
}, 120_000)

afterAll(async () => {
  await c?.close()
  await stopProcesses(children ?? [])
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('load on three node processes', () => {
  it('100 ECDSA keygens started at once all succeed, and every key signs', async () => {
    const keys = await Promise.all(Array.from({ length: 100 }, (_, k) => c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: `load-${k}` })))
    expect(new Set(keys.map((k) => k.keyId)).size).toBe(100)
    const digest = new Uint8Array(32).fill(0x42)
    const sigs = await Promise.all(keys.map((key) => c.signDigest({ keyId: key.keyId, digest })))
    sigs.forEach((sig, k) => {
      expect(secp256k1.verify(sig.signature, digest, keys[k]!.groupPublicKey, { prehash: false })).toBe(true)
    })
  }, 240_000)
})
