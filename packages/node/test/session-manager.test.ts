import { createHash } from 'node:crypto'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { byteSession, complaintCodec, complaintStatement, envelopeCodec } from '@thresh/wire'
import { DEFAULT_SESSIONS, type SessionLimits } from '../src/config.js'
import { NodeMetrics } from '../src/metrics.js'
import { INTERNAL_ERROR, SessionError, SessionManager } from '../src/session-manager.js'
import { toyByteSession, toyCodec, toySessionId, ToySession } from './toy-protocol.js'

const silent = pino({ level: 'silent' })
const NONCE = new Uint8Array(16).fill(3)

interface Net {
  managers: Map<string, SessionManager>
  metrics: Map<string, NodeMetrics>
  /** Peers whose outgoing frames vanish. */
  mute: Set<string>
  sent: { from: string; to: string; frame: Uint8Array }[]
  /** Sees every frame first; returning true means it took care of the frame. */
  tap?: (from: string, to: string, frame: Uint8Array) => boolean
}

/** Stand-in identity signatures for the toy peers A, B, C: SHA-256(peer ‖ statement), twice. */
const fakeSignature = (peer: string, statement: Uint8Array) => {
  const h = createHash('sha256').update(peer).update(statement).digest()
  return new Uint8Array(Buffer.concat([h, h]))
}
const complaintKeys = (self: string) => ({
  signComplaint: (statement: Uint8Array) => fakeSignature(self, statement),
  verifyComplaint: (peer: string, statement: Uint8Array, signature: Uint8Array) => Buffer.from(fakeSignature(peer, statement)).equals(Buffer.from(signature)),
  // the toy protocol seals nothing (sealed-sessions.test.ts covers sealing)
  kem: { keysOf: () => Promise.reject(new Error('the toy protocol seals nothing')), secretKey: () => undefined },
})

/** An in-memory stand-in for the keystore's used-session records. */
function usedIds(): (hex: string) => Promise<boolean> {
  const used = new Set<string>()
  return (hex) => Promise.resolve(!used.has(hex) && used.add(hex) !== undefined)
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
      claim: usedIds(),
      ...complaintKeys(self),
      send: (to, frame) => {
        net.sent.push({ from: self, to, frame })
        if (net.mute.has(self) || net.tap?.(self, to, frame)) return
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
    net.managers.get(peers[i - 1]!)!.run({ kind: 'toy', session: toyByteSession(label, i, parties), peers: peerMap(peers), issuedAt: 1, nonce: NONCE }))
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
    const c = net.managers.get('C')!.run({ kind: 'toy', session: toyByteSession('late-start', 3, [1, 2, 3]), peers: peerMap(peers), issuedAt: 1, nonce: NONCE })
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

  it('a node that aborts on a fault only it saw publishes a complaint: the others stop at once, relaying it, and nobody names it silent', async () => {
    // B's round-1 message to A is garbled on the way (only A sees it); the deadline is long,
    // so a node still waiting for A would hang for it
    const net = network(peers, { roundTimeoutMs: 5_000 })
    net.tap = (from, to, frame) => {
      const m = envelopeCodec.decode(frame)
      if (from === 'B' && to === 'A' && m.round === 1) {
        setImmediate(() => net.managers.get('A')!.deliver('B', envelopeCodec.encode({ ...m, payload: Uint8Array.of(1, 2, 3) })))
        return true
      }
      return false
    }
    const started = performance.now()
    const [a, b, c] = runToy(net, peers, 'complaint').map((p) => p.then(() => undefined, (e: unknown) => e))
    await expect(a).resolves.toMatchObject({ code: 'aborted', culprits: ['B'], accusations: [] })
    for (const other of [b, c]) {
      await expect(other).resolves.toMatchObject({ code: 'aborted', culprits: [], accusations: [{ accuser: 'A', accused: ['B'] }] })
      // relayed with A's signature over this request's complaint statement, which the coordinator checks
      const [relayed] = ((await other) as SessionError).accusations
      expect(relayed!.signature).toEqual(fakeSignature('A', complaintStatement(NONCE, 'A', ['B'], relayed!.reason)))
    }
    expect(performance.now() - started).toBeLessThan(2_000) // well before any 5 s round deadline
    expect(await counter(net.metrics.get('A')!, 'thresh_complaints_sent_total', { kind: 'toy' })).toBe(1)
    expect(await counter(net.metrics.get('C')!, 'thresh_sessions_aborted_total', { kind: 'toy', reason: 'timeout' })).toBe(0)
  })

  it('a complaint that its sender did not sign (or that names a non-party) is blamed on the sender, not relayed', async () => {
    const net = network(peers)
    const session = toyByteSession('forged-complaint', 1, [1, 2, 3])
    const a = net.managers.get('A')!.run({ kind: 'toy', session, peers: peerMap(peers), issuedAt: 1, nonce: NONCE })
    // B sends a complaint against C with C's signature instead of its own
    const forged = complaintCodec.encode({ accused: [3], reason: 'made up', signature: fakeSignature('C', complaintStatement(NONCE, 'B', ['C'], 'made up')) })
    net.managers.get('A')!.deliver('B', envelopeCodec.encode({ session: session.id, from: 2, to: 'broadcast', round: 0, payload: forged }))
    await expect(a).rejects.toMatchObject({ code: 'aborted', culprits: ['B'], accusations: [] })
  })

  it('drops messages from non-parties and spoofed senders, and ignores duplicates', async () => {
    const net = network([...peers, 'D'])
    const m = net.managers.get('A')!
    const id = toySessionId('drops', [1, 2, 3])
    const a = m.run({ kind: 'toy', session: toyByteSession('drops', 1, [1, 2, 3]), peers: peerMap(peers), issuedAt: 1, nonce: NONCE })
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
    const first = m.run({ kind: 'toy', session: toyByteSession('dup', 1, [1, 2, 3]), peers: peerMap(peers), issuedAt: 1, nonce: NONCE })
    await expect(m.run({ kind: 'toy', session: toyByteSession('dup', 1, [1, 2, 3]), peers: peerMap(peers), issuedAt: 1, nonce: NONCE }))
      .rejects.toMatchObject({ code: 'duplicate-session' })
    await expect(m.run({ kind: 'toy', session: toyByteSession('other', 1, [1, 2, 3]), peers: peerMap(peers), issuedAt: 1, nonce: NONCE }))
      .rejects.toMatchObject({ code: 'busy' })
    m.stop()
    await expect(first).rejects.toMatchObject({ code: 'stopped' })
    await expect(m.run({ kind: 'toy', session: toyByteSession('dup', 1, [1, 2, 3]), peers: peerMap(peers), issuedAt: 1, nonce: NONCE }))
      .rejects.toBeInstanceOf(SessionError)
  })

  it('bounds the early-message buffer per peer and per session, drops copies, and drops messages of finished sessions', async () => {
    const net = network(peers, { earlyBytesPerPeer: 65_536, earlyMessagesPerPeer: 4 })
    const m = net.managers.get('A')!
    const metrics = net.metrics.get('A')!
    const dropped = (reason: string) => counter(metrics, 'thresh_dropped_frames_total', { reason })
    const frameFor = (label: string, payload: Uint8Array) => envelopeCodec.encode({ session: toySessionId(label, [1]), from: 2, to: 'broadcast', round: 1, payload })
    for (let k = 0; k < 1000; k++) m.deliver('B', frameFor(`nobody-${k}`, new Uint8Array(100)))
    expect(m.earlyBytes).toBeLessThanOrEqual(65_536)
    expect(await dropped('early-overflow')).toBeGreaterThan(900)
    // another peer still has its own room
    const overflowed = await dropped('early-overflow')
    m.deliver('C', frameFor('nobody-5000', new Uint8Array(100)))
    expect(await dropped('early-overflow')).toBe(overflowed)

    // copies of one message are dropped as such; distinct messages stop at the per-session bound
    const same = frameFor('one', new Uint8Array(4))
    for (let k = 0; k < 10; k++) m.deliver('C', same)
    expect(await dropped('early-duplicate')).toBe(9)
    for (let k = 1; k <= 10; k++) m.deliver('C', frameFor('one', Uint8Array.of(0, 0, 0, k)))
    expect(await dropped('early-overflow')).toBe(overflowed + 7)
    expect(await dropped('early-duplicate')).toBe(9)

    expect(await Promise.all(runToy(net, peers, 'done'))).toEqual([60, 60, 60])
    const late = envelopeCodec.encode({ session: toySessionId('done', [1, 2, 3]), from: 2, to: 'broadcast', round: 1, payload: new Uint8Array(4) })
    m.deliver('B', late)
    expect(await dropped('late')).toBe(1)
  })

  it('counts what a held message costs in memory, not its frame alone: a flood of tiny messages stays within the budget', async () => {
    // measured (node --expose-gc): ~1.1 KB of heap per 44-byte message that opens a session;
    // counted as frame + ENTRY_OVERHEAD + BUCKET_OVERHEAD, 1 MiB holds ~500 of them, not ~24,000
    const net = network(peers, { earlyBytesPerPeer: 1024 * 1024 })
    const m = net.managers.get('A')!
    const frame = (k: number) => envelopeCodec.encode({ session: toySessionId(`flood-${k}`, [1]), from: 2, to: 'broadcast', round: 1, payload: Uint8Array.of(0, 0, 0, 1) })
    for (let k = 0; k < 30_000; k++) m.deliver('B', frame(k))
    expect(m.earlyBytes).toBeLessThanOrEqual(1024 * 1024)
    const overflow = await counter(net.metrics.get('A')!, 'thresh_dropped_frames_total', { reason: 'early-overflow' })
    expect(30_000 - overflow).toBeLessThanOrEqual(512)
  })

  it('drops expired early messages on a timer, without new traffic', async () => {
    const net = network(peers, { earlyTtlMs: 100 })
    const m = net.managers.get('A')!
    m.deliver('B', envelopeCodec.encode({ session: toySessionId('never-started', [1]), from: 2, to: 'broadcast', round: 1, payload: Uint8Array.of(0, 0, 0, 1) }))
    expect(m.earlyBytes).toBeGreaterThan(0)
    await new Promise((r) => setTimeout(r, 350))
    expect(m.earlyBytes).toBe(0)
    m.stop()
  })

  // A party that knows a session id floods a node that has not started the session yet.
  describe('a party flooding the early buffer of a node that starts late', () => {
    /** A, B, C run a session; `attack` replaces A's first frame to C; C starts 20 ms after A and B. */
    async function lateStart(label: string, attack: (deliverToC: (frame: Uint8Array) => void, genuine: Uint8Array) => void) {
      const net = network(peers)
      const toC = net.managers.get('C')!
      let attacked = false
      net.tap = (from, to, frame) => {
        if (from !== 'A' || to !== 'C' || attacked) return false
        attacked = true
        attack((f) => toC.deliver('A', f), frame)
        return true
      }
      const [ra, rb] = runToy(net, peers, label, [1, 2]).map((p) => p.catch((e: unknown) => e))
      await new Promise((r) => setTimeout(r, 20))
      const rc = toC.run({ kind: 'toy', session: toyByteSession(label, 3, [1, 2, 3]), peers: peerMap(peers), issuedAt: 1, nonce: NONCE }).catch((e: unknown) => e)
      return { results: await Promise.all([ra, rb, rc]), metrics: net.metrics.get('C')! }
    }

    it('sends hundreds of copies of its own message: the honest party\'s message is still kept and the session completes', async () => {
      const copies = 256
      const { results, metrics } = await lateStart('copies', (deliver, genuine) => {
        for (let k = 0; k < copies; k++) deliver(genuine)
      })
      expect(results).toEqual([60, 60, 60])
      expect(await counter(metrics, 'thresh_dropped_frames_total', { reason: 'early-duplicate' })).toBe(copies - 1)
      expect(await counter(metrics, 'thresh_dropped_frames_total', { reason: 'early-overflow' })).toBe(0)
    })

    it('sends many distinct messages: they fill only its own room, and it is the one named', async () => {
      const id = toySessionId('distinct', [1, 2, 3])
      const forged = 100
      const { results, metrics } = await lateStart('distinct', (deliver, genuine) => {
        deliver(genuine)
        for (let k = 1; k <= forged; k++) deliver(envelopeCodec.encode({ session: id, from: 1, to: 'broadcast', round: 3, payload: Uint8Array.of(0, 0, 1, k) }))
      })
      const c = results[2]
      expect(c).toBeInstanceOf(SessionError)
      // A's later round-3 messages contradict its first: an equivocation only A can have made
      expect(c).toMatchObject({ code: 'aborted', culprits: ['A'] })
      // exactly A's excess was refused; B's genuine message was not
      expect(await counter(metrics, 'thresh_dropped_frames_total', { reason: 'early-overflow' })).toBe(1 + forged - DEFAULT_SESSIONS.earlyMessagesPerPeer)
    })
  })

  it('claims a session id before the first message goes out, and never runs a claimed id', async () => {
    const sent: Uint8Array[] = []
    let release!: (fresh: boolean) => void
    const claims: { hex: string; issuedAt: number }[] = []
    const m = new SessionManager({
      limits: DEFAULT_SESSIONS,
      metrics: new NodeMetrics(),
      log: silent,
      send: (_to, frame) => void sent.push(frame),
      ...complaintKeys('A'),
      claim: (hex, issuedAt) => {
        claims.push({ hex, issuedAt })
        return new Promise((r) => (release = r))
      },
    })
    const session = toyByteSession('claimed', 1, [1, 2])
    const run = m.run({ kind: 'toy', session, peers: peerMap(['A', 'B']), issuedAt: 1_800_000_000, nonce: NONCE })
    // a message of the other party arrives while the claim is being written: it waits
    m.deliver('B', envelopeCodec.encode({ session: session.id, from: 2, to: 'broadcast', round: 1, payload: Uint8Array.of(0, 0, 0, 20) }))
    await new Promise((r) => setTimeout(r, 20))
    expect(claims).toEqual([{ hex: Buffer.from(session.id).toString('hex'), issuedAt: 1_800_000_000 }])
    expect(sent).toHaveLength(0)
    release(false) // the keystore says: this id ran before (say, before a restart)
    await expect(run).rejects.toMatchObject({ code: 'duplicate-session', message: expect.stringMatching(/has run before/) })
    expect(sent).toHaveLength(0)
    // a claim that cannot be written is an internal failure, and nothing is sent either
    const failing = new SessionManager({ limits: DEFAULT_SESSIONS, metrics: new NodeMetrics(), log: silent, send: (_to, f) => void sent.push(f), claim: () => Promise.reject(new Error('ENOSPC')), ...complaintKeys('A') })
    await expect(failing.run({ kind: 'toy', session: toyByteSession('unwritable', 1, [1, 2]), peers: peerMap(['A', 'B']), issuedAt: 1, nonce: NONCE })).rejects.toMatchObject({ code: 'internal' })
    expect(sent).toHaveLength(0)
  })

  it('tells the coordinator only that an internal error happened, and logs its detail', async () => {
    const lines: Record<string, unknown>[] = []
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) })
    const metrics = new NodeMetrics()
    const m = new SessionManager({ limits: DEFAULT_SESSIONS, metrics, log, send: () => undefined, claim: usedIds(), ...complaintKeys('A') })
    const session = byteSession(new FailingToy(toySessionId('internal', [1, 2]), 1, [1, 2], 10), toyCodec)
    const run = m.run({ kind: 'toy', session, peers: peerMap(['A', 'B']), issuedAt: 1, nonce: NONCE })
    m.deliver('B', envelopeCodec.encode({ session: session.id, from: 2, to: 'broadcast', round: 1, payload: Uint8Array.of(0, 0, 0, 20) }))
    const err = await run.then(() => undefined, (e: unknown) => e)
    expect(err).toBeInstanceOf(SessionError)
    expect(err).toMatchObject({ code: 'internal', message: INTERNAL_ERROR, culprits: [] })
    expect(lines.find((l) => l.msg === 'session failed with an internal error')).toMatchObject({ err: 'lookup table 7 is missing', kind: 'toy' })
    expect(await counter(metrics, 'thresh_sessions_aborted_total', { kind: 'toy', reason: 'internal' })).toBe(1)
  })
})

/** A toy session with a bug: finishing round 1 throws an ordinary Error. */
class FailingToy extends ToySession {
  protected override finishRound(): never {
    throw new Error('lookup table 7 is missing')
  }
}
