// Presignatures through the SDK against three real node processes: presign(), sign() with
// a ready presignature (one round trip), the background pool, and the fallback to the
// full protocol when a node restarted and lost its presignatures (they live in memory).
import { once } from 'node:events'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ed25519 } from '@noble/curves/ed25519.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { HDKey } from '@scure/bip32'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startNode, waitReady } from '../../../scripts/testnet/cluster.mjs'
import { Coordinator, PolicyDeniedError, type KeyInfo } from '../src/index.js'
import { startProcessCluster, waitFor, type ProcessCluster } from './process-cluster.js'

const digestOf = (text: string) => sha256(new TextEncoder().encode(text))
const verifies = (signature: Uint8Array, digest: Uint8Array, publicKey: Uint8Array) => secp256k1.verify(signature, digest, publicKey, { prehash: false, lowS: true })

describe('presignatures over real node processes', () => {
  let net: ProcessCluster
  let key: KeyInfo
  let peers: string[]

  beforeAll(async () => {
    // every node: eip191 payloads denied, everything else allowed
    const admins = { threshold: 1, approvers: [{ type: 'ed25519', publicKey: bytesToHex(ed25519.getPublicKey(ed25519.utils.randomSecretKey())) }] }
    const policy = { version: 1, rules: [{ id: 'no-eip191', effect: 'deny', condition: 'request.payload == "eip191"' }, { id: 'rest', effect: 'allow', condition: 'true' }] }
    net = await startProcessCluster('presign', {
      beforeStart: async (cluster) => {
        for (const m of cluster.members as { configFile: string; dataDir: string }[]) {
          const file = join(m.dataDir, 'policy.json')
          await writeFile(file, JSON.stringify(policy))
          const config = JSON.parse(await readFile(m.configFile, 'utf8')) as Record<string, unknown>
          await writeFile(m.configFile, JSON.stringify({ ...config, policy: { file, admins } }))
        }
      },
    })
    key = await net.c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'presign-ecdsa' })
    peers = net.cluster.members.map((m: { peerId: string }) => m.peerId)
  }, 120_000)

  afterAll(async () => {
    await net?.stop()
  })

  it('presign() then sign() uses a presignature: the signature verifies (noble) and the pool shrinks', async () => {
    const signers = [peers[0]!, peers[1]!]
    expect(await net.c.presign(key.keyId, { signers, count: 2 })).toBe(2)
    const digest = digestOf('presigned')
    const sig = await net.c.signDigest({ keyId: key.keyId, digest, signers })
    expect(verifies(sig.signature, digest, key.groupPublicKey)).toBe(true)
    expect([...sig.signers].sort()).toEqual([...signers].sort())
    expect(await net.c.readyPresignatures(key.keyId)).toBe(1)
    expect(net.c.presignatureStats()).toEqual({ signed: 1, fellBack: 0 })
    // another signer set has none ready: the full protocol signs
    const other = await net.c.signDigest({ keyId: key.keyId, digest, signers: [peers[0]!, peers[2]!], strict: true })
    expect(verifies(other.signature, digest, key.groupPublicKey)).toBe(true)
    expect(await net.c.readyPresignatures(key.keyId)).toBe(1)
  })

  it('a payload at a BIP32 path signs with a presignature made for that path, under the key the SDK derives', async () => {
    const signers = [peers[1]!, peers[2]!]
    expect(await net.c.presign(key.keyId, { signers, path: 'm/0/7', count: 1 })).toBe(1)
    const derived = new HDKey({ publicKey: key.groupPublicKey, chainCode: key.chainCode }).derive('m/0/7').publicKey!
    expect(await net.c.publicKeyAt(key.keyId, 'm/0/7')).toEqual(derived)
    const digest = digestOf('at a path')
    const sig = await net.c.sign({ keyId: key.keyId, payload: { kind: 'digest', data: digest }, path: 'm/0/7', signers })
    expect(verifies(sig.signatures[0]!.signature, digest, derived)).toBe(true)
    expect(await net.c.readyPresignatures(key.keyId, 'm/0/7')).toBe(0)
    expect(net.c.presignatureStats()).toEqual({ signed: 2, fellBack: 0 })
  })

  it('a payload the policy denies is refused with PolicyDeniedError; the presignature stays usable', async () => {
    const signers = [peers[1]!, peers[2]!]
    await net.c.presign(key.keyId, { signers, count: 1 })
    const ready = await net.c.readyPresignatures(key.keyId)
    const before = net.c.presignatureStats()
    const denied = await net.c.sign({ keyId: key.keyId, payload: { kind: 'eip191', data: new TextEncoder().encode('no') }, signers }).catch((e: unknown) => e)
    expect(denied).toBeInstanceOf(PolicyDeniedError)
    expect(await net.c.readyPresignatures(key.keyId)).toBe(ready)
    const digest = digestOf('after a denial')
    const sig = await net.c.signDigest({ keyId: key.keyId, digest, signers })
    expect(verifies(sig.signature, digest, key.groupPublicKey)).toBe(true)
    expect(net.c.presignatureStats()).toEqual({ signed: before.signed + 1, fellBack: before.fellBack + 1 })
    expect(await net.c.readyPresignatures(key.keyId)).toBe(ready - 1)
  })

  it('a restarted node lost its presignatures: sign() falls back to the full protocol, which verifies', async () => {
    const signers = [peers[0]!, peers[1]!]
    await net.c.presign(key.keyId, { signers, count: 1 })
    const ready = await net.c.readyPresignatures(key.keyId)
    expect(ready).toBeGreaterThanOrEqual(1)
    const old = net.children[1]!
    old.kill('SIGTERM')
    await once(old, 'exit')
    net.children[1] = startNode(net.cluster.members[1])
    await waitReady(net.cluster.members[1], net.children[1], 30_000, 2)
    const digest = digestOf('after a restart')
    const before = net.c.presignatureStats()
    const sig = await net.c.signDigest({ keyId: key.keyId, digest, signers })
    expect(verifies(sig.signature, digest, key.groupPublicKey)).toBe(true)
    expect(net.c.presignatureStats()).toEqual({ signed: before.signed, fellBack: before.fellBack + 1 })
    // the restarted node answered presign-unknown: every ready presignature it was part of is dropped
    expect(await net.c.readyPresignatures(key.keyId)).toBe(0)
  }, 60_000)

  it('with ConnectOptions.presignatures, sign() at a signer set keeps a pool there in the background', async () => {
    const c = await Coordinator.connect({ nodes: net.cluster.nodes, identity: net.cluster.coordinator.identityFile, keys: [key], presignatures: { size: 3 } })
    try {
      const signers = [peers[0]!, peers[2]!]
      const first = await c.signDigest({ keyId: key.keyId, digest: digestOf('pool 1'), signers })
      expect(verifies(first.signature, digestOf('pool 1'), key.groupPublicKey)).toBe(true)
      await waitFor(async () => (await c.readyPresignatures(key.keyId)) === 3)
      const second = await c.signDigest({ keyId: key.keyId, digest: digestOf('pool 2'), signers })
      expect(verifies(second.signature, digestOf('pool 2'), key.groupPublicKey)).toBe(true)
      expect(await c.readyPresignatures(key.keyId)).toBe(2)
    } finally {
      await c.close()
    }
  }, 60_000)
})
