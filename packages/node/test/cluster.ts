import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { identify } from '@libp2p/identify'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { tcp } from '@libp2p/tcp'
import { multiaddr } from '@multiformats/multiaddr'
import type { PrivateKey } from '@libp2p/interface'
import { KeyStore } from '@thresh/store'
import type { Scheme } from '@thresh/crypto'
import { call, COORD_PROTOCOL, exchange, type CoordRequest, type CoordResponse, type KeygenRequest, type KeyInfo } from '@thresh/wire'
import { createLibp2p, type Libp2p } from 'libp2p'
import { pino } from 'pino'
import { parseConfig, type NodeConfig } from '../src/config.js'
import { createIdentity } from '../src/identity.js'
import { keystorePath, ThreshNode } from '../src/node.js'

export const PASSPHRASE = 'correct horse battery staple'
/** The cheapest scrypt the keystore accepts: tests are not about the KDF. */
export const TEST_KDF = { N: 2 ** 10 }

/** Ports the OS reports free right now (each bound and released). */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(Array.from({ length: n }, () => new Promise<import('node:net').Server>((resolve) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => resolve(s))
  })))
  const ports = servers.map((s) => (s.address() as import('node:net').AddressInfo).port)
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))))
  return ports
}

export interface Member {
  readonly peerId: string
  readonly dataDir: string
  readonly port: number
  readonly httpPort: number
}

/** Data directories (keystore + identity) and ports for n nodes. */
export async function prepareMembers(n: number, root?: string): Promise<{ root: string; members: Member[] }> {
  const dir = root ?? (await mkdtemp(join(tmpdir(), 'thresh-node-')))
  const ports = await freePorts(2 * n)
  const members: Member[] = []
  for (let i = 0; i < n; i++) {
    const dataDir = join(dir, `node${i + 1}`)
    const store = await KeyStore.create(keystorePath(dataDir), PASSPHRASE, { kdf: TEST_KDF })
    const identity = await createIdentity(store)
    await store.close()
    members.push({ peerId: identity.peerId, dataDir, port: ports[2 * i]!, httpPort: ports[2 * i + 1]! })
  }
  return { root: dir, members }
}

export const addrOf = (m: Member): string => `/ip4/127.0.0.1/tcp/${m.port}`

export interface ClusterOptions {
  /** More config fields (override the defaults). */
  readonly extra?: Record<string, unknown>
  /** Further configured peers that are not cluster members. */
  readonly extraPeers?: readonly { id: string; addrs: string[] }[]
  /** How many of those are expected to be connected once the cluster is up. */
  readonly extraPeersConnected?: number
}

/** The JSON config of member i: every other member is a peer. */
export function configJson(members: readonly Member[], i: number, coordinators: readonly string[], options: ClusterOptions = {}): Record<string, unknown> {
  const self = members[i]!
  return {
    dataDir: self.dataDir,
    listen: [addrOf(self)],
    peers: [...members.filter((_, j) => j !== i).map((m) => ({ id: m.peerId, addrs: [addrOf(m)] })), ...(options.extraPeers ?? [])],
    coordinators,
    http: { listen: `127.0.0.1:${self.httpPort}` },
    reconnect: { minDelayMs: 50, maxDelayMs: 1000 },
    logLevel: 'silent',
    ...options.extra,
  }
}

export function nodeConfig(members: readonly Member[], i: number, coordinators: readonly string[], options: ClusterOptions = {}): NodeConfig {
  return parseConfig(configJson(members, i, coordinators, options), { baseDir: '/' })
}

export async function startNodes(members: readonly Member[], coordinators: readonly string[], options: ClusterOptions = {}): Promise<ThreshNode[]> {
  return Promise.all(members.map((_, i) => ThreshNode.start(nodeConfig(members, i, coordinators, options), PASSPHRASE, { logger: pino({ level: 'silent' }) })))
}

/**
 * The config fields of a policy with these rules (written to `root`/policy.json) and
 * one random admin key: pass as ClusterOptions.extra.policy.
 */
export async function policyConfig(root: string, rules: readonly { id: string; effect: 'allow' | 'deny'; condition: string }[]): Promise<Record<string, unknown>> {
  const file = join(root, 'policy.json')
  await writeFile(file, JSON.stringify({ version: 1, rules }))
  const admin = generateKeyPair('Ed25519')
  return { file, admins: { threshold: 1, approvers: [{ type: 'ed25519', publicKey: Buffer.from((await admin).publicKey.raw).toString('hex') }] } }
}

/** A coordinator's libp2p client: speaks /thresh/coord/1.0.0 to the nodes it knows. */
export class TestCoordinator {
  private constructor(
    readonly host: Libp2p,
    readonly peerId: string,
  ) {}

  static async create(privateKey?: PrivateKey): Promise<TestCoordinator> {
    const key = privateKey ?? (await generateKeyPair('Ed25519'))
    const host = await createLibp2p({
      privateKey: key,
      addresses: { listen: [] },
      transports: [tcp()],
      connectionEncrypters: [noise()],
      streamMuxers: [yamux()],
      services: { identify: identify() },
    })
    return new TestCoordinator(host, peerIdFromPrivateKey(key).toString())
  }

  async know(peerId: string, addr: string): Promise<void> {
    await this.host.peerStore.merge(peerIdFromString(peerId), { multiaddrs: [multiaddr(addr)] })
  }

  /** The node's response, error responses included. */
  async exchange(peerId: string, request: CoordRequest, timeoutMs = 30_000): Promise<CoordResponse> {
    const signal = AbortSignal.timeout(timeoutMs)
    const stream = await this.host.dialProtocol(peerIdFromString(peerId), COORD_PROTOCOL, { signal })
    return exchange(stream, request, { signal })
  }

  /** The node's response; an error response is thrown as RpcError. */
  async call(peerId: string, request: CoordRequest, timeoutMs = 30_000) {
    const signal = AbortSignal.timeout(timeoutMs)
    const stream = await this.host.dialProtocol(peerIdFromString(peerId), COORD_PROTOCOL, { signal })
    return call(stream, request, { signal })
  }

  /**
   * Both phases of keygen: one keygen request to every party, then (once all reported
   * the same group key) a commit to every party. Returns each party's committed KeyInfo;
   * throws RpcError on a refusal.
   */
  async keygen(parties: readonly string[], scheme: Scheme, threshold: number, keyId: string): Promise<KeyInfo[]> {
    const { request, keys } = await this.prepare(parties, scheme, threshold, keyId)
    const groupKeys = new Set(keys.map((k) => Buffer.from(k.groupPublicKey).toString('hex')))
    if (groupKeys.size !== 1) throw new Error(`the parties of ${keyId} reported ${groupKeys.size} different group keys`)
    return this.commit(parties, { kind: 'commitKey', keyId, groupPublicKey: keys[0]!.groupPublicKey, nonce: request.nonce })
  }

  /** The first phase only: every party runs the DKG and stores its share pending. */
  async prepare(parties: readonly string[], scheme: Scheme, threshold: number, keyId: string): Promise<{ request: KeygenRequest; keys: KeyInfo[] }> {
    const request: KeygenRequest = { kind: 'keygen', scheme, threshold, parties, keyId, nonce: nonce(), issuedAt: now() }
    const responses = await Promise.all(parties.map((p) => this.call(p, request)))
    const keys = responses.map((r) => {
      if (r.kind !== 'keygen') throw new Error(`unexpected ${r.kind} response to keygen`)
      return r.key
    })
    return { request, keys }
  }

  /** Sends `request` to each of `peers`; returns the committed KeyInfos (throws RpcError on a refusal). */
  async commit(peers: readonly string[], request: Extract<CoordRequest, { kind: 'commitKey' }>): Promise<KeyInfo[]> {
    const responses = await Promise.all(peers.map((p) => this.call(p, request)))
    return responses.map((r) => {
      if (r.kind !== 'committed') throw new Error(`unexpected ${r.kind} response to commitKey`)
      return r.key
    })
  }

  /** Sends one sign request to every signer; returns each signer's response (error responses included). */
  signAll(keyId: string, signers: readonly string[], message: Uint8Array, timeoutMs?: number, epoch = 0): Promise<CoordResponse[]> {
    const request: CoordRequest = { kind: 'sign', keyId, message, signers, nonce: nonce(), issuedAt: now(), epoch }
    return Promise.all(signers.map((p) => this.exchange(p, request, timeoutMs)))
  }

  async stop(): Promise<void> {
    await this.host.stop()
  }
}

export const nonce = (): Uint8Array => new Uint8Array(randomBytes(16))
/** A request's issued_at: now, in unix seconds. */
export const now = (): number => Math.floor(Date.now() / 1000)

/** The signatures of responses that must all be successful. */
export function signatures(responses: readonly CoordResponse[]): { signature: Uint8Array; recoveryId: number }[] {
  return responses.map((r) => {
    if (r.kind !== 'sign') throw new Error(`sign failed: ${JSON.stringify(r)}`)
    return r
  })
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}
