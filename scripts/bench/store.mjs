// Keystore benchmarks: store-open (scrypt at the default N=2^17, r=8, p=1 included),
// store-put (one fsynced share write) and store-get (read + authenticate + decrypt).
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { KeyStore } from '@thresh/store'

const PASS = 'benchmark passphrase'
const META = { scheme: 'ecdsa', threshold: 2, parties: [1, 2, 3], self: 1, groupPublicKey: '02' + 'ab'.repeat(32) }
const STORED = 200

export async function run(bench) {
  if (!['store-open', 'store-put', 'store-get'].some((name) => bench.wanted(name))) return
  const dir = await mkdtemp(join(tmpdir(), 'thresh-bench-store-'))
  try {
    const path = join(dir, 'store')
    const store = await KeyStore.create(path, PASS)
    await store.batch(Array.from({ length: STORED }, (_, i) => ({ type: 'putShare', keyId: `key-${i}`, share: share() })))
    await store.close()

    await bench.measure('store-open', { runs: 5, warmup: 1 }, async () => (await KeyStore.open(path, PASS)).close())

    const open = await KeyStore.open(path, PASS)
    try {
      await timedOps(bench, 'store-put', 300, (i) => open.putShare(`put-${i}`, share()))
      await timedOps(bench, 'store-get', 3000, async (i) => (await open.getShare(`key-${i % STORED}`)).secret.fill(0))
    } finally {
      await open.close()
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function share() {
  return { meta: META, secret: new Uint8Array(randomBytes(32)) }
}

/** Runs `op` `count` times in sequence; per-op samples plus overall throughput. */
async function timedOps(bench, name, count, op) {
  if (!bench.wanted(name)) return
  const samples = []
  const start = performance.now()
  for (let i = 0; i < count; i++) {
    const t0 = performance.now()
    await op(i)
    samples.push(performance.now() - t0)
  }
  const seconds = (performance.now() - start) / 1000
  bench.record(name, samples, { ops_per_s: Math.round(count / seconds) })
}
