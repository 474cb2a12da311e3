// The node's audit log over a real keystore: appends are durable and serialized (one seq
// each, also when many requests finish at once), checkpoints are signed every N entries
// and at close, a reopened log continues the chain, and a failed write loses nothing it
// acknowledged.
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ed25519Identity } from '@thresh/crypto'
import { KeyStore } from '@thresh/store'
import { afterEach, describe, expect, it } from 'vitest'
import { AUDIT_LOG, AuditLog, CHECKPOINT_LOG, verifyStoredLog } from '../src/audit/log.js'

const key = ed25519Identity(new Uint8Array(randomBytes(32)))
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function store(): Promise<KeyStore> {
  const dir = await mkdtemp(join(tmpdir(), 'thresh-audit-log-'))
  dirs.push(dir)
  return KeyStore.create(join(dir, 'store'), 'pass', { kdf: { N: 2 ** 10 } })
}

const rec = (i: number) => ({ caller: 'coordinator', operation: 'sign', requestId: `r${i}`, outcome: 'signed' as const, signatureHash: 'ab'.repeat(32) })

describe('AuditLog', () => {
  it('appends one after another and all at once: seqs 1..n without gaps, each durable when it resolves', async () => {
    const s = await store()
    const log = await AuditLog.open(s, key, { checkpointEvery: 10 })
    for (let i = 1; i <= 5; i++) expect((await log.append(rec(i))).seq).toBe(i)
    const together = await Promise.all(Array.from({ length: 40 }, (_, i) => log.append(rec(100 + i))))
    expect(together.map((e) => e.seq)).toEqual(Array.from({ length: 40 }, (_, i) => 6 + i))
    // each resolved entry is on disk with the contents it was given
    const stored = await s.readLog(AUDIT_LOG)
    expect(stored.map((r) => r.seq)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1))
    expect(await verifyStoredLog(s, key.publicKey)).toMatchObject({ ok: true, entries: 45 })
    const checkpoints = (await s.readLog(CHECKPOINT_LOG)).map((r) => r.seq)
    // at the end of the batch that reaches 10 entries past the last one (a batch is never split for it)
    expect(checkpoints.length).toBeGreaterThanOrEqual(1)
    checkpoints.forEach((seq, i) => expect(seq - (checkpoints[i - 1] ?? 0)).toBeGreaterThanOrEqual(10))
    await log.close()
    await s.close()
  })

  it('signs the head at close, and a reopened log continues the chain', async () => {
    const s = await store()
    const log = await AuditLog.open(s, key, { checkpointEvery: 100 })
    for (let i = 1; i <= 3; i++) await log.append(rec(i))
    await log.close()
    await expect(log.append(rec(4))).rejects.toThrow('closed')
    expect((await s.readLog(CHECKPOINT_LOG)).map((r) => r.seq)).toEqual([3])
    const again = await AuditLog.open(s, key, { checkpointEvery: 100 })
    expect(again.last?.seq).toBe(3)
    expect((await again.append(rec(4))).seq).toBe(4)
    await again.close()
    expect(await verifyStoredLog(s, key.publicKey)).toEqual({ ok: true, entries: 4, head: { seq: 4, hash: expect.any(String) }, checkpoints: 2 })
    await s.close()
  })

  it('a failed write rejects its appends and does not advance the head', async () => {
    const s = await store()
    const log = await AuditLog.open(s, key)
    await log.append(rec(1))
    // another writer took seq 2 behind the log's back: the batch is refused as a whole
    await s.appendLog([{ log: AUDIT_LOG, seq: 2, value: new Uint8Array(Buffer.from('{}')) }])
    await expect(log.append(rec(2))).rejects.toThrow('append-only')
    expect(log.last?.seq).toBe(1)
    await s.close()
  })
})
