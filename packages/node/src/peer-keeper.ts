import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import type { PeerId } from '@libp2p/interface'
import type { Libp2p } from 'libp2p'
import { safeErrorMessage } from '@thresh/crypto'
import type { PeerConfig } from './config.js'
import type { Logger } from './log.js'
import type { NodeMetrics } from './metrics.js'

export interface BackoffOptions {
  readonly minDelayMs: number
  readonly maxDelayMs: number
}

interface Tracked {
  readonly id: PeerId
  readonly name: string
  attempt: number
  timer: NodeJS.Timeout | undefined
  dialing: boolean
}

/**
 * Keeps a connection open to every configured signer peer: dials at start, redials
 * on disconnect, and retries failed dials with exponential backoff (with jitter, so
 * restarted nodes do not dial in lockstep) for as long as the node runs.
 */
export class PeerKeeper {
  private readonly tracked = new Map<string, Tracked>()
  private running = false
  private readonly onDisconnect = (evt: CustomEvent<PeerId>): void => {
    const t = this.tracked.get(evt.detail.toString())
    this.updateGauge()
    if (t) {
      this.log.info({ peer: t.name }, 'peer disconnected')
      this.schedule(t, this.backoff.minDelayMs)
    }
  }
  private readonly onConnect = (evt: CustomEvent<PeerId>): void => {
    const t = this.tracked.get(evt.detail.toString())
    this.updateGauge()
    if (t) {
      t.attempt = 0
      this.log.info({ peer: t.name }, 'peer connected')
    }
  }

  constructor(
    private readonly host: Libp2p,
    private readonly peers: readonly PeerConfig[],
    private readonly backoff: BackoffOptions,
    private readonly metrics: NodeMetrics,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    this.running = true
    for (const p of this.peers) {
      const id = peerIdFromString(p.id)
      await this.host.peerStore.merge(id, { multiaddrs: p.addrs.map((a) => multiaddr(a)) })
      this.tracked.set(p.id, { id, name: p.id, attempt: 0, timer: undefined, dialing: false })
    }
    this.host.addEventListener('peer:disconnect', this.onDisconnect)
    this.host.addEventListener('peer:connect', this.onConnect)
    for (const t of this.tracked.values()) void this.dial(t)
  }

  stop(): void {
    this.running = false
    this.host.removeEventListener('peer:disconnect', this.onDisconnect)
    this.host.removeEventListener('peer:connect', this.onConnect)
    for (const t of this.tracked.values()) clearTimeout(t.timer)
  }

  /** Configured peers with an open connection. */
  connected(): string[] {
    return [...this.tracked.values()].filter((t) => this.isConnected(t.id)).map((t) => t.name)
  }

  private isConnected(id: PeerId): boolean {
    return this.host.getConnections(id).some((c) => c.status === 'open')
  }

  private schedule(t: Tracked, delay: number): void {
    if (!this.running || t.timer !== undefined) return
    t.timer = setTimeout(() => {
      t.timer = undefined
      void this.dial(t)
    }, delay)
    t.timer.unref()
  }

  private async dial(t: Tracked): Promise<void> {
    if (!this.running || t.dialing || this.isConnected(t.id)) return
    t.dialing = true
    try {
      await this.host.dial(t.id, { signal: AbortSignal.timeout(10_000) })
      t.attempt = 0
    } catch (err) {
      t.attempt += 1
      const base = Math.min(this.backoff.maxDelayMs, this.backoff.minDelayMs * 2 ** Math.min(t.attempt - 1, 20))
      const delay = Math.round(base / 2 + Math.random() * (base / 2))
      this.log.debug({ peer: t.name, attempt: t.attempt, retryInMs: delay, err: safeErrorMessage(err) }, 'dial failed')
      this.schedule(t, delay)
    } finally {
      t.dialing = false
      this.updateGauge()
    }
  }

  private updateGauge(): void {
    this.metrics.connectedPeers.set(this.connected().length)
  }
}
