import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { envelopeCodec } from '@thresh/wire'
import { DEFAULT_SESSIONS, type SessionLimits } from '../src/config.js'
import { NodeMetrics } from '../src/metrics.js'
import { SessionError, SessionManager } from '../src/session-manager.js'
import { toyByteSession, toySessionId } from './toy-protocol.js'

const silent = pino({ level: 'silent' })

interface Net {
  managers: Map<string, SessionManager>
  metrics: Map<string, NodeMetrics>
  /** Peers whose outgoing frames vanish. */
  mute: Set<string>
  sent: { from: string; to: string; frame: Uint8Array }[]
}

function network(peers: string[], limits: Partial<SessionLimits> = {}): Net {
  const net: Net = { managers: new Map(), metrics: new Map(), mute: new Set(), sent: [] }
  for (const self of peers) {
    const metrics = new NodeMetrics()
    net.metrics.set(self, metrics)
    net.managers.set(self, new SessionManager({
      limits: { ...DEFAULT_SESSIONS, roundTimeoutMs: 300, ...limits },
      metrics,
      log: silent,
      send: (to, frame) => {
        net.sent.push({ from: self, to, frame })
        if (net.mute.has(self)) return
        setImmediate(() => net.managers.get(to)!.deliver(self, frame))
      },
    }))
  }
  return net
}

const peerMap = (peers: string[]) => new Map(peers.map((p, i) => [i + 1, p] as const))

function runToy(net: Net, peers: string[], label: string, indices = peers.map((_, i) => i + 1)) {
  const parties = peers.map((_, i) => i + 1)
  return indices.map((i) =>
    net.managers.get(peers[i - 1]!)!.run({ kind: 'toy', session: toyByteSession(label, i, parties), peers: peerMap(peers) }))
}

async function counter(metrics: NodeMetrics, name: string, labels: Record<string, string>): Promise<number> {
  const metric = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === name)
  const value = metric?.values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))
  return value?.value ?? 0
}

describe('SessionManager', () => {
  const peers = ['A', 'B', 'C']

  it('runs a session to the same result on every party', async () => {
    const net = network(peers)
    expect(await Promise.all(runToy(net, peers, 's1'))).toEqual([60, 60, 60])
    expect(await counter(net.metrics.get('A')!, 'thresh_sessions_completed_total', { kind: 'toy' })).toBe(1)
  })

  it('runs many sessions at once', async () => {
    const net = network(peers)
    const runs = Array.from({ length: 40 }, (_, k) => runToy(net, peers, `many-${k}`)).flat()
    const results = await Promise.all(runs)
    expect(results).toEqual(Array(120).fill(60))
  })

  it('buffers messages for a session that has not started yet', async () => {
    const net = network(peers)
    const [a, b] = runToy(net, peers, 'late-start', [1, 2])
    // C starts only after A's and B's first rounds have reached it
    await new Promise((r) => setTimeout(r, 30))
    const c = net.managers.get('C')!.run({ kind: 'toy', session: toyByteSession('late-start', 3, [1, 2, 3]), peers: peerMap(peers) })
    expect(await Promise.all([a, b, c])).toEqual([60, 60, 60])
  })

  it('aborts at the round deadline naming the parties that stayed silent', async () => {
    const net = network(peers)
    net.mute.add('C')
    const [a, b, c] = runToy(net, peers, 'silent')
    for (const p of [a, b]) {
      const err = await p.then(() => undefined, (e: unknown) => e)
      expect(err).toBeInstanceOf(SessionError)
      expect(err).toMatchObject({ code: 'timeout', culprits: ['C'] })
    }
    await expect(c).rejects.toMatchObject({ code: 'timeout', culprits: ['A', 'B'] })
    expect(await counter(net.metrics.get('A')!, 'thresh_sessions_aborted_total', { kind: 'toy', reason: 'timeout' })).toBe(1)
  })

  it('gives every round its own deadline', async () => {
    // each round takes ~2/3 of the deadline: the session as a whole takes longer than one deadline
    const net = network(peers, { roundTimeoutMs: 150 })
    for (const [self, m] of net.managers) {
      const deliver = m.deliver.bind(m)
      m.deliver = (peer, frame) => void setTimeout(() => deliver(peer, frame), 100)
      void self
    }
    const started = performance.now()
    expect(await Promise.all(runToy(net, peers, 'slow-rounds'))).toEqual([60, 60, 60])
    expect(performance.now() - started).toBeGreaterThan(250)
  })

  it('aborts naming a sender whose payload does not decode', async () => {
    const net = network(peers)
    const id = toySessionId('garbage', [1, 2, 3])
    const [a] = runToy(net, peers, 'garbage', [1])
    net.managers.get('A')!.deliver('B', envelopeCodec.encode({ session: id, from: 2, to: 'broadcast', round: 1, payload: Uint8Array.of(1, 2, 3) }))
    await expect(a).rejects.toMatchObject({ code: 'aborted', culprits: ['B'] })
  })

  it('drops messages from non-parties and spoofed senders, and ignores duplicates', async () => {
    const net = network([...peers, 'D'])
    const m = net.managers.get('A')!
    const id = toySessionId('drops', [1, 2, 3])
    const a = m.run({ kind: 'toy', session: toyByteSession('drops', 1, [1, 2, 3]), peers: peerMap(peers) })
    const frame = (from: number, payload = 20) => envelopeCodec.encode({ session: id, from, to: 'broadcast', round: 1, payload: Uint8Array.of(0, 0, 0, payload) })
    m.deliver('D', frame(2)) // D is not a party
    m.deliver('C', frame(2)) // C claims to be party 2
    m.deliver('B', frame(2))
    m.deliver('B', frame(2)) // exact duplicate
    const metrics = net.metrics.get('A')!
    expect(await counter(metrics, 'thresh_dropped_frames_total', { reason: 'non-party' })).toBe(1)
    expect(await counter(metrics, 'thresh_dropped_frames_total', { reason: 'spoofed-sender' })).toBe(1)
    m.stop()
    await expect(a).rejects.toMatchObject({ code: 'stopped' })
  })

  it('refuses a session id that is running or has run, and more sessions than allowed', async () => {
    const net = network(peers, { maxConcurrent: 1 })
    const m = net.managers.get('A')!
    const first = m.run({ kind: 'toy', session: toyByteSession('dup', 1, [1, 2, 3]), peers: peerMap(peers) })
    await expect(m.run({ kind: 'toy', session: toyByteSession('dup', 1, [1, 2, 3]), peers: peerMap(peers) }))
      .rejects.toMatchObject({ code: 'duplicate-session' })
    await expect(m.run({ kind: 'toy', session: toyByteSession('other', 1, [1, 2, 3]), peers: peerMap(peers) }))
      .rejects.toMatchObject({ code: 'busy' })
    m.stop()
    await expect(first).rejects.toMatchObject({ code: 'stopped' })
    await expect(m.run({ kind: 'toy', session: toyByteSession('dup', 1, [1, 2, 3]), peers: peerMap(peers) }))
      .rejects.toBeInstanceOf(SessionError)
  })

  it('bounds the early-message buffer per peer and drops messages of finished sessions', async () => {
    const net = network(peers, { earlyBytesPerPeer: 4096, earlyMessagesPerSession: 4 })
    const m = net.managers.get('A')!
    const frameFor = (k: number) => envelopeCodec.encode({ session: toySessionId(`nobody-${k}`, [1]), from: 2, to: 'broadcast', round: 1, payload: new Uint8Array(100) })
    for (let k = 0; k < 1000; k++) m.deliver('B', frameFor(k))
    expect(m.earlyBytes).toBeLessThanOrEqual(4096)
    const metrics = net.metrics.get('A')!
    expect(await counter(metrics, 'thresh_dropped_frames_total', { reason: 'early-overflow' })).toBeGreaterThan(900)
    // another peer still has its own room
    m.deliver('C', frameFor(5000))
    expect(await counter(metrics, 'thresh_dropped_frames_total', { reason: 'early-overflow' })).toBeLessThan(1000)

    const same = envelopeCodec.encode({ session: toySessionId('one', [1]), from: 2, to: 'broadcast', round: 1, payload: new Uint8Array(4) })
    for (let k = 0; k < 10; k++) m.deliver('C', same)
    expect(await counter(metrics, 'thresh_dropped_frames_total', { reason: 'early-overflow' })).toBeGreaterThanOrEqual(6)

    expect(await Promise.all(runToy(net, peers, 'done'))).toEqual([60, 60, 60])
    const late = envelopeCodec.encode({ session: toySessionId('done', [1, 2, 3]), from: 2, to: 'broadcast', round: 1, payload: new Uint8Array(4) })
    m.deliver('B', late)
    expect(await counter(metrics, 'thresh_dropped_frames_total', { reason: 'late' })).toBe(1)
  })
})
