// Soak mode of the benchmark runner: `node scripts/bench.mjs --soak [--minutes M]` (default 10).
// Three `thresh-node` processes on loopback and one DKLs23 2-of-3 key; IN_FLIGHT workers
// sign distinct digests back to back (the SDK verifies every signature before it counts)
// until the time is up. Every minute it prints the signatures per second, p50/p99 latency,
// failures and each node's resident set size (VmRSS from /proc); at the end, the whole run
// and each node's RSS growth from the first minute to the last. Bounded: workers stop at the
// deadline and a watchdog ends the process if stopping takes more than two minutes.
import { readFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Coordinator } from '@thresh/coordinator'
import { prepareCluster, startNode, stopProcesses, waitReady } from '../testnet/cluster.mjs'

const IN_FLIGHT = 8
const MINUTE_MS = 60_000

/** @param {string[]} argv the runner's arguments (--soak, --minutes M) */
export async function soak(argv) {
  const minutes = minutesFrom(argv)
  const dir = await mkdtemp(join(tmpdir(), 'thresh-soak-'))
  const children = []
  let coordinator
  const watchdog = setTimeout(() => {
    process.stderr.write('soak: did not stop in time, exiting\n')
    process.exit(2)
  }, minutes * MINUTE_MS + 2 * MINUTE_MS + 60_000)
  watchdog.unref()
  try {
    const cluster = await prepareCluster({ dir: join(dir, 'net'), nodes: 3, logLevel: 'warn' })
    for (const m of cluster.members) children.push(startNode(m))
    await Promise.all(cluster.members.map((m, i) => waitReady(m, children[i])))
    coordinator = await Coordinator.connect({ nodes: cluster.nodes, identity: cluster.coordinator.identityFile })
    const key = await coordinator.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'soak-ecdsa' })
    const names = cluster.members.map((m) => m.name)
    process.stderr.write(`soak: ${minutes} min, ${IN_FLIGHT} ECDSA 2-of-3 signatures in flight against ${names.length} node processes\n`)

    const start = performance.now()
    const end = start + minutes * MINUTE_MS
    /** @type {{ done: number, ms: number, ok: boolean }[]} */
    const samples = []
    const rows = []
    let next = 0
    const workers = Array.from({ length: IN_FLIGHT }, async () => {
      while (performance.now() < end) {
        const i = next++
        const t0 = performance.now()
        let ok = true
        try {
          await coordinator.signDigest({ keyId: key.keyId, digest: digest(i) })
        } catch {
          ok = false
        }
        const done = performance.now()
        samples.push({ done, ms: done - t0, ok })
      }
    })
    const reporter = (async () => {
      for (let minute = 1; minute <= minutes; minute++) {
        await sleepUntil(Math.min(end, start + minute * MINUTE_MS))
        const from = start + (minute - 1) * MINUTE_MS
        const row = summarize(`minute ${minute}`, samples.filter((s) => s.done >= from && s.done < from + MINUTE_MS), MINUTE_MS / 1000)
        row.rss_mb = await Promise.all(children.map((c) => rssMb(c.pid)))
        rows.push(row)
        process.stderr.write(`  ${line(row, names)}\n`)
      }
    })()
    await Promise.all([...workers, reporter])
    const total = summarize('whole run', samples, (performance.now() - start) / 1000)
    total.rss_mb = rows.at(-1).rss_mb
    const growth = names.map((n, i) => `${n} ${signed(rows.at(-1).rss_mb[i] - rows[0].rss_mb[i])} MB`)
    console.log(['soak summary (ECDSA 2-of-3, 3 node processes on loopback, 8 in flight)', ...rows.map((r) => line(r, names)), line(total, names), `RSS growth, first minute to last: ${growth.join(', ')}`].join('\n'))
    return { rows, total }
  } finally {
    clearTimeout(watchdog)
    await coordinator?.close()
    await stopProcesses(children)
    await rm(dir, { recursive: true, force: true })
  }
}

function minutesFrom(argv) {
  const i = argv.indexOf('--minutes')
  if (i === -1) return 10
  const m = Number(argv[i + 1])
  if (!Number.isInteger(m) || m < 1 || m > 24 * 60) throw new RangeError(`--minutes must be an integer from 1 to 1440, got ${argv[i + 1]}`)
  return m
}

function summarize(label, samples, seconds) {
  const ok = samples.filter((s) => s.ok).map((s) => s.ms).sort((a, b) => a - b)
  const q = (p) => (ok.length === 0 ? NaN : Math.round(ok[Math.min(ok.length - 1, Math.ceil(p * ok.length) - 1)] * 10) / 10)
  return { label, signatures: ok.length, failures: samples.length - ok.length, per_s: Math.round((ok.length / seconds) * 10) / 10, p50_ms: q(0.5), p99_ms: q(0.99) }
}

function line(r, names) {
  const rss = r.rss_mb.map((mb, i) => `${names[i]} ${mb} MB`).join(', ')
  return `${r.label}: ${r.signatures} signatures (${r.per_s}/s), ${r.failures} failed, p50 ${r.p50_ms} ms, p99 ${r.p99_ms} ms; RSS ${rss}`
}

/** A process's resident set size in MB (VmRSS), from /proc. */
async function rssMb(pid) {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1])
    return Math.round(kb / 1024)
  } catch {
    return NaN // exited
  }
}

const signed = (x) => (x >= 0 ? `+${x}` : String(x))
const sleepUntil = (t) => new Promise((r) => setTimeout(r, Math.max(0, t - performance.now())))

function digest(i) {
  const d = new Uint8Array(32)
  new DataView(d.buffer).setUint32(0, i >>> 0)
  d[31] = 0x50
  return d
}
