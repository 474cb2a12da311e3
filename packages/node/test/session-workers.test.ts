import { createHash, randomBytes } from 'node:crypto'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { BanList, DkgSession, DklsSignSession, ed25519Identity, generateKemKeyPair, simulate, type EcdsaKeyShare, type KeyShare } from '@thresh/crypto'
import { envelopeCodec } from '@thresh/wire'
import { DEFAULT_SESSIONS } from '../src/config.js'
import { NodeMetrics } from '../src/metrics.js'
import { dklsSetupSpec } from '../src/protocols.js'
import { SessionManager } from '../src/session-manager.js'
import { SessionWorkers } from '../src/session-workers.js'

// The DKLs23 setup hosted in worker threads (session-workers.ts) through the real
// SessionManager: the keys it makes sign, a cheater is named as inline, and the workers
// let go of every session they hosted.

const silent = pino({ level: 'silent' })
const PEERS = ['A', 'B', 'C']
const identityOf = (p: number) => ed25519Identity(createHash('sha256').update(`worker test identity ${p}`).digest())

function dkgShares(t: number, n: number): KeyShare[] {
  const parties = Array.from({ length: n }, (_, i) => i + 1)
  const identities = new Map(parties.map((p) => [p, identityOf(p).publicKey]))
  const keyId = `worker-${randomBytes(4).toString('hex')}`
  const run = simulate(parties.map((self) => new DkgSession({ keyId, scheme: 'ecdsa', threshold: t, parties, self, identity: identityOf(self), identities })))
  expect(run.aborts.size).toBe(0)
  return parties.map((p) => run.results.get(p)!)
}

interface Net {
  readonly managers: Map<string, SessionManager>
  readonly workers: Map<string, SessionWorkers>
  /** Sees every frame first; returning true drops it. */
  tap?: (from: string, to: string, frame: Uint8Array) => Uint8Array | undefined
}

const nets: Net[] = []
afterEach(async () => {
  for (const net of nets.splice(0)) {
    for (const m of net.managers.values()) m.stop()
    await Promise.all([...net.workers.values()].map((w) => w.close()))
  }
})

// the setup's round 2 is sealed (X-Wing) to each recipient's KEM key, as between nodes
const KEMS = new Map(PEERS.map((p) => [p, generateKemKeyPair(createHash('sha256').update(`worker test kem ${p}`).digest())] as const))

function network(): Net {
  const net: Net = { managers: new Map(), workers: new Map() }
  for (const self of PEERS) {
    const workers = new SessionWorkers(1, silent)
    net.workers.set(self, workers)
    const used = new Set<string>()
    net.managers.set(self, new SessionManager({
      limits: { ...DEFAULT_SESSIONS, roundTimeoutMs: 20_000 },
      metrics: new NodeMetrics(),
      log: silent,
      workers,
      claim: (hex) => Promise.resolve(!used.has(hex) && used.add(hex) !== undefined),
      signComplaint: () => new Uint8Array(64),
      verifyComplaint: () => false,
      onDiskError: () => undefined,
      kem: {
        keysOf: (peers) => Promise.resolve(new Map(peers.map((p) => [p, { keyId: 1, publicKey: KEMS.get(p)!.publicKey }] as const))),
        secretKey: (keyId) => (keyId === 1 ? KEMS.get(self)!.secretKey : undefined),
      },
      send: (to, frame) => {
        const delivered = net.tap ? net.tap(self, to, frame) : frame
        if (delivered) setImmediate(() => net.managers.get(to)!.deliver(self, delivered))
      },
    }))
  }
  nets.push(net)
  return net
}

function setupAll(net: Net, shares: KeyShare[]) {
  const params = { parties: PEERS, requestId: 'worker-test', issuedAt: 1, nonce: new Uint8Array(16) }
  return shares.map((share, i) => {
    const manager = net.managers.get(PEERS[i]!)!
    return manager.run(dklsSetupSpec(share, params, manager.workers))
  })
}

describe('session worker threads', () => {
  it('run the DKLs23 setup off the event loop: the keys it makes sign (noble verifies)', async () => {
    const net = network()
    const keys = (await Promise.all(setupAll(net, dkgShares(2, 3)))) as EcdsaKeyShare[]
    for (const key of keys) expect(key.dkls.size).toBe(2)
    const digest = randomBytes(32)
    const signers = [1, 3]
    const identities = new Map(signers.map((p) => [p, identityOf(p).publicKey]))
    const run = simulate(signers.map((self) => new DklsSignSession({ key: keys[self - 1]!, signers, digest, bans: new BanList(), identity: identityOf(self), identities })))
    expect(run.aborts.size).toBe(0)
    const { r, s } = run.results.get(1)!
    expect(secp256k1.verify(new Uint8Array([...r, ...s]), digest, keys[0]!.groupPublicKey, { prehash: false })).toBe(true)
    for (const workers of net.workers.values()) {
      expect(workers.threads).toBe(1)
      expect(workers.hostedSessions).toBe(0)
    }
  })

  it('name the sender of a message that fails a hosted check, as an inline session does', async () => {
    const net = network()
    // A's round-1 message to B (its base-OT points and zero-seed commitment, not sealed) altered in
    // transit: B's hosted session finds it in round 2 and must blame A
    net.tap = (from, to, frame) => {
      if (from !== 'A' || to !== 'B') return frame
      const envelope = envelopeCodec.decode(frame)
      if (envelope.round !== 1) return frame
      const payload = Uint8Array.from(envelope.payload)
      payload[payload.length - 1]! ^= 1
      return envelopeCodec.encode({ ...envelope, payload })
    }
    const [a, b, c] = setupAll(net, dkgShares(2, 3))
    const others = Promise.allSettled([a, c]) // A cannot tell who altered it: it may blame B
    await expect(b).rejects.toMatchObject({ code: 'aborted', culprits: ['A'] })
    await others
    for (const workers of net.workers.values()) expect(workers.hostedSessions).toBe(0)
  })

  it('start() loads every thread before any session needs one (a node calls it at start-up)', async () => {
    const workers = new SessionWorkers(2, silent)
    try {
      expect(workers.threads).toBe(0)
      await workers.start()
      expect(workers.threads).toBe(2)
      expect(workers.hostedSessions).toBe(0)
    } finally {
      await workers.close()
    }
    expect(workers.threads).toBe(0)
  })

  it('let go of a hosted session that is cancelled or refused before it starts', async () => {
    const net = network()
    const shares = dkgShares(2, 3)
    const a = net.managers.get('A')!
    const nonce = new Uint8Array(16).fill(7)
    const running = a.run(dklsSetupSpec(shares[0]!, { parties: PEERS, requestId: 'cancelled', issuedAt: 1, nonce }, a.workers))
    expect(a.workers!.hostedSessions).toBe(1)
    expect(a.cancel(nonce)).toBe(1)
    await expect(running).rejects.toMatchObject({ code: 'cancelled' })
    expect(a.workers!.hostedSessions).toBe(0)
    // the same session id again: refused as a duplicate, and its hosted copy freed at once
    await expect(a.run(dklsSetupSpec(shares[0]!, { parties: PEERS, requestId: 'cancelled', issuedAt: 1, nonce }, a.workers))).rejects.toMatchObject({ code: 'duplicate-session' })
    expect(a.workers!.hostedSessions).toBe(0)
  })
})
