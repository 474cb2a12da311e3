import { sha256 } from '@noble/hashes/sha2.js'
import { keccak_256 } from '@noble/hashes/sha3.js'
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js'
import { isScheme } from '@thresh/crypto'
import { KEY_ID_PATTERN, MAX_MESSAGE_BYTES, type CoordRequest, type KeyInfo } from '@thresh/wire'
import type { Address } from 'viem'
import { attemptError, blame, fatalRefusal } from './blame.js'
import { createClientHost } from './client-host.js'
import { ConfigError, ConnectionError, NotEnoughSignersError, ThreshError, UnknownKeyError, type Exclusion, type SignAttempt } from './errors.js'
import { ethereumAddress } from './ethereum.js'
import { fanOut, type Gathered, type Outcome, type Verdict } from './fan-out.js'
import { loadIdentity, peerIdOf, type IdentitySource } from './identity.js'
import { agreedKey, sameKeyInfo, type KeyReport } from './key-consensus.js'
import { parseNodes } from './node-list.js'
import type { NodeTransport } from './transport.js'
import {
  DEFAULT_TIMEOUTS,
  type EcdsaSignature,
  type KeygenOptions,
  type NodeEntry,
  type SchnorrSignature,
  type Signature,
  type SignDigestOptions,
  type SignOptions,
  type Timeouts,
} from './types.js'
import { verifyEcdsa, verifySchnorr } from './verify.js'

export interface ConnectOptions {
  readonly nodes: readonly NodeEntry[]
  /** The coordinator's Ed25519 libp2p key: the key itself, its protobuf bytes, or a key file path. */
  readonly identity: IdentitySource
  readonly timeouts?: Partial<Timeouts>
  /** Largest response frame accepted (default 4 MiB). */
  readonly maxFrame?: number
}

/** A key as listed by the network, with the nodes that reported holding it. */
export interface ListedKey extends KeyInfo {
  readonly holders: readonly string[]
}

/** Signing attempts per sign() call: the first, and one retry without the nodes blamed for its failure. */
const MAX_ATTEMPTS = 2

/**
 * The client of a thresh network: creates keys and obtains signatures. Every
 * signature is verified against the key's group public key before it is returned,
 * and a group public key is trusted only when at least `threshold` of the key's
 * parties report the same one (so fewer than `threshold` lying nodes cannot swap it).
 */
export class Coordinator {
  /** This coordinator's peer id: what node operators list in their `coordinators`. */
  readonly peerId: string
  /** Peer ids of the configured nodes. */
  readonly nodes: readonly string[]
  readonly timeouts: Timeouts
  private readonly transport: NodeTransport
  private readonly keys = new Map<string, KeyInfo>()
  private readonly closing = new AbortController()
  private turn = 0

  private constructor(transport: NodeTransport, peerId: string, nodes: readonly string[], timeouts: Timeouts) {
    this.transport = transport
    this.peerId = peerId
    this.nodes = nodes
    this.timeouts = timeouts
  }

  /** Starts the client host and connects to the nodes. Fails only if none can be reached. */
  static async connect(options: ConnectOptions): Promise<Coordinator> {
    const nodes = parseNodes(options.nodes)
    const timeouts = checkTimeouts({ ...DEFAULT_TIMEOUTS, ...options.timeouts })
    const key = await loadIdentity(options.identity)
    const transport = await createClientHost(key, nodes, options.maxFrame)
    const c = new Coordinator(transport, peerIdOf(key), nodes.map((n) => n.peerId), timeouts)
    const dialed = await Promise.all(c.nodes.map((p) => c.reach(p)))
    if (!dialed.some((ok) => ok)) {
      await transport.close()
      throw new ConnectionError(`none of the ${c.nodes.length} configured nodes could be reached`, c.nodes)
    }
    return c
  }

  /** Nodes with an open connection right now. */
  connectedNodes(): string[] {
    return this.nodes.filter((p) => this.transport.isConnected(p))
  }

  /**
   * Runs distributed key generation on `parties` (default: every configured node).
   * All parties must succeed and report the same key, which is then returned.
   */
  async keygen(options: KeygenOptions): Promise<KeyInfo> {
    const { scheme, threshold } = options
    if (!isScheme(scheme)) throw new ConfigError(`scheme must be one of ecdsa, frost-ed25519, frost-secp256k1, bip340`, 'scheme')
    const parties = this.checkPeers(options.parties ?? this.nodes, 'parties')
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > parties.length) {
      throw new ConfigError(`threshold must be an integer in 1..${parties.length}`, 'threshold')
    }
    const keyId = options.keyId ?? `${scheme}-${bytesToHex(randomBytes(8))}`
    checkKeyId(keyId)
    const request: CoordRequest = { kind: 'keygen', scheme, threshold, parties, keyId, nonce: randomBytes(32) }
    const gathered = await this.fanOut(parties, request, this.timeouts.keygenMs, (o) => (keygenKey(o) ? 'ok' : 'failure'))
    const reports = gathered.outcomes.flatMap((o): KeyReport[] => {
      const key = keygenKey(o)
      return key ? [{ peerId: o.peerId, key }] : []
    })
    if (reports.length < parties.length) {
      throw fatalRefusal(gathered.outcomes) ?? attemptError(`keygen of ${keyId}`, keyId, blame(gathered, parties, (o) => keygenKey(o) !== undefined, () => undefined), gathered.outcomes)
    }
    const key = agreedKey(keyId, reports)
    const expected: KeyInfo = { ...key, scheme, threshold, parties }
    if (!sameKeyInfo(key, expected)) {
      throw new ThreshError('inconsistent-key', `the nodes created key ${keyId} with other parameters than requested`)
    }
    this.keys.set(keyId, key)
    return key
  }

  /**
   * Signs `message` with key `keyId`. Schnorr keys sign the message as given (FROST
   * hashes it as its scheme defines). An ECDSA key signs a 32-byte digest, so `hash`
   * must say how to make one ('keccak256' or 'sha256'); use signDigest() to sign a
   * digest directly and the viem/ethers adapters for Ethereum messages and transactions.
   */
  async sign(options: SignOptions): Promise<Signature> {
    const key = await this.publicKey(options.keyId)
    if (!(options.message instanceof Uint8Array)) throw new ConfigError('message must be a Uint8Array', 'message')
    if (key.scheme === 'ecdsa') {
      if (options.hash !== 'keccak256' && options.hash !== 'sha256') {
        throw new ConfigError(`key ${key.keyId} is an ECDSA key: pass hash: 'keccak256' | 'sha256', or sign a 32-byte digest with signDigest()`, 'hash')
      }
      const digest = options.hash === 'keccak256' ? keccak_256(options.message) : sha256(options.message)
      return this.signEcdsa(key, digest, options.signers)
    }
    if (options.hash !== undefined) throw new ConfigError(`key ${key.keyId} is a ${key.scheme} key, which hashes the message itself: leave hash unset`, 'hash')
    if (options.message.length > MAX_MESSAGE_BYTES) throw new ConfigError(`message is longer than ${MAX_MESSAGE_BYTES} bytes`, 'message')
    const scheme = key.scheme
    const message = Uint8Array.from(options.message)
    return this.runSign(key, message, options.signers, (signature, _recoveryId, signers, failedAttempts): SchnorrSignature | undefined =>
      verifySchnorr(scheme, key.groupPublicKey, message, signature)
        ? { keyId: key.keyId, scheme, publicKey: key.groupPublicKey, message, signature, signers, failedAttempts }
        : undefined,
    )
  }

  /** Signs a 32-byte digest with ECDSA key `keyId`; returns a verified low-S signature with its recovery id. */
  async signDigest(options: SignDigestOptions): Promise<EcdsaSignature> {
    const key = await this.publicKey(options.keyId)
    if (key.scheme !== 'ecdsa') throw new ConfigError(`key ${key.keyId} is a ${key.scheme} key: signDigest needs an ECDSA key, use sign()`, 'keyId')
    return this.signEcdsa(key, options.digest, options.signers)
  }

  /** Every key the reachable nodes hold. Throws InconsistentKeyError if nodes disagree about one. */
  async listKeys(): Promise<ListedKey[]> {
    const gathered = await this.fanOut(this.nodes, { kind: 'listKeys' }, this.timeouts.queryMs, () => 'ok')
    const refusal = fatalRefusal(gathered.outcomes)
    if (refusal && refusal.peers.length === gathered.outcomes.length) throw refusal
    const byKey = new Map<string, KeyReport[]>()
    for (const o of gathered.outcomes) {
      if (o.kind !== 'response' || o.response.kind !== 'keys') continue
      for (const key of o.response.keys) byKey.set(key.keyId, [...(byKey.get(key.keyId) ?? []), { peerId: o.peerId, key }])
    }
    const listed: ListedKey[] = []
    for (const [keyId, reports] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
      const key = agreedKey(keyId, reports)
      if (reports.length >= key.threshold) this.keys.set(keyId, key)
      listed.push({ ...key, holders: reports.map((r) => r.peerId) })
    }
    return listed
  }

  /**
   * The key's public facts, once at least `threshold` of its parties report the same
   * ones (cached after that, and after keygen).
   */
  async publicKey(keyId: string): Promise<KeyInfo> {
    checkKeyId(keyId)
    const cached = this.keys.get(keyId)
    if (cached) return cached
    const gathered = await this.fanOut(this.nodes, { kind: 'getPublicKey', keyId }, this.timeouts.queryMs, () => 'ok')
    const reports = gathered.outcomes.flatMap((o): KeyReport[] =>
      o.kind === 'response' && o.response.kind === 'publicKey' ? [{ peerId: o.peerId, key: o.response.key }] : [],
    )
    if (reports.length === 0) throw fatalRefusal(gathered.outcomes) ?? new UnknownKeyError(keyId)
    const key = agreedKey(keyId, reports)
    if (reports.length < key.threshold) {
      const holders = reports.map((r) => r.peerId)
      throw new NotEnoughSignersError(
        `only ${holders.length} of key ${keyId}'s ${key.parties.length} parties answered; ${key.threshold} must confirm its public key`,
        keyId, key.threshold, holders, [],
      )
    }
    this.keys.set(keyId, key)
    return key
  }

  /** The Ethereum address of ECDSA key `keyId`. */
  async address(keyId: string): Promise<Address> {
    const key = await this.publicKey(keyId)
    if (key.scheme !== 'ecdsa') throw new ConfigError(`key ${keyId} is a ${key.scheme} key: only ECDSA keys have an Ethereum address`, 'keyId')
    return ethereumAddress(key.groupPublicKey)
  }

  /** Cancels requests in flight and stops the client host. */
  async close(): Promise<void> {
    if (this.closing.signal.aborted) return
    this.closing.abort(new ThreshError('connection', 'the coordinator was closed'))
    await this.transport.close()
  }

  private signEcdsa(key: KeyInfo, digest: Uint8Array, preferred: readonly string[] | undefined): Promise<EcdsaSignature> {
    if (!(digest instanceof Uint8Array) || digest.length !== 32) throw new ConfigError('digest must be 32 bytes', 'digest')
    const copy = Uint8Array.from(digest)
    return this.runSign(key, copy, preferred, (signature, recoveryId, signers, failedAttempts): EcdsaSignature | undefined => {
      const parts = verifyEcdsa(key.groupPublicKey, copy, signature, recoveryId)
      return parts ? { keyId: key.keyId, scheme: 'ecdsa', publicKey: key.groupPublicKey, digest: copy, signature, ...parts, signers, failedAttempts } : undefined
    })
  }

  /**
   * The signing loop: pick signers, fan out, return the first verified signature; on
   * failure retry once with a signer set that leaves out everyone blamed.
   */
  private async runSign<S extends Signature>(
    key: KeyInfo,
    payload: Uint8Array,
    preferred: readonly string[] | undefined,
    accept: (signature: Uint8Array, recoveryId: number, signers: readonly string[], failed: readonly SignAttempt[]) => S | undefined,
  ): Promise<S> {
    const excluded = new Map<string, Exclusion>()
    const failed: SignAttempt[] = []
    let lastError: ThreshError | undefined
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      let signers: string[]
      try {
        signers = await this.pickSigners(key, excluded, attempt === 0 ? preferred : undefined)
      } catch (err) {
        throw withAttempts(lastError ?? (err as ThreshError), failed)
      }
      const accepted = new Map<string, S>()
      const judge = (o: Outcome): Verdict => {
        if (o.kind === 'response' && o.response.kind === 'sign') {
          const sig = accept(o.response.signature, o.response.recoveryId, signers, [...failed])
          if (sig) {
            accepted.set(o.peerId, sig)
            return 'success'
          }
        }
        return 'failure'
      }
      const request: CoordRequest = { kind: 'sign', keyId: key.keyId, message: payload, signers, nonce: randomBytes(32) }
      const gathered: Gathered = await this.fanOut(signers, request, this.timeouts.signMs, judge)
      const winner = [...accepted.values()][0]
      if (winner) return winner
      const invalid = (o: Outcome) => (o.kind === 'response' && o.response.kind === 'sign' ? 'answered with a signature that does not verify' : undefined)
      const failures = blame(gathered, signers, (o) => accepted.has(o.peerId), invalid)
      failed.push({ signers, failures })
      const refusal = fatalRefusal(gathered.outcomes)
      if (refusal) throw withAttempts(refusal, failed)
      lastError = attemptError(`signing with key ${key.keyId} by ${signers.join(', ')}`, key.keyId, failures, gathered.outcomes)
      for (const f of failures) excluded.set(f.peerId, f)
    }
    throw withAttempts(lastError!, failed)
  }

  /**
   * Chooses the signer set: the preferred signers if given, else the key's parties
   * that are not excluded, connected ones first, rotating so load spreads. Nodes that
   * cannot be dialed are excluded and replaced.
   */
  private async pickSigners(key: KeyInfo, excluded: Map<string, Exclusion>, preferred: readonly string[] | undefined): Promise<string[]> {
    const count = signerCount(key)
    let candidates: string[]
    if (preferred) {
      candidates = this.checkPeers(preferred, 'signers')
      const outsiders = candidates.filter((p) => !key.parties.includes(p))
      if (outsiders.length > 0) throw new ConfigError(`signers ${outsiders.join(', ')} are not parties of key ${key.keyId}`, 'signers')
      if (candidates.length < count) throw new ConfigError(`key ${key.keyId} needs ${count} signers, got ${candidates.length}`, 'signers')
    } else {
      const eligible = key.parties.filter((p) => this.nodes.includes(p) && !excluded.has(p))
      const start = eligible.length === 0 ? 0 : this.turn++ % eligible.length
      const rotated = [...eligible.slice(start), ...eligible.slice(0, start)]
      candidates = [...rotated.filter((p) => this.transport.isConnected(p)), ...rotated.filter((p) => !this.transport.isConnected(p))]
    }
    const chosen: string[] = []
    const queue = [...candidates]
    while (chosen.length < count) {
      const batch = queue.splice(0, count - chosen.length)
      if (batch.length < count - chosen.length) {
        const unknown = key.parties.filter((p) => !this.nodes.includes(p))
        const note = unknown.length > 0 ? `; not configured here: ${unknown.join(', ')}` : ''
        throw new NotEnoughSignersError(
          `key ${key.keyId} needs ${count} signers; only ${chosen.length + batch.length} of its parties are available` +
            `${excluded.size > 0 ? ` (left out: ${[...excluded.values()].map((e) => `${e.peerId} ${e.reason}`).join(', ')})` : ''}${note}`,
          key.keyId, count, [...chosen, ...batch], [...excluded.values()],
        )
      }
      const reached = await Promise.all(batch.map((p) => this.reach(p)))
      batch.forEach((p, i) => {
        if (reached[i]) chosen.push(p)
        else excluded.set(p, { peerId: p, reason: 'unreachable', detail: 'could not be dialed' })
      })
    }
    return key.parties.filter((p) => chosen.includes(p))
  }

  /** Connects to a node if needed; false if it cannot be reached within dialMs. */
  private async reach(peerId: string): Promise<boolean> {
    if (this.transport.isConnected(peerId)) return true
    try {
      await this.transport.connect(peerId, { signal: AbortSignal.any([this.closing.signal, AbortSignal.timeout(this.timeouts.dialMs)]) })
      return true
    } catch {
      if (this.closing.signal.aborted) throw this.closing.signal.reason
      return false
    }
  }

  private fanOut(peers: readonly string[], request: CoordRequest, timeoutMs: number, judge: (o: Outcome) => Verdict): Promise<Gathered> {
    return fanOut(this.transport, peers, request, { timeoutMs, graceMs: this.timeouts.graceMs, signal: this.closing.signal, judge })
  }

  private checkPeers(peers: readonly string[], field: string): string[] {
    if (!Array.isArray(peers) || peers.length === 0) throw new ConfigError(`${field} must list at least one peer id`, field)
    const unknown = peers.filter((p) => !this.nodes.includes(p))
    if (unknown.length > 0) throw new ConfigError(`${field} names nodes that are not configured: ${unknown.join(', ')}`, field)
    if (new Set(peers).size !== peers.length) throw new ConfigError(`${field} repeats a peer id`, field)
    return [...peers]
  }
}

/**
 * How many signers a key needs. FROST (as in RFC 9591 and noble) signs with at
 * least two parties even when the threshold is 1.
 */
function signerCount(key: KeyInfo): number {
  return key.scheme === 'ecdsa' ? key.threshold : Math.min(key.parties.length, Math.max(2, key.threshold))
}

function keygenKey(o: Outcome): KeyInfo | undefined {
  return o.kind === 'response' && o.response.kind === 'keygen' ? o.response.key : undefined
}

function checkKeyId(keyId: string): void {
  if (typeof keyId !== 'string' || !KEY_ID_PATTERN.test(keyId)) throw new ConfigError('key id must be 1-64 characters of [A-Za-z0-9._-]', 'keyId')
}

function checkTimeouts(t: Timeouts): Timeouts {
  for (const [name, value] of Object.entries(t)) {
    if (!Number.isFinite(value) || value <= 0) throw new ConfigError(`timeouts.${name} must be a positive number of milliseconds`, `timeouts.${name}`)
  }
  return t
}

function withAttempts<E extends ThreshError>(err: E, attempts: readonly SignAttempt[]): E {
  err.attempts = [...attempts]
  return err
}
