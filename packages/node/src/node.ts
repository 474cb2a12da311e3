import { join } from 'node:path'
import type { Server } from 'node:http'
import { KeyStore } from '@thresh/store'
import type { Libp2p } from 'libp2p'
import type { NodeConfig } from './config.js'
import { CoordinatorService } from './coordinator-service.js'
import { createHost } from './host.js'
import { startHttp, type Health } from './http.js'
import { loadIdentity, type NodeIdentity } from './identity.js'
import { KeyRecords } from './key-records.js'
import { createLogger, type Logger } from './log.js'
import { NodeMetrics } from './metrics.js'
import { PeerKeeper } from './peer-keeper.js'
import { SessionManager } from './session-manager.js'
import { SessionTransport } from './session-transport.js'

/** Where a data directory keeps its keystore. */
export function keystorePath(dataDir: string): string {
  return join(dataDir, 'keystore')
}

export interface StartOptions {
  readonly logger?: Logger
}

/** A running signer node: keystore, libp2p host, session manager, coordinator RPC, HTTP. */
export class ThreshNode {
  private status: Health['status'] = 'ok'

  private constructor(
    readonly config: NodeConfig,
    readonly identity: NodeIdentity,
    readonly log: Logger,
    readonly metrics: NodeMetrics,
    private readonly store: KeyStore,
    readonly keys: KeyRecords,
    private readonly host: Libp2p,
    private readonly transport: SessionTransport,
    readonly sessions: SessionManager,
    private readonly coordinator: CoordinatorService,
    private readonly keeper: PeerKeeper,
    private http: { server: Server; address: string } | undefined,
  ) {}

  static async start(config: NodeConfig, passphrase: string, options: StartOptions = {}): Promise<ThreshNode> {
    const store = await KeyStore.open(keystorePath(config.dataDir), passphrase)
    try {
      const identity = await loadIdentity(store)
      const log = (options.logger ?? createLogger(config.logLevel)).child({ node: identity.peerId })
      if (config.peers.some((p) => p.id === identity.peerId)) throw new Error(`config: peers lists this node itself (${identity.peerId})`)
      const keys = await KeyRecords.open(store)
      const metrics = new NodeMetrics()
      const peers = new Set(config.peers.map((p) => p.id))
      const host = await createHost({
        privateKey: identity.privateKey,
        listen: config.listen,
        announce: config.announce,
        allowed: new Set([...peers, ...config.coordinators]),
      })
      // the manager and the transport feed each other: the manager sends through the transport
      let transport: SessionTransport | undefined
      const sessions = new SessionManager({
        limits: config.sessions,
        metrics,
        log,
        send: (peer, frame) => transport!.send(peer, frame),
      })
      transport = new SessionTransport(host, {
        peers,
        maxFrame: config.maxFrameBytes,
        onFrame: (peer, frame) => sessions.deliver(peer, frame),
        metrics,
        log,
      })
      const coordinator = new CoordinatorService({
        host,
        identity,
        coordinators: new Set(config.coordinators),
        peers,
        keys,
        sessions,
        maxFrame: config.maxFrameBytes,
        requestTimeoutMs: config.sessions.roundTimeoutMs,
        metrics,
        log,
      })
      const keeper = new PeerKeeper(host, config.peers, config.reconnect, metrics, log)
      await transport.start()
      await coordinator.start()
      await host.start()
      await keeper.start()
      const node = new ThreshNode(config, identity, log, metrics, store, keys, host, transport, sessions, coordinator, keeper, undefined)
      if (config.httpListen !== null) node.http = await startHttp(config.httpListen, metrics, () => node.health(), log)
      log.info({ peerId: identity.peerId, addrs: node.multiaddrs, http: node.httpAddress, peers: peers.size, keys: keys.list().length }, 'node started')
      return node
    } catch (err) {
      await store.close()
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

  get httpAddress(): string | null {
    return this.http?.address ?? null
  }

  health(): Health {
    return {
      status: this.status,
      peerId: this.peerId,
      connectedPeers: this.keeper.connected(),
      configuredPeers: this.config.peers.length,
      activeSessions: this.sessions.activeSessions,
      keys: this.keys.list().length,
    }
  }

  async stop(): Promise<void> {
    if (this.status === 'stopping') return
    this.status = 'stopping'
    this.log.info('node stopping')
    this.keeper.stop()
    this.sessions.stop()
    await this.coordinator.stop().catch(() => undefined)
    await this.transport.stop().catch(() => undefined)
    await this.host.stop()
    if (this.http) {
      const { server } = this.http
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    }
    this.keys.forget()
    await this.store.close()
    this.log.info('node stopped')
  }
}
