import { ed25519 } from '@noble/curves/ed25519.js'
import { schnorr, secp256k1, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { keccak_256 } from '@noble/hashes/sha3.js'
import { sha256 } from '@noble/hashes/sha2.js'
import type { SignRequest } from '@thresh/wire'
import { privateKeyToAccount } from 'viem/accounts'
import { bytesToHex } from 'viem'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  ConfigError,
  ConnectionError,
  Coordinator,
  CulpritError,
  InconsistentKeyError,
  NotEnoughSignersError,
  TimeoutError,
  UnauthorizedError,
  UnknownKeyError,
  type EcdsaSignature,
  type KeyInfo,
  type SchnorrSignature,
} from '../src/index.js'
import { startFakeNetwork, type FakeNetwork, type FakeNode } from './fake-network.js'

const text = (s: string) => new TextEncoder().encode(s)
const signRequests = (node: FakeNode) => node.requests.filter((r): r is SignRequest => r.kind === 'sign')

let net: FakeNetwork
let c: Coordinator

beforeAll(async () => {
  net = await startFakeNetwork(3)
})
afterAll(async () => {
  await net.stop()
})
beforeEach(async () => {
  for (const n of net.nodes) {
    n.requests.length = 0
    n.sign = 'honest'
    delete n.keyReport
    delete n.refuseAll
  }
  c = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey, timeouts: { signMs: 2_000, graceMs: 100 } })
})
afterEach(async () => {
  await c.close()
})

const [A, B, C] = [0, 1, 2]
const peer = (i: number) => net.nodes[i]!.peerId

describe('keygen', () => {
  it('sends one request to every party and returns the key they agree on', async () => {
    const key = await c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'kg-1' })
    expect(key).toMatchObject({ keyId: 'kg-1', scheme: 'ecdsa', threshold: 2, parties: net.nodes.map((n) => n.peerId) })
    const requests = net.nodes.map((n) => n.requests.find((r) => r.kind === 'keygen')!)
    expect(requests.every((r) => r && JSON.stringify(r) === JSON.stringify(requests[0]))).toBe(true)
    expect(secp256k1.getPublicKey(net.secretOf('kg-1'), true)).toEqual(key.groupPublicKey)
  })

  it('refuses a key the parties disagree about, naming them', async () => {
    net.nodes[C]!.keyReport = (key) => ({ kind: 'keygen', key: { ...key, chainCode: new Uint8Array(32) } })
    const err = await c.keygen({ scheme: 'frost-ed25519', threshold: 2, keyId: 'kg-split' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(InconsistentKeyError)
    expect((err as InconsistentKeyError).peers).toEqual(net.nodes.map((n) => n.peerId))
  })

  it('refuses a key created with other parameters than requested', async () => {
    net.nodes.forEach((n) => (n.keyReport = (key) => ({ kind: 'keygen', key: { ...key, threshold: 3 } })))
    await expect(c.keygen({ scheme: 'bip340', threshold: 2, keyId: 'kg-t3' })).rejects.toThrow(/other parameters/)
  })

  it('reports a culprit named by a party', async () => {
    net.nodes[A]!.keyReport = () => ({ kind: 'error', code: 'aborted', message: 'bad share', culprits: [peer(B)] })
    const err = await c.keygen({ scheme: 'bip340', threshold: 2, keyId: 'kg-bad' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CulpritError)
    expect((err as CulpritError).culprits).toEqual([peer(B)])
  })

  it('validates its options before sending anything', async () => {
    await expect(c.keygen({ scheme: 'rsa' as never, threshold: 2 })).rejects.toBeInstanceOf(ConfigError)
    await expect(c.keygen({ scheme: 'ecdsa', threshold: 4 })).rejects.toThrow(/threshold/)
    await expect(c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'no spaces' })).rejects.toThrow(/key id/)
    await expect(c.keygen({ scheme: 'ecdsa', threshold: 1, parties: [peer(A), peer(A)] })).rejects.toThrow(/repeats/)
    expect(net.nodes.every((n) => n.requests.length === 0)).toBe(true)
  })
})

describe('sign', () => {
  const keys: Record<string, KeyInfo> = {}
  beforeAll(async () => {
    const setup = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey })
    for (const scheme of ['ecdsa', 'frost-ed25519', 'frost-secp256k1', 'bip340'] as const) {
      keys[scheme] = await setup.keygen({ scheme, threshold: 2, keyId: `sign-${scheme}` })
    }
    await setup.close()
  })

  it('returns Schnorr signatures that the standard verifiers accept', async () => {
    const message = text('pay 1 BTC')
    const ed = (await c.sign({ keyId: 'sign-frost-ed25519', message })) as SchnorrSignature
    expect(ed25519.verify(ed.signature, message, keys['frost-ed25519']!.groupPublicKey)).toBe(true)
    const bip = await c.sign({ keyId: 'sign-bip340', message })
    expect(schnorr.verify(bip.signature, message, keys.bip340!.groupPublicKey.subarray(1))).toBe(true)
    const fs = await c.sign({ keyId: 'sign-frost-secp256k1', message })
    expect(fs.signature.length).toBe(65)
    expect(secp256k1_FROST.verify(fs.signature, message, keys['frost-secp256k1']!.groupPublicKey)).toBe(true)
    expect(ed.failedAttempts).toEqual([])
  })

  it('asks exactly threshold signers, all parties of the key, with the message as given', async () => {
    const message = text('hello')
    const sig = await c.sign({ keyId: 'sign-bip340', message })
    expect(sig.signers).toHaveLength(2)
    const asked = net.nodes.filter((n) => signRequests(n).length > 0)
    expect(asked.map((n) => n.peerId).sort()).toEqual([...sig.signers].sort())
    for (const n of asked) expect(signRequests(n)[0]).toMatchObject({ keyId: 'sign-bip340', message, signers: sig.signers })
  })

  it('signs an ECDSA digest: low-S, verifies, and the recovery id recovers the key', async () => {
    const digest = sha256(text('digest me'))
    const sig = await c.signDigest({ keyId: 'sign-ecdsa', digest })
    expect(sig.s <= secp256k1.Point.CURVE().n / 2n).toBe(true)
    expect(secp256k1.verify(sig.signature, digest, keys.ecdsa!.groupPublicKey, { prehash: false })).toBe(true)
    const recovered = secp256k1.Signature.fromBytes(sig.signature, 'compact').addRecoveryBit(sig.recoveryId).recoverPublicKey(digest)
    expect(recovered.toBytes(true)).toEqual(keys.ecdsa!.groupPublicKey)
  })

  it('hashes an ECDSA message only as told', async () => {
    const message = text('explicit hashing')
    const k = (await c.sign({ keyId: 'sign-ecdsa', message, hash: 'keccak256' })) as EcdsaSignature
    expect(k.digest).toEqual(keccak_256(message))
    const s = (await c.sign({ keyId: 'sign-ecdsa', message, hash: 'sha256' })) as EcdsaSignature
    expect(s.digest).toEqual(sha256(message))
    await expect(c.sign({ keyId: 'sign-ecdsa', message })).rejects.toThrow(/hash: 'keccak256' \| 'sha256'/)
    await expect(c.sign({ keyId: 'sign-bip340', message, hash: 'sha256' })).rejects.toThrow(/leave hash unset/)
    await expect(c.signDigest({ keyId: 'sign-ecdsa', digest: new Uint8Array(31) })).rejects.toThrow(/32 bytes/)
    await expect(c.signDigest({ keyId: 'sign-bip340', digest: new Uint8Array(32) })).rejects.toThrow(/needs an ECDSA key/)
  })

  it('the address is the one of the whole key (viem as the oracle)', async () => {
    const expected = privateKeyToAccount(bytesToHex(net.secretOf('sign-ecdsa'))).address
    expect(await c.address('sign-ecdsa')).toBe(expected)
    await expect(c.address('sign-bip340')).rejects.toThrow(/only ECDSA keys/)
  })

  it('succeeds as soon as one signer returns a verified signature', async () => {
    net.nodes.forEach((n) => (n.sign = 'hang'))
    net.nodes[A]!.sign = 'honest'
    const sig = await c.sign({ keyId: 'sign-frost-ed25519', message: text('fast'), signers: [peer(A), peer(B)] })
    expect(sig.signers).toEqual([peer(A), peer(B)])
    expect(sig.failedAttempts).toEqual([])
  })

  it('a signer answering with a bad signature does not stop an honest one from finishing the attempt', async () => {
    net.nodes[A]!.sign = 'bad-signature'
    net.nodes[B]!.sign = { delayMs: 30 }
    const sig = await c.sign({ keyId: 'sign-bip340', message: text('m'), signers: [peer(A), peer(B)] })
    expect(sig.failedAttempts).toEqual([])
  })

  it('retries without the culprit a signer names', async () => {
    net.nodes[A]!.sign = (r) => (r.signers.includes(peer(B)) ? { error: 'aborted', culprits: [B] } : 'honest')
    net.nodes[B]!.sign = 'hang'
    const sig = await c.sign({ keyId: 'sign-ecdsa', message: text('retry'), hash: 'keccak256', signers: [peer(A), peer(B)] })
    expect(sig.signers).toEqual([peer(A), peer(C)])
    expect(sig.failedAttempts).toHaveLength(1)
    expect(sig.failedAttempts[0]!.signers).toEqual([peer(A), peer(B)])
    expect(sig.failedAttempts[0]!.failures).toEqual([expect.objectContaining({ peerId: peer(B), reason: 'culprit' })])
    expect(signRequests(net.nodes[C]!)).toHaveLength(1)
    const [first, second] = signRequests(net.nodes[A]!)
    expect(first!.nonce).not.toEqual(second!.nonce)
  })

  it('retries without a signer that another names silent', async () => {
    net.nodes[B]!.sign = 'hang'
    net.nodes[C]!.sign = (r) => (r.signers.includes(peer(B)) ? { error: 'timeout', culprits: [B] } : 'honest')
    const sig = await c.sign({ keyId: 'sign-frost-secp256k1', message: text('silent'), signers: [peer(B), peer(C)] })
    expect(sig.signers).toEqual([peer(A), peer(C)])
    expect(sig.failedAttempts[0]!.failures).toEqual([expect.objectContaining({ peerId: peer(B), reason: 'silent' })])
  })

  it('retries without a signer that answers with an invalid signature', async () => {
    net.nodes[A]!.sign = 'wrong-recovery-id'
    net.nodes[B]!.sign = (r) => (r.signers.includes(peer(A)) ? 'hang' : 'honest')
    const sig = await c.signDigest({ keyId: 'sign-ecdsa', digest: sha256(text('v')), signers: [peer(A), peer(B)] })
    expect(sig.signers).toEqual([peer(B), peer(C)].sort((x, y) => keys.ecdsa!.parties.indexOf(x) - keys.ecdsa!.parties.indexOf(y)))
    expect(sig.failedAttempts[0]!.failures).toContainEqual(expect.objectContaining({ peerId: peer(A), reason: 'invalid-signature' }))
  })

  it('fails after the retry with the culprits of the last attempt and every attempt on record', async () => {
    net.nodes[A]!.sign = (r) => ({ error: 'aborted', culprits: [r.signers.includes(peer(B)) ? B : C] })
    net.nodes[B]!.sign = 'hang'
    net.nodes[C]!.sign = 'hang'
    const err = await c.sign({ keyId: 'sign-bip340', message: text('x'), signers: [peer(A), peer(B)] }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CulpritError)
    expect((err as CulpritError).culprits).toEqual([peer(C)])
    expect((err as CulpritError).attempts.map((a) => a.signers)).toEqual([[peer(A), peer(B)], [peer(A), peer(C)]])
  })

  it('times out signers that never answer and says who they were', async () => {
    net.nodes.forEach((n) => (n.sign = 'hang'))
    const started = Date.now()
    const err = await c.sign({ keyId: 'sign-frost-ed25519', message: text('t'), signers: [peer(A), peer(B)] }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(TimeoutError)
    // both silent signers are left out, so no second set of two remains
    expect((err as TimeoutError).silent).toEqual([peer(A), peer(B)])
    expect((err as TimeoutError).attempts).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(4_000)
  })

  it('stops at the first refusal of the caller, without a retry', async () => {
    net.nodes.forEach((n) => (n.refuseAll = 'unauthorized'))
    const err = await c.sign({ keyId: 'sign-frost-ed25519', message: text('u') }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UnauthorizedError)
    expect(net.nodes.reduce((sum, n) => sum + n.requests.length, 0)).toBe(3) // the getPublicKey fan-out only
  })

  it('spreads consecutive signatures over different signer sets', async () => {
    const sets = new Set<string>()
    for (let i = 0; i < 3; i++) sets.add((await c.sign({ keyId: 'sign-bip340', message: text(`spread ${i}`) })).signers.join())
    expect(sets.size).toBe(3)
  })

  it('close() ends a signature in flight with a connection error', async () => {
    net.nodes.forEach((n) => (n.sign = 'hang'))
    await c.publicKey('sign-bip340')
    const pending = c.sign({ keyId: 'sign-bip340', message: text('closing') }).catch((e: unknown) => e)
    await new Promise((r) => setTimeout(r, 50))
    await c.close()
    expect(await pending).toMatchObject({ code: 'connection', message: 'the coordinator was closed' })
  })

  it('refuses signers outside the key or fewer than needed', async () => {
    await expect(c.sign({ keyId: 'sign-bip340', message: text('s'), signers: [peer(A)] })).rejects.toThrow(/needs 2 signers/)
    await expect(c.sign({ keyId: 'sign-bip340', message: text('s'), signers: ['12D3KooWNyThgEH8uQwwTUdFvq5sHFpiJVJCtBz387Cy8fAhXeEZ', peer(A)] })).rejects.toThrow(/not configured/)
  })
})

describe('public keys', () => {
  beforeAll(async () => {
    const setup = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey })
    await setup.keygen({ scheme: 'frost-ed25519', threshold: 2, keyId: 'pk-1' })
    await setup.keygen({ scheme: 'ecdsa', threshold: 3, keyId: 'pk-3of3' })
    await setup.close()
  })

  it('trusts a public key once threshold parties agree on it', async () => {
    const key = await c.publicKey('pk-1')
    expect(key.parties).toHaveLength(3)
    expect(net.nodes.every((n) => n.requests.length === 1)).toBe(true)
    await c.publicKey('pk-1') // cached
    expect(net.nodes.every((n) => n.requests.length === 1)).toBe(true)
  })

  it('refuses a public key the parties disagree about', async () => {
    net.nodes[B]!.keyReport = (key) => ({ kind: 'keygen', key: { ...key, groupPublicKey: ed25519.getPublicKey(ed25519.utils.randomSecretKey()) } })
    const err = await c.publicKey('pk-1').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(InconsistentKeyError)
    expect((err as Error).message).toMatch(/disagree/)
  })

  it('needs threshold confirmations', async () => {
    net.nodes[C]!.refuseAll = 'internal'
    const err = await c.publicKey('pk-3of3').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(NotEnoughSignersError)
    expect((err as NotEnoughSignersError).available).toHaveLength(2)
  })

  it('an unknown key is UnknownKeyError', async () => {
    await expect(c.publicKey('nope')).rejects.toBeInstanceOf(UnknownKeyError)
    await expect(c.sign({ keyId: 'nope', message: text('x') })).rejects.toBeInstanceOf(UnknownKeyError)
  })

  it('lists every key with the nodes that hold it', async () => {
    const listed = await c.listKeys()
    const pk = listed.find((k) => k.keyId === 'pk-1')!
    expect(pk.holders.sort()).toEqual(net.nodes.map((n) => n.peerId).sort())
    expect(listed.map((k) => k.keyId)).toEqual([...listed.map((k) => k.keyId)].sort())
  })
})

describe('connecting', () => {
  it('names the offending config field', async () => {
    const bad = [
      [{ nodes: [], identity: net.coordinatorKey }, 'nodes'],
      [{ nodes: [{ peerId: 'nope', addrs: ['/ip4/127.0.0.1/tcp/1'] }], identity: net.coordinatorKey }, 'nodes[0].peerId'],
      [{ nodes: [{ ...net.entries[0]!, addrs: ['not a multiaddr'] }], identity: net.coordinatorKey }, 'nodes[0].addrs[0]'],
      [{ nodes: [net.entries[0]!, net.entries[0]!], identity: net.coordinatorKey }, 'nodes[1].peerId'],
      [{ nodes: net.entries, identity: net.coordinatorKey, timeouts: { signMs: -1 } }, 'timeouts.signMs'],
      [{ nodes: net.entries, identity: new Uint8Array(5) }, 'identity'],
    ] as const
    for (const [options, field] of bad) {
      const err = await Coordinator.connect(options as never).catch((e: unknown) => e)
      expect(err, field).toBeInstanceOf(ConfigError)
      expect((err as ConfigError).field).toBe(field)
    }
  })

  it('fails with ConnectionError when no node can be reached', async () => {
    const dead = { peerId: net.nodes[0]!.peerId, addrs: ['/ip4/127.0.0.1/tcp/9'] }
    await expect(Coordinator.connect({ nodes: [dead], identity: net.coordinatorKey, timeouts: { dialMs: 1_000 } })).rejects.toBeInstanceOf(ConnectionError)
  })
})
