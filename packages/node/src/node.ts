import { join } from 'node:path'
import type { Server } from 'node:http'
import { multiaddr } from '@multiformats/multiaddr'
import { DEFAULT_TCTI, KeyStore, type Protection } from '@thresh/store'
import { Attestor } from './attestation.js'
import { safeErrorMessage, verifyIdentitySignature } from '@thresh/crypto'
import type { Libp2p } from 'libp2p'
import { armedFailpoint } from './failpoints.js'
import type { NodeConfig } from './config.js'
import type { PresignStore } from './presign-store.js'
import { CoordinatorService } from './coordinator-service.js'
import { AuditLog } from './audit/log.js'
import { PolicyEnforcer } from './policy/enforcer.js'
import { PolicyService } from './policy/service.js'
import { DiskHealth } from './disk-health.js'
import { createHost } from './host.js'
import { startHttp, type Health } from './http.js'
import { identityPublicKey, loadIdentity, type NodeIdentity } from './identity.js'
import { multiaddrIp } from './ip-allow-list.js'
import { KeyRecords, type KeyRecord } from './key-records.js'
import { createLogger, droppedLogLines, type Logger } from './log.js'
import { NodeMetrics } from './metrics.js'
import { PeerKeeper } from './peer-keeper.js'
import { KemDirectory } from './kem-directory.js'
import { NodeKemKeys } from './kem-keys.js'
import { SessionManager } from './session-manager.js'
import { SessionTransport } from './session-transport.js'
import { UsedSessions } from './used-sessions.js'
import { SessionWorkers } from './session-workers.js'

/** After this long without a connection to a configured peer, /healthz warns about it. */
const PEER_GRACE_MS = 30_000

/** Passphrases shorter than this get a warning at start. */
const SHORT_PASSPHRASE = 12

/** Settings that work but that an operator should not run with unawares. */
function setupWarnings(config: NodeConfig, protection: Protection): string[] {
  const warnings: string[] = []
  if (config.httpListen !== null) {
    const host = config.httpListen.slice(0, config.httpListen.lastIndexOf(':')).replace(/^\[|\]$/g, '')
    if (!(host === 'localhost' || host === '::1' || /^127\./.test(host))) {
      warnings.push(`http.listen ${config.httpListen} serves /metrics and /healthz beyond this machine: bind it to loopback or a private interface`)
    }
  }
  const weak = typeof protection === 'string' ? passphraseWarning(protection) : undefined
  if (weak) warnings.push(weak)
  if (config.policy === undefined) warnings.push('no policy section in the config: this node signs whatever its configured coordinators ask (docs/policy.md, "Running it in a node")')
  const fail = armedFailpoint()
  if (fail) warnings.push(`THRESH_FAILPOINT=${fail} is set: this node kills itself when it reaches that point (crash testing only)`)
  return warnings
}

/** A warning for a passphrase too short to resist guessing (scrypt slows each guess, it does not stop them). */
export function passphraseWarning(passphrase: string): string | undefined {
  if ([...passphrase].length >= SHORT_PASSPHRASE) return undefined
  return `the keystore passphrase is shorter than ${SHORT_PASSPHRASE} characters: rotate it to a long random one (thresh-node rotate-passphrase)`
}

/** How often expired session ids and pending shares are dropped. */
const HOUSEKEEPING_MS = 60_000

/** Where a data directory keeps its keystore. */
export function keystorePath(dataDir: string): string {
  return join(dataDir, 'keystore')
}

export interface StartOptions {
  readonly logger?: Logger
  /** Warnings the caller found while opening the keystore (a short passphrase read from a file, say). */
  readonly warnings?: readonly string[]
}

/** What a node has set up; during start, only the parts set up so far. */
interface Parts {
  readonly store: KeyStore
  log?: Logger
  keys?: KeyRecords
  host?: Libp2p
  sessions?: SessionManager
  workers?: SessionWorkers
  transport?: SessionTransport
  kem?: KemDirectory
  coordinator?: CoordinatorService
  keeper?: PeerKeeper
  pruneTimer?: NodeJS.Timeout
  http?: { server: Server; address: string }
  disk?: DiskHealth
  audit?: AuditLog
}

/** A running signer node: keystore, libp2p host, session manager, coordinator RPC, HTTP. */
export class ThreshNode {
  private status: Health['status'] = 'ok'
  private readonly startedAt = Date.now()
  /** Risky settings found at start (also in /healthz). */
  private setupWarnings: readonly string[] = []

  private constructor(
    readonly config: NodeConfig,
    readonly identity: NodeIdentity,
    readonly log: Logger,
    readonly metrics: NodeMetrics,
    readonly keys: KeyRecords,
    readonly sessions: SessionManager,
    private readonly host: Libp2p,
    private readonly keeper: PeerKeeper,
    private readonly disk: DiskHealth,
    private readonly parts: Parts,
  ) {}

  /**
   * Starts every part; if one fails, stops the parts already started and rethrows.
   * `protection`: the keystore's protector (or its passphrase), as `thresh-node init` chose it.
   */
  static async start(config: NodeConfig, protection: Protection, options: StartOptions = {}): Promise<ThreshNode> {
    const parts: Parts = { store: await KeyStore.open(keystorePath(config.dataDir), protection) }
    try {
      const identity = await loadIdentity(parts.store)
      const log = (parts.log = (options.logger ?? createLogger(config.logLevel)).child({ node: identity.peerId }))
      if (config.peers.some((p) => p.id === identity.peerId)) throw new Error(`config: peers lists this node itself (${identity.peerId})`)
      const keys = (parts.keys = await KeyRecords.open(parts.store))
      // created here on the first start of a node made before sealed share messages
      const kemKeys = await NodeKemKeys.load(parts.store)
      const disk = (parts.disk = new DiskHealth(parts.store, log))
      const audit = (parts.audit = await AuditLog.open(parts.store, identity.key))
      const { requestMaxAgeSec, clockSkewSec } = config.sessions
      const used = await UsedSessions.open(parts.store, requestMaxAgeSec + clockSkewSec)
      const metrics = new NodeMetrics({ pendingKeys: () => keys.listPending().length, droppedLogLines })
      const peers = new Set(config.peers.map((p) => p.id))
      const allowFrom = inboundAllowList(config, log)
      const workers = config.sessions.workerThreads > 0 ? (parts.workers = new SessionWorkers(config.sessions.workerThreads, log)) : undefined
      await workers?.start()
      const host = (parts.host = await createHost({
        privateKey: identity.privateKey,
        listen: config.listen,
        announce: config.announce,
        allowed: new Set([...peers, ...config.coordinators]),
        inbound: { ...config.inbound, allowFrom },
        onRefused: (reason, remote) => {
          metrics.refusedConnections.inc({ reason })
          log.debug({ reason, remote }, 'inbound connection refused')
        },
      }))
      const kem = (parts.kem = new KemDirectory(host, { identity, keys: kemKeys, log, prefetch: peers }))
      // the manager and the transport feed each other: the manager sends through the transport
      let transport: SessionTransport | undefined
      const sessions = (parts.sessions = new SessionManager({
        limits: config.sessions,
        ...(workers ? { workers } : {}),
        metrics,
        log,
        send: (peer, frame) => transport!.send(peer, frame),
        claim: (hex, issuedAt) => used.claim(hex, issuedAt),
        onDiskError: (err) => disk.failed(err),
        signComplaint: (statement) => identity.key.sign(statement),
        verifyComplaint: (peer, statement, signature) => verifyIdentitySignature(identityPublicKey(peer), statement, signature),
        kem: { keysOf: (of) => kem.keysOf(of), secretKey: (keyId) => kemKeys.secretKey(keyId) },
      }))
      transport = parts.transport = new SessionTransport(host, {
        peers,
        maxFrame: config.maxFrameBytes,
        onFrame: (peer, frame) => sessions.deliver(peer, frame),
        onIncompatible: (peer, reason) => sessions.peerIncompatible(peer, reason),
        metrics,
        log,
      })
      const coordinator = (parts.coordinator = new CoordinatorService({
        host,
        identity,
        coordinators: new Set(config.coordinators),
        peers,
        keys,
        sessions,
        maxFrame: config.maxFrameBytes,
        requestTimeoutMs: config.sessions.roundTimeoutMs,
        requestWindow: { maxAgeSec: requestMaxAgeSec, clockSkewSec },
        minThreshold: config.minThreshold,
        attestor: await Attestor.load(config.attestation, parts.store.protection, config.protect.tpmTcti ?? (process.env.THRESH_TPM_TCTI || DEFAULT_TCTI)),
        disk,
        metrics,
        log,
        kemSecretKey: (keyId) => kemKeys.secretKey(keyId),
        policy: new PolicyService({ enforcer: await PolicyEnforcer.open(parts.store, config.policy, log), keys, maxAgeSec: requestMaxAgeSec, log }),
        presignatures: { perKey: config.sessions.presignaturesPerKey, ttlSec: config.sessions.presignatureTtlSec },
        audit,
      }))
      const keeper = (parts.keeper = new PeerKeeper(host, config.peers, config.reconnect, metrics, log))
      // protocol handlers first, so that nothing reaches the host before they are in place
      await transport.start()
      await kem.start()
      await coordinator.start()
      await host.start()
      await keeper.start()
      const housekeeping = async (): Promise<void> => {
        await used.prune(Math.floor(Date.now() / 1000)).catch((err: unknown) => log.warn({ err: safeErrorMessage(err) }, 'used session ids not pruned'))
        const dropped = await keys.dropPendingBefore(Date.now() - config.pendingTtlSec * 1000).catch((err: unknown) => {
          log.warn({ err: safeErrorMessage(err) }, 'expired pending shares not dropped')
          return []
        })
        if (dropped.length > 0) log.warn({ keys: dropped, ttlSec: config.pendingTtlSec }, 'pending key shares expired: their keygen was never committed or aborted')
      }
      await housekeeping()
      parts.pruneTimer = setInterval(() => void housekeeping(), HOUSEKEEPING_MS)
      parts.pruneTimer.unref()
      const node = new ThreshNode(config, identity, log, metrics, keys, sessions, host, keeper, disk, parts)
      node.setupWarnings = [...setupWarnings(config, protection), ...(options.warnings ?? [])]
      for (const warning of node.setupWarnings) log.warn(warning)
      if (config.httpListen !== null) parts.http = await startHttp(config.httpListen, metrics, () => node.health(), log, { keys: () => keysReport(keys) })
      log.info({ peerId: identity.peerId, addrs: node.multiaddrs, http: node.httpAddress, peers: peers.size, keys: keys.list().length, allowFrom }, 'node started')
      return node
    } catch (err) {
      parts.log?.error({ err: safeErrorMessage(err) }, 'start failed: stopping what was started')
      await shutdown(parts)
      throw err
    }
  }

  get peerId(): string {
    return this.identity.peerId
  }

  /** The multiaddrs the node listens on, with its peer id. */
  get multiaddrs(): string[] {
    return this.host.getMultiaddrs().map((a) => a.toString())
  }

  /** This node's presignatures (memory only). */
  get presignatures(): PresignStore {
    return this.parts.coordinator!.presignStore
  }

  get httpAddress(): string | null {
    return this.parts.http?.address ?? null
  }

  health(): Health {
    const disk = this.disk.degraded
    return {
      status: this.status === 'ok' && disk ? 'degraded' : this.status,
      ...(disk ? { degraded: ['disk'], disk } : {}),
      peerId: this.peerId,
      connectedPeers: this.keeper.connected(),
      configuredPeers: this.config.peers.length,
      activeSessions: this.sessions.activeSessions,
      keys: this.keys.list().length,
      pendingKeys: this.keys.listPending().length,
      droppedLogLines: droppedLogLines(),
      warnings: this.warnings(),
    }
  }

  /** What an operator should look at: risky settings, and peers not reached for a while. */
  private warnings(): string[] {
    const warnings = [...this.setupWarnings]
    const dropped = droppedLogLines()
    if (dropped > 0) warnings.push(`${dropped} log lines could not be written to stdout (disk full or pipe closed): the node keeps running and logs again once it can`)
    for (const { peer, times } of this.keeper.flapping()) {
      warnings.push(`peer ${peer} closed ${times} connections in a row right after they opened: it probably does not list this node (${this.peerId}) in its peers`)
    }
    if (Date.now() - this.startedAt > PEER_GRACE_MS) {
      const connected = new Set(this.keeper.connected())
      for (const peer of this.config.peers) {
        if (!connected.has(peer.id)) warnings.push(`peer ${peer.id} is not connected (check its address, and that it lists this node in its peers)`)
      }
    }
    return warnings
  }

  async stop(): Promise<void> {
    if (this.status === 'stopping') return
    this.status = 'stopping'
    this.log.info('node stopping')
    await shutdown(this.parts)
    this.log.info('node stopped')
  }
}

/** The keys' public facts, as /admin/keys and `thresh-node keys` show them. */
export function keysReport(keys: KeyRecords): { keys: object[]; pending: object[] } {
  const row = (k: KeyRecord) => ({
    keyId: k.keyId,
    scheme: k.scheme,
    threshold: k.threshold,
    parties: k.parties,
    self: k.self,
    epoch: k.epoch,
    groupPublicKey: Buffer.from(k.groupPublicKey).toString('hex'),
    ...(k.createdAt === undefined ? {} : { createdAt: new Date(k.createdAt).toISOString() }),
    ...(k.retiring ? { leavingAtCommit: true } : {}),
  })
  return { keys: keys.list().map(row), pending: keys.listPending().map(row) }
}

/**
 * Stops whatever `parts` holds, in dependency order: no new sessions or dials, running
 * sessions aborted, protocol handlers and the host closed, HTTP closed (it answers 503
 * until then), shares dropped from memory, keystore closed last. Never throws on
 * a part that fails to stop; the keystore's own close error is rethrown.
 */
async function shutdown(parts: Parts): Promise<void> {
  const quietly = async (what: string, stop: () => Promise<void> | void): Promise<void> => {
    try {
      await stop()
    } catch (err) {
      parts.log?.warn({ err: safeErrorMessage(err) }, `${what} did not stop cleanly`)
    }
  }
  clearInterval(parts.pruneTimer)
  parts.disk?.stop()
  await quietly('peer keeper', () => parts.keeper?.stop())
  await quietly('session manager', () => parts.sessions?.stop())
  await quietly('session workers', () => parts.workers?.close())
  await quietly('coordinator service', () => parts.coordinator?.stop())
  await quietly('session transport', () => parts.transport?.stop())
  await quietly('KEM directory', () => parts.kem?.stop())
  await quietly('libp2p host', () => parts.host?.stop())
  // after the last request: its entry is written, then the head is signed
  await quietly('audit log', () => parts.audit?.close())
  const http = parts.http?.server
  if (http) {
    await new Promise<void>((resolve) => {
      http.close(() => resolve())
      http.closeAllConnections()
    })
  }
  parts.keys?.forget()
  await parts.store.close()
}

/**
 * The remote addresses allowed to connect: the operator's `inbound.allowFrom` plus
 * the IP addresses of the configured peers; null when `allowFrom` is not set.
 */
function inboundAllowList(config: NodeConfig, log: Logger): string[] | null {
  if (config.inbound.allowFrom === null) return null
  const list = [...config.inbound.allowFrom]
  for (const peer of config.peers) {
    const ips = peer.addrs.flatMap((a) => multiaddrIp(multiaddr(a))?.address ?? [])
    if (ips.length === 0) {
      log.warn({ peer: peer.id }, 'inbound.allowFrom is set and this peer has no IP address in the config: its connections are refused unless allowFrom covers its IP (dials to it still work)')
    }
    list.push(...ips)
  }
  return list
}
