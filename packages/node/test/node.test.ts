import { randomBytes, verify as verifyWithOpenSsl, createPublicKey } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { schnorr, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import type { Scheme } from '@thresh/crypto'
import { RpcError, type KeyInfo } from '@thresh/wire'
import type { ThreshNode } from '../src/node.js'
import { addrOf, prepareMembers, removeDir, startNodes, TestCoordinator, type Member } from './cluster.js'

/** Independent verifiers: OpenSSL for Ed25519, noble's BIP340 and FROST(secp256k1) verify. */
function verifies(scheme: Scheme, groupPublicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  switch (scheme) {
    case 'frost-ed25519': {
      const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), groupPublicKey])
      return verifyWithOpenSsl(null, message, createPublicKey({ key: spki, format: 'der', type: 'spki' }), signature)
    }
    case 'bip340':
      return schnorr.verify(signature, message, groupPublicKey.subarray(1))
    case 'frost-secp256k1':
      return secp256k1_FROST.verify(signature, message, groupPublicKey)
    default:
      throw new Error(`no verifier for ${scheme}`)
  }
}

const nonce = () => new Uint8Array(randomBytes(16))

describe('three nodes in one process', () => {
  let root: string
  let members: Member[]
  let nodes: ThreshNode[]
  let coordinator: TestCoordinator

  beforeAll(async () => {
    coordinator = await TestCoordinator.create()
    ;({ root, members } = await prepareMembers(3))
    nodes = await startNodes(members, [coordinator.peerId])
    for (const m of members) await coordinator.know(m.peerId, addrOf(m))
  })

  afterAll(async () => {
    await coordinator?.stop()
    await Promise.all((nodes ?? []).map((n) => n.stop()))
    if (root) await removeDir(root)
  })

  const parties = () => members.map((m) => m.peerId)

  async function keygen(scheme: Scheme, keyId: string): Promise<KeyInfo> {
    const request = { kind: 'keygen' as const, scheme, threshold: 2, parties: parties(), keyId, nonce: nonce() }
    const responses = await Promise.all(members.map((m) => coordinator.call(m.peerId, request)))
    const keys = responses.map((r) => (r.kind === 'keygen' ? r.key : undefined))
    expect(keys.every((k) => k !== undefined)).toBe(true)
    expect(new Set(keys.map((k) => Buffer.from(k!.groupPublicKey).toString('hex'))).size).toBe(1)
    return keys[0]!
  }

  async function sign(keyId: string, signers: Member[], message: Uint8Array): Promise<Uint8Array[]> {
    const request = { kind: 'sign' as const, keyId, message, signers: signers.map((m) => m.peerId), nonce: nonce() }
    const responses = await Promise.all(signers.map((m) => coordinator.call(m.peerId, request)))
    return responses.map((r) => (r.kind === 'sign' ? r.signature : new Uint8Array(0)))
  }

  it.each<Scheme>(['frost-ed25519', 'frost-secp256k1', 'bip340'])('generates a %s key and signs with every pair of signers', async (scheme) => {
    const key = await keygen(scheme, `k-${scheme}`)
    expect(key).toMatchObject({ keyId: `k-${scheme}`, scheme, threshold: 2, parties: parties() })
    for (const pair of [[0, 1], [1, 2], [0, 2]]) {
      const message = new TextEncoder().encode(`message for ${pair.join('+')}`)
      const sigs = await sign(key.keyId, pair.map((i) => members[i]!), message)
      for (const sig of sigs) expect(verifies(scheme, key.groupPublicKey, message, sig)).toBe(true)
    }
  })

  it('lists keys and returns a public key', async () => {
    const r = await coordinator.call(members[0]!.peerId, { kind: 'listKeys' })
    expect(r.kind === 'keys' && r.keys.map((k) => k.keyId)).toEqual(['k-bip340', 'k-frost-ed25519', 'k-frost-secp256k1'])
    const pk = await coordinator.call(members[2]!.peerId, { kind: 'getPublicKey', keyId: 'k-bip340' })
    expect(pk.kind === 'publicKey' && pk.key.keyId).toBe('k-bip340')
  })

  it('refuses bad requests with typed errors', async () => {
    const [a, b] = members
    const expectError = async (peer: string, request: Parameters<TestCoordinator['call']>[1], code: string) => {
      const err = await coordinator.call(peer, request).then(() => undefined, (e: unknown) => e)
      expect(err).toBeInstanceOf(RpcError)
      expect((err as RpcError).code).toBe(code)
    }
    await expectError(a!.peerId, { kind: 'getPublicKey', keyId: 'nope' }, 'unknown-key')
    await expectError(a!.peerId, { kind: 'keygen', scheme: 'bip340', threshold: 2, parties: parties(), keyId: 'k-bip340', nonce: nonce() }, 'key-exists')
    await expectError(a!.peerId, { kind: 'keygen', scheme: 'bip340', threshold: 1, parties: [b!.peerId], keyId: 'x', nonce: nonce() }, 'not-a-party')
    await expectError(a!.peerId, { kind: 'keygen', scheme: 'bip340', threshold: 1, parties: [a!.peerId, coordinator.peerId], keyId: 'x', nonce: nonce() }, 'unknown-peer')
    await expectError(a!.peerId, { kind: 'sign', keyId: 'k-bip340', message: new Uint8Array(32), signers: [a!.peerId], nonce: nonce() }, 'bad-request')
    await expectError(a!.peerId, { kind: 'sign', keyId: 'k-bip340', message: new Uint8Array(32), signers: [b!.peerId, members[2]!.peerId], nonce: nonce() }, 'not-a-party')
  })
})
