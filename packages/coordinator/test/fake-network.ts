import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { identify } from '@libp2p/identify'
import { tcp } from '@libp2p/tcp'
import type { PrivateKey } from '@libp2p/interface'
import { ed25519_FROST } from '@noble/curves/ed25519.js'
import { schnorr_FROST, secp256k1, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { randomBytes } from '@noble/hashes/utils.js'
import type { Scheme } from '@thresh/crypto'
import { COORD_PROTOCOL, rpcServerStream, type CoordRequest, type CoordResponse, type KeyInfo, type KeygenRequest, type SignRequest } from '@thresh/wire'
import { createLibp2p, type Libp2p } from 'libp2p'
import { peerIdOf, type NodeEntry } from '../src/index.js'

/**
 * Nodes that speak the real coordinator protocol over libp2p but sign with one
 * whole key (a dealer's secret shared by the test): enough to exercise the SDK's
 * fan-out, retries, blame and verification against behaviour the test scripts.
 */

/** What a fake node does with a sign request: answer honestly, or misbehave. */
export type SignBehaviour =
  | 'honest'
  | 'hang' // never answers
  | 'bad-signature' // answers with a signature that does not verify
  | 'wrong-recovery-id'
  | 'die' // stops its host while the request is open
  | { readonly delayMs: number }
  | { readonly error: Extract<CoordResponse, { kind: 'error' }>['code']; readonly culprits?: readonly number[] }

export interface FakeNode {
  readonly index: number
  readonly peerId: string
  readonly host: Libp2p
  readonly entry: NodeEntry
  readonly requests: CoordRequest[]
  sign: SignBehaviour | ((request: SignRequest) => SignBehaviour)
  /** Overrides the node's keygen / getPublicKey answer. */
  keyReport?: (key: KeyInfo) => CoordResponse
  refuseAll?: Extract<CoordResponse, { kind: 'error' }>['code']
}

interface WholeKey {
  readonly info: KeyInfo
  readonly sign: (message: Uint8Array) => { signature: Uint8Array; recoveryId: number }
}

export interface FakeNetwork {
  readonly nodes: FakeNode[]
  readonly coordinatorKey: PrivateKey
  readonly entries: NodeEntry[]
  /** The whole secret behind a key, for tests that need an independent oracle. */
  secretOf(keyId: string): Uint8Array
  stop(): Promise<void>
}

export async function startFakeNetwork(count: number): Promise<FakeNetwork> {
  const coordinatorKey = await generateKeyPair('Ed25519')
  const keys = new Map<string, WholeKey & { secret: Uint8Array }>()
  const nodes: FakeNode[] = []
  for (let i = 0; i < count; i++) {
    const privateKey = await generateKeyPair('Ed25519')
    const host = await createLibp2p({
      privateKey,
      addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
      transports: [tcp()],
      connectionEncrypters: [noise()],
      streamMuxers: [yamux()],
      services: { identify: identify() },
      connectionManager: { inboundConnectionThreshold: 1000 },
    })
    const peerId = peerIdOf(privateKey)
    const addrs = host.getMultiaddrs().map((a) => a.toString().replace(`/p2p/${peerId}`, ''))
    const node: FakeNode = { index: i, peerId, host, entry: { peerId, addrs }, requests: [], sign: 'honest' }
    nodes.push(node)
    await host.handle(COORD_PROTOCOL, async (stream) => {
      const rpc = rpcServerStream(stream)
      const request = await rpc.readRequest()
      node.requests.push(request)
      const response = await answer(node, request)
      if (response) await rpc.respond(response).catch(() => {})
    })
  }

  const peerIds = () => nodes.map((n) => n.peerId)

  async function answer(node: FakeNode, request: CoordRequest): Promise<CoordResponse | undefined> {
    if (node.refuseAll) return { kind: 'error', code: node.refuseAll, message: 'refused by the test', culprits: [] }
    switch (request.kind) {
      case 'keygen': {
        const key = keys.get(request.keyId) ?? dealKey(request)
        keys.set(request.keyId, key)
        return node.keyReport ? node.keyReport(key.info) : { kind: 'keygen', key: key.info }
      }
      case 'getPublicKey': {
        const key = keys.get(request.keyId)
        if (!key || !key.info.parties.includes(node.peerId)) return { kind: 'error', code: 'unknown-key', message: 'no such key', culprits: [] }
        const report = node.keyReport ? node.keyReport(key.info) : { kind: 'keygen' as const, key: key.info }
        return report.kind === 'keygen' ? { kind: 'publicKey', key: report.key } : report
      }
      case 'listKeys':
        return { kind: 'keys', keys: [...keys.values()].filter((k) => k.info.parties.includes(node.peerId)).map((k) => k.info) }
      case 'sign': {
        const key = keys.get(request.keyId)
        if (!key) return { kind: 'error', code: 'unknown-key', message: 'no such key', culprits: [] }
        const behaviour = typeof node.sign === 'function' ? node.sign(request) : node.sign
        return signAnswer(node, key, request, behaviour)
      }
    }
  }

  async function signAnswer(node: FakeNode, key: WholeKey, request: SignRequest, behaviour: SignBehaviour): Promise<CoordResponse | undefined> {
    if (behaviour === 'hang') return new Promise(() => {})
    if (behaviour === 'die') {
      await node.host.stop()
      return undefined
    }
    if (typeof behaviour === 'object' && 'error' in behaviour) {
      const culprits = (behaviour.culprits ?? []).map((i) => peerIds()[i]!)
      return { kind: 'error', code: behaviour.error, message: `test says ${behaviour.error}`, culprits }
    }
    if (typeof behaviour === 'object') await new Promise((r) => setTimeout(r, behaviour.delayMs))
    const { signature, recoveryId } = key.sign(request.message)
    if (behaviour === 'bad-signature') signature[signature.length - 1]! ^= 1
    return { kind: 'sign', signature, recoveryId: behaviour === 'wrong-recovery-id' ? 1 - recoveryId : recoveryId }
  }

  return {
    nodes,
    coordinatorKey,
    entries: nodes.map((n) => n.entry),
    secretOf: (keyId) => keys.get(keyId)!.secret,
    async stop() {
      await Promise.all(nodes.map((n) => n.host.stop()))
    },
  }
}

function dealKey(request: KeygenRequest): WholeKey & { secret: Uint8Array } {
  const { scheme, keyId, threshold, parties } = request
  const base = { keyId, scheme, threshold, parties: [...parties], chainCode: randomBytes(32) }
  if (scheme === 'ecdsa') {
    const secret = secp256k1.utils.randomSecretKey()
    return {
      secret,
      info: { ...base, groupPublicKey: secp256k1.getPublicKey(secret, true) },
      sign(digest) {
        const sig = secp256k1.Signature.fromBytes(secp256k1.sign(digest, secret, { prehash: false, format: 'recovered' }), 'recovered')
        return { signature: sig.toBytes('compact'), recoveryId: sig.recovery! }
      },
    }
  }
  const frost = frostOf(scheme)
  const dealt = frost.trustedDealer({ min: 2, max: 3 })
  const ids = Object.keys(dealt.secretShares).slice(0, 2)
  return {
    secret: new Uint8Array(0),
    info: { ...base, groupPublicKey: dealt.public.commitments[0]! },
    sign(message) {
      const round1 = ids.map((id) => frost.commit(dealt.secretShares[id]!))
      const commitments = round1.map((r) => r.commitments)
      const shares = Object.fromEntries(ids.map((id, i) => [id, frost.signShare(dealt.secretShares[id]!, dealt.public, round1[i]!.nonces, commitments, message)]))
      return { signature: frost.aggregate(dealt.public, commitments, message, shares), recoveryId: 0 }
    },
  }
}

function frostOf(scheme: Exclude<Scheme, 'ecdsa'>) {
  return scheme === 'frost-ed25519' ? ed25519_FROST : scheme === 'bip340' ? schnorr_FROST : secp256k1_FROST
}

