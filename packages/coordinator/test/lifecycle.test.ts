// Key lifecycle end to end: the SDK against real `thresh-node` processes (the built CLI).
// refresh, reshare (add, remove, replace nodes, change the threshold), repair and import:
// the group key never changes, every signature verifies independently, a removed node's
// share is gone and the old epoch no longer signs.
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { ed25519 } from '@noble/curves/ed25519.js'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { computeAddress, recoverAddress, Signature as EthersSignature } from 'ethers'
import { parseTssLibSaveData } from '@thresh/crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startNode, THRESH_CLI, waitReady } from '../../../scripts/testnet/cluster.mjs'
import { verifyIndependently } from '../../../scripts/testnet/verify.mjs'
import { Coordinator, CulpritError, type KeyInfo, type Scheme } from '../src/index.js'
import type { NodeTransport } from '../src/transport.js'
import type { CoordRequest } from '@thresh/wire'
import { startProcessCluster, type ProcessCluster } from './process-cluster.js'

const text = (s: string) => new TextEncoder().encode(s)
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')

let net: ProcessCluster
let c: Coordinator
const peer = (i: number): string => net.cluster.members[i]!.peerId

beforeAll(async () => {
  // nodes 1-3 run; nodes 4 and 5 are configured everywhere and start when a test needs them
  net = await startProcessCluster('lifecycle', { nodes: 3, spare: 2 })
  c = net.c
}, 120_000)

afterAll(async () => {
  await net?.stop()
})

const spareStarted = new Set<number>()
async function startSpare(i: number): Promise<void> {
  if (spareStarted.has(i)) return
  const m = net.cluster.members[i]
  const child = startNode(m)
  net.children.push(child)
  await waitReady(m, child, 30_000, 2)
  spareStarted.add(i)
  // the SDK dials it on first use
}

async function signs(key: KeyInfo, what: string, signers?: string[]): Promise<string[]> {
  const message = text(what)
  const sig = await c.sign({ keyId: key.keyId, message, ...(key.scheme === 'ecdsa' ? { hash: 'sha256' as const } : {}), ...(signers ? { signers, strict: true } : {}) })
  expect(await verifyIndependently(key.scheme, key.groupPublicKey, message, sig)).toBe(true)
  return sig.signers
}

describe('refresh', () => {
  it.each(['ecdsa', 'frost-ed25519', 'frost-secp256k1', 'bip340'] as const)('%s: a new epoch with new public shares under the same key; the new epoch signs, a stale pin is refused', async (scheme: Scheme) => {
    const key = await c.keygen({ scheme, threshold: 2, keyId: `lc-refresh-${scheme}`, parties: [peer(0), peer(1), peer(2)] })
    expect(key.epoch).toBe(0)
    const refreshed = await c.refresh(key.keyId)
    expect(refreshed).toMatchObject({ keyId: key.keyId, scheme, threshold: 2, parties: key.parties, epoch: 1, groupPublicKey: key.groupPublicKey, chainCode: key.chainCode })
    refreshed.publicShares.forEach((s, i) => expect(hex(s)).not.toBe(hex(key.publicShares[i]!)))
    expect(await c.publicKey(key.keyId)).toEqual(refreshed)
    await signs(refreshed, `refreshed ${scheme}`, [peer(1), peer(2)])

    // a coordinator that still pins epoch 0: every node refuses it, naming the epoch
    const stale = await Coordinator.connect({ nodes: net.cluster.nodes, identity: net.cluster.coordinator.identityFile, keys: [key] })
    try {
      const err = await stale.sign({ keyId: key.keyId, message: text('stale'), ...(scheme === 'ecdsa' ? { hash: 'sha256' as const } : {}) }).catch((e: unknown) => e)
      expect(String((err as Error).message)).toMatch(/stale-epoch.*epoch 1 on this node; the request is for epoch 0/)
    } finally {
      await stale.close()
    }
  })
})

describe('reshare', () => {
  it('2-of-3 to 3-of-4 replacing node 3: the new committee signs, node 3 no longer holds the key, two signers no longer suffice, ethers recovers the same address', async () => {
    await Promise.all([startSpare(3), startSpare(4)])
    const key = await c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'lc-reshare', parties: [peer(0), peer(1), peer(2)] })
    const parties = [peer(0), peer(1), peer(3), peer(4)]
    const reshared = await c.reshare(key.keyId, { parties, threshold: 3 })
    expect(reshared).toMatchObject({ parties, threshold: 3, epoch: 1, groupPublicKey: key.groupPublicKey, chainCode: key.chainCode })
    const signers = await signs(reshared, 'new committee', [peer(0), peer(3), peer(4)])
    expect(signers).toEqual([peer(0), peer(3), peer(4)])
    // the old node no longer holds the key; two of the new committee cannot sign a 3-of-4 key
    const listed = await c.listKeys()
    expect(listed.find((k) => k.keyId === key.keyId)!.holders.sort()).toEqual([...parties].sort())
    await expect(c.sign({ keyId: key.keyId, message: text('two'), hash: 'sha256', signers: [peer(0), peer(1)], strict: true })).rejects.toThrow(/3 signers|needs 3|at least 3/)
    // ethers recovers the same address as before the reshare
    const digest = new Uint8Array(32).fill(9)
    const sig = await c.signDigest({ keyId: key.keyId, digest })
    expect(recoverAddress(digest, EthersSignature.from({ r: '0x' + hex(sig.signature.slice(0, 32)), s: '0x' + hex(sig.signature.slice(32)), v: 27 + sig.recoveryId }))).toBe(computeAddress('0x' + hex(key.groupPublicKey)))
  })

  it.each([
    ['3-of-4 down to 2-of-3 (remove a node, lower the threshold)', 'frost-secp256k1', 3, [0, 1, 3, 4], 2, [1, 3, 4]],
    ['2-of-3 to 2-of-2 on two other nodes (a disjoint committee)', 'frost-ed25519', 2, [0, 1, 2], 2, [3, 4]],
  ] as const)('%s', async (_name, scheme, t, from, t2, to) => {
    await Promise.all([startSpare(3), startSpare(4)])
    const key = await c.keygen({ scheme, threshold: t, keyId: `lc-reshare-${scheme}`, parties: from.map(peer) })
    const reshared = await c.reshare(key.keyId, { parties: to.map(peer), threshold: t2 })
    expect(reshared).toMatchObject({ parties: to.map(peer), threshold: t2, epoch: 1, groupPublicKey: key.groupPublicKey })
    await signs(reshared, `reshared ${scheme}`)
  })
})

describe('repair', () => {
  it('rebuilds a lost party\'s share on a replacement node: same public shares, the new committee signs with it', async () => {
    await startSpare(3)
    const key = await c.keygen({ scheme: 'bip340', threshold: 2, keyId: 'lc-repair', parties: [peer(0), peer(1), peer(2)] })
    const repaired = await c.repair(key.keyId, { party: peer(2), replacement: peer(3) })
    expect(repaired).toMatchObject({ parties: [peer(0), peer(1), peer(3)], epoch: 1, groupPublicKey: key.groupPublicKey, publicShares: key.publicShares })
    await signs(repaired, 'repaired', [peer(0), peer(3)])
  })

  it('ECDSA: the rebuilt share signs after the committee\'s DKLs23 setup', async () => {
    await startSpare(4)
    const key = await c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'lc-repair-ecdsa', parties: [peer(0), peer(1), peer(2)] })
    const repaired = await c.repair(key.keyId, { party: peer(1), replacement: peer(4) })
    expect(repaired.publicShares).toEqual(key.publicShares)
    await signs(repaired, 'repaired ecdsa', [peer(4), peer(2)])
  })
})

describe('import', () => {
  it('a secp256k1 private key becomes a 2-of-3 ECDSA key: same address (ethers), signatures recover to it', async () => {
    const privateKey = secp256k1.utils.randomSecretKey()
    const key = await c.importKey({ scheme: 'ecdsa', privateKey, threshold: 2, keyId: 'lc-import-ecdsa', parties: [peer(0), peer(1), peer(2)] })
    expect(hex(key.groupPublicKey)).toBe(hex(secp256k1.getPublicKey(privateKey, true)))
    expect(key.epoch).toBe(1) // refreshed right after the split
    await signs(key, 'imported')
  })

  it('each share travels sealed to its node\'s KEM key; another node\'s announcement fails the import naming the node', async () => {
    const transport = (c as unknown as { transport: NodeTransport }).transport
    const { request, kemAnnouncement } = transport
    const sent: CoordRequest[] = []
    transport.request = (peerId, r, options) => (sent.push(r), request.call(transport, peerId, r, options))
    try {
      const privateKey = secp256k1.utils.randomSecretKey()
      await c.importKey({ scheme: 'ecdsa', privateKey, threshold: 2, keyId: 'lc-import-sealed', parties: [peer(0), peer(1), peer(2)] })
      const imports = sent.filter((r) => r.kind === 'importKey')
      expect(imports).toHaveLength(3)
      for (const r of imports) {
        // a 32-byte share sealed (1137 bytes of overhead); the request type has no field for one in clear
        expect(r.sealedShare.box.length).toBe(1137 + 32)
        expect(r.sealedShare.keyId).toBe(1)
      }
      expect(new Set(imports.map((r) => Buffer.from(r.sealedShare.box).toString('hex'))).size).toBe(3)
      // node 1 answers with node 2's (valid) announcement
      transport.kemAnnouncement = (peerId, options) => kemAnnouncement.call(transport, peerId === peer(1) ? peer(2) : peerId, options)
      const err = await c.importKey({ scheme: 'ecdsa', privateKey, threshold: 2, keyId: 'lc-import-forged', parties: [peer(0), peer(1), peer(2)] }).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(CulpritError)
      expect((err as CulpritError).culprits).toEqual([peer(1)])
      expect((err as Error).message).toMatch(/names another peer/)
    } finally {
      transport.request = request
      transport.kemAnnouncement = kemAnnouncement
    }
  })

  it('an Ed25519 seed becomes a FROST(Ed25519) key whose signatures verify under the seed\'s public key', async () => {
    const seed = ed25519.utils.randomSecretKey()
    const key = await c.importKey({ scheme: 'frost-ed25519', privateKey: seed, threshold: 2, keyId: 'lc-import-ed25519', parties: [peer(0), peer(1), peer(2)] })
    expect(hex(key.groupPublicKey)).toBe(hex(ed25519.getPublicKey(seed)))
    await signs(key, 'imported ed25519')
  })

  it('tss-lib: three of the five parties\' keygen save files become a thresh ECDSA key with the same public key; ethers recovers its address', async () => {
    const fixtures = fileURLToPath(new URL('../../crypto/test/import/fixtures/', import.meta.url))
    const files = await Promise.all([0, 1, 2].map((i) => readFile(join(fixtures, `keygen_data_${i}.json`), 'utf8')))
    const expected = parseTssLibSaveData(files[0]!).ecdsaPub
    const key = await c.importTssLib({ files, threshold: 2, keyId: 'lc-tss-lib', parties: [peer(0), peer(1), peer(2)] })
    expect(hex(key.groupPublicKey)).toBe(hex(expected))
    const digest = new Uint8Array(32).fill(0x42)
    const sig = await c.signDigest({ keyId: key.keyId, digest })
    expect(recoverAddress(digest, EthersSignature.from({ r: '0x' + hex(sig.signature.slice(0, 32)), s: '0x' + hex(sig.signature.slice(32)), v: 27 + sig.recoveryId }))).toBe(computeAddress('0x' + hex(expected)))
    // two files are not enough for tss-lib threshold 2: refused before anything is sent
    await expect(c.importTssLib({ files: files.slice(0, 2), threshold: 2, keyId: 'lc-tss-lib-2' })).rejects.toThrow(/cannot split the key/)
  })

  it('the CLI imports a private key from a file, refreshes it, keeps the keys file current and signs', async () => {
    const thresh = async (...args: string[]) => JSON.parse((await promisify(execFile)(process.execPath, [THRESH_CLI, '--config', net.cluster.coordinator.clientConfig, '--json', ...args])).stdout)
    const keyFile = join(net.cluster.dir, 'import.key')
    const privateKey = secp256k1.utils.randomSecretKey()
    await writeFile(keyFile, hex(privateKey) + '\n', { mode: 0o600 })
    const imported = await thresh('import', '--scheme', 'ecdsa', '--threshold', '2', '--private-key-file', keyFile, '--key-id', 'lc-cli', '--parties', [peer(0), peer(1), peer(2)].join(','))
    expect(imported).toMatchObject({ keyId: 'lc-cli', epoch: 1, publicKey: hex(secp256k1.getPublicKey(privateKey, true)) })
    const refreshed = await thresh('refresh', '--key', 'lc-cli')
    expect(refreshed).toMatchObject({ keyId: 'lc-cli', epoch: 2, publicKey: imported.publicKey })
    const file = JSON.parse(await readFile(net.cluster.coordinator.keysFile, 'utf8'))
    expect(file.find((k: { keyId: string }) => k.keyId === 'lc-cli')).toMatchObject({ epoch: 2 })
    const sig = await thresh('sign', '--key', 'lc-cli', '--digest', '11'.repeat(32))
    expect(sig).toMatchObject({ keyId: 'lc-cli', verified: true })

    // upgrade: an entry pinned by a release before key epochs is refused, naming the fix, and `pin` rewrites it
    const current = JSON.parse(await readFile(net.cluster.coordinator.keysFile, 'utf8')) as Record<string, unknown>[]
    const legacy = current.map((k) => (k.keyId === 'lc-cli' ? { ...k, epoch: undefined, publicShares: undefined } : k))
    await writeFile(net.cluster.coordinator.keysFile, JSON.stringify(legacy))
    const refused = await promisify(execFile)(process.execPath, [THRESH_CLI, '--config', net.cluster.coordinator.clientConfig, 'pubkey', '--key', 'lc-cli']).catch((e: { stderr: string }) => e)
    expect((refused as { stderr: string }).stderr).toMatch(/pinned before key epochs \(lc-cli\).*thresh pin --key lc-cli/)
    await Promise.all([startSpare(3), startSpare(4)]) // discovery asks every configured node
    const repinned = await thresh('pin', '--key', 'lc-cli')
    expect(repinned).toMatchObject({ keyId: 'lc-cli', epoch: 2, publicKey: imported.publicKey })
    expect(await thresh('pubkey', '--key', 'lc-cli')).toMatchObject({ epoch: 2, trust: 'pinned' })
  })
})
