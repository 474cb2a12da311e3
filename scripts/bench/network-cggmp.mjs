// CGGMP over real node processes (3 nodes on loopback, libp2p TCP):
//   net-cggmp-sign-2of3    one full CGGMP signature at a time (presign 3 rounds + sign 1 round,
//                          node to node, one request): latency
//   net-cggmp-online-2of3  one signature at a time with a presignature made ahead (presign()):
//                          the online step only (σ_i from each signer, combined and verified by the SDK)
// The key is made once (DKG + aux-info, reported as keygen_ms). Hedged signing is off
// (hedgeMs 10 min) so that each sample is one signer set's session, not two racing.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createHash } from 'node:crypto'
import { Coordinator } from '@thresh/coordinator'
import { prepareCluster, startNode, stopProcesses, waitReady } from '../testnet/cluster.mjs'

const SIGNATURES = 20
const WARMUP = 2
const CASES = ['net-cggmp-sign-2of3', 'net-cggmp-online-2of3']

const digest = (i) => new Uint8Array(createHash('sha256').update(`net-cggmp ${i}`).digest())

export async function run(bench) {
  if (!CASES.some((name) => bench.wanted(name))) return
  const dir = await mkdtemp(join(tmpdir(), 'thresh-bench-net-cggmp-'))
  const children = []
  let coordinator
  try {
    const cluster = await prepareCluster({ dir: join(dir, 'net'), nodes: 3 })
    for (const m of cluster.members) children.push(startNode(m))
    await Promise.all(cluster.members.map((m, i) => waitReady(m, children[i])))
    coordinator = await Coordinator.connect({ nodes: cluster.nodes, identity: cluster.coordinator.identityFile, timeouts: { hedgeMs: 600_000 } })
    const t0 = performance.now()
    const key = await coordinator.keygen({ scheme: 'ecdsa', engine: 'cggmp', threshold: 2, keyId: 'bench-cggmp' })
    const extra = { nodes: 3, transport: 'libp2p tcp loopback', engine: 'cggmp', keygen_ms: Math.round(performance.now() - t0) }
    const signers = cluster.nodes.slice(0, 2).map((n) => n.peerId)
    if (bench.wanted('net-cggmp-sign-2of3')) {
      const sign = (i) => coordinator.signDigest({ keyId: key.keyId, digest: digest(i), signers, strict: true })
      await bench.measure('net-cggmp-sign-2of3', { runs: SIGNATURES, warmup: WARMUP, extra }, sign)
    }
    if (bench.wanted('net-cggmp-online-2of3')) {
      const count = SIGNATURES + WARMUP
      const t1 = performance.now()
      await coordinator.presign(key.keyId, { signers, count })
      const presignMs = (performance.now() - t1) / count
      const before = coordinator.presignatureStats()
      const sign = (i) => coordinator.signDigest({ keyId: key.keyId, digest: digest(1_000_000 + i), signers, strict: true })
      await bench.measure('net-cggmp-online-2of3', { runs: SIGNATURES, warmup: WARMUP, extra: { ...extra, presign_ms_each: Math.round(presignMs) } }, sign)
      const after = coordinator.presignatureStats()
      if (after.signed - before.signed !== count) throw new Error(`net-cggmp-online-2of3: ${count - (after.signed - before.signed)} signatures did not use a presignature`)
    }
  } finally {
    await coordinator?.close()
    await stopProcesses(children)
    await rm(dir, { recursive: true, force: true })
  }
}
