// A peer that only speaks /thresh/session/1.0.0 (share messages in clear) gets a clear error both ways.
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import type { Libp2p } from 'libp2p'
import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { SESSION_PROTOCOL } from '@thresh/wire'
import { DEFAULT_INBOUND, DEFAULT_SESSIONS } from '../src/config.js'
import { createHost } from '../src/host.js'
import { NodeMetrics } from '../src/metrics.js'
import { SessionError, SessionManager } from '../src/session-manager.js'
import { SessionTransport } from '../src/session-transport.js'
import { toyByteSession } from './toy-protocol.js'

const LEGACY = '/thresh/session/1.0.0'

async function host(allowed: string, key: Awaited<ReturnType<typeof generateKeyPair>>): Promise<Libp2p> {
  const h = await createHost({ privateKey: key, listen: ['/ip4/127.0.0.1/tcp/0'], announce: [], allowed: new Set([allowed]), inbound: DEFAULT_INBOUND })
  await h.start()
  return h
}

/** A log that keeps its lines. */
function recordingLog() {
  const lines: { msg: string; peer?: string }[] = []
  const log = pino({ level: 'warn' }, { write: (line: string) => void lines.push(JSON.parse(line) as { msg: string }) })
  return { log, lines }
}

describe('session protocol version', () => {
  const stops: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop()
  })

  async function pair() {
    const [newKey, oldKey] = [await generateKeyPair('Ed25519'), await generateKeyPair('Ed25519')]
    const [self, old] = [peerIdFromPrivateKey(newKey).toString(), peerIdFromPrivateKey(oldKey).toString()]
    const [current, legacy] = [await host(old, newKey), await host(self, oldKey)]
    stops.push(() => current.stop(), () => legacy.stop())
    await current.peerStore.merge(legacy.peerId, { multiaddrs: legacy.getMultiaddrs() })
    await legacy.peerStore.merge(current.peerId, { multiaddrs: current.getMultiaddrs() })
    const metrics = new NodeMetrics()
    const { log, lines } = recordingLog()
    const manager = new SessionManager({
      limits: { ...DEFAULT_SESSIONS, roundTimeoutMs: 20_000 }, metrics, log, claim: () => Promise.resolve(true), onDiskError: () => undefined,
      signComplaint: () => new Uint8Array(64), verifyComplaint: () => false, send: (peer, frame) => transport.send(peer, frame),
      kem: { keysOf: () => Promise.reject(new Error('nothing seals here')), secretKey: () => undefined },
    })
    const transport = new SessionTransport(current, {
      peers: new Set([old]), maxFrame: 1 << 20, metrics, log,
      onFrame: (peer, frame) => manager.deliver(peer, frame),
      onIncompatible: (peer, reason) => manager.peerIncompatible(peer, reason),
    })
    await transport.start()
    stops.push(() => transport.stop())
    return { self, old, legacy, manager, metrics, lines }
  }

  it('a session with a peer that only speaks 1.0.0 ends at once, naming it and saying why', async () => {
    const { self, old, legacy, manager } = await pair()
    await legacy.handle(LEGACY, (stream) => stream.abort(new Error('the old node would read 1.0.0 envelopes here')))
    const parties = [1, 2]
    const started = performance.now()
    const err = await manager.run({ kind: 'toy', session: toyByteSession('legacy', 1, parties), peers: new Map([[1, self], [2, old]]), issuedAt: 1, nonce: new Uint8Array(16) })
      .then(() => expect.fail('the session must not complete'), (e: unknown) => e)
    expect(err).toBeInstanceOf(SessionError)
    expect((err as SessionError).code).toBe('aborted')
    expect((err as SessionError).culprits).toEqual([old])
    expect((err as SessionError).message).toBe(`peer ${old} does not speak ${SESSION_PROTOCOL}: it runs an older thresh (share messages in clear); upgrade it`)
    // well before the round deadline (20 s)
    expect(performance.now() - started).toBeLessThan(10_000)
  })

  it('a 1.0.0 stream from an old peer is refused and logged naming it', async () => {
    const { self, old, legacy, metrics, lines } = await pair()
    await legacy.dialProtocol(peerIdFromString(self), LEGACY)
    await expect.poll(() => lines.find((l) => l.peer === old)?.msg).toBe(`peer speaks ${LEGACY} (share messages in clear): this node speaks ${SESSION_PROTOCOL} only; upgrade that node`)
    const dropped = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === 'thresh_dropped_frames_total')
    expect(dropped?.values.find((v) => v.labels.reason === 'old-version')?.value).toBe(1)
  })
})
