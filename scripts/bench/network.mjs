// Network benchmarks: three `thresh-node` processes on 127.0.0.1 (the built CLI) driven
// by the coordinator SDK, every signature verified by the SDK before it counts.
//   net-ecdsa-sign-2of3        one DKLs23 signature at a time: latency
//   net-frost-sign-2of3        one FROST(secp256k1) signature at a time: latency
//   net-ecdsa-sign-evm-tx-2of3 one DKLs23 signature of a typed evm-tx payload at m/0/1: every node decodes
//                              the transaction, hashes it and derives the BIP32 tweak itself (next to net-ecdsa-sign-2of3)
//   net-ecdsa-online-2of3      one DKLs23 signature at a time with a presignature made ahead (presign()): the
//                              online step only, one request per signer (next to net-ecdsa-sign-2of3)
//   net-frost-online-2of3      one FROST(secp256k1) signature at a time with nonce commitments made ahead
//                              (presign()): the online step only, one request per signer (next to net-frost-sign-2of3)
//   net-ecdsa-throughput-2of3  8 ECDSA requests in flight: signatures per second
//   net-keygen-ecdsa-concurrent-100  100 ECDSA keygens at once: wall time, failures (must be 0), the nodes' largest event-loop stall
//   net-ecdsa-sign-inflight-100      100 ECDSA signatures at once: throughput, p50/p99, failures
//   net-ecdsa-sign-2of3-one-frozen   one signature at a time while node 2 is SIGSTOPped (hedged signing, hedgeMs 300)
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Coordinator } from '@thresh/coordinator'
import { hexToBytes, serializeTransaction } from 'viem'
import { cpuMsOf } from './support/cpu.mjs'
import { prepareCluster, signalGroup, startNode, stopProcesses, waitReady } from '../testnet/cluster.mjs'

const SIGNATURES = 200
const WARMUP = 10
const IN_FLIGHT = 8
const THROUGHPUT_SIGNATURES = 400

const CASES = ['net-ecdsa-sign-2of3', 'net-ecdsa-online-2of3', 'net-frost-online-2of3', 'net-ecdsa-sign-evm-tx-2of3', 'net-frost-sign-2of3', 'net-frost-throughput-2of3', 'net-ecdsa-throughput-2of3', 'net-keygen-ecdsa-concurrent-100', 'net-ecdsa-sign-inflight-100', 'net-ecdsa-sign-2of3-one-frozen']
const FROZEN_SIGNATURES = 40
const HEDGE_MS = 300
const AT_ONCE = 100

export async function run(bench) {
  if (!CASES.some((name) => bench.wanted(name))) return
  const dir = await mkdtemp(join(tmpdir(), 'thresh-bench-net-'))
  const children = []
  let coordinator
  try {
    const cluster = await prepareCluster({ dir: join(dir, 'net'), nodes: 3 })
    for (const m of cluster.members) children.push(startNode(m))
    await Promise.all(cluster.members.map((m, i) => waitReady(m, children[i])))
    coordinator = await Coordinator.connect({ nodes: cluster.nodes, identity: cluster.coordinator.identityFile })
    const extra = { nodes: 3, transport: 'libp2p tcp loopback' }

    if (bench.wanted('net-frost-sign-2of3') || bench.wanted('net-frost-throughput-2of3') || bench.wanted('net-frost-online-2of3')) {
      const key = await coordinator.keygen({ scheme: 'frost-secp256k1', threshold: 2, keyId: 'bench-frost' })
      const sign = (i) => coordinator.sign({ keyId: key.keyId, message: message(i) })
      await withCpu(children, SIGNATURES + WARMUP, () => bench.measure('net-frost-sign-2of3', { runs: SIGNATURES, warmup: WARMUP, extra: { ...extra, scheme: 'frost-secp256k1' } }, sign))
      if (bench.wanted('net-frost-online-2of3')) {
        const signers = cluster.nodes.slice(0, 2).map((n) => n.peerId)
        const signOnline = (i) => coordinator.sign({ keyId: key.keyId, message: message(4_000_000 + i), signers, strict: true })
        await online(bench, 'net-frost-online-2of3', coordinator, key, signers, signOnline, { ...extra, scheme: 'frost-secp256k1' }, children)
      }
      if (bench.wanted('net-frost-throughput-2of3')) await throughput(bench, 'net-frost-throughput-2of3', sign, { ...extra, scheme: 'frost-secp256k1' })
    }

    if (['net-ecdsa-sign-2of3', 'net-ecdsa-online-2of3', 'net-ecdsa-sign-evm-tx-2of3', 'net-ecdsa-throughput-2of3', 'net-ecdsa-sign-inflight-100', 'net-ecdsa-sign-2of3-one-frozen'].some((name) => bench.wanted(name))) {
      const key = await coordinator.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'bench-ecdsa' })
      const sign = (i) => coordinator.signDigest({ keyId: key.keyId, digest: digest(i) })
      await withCpu(children, SIGNATURES + WARMUP, () => bench.measure('net-ecdsa-sign-2of3', { runs: SIGNATURES, warmup: WARMUP, extra: { ...extra, scheme: 'ecdsa' } }, sign))
      if (bench.wanted('net-ecdsa-online-2of3')) {
        const signers = cluster.nodes.slice(0, 2).map((n) => n.peerId)
        const signOnline = (i) => coordinator.signDigest({ keyId: key.keyId, digest: digest(4_000_000 + i), signers, strict: true })
        await online(bench, 'net-ecdsa-online-2of3', coordinator, key, signers, signOnline, { ...extra, scheme: 'ecdsa' }, children)
      }
      if (bench.wanted('net-ecdsa-sign-evm-tx-2of3')) {
        const signTx = (i) => coordinator.sign({ keyId: key.keyId, payload: { kind: 'evm-tx', data: evmTx(i) }, path: 'm/0/1' })
        await bench.measure('net-ecdsa-sign-evm-tx-2of3', { runs: SIGNATURES, warmup: WARMUP, extra: { ...extra, scheme: 'ecdsa', payload: 'evm-tx eip1559', path: 'm/0/1' } }, signTx)
      }
      if (bench.wanted('net-ecdsa-throughput-2of3')) await throughput(bench, 'net-ecdsa-throughput-2of3', sign, { ...extra, scheme: 'ecdsa' })
      if (bench.wanted('net-ecdsa-sign-inflight-100')) await allAtOnce(bench, 'net-ecdsa-sign-inflight-100', sign, { ...extra, scheme: 'ecdsa' })
      if (bench.wanted('net-ecdsa-sign-2of3-one-frozen')) await oneFrozen(bench, cluster, key, children[1], { ...extra, scheme: 'ecdsa' })
    }

    if (bench.wanted('net-keygen-ecdsa-concurrent-100')) {
      const keygen = (i) => coordinator.keygen({ scheme: 'ecdsa', threshold: 2, keyId: `bench-load-${i}` })
      // how long the nodes' event loops stalled meanwhile (liveness pings, RPC answers wait that long)
      await loopLagMaxMs(cluster) // reading resets the nodes' lag histograms
      await allAtOnce(bench, 'net-keygen-ecdsa-concurrent-100', keygen, { ...extra, scheme: 'ecdsa' }, async () => ({ loop_lag_max_ms: await loopLagMaxMs(cluster) }))
    }
  } finally {
    await coordinator?.close()
    await stopProcesses(children)
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * The online step: SIGNATURES + WARMUP presignatures (FROST: nonce commitments) made
 * first (timed apart, per presignature), then `sign` by the same signers, each using one
 * of them (checked: a fallback to the full protocol fails the row).
 */
async function online(bench, name, coordinator, key, signers, sign, extra, children) {
  const count = SIGNATURES + WARMUP
  const t0 = performance.now()
  await coordinator.presign(key.keyId, { signers, count })
  const presignMs = (performance.now() - t0) / count
  const before = coordinator.presignatureStats()
  const row = await withCpu(children, count, () => bench.measure(name, { runs: SIGNATURES, warmup: WARMUP, extra: { ...extra, presign_ms_each: Math.round(presignMs * 10) / 10 } }, sign))
  const after = coordinator.presignatureStats()
  if (after.signed - before.signed !== count) throw new Error(`${name}: ${count - (after.signed - before.signed)} signatures did not use a presignature (${after.fellBack - before.fellBack} fell back)`)
  return row
}

/**
 * Runs `measure` (a bench.measure of `count` signatures, warm-up included) and adds to its
 * row the CPU time per signature of the three node processes together (utime + stime
 * from /proc, worker threads included) and of this process (the SDK): CPU time does not
 * grow with the machine's load as latency does, so it shows where the work is.
 */
async function withCpu(children, count, measure) {
  const nodesBefore = await Promise.all(children.map((c) => cpuMsOf(c.pid)))
  const sdkBefore = process.cpuUsage()
  const row = await measure()
  const sdk = process.cpuUsage(sdkBefore)
  const nodes = (await Promise.all(children.map((c) => cpuMsOf(c.pid)))).reduce((sum, ms, i) => sum + ms - nodesBefore[i], 0)
  if (row) {
    row.nodes_cpu_ms_per_sig = Math.round((nodes / count) * 10) / 10
    row.sdk_cpu_ms_per_sig = Math.round(((sdk.user + sdk.system) / 1000 / count) * 10) / 10
  }
  return row
}


/** IN_FLIGHT workers sign back to back; per-signature latency plus signatures per second overall. */
async function throughput(bench, name, sign, extra) {
  for (let i = 0; i < WARMUP; i++) await sign(-1 - i)
  const samples = []
  let next = 0
  const start = performance.now()
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
    while (next < THROUGHPUT_SIGNATURES) {
      const i = next++
      const t0 = performance.now()
      await sign(1_000_000 + i)
      samples.push(performance.now() - t0)
    }
  }))
  const seconds = (performance.now() - start) / 1000
  bench.record(name, samples, { ...extra, in_flight: IN_FLIGHT, sigs_per_s: Math.round((THROUGHPUT_SIGNATURES / seconds) * 10) / 10 })
}

/** Signatures one at a time while one of the three nodes is frozen (SIGSTOP), with hedged signing. */
async function oneFrozen(bench, cluster, key, frozen, extra) {
  const hedging = await Coordinator.connect({ nodes: cluster.nodes, identity: cluster.coordinator.identityFile, keys: [key], timeouts: { hedgeMs: HEDGE_MS } })
  signalGroup(frozen.pid, 'SIGSTOP')
  const samples = []
  let failures = 0
  try {
    for (let i = 0; i < FROZEN_SIGNATURES; i++) {
      const t0 = performance.now()
      try {
        await hedging.signDigest({ keyId: key.keyId, digest: digest(3_000_000 + i) })
        samples.push(performance.now() - t0)
      } catch {
        failures += 1
      }
    }
  } finally {
    signalGroup(frozen.pid, 'SIGCONT')
    await hedging.close()
  }
  const sorted = [...samples].sort((a, b) => a - b)
  const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)]
  bench.record('net-ecdsa-sign-2of3-one-frozen', samples, { ...extra, hedge_ms: HEDGE_MS, failures, p99_ms: Math.round((p99 ?? NaN) * 10) / 10 })
}

/** AT_ONCE requests started together (the SDK queues beyond its per-node limit): each one's latency, the wall time, failures. */
/** The largest event-loop delay any node saw since the last read (prom-client's eventloop lag max, from /metrics). */
async function loopLagMaxMs(cluster) {
  const lags = await Promise.all(cluster.members.map(async (m) => {
    const text = await (await fetch(`http://127.0.0.1:${m.httpPort}/metrics`)).text()
    const line = text.split('\n').find((l) => l.startsWith('thresh_nodejs_eventloop_lag_max_seconds '))
    return line ? Number(line.split(' ')[1]) * 1000 : NaN
  }))
  return Math.round(Math.max(...lags))
}

async function allAtOnce(bench, name, request, extra, after = async () => ({})) {
  const samples = []
  let failures = 0
  const start = performance.now()
  await Promise.all(Array.from({ length: AT_ONCE }, async (_, i) => {
    const t0 = performance.now()
    try {
      await request(2_000_000 + i)
      samples.push(performance.now() - t0)
    } catch {
      failures += 1
    }
  }))
  const seconds = (performance.now() - start) / 1000
  const sorted = [...samples].sort((a, b) => a - b)
  const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)]
  bench.record(name, samples, {
    ...extra, ...(await after()), at_once: AT_ONCE, failures, wall_s: Math.round(seconds * 10) / 10,
    per_s: Math.round(((AT_ONCE - failures) / seconds) * 10) / 10, p99_ms: Math.round((p99 ?? NaN) * 10) / 10,
  })
}

function message(i) {
  return new TextEncoder().encode(`bench message ${i}`)
}

function digest(i) {
  const d = new Uint8Array(32)
  new DataView(d.buffer).setUint32(0, i >>> 0)
  d[31] = 0x5a
  return d
}

/** A distinct unsigned EIP-1559 transfer per run (its nonce), as a wallet would send it. */
function evmTx(i) {
  return hexToBytes(serializeTransaction({
    type: 'eip1559', chainId: 1, nonce: i + 100, to: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
    value: 10n ** 15n, gas: 21_000n, maxFeePerGas: 30_000_000_000n, maxPriorityFeePerGas: 1_000_000_000n,
  }))
}
