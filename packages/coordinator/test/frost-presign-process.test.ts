// FROST presignatures through the SDK against three real node processes: presign()
// (each node commits ahead), sign() with a ready presignature (one request per signer,
// aggregated and verified by the SDK), the path and Taproot tweak applied online, the
// fallback to the full protocol after a restart and after a refresh, and a node whose
// share is corrupted (failpoint frost:tamper-share) named as the culprit. Signatures are
// checked with noble (ed25519.verify, secp256k1_FROST.verify, schnorr.verify) and the
// Taproot output key with @scure/btc-signer.
import { once } from 'node:events'
import { ed25519 } from '@noble/curves/ed25519.js'
import { schnorr, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { HDKey } from '@scure/bip32'
import { p2tr } from '@scure/btc-signer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startNode, stopProcesses, waitReady } from '../../../scripts/testnet/cluster.mjs'
import { Coordinator, type KeyInfo } from '../src/index.js'
import { startProcessCluster, waitFor, type ProcessCluster } from './process-cluster.js'

const text = (s: string) => new TextEncoder().encode(s)

describe('FROST presignatures over real node processes', () => {
  let net: ProcessCluster
  let peers: string[]
  const keys: Record<string, KeyInfo> = {}

  beforeAll(async () => {
    net = await startProcessCluster('frost-presign')
    peers = net.cluster.members.map((m: { peerId: string }) => m.peerId)
    for (const scheme of ['frost-ed25519', 'frost-secp256k1', 'bip340'] as const) {
      keys[scheme] = await net.c.keygen({ scheme, threshold: 2, keyId: `presign-${scheme}` })
    }
  }, 120_000)

  afterAll(async () => {
    await net?.stop()
  })

  const restart = async (i: number, env?: Record<string, string>) => {
    await stopProcesses([net.children[i]!])
    net.children[i] = startNode(net.cluster.members[i], env ? { env } : {})
    await waitReady(net.cluster.members[i], net.children[i], 30_000, 2)
  }

  it('presign() then sign() uses a presignature, for each scheme; the signature verifies (noble)', async () => {
    const signers = [peers[0]!, peers[1]!]
    for (const [scheme, key] of Object.entries(keys)) {
      const before = net.c.presignatureStats()
      expect(await net.c.presign(key.keyId, { signers, count: 2 })).toBe(2)
      const message = text(`presigned ${scheme}`)
      const sig = await net.c.sign({ keyId: key.keyId, message, signers })
      const Y = key.groupPublicKey
      const valid = scheme === 'frost-ed25519' ? ed25519.verify(sig.signature, message, Y, { zip215: false })
        : scheme === 'bip340' ? schnorr.verify(sig.signature, message, Y.subarray(1))
        : secp256k1_FROST.verify(sig.signature, message, Y)
      expect(valid).toBe(true)
      expect(net.c.presignatureStats()).toEqual({ signed: before.signed + 1, fellBack: before.fellBack })
      expect(await net.c.readyPresignatures(key.keyId)).toBe(1)
    }
  })

  it('bip340: a presignature made for no path signs a Taproot payload at m/0/7 under the BIP86 output key', async () => {
    const key = keys.bip340!
    const signers = [peers[1]!, peers[2]!]
    await net.c.presign(key.keyId, { signers, count: 1 })
    const child = new HDKey({ publicKey: key.groupPublicKey, chainCode: key.chainCode }).derive('m/0/7').publicKey!
    const outputKey = p2tr(child.subarray(1)).tweakedPubkey
    const before = net.c.presignatureStats()
    const data = new Uint8Array(32).fill(7)
    const sig = await net.c.sign({ keyId: key.keyId, payload: { kind: 'bytes', data, taproot: true }, path: 'm/0/7', signers, strict: true })
    expect(schnorr.verify(sig.signatures[0]!.signature, data, outputKey)).toBe(true)
    expect(net.c.presignatureStats().signed).toBe(before.signed + 1)
  })

  it('a restarted node lost its nonces: sign() falls back to the full protocol, which verifies', async () => {
    const key = keys['frost-secp256k1']!
    const signers = [peers[0]!, peers[2]!]
    await net.c.presign(key.keyId, { signers, count: 2 })
    const old = net.children[2]!
    old.kill('SIGTERM')
    await once(old, 'exit')
    net.children[2] = startNode(net.cluster.members[2])
    await waitReady(net.cluster.members[2], net.children[2], 30_000, 2)
    const before = net.c.presignatureStats()
    const message = text('after a restart')
    const sig = await net.c.sign({ keyId: key.keyId, message, signers, strict: true })
    expect(secp256k1_FROST.verify(sig.signature, message, key.groupPublicKey)).toBe(true)
    expect(net.c.presignatureStats()).toEqual({ signed: before.signed, fellBack: before.fellBack + 1 })
    // the restarted node answered presign-unknown: every ready presignature it was part of is dropped
    const left = await net.c.readyPresignatures(key.keyId)
    await net.c.sign({ keyId: key.keyId, message, signers, strict: true })
    expect(net.c.presignatureStats().signed).toBe(before.signed)
    expect(left).toBe(await net.c.readyPresignatures(key.keyId))
  }, 60_000)

  it('after a refresh (new epoch) the old nonces are gone; sign() signs at the new epoch, and new presignatures work', async () => {
    const key = keys['frost-ed25519']!
    const signers = [peers[0]!, peers[1]!]
    await net.c.presign(key.keyId, { signers, count: 1 })
    const refreshed = await net.c.refresh(key.keyId)
    expect(refreshed.epoch).toBe(key.epoch + 1)
    keys['frost-ed25519'] = refreshed
    expect(await net.c.readyPresignatures(key.keyId)).toBe(0)
    const before = net.c.presignatureStats()
    const message = text('new epoch')
    const sig = await net.c.sign({ keyId: key.keyId, message, signers })
    expect(ed25519.verify(sig.signature, message, key.groupPublicKey, { zip215: false })).toBe(true)
    expect(await net.c.presign(key.keyId, { signers, count: 1 })).toBe(1)
    const again = await net.c.sign({ keyId: key.keyId, message: text('presigned again'), signers })
    expect(ed25519.verify(again.signature, text('presigned again'), key.groupPublicKey, { zip215: false })).toBe(true)
    expect(net.c.presignatureStats().signed).toBe(before.signed + 1)
  }, 60_000)

  it('with ConnectOptions.presignatures, sign() at a signer set keeps a pool of nonce commitments there in the background', async () => {
    const key = keys.bip340!
    const c = await Coordinator.connect({ nodes: net.cluster.nodes, identity: net.cluster.coordinator.identityFile, keys: [key], presignatures: { size: 3 } })
    try {
      const signers = [peers[0]!, peers[2]!]
      const first = await c.sign({ keyId: key.keyId, message: text('pool 1'), signers })
      expect(schnorr.verify(first.signature, text('pool 1'), key.groupPublicKey.subarray(1))).toBe(true)
      await waitFor(async () => (await c.readyPresignatures(key.keyId)) === 3)
      const second = await c.sign({ keyId: key.keyId, message: text('pool 2'), signers })
      expect(schnorr.verify(second.signature, text('pool 2'), key.groupPublicKey.subarray(1))).toBe(true)
      expect(c.presignatureStats()).toEqual({ signed: 1, fellBack: 0 })
    } finally {
      await c.close()
    }
  }, 60_000)

  it('a node answering a corrupted share is named (RFC 9591 verify_signature_share); the full protocol signs without it', async () => {
    const key = keys['frost-secp256k1']!
    await restart(1, { THRESH_FAILPOINT: 'frost:tamper-share' })
    try {
      // a signer set with nothing ready from before the restart
      const signers = [peers[1]!, peers[2]!]
      await net.c.presign(key.keyId, { signers, count: 1 })
      const before = net.c.presignatureStats()
      const message = text('one share corrupted')
      const sig = await net.c.sign({ keyId: key.keyId, message, signers })
      expect(secp256k1_FROST.verify(sig.signature, message, key.groupPublicKey)).toBe(true)
      expect(net.c.presignatureStats()).toEqual({ signed: before.signed, fellBack: before.fellBack + 1 })
      const named = sig.failedAttempts.flatMap((a) => a.failures)
      expect(named.map((f) => [f.peerId, f.reason])).toEqual([[peers[1]!, 'culprit']])
      expect(named[0]!.detail).toMatch(/verify_signature_share/)
      expect(sig.signers).not.toContain(peers[1]!)
    } finally {
      await restart(1)
    }
  }, 60_000)
})
