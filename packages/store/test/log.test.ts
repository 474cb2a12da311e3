import { describe, expect, it } from 'vitest'
import { KeyStore, LogConflictError } from '../src/index.js'
import { LOW_KDF, PASS, storePath, withRawDb } from './helpers.js'

const text = (b: Uint8Array): string => Buffer.from(b).toString('utf8')
const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s))
const values = (records: readonly ({ seq: number; value: Uint8Array } | { seq: number; error: string })[]) =>
  records.map((r) => ('value' in r ? { seq: r.seq, value: text(r.value) } : r))

describe('append-only logs', () => {
  it('appends, reads ranges in seq order and finds the last record; values are encrypted on disk', async () => {
    const path = await storePath()
    const store = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
    expect(await store.lastLog('audit')).toBeNull()
    for (let seq = 1; seq <= 12; seq++) await store.appendLog([{ log: 'audit', seq, value: bytes(`entry-${seq}`) }])
    await store.appendLog([{ log: 'audit-checkpoint', seq: 10, value: bytes('cp-10') }])
    expect(values(await store.readLog('audit', { from: 9 }))).toEqual([9, 10, 11, 12].map((seq) => ({ seq, value: `entry-${seq}` })))
    expect(values(await store.readLog('audit', { from: 2, to: 3 }))).toEqual([{ seq: 2, value: 'entry-2' }, { seq: 3, value: 'entry-3' }])
    expect((await store.readLog('audit', { limit: 2 })).map((r) => r.seq)).toEqual([1, 2])
    expect(values([(await store.lastLog('audit'))!])).toEqual([{ seq: 12, value: 'entry-12' }])
    expect(values(await store.readLog('audit-checkpoint'))).toEqual([{ seq: 10, value: 'cp-10' }])
    await store.close()
    await withRawDb(path, async (db) => {
      const keys: string[] = []
      for await (const [key, value] of db.iterator({ gte: 'log:', lt: 'log;' })) {
        keys.push(key)
        expect(Buffer.from(value).indexOf('entry-')).toBe(-1)
      }
      expect(keys[0]).toBe('log:audit-checkpoint:000000000010')
      expect(keys[1]).toBe('log:audit:000000000001')
      expect(keys).toHaveLength(13)
    })
  })

  it('never overwrites a record: a taken seq is refused and the batch writes nothing', async () => {
    const store = await KeyStore.create(await storePath(), PASS, { kdf: LOW_KDF })
    await store.appendLog([{ log: 'audit', seq: 1, value: bytes('a') }])
    await expect(store.appendLog([{ log: 'audit', seq: 2, value: bytes('b') }, { log: 'audit', seq: 1, value: bytes('x') }])).rejects.toThrow(LogConflictError)
    expect(() => store.appendLog([{ log: 'audit', seq: 3, value: bytes('b') }, { log: 'audit', seq: 3, value: bytes('c') }])).toThrow(LogConflictError)
    expect(values(await store.readLog('audit'))).toEqual([{ seq: 1, value: 'a' }])
    expect(() => store.appendLog([{ log: 'Audit', seq: 1, value: bytes('a') }])).toThrow('log name')
    expect(() => store.appendLog([{ log: 'audit', seq: 0, value: bytes('a') }])).toThrow('log seq')
    await store.close()
  })

  it('concurrent appends of one seq: exactly one lands', async () => {
    const store = await KeyStore.create(await storePath(), PASS, { kdf: LOW_KDF })
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => store.appendLog([{ log: 'audit', seq: 1, value: bytes(`writer-${i}`) }])))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason instanceof LogConflictError)).toBe(true)
    const winner = results.findIndex((r) => r.status === 'fulfilled')
    expect(values(await store.readLog('audit'))).toEqual([{ seq: 1, value: `writer-${winner}` }])
    await store.close()
  })

  it('a record changed on disk is returned with its error, the others still read', async () => {
    const path = await storePath()
    const store = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
    for (let seq = 1; seq <= 3; seq++) await store.appendLog([{ log: 'audit', seq, value: bytes(`entry-${seq}`) }])
    await store.close()
    await withRawDb(path, async (db) => {
      const key = 'log:audit:000000000002'
      const value = Uint8Array.from((await db.get(key))!)
      value[value.length - 20]! ^= 1
      await db.put(key, value)
    })
    const again = await KeyStore.open(path, PASS)
    const read = await again.readLog('audit')
    expect(read.map((r) => ('error' in r ? 'error' : text(r.value)))).toEqual(['entry-1', 'error', 'entry-3'])
    expect((read[1] as { error: string }).error).toContain("log:audit:000000000002' failed authentication")
    expect((await again.verify()).bad.map((b) => b.record)).toEqual(['log:audit:000000000002'])
    await again.close()
  })

  it('a whole-node backup carries the logs, and the restored store reads them back', async () => {
    const store = await KeyStore.create(await storePath(), PASS, { kdf: LOW_KDF })
    await store.putSecret('identity', bytes('seed'))
    for (let seq = 1; seq <= 3; seq++) await store.appendLog([{ log: 'audit', seq, value: bytes(`entry-${seq}`) }])
    await store.appendLog([{ log: 'audit-checkpoint', seq: 3, value: bytes('cp-3') }])
    const backup = await store.exportNode('backup pass', { kdf: LOW_KDF })
    await store.close()
    expect(Buffer.from(backup).indexOf('entry-')).toBe(-1)
    const { store: restored, shares, secrets, logRecords } = await KeyStore.restoreNode(await storePath(), 'new pass', backup, 'backup pass', { kdf: LOW_KDF })
    expect({ shares, secrets, logRecords }).toEqual({ shares: 0, secrets: 1, logRecords: 4 })
    expect(values(await restored.readLog('audit'))).toEqual([1, 2, 3].map((seq) => ({ seq, value: `entry-${seq}` })))
    expect(values(await restored.readLog('audit-checkpoint'))).toEqual([{ seq: 3, value: 'cp-3' }])
    // the log continues after a restore: the next seq appends, a restored one is still taken
    await expect(restored.appendLog([{ log: 'audit', seq: 3, value: bytes('again') }])).rejects.toThrow(LogConflictError)
    await restored.appendLog([{ log: 'audit', seq: 4, value: bytes('entry-4') }])
    await restored.close()
  })
})
