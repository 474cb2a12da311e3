// Threshold ML-DSA-44 over the network (issue 18): five `thresh-node` processes on
// 127.0.0.1 (the built CLI), a 3-of-5 key from the distributed keygen, one signature at a
// time through the SDK. A sample is a whole signature as the application sees it: the
// coordinator's attempts (about half end in an honest rejection and run again with a
// fresh session), its Combine, and @noble/post-quantum's verification.
//   net-mldsa44-sign-3of5   latency; median = p50 (target <= 400 ms); mean attempts per signature
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Coordinator } from '@thresh/coordinator'
import { prepareCluster, startNode, stopProcesses, waitReady } from '../testnet/cluster.mjs'

const NAME = 'net-mldsa44-sign-3of5'
const SIGNATURES = 40

export async function run(bench) {
  if (!bench.wanted(NAME)) return
  const dir = await mkdtemp(join(tmpdir(), 'thresh-bench-mldsa-'))
  const children = []
  let coordinator
  try {
    const cluster = await prepareCluster({ dir: join(dir, 'net'), nodes: 5 })
    for (const m of cluster.members) children.push(startNode(m))
    await Promise.all(cluster.members.map((m, i) => waitReady(m, children[i], 30_000, 4)))
    coordinator = await Coordinator.connect({ nodes: cluster.nodes, identity: cluster.coordinator.identityFile })
    const key = await coordinator.keygen({ scheme: 'ml-dsa-44', threshold: 3, keyId: 'bench-mldsa' })
    const attempts = []
    const sign = async (i) => {
      const sig = await coordinator.sign({ keyId: key.keyId, message: new TextEncoder().encode(`bench ${i}`) })
      attempts.push(sig.failedAttempts.length + 1)
    }
    await bench.measure(NAME, { runs: SIGNATURES, warmup: 3, extra: { nodes: 5, scheme: 'ml-dsa-44', transport: 'libp2p tcp loopback' } }, sign)
    const timed = attempts.slice(-SIGNATURES) // the warmup's are first
    const mean = timed.reduce((a, b) => a + b, 0) / timed.length
    process.stderr.write(`  ${NAME}: ${mean.toFixed(2)} attempts per signature\n`)
  } finally {
    await coordinator?.close()
    await stopProcesses(children)
    await rm(dir, { recursive: true, force: true })
  }
}
