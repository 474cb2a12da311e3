import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { identify } from '@libp2p/identify'
import { tcp } from '@libp2p/tcp'
import type { PrivateKey } from '@libp2p/interface'
import { ed25519_FROST } from '@noble/curves/ed25519.js'
import { schnorr_FROST, secp256k1, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { randomBytes } from '@noble/hashes/utils.js'
import { bytesToNumberBE } from '@noble/curves/utils.js'
import { decodePayload } from '@thresh/chains'
import { deriveKey, ed25519Identity, type IdentityKey, type Scheme } from '@thresh/crypto'
import { complaintStatement, COORD_CHANNEL_PROTOCOL, COORD_PROTOCOL, rpcServerStream, serveChannel, type CoordRequest, type CoordResponse, type KeyInfo, type KeygenRequest, type SignRequest } from '@thresh/wire'
import { createLibp2p, type Libp2p } from 'libp2p'
import { peerIdOf, type NodeEntry } from '../src/index.js'

/**
 * Nodes that speak the real coordinator protocol over libp2p but sign with one
 * whole key (a dealer's secret shared by the test): enough to exercise the SDK's
 * fan-out, retries, blame and verification against behaviour the test scripts.
 * Keygen is two-phase as on real nodes: a keygen leaves the node's key pending
 * (unknown to queries and signing) until a commit for the same attempt.
 */

/** What a fake node does with a sign request: answer honestly, or misbehave. */
export type SignBehaviour =
  | 'honest'
  | 'hang' // never answers
  | 'bad-signature' // answers with a signature that does not verify
  | 'wrong-recovery-id'
  | 'die' // stops its host while the request is open
  | { readonly delayMs: number }
  | {
      readonly error: Extract<CoordResponse, { kind: 'error' }>['code']
      readonly culprits?: readonly number[]
      /**
       * Complaints of other nodes this one stopped on: accuser -> accused, node indices,
       * signed by the accuser (`forged`: signed by the relaying node instead).
       */
      readonly accusations?: readonly { readonly accuser: number; readonly accused: readonly number[]; readonly forged?: boolean }[]
      readonly delayMs?: number
    }

export interface FakeNode {
  readonly index: number
  readonly peerId: string
  /** The node's identity key (signs complaints it makes). */
  readonly identity: IdentityKey
  readonly host: Libp2p
  readonly entry: NodeEntry
  readonly requests: CoordRequest[]
  sign: SignBehaviour | ((request: SignRequest) => SignBehaviour)
  /** Overrides the node's keygen / getPublicKey answer. */
  keyReport?: (key: KeyInfo) => CoordResponse
  /** Overrides the node's answer to a commit or an abort. */
  lifecycle?: (request: Extract<CoordRequest, { kind: 'commitKey' | 'abortKey' }>) => CoordResponse | 'hang' | undefined
  refuseAll?: Extract<CoordResponse, { kind: 'error' }>['code']
  /** /thresh/coord/2.0.0 channels the SDK opened to this node. */
  channels?: number
  /** Called once per request when the node is done with it: its answer ready, or (1.0.0 streams) the stream closed or reset by the SDK first. */
  onSettled?: (request: CoordRequest) => void
  /** Called when a keygen request arrives, and awaited before the node answers it (a slow DKG). */
  keygenHook?: () => Promise<void>
  /** Answers any request instead of the node (undefined: the node answers). */
  override?: (request: CoordRequest) => CoordResponse | undefined
  /**
   * The node's keys: the attempt (nonce) it holds and whether it was committed; a
   * lifecycle attempt pending beside it (`next`), or one that removes the node (`leaving`).
   */
  readonly held: Map<string, { nonce: string; state: 'pending' | 'active'; next?: string; leaving?: string }>
}

interface WholeKey {
  readonly info: KeyInfo
  readonly sign: (message: Uint8Array, path?: readonly number[]) => { signature: Uint8Array; recoveryId: number }
}

export interface FakeNetwork {
  readonly nodes: FakeNode[]
  readonly coordinatorKey: PrivateKey
  readonly entries: NodeEntry[]
  /** The whole secret behind a key, for tests that need an independent oracle. */
  secretOf(keyId: string): Uint8Array
  stop(): Promise<void>
}

/**
 * `legacyOnly`: the nodes speak only /thresh/coord/1.0.0 (one stream per request), as a
 * release before the 2.0.0 channel did; tests that watch a request's stream close use it.
 */
export async function startFakeNetwork(count: number, { legacyOnly = false }: { legacyOnly?: boolean } = {}): Promise<FakeNetwork> {
  const coordinatorKey = await generateKeyPair('Ed25519')
  /** The dealt key of each keygen attempt, by key id and nonce (hex). */
  const attempts = new Map<string, WholeKey & { secret: Uint8Array }>()
  const attemptId = (keyId: string, nonce: Uint8Array | string) => `${keyId}/${typeof nonce === 'string' ? nonce : Buffer.from(nonce).toString('hex')}`
  /** The key node `node` can use: its committed attempt. */
  const activeKey = (node: FakeNode, keyId: string) => {
    const held = node.held.get(keyId)
    return held?.state === 'active' ? attempts.get(attemptId(keyId, held.nonce)) : undefined
  }
  const nodes: FakeNode[] = []
  for (let i = 0; i < count; i++) {
    const privateKey = await generateKeyPair('Ed25519')
    const host = await createLibp2p({
      privateKey,
      addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
      transports: [tcp()],
      connectionEncrypters: [noise()],
      streamMuxers: [yamux({ maxEarlyStreams: 64 })], // as a real node (host.ts)
      services: { identify: identify() },
      connectionManager: { inboundConnectionThreshold: 1000 },
    })
    const peerId = peerIdOf(privateKey)
    const addrs = host.getMultiaddrs().map((a) => a.toString().replace(`/p2p/${peerId}`, ''))
    const identity = ed25519Identity(privateKey.raw.subarray(0, 32))
    const node: FakeNode = { index: i, peerId, identity, host, entry: { peerId, addrs }, requests: [], sign: 'honest', held: new Map() }
    nodes.push(node)
    await host.handle(COORD_PROTOCOL, async (stream) => {
      const rpc = rpcServerStream(stream)
      const request = await rpc.readRequest()
      if (request === null) return
      node.requests.push(request)
      let settled = false
      const settle = () => {
        if (!settled) node.onSettled?.(request)
        settled = true
      }
      stream.addEventListener('close', settle, { once: true })
      const response = await answer(node, request)
      settle() // done with it before the answer goes out
      if (response) await rpc.respond(response).catch(() => {})
    }, { maxInboundStreams: 256 }) // as a real node (coordinator-service.ts)
    if (!legacyOnly) {
      await host.handle(COORD_CHANNEL_PROTOCOL, (stream) => {
        node.channels = (node.channels ?? 0) + 1
        return serveChannel(stream, async (input) => {
          if ('refused' in input) return { kind: 'error', code: 'bad-request', message: input.refused.message, culprits: [], accusations: [] }
          node.requests.push(input.request)
          const response = await answer(node, input.request)
          node.onSettled?.(input.request)
          return response ?? new Promise<CoordResponse>(() => {}) // no answer: the SDK times out
        }, { maxConcurrent: 256, busy: () => ({ kind: 'error', code: 'busy', message: 'busy', culprits: [], accusations: [] }) })
      }, { maxInboundStreams: 16 })
    }
  }

  const peerIds = () => nodes.map((n) => n.peerId)

  async function answer(node: FakeNode, request: CoordRequest): Promise<CoordResponse | undefined> {
    if (node.refuseAll) return { kind: 'error', code: node.refuseAll, message: 'refused by the test', culprits: [], accusations: [] }
    const scripted = node.override?.(request)
    if (scripted) return scripted
    switch (request.kind) {
      case 'keygen': {
        await node.keygenHook?.()
        if (node.held.get(request.keyId)?.state === 'active') return { kind: 'error', code: 'key-exists', message: 'exists', culprits: [], accusations: [] }
        const id = attemptId(request.keyId, request.nonce)
        const key = attempts.get(id) ?? dealKey(request)
        attempts.set(id, key)
        const report = node.keyReport ? node.keyReport(key.info) : { kind: 'keygen' as const, key: key.info }
        if (report.kind === 'keygen') node.held.set(request.keyId, { nonce: Buffer.from(request.nonce).toString('hex'), state: 'pending' })
        return report
      }
      case 'commitKey':
      case 'abortKey': {
        const scripted = node.lifecycle?.(request)
        if (scripted === 'hang') return new Promise(() => {})
        return scripted ?? lifecycle(node, request)
      }
      case 'getPublicKey': {
        const key = activeKey(node, request.keyId)
        if (!key) return { kind: 'error', code: 'unknown-key', message: 'no such key', culprits: [], accusations: [] }
        const report = node.keyReport ? node.keyReport(key.info) : { kind: 'keygen' as const, key: key.info }
        return report.kind === 'keygen' ? { kind: 'publicKey', key: report.key } : report
      }
      case 'listKeys':
        return { kind: 'keys', keys: [...node.held.keys()].flatMap((keyId) => reported(node, activeKey(node, keyId)?.info)) }
      case 'cancel':
        return { kind: 'cancelled', sessions: 0 }
      case 'reshare':
        return reshare(node, request)
      case 'keyStatus': {
        const held = node.held.get(request.keyId)
        const active = activeKey(node, request.keyId)
        const next = held?.next === undefined ? undefined : attempts.get(attemptId(request.keyId, held.next))
        return {
          kind: 'keyStatus',
          ...(active ? { active: active.info, activeNonce: Buffer.from(held!.nonce, 'hex') } : {}),
          ...(next ? { pending: next.info, pendingNonce: Buffer.from(held!.next!, 'hex') } : {}),
          ...(held?.leaving ? { retiringNonce: Buffer.from(held.leaving, 'hex') } : {}),
        }
      }
      case 'sign': {
        const key = activeKey(node, request.keyId)
        if (!key) return { kind: 'error', code: 'unknown-key', message: 'no such key', culprits: [], accusations: [] }
        const behaviour = typeof node.sign === 'function' ? node.sign(request) : node.sign
        return signAnswer(node, key, request, behaviour)
      }
    }
  }

  /** What the node says a key is (its keyReport, if any, may change it or hide it). */
  function reported(node: FakeNode, info: KeyInfo | undefined): KeyInfo[] {
    if (!info) return []
    const report = node.keyReport?.(info)
    return report === undefined ? [info] : report.kind === 'keygen' ? [report.key] : []
  }

  /** A refresh or reshare: the same whole key under the new committee and threshold, one epoch on. */
  function reshare(node: FakeNode, request: Extract<CoordRequest, { kind: 'reshare' }>): CoordResponse {
    const key = activeKey(node, request.keyId)
    const nonce = Buffer.from(request.nonce).toString('hex')
    const id = attemptId(request.keyId, nonce)
    if (!attempts.has(id)) {
      // a node new to the key finds it as the dealers have it (the fake's shared state)
      const base = key ?? [...attempts.entries()].find(([k, v]) => k.startsWith(`${request.keyId}/`) && v.info.epoch === request.key.epoch)?.[1]
      if (!base) return { kind: 'error', code: 'unknown-key', message: 'no such key', culprits: [], accusations: [] }
      const info = { ...base.info, parties: [...request.newParties], threshold: request.newThreshold, epoch: base.info.epoch + 1, publicShares: request.newParties.map(() => base.info.groupPublicKey) }
      attempts.set(id, { ...base, info })
    }
    const held = node.held.get(request.keyId)
    if (request.newParties.includes(node.peerId)) {
      if (held?.state === 'active') held.next = nonce
      else node.held.set(request.keyId, { nonce, state: 'pending' })
      return { kind: 'lifecycle', key: attempts.get(id)!.info }
    }
    if (held) held.leaving = nonce
    return { kind: 'lifecycle' }
  }

  function lifecycle(node: FakeNode, request: Extract<CoordRequest, { kind: 'commitKey' | 'abortKey' }>): CoordResponse {
    const held = node.held.get(request.keyId)
    const nonce = Buffer.from(request.nonce).toString('hex')
    if (request.kind === 'commitKey' && held?.next === nonce) {
      held.nonce = nonce
      delete held.next
      return { kind: 'committed', key: attempts.get(attemptId(request.keyId, nonce))!.info }
    }
    if (request.kind === 'commitKey' && held?.leaving === nonce) {
      node.held.delete(request.keyId)
      return { kind: 'retired' }
    }
    const key = attempts.get(attemptId(request.keyId, nonce))
    const mine = held?.nonce === nonce && key !== undefined
    if (request.kind === 'abortKey') {
      if (mine && held.state === 'active') return { kind: 'error', code: 'key-exists', message: 'committed', culprits: [], accusations: [] }
      if (mine) node.held.delete(request.keyId)
      return { kind: 'keyAborted', dropped: mine }
    }
    if (!mine) return { kind: 'error', code: held?.state === 'active' ? 'key-exists' : 'unknown-key', message: 'no such attempt', culprits: [], accusations: [] }
    if (Buffer.compare(Buffer.from(key.info.groupPublicKey), Buffer.from(request.groupPublicKey)) !== 0) {
      return { kind: 'error', code: 'bad-request', message: 'another group key', culprits: [], accusations: [] }
    }
    held.state = 'active'
    return { kind: 'committed', key: key.info }
  }

  async function signAnswer(node: FakeNode, key: WholeKey, request: SignRequest, behaviour: SignBehaviour): Promise<CoordResponse | undefined> {
    if (behaviour === 'hang') return new Promise(() => {})
    if (behaviour === 'die') {
      await node.host.stop()
      return undefined
    }
    if (typeof behaviour === 'object' && 'error' in behaviour) {
      if (behaviour.delayMs) await new Promise((r) => setTimeout(r, behaviour.delayMs))
      const culprits = (behaviour.culprits ?? []).map((i) => peerIds()[i]!)
      const accusations = (behaviour.accusations ?? []).map((a) => {
        const [accuser, accused, reason] = [peerIds()[a.accuser]!, a.accused.map((i) => peerIds()[i]!), 'test complaint']
        const signer = a.forged ? node.identity : nodes[a.accuser]!.identity
        return { accuser, accused, reason, signature: signer.sign(complaintStatement(request.nonce, accuser, accused, reason)) }
      })
      return { kind: 'error', code: behaviour.error, message: `test says ${behaviour.error}`, culprits, accusations }
    }
    if (typeof behaviour === 'object') await new Promise((r) => setTimeout(r, behaviour.delayMs))
    const { signature, recoveryId } = key.sign(request.payload ? payloadDigest(key, request) : request.message!, request.path)
    if (behaviour === 'bad-signature') signature[signature.length - 1]! ^= 1
    return { kind: 'sign', signature, recoveryId: behaviour === 'wrong-recovery-id' ? 1 - recoveryId : recoveryId }
  }

  return {
    nodes,
    coordinatorKey,
    entries: nodes.map((n) => n.entry),
    secretOf: (keyId) => {
      const held = nodes.map((n) => n.held.get(keyId)).find((h) => h !== undefined)
      return attempts.get(attemptId(keyId, held!.nonce))!.secret
    },
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
      info: withShares({ ...base, groupPublicKey: secp256k1.getPublicKey(secret, true) }),
      sign(digest, path) {
        // a key at a path signs with the BIP32 child secret x + δ, δ derived from the path as the real nodes do
        const tweak = path && path.length > 0 ? bytesToNumberBE(deriveKey('ecdsa', secp256k1.getPublicKey(secret, true), base.chainCode, path).tweak) : 0n
        const child = secp256k1.Point.Fn.toBytes(secp256k1.Point.Fn.add(bytesToNumberBE(secret), tweak))
        const sig = secp256k1.Signature.fromBytes(secp256k1.sign(digest, child, { prehash: false, format: 'recovered' }), 'recovered')
        return { signature: sig.toBytes('compact'), recoveryId: sig.recovery! }
      },
    }
  }
  const frost = frostOf(scheme)
  const dealt = frost.trustedDealer({ min: 2, max: 3 })
  const ids = Object.keys(dealt.secretShares).slice(0, 2)
  return {
    secret: new Uint8Array(0),
    info: withShares({ ...base, groupPublicKey: dealt.public.commitments[0]! }),
    sign(message) {
      const round1 = ids.map((id) => frost.commit(dealt.secretShares[id]!))
      const commitments = round1.map((r) => r.commitments)
      const shares = Object.fromEntries(ids.map((id, i) => [id, frost.signShare(dealt.secretShares[id]!, dealt.public, round1[i]!.nonces, commitments, message)]))
      return { signature: frost.aggregate(dealt.public, commitments, message, shares), recoveryId: 0 }
    },
  }
}

/** The one digest a typed payload asks for, computed as a node does (the fake signs at the key itself or an ECDSA path). */
function payloadDigest(key: WholeKey, request: SignRequest): Uint8Array {
  const { kind, data, network } = request.payload!
  const publicKey = request.path && request.path.length > 0 ? deriveKey(key.info.scheme, key.info.groupPublicKey, key.info.chainCode, request.path).publicKey : key.info.groupPublicKey
  return decodePayload(kind, data, { scheme: key.info.scheme, publicKey, network: network ?? 'mainnet' }).digests[0]!
}

/** KeyInfo's epoch and public shares (the fake's shares are not real: every entry is the group key, a valid point). */
function withShares(info: Omit<KeyInfo, 'epoch' | 'publicShares'>): KeyInfo {
  return { ...info, epoch: 0, publicShares: info.parties.map(() => info.groupPublicKey) }
}

function frostOf(scheme: Exclude<Scheme, 'ecdsa'>) {
  return scheme === 'frost-ed25519' ? ed25519_FROST : scheme === 'bip340' ? schnorr_FROST : secp256k1_FROST
}

