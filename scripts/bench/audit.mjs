// Audit log benchmarks (issue 13, docs/policy.md "Audit log"):
//   audit-append             one entry (a signed request's record) appended and durable
//                            (fsynced) before the next: what a sign response waits for;
//                            extra ops_per_s
//   audit-append-concurrent  16 appends in flight at a time: they share a batch (group
//                            commit); extra ops_per_s
//   audit-verify             parse + verifyLog of a 100k-entry log with a checkpoint every
//                            100 entries (1000 Ed25519 checks); extra entries_per_s
import { mkdtemp, rm } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { entryLine, nextEntry, parseEntry, signCheckpoint, verifyLog } from '@thresh/audit'
import { ed25519Identity } from '@thresh/crypto'
import { AuditLog } from '@thresh/node'
import { KeyStore } from '@thresh/store'

const VERIFY_ENTRIES = 100_000
const record = (i) => ({
  caller: '12D3KooWCoordinatorPeerIdForTheBenchmark', operation: 'sign', requestId: `${i.toString(16).padStart(32, '0')}@1765000000`, keyId: 'bench-ecdsa', epoch: 0,
  payload: { kind: 'evm-tx', digestHash: 'ab'.repeat(32), digests: 1, summary: { chainId: 1, to: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', value: '10000000000000000', nonce: i } },
  policy: { enforced: true, version: 1, decision: 'allow', ruleId: 'small-transfers', reason: 'rule small-transfers allows it', approvers: [] },
  outcome: 'signed', signatureHash: 'cd'.repeat(32),
})

export async function run(bench) {
  const key = ed25519Identity(new Uint8Array(randomBytes(32)))
  if (bench.wanted('audit-append')) {
    const dir = await mkdtemp(join(tmpdir(), 'thresh-bench-audit-'))
    try {
      const store = await KeyStore.create(join(dir, 'store'), 'benchmark passphrase', { kdf: { N: 2 ** 10 } })
      const log = await AuditLog.open(store, key)
      try {
        for (let i = 0; i < 20; i++) await log.append(record(i))
        {
          const samples = []
          const start = performance.now()
          for (let i = 0; i < 500; i++) {
            const t0 = performance.now()
            await log.append(record(i))
            samples.push(performance.now() - t0)
          }
          bench.record('audit-append', samples, { ops_per_s: Math.round(500 / ((performance.now() - start) / 1000)), durable: 'fsync per batch' })
        }
        if (bench.wanted('audit-append-concurrent')) {
          const samples = []
          const start = performance.now()
          const total = 2000
          let next = 0
          await Promise.all(Array.from({ length: 16 }, async () => {
            while (next < total) {
              const i = next++
              const t0 = performance.now()
              await log.append(record(i))
              samples.push(performance.now() - t0)
            }
          }))
          bench.record('audit-append-concurrent', samples, { ops_per_s: Math.round(total / ((performance.now() - start) / 1000)), in_flight: 16 })
        }
      } finally {
        await log.close()
        await store.close()
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
  if (bench.wanted('audit-verify')) {
    const lines = []
    const checkpoints = []
    let head = null
    for (let i = 1; i <= VERIFY_ENTRIES; i++) {
      head = nextEntry(head, record(i), 1_765_000_000_000 + i)
      lines.push(entryLine(head))
      if (i % 100 === 0) checkpoints.push(signCheckpoint(key, head, head.time))
    }
    const samples = []
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now()
      const result = verifyLog(lines.map(parseEntry), checkpoints, key.publicKey)
      samples.push(performance.now() - t0)
      if (!result.ok || result.entries !== VERIFY_ENTRIES) throw new Error(`audit-verify: the log did not verify: ${JSON.stringify(result)}`)
    }
    const median = [...samples].sort((a, b) => a - b)[1]
    bench.record('audit-verify', samples, { entries: VERIFY_ENTRIES, checkpoints: checkpoints.length, entries_per_s: Math.round(VERIFY_ENTRIES / (median / 1000)) })
  }
}
