import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KeyStore, RecordTamperedError, WrappedKeyInvalidError, WrongPassphraseError, type KeyStore as Store, type Protector } from '../src/index.js'
import { LOW_KDF, PASS, PASSPHRASE_BLOB_OFFSET, editRaw, hex, randomSecret, storePath, withRawDb } from './helpers.js'

const META = { scheme: 'bip340', threshold: 2, parties: [1, 2, 3] }
const PUBLIC_OFFSET = 5 // version u8 ‖ publicLength u32

/** A closed store holding shares 'a' and 'b' and secret 'identity'; returns their secrets. */
async function populated(path: string) {
  const secrets = { a: randomSecret(), b: randomSecret(), identity: randomSecret() }
  const store = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
  await store.putShare('a', { meta: { ...META, name: 'a' }, secret: secrets.a })
  await store.putShare('b', { meta: { ...META, name: 'b' }, secret: secrets.b })
  await store.putSecret('identity', secrets.identity)
  await store.close()
  return secrets
}

async function expectTampered(op: Promise<unknown>, record: string, secret: Uint8Array): Promise<void> {
  const err = await op.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(RecordTamperedError)
  expect((err as RecordTamperedError).record).toBe(record)
  expect((err as Error).message).toBe(`record '${record}' failed authentication: it was modified, corrupted, or moved from another record`)
  expect((err as Error).message).not.toContain(hex(secret))
}

async function reopen(path: string, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await KeyStore.open(path, PASS)
  try {
    await fn(store)
  } finally {
    await store.close()
  }
}

describe('wrong passphrase', () => {
  it('is refused at open with a clear error, and the right one still opens', async () => {
    const path = await storePath()
    const secrets = await populated(path)
    await expect(KeyStore.open(path, 'Correct horse battery staple')).rejects.toThrow(WrongPassphraseError)
    await expect(KeyStore.open(path, new Uint8Array([1, 2, 3]))).rejects.toThrow(`wrong passphrase for store at ${path}`)
    await reopen(path, async (store) => expect(hex((await store.getShare('a')).secret)).toBe(hex(secrets.a)))
  })

  it('is detected from the header alone, before any (even corrupt) record is read', async () => {
    const path = await storePath()
    await populated(path)
    await editRaw(path, 'share:a', (v) => v.fill(0xff))
    await expect(KeyStore.open(path, 'not it')).rejects.toThrow(WrongPassphraseError)
  })

  it('is what a wrapped key bound to another store id looks like (the id is in the AAD)', async () => {
    const path = await storePath()
    await populated(path)
    await editRaw(path, 'header', (h) => void (h['thresh-keystore'.length + 1 + 3]! ^= 1)) // inside the store id
    await expect(KeyStore.open(path, PASS)).rejects.toThrow(WrongPassphraseError)
  })

  it('is what a modified header salt looks like: the header check covers salt and parameters', async () => {
    const path = await storePath()
    await populated(path)
    await editRaw(path, 'header', (h) => void (h[PASSPHRASE_BLOB_OFFSET + 3 + 5]! ^= 1)) // inside the salt
    await expect(KeyStore.open(path, PASS)).rejects.toThrow(WrongPassphraseError)
  })
})

describe('header check', () => {
  // A protector that does not authenticate what it unwraps (a broken or hostile module):
  // it hands back whatever key it holds.
  const lenient = (key: Uint8Array): Protector => ({
    kind: 'pkcs11',
    description: 'test protector',
    wrap: async () => new Uint8Array(0),
    unwrap: async () => Uint8Array.from(key),
  })

  it('refuses a data key that is not the store\'s, before any record is read', async () => {
    const path = await storePath()
    const store = await KeyStore.create(path, lenient(randomSecret(64)))
    await store.putSecret('identity', randomSecret())
    await store.close()
    await expect(KeyStore.open(path, lenient(randomSecret(64)))).rejects.toThrow(
      new WrappedKeyInvalidError(`store at ${path}: the unwrapped data key does not match the header check (header modified?)`),
    )
  })
})

describe('tampered records', () => {
  // Flip one bit in each region of share 'a': clear metadata, its MAC, the nonce, the ciphertext, the tag.
  const regions: Array<[string, (v: Uint8Array) => number]> = [
    ['metadata', () => PUBLIC_OFFSET + 3],
    ['metadata MAC', (v) => v.length - 16 - 32 - 12 - 32 + 5],
    ['nonce', (v) => v.length - 16 - 32 - 12 + 1],
    ['ciphertext', (v) => v.length - 16 - 10],
    ['tag', (v) => v.length - 1],
  ]
  for (const [region, at] of regions) {
    it(`names the record when one bit of its ${region} is flipped on disk`, async () => {
      const path = await storePath()
      const secrets = await populated(path)
      await editRaw(path, 'share:a', (v) => void (v[at(v)]! ^= 0x04))
      await reopen(path, async (store) => {
        await expectTampered(store.getShare('a'), 'share:a', secrets.a)
        expect(hex((await store.getShare('b')).secret)).toBe(hex(secrets.b))
        // Listing checks metadata only: it catches the first two regions, not the sealed secret.
        if (region.startsWith('metadata')) await expectTampered(store.listKeys(), 'share:a', secrets.a)
        else expect((await store.listKeys()).map((k) => k.keyId)).toEqual(['a', 'b'])
      })
    })
  }

  it('detects a byte flipped inside the LevelDB table file itself', async () => {
    const path = await storePath()
    const secrets = await populated(path)
    // Reopening converts the write-ahead log into a sorted table (.ldb).
    await reopen(path, async () => {})
    const sealed = await withRawDb(path, async (db) => (await db.get('share:a'))!.subarray(-28)) // ciphertext ‖ tag
    const files = (await readdir(path)).filter((f) => f.endsWith('.ldb'))
    let flipped = 0
    for (const file of files) {
      const bytes = await readFile(join(path, file))
      const at = bytes.indexOf(Buffer.from(sealed))
      if (at < 0) continue
      bytes[at + 3]! ^= 0x80
      await writeFile(join(path, file), bytes)
      flipped++
    }
    expect(flipped).toBe(1)
    await reopen(path, async (store) => {
      await expectTampered(store.getShare('a'), 'share:a', secrets.a)
      expect(hex((await store.getShare('b')).secret)).toBe(hex(secrets.b))
    })
  })

  it('detects two records whose values were swapped, and a share moved to a secret', async () => {
    const path = await storePath()
    const secrets = await populated(path)
    await withRawDb(path, async (db) => {
      const [a, b] = await db.getMany(['share:a', 'share:b'])
      await db.batch([
        { type: 'put', key: 'share:a', value: b! },
        { type: 'put', key: 'share:b', value: a! },
        { type: 'put', key: 'secret:identity', value: a! },
      ])
    })
    await reopen(path, async (store) => {
      await expectTampered(store.getShare('a'), 'share:a', secrets.b)
      await expectTampered(store.getShare('b'), 'share:b', secrets.a)
      await expectTampered(store.getSecret('identity'), 'secret:identity', secrets.a)
      await expectTampered(store.listKeys(), 'share:a', secrets.a)
    })
  })
})

describe('a damaged LevelDB directory', () => {
  it('says so and what to do, instead of "Database failed to open" or "no keystore"', async () => {
    const path = await storePath()
    const store = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
    await store.putSecret('x', randomSecret())
    await store.close()
    const manifest = (await readdir(path)).find((f) => f.startsWith('MANIFEST-'))!
    const original = await readFile(join(path, manifest))
    await writeFile(join(path, manifest), 'not a manifest')
    await expect(KeyStore.open(path, PASS)).rejects.toMatchObject({ code: 'STORE_FORMAT', message: expect.stringMatching(/is damaged \(LevelDB: Corruption.*restore the data directory from a backup/) })
    await writeFile(join(path, manifest), original)
    const current = await readFile(join(path, 'CURRENT'))
    await rm(join(path, 'CURRENT'))
    await expect(KeyStore.open(path, PASS)).rejects.toMatchObject({ code: 'STORE_FORMAT', message: expect.stringMatching(/CURRENT file is missing/) })
    // and create() does not paper over it either
    await expect(KeyStore.create(path, PASS, { kdf: LOW_KDF })).rejects.toThrow()
    await writeFile(join(path, 'CURRENT'), current)
    const back = await KeyStore.open(path, PASS)
    await back.close()
  })
})
