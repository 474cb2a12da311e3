// Key-lifecycle benchmarks over the network: real `thresh-node` processes on 127.0.0.1
// (the built CLI) driven by the coordinator SDK; each operation runs both phases
// (protocol, DKLs23 setup of the new committee, commit everywhere).
//   net-refresh-ecdsa-2of3           refresh of a 2-of-3 ECDSA key (same committee)
//   net-reshare-ecdsa-2of3-to-3of4   reshare of a 2-of-3 ECDSA key to 3-of-4 (a fourth node joins)
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Coordinator } from '@thresh/coordinator'
import { prepareCluster, startNode, stopProcesses, waitReady } from '../testnet/cluster.mjs'

const CASES = ['net-refresh-ecdsa-2of3', 'net-reshare-ecdsa-2of3-to-3of4']
const RUNS = 10

export async function run(bench) {
  if (!CASES.some((name) => bench.wanted(name))) return
  const dir = await mkdtemp(join(tmpdir(), 'thresh-bench-lifecycle-'))
  const children = []
  let coordinator
  try {
    const cluster = await prepareCluster({ dir: join(dir, 'net'), nodes: 4 })
    for (const m of cluster.members) children.push(startNode(m))
    await Promise.all(cluster.members.map((m, i) => waitReady(m, children[i])))
    coordinator = await Coordinator.connect({ nodes: cluster.nodes, identity: cluster.coordinator.identityFile })
    const [a, b, c, d] = cluster.members.map((m) => m.peerId)
    const extra = { nodes: 4, transport: 'libp2p tcp loopback', scheme: 'ecdsa' }

    if (bench.wanted('net-refresh-ecdsa-2of3')) {
      const key = await coordinator.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'bench-refresh', parties: [a, b, c] })
      await bench.measure('net-refresh-ecdsa-2of3', { runs: RUNS, warmup: 1, extra }, () => coordinator.refresh(key.keyId))
    }
    if (bench.wanted('net-reshare-ecdsa-2of3-to-3of4')) {
      const samples = []
      for (let i = 0; i < RUNS; i++) {
        const key = await coordinator.keygen({ scheme: 'ecdsa', threshold: 2, keyId: `bench-reshare-${i}`, parties: [a, b, c] })
        const t0 = performance.now()
        const reshared = await coordinator.reshare(key.keyId, { parties: [a, b, c, d], threshold: 3 })
        samples.push(performance.now() - t0)
        if (reshared.epoch !== 1 || reshared.threshold !== 3) throw new Error('reshare returned another key')
      }
      bench.record('net-reshare-ecdsa-2of3-to-3of4', samples, extra)
    }
  } finally {
    await coordinator?.close()
    await stopProcesses(children)
    await rm(dir, { recursive: true, force: true })
  }
}
