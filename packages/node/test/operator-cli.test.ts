// The operator commands of the built `thresh-node` CLI on a stopped node: verify-store,
// backup / delete-key / restore, rotate-kem, rotate-passphrase.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DkgSession, ed25519Identity, simulate, type KeyShare } from '@thresh/crypto'
import { KeyStore } from '@thresh/store'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KeyRecords, publicFacts } from '../src/key-records.js'
import { NodeKemKeys } from '../src/kem-keys.js'
import { keystorePath } from '../src/node.js'
import { PASSPHRASE } from './cluster.js'
import { build, cliEnv, runCli } from './processes.js'

/** A real 2-of-2 FROST(Ed25519) share for party 1 (the DKG run in memory). */
function dkgShare(keyId: string): KeyShare {
  const parties = [1, 2]
  const ids = parties.map((p) => ed25519Identity(new Uint8Array(32).fill(p)))
  const identities = new Map(parties.map((p, i) => [p, ids[i]!.publicKey] as const))
  const r = simulate(parties.map((self, i) => new DkgSession({ keyId, scheme: 'frost-ed25519', threshold: 2, parties, self, identity: ids[i]!, identities })))
  return r.results.get(1)!
}

describe('thresh-node operator commands', () => {
  let root: string
  let dataDir: string
  const share = dkgShare('vault-1')
  const env = (extra: NodeJS.ProcessEnv = {}) => cliEnv({ THRESH_BACKUP_PASSPHRASE: 'backup passphrase', ...extra })
  const secretOnDisk = async (passphrase = PASSPHRASE): Promise<string> => {
    const store = await KeyStore.open(keystorePath(dataDir), passphrase)
    try {
      return Buffer.from((await store.getShare('vault-1')).secret).toString('hex')
    } finally {
      await store.close()
    }
  }

  beforeAll(async () => {
    build()
    root = await mkdtemp(join(tmpdir(), 'thresh-operator-'))
    dataDir = join(root, 'node')
    const init = await runCli(['init', '--data', dataDir, '--json'])
    expect(init.code, init.stderr).toBe(0)
    const store = await KeyStore.open(keystorePath(dataDir), PASSPHRASE)
    const keys = await KeyRecords.open(store)
    const record = { keyId: 'vault-1', scheme: 'frost-ed25519' as const, threshold: 2, parties: [JSON.parse(init.stdout).peerId, 'other'], self: 1, ...publicFacts(share), nonce: new Uint8Array(16).fill(1) }
    expect(await keys.addPending(record, share)).toBe(true)
    expect(await keys.commit('vault-1', share.groupPublicKey, record.nonce)).toMatchObject({ state: 'active' })
    await store.close()
  }, 60_000)

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true })
  })

  it('keys lists a stopped node\'s keys with their epochs', async () => {
    const listed = await runCli(['keys', '--data', dataDir, '--json'])
    expect(listed.code, listed.stderr).toBe(0)
    expect(JSON.parse(listed.stdout)).toMatchObject({
      source: "the stopped node's keystore",
      keys: [{ keyId: 'vault-1', scheme: 'frost-ed25519', threshold: 2, epoch: 0, groupPublicKey: Buffer.from(share.groupPublicKey).toString('hex') }],
      pending: [],
    })
  })

  it('backup, delete-key (only with --yes), restore: the same share is back', async () => {
    const before = await secretOnDisk()
    const file = join(root, 'vault-1.backup')
    const backup = await runCli(['backup', '--data', dataDir, '--key', 'vault-1', '--out', file, '--json'], env())
    expect(backup.code, backup.stderr).toBe(0)
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    expect((await readFile(file)).includes(Buffer.from(before, 'hex'))).toBe(false) // encrypted
    expect((await runCli(['backup', '--data', dataDir, '--key', 'vault-1', '--out', file], env())).stderr).toMatch(/exists: refusing to overwrite/)

    const unconfirmed = await runCli(['delete-key', '--data', dataDir, '--key', 'vault-1'], env())
    expect(unconfirmed.code).toBe(2)
    expect(unconfirmed.stderr).toMatch(/pass --yes/)
    expect((await runCli(['delete-key', '--data', dataDir, '--key', 'vault-1', '--yes'], env())).code).toBe(0)
    expect(JSON.parse((await runCli(['info', '--data', dataDir, '--json'], env())).stdout).keys).toEqual([])

    const wrong = await runCli(['restore', '--data', dataDir, '--in', file], env({ THRESH_BACKUP_PASSPHRASE: 'not it' }))
    expect(wrong.code).not.toBe(0)
    const restore = await runCli(['restore', '--data', dataDir, '--in', file, '--json'], env())
    expect(restore.code, restore.stderr).toBe(0)
    expect(JSON.parse(restore.stdout)).toEqual({ keyId: 'vault-1' })
    expect(await secretOnDisk()).toBe(before)
    expect(JSON.parse((await runCli(['info', '--data', dataDir, '--json'], env())).stdout).keys.map((k: { keyId: string }) => k.keyId)).toEqual(['vault-1'])
  })

  it('verify-store passes on a sound store and names a tampered record', async () => {
    const ok = await runCli(['verify-store', '--data', dataDir, '--json'], env())
    expect(ok.code, ok.stderr).toBe(0)
    expect(JSON.parse(ok.stdout)).toMatchObject({ bad: [] })
    // one byte of the share record flipped on disk, under the store's nose
    const db = new Level<string, Uint8Array>(keystorePath(dataDir), { keyEncoding: 'utf8', valueEncoding: 'view' })
    const value = Uint8Array.from((await db.get('share:vault-1'))!)
    value[value.length - 5]! ^= 0x01
    await db.put('share:vault-1', value)
    await db.close()
    const bad = await runCli(['verify-store', '--data', dataDir, '--json'], env())
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stdout).bad).toEqual([expect.objectContaining({ record: 'share:vault-1' })])
    // put it back for the next test
    const again = new Level<string, Uint8Array>(keystorePath(dataDir), { keyEncoding: 'utf8', valueEncoding: 'view' })
    value[value.length - 5]! ^= 0x01
    await again.put('share:vault-1', value)
    await again.close()
  })

  it('init made a KEM key; rotate-kem makes the next one and keeps the retired one, encrypted like the identity', async () => {
    const kemKeys = async () => {
      const store = await KeyStore.open(keystorePath(dataDir), PASSPHRASE)
      try {
        const kem = await NodeKemKeys.load(store)
        return { ids: kem.keyIds, current: kem.current.keyId, secrets: kem.keyIds.map((id) => Uint8Array.from(kem.secretKey(id)!)) }
      } finally {
        await store.close()
      }
    }
    const before = await kemKeys()
    expect(before.ids).toEqual([1])
    const rotate = await runCli(['rotate-kem', '--data', dataDir, '--json'], env())
    expect(rotate.code, rotate.stderr).toBe(0)
    expect(JSON.parse(rotate.stdout)).toMatchObject({ kemKeyId: 2, retired: 1 })
    const after = await kemKeys()
    expect(after.ids).toEqual([1, 2])
    expect(after.current).toBe(2)
    expect(after.secrets[0]).toEqual(before.secrets[0])
    expect(after.secrets[1]).not.toEqual(before.secrets[0])
    // no KEM seed is on disk in clear
    const db = new Level<string, Uint8Array>(keystorePath(dataDir), { valueEncoding: 'view' })
    try {
      for await (const value of db.values()) for (const seed of after.secrets) expect(Buffer.from(value).indexOf(Buffer.from(seed))).toBe(-1)
    } finally {
      await db.close()
    }
  })

  it('rotate-passphrase: the old passphrase no longer opens the store, the new one does', async () => {
    const before = await secretOnDisk()
    const rotate = await runCli(['rotate-passphrase', '--data', dataDir, '--json'], env({ THRESH_NEW_PASSPHRASE: 'a brand new passphrase' }))
    expect(rotate.code, rotate.stderr).toBe(0)
    const old = await runCli(['info', '--data', dataDir], env())
    expect(old.code).not.toBe(0)
    expect(old.stderr).toMatch(/wrong passphrase/i)
    expect((await runCli(['info', '--data', dataDir], env({ THRESH_PASSPHRASE: 'a brand new passphrase' }))).code).toBe(0)
    expect(await secretOnDisk('a brand new passphrase')).toBe(before)
  })
})
