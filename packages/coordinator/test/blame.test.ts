// Who the SDK leaves out after a failed signing attempt, on four fake nodes (so that a
// retry without two of them is possible). One signer's accusation is a claim, never a
// verdict: it takes a second, unaccused signer, or the accused's own failure.
import { schnorr } from '@noble/curves/secp256k1.js'
import type { SignRequest } from '@thresh/wire'
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'
import { Coordinator, DisputeError, type KeyInfo } from '../src/index.js'
import { startFakeNetwork, type FakeNetwork, type FakeNode } from './fake-network.js'

const TIMEOUTS = { signMs: 2_000, graceMs: 100, roundMs: 500 }
const text = (s: string) => new TextEncoder().encode(s)
const signRequests = (node: FakeNode) => node.requests.filter((r): r is SignRequest => r.kind === 'sign')

let net: FakeNetwork
let c: Coordinator
let key2: KeyInfo // 2-of-4
let key3: KeyInfo // 3-of-4
const [A, B, C, D] = [0, 1, 2, 3]
const peer = (i: number) => net.nodes[i]!.peerId

beforeAll(async () => {
  net = await startFakeNetwork(4)
  const setup = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey })
  key2 = await setup.keygen({ scheme: 'bip340', threshold: 2, keyId: 'blame-2of4' })
  key3 = await setup.keygen({ scheme: 'bip340', threshold: 3, keyId: 'blame-3of4' })
  await setup.close()
  c = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey, timeouts: TIMEOUTS, keys: [key2, key3] })
})
afterAll(async () => {
  await c?.close()
  await net.stop()
})
beforeEach(() => {
  for (const n of net.nodes) {
    n.requests.length = 0
    n.sign = 'honest'
  }
})

it('a signer that names its honest co-signer at once is left out with it; the retry signs without both', async () => {
  // A lies at once; B is still inside the protocol, waiting for A, and names it silent at its round deadline
  net.nodes[A]!.sign = { error: 'aborted', culprits: [B] }
  net.nodes[B]!.sign = (r) => (r.signers.includes(peer(A)) ? { error: 'timeout', culprits: [A], delayMs: TIMEOUTS.roundMs } : 'honest')
  const sig = await c.sign({ keyId: key2.keyId, message: text('pay'), signers: [peer(A), peer(B)] })
  expect(schnorr.verify(sig.signature, text('pay'), key2.groupPublicKey.subarray(1))).toBe(true)
  expect(sig.signers).toEqual([peer(C), peer(D)])
  const [attempt] = sig.failedAttempts
  expect(attempt!.failures.map((f) => [f.peerId, f.reason]).sort()).toEqual([[peer(A), 'disputed'], [peer(B), 'disputed']].sort())
  expect(attempt!.accusations.map((a) => [a.accuser, a.accused, a.reason, a.corroborated])).toEqual([
    [peer(A), peer(B), 'culprit', false],
    [peer(B), peer(A), 'silent', false],
  ])
  expect(signRequests(net.nodes[A]!)).toHaveLength(1) // the accuser is not asked again
})

it('a signer named by two co-signers, one of them accused by nobody, is the culprit; they are kept', async () => {
  net.nodes[A]!.sign = (r) => (r.signers.includes(peer(B)) ? { error: 'aborted', culprits: [B], delayMs: 50 } : 'honest')
  net.nodes[C]!.sign = (r) => (r.signers.includes(peer(B)) ? { error: 'aborted', culprits: [B], delayMs: 50 } : 'honest')
  net.nodes[B]!.sign = { error: 'aborted' } // fails too, naming nobody
  const sig = await c.sign({ keyId: key3.keyId, message: text('corroborated'), signers: [peer(A), peer(B), peer(C)] })
  expect(sig.signers).toEqual([peer(A), peer(C), peer(D)])
  expect(sig.failedAttempts[0]!.failures).toEqual([expect.objectContaining({ peerId: peer(B), reason: 'culprit' })])
  expect(sig.failedAttempts[0]!.accusations.every((a) => a.accused === peer(B) && a.corroborated)).toBe(true)
})

it('a receiver that complains is never taken for silent: the complaint the others relay is its claim, set against the cheater\'s', async () => {
  // B sends A something only A can see is bad. A aborts naming B and publishes a complaint;
  // C stops on it at once (naming nobody, relaying A's complaint) instead of waiting for A
  // and naming it silent; B, the cheater, claims A went silent.
  net.nodes[A]!.sign = (r) => (r.signers.includes(peer(B)) ? { error: 'aborted', culprits: [B] } : 'honest')
  net.nodes[B]!.sign = (r) => (r.signers.includes(peer(A)) ? { error: 'timeout', culprits: [A], delayMs: TIMEOUTS.roundMs } : 'honest')
  net.nodes[C]!.sign = (r) => (r.signers.includes(peer(A)) ? { error: 'aborted', accusations: [{ accuser: A, accused: [B] }] } : 'honest')
  const sig = await c.sign({ keyId: key2.keyId, message: text('complaint'), signers: [peer(A), peer(B), peer(C)] })
  expect(schnorr.verify(sig.signature, text('complaint'), key2.groupPublicKey.subarray(1))).toBe(true)
  const [attempt] = sig.failedAttempts
  // nobody is a culprit on one word; C, which relayed the complaint, is not at fault
  expect(attempt!.failures.map((f) => [f.peerId, f.reason]).sort()).toEqual([[peer(A), 'disputed'], [peer(B), 'disputed']].sort())
  expect(attempt!.accusations.map((a) => [a.accuser, a.accused, a.corroborated]).sort()).toEqual([[peer(A), peer(B), false], [peer(B), peer(A), false]].sort())
  expect(sig.signers).not.toContain(peer(A))
  expect(sig.signers).not.toContain(peer(B))
})

it('a complaint relayed by a node counts as the complainer\'s claim even when the complainer\'s own report is lost', async () => {
  net.nodes[A]!.sign = (r) => (r.signers.includes(peer(B)) ? 'hang' : 'honest')
  net.nodes[B]!.sign = (r) => (r.signers.includes(peer(A)) ? { error: 'aborted', accusations: [{ accuser: A, accused: [B] }] } : 'honest')
  net.nodes[C]!.sign = (r) => (r.signers.includes(peer(A)) ? { error: 'aborted', accusations: [{ accuser: A, accused: [B] }] } : 'honest')
  const sig = await c.sign({ keyId: key2.keyId, message: text('relayed'), signers: [peer(A), peer(B), peer(C)] })
  const [attempt] = sig.failedAttempts
  expect(attempt!.accusations).toEqual([expect.objectContaining({ accuser: peer(A), accused: peer(B), reason: 'culprit' })])
  expect(attempt!.accusations[0]!.detail).toMatch(/complaint relayed by/)
  expect(signRequests(net.nodes[C]!).length).toBeGreaterThanOrEqual(1)
})

it('a node relaying a complaint its alleged complainer did not sign is the culprit, and the complaint counts for nothing', async () => {
  // C relays a complaint of A's against C that A never made (C signed it itself); A answers
  // as if the session had stopped it. C is left out as a liar, A is kept.
  net.nodes[A]!.sign = (r) => (r.signers.includes(peer(C)) ? { error: 'aborted' } : 'honest')
  net.nodes[C]!.sign = (r) => (r.signers.includes(peer(A)) ? { error: 'aborted', accusations: [{ accuser: A, accused: [C], forged: true }] } : 'honest')
  const sig = await c.sign({ keyId: key2.keyId, message: text('forged relay'), signers: [peer(A), peer(C)] })
  const [attempt] = sig.failedAttempts
  expect(attempt!.failures).toEqual([expect.objectContaining({ peerId: peer(C), reason: 'culprit' })])
  expect(attempt!.accusations).toEqual([])
  expect(sig.signers).not.toContain(peer(C))
})

it('a liar that the others name silent is left out, and so is the signer it named', async () => {
  net.nodes[A]!.sign = { error: 'aborted', culprits: [B] }
  net.nodes[B]!.sign = { error: 'timeout', culprits: [A], delayMs: TIMEOUTS.roundMs }
  net.nodes[C]!.sign = { error: 'timeout', culprits: [A], delayMs: TIMEOUTS.roundMs }
  const err = await c.sign({ keyId: key3.keyId, message: text('liar'), signers: [peer(A), peer(B), peer(C)] }).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(DisputeError)
  expect((err as DisputeError).peers).toEqual([peer(A), peer(B)])
  // B and C (accused by nobody) agree on A; nobody backs A's word against B
  const failures = (err as DisputeError).attempts[0]!.failures
  expect(failures.map((f) => [f.peerId, f.reason]).sort()).toEqual([[peer(A), 'silent'], [peer(B), 'disputed']].sort())
  expect((err as DisputeError).accusations.map((a) => [a.accuser, a.accused, a.corroborated])).toEqual([
    [peer(A), peer(B), false],
    [peer(B), peer(A), true],
    [peer(C), peer(A), true],
  ])
  expect(signRequests(net.nodes[D]!)).toHaveLength(0) // only C and D remain: not enough for 3-of-4
})
