// Upgrade: keystores written by the previous release (share metadata version 2, no
// epochs; fixtures/store-v2, see its README) open with today's code, are migrated in
// place to version 3 (epoch 0, public shares read from each share), and every key signs
// under the public key the old coordinator pinned — and can be refreshed.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { KeyStore } from '@thresh/store'
import type { Scheme } from '@thresh/crypto'
import { pino } from 'pino'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { loadIdentity } from '../src/identity.js'
import { keystorePath, ThreshNode } from '../src/node.js'
import { addrOf, freePorts, nodeConfig, signatures, TestCoordinator, type Member } from './cluster.js'
import { signedBytes, verifiesSignature } from './verifiers.js'

const FIXTURE = fileURLToPath(new URL('./fixtures/store-v2/', import.meta.url))
let root: string
let passphrase: string
let members: Member[]
let nodes: ThreshNode[] = []
let coordinator: TestCoordinator
let pinned: { keyId: string; scheme: Scheme; publicKey: string; parties: string[] }[]

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'thresh-upgrade-'))
  await cp(FIXTURE, root, { recursive: true })
  passphrase = (await readFile(join(root, 'passphrase'), 'utf8')).trim()
  pinned = JSON.parse(await readFile(join(root, 'keys.json'), 'utf8'))
  const ports = await freePorts(6)
  members = []
  for (let i = 0; i < 3; i++) {
    const dataDir = join(root, `node${i + 1}`)
    const store = await KeyStore.open(keystorePath(dataDir), passphrase)
    const { peerId } = await loadIdentity(store)
    await store.close()
    members.push({ peerId, dataDir, port: ports[2 * i]!, httpPort: ports[2 * i + 1]! })
  }
  coordinator = await TestCoordinator.create()
  nodes = await Promise.all(members.map((_, i) => ThreshNode.start(nodeConfig(members, i, [coordinator.peerId]), passphrase, { logger: pino({ level: 'silent' }) })))
  for (const m of members) await coordinator.know(m.peerId, addrOf(m))
}, 60_000)

afterAll(async () => {
  await coordinator?.stop()
  await Promise.all(nodes.map((n) => n.stop()))
  if (root) await rm(root, { recursive: true, force: true })
})

it('the old keys are listed at epoch 0 with their public shares, and each signs under the key the old coordinator pinned', async () => {
  expect(pinned.map((k) => k.keyId).sort()).toEqual(['testnet-bip340', 'testnet-ecdsa', 'testnet-frost-ed25519', 'testnet-frost-secp256k1'])
  expect(pinned[0]!.parties).toEqual(members.map((m) => m.peerId))
  const listed = await coordinator.call(members[0]!.peerId, { kind: 'listKeys' })
  if (listed.kind !== 'keys') throw new Error(`listKeys answered ${listed.kind}`)
  for (const old of pinned) {
    const key = listed.keys.find((k) => k.keyId === old.keyId)!
    expect(key).toMatchObject({ scheme: old.scheme, epoch: 0, parties: old.parties })
    expect(Buffer.from(key.groupPublicKey).toString('hex')).toBe(old.publicKey)
    expect(key.publicShares).toHaveLength(3)
    const message = new TextEncoder().encode(`upgraded ${old.keyId}`)
    for (const sig of signatures(await coordinator.signAll(old.keyId, [members[1]!.peerId, members[2]!.peerId], signedBytes(old.scheme, message)))) {
      expect(verifiesSignature(old.scheme, Buffer.from(old.publicKey, 'hex'), message, sig)).toBe(true)
    }
  }
})

it('an upgraded ECDSA key refreshes (its DKLs23 setup runs again) and signs at epoch 1; the stores are format 3 after a restart', async () => {
  const got = await coordinator.call(members[0]!.peerId, { kind: 'getPublicKey', keyId: 'testnet-ecdsa' })
  if (got.kind !== 'publicKey') throw new Error(`getPublicKey answered ${got.kind}`)
  const key = got.key
  const all = members.map((m) => m.peerId)
  const refresh = { kind: 'reshare' as const, keyId: key.keyId, nonce: new Uint8Array(16).fill(8), issuedAt: Math.floor(Date.now() / 1000), key, refresh: true, dealers: all, newParties: all, newThreshold: 2 }
  for (const r of await Promise.all(all.map((p) => coordinator.call(p, refresh)))) expect(r).toMatchObject({ kind: 'lifecycle', key: { epoch: 1 } })
  await coordinator.commit(all, { kind: 'commitKey', keyId: key.keyId, groupPublicKey: key.groupPublicKey, nonce: refresh.nonce })
  const message = new TextEncoder().encode('refreshed after the upgrade')
  for (const sig of signatures(await coordinator.signAll(key.keyId, [all[0]!, all[2]!], signedBytes('ecdsa', message), undefined, 1))) {
    expect(verifiesSignature('ecdsa', key.groupPublicKey, message, sig)).toBe(true)
  }
  await Promise.all(nodes.map((n) => n.stop()))
  nodes = []
  const store = await KeyStore.open(keystorePath(members[0]!.dataDir), passphrase)
  try {
    const metas = await store.listKeys()
    expect(metas.map((k) => k.meta.version)).toEqual([3, 3, 3, 3])
    expect(metas.find((k) => k.keyId === 'testnet-ecdsa')!.meta.epoch).toBe(1)
  } finally {
    await store.close()
  }
}, 60_000)
