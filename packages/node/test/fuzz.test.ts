import { randomBytes } from 'node:crypto'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Stream } from '@libp2p/interface'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  COORD_PROTOCOL, coordRequestCodec, coordResponseCodec, envelopeCodec, frameStream, SESSION_PROTOCOL, type CoordRequest,
} from '@thresh/wire'
import { addrOf, nonce, now, signatures, TestCoordinator } from './cluster.js'
import { startCluster, waitFor, withTimeout, type ProcessCluster } from './processes.js'
import { verifiesSignature } from './verifiers.js'

const EARLY_BYTES_PER_PEER = 256 * 1024
const SESSION_FRAMES = 9000
const COORD_FRAMES = 1500

function varint(n: number): Uint8Array {
  const out: number[] = []
  for (; n >= 0x80; n = Math.floor(n / 128)) out.push((n % 128) | 0x80)
  out.push(n)
  return Uint8Array.from(out)
}

const frame = (body: Uint8Array): Uint8Array => Buffer.concat([varint(body.length), body])
const oversized = (): Uint8Array => Buffer.concat([varint(5 * 1024 * 1024), randomBytes(16)])
/** A length prefix that never ends. */
const endless = (): Uint8Array => new Uint8Array(16).fill(0xff)
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!

function decodes(decode: (b: Uint8Array) => unknown, body: Uint8Array): boolean {
  try {
    decode(body)
    return true
  } catch {
    return false
  }
}

async function send(stream: Stream, bytes: Uint8Array): Promise<void> {
  if (!stream.send(bytes)) await stream.onDrain()
}

// A configured peer (and coordinator) of node 1 floods both protocols with bad frames
// while the three nodes sign: nothing crashes, memory stays bounded, signing goes on.
describe('fuzzing a node on every protocol id', () => {
  let cluster: ProcessCluster
  let coordinator: TestCoordinator
  let fuzzer: TestCoordinator

  beforeAll(async () => {
    coordinator = await TestCoordinator.create()
    fuzzer = await TestCoordinator.create()
    cluster = await startCluster(3, [coordinator.peerId, fuzzer.peerId], {
      extraPeers: [{ id: fuzzer.peerId, addrs: ['/ip4/127.0.0.1/tcp/9'] }],
      extra: { sessions: { earlyBytesPerPeer: EARLY_BYTES_PER_PEER, roundTimeoutMs: 5000 } },
    })
    for (const m of cluster.members) {
      await coordinator.know(m.peerId, addrOf(m))
      await fuzzer.know(m.peerId, addrOf(m))
    }
  })

  afterAll(async () => {
    await Promise.all([coordinator?.stop(), fuzzer?.stop()])
    await cluster?.stop()
  })

  it(`survives ${SESSION_FRAMES + COORD_FRAMES} random, truncated and oversized frames while sessions complete`, async () => {
    const [target, ...others] = cluster.nodes as [typeof cluster.nodes[0], ...typeof cluster.nodes]
    const targetPeer = peerIdFromString(target.member.peerId)
    const peers = cluster.members.map((m) => m.peerId)
    const key = (await coordinator.keygen(peers, 'frost-secp256k1', 2, 'fuzz-key'))[0]!
    const rssBefore = await target.metric('thresh_process_resident_memory_bytes')

    // a real envelope and a real request to truncate
    const envelope = envelopeCodec.encode({ session: randomBytes(32), from: 4, to: 'broadcast', round: 1, payload: randomBytes(300) })
    const request = coordRequestCodec.encode({ kind: 'keygen', scheme: 'bip340', threshold: 2, parties: peers, keyId: 'fuzzed', nonce: nonce(), issuedAt: now() })

    const expected = { sessionMalformed: 0, sessionOversized: 0, sessionValid: 0, coordMalformed: 0, coordOversized: 0 }

    const fuzzSessions = async (): Promise<void> => {
      let sent = 0
      while (sent < SESSION_FRAMES) {
        const stream = await fuzzer.host.dialProtocol(targetPeer, SESSION_PROTOCOL)
        for (let i = 0; i < 100 && sent < SESSION_FRAMES; i++, sent++) {
          const kind = pick(['random', 'truncated', 'valid'] as const)
          const body = kind === 'random' ? randomBytes(1 + Math.floor(Math.random() * 2000))
            : kind === 'truncated' ? envelope.subarray(0, Math.floor(Math.random() * envelope.length))
              : envelopeCodec.encode({ session: randomBytes(32), from: 1 + Math.floor(Math.random() * 3), to: 'broadcast', round: 1, payload: randomBytes(1 + Math.floor(Math.random() * 500)) })
          if (decodes((b) => envelopeCodec.decode(b), body)) expected.sessionValid++
          else expected.sessionMalformed++
          await send(stream, frame(body))
        }
        // every stream ends with a frame the node must refuse by its length prefix alone;
        // wait for the node to close it, so no frame is lost to the inbound-stream limit
        const closed = new Promise((resolve) => stream.addEventListener('close', resolve, { once: true }))
        await send(stream, Math.random() < 0.5 ? oversized() : endless())
        await withTimeout(closed, 20_000, 'the node to close a stream after a bad length prefix')
        sent++
        expected.sessionOversized++
      }
    }

    const fuzzCoord = async (worker: number): Promise<void> => {
      for (let i = worker; i < COORD_FRAMES; i += 10) {
        const kind = pick(['random', 'truncated', 'oversized'] as const)
        const stream = await fuzzer.host.dialProtocol(targetPeer, COORD_PROTOCOL)
        if (kind === 'oversized') {
          expected.coordOversized++
          await send(stream, oversized())
        } else {
          const body = kind === 'random' ? randomBytes(1 + Math.floor(Math.random() * 1000)) : request.subarray(0, Math.floor(Math.random() * request.length))
          expect(decodes((b) => coordRequestCodec.decode(b), body)).toBe(false)
          expected.coordMalformed++
          await send(stream, frame(body))
        }
        const reply = await frameStream(stream).read().catch(() => null)
        if (reply !== null) expect(coordResponseCodec.decode(reply)).toMatchObject({ kind: 'error', code: 'bad-request' })
        stream.abort(new Error('done'))
      }
    }

    const signLoop = async (): Promise<number> => {
      let done = 0
      for (let i = 0; i < 12; i++) {
        const pair = [[0, 1], [1, 2], [0, 2]][i % 3]!.map((j) => peers[j]!)
        const message = randomBytes(32)
        for (const sig of signatures(await coordinator.signAll(key.keyId, pair, message))) {
          expect(verifiesSignature('frost-secp256k1', key.groupPublicKey, message, sig)).toBe(true)
        }
        done++
      }
      return done
    }

    const [signed] = await Promise.all([signLoop(), fuzzSessions(), ...Array.from({ length: 10 }, (_, w) => fuzzCoord(w))])
    expect(signed).toBe(12)
    const dropped = (protocol: string, reason: string) => target.metric('thresh_dropped_frames_total', { protocol, reason })
    // a stream's frames are read in order, so once every stream's closing refusal is counted, every frame has been seen
    await waitFor(async () => (await dropped('session', 'oversized')) >= expected.sessionOversized, 30_000, 'the node to read every frame')
    expect(await dropped('session', 'malformed')).toBe(expected.sessionMalformed)
    expect(await dropped('session', 'oversized')).toBe(expected.sessionOversized)
    expect(await dropped('coord', 'malformed')).toBe(expected.coordMalformed)
    expect(await dropped('coord', 'oversized')).toBe(expected.coordOversized)
    // valid envelopes for sessions nobody runs: buffered up to the per-peer bound, the rest refused
    expect(await dropped('session', 'early-overflow')).toBeGreaterThan(0)
    expect(await target.metric('thresh_early_buffer_bytes')).toBeLessThanOrEqual(EARLY_BYTES_PER_PEER)
    expect(expected.sessionMalformed + expected.sessionOversized + expected.sessionValid + expected.coordMalformed + expected.coordOversized)
      .toBeGreaterThanOrEqual(10_000)

    const rssAfter = await target.metric('thresh_process_resident_memory_bytes')
    expect(rssAfter - rssBefore).toBeLessThan(128 * 1024 * 1024)
    for (const node of [target, ...others]) {
      expect(node.child.exitCode).toBeNull()
      expect((await node.health()).httpStatus).toBe(200)
    }
    // and the node still serves its coordinator
    const r = await coordinator.call(target.member.peerId, { kind: 'listKeys' } satisfies CoordRequest)
    expect(r.kind === 'keys' && r.keys.map((k) => k.keyId)).toEqual(['fuzz-key'])
  })
})
