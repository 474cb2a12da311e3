// Sealed share messages between nodes: a DKG over SessionManagers whose every frame is recorded.
import { x25519 } from '@noble/curves/ed25519.js'
import { sha3_256, shake256 } from '@noble/hashes/sha3.js'
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js'
import { ml_kem768 } from '@noble/post-quantum/ml-kem.js'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import {
  curveOf, ed25519Identity, encodeSealContext, generateKemKeyPair, parseXwingSealed, xwingOpen, xwingOpenWithSharedSecret, xwingSeal,
  verifyIdentitySignature, type KemKeyPair, type KeyShare, type Outgoing, type Scheme, type Session,
} from '@thresh/crypto'
import { dkgCodec, envelopeCodec, kemAnnouncementCodec, type WireMessage } from '@thresh/wire'
import { DEFAULT_SESSIONS } from '../src/config.js'
import type { NodeIdentity } from '../src/identity.js'
import { identityPublicKey } from '../src/identity.js'
import { KemLookupError, verifyKemAnnouncement } from '../src/kem-directory.js'
import { KEM_ANNOUNCEMENT_VALIDITY_SECONDS, KEM_RETIRED_RETENTION_SECONDS, NodeKemKeys } from '../src/kem-keys.js'
import { NodeMetrics } from '../src/metrics.js'
import { dkgSpec, dklsSetupSpec } from '../src/protocols.js'
import { SessionError, SessionManager, type SessionSpec } from '../src/session-manager.js'

const silent = pino({ level: 'silent' })
const KEM_KEY_ID = 1

interface Node {
  readonly identity: NodeIdentity
  readonly kem: KemKeyPair
  readonly manager: SessionManager
}

interface Frame { readonly from: string; readonly to: string; readonly frame: Uint8Array }

interface Net {
  readonly nodes: Node[]
  /** Every frame sent, as it left its sender. */
  readonly frames: Frame[]
  /** Sees every frame; returns the frames to deliver instead (none: drop it), or nothing to deliver it as is. */
  tap?: (f: Frame) => Frame[] | void
  deliver(f: Frame): void
}

async function nodeIdentity(n: number): Promise<NodeIdentity> {
  const seed = sha3_256(utf8ToBytes(`sealed-sessions identity ${n}`))
  const privateKey = await generateKeyPairFromSeed('Ed25519', seed)
  return { privateKey, peerId: peerIdFromPrivateKey(privateKey).toString(), key: ed25519Identity(seed) }
}

async function network(n: number): Promise<Net> {
  const identities = await Promise.all(Array.from({ length: n }, (_, i) => nodeIdentity(i + 1)))
  const kems = identities.map((_, i) => generateKemKeyPair(sha3_256(utf8ToBytes(`sealed-sessions kem ${i + 1}`))))
  const byPeer = new Map<string, Node>()
  const net: Net = {
    nodes: [],
    frames: [],
    deliver: (f) => setImmediate(() => byPeer.get(f.to)!.manager.deliver(f.from, f.frame)),
  }
  const kemOf = new Map(identities.map((id, i) => [id.peerId, { keyId: KEM_KEY_ID, publicKey: kems[i]!.publicKey }] as const))
  for (const [i, identity] of identities.entries()) {
    const manager = new SessionManager({
      limits: { ...DEFAULT_SESSIONS, roundTimeoutMs: 5_000 },
      metrics: new NodeMetrics(),
      log: silent,
      claim: () => Promise.resolve(true),
      onDiskError: () => undefined,
      signComplaint: (statement) => identity.key.sign(statement),
      verifyComplaint: (peer, statement, signature) => verifyIdentitySignature(identityPublicKey(peer), statement, signature),
      kem: {
        keysOf: (peers) => Promise.resolve(new Map(peers.map((p) => [p, kemOf.get(p)!] as const))),
        secretKey: (keyId) => (keyId === KEM_KEY_ID ? kems[i]!.secretKey : undefined),
      },
      send: (to, frame) => {
        const f = { from: identity.peerId, to, frame }
        net.frames.push(f)
        const replaced = net.tap?.(f)
        for (const g of replaced ?? [f]) net.deliver(g)
      },
    })
    const node = { identity, kem: kems[i]!, manager }
    net.nodes.push(node)
    byPeer.set(identity.peerId, node)
  }
  return net
}

/** Wraps a session to collect what it sends before the node seals it. */
function capturing<R>(spec: SessionSpec<R>, into: Outgoing<Uint8Array>[]): SessionSpec<R> {
  const inner = spec.session
  const keep = (out: Outgoing<Uint8Array>[]) => (into.push(...out), out)
  const session: Session<R, Uint8Array> = {
    get id() { return inner.id },
    get self() { return inner.self },
    get parties() { return inner.parties },
    get seals() { return inner.seals },
    get done() { return inner.done },
    start: () => keep(inner.start()),
    receive: (m) => keep(inner.receive(m)),
    result: () => inner.result(),
    waitingFor: () => inner.waitingFor(),
    receiveComplaint: (from, c) => inner.receiveComplaint(from, c),
  }
  return { ...spec, session }
}

const NONCE = new Uint8Array(16).fill(9)

function keygenSpecs(net: Net, scheme: Scheme, requestId: string, kind?: (i: number) => string) {
  const parties = net.nodes.map((n) => n.identity.peerId)
  return net.nodes.map((node, i) => {
    const spec = dkgSpec({ keyId: 'sealed', scheme, threshold: 2, parties, requestId, issuedAt: 1, nonce: NONCE }, node.identity)
    return kind ? { ...spec, kind: kind(i) } : spec
  })
}

function runAll<R>(net: Net, specs: SessionSpec<R>[]): Promise<PromiseSettledResult<R>[]> {
  return Promise.allSettled(specs.map((spec, i) => net.nodes[i]!.manager.run(spec)))
}

const sealedFrames = (net: Net) => net.frames.map((f) => ({ ...f, message: envelopeCodec.decode(f.frame) })).filter((f) => f.message.sealed)
const contains = (haystack: Uint8Array, needle: Uint8Array) => {
  if (needle.length < 16) throw new Error('search for a value, not a fragment')
  return Buffer.from(haystack).indexOf(Buffer.from(needle)) >= 0
}
const partyOf = (net: Net, peer: string) => net.nodes.findIndex((n) => n.identity.peerId === peer) + 1

/** The refusal every honest node reports: the session aborted naming `culprit`, for `why`. */
function expectAbortNaming(outcome: PromiseSettledResult<unknown>, culprit: string, why: RegExp): void {
  expect(outcome.status).toBe('rejected')
  const err = (outcome as PromiseRejectedResult).reason as SessionError
  expect(err).toBeInstanceOf(SessionError)
  expect(err.code).toBe('aborted')
  expect(err.culprits).toEqual([culprit])
  expect(err.message).toMatch(why)
}

describe('sealed share messages over the session manager', () => {
  it.each(['frost-secp256k1', 'ecdsa'] as const)('%s DKG (and DKLs setup): the recorded wire holds no share bytes', async (scheme) => {
    const net = await network(3)
    const sent: Outgoing<Uint8Array>[] = []
    const specs = keygenSpecs(net, scheme, 'wire').map((s) => capturing(s, sent))
    const keys = (await runAll(net, specs)).map((r) => (r as PromiseFulfilledResult<KeyShare>).value)
    for (const k of keys) expect(k.groupPublicKey).toEqual(keys[0]!.groupPublicKey)

    const codec = dkgCodec({ curve: curveOf(scheme), threshold: 2, parties: 3 })
    const shares = sent.filter((m) => m.secret).map((m) => codec.decode(m.payload)).map((p) => (p.type === 'dkg/share' ? p.share : undefined))
    expect(shares).toHaveLength(6)
    for (const share of shares) {
      expect(share).toBeInstanceOf(Uint8Array)
      // control: the search finds a share in what the session handed over
      expect(sent.some((m) => contains(m.payload, share!))).toBe(true)
      for (const f of net.frames) expect(contains(f.frame, share!), 'a share scalar on the wire').toBe(false)
    }
    expect(sealedFrames(net)).toHaveLength(6)
    // and no node's final share either
    for (const k of keys) for (const f of net.frames) expect(contains(f.frame, k.secretShare)).toBe(false)

    if (scheme === 'ecdsa') {
      const setupSent: Outgoing<Uint8Array>[] = []
      net.frames.length = 0
      const parties = net.nodes.map((n) => n.identity.peerId)
      const setups = keys.map((key) => capturing(dklsSetupSpec(key, { parties, requestId: 'wire-setup', issuedAt: 1, nonce: NONCE }), setupSent))
      for (const r of await runAll(net, setups)) expect(r.status).toBe('fulfilled')
      const secrets = setupSent.filter((m) => m.secret)
      expect(secrets).toHaveLength(6)
      for (const m of secrets) for (const f of net.frames) expect(contains(f.frame, m.payload), 'a setup opening on the wire').toBe(false)
      expect(sealedFrames(net)).toHaveLength(6)
    }
  })

  /*
   * "X25519 broken later": the attacker holds every X25519 secret of the run (each
   * node's, from its X-Wing seed) and the recorded frames, and decapsulates by hand
   * (draft-connolly-cfrg-xwing-kem §5) with an ML-KEM secret of its own.
   */
  it('with every X25519 secret of the run, the recorded sealed envelopes do not open without the ML-KEM keys', async () => {
    const net = await network(3)
    for (const r of await runAll(net, keygenSpecs(net, 'frost-ed25519', 'harvest'))) expect(r.status).toBe('fulfilled')
    const recorded = sealedFrames(net)
    expect(recorded).toHaveLength(6)
    const attackerMlKem = ml_kem768.keygen(new Uint8Array(64).fill(7)).secretKey
    for (const { to, message } of recorded) {
      const node = net.nodes.find((n) => n.identity.peerId === to)!
      const expanded = shake256(node.kem.secretKey, { dkLen: 96 })
      const x25519Secret = expanded.subarray(64)
      const { kemCiphertext } = parseXwingSealed(message.sealed!.box)
      const ctX = kemCiphertext.subarray(1088)
      const decapsulate = (mlKemSecret: Uint8Array) => sha3_256(concatBytes(
        ml_kem768.decapsulate(kemCiphertext.subarray(0, 1088), mlKemSecret),
        x25519.getSharedSecret(x25519Secret, ctX), ctX, node.kem.publicKey.subarray(1184), utf8ToBytes('\\.//^\\')))
      const aad = encodeSealContext({ sessionId: message.session, sender: message.from, recipient: message.to as number, round: message.round, messageType: 'dkg' })
      // control: the same hand decapsulation with the true ML-KEM secret opens it
      expect(() => xwingOpenWithSharedSecret(decapsulate(ml_kem768.keygen(expanded.subarray(0, 64)).secretKey), aad, message.sealed!.box)).not.toThrow()
      expect(() => xwingOpenWithSharedSecret(decapsulate(attackerMlKem), aad, message.sealed!.box)).toThrow(/does not open/)
      expect(() => xwingOpenWithSharedSecret(x25519.getSharedSecret(x25519Secret, ctX), aad, message.sealed!.box)).toThrow(/does not open/)
    }
  })

  it('a sealed message relayed to another recipient does not open there: the session ends naming the relaying sender', async () => {
    const net = await network(3)
    const [a, b, c] = net.nodes.map((n) => n.identity.peerId) as [string, string, string]
    // node A's round-2 message for B also reaches C over A's channel (as if A sent it there)
    net.tap = (f) => {
      const m = envelopeCodec.decode(f.frame)
      if (f.from === a && f.to === b && m.sealed) return [f, { from: a, to: c, frame: f.frame }]
    }
    const outcomes = await runAll(net, keygenSpecs(net, 'frost-secp256k1', 'wrong-recipient'))
    expectAbortNaming(outcomes[2]!, a, /sealed message from party 1 does not open/)
  })

  it('a modified round, sender or message type in the AAD fails, naming who sent it', async () => {
    // round: A's sealed round-2 message to C arrives re-labelled as round 3
    const round = await network(3)
    const [a, , c] = round.nodes.map((n) => n.identity.peerId) as [string, string, string]
    round.tap = (f) => {
      const m = envelopeCodec.decode(f.frame)
      if (f.from === a && f.to === c && m.sealed) return [{ ...f, frame: envelopeCodec.encode({ ...m, round: 3 }) }]
    }
    expectAbortNaming((await runAll(round, keygenSpecs(round, 'frost-secp256k1', 'aad-round')))[2]!, a, /round-3 sealed message from party 1 does not open/)

    // sender: B forwards A's sealed message to C as its own (the envelope's sender must be B's index on B's channel)
    const sender = await network(3)
    const [a2, b2, c2] = sender.nodes.map((n) => n.identity.peerId) as [string, string, string]
    sender.tap = (f) => {
      const m = envelopeCodec.decode(f.frame)
      if (f.from === a2 && f.to === c2 && m.sealed) return [{ from: b2, to: c2, frame: envelopeCodec.encode({ ...m, from: partyOf(sender, b2) }) }]
    }
    expectAbortNaming((await runAll(sender, keygenSpecs(sender, 'frost-secp256k1', 'aad-sender')))[2]!, b2, /sealed message from party 2 does not open/)

    // type: C runs the same session under another kind, so it expects another message type
    const type = await network(3)
    const [a3, b3] = type.nodes.map((n) => n.identity.peerId) as [string, string]
    const outcomes = await runAll(type, keygenSpecs(type, 'frost-secp256k1', 'aad-type', (i) => (i === 2 ? 'reshare' : 'dkg')))
    const err = (outcomes[2] as PromiseRejectedResult).reason as SessionError
    expect(err.code).toBe('aborted')
    expect(err.culprits).toHaveLength(1)
    expect([a3, b3]).toContain(err.culprits[0])
    expect(err.message).toMatch(/sealed message from party [12] does not open/)
  })

  it('a sealed message replayed into another session does not open', async () => {
    const net = await network(3)
    const [a, b] = net.nodes.map((n) => n.identity.peerId) as [string, string]
    for (const r of await runAll(net, keygenSpecs(net, 'frost-secp256k1', 'first'))) expect(r.status).toBe('fulfilled')
    const old = sealedFrames(net).find((f) => f.from === a && f.to === b)!.message
    // the second session's round-2 message from A to B is replaced by the first session's, relabelled
    net.tap = (f) => {
      const m = envelopeCodec.decode(f.frame)
      if (f.from === a && f.to === b && m.sealed) return [{ ...f, frame: envelopeCodec.encode({ ...old, session: m.session }) }]
    }
    const outcomes = await runAll(net, keygenSpecs(net, 'frost-secp256k1', 'second'))
    expectAbortNaming(outcomes[1]!, a, /sealed message from party 1 does not open/)
  })

  it('a secret share message that arrives unsealed is refused, naming its sender', async () => {
    const net = await network(3)
    const [a, b] = net.nodes.map((n) => n.identity.peerId) as [string, string]
    const bKem = net.nodes[1]!.kem
    // A's round-2 share to B travels in clear: its plaintext payload, no sealed field
    net.tap = (f) => {
      const m = envelopeCodec.decode(f.frame)
      if (f.from !== a || f.to !== b || !m.sealed) return
      const payload = xwingOpen(bKem.secretKey, { sessionId: m.session, sender: m.from, recipient: 2, round: m.round, messageType: 'dkg' }, m.sealed.box)
      const clear: WireMessage = { session: m.session, from: m.from, to: m.to, round: m.round, payload }
      return [{ ...f, frame: envelopeCodec.encode(clear) }]
    }
    const outcomes = await runAll(net, keygenSpecs(net, 'frost-secp256k1', 'unsealed'))
    expectAbortNaming(outcomes[1]!, a, /round-2 message carries secret share material and did not arrive sealed/)
  })

  it('a session that seals does not start when a peer\'s KEM key cannot be had, and names the peer', async () => {
    const net = await network(3)
    const [, b] = net.nodes.map((n) => n.identity.peerId) as [string, string]
    const manager = new SessionManager({
      limits: DEFAULT_SESSIONS, metrics: new NodeMetrics(), log: silent, claim: () => Promise.resolve(true), onDiskError: () => undefined,
      signComplaint: () => new Uint8Array(64), verifyComplaint: () => false, send: () => expect.fail('nothing may be sent'),
      kem: {
        keysOf: () => Promise.reject(new KemLookupError(b, 'unsupported', `peer ${b} does not speak /thresh/kem/1.0.0: it runs a thresh version without sealed share messages (session protocol 2.0.0); upgrade it`)),
        secretKey: () => undefined,
      },
    })
    const err = await manager.run(keygenSpecs(net, 'frost-secp256k1', 'old-peer')[0]!).catch((e: unknown) => e as SessionError)
    expect(err).toBeInstanceOf(SessionError)
    expect((err as SessionError).culprits).toEqual([b])
    expect((err as SessionError).message).toMatch(/does not speak \/thresh\/kem\/1\.0\.0.*upgrade it/)
  })
})

describe('KEM announcements', () => {
  const now = 1_800_000_000
  async function announced(n: number) {
    const identity = await nodeIdentity(n)
    const keys = await NodeKemKeys.load(memoryStore(), now)
    return { identity, keys, announcement: keys.announcement(identity, now) }
  }

  it('a node\'s own announcement verifies, after a round trip through its wire encoding', async () => {
    const { identity, keys, announcement } = await announced(1)
    const decoded = kemAnnouncementCodec.decode(kemAnnouncementCodec.encode(announcement))
    expect(verifyKemAnnouncement(identity.peerId, decoded, now)).toEqual(keys.current)
    expect(decoded.expiresAt - decoded.issuedAt).toBe(KEM_ANNOUNCEMENT_VALIDITY_SECONDS)
  })

  it('refuses a forged signature, another peer\'s announcement, a relabelled one and an expired one', async () => {
    const a = await announced(1)
    const b = await announced(2)
    const refused = (peer: string, ann: typeof a.announcement, at = now) => {
      try {
        verifyKemAnnouncement(peer, ann, at)
      } catch (err) {
        expect(err).toBeInstanceOf(KemLookupError)
        expect((err as KemLookupError).failure).toBe('invalid')
        expect((err as KemLookupError).peer).toBe(peer)
        return (err as Error).message
      }
      return expect.fail('accepted')
    }
    const forged = Uint8Array.from(a.announcement.signature)
    forged[5]! ^= 1
    expect(refused(a.identity.peerId, { ...a.announcement, signature: forged })).toMatch(/signature/)
    // B's valid announcement offered as A's
    expect(refused(a.identity.peerId, b.announcement)).toMatch(/names another peer/)
    // B's key and signature under A's peer id
    expect(refused(a.identity.peerId, { ...b.announcement, peerId: a.identity.peerId })).toMatch(/signature/)
    // A's peer id, B's KEM public key
    expect(refused(a.identity.peerId, { ...a.announcement, publicKey: b.announcement.publicKey })).toMatch(/signature/)
    expect(refused(a.identity.peerId, a.announcement, now + KEM_ANNOUNCEMENT_VALIDITY_SECONDS)).toMatch(/expired/)
    expect(refused(a.identity.peerId, a.announcement, now - 3600)).toMatch(/future/)
  })
})

describe('node KEM keys', () => {
  it('rotation: the new key is announced, the retired one still opens until its retention ends', async () => {
    const store = memoryStore()
    const t0 = 1_800_000_000
    const kem = await NodeKemKeys.load(store, t0)
    const old = { ...kem.current, secretKey: Uint8Array.from(kem.secretKey(1)!) }
    expect(await kem.rotate(store, t0 + 10)).toBe(2)
    const identity = await nodeIdentity(1)
    expect(verifyKemAnnouncement(identity.peerId, kem.announcement(identity, t0 + 20), t0 + 20).keyId).toBe(2)
    // a message a peer sealed to key 1 before it saw the new announcement
    const context = { sessionId: new Uint8Array(32).fill(1), sender: 2, recipient: 1, round: 2, messageType: 'dkg' }
    const box = xwingSeal(old.publicKey, context, utf8ToBytes('share'))
    const reloaded = await NodeKemKeys.load(store, t0 + KEM_RETIRED_RETENTION_SECONDS)
    expect(reloaded.keyIds).toEqual([1, 2])
    expect(xwingOpen(reloaded.secretKey(1)!, context, box)).toEqual(utf8ToBytes('share'))
    // past retention the retired key is gone from the store
    const later = await NodeKemKeys.load(store, t0 + 10 + KEM_RETIRED_RETENTION_SECONDS + 1)
    expect(later.keyIds).toEqual([2])
    expect((await NodeKemKeys.load(store, t0 + 10 + KEM_RETIRED_RETENTION_SECONDS + 1)).keyIds).toEqual([2])
    expect(later.current.keyId).toBe(2)
  })
})

/** Just enough of a KeyStore for NodeKemKeys (named secrets, batches). */
function memoryStore() {
  const secrets = new Map<string, Uint8Array>()
  return {
    listSecretNames: (prefix: string) => Promise.resolve([...secrets.keys()].filter((k) => k.startsWith(prefix)).sort()),
    getSecret: (name: string) => Promise.resolve(Uint8Array.from(secrets.get(name)!)),
    deleteSecret: (name: string) => Promise.resolve(secrets.delete(name)),
    batch: (ops: { type: string; name: string; secret: Uint8Array }[]) => {
      for (const op of ops) secrets.set(op.name, Uint8Array.from(op.secret))
      return Promise.resolve()
    },
  } as unknown as Parameters<typeof NodeKemKeys.load>[0]
}
