import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { KeyStore } from '@thresh/store'
import { afterEach, describe, expect, it } from 'vitest'
import { UsedSessions } from '../src/used-sessions.js'

const KDF = { N: 2 ** 10, r: 8, p: 1 }
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function store(): Promise<{ path: string; store: KeyStore }> {
  const dir = await mkdtemp(join(tmpdir(), 'thresh-used-'))
  dirs.push(dir)
  const path = join(dir, 'keystore')
  return { path, store: await KeyStore.create(path, 'pass phrase', { kdf: KDF }) }
}

const id = (n: number) => n.toString(16).padStart(64, '0')

describe('used session ids', () => {
  it('refuse a second claim of an id, also after the keystore is reopened', async () => {
    const { path, store: s } = await store()
    const used = await UsedSessions.open(s, 360)
    expect(await used.claim(id(1), 1_800_000_000)).toBe(true)
    expect(await used.claim(id(1), 1_800_000_000)).toBe(false)
    expect(await used.claim(id(2), 1_800_000_005)).toBe(true)
    await s.close()
    const reopened = await KeyStore.open(path, 'pass phrase')
    const again = await UsedSessions.open(reopened, 360)
    expect(again.size).toBe(2)
    expect(await again.claim(id(1), 1_800_000_000)).toBe(false)
    expect(await again.claim(id(2), 1_800_000_000)).toBe(false)
    expect(await again.claim(id(3), 1_800_000_000)).toBe(true)
    await reopened.close()
  })

  it('forget ids only once their requests are older than the retention window', async () => {
    const { path, store: s } = await store()
    const used = await UsedSessions.open(s, 360)
    await used.claim(id(1), 1_000)
    await used.claim(id(2), 1_300)
    expect(await used.prune(1_359)).toBe(0) // 1_000 is 359 s old: still inside
    expect(await used.prune(1_361)).toBe(1)
    expect(used.size).toBe(1)
    await s.close()
    const reopened = await KeyStore.open(path, 'pass phrase')
    const again = await UsedSessions.open(reopened, 360)
    expect(again.size).toBe(1) // the prune reached the disk
    expect(await again.claim(id(2), 1_300)).toBe(false)
    expect(await reopened.listSecretNames('session/')).toEqual([`session/0000001300/${id(2)}`])
    await reopened.close()
  })
})
