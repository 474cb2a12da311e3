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
  /** When the current connection opened (undefined: none). */
  connectedAt: number | undefined
  /** Connections in a row that closed within STABLE_MS of opening. */
  flaps: number
  stableTimer: NodeJS.Timeout | undefined
}

/** A connection that lives this long counts as established: it resets the backoff. */
export const STABLE_MS = 5_000
/** This many short-lived connections in a row make the peer look one-sided (a warning). */
const FLAPS_TO_WARN = 3

/**
 * Keeps a connection open to every configured signer peer: dials at start, redials
 * on disconnect, and retries failed dials with exponential backoff (with jitter, so
 * restarted nodes do not dial in lockstep) for as long as the node runs. A connection
 * that closes within STABLE_MS counts as a failed dial (a peer that does not list this
 * node closes it at once): only one that stays up resets the backoff.
 */
export class PeerKeeper {
  private readonly tracked = new Map<string, Tracked>()
  private running = false
  private readonly onDisconnect = (evt: CustomEvent<PeerId>): void => {
    const t = this.tracked.get(evt.detail.toString())
    this.updateGauge()
    if (!t) return
    clearTimeout(t.stableTimer)
    t.stableTimer = undefined
    const lived = t.connectedAt === undefined ? 0 : Date.now() - t.connectedAt
    t.connectedAt = undefined
    if (lived >= STABLE_MS) {
      this.log.info({ peer: t.name }, 'peer disconnected')
      this.schedule(t, this.backoff.minDelayMs)
      return
    }
    // closed right after it opened (the peer's gater refusing us, say): back off as for a failed dial
    t.flaps += 1
    t.attempt += 1
    if (t.flaps === FLAPS_TO_WARN) this.log.warn({ peer: t.name, times: t.flaps }, 'peer closes every connection right after it opens: does it list this node in its peers?')
    else this.log.debug({ peer: t.name, livedMs: lived, times: t.flaps }, 'peer connection closed at once')
    this.schedule(t, this.delay(t))
  }
  private readonly onConnect = (evt: CustomEvent<PeerId>): void => {
    const t = this.tracked.get(evt.detail.toString())
    this.updateGauge()
    if (!t) return
    t.connectedAt = Date.now()
    if (t.flaps === 0) this.log.info({ peer: t.name }, 'peer connected')
    // only a connection that stays up resets the backoff and the flap count
    clearTimeout(t.stableTimer)
    t.stableTimer = setTimeout(() => {
      t.stableTimer = undefined
      if (t.flaps >= FLAPS_TO_WARN) this.log.info({ peer: t.name }, 'peer connected (and stays connected)')
      t.attempt = 0
      t.flaps = 0
    }, STABLE_MS)
    t.stableTimer.unref()
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
      this.tracked.set(p.id, { id, name: p.id, attempt: 0, timer: undefined, dialing: false, connectedAt: undefined, flaps: 0, stableTimer: undefined })
    }
    this.host.addEventListener('peer:disconnect', this.onDisconnect)
    this.host.addEventListener('peer:connect', this.onConnect)
    for (const t of this.tracked.values()) void this.dial(t)
  }

  stop(): void {
    this.running = false
    this.host.removeEventListener('peer:disconnect', this.onDisconnect)
    this.host.removeEventListener('peer:connect', this.onConnect)
    for (const t of this.tracked.values()) {
      clearTimeout(t.timer)
      clearTimeout(t.stableTimer)
    }
  }

  /** Peers whose connections keep closing right after they open: most likely one-sided peer entries. */
  flapping(): { peer: string; times: number }[] {
    return [...this.tracked.values()].filter((t) => t.flaps >= FLAPS_TO_WARN).map((t) => ({ peer: t.name, times: t.flaps }))
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
    } catch (err) {
      t.attempt += 1
      const delay = this.delay(t)
      this.log.debug({ peer: t.name, attempt: t.attempt, retryInMs: delay, err: safeErrorMessage(err) }, 'dial failed')
      this.schedule(t, delay)
    } finally {
      t.dialing = false
      this.updateGauge()
    }
  }

  /** Exponential backoff with jitter after `t.attempt` failures. */
  private delay(t: Tracked): number {
    const base = Math.min(this.backoff.maxDelayMs, this.backoff.minDelayMs * 2 ** Math.min(t.attempt - 1, 20))
    return Math.round(base / 2 + Math.random() * (base / 2))
  }

  private updateGauge(): void {
    this.metrics.connectedPeers.set(this.connected().length)
  }
}
