// CGGMP keys end to end over real node processes: keygen with engine 'cggmp' (DKG +
// aux-info in the nodes' session workers), signing (presign + sign node to node, one
// request), an Ethereum transaction checked by ethers, raw digests checked by OpenSSL
// (node:crypto, SPKI of the key, IEEE P1363 r||s), and a refresh that re-runs aux-info.
import { createPublicKey, verify as opensslVerify } from 'node:crypto'
import { once } from 'node:events'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { Transaction } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startNode, waitReady } from '../../../scripts/testnet/cluster.mjs'
import { ThreshSigner } from '../src/ethers.js'
import { ThreshError, type KeyInfo } from '../src/index.js'
import { startProcessCluster, type ProcessCluster } from './process-cluster.js'

/** The key as OpenSSL reads it: SubjectPublicKeyInfo of an uncompressed secp256k1 point. */
function spkiOf(compressed: Uint8Array) {
  const point = secp256k1.Point.fromBytes(compressed).toBytes(false)
  const prefix = Buffer.from('3056301006072a8648ce3d020106052b8104000a034200', 'hex')
  return createPublicKey({ key: Buffer.concat([prefix, point]), format: 'der', type: 'spki' })
}

describe('CGGMP keys over real node processes', () => {
  let net: ProcessCluster
  let peers: string[]
  let k23: KeyInfo
  let k35: KeyInfo

  beforeAll(async () => {
    net = await startProcessCluster('cggmp', { nodes: 5 })
    peers = net.cluster.members.map((m: { peerId: string }) => m.peerId)
    ;[k23, k35] = await Promise.all([
      net.c.keygen({ scheme: 'ecdsa', engine: 'cggmp', threshold: 2, parties: peers.slice(0, 3), keyId: 'cggmp-2of3' }),
      net.c.keygen({ scheme: 'ecdsa', engine: 'cggmp', threshold: 3, parties: peers, keyId: 'cggmp-3of5' }),
    ])
  }, 300_000)

  afterAll(async () => {
    await net?.stop()
  })

  it('keygen reports the engine (KeyInfo, listKeys, getPublicKey)', async () => {
    expect(k23.engine).toBe('cggmp')
    expect(k35.engine).toBe('cggmp')
    const listed = await net.c.listKeys()
    expect(listed.find((k) => k.keyId === 'cggmp-2of3')?.engine).toBe('cggmp')
  }, 60_000)

  for (const [name, key] of [['2-of-3', () => k23], ['3-of-5', () => k35]] as const) {
    it(`${name}: an Ethereum transaction signed through ethers recovers the key's address`, async () => {
      const signer = await ThreshSigner.create(net.c, key().keyId)
      const signed = await signer.signTransaction({ type: 2, chainId: 1n, nonce: 0, to: '0x000000000000000000000000000000000000dEaD', value: 1n, gasLimit: 21_000n, maxFeePerGas: 10n ** 10n, maxPriorityFeePerGas: 10n ** 9n })
      expect(Transaction.from(signed).from).toBe(await net.c.address(key().keyId))
    }, 120_000)

    it(`${name}: a raw digest signature verifies under OpenSSL (SPKI, ieee-p1363)`, async () => {
      const message = new TextEncoder().encode(`cggmp ${name}`)
      const sig = await net.c.signDigest({ keyId: key().keyId, digest: sha256(message) })
      expect(sig.signature.length).toBe(64)
      expect(opensslVerify('sha256', message, { key: spkiOf(key().groupPublicKey), dsaEncoding: 'ieee-p1363' }, sig.signature)).toBe(true)
    }, 120_000)
  }

  it('presignature pool: presign() then signDigest() signs with the online step only (σ_i combined by the SDK), verified by OpenSSL', async () => {
    const signers = [peers[0]!, peers[1]!]
    expect(await net.c.presign(k23.keyId, { signers, count: 1 })).toBe(1)
    const before = net.c.presignatureStats()
    const message = new TextEncoder().encode('cggmp presigned')
    const sig = await net.c.signDigest({ keyId: k23.keyId, digest: sha256(message), signers })
    expect(net.c.presignatureStats()).toEqual({ signed: before.signed + 1, fellBack: before.fellBack })
    expect(opensslVerify('sha256', message, { key: spkiOf(k23.groupPublicKey), dsaEncoding: 'ieee-p1363' }, sig.signature)).toBe(true)
  }, 120_000)

  it('a BIP32 path: the full protocol and a presignature made for the path sign under the key the SDK derives', async () => {
    const derived = await net.c.publicKeyAt(k23.keyId, 'm/0/7')
    const signers = [peers[1]!, peers[2]!]
    const digest = sha256(new TextEncoder().encode('at a path'))
    const full = await net.c.sign({ keyId: k23.keyId, payload: { kind: 'digest', data: digest }, path: 'm/0/7', signers })
    expect(secp256k1.verify(full.signatures[0]!.signature, digest, derived, { prehash: false, lowS: true })).toBe(true)
    expect(await net.c.presign(k23.keyId, { signers, path: 'm/0/7', count: 1 })).toBe(1)
    const online = await net.c.sign({ keyId: k23.keyId, payload: { kind: 'digest', data: digest }, path: 'm/0/7', signers })
    expect(secp256k1.verify(online.signatures[0]!.signature, digest, derived, { prehash: false, lowS: true })).toBe(true)
    expect(await net.c.readyPresignatures(k23.keyId, 'm/0/7')).toBe(0)
  }, 120_000)

  it('a restarted node reads its CGGMP record back (engine, strictly decoded share) and has lost its presignatures: sign() falls back and verifies', async () => {
    const signers = [peers[0]!, peers[1]!]
    expect(await net.c.presign(k23.keyId, { signers, count: 1 })).toBe(1)
    const old = net.children[1]!
    old.kill('SIGTERM')
    await once(old, 'exit')
    net.children[1] = startNode(net.cluster.members[1])
    await waitReady(net.cluster.members[1], net.children[1], 30_000, 4)
    expect((await net.c.listKeys()).find((k) => k.keyId === k23.keyId)?.engine).toBe('cggmp')
    const before = net.c.presignatureStats()
    const message = new TextEncoder().encode('after a restart')
    const sig = await net.c.signDigest({ keyId: k23.keyId, digest: sha256(message), signers })
    expect(net.c.presignatureStats()).toEqual({ signed: before.signed, fellBack: before.fellBack + 1 })
    expect(opensslVerify('sha256', message, { key: spkiOf(k23.groupPublicKey), dsaEncoding: 'ieee-p1363' }, sig.signature)).toBe(true)
  }, 180_000)

  it('refresh re-runs aux-info: same group key, next epoch, and the key still signs', async () => {
    const refreshed = await net.c.refresh(k23.keyId)
    expect(refreshed.epoch).toBe(k23.epoch + 1)
    expect(refreshed.engine).toBe('cggmp')
    expect(Buffer.from(refreshed.groupPublicKey).equals(Buffer.from(k23.groupPublicKey))).toBe(true)
    const message = new TextEncoder().encode('after refresh')
    const sig = await net.c.signDigest({ keyId: k23.keyId, digest: sha256(message) })
    expect(opensslVerify('sha256', message, { key: spkiOf(k23.groupPublicKey), dsaEncoding: 'ieee-p1363' }, sig.signature)).toBe(true)
  }, 180_000)

  it('reshare 3-of-5 -> 3-of-4 runs aux-info for the new committee: same group key, still cggmp, and the new committee signs', async () => {
    const parties = [peers[0]!, peers[1]!, peers[3]!, peers[4]!]
    const reshared = await net.c.reshare(k35.keyId, { parties, threshold: 3 })
    expect(reshared.engine).toBe('cggmp')
    expect(reshared.parties).toEqual(parties)
    expect(Buffer.from(reshared.groupPublicKey).equals(Buffer.from(k35.groupPublicKey))).toBe(true)
    const message = new TextEncoder().encode('after a reshare')
    const sig = await net.c.signDigest({ keyId: k35.keyId, digest: sha256(message) })
    expect(sig.signers.every((p) => parties.includes(p))).toBe(true)
    expect(opensslVerify('sha256', message, { key: spkiOf(k35.groupPublicKey), dsaEncoding: 'ieee-p1363' }, sig.signature)).toBe(true)
  }, 240_000)

  it('identifiable abort: a signer sending a wrong σ_i is named by the identification round of both honest co-signers (a corroborated culprit in the SDK), and the key signs without it', async () => {
    // 3-of-5 (a member of the committee after the reshare above, too): two honest verifiers
    // each check the cheater's Π^dec, so their accusations corroborate each other
    const cheater = 3
    const old = net.children[cheater]!
    old.kill('SIGTERM')
    await once(old, 'exit')
    net.children[cheater] = startNode(net.cluster.members[cheater], { env: { THRESH_FAILPOINT: 'cggmp:tamper-sigma' } })
    await waitReady(net.cluster.members[cheater], net.children[cheater], 30_000, 4)
    const digest = sha256(new TextEncoder().encode('with a cheater'))
    const err = await net.c.signDigest({ keyId: k35.keyId, digest, signers: [peers[0]!, peers[1]!, peers[cheater]!], strict: true }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ThreshError)
    const failures = (err as ThreshError).attempts.flatMap((a) => a.failures)
    expect(failures.map((f) => [f.peerId, f.reason])).toEqual([[peers[cheater], 'culprit']])
    expect(failures[0]!.detail).toMatch(/Π\^dec/)
    // the SDK's own choice of signers leaves it out
    const sig = await net.c.signDigest({ keyId: k35.keyId, digest })
    expect(sig.signers).not.toContain(peers[cheater])
    expect(secp256k1.verify(sig.signature, digest, k35.groupPublicKey, { prehash: false, lowS: true })).toBe(true)
  }, 180_000)
})
