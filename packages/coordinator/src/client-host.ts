import '@thresh/wire/polyfill'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { peerIdFromString } from '@libp2p/peer-id'
import { tcp } from '@libp2p/tcp'
import type { PeerId, PrivateKey, Stream } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import { closeStream, COORD_PROTOCOL, exchange, KEM_PROTOCOL, readKemAnnouncement, type CoordRequest, type CoordResponse, type KemAnnouncement } from '@thresh/wire'
import { createLibp2p, type Libp2p } from 'libp2p'
import { TransportError, type NodeTransport } from './transport.js'

export interface NodeAddress {
  readonly peerId: string
  readonly addrs: readonly Multiaddr[]
}

/**
 * The coordinator's libp2p client: TCP + Noise + Yamux + Identify, no listening
 * address, and a gater that only lets it talk to the configured nodes.
 */
export async function createClientHost(privateKey: PrivateKey, nodes: readonly NodeAddress[], maxFrame?: number): Promise<NodeTransport> {
  const known = new Map<string, PeerId>(nodes.map((n) => [n.peerId, peerIdFromString(n.peerId)]))
  const host = await createLibp2p({
    privateKey,
    addresses: { listen: [] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    services: { identify: identify() },
    // a node busy with a long protocol step answers pings late: that is no reason to drop it
    connectionMonitor: { abortConnectionOnPingFailure: false },
    connectionGater: {
      denyInboundConnection: () => true,
      denyDialPeer: (peer) => !known.has(peer.toString()),
      denyOutboundEncryptedConnection: (peer) => !known.has(peer.toString()),
    },
  })
  for (const node of nodes) {
    await host.peerStore.merge(known.get(node.peerId)!, { multiaddrs: [...node.addrs] })
  }
  return new Libp2pTransport(host, known, maxFrame)
}

/**
 * Streams negotiated ahead of use, per node, while requests flow: multistream-select in
 * libp2p 3 always waits for the node's protocol confirmation before the first byte of a
 * request, one round trip per call; a spare stream has paid it already. A spare waits at
 * most SPARE_IDLE_MS for a request (well under any node's request timeout, the shortest
 * allowed being its round timeout) and is then closed unused, which the node ignores.
 */
const SPARE_STREAMS = 2
const SPARE_IDLE_MS = 1_000

/**
 * Coordinator-protocol streams open to one node at once, as a node accepts them
 * (coordinator-service.ts, maxInboundStreams). The SDK's in-flight limit per node is the
 * real bound; libp2p's default of 64 also counted spares, cancels and streams still
 * closing, and refused request 65 under load ("Too many outbound protocol streams").
 */
const MAX_COORD_STREAMS = 256

interface Spare {
  readonly stream: Stream
  readonly timer: NodeJS.Timeout
}

class Libp2pTransport implements NodeTransport {
  private readonly spares = new Map<string, Spare[]>()
  private readonly opening = new Map<string, number>()
  private closed = false

  constructor(
    private readonly host: Libp2p,
    private readonly known: ReadonlyMap<string, PeerId>,
    private readonly maxFrame: number | undefined,
  ) {}

  async request(peerId: string, request: CoordRequest, { signal }: { signal: AbortSignal }): Promise<CoordResponse> {
    const peer = this.peer(peerId)
    return this.guard(peerId, signal, async () => {
      const spare = this.takeSpare(peerId)
      // An open connection takes the stream directly (no dial queue or peer-store work).
      const open = spare ? undefined : this.host.getConnections(peer).find((c) => c.status === 'open')
      const options = { signal, maxOutboundStreams: MAX_COORD_STREAMS }
      const stream = spare ?? (open ? await open.newStream(COORD_PROTOCOL, options) : await this.host.dialProtocol(peer, COORD_PROTOCOL, options))
      this.refill(peerId, peer)
      return exchange(stream, request, this.maxFrame === undefined ? { signal } : { signal, maxFrame: this.maxFrame })
    })
  }

  kemAnnouncement(peerId: string, { signal }: { signal: AbortSignal }): Promise<KemAnnouncement> {
    const peer = this.peer(peerId)
    return this.guard(peerId, signal, async () => readKemAnnouncement(await this.host.dialProtocol(peer, KEM_PROTOCOL, { signal }), { signal }))
  }

  /** A spare stream to the node that is still open at both ends, if any. */
  private takeSpare(peerId: string): Stream | undefined {
    const list = this.spares.get(peerId)
    while (list && list.length > 0) {
      const { stream, timer } = list.shift()!
      clearTimeout(timer)
      if (stream.status === 'open' && stream.writeStatus === 'writable' && stream.remoteWriteStatus === 'writable') return stream
      stream.abort(new Error('spare stream no longer open'))
    }
    return undefined
  }

  /** Opens spare streams up to SPARE_STREAMS over an open connection (never dials for one). */
  private refill(peerId: string, peer: PeerId): void {
    const connection = this.host.getConnections(peer).find((c) => c.status === 'open')
    if (!connection || this.closed) return
    const pending = this.opening.get(peerId) ?? 0
    for (let n = (this.spares.get(peerId)?.length ?? 0) + pending; n < SPARE_STREAMS; n++) {
      this.opening.set(peerId, (this.opening.get(peerId) ?? 0) + 1)
      connection.newStream(COORD_PROTOCOL, { signal: AbortSignal.timeout(SPARE_IDLE_MS), maxOutboundStreams: MAX_COORD_STREAMS }).then(
        (stream) => {
          this.opening.set(peerId, (this.opening.get(peerId) ?? 1) - 1)
          if (this.closed) return void stream.abort(new Error('transport closed'))
          const list = this.spares.get(peerId) ?? []
          this.spares.set(peerId, list)
          const timer = setTimeout(() => {
            const at = list.findIndex((s) => s.stream === stream)
            if (at >= 0) list.splice(at, 1)
            void closeStream(stream)
          }, SPARE_IDLE_MS)
          timer.unref()
          list.push({ stream, timer })
        },
        () => this.opening.set(peerId, (this.opening.get(peerId) ?? 1) - 1),
      )
    }
  }

  async connect(peerId: string, { signal }: { signal: AbortSignal }): Promise<void> {
    const peer = this.peer(peerId)
    await this.guard(peerId, signal, () => this.host.dial(peer, { signal }))
  }

  isConnected(peerId: string): boolean {
    const peer = this.known.get(peerId)
    return peer !== undefined && this.host.getConnections(peer).some((c) => c.status === 'open')
  }

  async close(): Promise<void> {
    this.closed = true
    for (const list of this.spares.values()) {
      for (const { stream, timer } of list.splice(0)) {
        clearTimeout(timer)
        stream.abort(new Error('transport closed'))
      }
    }
    await this.host.stop()
  }

  private peer(peerId: string): PeerId {
    const peer = this.known.get(peerId)
    if (!peer) throw new TransportError(peerId, `${peerId} is not a configured node`)
    return peer
  }

  /** Failures become TransportError, except an abort by the caller's own signal, which the caller interprets. */
  private async guard<T>(peerId: string, signal: AbortSignal, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (err) {
      if (signal.aborted) throw signal.reason
      const why = err instanceof Error ? err.message : String(err)
      throw new TransportError(peerId, `node ${peerId}: ${why}`)
    }
  }
}
