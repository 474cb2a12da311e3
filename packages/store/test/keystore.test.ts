import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Level } from 'level'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_KDF,
  KeyNotFoundError,
  KeyStore,
  StoreClosedError,
  StoreExistsError,
  StoreFormatError,
  StoreNotFoundError,
  UnsupportedVersionError,
  WrongPassphraseError,
  type ShareMeta,
} from '../src/index.js'
import { LOW_KDF, PASS, PASSPHRASE_BLOB_OFFSET, editRaw, hex, randomSecret, storePath, withRawDb } from './helpers.js'

const meta = (scheme: string, groupKey: string): ShareMeta => ({ scheme, threshold: 2, parties: [1, 2, 3], self: 1, groupPublicKey: groupKey })

describe('KeyStore round trip', () => {
  it('stores shares and secrets and reads them back after reopening', async () => {
    const path = await storePath()
    const a = { meta: meta('ecdsa', '02'.padEnd(66, 'a')), secret: randomSecret() }
    const b = { meta: meta('frost-ed25519', 'ff'.repeat(32)), secret: randomSecret(48) }
    const identity = randomSecret(32)

    const store = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
    expect(store.kdf).toEqual(LOW_KDF)
    await store.putShare('key-b', b)
    await store.putShare('key-a', a)
    await store.putSecret('identity', identity)
    expect(hex((await store.getShare('key-a')).secret)).toBe(hex(a.secret))
    await store.close()

    const again = await KeyStore.open(path, PASS)
    expect(again.kdf).toEqual(LOW_KDF)
    const got = await again.getShare('key-b')
    expect(got.keyId).toBe('key-b')
    expect(got.meta).toEqual(b.meta)
    expect(hex(got.secret)).toBe(hex(b.secret))
    expect(hex(await again.getSecret('identity'))).toBe(hex(identity))
    expect(await again.listKeys()).toEqual([
      { keyId: 'key-a', meta: a.meta },
      { keyId: 'key-b', meta: b.meta },
    ])
    expect(await again.hasShare('key-a')).toBe(true)
    expect(await again.hasShare('key-c')).toBe(false)
    expect(await again.hasSecret('identity')).toBe(true)

    expect(await again.deleteShare('key-a')).toBe(true)
    expect(await again.deleteShare('key-a')).toBe(false)
    await expect(again.getShare('key-a')).rejects.toThrow(KeyNotFoundError)
    await expect(again.getShare('key-a')).rejects.toThrow(`no key share 'key-a' in store at ${path}`)
    expect(await again.deleteSecret('identity')).toBe(true)
    await expect(again.getSecret('identity')).rejects.toThrow(KeyNotFoundError)
    expect((await again.listKeys()).map((k) => k.keyId)).toEqual(['key-b'])
    await again.close()
  })

  it('replaces a share on put and accepts a byte passphrase', async () => {
    const path = await storePath()
    const passphrase = randomSecret(24)
    const store = await KeyStore.create(path, passphrase, { kdf: LOW_KDF })
    const first = randomSecret()
    const second = randomSecret()
    await store.putShare('k', { meta: { v: 1 }, secret: first })
    await store.putShare('k', { meta: { v: 2 }, secret: second })
    await store.close()

    const again = await KeyStore.open(path, Uint8Array.from(passphrase))
    const got = await again.getShare('k')
    expect(got.meta).toEqual({ v: 2 })
    expect(hex(got.secret)).toBe(hex(second))
    await again.close()
  })

  it('applies a batch entirely, or not at all when one operation is invalid', async () => {
    const path = await storePath()
    const store = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
    const old = randomSecret()
    await store.putShare('old', { meta: {}, secret: old })

    const bad = { meta: { groupKey: new Uint8Array(33) } as unknown as ShareMeta, secret: randomSecret() }
    await expect(
      store.batch([
        { type: 'putShare', keyId: 'new', share: { meta: {}, secret: randomSecret() } },
        { type: 'deleteShare', keyId: 'old' },
        { type: 'putShare', keyId: 'bad', share: bad },
      ]),
    ).rejects.toThrow('meta.groupKey is a Uint8Array')
    expect((await store.listKeys()).map((k) => k.keyId)).toEqual(['old'])

    const fresh = randomSecret()
    const note = randomSecret()
    await store.batch([
      { type: 'putShare', keyId: 'new', share: { meta: { epoch: 2 }, secret: fresh } },
      { type: 'deleteShare', keyId: 'old' },
      { type: 'putSecret', name: 'note', secret: note },
    ])
    expect((await store.listKeys()).map((k) => k.keyId)).toEqual(['new'])
    expect(hex((await store.getShare('new')).secret)).toBe(hex(fresh))
    expect(hex(await store.getSecret('note'))).toBe(hex(note))
    await store.close()
  })

  it('rejects metadata JSON would mangle, bad key ids and empty secrets', async () => {
    const store = await KeyStore.create(await storePath(), PASS, { kdf: LOW_KDF })
    const put = (keyId: string, m: unknown, secret = randomSecret()) => store.putShare(keyId, { meta: m as ShareMeta, secret })
    await expect(put('k', { a: undefined })).rejects.toThrow('meta.a is undefined, which is not JSON')
    await expect(put('k', { n: Number.NaN })).rejects.toThrow('meta.n is not a finite number')
    await expect(put('k', { big: 1n })).rejects.toThrow('meta.big is bigint')
    await expect(put('k', [1, 2])).rejects.toThrow('share meta must be a plain JSON object')
    await expect(put('', {})).rejects.toThrow('key id must be a string of 1..256 characters')
    await expect(put('a\nb', {})).rejects.toThrow('key id must not contain control characters')
    await expect(put('k', {}, new Uint8Array(0))).rejects.toThrow('secret must be a non-empty Uint8Array')
    await expect(store.putSecret('x'.repeat(257), randomSecret())).rejects.toThrow('secret name must be a string')
    expect(await store.listKeys()).toEqual([])
    await store.close()
  })
})

describe('KeyStore lifecycle', () => {
  it('refuses to create over an existing store, and to open a missing one without creating it', async () => {
    const path = await storePath()
    await (await KeyStore.create(path, PASS, { kdf: LOW_KDF })).close()
    await expect(KeyStore.create(path, PASS, { kdf: LOW_KDF })).rejects.toThrow(StoreExistsError)

    const missing = path + '-missing'
    await expect(KeyStore.open(missing, PASS)).rejects.toThrow(new StoreNotFoundError(missing).message)
    expect(existsSync(missing)).toBe(false)
  })

  it('fails every operation after close, and close twice is fine', async () => {
    const store = await KeyStore.create(await storePath(), PASS, { kdf: LOW_KDF })
    await store.close()
    await store.close()
    await expect(store.getShare('k')).rejects.toThrow(StoreClosedError)
    await expect(store.putSecret('s', randomSecret())).rejects.toThrow(StoreClosedError)
    await expect(store.listKeys()).rejects.toThrow(StoreClosedError)
  })

  it('rejects out-of-range scrypt parameters, from the caller and from disk', async () => {
    const path = await storePath()
    await expect(KeyStore.create(path, PASS, { kdf: { N: 1000 } })).rejects.toThrow('scrypt N must be a power of two')
    await expect(KeyStore.create(path, PASS, { kdf: { N: 2 ** 9 } })).rejects.toThrow(RangeError)
    await expect(KeyStore.create(path, PASS, { kdf: { N: 2 ** 21, r: 8 } })).rejects.toThrow('needs more than 1024 MiB')
    await expect(KeyStore.create(path, PASS, { kdf: { ...LOW_KDF, p: 0 } })).rejects.toThrow('scrypt p must be')
    await expect(KeyStore.create(path, '', { kdf: LOW_KDF })).rejects.toThrow('passphrase must not be empty')
    expect(existsSync(path)).toBe(false)

    await (await KeyStore.create(path, PASS, { kdf: LOW_KDF })).close()
    // A crafted header asking for N=2^40 is refused before scrypt runs.
    await editRaw(path, 'header', (h) => void (h[PASSPHRASE_BLOB_OFFSET] = 40))
    await expect(KeyStore.open(path, PASS)).rejects.toThrow(StoreFormatError)
  })

  it('reports an unsupported format version, of the header and of a record', async () => {
    const path = await storePath()
    const store = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
    await store.putShare('k', { meta: {}, secret: randomSecret() })
    await store.close()

    await editRaw(path, 'share:k', (v) => void (v[0] = 2))
    const again = await KeyStore.open(path, PASS)
    await expect(again.getShare('k')).rejects.toThrow(new UnsupportedVersionError(`record 'share:k'`, 2, 1).message)
    await again.close()

    await editRaw(path, 'header', (h) => void (h['thresh-keystore'.length] = 3))
    await expect(KeyStore.open(path, PASS)).rejects.toThrow(`store at ${path} has format version 3; this build supports version 1 or 2`)
  })

  it('refuses a LevelDB that is not a keystore', async () => {
    const path = await storePath()
    const db = new Level(path)
    await db.put('hello', 'world')
    await db.close()
    await expect(KeyStore.open(path, PASS)).rejects.toThrow(`store at ${path} has no header record: not a thresh keystore`)
  })

  it('works with the default scrypt parameters (N=2^17, r=8, p=1)', async () => {
    const path = await storePath()
    const secret = randomSecret()
    const store = await KeyStore.create(path, PASS)
    expect(store.kdf).toEqual(DEFAULT_KDF)
    await store.putShare('k', { meta: {}, secret })
    await store.close()
    await expect(KeyStore.open(path, PASS + '!')).rejects.toThrow(WrongPassphraseError)
    const again = await KeyStore.open(path, PASS)
    expect(again.kdf).toEqual({ N: 131072, r: 8, p: 1 })
    expect(hex((await again.getShare('k')).secret)).toBe(hex(secret))
    await again.close()
  })
})

describe('KeyStore.compactShares', () => {
  const filesContain = async (path: string, needle: Uint8Array): Promise<boolean> => {
    for (const name of await readdir(path)) {
      if ((await readFile(join(path, name))).indexOf(Buffer.from(needle)) >= 0) return true
    }
    return false
  }

  it('leaves no copy of a replaced share record in the store files', async () => {
    const path = await storePath()
    const store = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
    // incompressible metadata: LevelDB snappy-compresses a block that shrinks, and the search needs the bytes as written
    await store.putShare('key-a', { meta: meta('ecdsa', hex(randomSecret(33))), secret: randomSecret() })
    await store.close()
    const old = await withRawDb(path, async (db) => Uint8Array.from((await db.get('share:key-a'))!))

    const again = await KeyStore.open(path, PASS)
    await again.putShare('key-a', { meta: meta('ecdsa', hex(randomSecret(33))), secret: randomSecret() })
    expect(await filesContain(path, old)).toBe(true) // an overwrite alone leaves the old record on disk
    await again.compactShares()
    await again.close()
    expect(await filesContain(path, old)).toBe(false)
  })
})
