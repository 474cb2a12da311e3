// Threshold ML-DSA-44 over real `thresh-node` processes (issue 18): a 3-of-5 key from the
// distributed keygen, signatures by two different signer sets accepted by
// @noble/post-quantum and by liboqs (the C reference code as WebAssembly), and the
// refusals: too few or too many signers, a replayed attempt, 7 parties, lifecycle
// operations, and a signer whose reported transcript was tampered with.
import { randomBytes } from 'node:crypto'
import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js'
import { createMLDSA44 } from '@oqs/liboqs-js/sig'
import type { CoordRequest, CoordResponse } from '@thresh/wire'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startNode, stopProcesses, waitReady } from '../../../scripts/testnet/cluster.mjs'
import { runCli } from '../src/cli/main.js'
import { ConfigError, ThreshError, type KeyInfo } from '../src/index.js'
import type { NodeTransport } from '../src/transport.js'
import { startProcessCluster, type ProcessCluster } from './process-cluster.js'

const text = (s: string) => new TextEncoder().encode(s)
const liboqs = await createMLDSA44()

let net: ProcessCluster
let key: KeyInfo
const peer = (i: number): string => net.cluster.members[i]!.peerId
/** A raw request to one node, as the SDK would send it. */
const send = (i: number, request: CoordRequest): Promise<CoordResponse> =>
  (net.c as unknown as { transport: NodeTransport }).transport.request(peer(i), request, { signal: AbortSignal.timeout(30_000) })
const errorOf = (r: CoordResponse) => (r.kind === 'error' ? r : undefined)

function expectValid(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): void {
  expect(signature.length).toBe(2420)
  expect(ml_dsa44.verify(signature, message, publicKey)).toBe(true)
  expect(liboqs.verify(message, signature, publicKey)).toBe(true)
}

beforeAll(async () => {
  // nodes 1-5 run; 6 and 7 are configured everywhere (for the 7-party refusal) but not started
  net = await startProcessCluster('mldsa', { nodes: 5, spare: 2 })
  key = await net.c.keygen({ scheme: 'ml-dsa-44', threshold: 3, parties: [0, 1, 2, 3, 4].map(peer), keyId: 'pq-3of5' })
}, 120_000)

afterAll(async () => {
  await net?.stop()
})

describe('threshold ML-DSA-44 over node processes', () => {
  it('makes a 3-of-5 key whose public key is a standard 1312-byte ML-DSA-44 key, the same at every node', async () => {
    expect(key.scheme).toBe('ml-dsa-44')
    expect(key.groupPublicKey.length).toBe(1312)
    expect(key.chainCode.length).toBe(0)
    expect(key.publicShares.length).toBe(10) // t_S of the C(5, 3) sharing subsets
    for (const i of [0, 2, 4]) {
      const r = await send(i, { kind: 'getPublicKey', keyId: key.keyId })
      expect(r.kind === 'publicKey' && Buffer.from(r.key.groupPublicKey).equals(key.groupPublicKey)).toBe(true)
    }
  })

  it('signs with two different signer sets; noble and liboqs accept both signatures', async () => {
    const message = text('pay 1 BTC to the cold wallet')
    for (const set of [[0, 1, 2], [2, 3, 4]]) {
      const sig = await net.c.sign({ keyId: key.keyId, message, signers: set.map(peer), strict: true })
      expect(sig.scheme).toBe('ml-dsa-44')
      expect(sig.signers).toEqual(set.map(peer))
      expectValid(sig.signature, message, key.groupPublicKey)
      // every failed attempt was an honest rejection: nobody named
      for (const a of sig.failedAttempts) expect(a.failures).toEqual([])
      expect(ml_dsa44.verify(sig.signature, text('another message'), key.groupPublicKey)).toBe(false)
    }
  }, 120_000)

  it('thresh keygen --scheme ml-dsa-44, sign and pubkey (the CLI) make, sign with and show a 2-of-3 key', async () => {
    const cli = async (...argv: string[]) => {
      let out = ''
      let err = ''
      const code = await runCli(['--config', net.cluster.coordinator.clientConfig, '--json', ...argv], { out: (t) => (out += t), err: (t) => (err += t) })
      expect(code, out + err).toBe(0)
      return JSON.parse(out) as Record<string, unknown>
    }
    const made = await cli('keygen', '--scheme', 'ml-dsa-44', '--threshold', '2', '--parties', [0, 1, 2].map(peer).join(','), '--key-id', 'pq-cli')
    expect(made).toMatchObject({ keyId: 'pq-cli', scheme: 'ml-dsa-44', threshold: 2, chainCode: '' })
    const publicKey = Uint8Array.from(Buffer.from(made.publicKey as string, 'hex'))
    expect(publicKey.length).toBe(1312)
    expect(await cli('pubkey', '--key', 'pq-cli')).toMatchObject({ keyId: 'pq-cli', scheme: 'ml-dsa-44', publicKey: made.publicKey })
    const sig = await cli('sign', '--key', 'pq-cli', '--message', 'hello from the CLI')
    expect(sig).toMatchObject({ scheme: 'ml-dsa-44', verified: true, publicKey: made.publicKey })
    expectValid(Uint8Array.from(Buffer.from(sig.signature as string, 'hex')), text('hello from the CLI'), publicKey)
  }, 120_000)

  it('refuses two signers of a 3-of-5 key (SDK and node) and four (node)', async () => {
    const err = await net.c.sign({ keyId: key.keyId, message: text('m'), signers: [peer(0), peer(1)], strict: true }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ConfigError)
    expect((err as Error).message).toMatch(/needs 3 signers, got 2/)
    const base = { kind: 'sign' as const, keyId: key.keyId, payload: { kind: 'bytes' as const, data: text('m') }, issuedAt: Math.floor(Date.now() / 1000), epoch: 0 }
    const two = errorOf(await send(0, { ...base, signers: [peer(0), peer(1)], nonce: randomBytes(32) }))
    expect(two?.code).toBe('bad-request')
    expect(two?.message).toMatch(/2 signers cannot sign with a 3-of-5 key/)
    const four = errorOf(await send(0, { ...base, signers: [0, 1, 2, 3].map(peer), nonce: randomBytes(32) }))
    expect(four?.code).toBe('bad-request')
    expect(four?.message).toMatch(/signed by exactly 3 signers, got 4/)
  })

  it('refuses a replayed attempt, also after a restart: the same request (same nonce) is a session id already claimed', async () => {
    const request: CoordRequest = {
      kind: 'sign', keyId: key.keyId, payload: { kind: 'bytes', data: text('once') }, signers: [0, 1, 2].map(peer),
      nonce: randomBytes(32), issuedAt: Math.floor(Date.now() / 1000), epoch: 0,
    }
    const first = await Promise.all([0, 1, 2].map((i) => send(i, request)))
    for (const r of first) expect(r.kind === 'sign' && r.mldsa !== undefined).toBe(true)
    for (const i of [0, 1, 2]) {
      const again = errorOf(await send(i, request))
      expect(again?.code).toBe('duplicate-session')
    }
    // restarted (round-1 state gone with the process), node 1 still refuses it: the id was claimed on disk
    await stopProcesses([net.children[0]!])
    net.children[0] = startNode(net.cluster.members[0], {})
    await waitReady(net.cluster.members[0], net.children[0], 30_000, 4)
    const restored = errorOf(await send(0, request))
    expect(restored?.code).toBe('duplicate-session')
    expect(restored?.message).toMatch(/has run before/)
  }, 120_000)

  it('refuses 7 parties (SDK before sending, and the node itself) with the parameter range', async () => {
    const parties = [0, 1, 2, 3, 4, 5, 6].map(peer)
    const err = await net.c.keygen({ scheme: 'ml-dsa-44', threshold: 3, parties }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ConfigError)
    expect((err as Error).message).toMatch(/2 <= T <= N <= 6|at most 6/i)
    const r = errorOf(await send(0, { kind: 'keygen', scheme: 'ml-dsa-44', threshold: 3, parties, keyId: 'pq-7', nonce: randomBytes(32), issuedAt: Math.floor(Date.now() / 1000) }))
    expect(r?.code).toBe('bad-request')
    expect(r?.message).toMatch(/^ml-dsa-44: /)
  })

  it('refuses refresh, reshare and repair of an ML-DSA key as unsupported', async () => {
    const now = () => ({ nonce: randomBytes(32), issuedAt: Math.floor(Date.now() / 1000) })
    const requests: CoordRequest[] = [
      { kind: 'reshare', keyId: key.keyId, ...now(), key, refresh: true, dealers: key.parties, newParties: key.parties, newThreshold: 3 },
      { kind: 'reshare', keyId: key.keyId, ...now(), key, refresh: false, dealers: key.parties.slice(0, 3), newParties: key.parties.slice(0, 4), newThreshold: 3 },
      { kind: 'repair', keyId: key.keyId, ...now(), key, lostIndex: 5, helpers: key.parties.slice(0, 3) },
    ]
    for (const request of requests) {
      const r = errorOf(await send(0, request))
      expect(r?.code).toBe('unsupported')
      expect(r?.message).toMatch(/not supported for threshold ML-DSA keys/)
    }
    const err = await net.c.refresh(key.keyId).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ThreshError)
    expect((err as Error).message).toMatch(/unsupported/)
    // the key still signs
    const sig = await net.c.sign({ keyId: key.keyId, message: text('after') })
    expectValid(sig.signature, text('after'), key.groupPublicKey)
  }, 120_000)

  it('names a signer whose reported transcript was tampered with, and returns no signature', async () => {
    const tamperer = 4
    await stopProcesses([net.children[tamperer]!])
    const m = net.cluster.members[tamperer]
    const child = startNode(m, { env: { THRESH_FAILPOINT: 'mldsa:tamper-transcript' } })
    net.children[tamperer] = child
    await waitReady(m, child, 30_000, 4)
    const err = await net.c.sign({ keyId: key.keyId, message: text('tampered'), signers: [2, 3, 4].map(peer), strict: true }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ThreshError)
    const attempts = (err as ThreshError).attempts
    const named = attempts.flatMap((a) => a.failures)
    expect(named.map((f) => [f.peerId, f.reason])).toEqual([[peer(tamperer), 'culprit']])
    expect(named[0]!.detail).toMatch(/failed Combine's check/)
    // without the tamperer, the key signs
    const sig = await net.c.sign({ keyId: key.keyId, message: text('tampered'), signers: [0, 1, 2].map(peer), strict: true })
    expectValid(sig.signature, text('tampered'), key.groupPublicKey)
  }, 120_000)
})
