// Large committees and links with latency (issue 14, items 3 and 4).
// In one process (every party on this machine's CPU, messages through the simulator):
//   ecdsa-keygen-{t}of{n}, ecdsa-sign-{t}of{n}, frost-sign-secp256k1-{t}of{n}
//   for n in 3, 5, 9, 16, 32 with t = floor(n/2)+1, and t = n for n <= 9 (the 2of3 and
//   3of5 rows already in ecdsa.mjs and frost.mjs are not repeated)
// Over real node processes on loopback:
//   net-ecdsa-sign-9of16, net-frost-sign-17of32 (and the keygens they need, one sample each)
// Over real node processes with a netem proxy (scripts/netem) on every link, each link
// delaying each direction by RTT/2:
//   net-ecdsa-keygen-2of3-rtt{10,50,150}, net-ecdsa-sign-2of3-rtt{10,50,150}, net-frost-sign-2of3-rtt{50,150}
//   Each row gives its floor: (protocol rounds + 2) x RTT/2 (the request's way to the
//   signers, one one-way trip per round, the answer's way back), and the target
//   rounds x RTT + 15 ms.
// Sizes and runs are small: the machine is shared. WAN_SCALE_MAX (default 32) caps n.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Coordinator } from '@thresh/coordinator'
import { prepareCluster, startNode, stopProcesses, waitReady } from '../testnet/cluster.mjs'
import { meshCluster } from '../netem/mesh.mjs'
import { keygen as ecdsaKeygen, sign as ecdsaSign } from './ecdsa.mjs'
import { dkg as frostDkg, sign as frostSign } from './frost.mjs'

const SCALE_MAX = Number(process.env.WAN_SCALE_MAX ?? 32)
const SHAPES = [3, 5, 9, 16, 32].filter((n) => n <= SCALE_MAX).flatMap((n) => {
  const t = Math.floor(n / 2) + 1
  return n <= 9 && t !== n ? [[t, n], [n, n]] : [[t, n]]
})
/** Rows ecdsa.mjs and frost.mjs already measure. */
const ELSEWHERE = new Set(['ecdsa-keygen-2of3', 'ecdsa-sign-2of3', 'ecdsa-sign-3of5', 'frost-sign-secp256k1-2of3', 'frost-sign-secp256k1-3of5'])
/** Fewer samples as n grows: an ECDSA keygen of 32 parties is over a minute of CPU here. */
const runsFor = (n, small) => (n <= 5 ? small : n <= 9 ? Math.max(2, small / 4) : n <= 16 ? Math.max(1, small / 10) : Math.max(1, small / 20))

const RTTS = [10, 50, 150]
const ROUNDS = { ecdsa: 3, frost: 2 }
const RTT_SIGNATURES = 20
const NET_SCALE = [
  { name: 'net-ecdsa-sign-9of16', scheme: 'ecdsa', t: 9, n: 16 },
  { name: 'net-frost-sign-17of32', scheme: 'frost-secp256k1', t: 17, n: 32 },
]
const NET_SCALE_SIGNATURES = 10

const range = (n) => Array.from({ length: n }, (_, i) => i + 1)

export async function run(bench) {
  await inProcess(bench)
  await overLatency(bench)
  for (const c of NET_SCALE) if (c.n <= SCALE_MAX && bench.wanted(c.name)) await netScale(bench, c)
}

async function inProcess(bench) {
  for (const [t, n] of SHAPES) {
    const extra = { parties: n, threshold: t, signers: t }
    const keygenName = `ecdsa-keygen-${t}of${n}`
    const signName = `ecdsa-sign-${t}of${n}`
    const frostName = `frost-sign-secp256k1-${t}of${n}`
    let keys
    if (!ELSEWHERE.has(keygenName)) {
      await bench.measure(keygenName, { runs: runsFor(n, 3), warmup: 0, extra }, () => (keys = ecdsaKeygen(t, n)))
    }
    if (!ELSEWHERE.has(signName) && bench.wanted(signName)) {
      keys ??= ecdsaKeygen(t, n)
      const bytes = ecdsaSign(keys, range(t))
      await bench.measure(signName, { runs: runsFor(n, 20), warmup: 1, extra: { ...extra, bytes_per_signature: bytes } }, () => ecdsaSign(keys, range(t)))
    }
    if (!ELSEWHERE.has(frostName) && bench.wanted(frostName)) {
      const shares = frostDkg('frost-secp256k1', t, n, `bench-wan-${t}of${n}`)
      await bench.measure(frostName, { runs: runsFor(n, 40), warmup: 2, extra }, (i) => frostSign(shares, range(t), new TextEncoder().encode(`message ${i}`)))
    }
  }
}

/** Three nodes, a proxy on every link; the same cluster at each RTT in turn. */
async function overLatency(bench) {
  const names = RTTS.flatMap((r) => [`net-ecdsa-keygen-2of3-rtt${r}`, `net-ecdsa-sign-2of3-rtt${r}`, `net-frost-sign-2of3-rtt${r}`])
  if (!names.some((n) => bench.wanted(n))) return
  await withCluster(3, { mesh: true }, async ({ coordinator, mesh }) => {
    const base = { nodes: 3, transport: 'libp2p tcp via netem proxy' }
    for (const rtt of RTTS) {
      mesh.setAll({ delayMs: rtt / 2 })
      const at = { ...base, rtt_ms: rtt }
      const floor = (rounds) => ({ rounds, floor_ms: ((rounds + 2) * rtt) / 2, target_ms: rounds * rtt + 15 })
      let key
      await bench.measure(`net-ecdsa-keygen-2of3-rtt${rtt}`, { runs: 3, warmup: 0, extra: { ...at, scheme: 'ecdsa' } }, async (i) => {
        key = await coordinator.keygen({ scheme: 'ecdsa', threshold: 2, keyId: `wan-ecdsa-${rtt}-${i}` })
      })
      key ??= await coordinator.keygen({ scheme: 'ecdsa', threshold: 2, keyId: `wan-ecdsa-${rtt}` })
      await bench.measure(`net-ecdsa-sign-2of3-rtt${rtt}`, { runs: RTT_SIGNATURES, warmup: 2, extra: { ...at, scheme: 'ecdsa', ...floor(ROUNDS.ecdsa) } }, (i) =>
        coordinator.signDigest({ keyId: key.keyId, digest: digest(i) }))
      if (rtt !== 10 && bench.wanted(`net-frost-sign-2of3-rtt${rtt}`)) {
        const fkey = await coordinator.keygen({ scheme: 'frost-secp256k1', threshold: 2, keyId: `wan-frost-${rtt}` })
        await bench.measure(`net-frost-sign-2of3-rtt${rtt}`, { runs: RTT_SIGNATURES, warmup: 2, extra: { ...at, scheme: 'frost-secp256k1', ...floor(ROUNDS.frost) } }, (i) =>
          coordinator.sign({ keyId: fkey.keyId, message: new TextEncoder().encode(`wan ${i}`) }))
      }
    }
    // every byte went through the proxies (nothing took a direct path)
    if (mesh.bytes() === 0) throw new Error('no traffic went through the netem proxies')
  })
}

/** `n` nodes on loopback, one key of threshold `t` over all of them, signatures by `t`. */
async function netScale(bench, { name, scheme, t, n }) {
  await withCluster(n, {}, async ({ coordinator }) => {
    const extra = { nodes: n, threshold: t, scheme, transport: 'libp2p tcp loopback' }
    let key
    const t0 = performance.now()
    key = await coordinator.keygen({ scheme, threshold: t, keyId: `wan-${name}` })
    bench.record(name.replace('-sign-', '-keygen-'), [performance.now() - t0], extra)
    const sign = scheme === 'ecdsa'
      ? (i) => coordinator.signDigest({ keyId: key.keyId, digest: digest(i) })
      : (i) => coordinator.sign({ keyId: key.keyId, message: new TextEncoder().encode(`wan ${i}`) })
    await bench.measure(name, { runs: NET_SCALE_SIGNATURES, warmup: 1, extra: { ...extra, signers: t } }, sign)
  })
}

/**
 * Starts `n` node processes (behind a netem mesh with `mesh`), connects an SDK and runs
 * `body`; stops everything after. Keygen and sign deadlines are the SDK's defaults.
 */
async function withCluster(n, { mesh: wantMesh = false }, body) {
  const dir = await mkdtemp(join(tmpdir(), 'thresh-bench-wan-'))
  const children = []
  let coordinator
  let mesh
  try {
    const cluster = await prepareCluster({ dir: join(dir, 'net'), nodes: n, logLevel: 'warn' })
    if (n > 3) await allowLocalBursts(cluster, n)
    if (wantMesh) mesh = await meshCluster(cluster)
    for (const m of cluster.members) children.push(startNode(m))
    await Promise.all(cluster.members.map((m, i) => waitReady(m, children[i], 30_000 + n * 3_000)))
    coordinator = await Coordinator.connect({ nodes: cluster.nodes, identity: cluster.coordinator.identityFile })
    await body({ cluster, coordinator, mesh, children })
  } finally {
    await coordinator?.close()
    await stopProcesses(children)
    await mesh?.close()
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * Every node here dials from 127.0.0.1, so the nodes' inbound limit of new connections per
 * second per address (5 by default) counts the whole committee as one remote: with 16 or 32
 * nodes starting at once, handshakes were refused and the SDK found nodes unreachable.
 * Allows n per second, as n machines with their own addresses would get.
 */
async function allowLocalBursts(cluster, n) {
  for (const m of cluster.members) {
    const config = JSON.parse(await readFile(m.configFile, 'utf8'))
    config.inbound = { ...config.inbound, connectionsPerSecond: 2 * n }
    // n processes share this machine's two cores: each gets ~2/n of a core, so a DKLs23 setup
    // round (n − 1 pairwise base OTs per party) can outlast the default 10 s deadline here
    config.sessions = { ...config.sessions, roundTimeoutMs: Math.max(10_000, 2_000 * n) }
    await writeFile(m.configFile, JSON.stringify(config, null, 2) + '\n')
  }
}

function digest(i) {
  const d = new Uint8Array(32)
  new DataView(d.buffer).setUint32(0, i >>> 0)
  d[31] = 0x77
  return d
}
