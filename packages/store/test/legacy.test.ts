import { cp, readdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { KeyStore, PassphraseProtector, WrongPassphraseError } from '../src/index.js'
import { LOW_KDF, hex, storePath, withRawDb } from './helpers.js'

// A store written before protectors existed (fixtures/v1-store/README.md).
const FIXTURE = fileURLToPath(new URL('./fixtures/v1-store', import.meta.url))
const PASS = 'thresh v1 fixture passphrase'

async function copyFixture(): Promise<string> {
  const path = await storePath()
  await cp(FIXTURE, path, { recursive: true, filter: (src) => !src.endsWith('README.md') })
  return path
}

async function expectFixtureContents(store: KeyStore): Promise<void> {
  expect(await store.listKeys()).toEqual([
    { keyId: 'key-ecdsa', meta: { scheme: 'ecdsa', threshold: 2, parties: [1, 2, 3], self: 1 } },
    { keyId: 'key-frost', meta: { scheme: 'frost-ed25519', threshold: 2, parties: [1, 2, 3], self: 2 } },
  ])
  expect(hex((await store.getShare('key-ecdsa')).secret)).toBe('11'.repeat(32))
  expect(hex((await store.getShare('key-frost')).secret)).toBe('22'.repeat(48))
  expect(hex(await store.getSecret('identity'))).toBe('33'.repeat(32))
}

describe('version-1 stores (before protectors)', () => {
  it('open unchanged with their passphrase, and refuse a wrong one', async () => {
    const path = await copyFixture()
    expect((await readdir(path)).some((f) => f.endsWith('.ldb'))).toBe(true)
    await expect(KeyStore.open(path, PASS + '!')).rejects.toThrow(WrongPassphraseError)
    const store = await KeyStore.open(path, PASS)
    expect(store.protection).toBe('passphrase')
    expect(store.kdf).toEqual(LOW_KDF)
    await expectFixtureContents(store)
    await store.close()
    // Opening neither rewrote the header nor re-encrypted anything.
    const header = await withRawDb(path, async (db) => (await db.get('header'))!)
    expect(header['thresh-keystore'.length]).toBe(1)
  })

  it('move to a version-2 passphrase wrapping by rewrap, keeping every record as it was', async () => {
    const path = await copyFixture()
    const before = await withRawDb(path, async (db) => (await db.get('share:key-ecdsa'))!)
    const store = await KeyStore.open(path, PASS)
    await store.rewrap(new PassphraseProtector('a new passphrase', LOW_KDF))
    await store.close()
    await expect(KeyStore.open(path, PASS)).rejects.toThrow(WrongPassphraseError)
    const again = await KeyStore.open(path, 'a new passphrase')
    await expectFixtureContents(again)
    await again.close()
    await withRawDb(path, async (db) => {
      expect((await db.get('header'))!['thresh-keystore'.length]).toBe(2)
      expect(hex((await db.get('share:key-ecdsa'))!)).toBe(hex(before))
    })
  })
})
