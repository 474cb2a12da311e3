import { describe, expect, it } from 'vitest'
import {
  KeyExistsError,
  KeyStore,
  RecordTamperedError,
  StoreExistsError,
  StoreFormatError,
  StoreNotFoundError,
  UnsupportedVersionError,
  WrongPassphraseError,
  isNodeBackup,
} from '../src/index.js'
import { LOW_KDF, PASS, editRaw, hex, randomSecret, storePath, withRawDb } from './helpers.js'

const NEW_PASS = 'a completely different passphrase'
const BACKUP_PASS = 'backup passphrase for the vault'

async function rawValues(path: string): Promise<Map<string, string>> {
  return withRawDb(path, async (db) => new Map((await db.iterator().all()).map(([k, v]) => [k, hex(v)])))
}

describe('passphrase rotation', () => {
  it('re-encrypts every record: all read with the new passphrase, none with the old', async () => {
    const path = await storePath()
    const shares = Array.from({ length: 5 }, (_, i) => ({ keyId: `key-${i}`, meta: { i }, secret: randomSecret() }))
    const identity = randomSecret()
    const store = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
    for (const s of shares) await store.putShare(s.keyId, s)
    await store.putSecret('identity', identity)
    await store.close()
    const before = await rawValues(path)

    const open = await KeyStore.open(path, PASS)
    await open.rotatePassphrase(NEW_PASS, { kdf: { N: 2 ** 11 } })
    expect(open.kdf).toEqual({ ...LOW_KDF, N: 2 ** 11 })
    expect(hex((await open.getShare('key-3')).secret)).toBe(hex(shares[3]!.secret)) // the live instance switched keys
    await open.close()

    const after = await rawValues(path)
    expect([...after.keys()]).toEqual([...before.keys()])
    for (const [key, value] of after) expect(value, key).not.toBe(before.get(key))

    await expect(KeyStore.open(path, PASS)).rejects.toThrow(WrongPassphraseError)
    const again = await KeyStore.open(path, NEW_PASS)
    expect(again.kdf?.N).toBe(2 ** 11)
    for (const s of shares) {
      const got = await again.getShare(s.keyId)
      expect(got.meta).toEqual(s.meta)
      expect(hex(got.secret)).toBe(hex(s.secret))
    }
    expect(hex(await again.getSecret('identity'))).toBe(hex(identity))
    await again.close()
  })

  it('changes nothing when a record fails authentication mid-rotation', async () => {
    const path = await storePath()
    const good = randomSecret()
    const store = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
    await store.putShare('good', { meta: {}, secret: good })
    await store.putShare('zbad', { meta: {}, secret: randomSecret() })
    await store.close()
    await editRaw(path, 'share:zbad', (v) => void (v[v.length - 1]! ^= 1))
    const before = await rawValues(path)

    const open = await KeyStore.open(path, PASS)
    await expect(open.rotatePassphrase(NEW_PASS)).rejects.toThrow(RecordTamperedError)
    expect(hex((await open.getShare('good')).secret)).toBe(hex(good))
    await open.close()
    expect(await rawValues(path)).toEqual(before)
    await expect(KeyStore.open(path, NEW_PASS)).rejects.toThrow(WrongPassphraseError)
  })

  it('orders rotation with writes issued around it, so none is left under the old key', async () => {
    const path = await storePath()
    const store = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
    const secrets = Array.from({ length: 10 }, () => randomSecret())
    const puts = secrets.map((secret, i) => store.putShare(`k${i}`, { meta: { i }, secret }))
    const rotation = store.rotatePassphrase(NEW_PASS)
    const late = secrets.map((secret, i) => store.putShare(`late${i}`, { meta: { i }, secret }))
    await Promise.all([...puts, rotation, ...late])
    await store.close()

    const again = await KeyStore.open(path, NEW_PASS)
    for (const [i, secret] of secrets.entries()) {
      expect(hex((await again.getShare(`k${i}`)).secret)).toBe(hex(secret))
      expect(hex((await again.getShare(`late${i}`)).secret)).toBe(hex(secret))
    }
    await again.close()
  })
})

describe('backup export and import', () => {
  async function exported() {
    const path = await storePath()
    const secret = randomSecret()
    const meta = { scheme: 'ecdsa', threshold: 2, parties: [1, 2, 3], groupPublicKey: '03' + 'ab'.repeat(32) }
    const store = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
    await store.putShare('wallet-1', { meta, secret })
    const backup = await store.exportKey('wallet-1', BACKUP_PASS)
    await store.close()
    return { secret, meta, backup }
  }

  it('restores a key into another store under another passphrase', async () => {
    const { secret, meta, backup } = await exported()
    expect(Buffer.from(backup).indexOf(Buffer.from(secret))).toBe(-1)
    expect(Buffer.from(backup).indexOf(Buffer.from('wallet-1'))).toBe(-1) // the key id is inside the ciphertext too

    const path = await storePath()
    const other = await KeyStore.create(path, NEW_PASS, { kdf: LOW_KDF })
    expect(await other.importKey(backup, BACKUP_PASS)).toBe('wallet-1')
    await other.close()
    const again = await KeyStore.open(path, NEW_PASS)
    const got = await again.getShare('wallet-1')
    expect(got.meta).toEqual(meta)
    expect(hex(got.secret)).toBe(hex(secret))
    await again.close()
  })

  it('refuses to overwrite an existing key unless told to', async () => {
    const { secret, backup } = await exported()
    const other = await KeyStore.create(await storePath(), NEW_PASS, { kdf: LOW_KDF })
    const mine = randomSecret()
    await other.putShare('wallet-1', { meta: { mine: true }, secret: mine })
    await expect(other.importKey(backup, BACKUP_PASS)).rejects.toThrow(KeyExistsError)
    expect(hex((await other.getShare('wallet-1')).secret)).toBe(hex(mine))
    await other.importKey(backup, BACKUP_PASS, { overwrite: true })
    expect(hex((await other.getShare('wallet-1')).secret)).toBe(hex(secret))
    await other.close()
  })

  it('rejects a wrong backup passphrase, a tampered ciphertext, a changed version and a truncated backup', async () => {
    const { backup } = await exported()
    const other = await KeyStore.create(await storePath(), NEW_PASS, { kdf: LOW_KDF })
    const altered = (at: number) => {
      const copy = Uint8Array.from(backup)
      copy[at]! ^= 1
      return copy
    }
    await expect(other.importKey(backup, PASS)).rejects.toThrow(new WrongPassphraseError('wrong backup passphrase (or the backup header was modified)'))
    await expect(other.importKey(altered(backup.length - 20), BACKUP_PASS)).rejects.toThrow('backup failed authentication: it was modified or corrupted')
    await expect(other.importKey(altered(backup.length - 1), BACKUP_PASS)).rejects.toThrow(RecordTamperedError)
    await expect(other.importKey(altered('thresh-key-backup'.length + 10), BACKUP_PASS)).rejects.toThrow(WrongPassphraseError) // salt
    await expect(other.importKey(altered('thresh-key-backup'.length), BACKUP_PASS)).rejects.toThrow(UnsupportedVersionError)
    await expect(other.importKey(altered(0), BACKUP_PASS)).rejects.toThrow('backup: not a thresh-key-backup header')
    await expect(other.importKey(backup.subarray(0, 40), BACKUP_PASS)).rejects.toThrow(StoreFormatError)
    expect(await other.listKeys()).toEqual([])
    await other.close()
  })
})

describe('whole-node backup', () => {
  async function node() {
    const path = await storePath()
    const store = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
    const shares = [randomSecret(), randomSecret()]
    const identity = randomSecret()
    await store.putShare('wallet-1', { meta: { scheme: 'ecdsa', epoch: 0 }, secret: shares[0]! })
    await store.putShare('wallet-2#next', { meta: { scheme: 'frost-ed25519', epoch: 1 }, secret: shares[1]! })
    await store.putSecret('identity', identity)
    await store.putSecret('used-session/ab', Uint8Array.of(1))
    const backup = await store.exportNode(BACKUP_PASS, { kdf: LOW_KDF })
    await store.close()
    return { shares, identity, backup }
  }

  it('brings every share and secret back into a new store under another protector, and nothing is readable in the file', async () => {
    const { shares, identity, backup } = await node()
    for (const secret of [...shares, identity]) expect(Buffer.from(backup).indexOf(Buffer.from(secret))).toBe(-1)
    expect(Buffer.from(backup).indexOf(Buffer.from('wallet-1'))).toBe(-1)
    const path = await storePath()
    const { store, shares: n, secrets } = await KeyStore.restoreNode(path, NEW_PASS, backup, BACKUP_PASS, { kdf: LOW_KDF })
    expect({ n, secrets }).toEqual({ n: 2, secrets: 2 })
    await store.close()
    const again = await KeyStore.open(path, NEW_PASS)
    expect(hex((await again.getShare('wallet-1')).secret)).toBe(hex(shares[0]!))
    expect((await again.getShare('wallet-2#next')).meta).toEqual({ scheme: 'frost-ed25519', epoch: 1 })
    expect(hex((await again.getSecret('identity')))).toBe(hex(identity))
    expect(await again.listSecretNames('used-session/')).toEqual(['used-session/ab'])
    expect((await again.verify()).bad).toEqual([])
    await again.close()
  })

  it('refuses a wrong passphrase, a tampered backup and an existing store, and leaves no store behind', async () => {
    const { backup } = await node()
    const path = await storePath()
    const flipped = Uint8Array.from(backup)
    flipped[backup.length - 30]! ^= 1
    await expect(KeyStore.restoreNode(path, NEW_PASS, backup, PASS, { kdf: LOW_KDF })).rejects.toThrow(WrongPassphraseError)
    await expect(KeyStore.restoreNode(path, NEW_PASS, flipped, BACKUP_PASS, { kdf: LOW_KDF })).rejects.toThrow('node backup failed authentication')
    await expect(KeyStore.open(path, NEW_PASS)).rejects.toThrow(StoreNotFoundError)
    // a one-key backup is not a node backup, nor the other way round
    await expect(KeyStore.restoreNode(path, NEW_PASS, (await exportedKey()).backup, BACKUP_PASS)).rejects.toThrow('not a thresh-node-backup header')
    const existing = await KeyStore.create(await storePath(), NEW_PASS, { kdf: LOW_KDF })
    await existing.close()
    await expect(KeyStore.restoreNode(existing.path, NEW_PASS, backup, BACKUP_PASS, { kdf: LOW_KDF })).rejects.toThrow(StoreExistsError)
    expect(isNodeBackup(backup)).toBe(true)
  })
})

async function exportedKey() {
  const store = await KeyStore.create(await storePath(), PASS, { kdf: LOW_KDF })
  await store.putShare('k', { meta: {}, secret: randomSecret() })
  const backup = await store.exportKey('k', BACKUP_PASS, { kdf: LOW_KDF })
  await store.close()
  expect(isNodeBackup(backup)).toBe(false)
  return { backup }
}
