// Policy enforcement over the network (issue 13): three `thresh-node` processes with the
// testnet's demo policy (scripts/testnet/policy-act.mjs) plus a velocity limit, one
// DKLs23 signature of a typed EIP-1559 transfer (0.01 ETH to an allowlisted address) at a
// time. Every node decodes the transaction, evaluates its policy (rules, velocity over its
// growing ledger) and writes the ledger entry and request id to its keystore before the
// session; the SDK verifies every signature.
//   net-ecdsa-sign-policy-2of3   with the policy; extra: the same signature on a second
//                                cluster without a policy, samples interleaved with the
//                                policy ones (baseline_median_ms, added_median_ms)
// Target (issue 13): policy and audit add <= 2 ms p50 over net-ecdsa-sign-2of3. Every node
// writes its audit log (it has no off switch), the baseline cluster's too: added_median_ms
// is the policy's share; the audit's is one durable append (audit-append, bench/audit.mjs).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Coordinator } from '@thresh/coordinator'
import { parseEther, parseGwei, serializeTransaction } from 'viem'
import { prepareCluster, startNode, stopProcesses, waitReady } from '../testnet/cluster.mjs'
import { ALLOWLIST, configurePolicy, demoApprovers, demoPolicy } from '../testnet/policy-act.mjs'

const NAME = 'net-ecdsa-sign-policy-2of3'
const SIGNATURES = 200
const WARMUP = 10

export async function run(bench) {
  if (!bench.wanted(NAME)) return
  const policy = { ...demoPolicy(demoApprovers()), limits: [{ id: 'eth-daily', chain: 'eip155:1', per: 'key', windowSeconds: 86_400, max: parseEther('100000').toString() }] }
  const clusters = []
  try {
    clusters.push(await startCluster(undefined), await startCluster(policy))
    const [plain, ruled] = clusters
    for (let i = 0; i < WARMUP; i++) { await plain.sign(-1 - i); await ruled.sign(-1 - i) }
    // interleaved, so both see the same machine load
    const baseline = []
    const samples = []
    for (let i = 0; i < SIGNATURES; i++) {
      for (const [cluster, into] of i % 2 === 0 ? [[plain, baseline], [ruled, samples]] : [[ruled, samples], [plain, baseline]]) {
        const t0 = performance.now()
        await cluster.sign(i)
        into.push(performance.now() - t0)
      }
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length / 2) - 1]
    const round = (x) => Math.round(x * 1000) / 1000
    bench.record(NAME, samples, {
      nodes: 3, transport: 'libp2p tcp loopback', scheme: 'ecdsa', payload: 'evm-tx eip1559', rules: policy.rules.length, limits: 1,
      baseline_median_ms: round(median(baseline)), added_median_ms: round(median(samples) - median(baseline)),
    })
  } finally {
    for (const cluster of clusters) await cluster.stop()
  }
}

/** A fresh 3-node cluster with `policy` configured on every node (or none), an ECDSA key, and a signer of transfer(i). */
async function startCluster(policy) {
  const dir = await mkdtemp(join(tmpdir(), 'thresh-bench-policy-'))
  const children = []
  let c
  const stop = async () => {
    await c?.close()
    await stopProcesses(children)
    await rm(dir, { recursive: true, force: true })
  }
  try {
    const cluster = await prepareCluster({ dir: join(dir, 'net'), nodes: 3, logLevel: 'warn' })
    if (policy) await configurePolicy(cluster.members, policy)
    for (const m of cluster.members) children.push(startNode(m))
    await Promise.all(cluster.members.map((m, i) => waitReady(m, children[i])))
    c = await Coordinator.connect({ nodes: cluster.nodes, identity: cluster.coordinator.identityFile })
    const key = await c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'bench-policy' })
    return { sign: (i) => c.sign({ keyId: key.keyId, payload: { kind: 'evm-tx', data: transfer(i) } }), stop }
  } catch (err) {
    await stop()
    throw err
  }
}

function transfer(i) {
  return serializeTransaction({
    type: 'eip1559', chainId: 1, nonce: i + 100, to: ALLOWLIST[0], value: parseEther('0.01'),
    gas: 21_000n, maxFeePerGas: parseGwei('20'), maxPriorityFeePerGas: parseGwei('1'),
  })
}
