// What sealing share messages adds to a keygen (issue 18 item 1): the DKG (and for ECDSA
// the DKLs23 setup) of a 2-of-3 key run by three SessionManagers in this one process,
// exactly as nodes run them minus libp2p: frames encoded, secret messages sealed with
// X-Wing to the recipient's KEM key and opened by it. The `unsealed-` rows run the same
// sessions with the secret marks stripped (and the receivers told the messages arrived
// sealed), i.e. what the node did before: the difference is the cost of sealing.
// Names: seal-<scheme>-keygen-2of3, unsealed-<scheme>-keygen-2of3.
import { createHash } from 'node:crypto'
import { pino } from 'pino'
import { generateKemKeyPair, verifyIdentitySignature } from '@thresh/crypto'
import { DEFAULT_SESSIONS, identityPublicKey, NodeMetrics, SessionManager } from '@thresh/node'
// internal: the node's session builders and identity derivation, as the node uses them
import { dkgSpec, dklsSetupSpec } from '../../packages/node/dist/protocols.js'
import { ed25519Identity } from '@thresh/crypto'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'

const silent = pino({ level: 'silent' })
const NONCE = new Uint8Array(16).fill(5)

async function nodes(n) {
  const out = []
  for (let i = 1; i <= n; i++) {
    const seed = createHash('sha256').update(`bench seal node ${i}`).digest()
    const privateKey = await generateKeyPairFromSeed('Ed25519', seed)
    out.push({ identity: { privateKey, peerId: peerIdFromPrivateKey(privateKey).toString(), key: ed25519Identity(seed) }, kem: generateKemKeyPair() })
  }
  const kemOf = new Map(out.map((o) => [o.identity.peerId, { keyId: 1, publicKey: o.kem.publicKey }]))
  const byPeer = new Map()
  for (const o of out) {
    o.manager = new SessionManager({
      limits: DEFAULT_SESSIONS, metrics: new NodeMetrics(), log: silent, claim: () => Promise.resolve(true), onDiskError: () => undefined,
      signComplaint: (s) => o.identity.key.sign(s), verifyComplaint: (peer, s, sig) => verifyIdentitySignature(identityPublicKey(peer), s, sig),
      kem: { keysOf: (peers) => Promise.resolve(new Map(peers.map((p) => [p, kemOf.get(p)]))), secretKey: (id) => (id === 1 ? o.kem.secretKey : undefined) },
      send: (to, frame) => setImmediate(() => byPeer.get(to).manager.deliver(o.identity.peerId, frame)),
    })
    byPeer.set(o.identity.peerId, o)
  }
  return out
}

/** The session as the node ran it before sealing: nothing marked secret, every message taken as sealed. */
function unsealed(spec) {
  const inner = spec.session
  const strip = (out) => out.map(({ secret: _, ...m }) => m)
  const session = {
    get id() { return inner.id }, get self() { return inner.self }, get parties() { return inner.parties }, get done() { return inner.done },
    seals: false,
    start: () => strip(inner.start()),
    receive: (m) => strip(inner.receive({ ...m, sealed: true })),
    result: () => inner.result(), waitingFor: () => inner.waitingFor(), receiveComplaint: (f, c) => inner.receiveComplaint(f, c),
  }
  return { ...spec, session }
}

async function keygen(net, scheme, requestId, wrap) {
  const parties = net.map((o) => o.identity.peerId)
  const keys = await Promise.all(net.map((o) => o.manager.run(wrap(dkgSpec({ keyId: 'bench', scheme, threshold: 2, parties, requestId, issuedAt: 1, nonce: NONCE }, o.identity)))))
  if (scheme !== 'ecdsa') return keys
  return Promise.all(net.map((o, i) => o.manager.run(wrap(dklsSetupSpec(keys[i], { parties, requestId: `${requestId}/setup`, issuedAt: 1, nonce: NONCE })))))
}

export async function run(bench) {
  const net = await nodes(3)
  for (const scheme of ['frost-secp256k1', 'ecdsa']) {
    const name = scheme === 'ecdsa' ? 'ecdsa' : 'frost'
    const runs = scheme === 'ecdsa' ? 10 : 20
    // alternate so that both rows see the same machine load
    for (const [label, wrap] of [[`unsealed-${name}-keygen-2of3`, unsealed], [`seal-${name}-keygen-2of3`, (s) => s]]) {
      let attempt = 0
      await bench.measure(label, { runs, warmup: 2, extra: { messagesSealed: scheme === 'ecdsa' ? 12 : 6 } }, () => keygen(net, scheme, `${label}-${attempt++}`, wrap))
    }
  }
}
