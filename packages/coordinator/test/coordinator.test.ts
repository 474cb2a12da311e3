import { ed25519 } from '@noble/curves/ed25519.js'
import { schnorr, secp256k1, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { keccak_256 } from '@noble/hashes/sha3.js'
import { sha256 } from '@noble/hashes/sha2.js'
import type { CoordRequest, SignRequest } from '@thresh/wire'
import { privateKeyToAccount } from 'viem/accounts'
import { bytesToHex } from 'viem'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  ConfigError,
  ConnectionError,
  Coordinator,
  CulpritError,
  DisputeError,
  InconsistentKeyError,
  KeyCommitError,
  TimeoutError,
  UnauthorizedError,
  UnconfirmedKeyError,
  UnknownKeyError,
  UntrustedKeyError,
  type EcdsaSignature,
  type KeyInfo,
  type SchnorrSignature,
} from '../src/index.js'
import { startFakeNetwork, type FakeNetwork, type FakeNode } from './fake-network.js'

const text = (s: string) => new TextEncoder().encode(s)
const signRequests = (node: FakeNode) => node.requests.filter((r): r is SignRequest => r.kind === 'sign')
const requestsOf = <K extends CoordRequest['kind']>(node: FakeNode, kind: K) => node.requests.filter((r): r is Extract<CoordRequest, { kind: K }> => r.kind === kind)
/** Short deadlines for the fake network: nodes' round deadline 500 ms, so an attempt lasts at least 3 x 500 + 100. */
const TIMEOUTS = { signMs: 2_000, graceMs: 100, roundMs: 500, queryMs: 1_000 }

let net: FakeNetwork
let c: Coordinator
/** Keys the tests' setup created, pinned by every coordinator a test connects. */
const pinned: KeyInfo[] = []

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
    delete n.lifecycle
    delete n.override
    delete n.refuseAll
  }
  c = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey, timeouts: TIMEOUTS, keys: pinned })
})
afterEach(async () => {
  await c.close()
})

const [A, B, C] = [0, 1, 2]
const peer = (i: number) => net.nodes[i]!.peerId

describe('keygen', () => {
  it('runs both phases on every party and returns (and pins) the key they agree on', async () => {
    const key = await c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'kg-1' })
    expect(key).toMatchObject({ keyId: 'kg-1', scheme: 'ecdsa', threshold: 2, parties: net.nodes.map((n) => n.peerId) })
    const keygens = net.nodes.map((n) => requestsOf(n, 'keygen'))
    expect(keygens.every((r) => r.length === 1 && JSON.stringify(r[0]) === JSON.stringify(keygens[0]![0]))).toBe(true)
    for (const n of net.nodes) {
      expect(requestsOf(n, 'commitKey')).toEqual([{ kind: 'commitKey', keyId: 'kg-1', groupPublicKey: key.groupPublicKey, nonce: keygens[0]![0]!.nonce }])
      expect(n.held.get('kg-1')?.state).toBe('active')
    }
    expect(secp256k1.getPublicKey(net.secretOf('kg-1'), true)).toEqual(key.groupPublicKey)
    expect(c.pinnedKeys()).toEqual([key])
    expect(await c.publicKey('kg-1')).toEqual(key)
    await expect(c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'kg-1' })).rejects.toThrow(/pinned already/)
  })

  it('refuses a key the parties disagree about, naming them, and aborts the pending shares', async () => {
    net.nodes[C]!.keyReport = (key) => ({ kind: 'keygen', key: { ...key, chainCode: new Uint8Array(32) } })
    const err = await c.keygen({ scheme: 'frost-ed25519', threshold: 2, keyId: 'kg-split' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(InconsistentKeyError)
    expect((err as InconsistentKeyError).peers).toEqual(net.nodes.map((n) => n.peerId))
    expectAborted('kg-split')
  })

  it('refuses a key created with other parameters than requested', async () => {
    net.nodes.forEach((n) => (n.keyReport = (key) => ({ kind: 'keygen', key: { ...key, threshold: 3 } })))
    await expect(c.keygen({ scheme: 'bip340', threshold: 2, keyId: 'kg-t3' })).rejects.toThrow(/other parameters/)
    expect(net.nodes.every((n) => requestsOf(n, 'commitKey').length === 0)).toBe(true)
  })

  it('one party naming another is a dispute (both named); two parties naming the same one make it the culprit', async () => {
    net.nodes[A]!.keyReport = () => ({ kind: 'error', code: 'aborted', message: 'bad share', culprits: [peer(B)], accusations: [] })
    const dispute = await c.keygen({ scheme: 'bip340', threshold: 2, keyId: 'kg-bad' }).catch((e: unknown) => e)
    expect(dispute).toBeInstanceOf(DisputeError)
    expect([...(dispute as DisputeError).peers].sort()).toEqual([peer(A), peer(B)].sort())
    expect((dispute as DisputeError).accusations).toEqual([{ accuser: peer(A), accused: peer(B), reason: 'culprit', detail: 'aborted: bad share', corroborated: false }])
    expectAborted('kg-bad')

    net.nodes[C]!.keyReport = () => ({ kind: 'error', code: 'aborted', message: 'bad share', culprits: [peer(B)], accusations: [] })
    const culprit = await c.keygen({ scheme: 'bip340', threshold: 2, keyId: 'kg-bad' }).catch((e: unknown) => e)
    expect(culprit).toBeInstanceOf(CulpritError)
    expect((culprit as CulpritError).culprits).toEqual([peer(B)])
  })

  it('a keygen that ended for some parties only leaves nothing usable, and the key id can be used again', async () => {
    // the DKG's last round reached B and C but not A (no broadcast channel): A times out naming C
    net.nodes[A]!.keyReport = () => ({ kind: 'error', code: 'timeout', message: 'round deadline passed waiting for C', culprits: [peer(C)], accusations: [] })
    net.nodes[B]!.lifecycle = (r) => (r.kind === 'abortKey' ? 'hang' : undefined) // B never gets the abort
    const err = await c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'treasury' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DisputeError)
    expect(net.nodes.every((n) => requestsOf(n, 'commitKey').length === 0)).toBe(true)
    expect(net.nodes[B]!.held.get('treasury')?.state).toBe('pending')
    expect(net.nodes[C]!.held.has('treasury')).toBe(false)

    // a restarted application cannot use it: not pinned, and discovery finds no committed key
    await expect(c.address('treasury')).rejects.toBeInstanceOf(UntrustedKeyError)
    const discovering = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey, trust: 'discover' })
    try {
      await expect(discovering.address('treasury')).rejects.toBeInstanceOf(UnknownKeyError)
    } finally {
      await discovering.close()
    }
    // the same key id works again: the new attempt replaces B's pending share
    delete net.nodes[A]!.keyReport
    const key = await c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'treasury' })
    expect(net.nodes.every((n) => n.held.get('treasury')?.state === 'active')).toBe(true)
    expect(await c.address('treasury')).toBe(privateKeyToAccount(bytesToHex(net.secretOf('treasury'))).address)
    expect(key.keyId).toBe('treasury')
  })

  it('a commit that does not reach every party pins nothing; sending it again finishes the key', async () => {
    net.nodes[C]!.lifecycle = (r) => (r.kind === 'commitKey' ? { kind: 'error', code: 'busy', message: 'try later', culprits: [], accusations: [] } : undefined)
    const err = await c.keygen({ scheme: 'frost-secp256k1', threshold: 2, keyId: 'kg-commit' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(KeyCommitError)
    const { prepared, committed, failures } = err as KeyCommitError
    expect(committed).toEqual([peer(A), peer(B)])
    expect(failures).toEqual([{ peerId: peer(C), reason: 'refused', detail: 'answered busy: try later' }])
    expect(c.pinnedKeys().map((k) => k.keyId)).not.toContain('kg-commit')
    expect(requestsOf(net.nodes[C]!, 'commitKey')).toHaveLength(3) // keygen() sent it three times before giving up
    // the application stored `prepared` (public data); a new coordinator re-sends the commit
    delete net.nodes[C]!.lifecycle
    const later = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey })
    try {
      const key = await later.commitKey(prepared)
      expect(key).toEqual(prepared.key)
      expect(later.pinnedKeys()).toEqual([key])
      expect(net.nodes.every((n) => n.held.get('kg-commit')?.state === 'active')).toBe(true)
      expect(requestsOf(net.nodes[A]!, 'commitKey')).toHaveLength(4) // idempotent on the nodes
    } finally {
      await later.close()
    }
  })

  it('validates its options before sending anything', async () => {
    await expect(c.keygen({ scheme: 'rsa' as never, threshold: 2 })).rejects.toBeInstanceOf(ConfigError)
    await expect(c.keygen({ scheme: 'ecdsa', threshold: 4 })).rejects.toThrow(/threshold/)
    await expect(c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'no spaces' })).rejects.toThrow(/key id/)
    await expect(c.keygen({ scheme: 'ecdsa', threshold: 1, parties: [peer(A), peer(A)] })).rejects.toThrow(/repeats/)
    // threshold 1: every party would hold the whole key
    const single = await c.keygen({ scheme: 'ecdsa', threshold: 1, parties: [peer(A), peer(B)] }).catch((e: unknown) => e)
    expect(single).toMatchObject({ code: 'config', field: 'threshold', message: expect.stringMatching(/allowSingleSigner/) })
    expect(net.nodes.every((n) => n.requests.length === 0)).toBe(true)
  })

  /** Every party was told to drop its pending share of the failed attempt, which it did. */
  function expectAborted(keyId: string): void {
    for (const n of net.nodes) {
      const [keygen] = requestsOf(n, 'keygen').filter((r) => r.keyId === keyId).slice(-1)
      expect(requestsOf(n, 'abortKey').filter((r) => r.keyId === keyId).at(-1)).toEqual({ kind: 'abortKey', keyId, nonce: keygen!.nonce })
      expect(n.held.has(keyId)).toBe(false)
    }
  }
})

describe('sign', () => {
  const keys: Record<string, KeyInfo> = {}
  beforeAll(async () => {
    const setup = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey })
    for (const scheme of ['ecdsa', 'frost-ed25519', 'frost-secp256k1', 'bip340'] as const) {
      keys[scheme] = await setup.keygen({ scheme, threshold: 2, keyId: `sign-${scheme}` })
      pinned.push(keys[scheme])
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

  it('sends its requests to a node over one long-lived channel, not a stream each', async () => {
    const node = net.nodes[A]!
    await c.sign({ keyId: 'sign-bip340', message: text('channel first'), signers: [node.peerId, net.nodes[B]!.peerId], strict: true })
    const channels = node.channels ?? 0 // this coordinator's channel is open now
    const before = signRequests(node).length
    await Promise.all(Array.from({ length: 5 }, (_, i) => c.sign({ keyId: 'sign-bip340', message: text(`channel ${i}`), signers: [node.peerId, net.nodes[B]!.peerId], strict: true })))
    for (let i = 0; i < 5; i++) await c.sign({ keyId: 'sign-bip340', message: text(`channel again ${i}`), signers: [node.peerId, net.nodes[B]!.peerId], strict: true })
    expect(signRequests(node).length - before).toBeGreaterThanOrEqual(10) // a request of an earlier test may still arrive
    expect(channels).toBeGreaterThanOrEqual(1)
    expect(node.channels).toBe(channels)
  })

  it('speaks /thresh/coord/1.0.0, a stream per request, to a node without the channel', async () => {
    const legacy = await startFakeNetwork(3, { legacyOnly: true })
    const old = await Coordinator.connect({ nodes: legacy.entries, identity: legacy.coordinatorKey })
    try {
      const key = await old.keygen({ scheme: 'bip340', threshold: 2 })
      const sig = await old.sign({ keyId: key.keyId, message: text('legacy') })
      expect(schnorr.verify(sig.signature, text('legacy'), key.groupPublicKey.subarray(1))).toBe(true)
      expect(legacy.nodes.every((n) => n.channels === undefined)).toBe(true)
    } finally {
      await old.close()
      await legacy.stop()
    }
  })

  it('asks exactly threshold signers, all parties of the key, with the message as given', async () => {
    const message = text('hello')
    const sig = await c.sign({ keyId: 'sign-bip340', message })
    expect(sig.signers).toHaveLength(2)
    // (a request of the previous test may still reach a node after its signature was returned)
    const asked = net.nodes.filter((n) => signRequests(n).some((r) => r.keyId === 'sign-bip340'))
    expect(asked.map((n) => n.peerId).sort()).toEqual([...sig.signers].sort())
    for (const n of asked) expect(signRequests(n).find((r) => r.keyId === 'sign-bip340')).toMatchObject({ keyId: 'sign-bip340', message, signers: sig.signers })
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

  it('one signer naming its co-signer at once is not believed: it waits for the other report, then leaves both out', async () => {
    // A (lying) names B as soon as it is asked; B, still inside the protocol, names A silent at its round deadline
    net.nodes[A]!.sign = (r) => (r.signers.includes(peer(B)) ? { error: 'aborted', culprits: [B] } : 'honest')
    net.nodes[B]!.sign = { error: 'timeout', culprits: [A], delayMs: TIMEOUTS.roundMs }
    const err = await c.sign({ keyId: 'sign-ecdsa', message: text('retry'), hash: 'keccak256', signers: [peer(A), peer(B)] }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DisputeError)
    const dispute = err as DisputeError
    expect([...dispute.peers].sort()).toEqual([peer(A), peer(B)].sort())
    expect(dispute.accusations).toEqual([
      { accuser: peer(A), accused: peer(B), reason: 'culprit', detail: 'aborted: test says aborted', corroborated: false },
      { accuser: peer(B), accused: peer(A), reason: 'silent', detail: 'timeout: test says timeout', corroborated: false },
    ])
    expect(dispute.message).toMatch(new RegExp(`${peer(A)} named ${peer(B)} culprit; ${peer(B)} named ${peer(A)} silent`))
    expect(dispute.attempts).toHaveLength(1)
    expect(dispute.attempts[0]!.failures.map((f) => [f.peerId, f.reason])).toEqual([[peer(B), 'disputed'], [peer(A), 'disputed']])
    expect(signRequests(net.nodes[C]!)).toHaveLength(0) // C alone cannot sign a 2-of-3 key
  })

  it('an accusation does not cut short an honest signer that finishes the signature', async () => {
    net.nodes[A]!.sign = { error: 'aborted', culprits: [B] }
    net.nodes[B]!.sign = { delayMs: 3 * TIMEOUTS.graceMs }
    const sig = await c.sign({ keyId: 'sign-frost-ed25519', message: text('keep going'), signers: [peer(A), peer(B)] })
    expect(ed25519.verify(sig.signature, text('keep going'), keys['frost-ed25519']!.groupPublicKey)).toBe(true)
    expect(sig.failedAttempts).toEqual([])
  })

  it('retries without a signer that stays silent when another names it (the accusation is corroborated)', async () => {
    net.nodes[B]!.sign = 'hang'
    net.nodes[C]!.sign = (r) => (r.signers.includes(peer(B)) ? { error: 'timeout', culprits: [B], delayMs: TIMEOUTS.roundMs } : 'honest')
    const sig = await c.sign({ keyId: 'sign-frost-secp256k1', message: text('silent'), signers: [peer(B), peer(C)] })
    expect(sig.signers).toEqual([peer(A), peer(C)])
    expect(sig.failedAttempts[0]!.failures).toEqual([expect.objectContaining({ peerId: peer(B), reason: 'silent' })])
    expect(sig.failedAttempts[0]!.accusations).toEqual([expect.objectContaining({ accuser: peer(C), accused: peer(B), corroborated: true })])
  })

  it('retries at once without a signer that refuses, not waiting for the others to report', async () => {
    net.nodes[A]!.sign = (r) => (r.signers.includes(peer(B)) ? 'hang' : 'honest')
    net.nodes[B]!.sign = { error: 'internal' }
    const started = Date.now()
    const sig = await c.sign({ keyId: 'sign-bip340', message: text('refused'), signers: [peer(A), peer(B)] })
    expect(sig.signers).toEqual([peer(A), peer(C)])
    expect(sig.failedAttempts[0]!.failures).toEqual([expect.objectContaining({ peerId: peer(B), reason: 'refused' })])
    // the grace period after the refusal ended the attempt, not the reports horizon (2 x roundMs + graceMs)
    expect(Date.now() - started).toBeLessThan(2 * TIMEOUTS.roundMs)
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
    expect(net.nodes.reduce((sum, n) => sum + n.requests.length, 0)).toBe(2) // the first attempt's signers only
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
  const made: Record<string, KeyInfo> = {}
  beforeAll(async () => {
    const setup = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey })
    made.frost = await setup.keygen({ scheme: 'frost-ed25519', threshold: 2, keyId: 'pk-1' })
    made.ecdsa = await setup.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'treasury-pk' })
    await setup.close()
  })
  const discovering = () => Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey, timeouts: TIMEOUTS, trust: 'discover' })

  it('a pinned key is used as pinned, without asking the nodes', async () => {
    c.pinKey(made.frost!)
    expect(await c.publicKey('pk-1')).toEqual(made.frost)
    expect(net.nodes.every((n) => n.requests.length === 0)).toBe(true)
  })

  it('a key that is not pinned is not used unless discovery is allowed', async () => {
    for (const call of [() => c.publicKey('pk-1'), () => c.address('treasury-pk'), () => c.sign({ keyId: 'pk-1', message: text('x') })]) {
      const err = await call().catch((e: unknown) => e)
      expect(err).toBeInstanceOf(UntrustedKeyError)
      expect((err as UntrustedKeyError).message).toMatch(/pinKey|trust: 'discover'/)
    }
    expect(net.nodes.every((n) => n.requests.length === 0)).toBe(true)
  })

  it('discovery confirms a key every node vouches for, once', async () => {
    const d = await discovering()
    try {
      expect(await d.publicKey('pk-1')).toEqual(made.frost)
      expect(await d.address('pk-1').catch((e: unknown) => e)).toBeInstanceOf(ConfigError) // cached: no second query
      expect(net.nodes.every((n) => requestsOf(n, 'getPublicKey').length === 1)).toBe(true)
    } finally {
      await d.close()
    }
  })

  it('discovery refuses a key one node made up while the holders are unavailable, and when they answer', async () => {
    // A claims to be the whole committee of a 1-of-1 key: its own
    const attackerSecret = secp256k1.utils.randomSecretKey()
    const attackerKey = secp256k1.getPublicKey(attackerSecret, true)
    net.nodes[A]!.keyReport = (key) => ({ kind: 'keygen', key: { ...key, threshold: 1, parties: [peer(A)], groupPublicKey: attackerKey, publicShares: [attackerKey] } })
    net.nodes[B]!.refuseAll = 'busy'
    net.nodes[C]!.refuseAll = 'busy'
    const d = await discovering()
    try {
      const unavailable = await d.address('treasury-pk').catch((e: unknown) => e)
      expect(unavailable).toBeInstanceOf(UnconfirmedKeyError)
      expect((unavailable as UnconfirmedKeyError).silent).toEqual([peer(B), peer(C)])
      expect((unavailable as UnconfirmedKeyError).holders).toEqual([peer(A)])
      delete net.nodes[B]!.refuseAll
      delete net.nodes[C]!.refuseAll
      const answered = await d.address('treasury-pk').catch((e: unknown) => e)
      expect(answered).toBeInstanceOf(UnconfirmedKeyError)
      expect((answered as Error).message).toMatch(/disagree/)
      // the application that pinned the key is not affected at all
      c.pinKey(made.ecdsa!)
      expect(await c.address('treasury-pk')).toBe(privateKeyToAccount(bytesToHex(net.secretOf('treasury-pk'))).address)
    } finally {
      await d.close()
    }
  })

  it('discovery never confirms a committee of one node, even if no other node claims the key', async () => {
    const forged = { ...made.ecdsa!, keyId: 'nobody-has-it', threshold: 1, parties: [peer(A)], publicShares: [made.ecdsa!.groupPublicKey] }
    net.nodes[A]!.override = (r) => (r.kind === 'getPublicKey' ? { kind: 'publicKey', key: forged } : undefined)
    const d = await discovering()
    try {
      const err = await d.discoverKey('nobody-has-it').catch((e: unknown) => e)
      expect(err).toBeInstanceOf(UnconfirmedKeyError)
      expect((err as Error).message).toMatch(/single node/)
      expect((err as UnconfirmedKeyError).holders).toEqual([peer(A)])
    } finally {
      await d.close()
    }
  })

  it('discovery needs every configured node, and every party holding the key', async () => {
    net.nodes[C]!.refuseAll = 'internal'
    const d = await discovering()
    try {
      const silent = await d.discoverKey('pk-1').catch((e: unknown) => e)
      expect(silent).toBeInstanceOf(UnconfirmedKeyError)
      expect((silent as UnconfirmedKeyError).silent).toEqual([peer(C)])
      expect((silent as Error).message).toContain(`${peer(C)} answered internal`)
      net.nodes[C]!.refuseAll = 'unknown-key' // a party that says it does not hold the key
      const missing = await d.discoverKey('pk-1').catch((e: unknown) => e)
      expect(missing).toBeInstanceOf(UnconfirmedKeyError)
      expect((missing as UnconfirmedKeyError).dissent).toEqual([expect.objectContaining({ peerId: peer(C) })])
    } finally {
      await d.close()
    }
  })

  it('an unknown key is UnknownKeyError when every node says so', async () => {
    const d = await discovering()
    try {
      await expect(d.publicKey('nope')).rejects.toBeInstanceOf(UnknownKeyError)
      await expect(d.sign({ keyId: 'nope', message: text('x') })).rejects.toBeInstanceOf(UnknownKeyError)
    } finally {
      await d.close()
    }
  })

  it('one node reporting another chain code does not block a pinned key, and shows up in listKeys', async () => {
    net.nodes[A]!.keyReport = (key) => ({ kind: 'keygen', key: { ...key, chainCode: new Uint8Array(32).fill(7) } })
    c.pinKey(made.frost!)
    const sig = await c.sign({ keyId: 'pk-1', message: text('not blocked'), signers: [peer(B), peer(C)] })
    expect(ed25519.verify(sig.signature, text('not blocked'), made.frost!.groupPublicKey)).toBe(true)
    const versions = (await c.listKeys()).filter((k) => k.keyId === 'pk-1')
    expect(versions.map((v) => ({ holders: v.holders, pinned: v.pinned }))).toEqual([
      { holders: [peer(B), peer(C)], pinned: true },
      { holders: [peer(A)], pinned: false },
    ])
  })

  it('lists every key with the nodes that hold it', async () => {
    const listed = await c.listKeys()
    const pk = listed.find((k) => k.keyId === 'pk-1')!
    expect([...pk.holders].sort()).toEqual(net.nodes.map((n) => n.peerId).sort())
    expect(pk.pinned).toBe(false)
    expect(listed.map((k) => k.keyId)).toEqual([...listed.map((k) => k.keyId)].sort())
  })

  it('pins are checked: a malformed KeyInfo, or other facts under a pinned id, are refused', async () => {
    expect(() => c.pinKey({ ...made.frost!, groupPublicKey: new Uint8Array(32).fill(0xff) })).toThrow(ConfigError)
    expect(() => c.pinKey({ ...made.frost!, threshold: 4 })).toThrow(/threshold/)
    c.pinKey(made.frost!)
    c.pinKey({ ...made.frost! }) // the same facts again
    expect(() => c.pinKey({ ...made.frost!, chainCode: new Uint8Array(32) })).toThrow(/pinned already/)
    const err = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey, keys: [made.frost!, { ...made.frost!, threshold: 3 }] }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ConfigError)
    expect((err as ConfigError).field).toBe('keys[1]')
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
      // an attempt shorter than the nodes' round deadlines would end before honest signers report
      [{ nodes: net.entries, identity: net.coordinatorKey, timeouts: { roundMs: 10_000, signMs: 20_000 } }, 'timeouts.signMs'],
      [{ nodes: net.entries, identity: net.coordinatorKey, timeouts: { signMS: 60_000 } }, 'timeouts.signMS'],
      [{ nodes: net.entries, identity: net.coordinatorKey, trust: 'everyone' }, 'trust'],
      [{ nodes: net.entries, identity: net.coordinatorKey, maxFrame: Number.NaN }, 'maxFrame'],
      [{ nodes: net.entries, identity: net.coordinatorKey, maxFrame: -1 }, 'maxFrame'],
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
