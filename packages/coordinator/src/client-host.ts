import '@thresh/wire/polyfill'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { peerIdFromString } from '@libp2p/peer-id'
import { tcp } from '@libp2p/tcp'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import { COORD_CHANNEL_PROTOCOL, COORD_PROTOCOL, exchange, KEM_PROTOCOL, readKemAnnouncement, RpcChannel, type CoordRequest, type CoordResponse, type KemAnnouncement } from '@thresh/wire'
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
 * Coordinator-protocol streams open to one node at once on the 1.0.0 path (a node that
 * predates 2.0.0), as a node accepts them (coordinator-service.ts, maxInboundStreams).
 * The SDK's in-flight limit per node is the real bound; libp2p's default of 64 also
 * counted cancels and streams still closing, and refused request 65 under load.
 */
const MAX_COORD_STREAMS = 256

/** How long opening a channel may take, whatever the deadline of the request that asked for it. */
const CHANNEL_OPEN_MS = 10_000

/**
 * Requests go over one long-lived /thresh/coord/2.0.0 stream per node (@thresh/wire
 * rpc-channel.ts): no stream set-up, protocol negotiation or close per request. A node
 * that does not speak 2.0.0 (an older release) gets one 1.0.0 stream per request, as
 * before; which one a node speaks is learned per connection.
 */
class Libp2pTransport implements NodeTransport {
  private readonly channels = new Map<string, { readonly connectionId: string; readonly channel: Promise<RpcChannel | 'legacy'> }>()
  private closed = false

  constructor(
    private readonly host: Libp2p,
    private readonly known: ReadonlyMap<string, PeerId>,
    private readonly maxFrame: number | undefined,
  ) {}

  async request(peerId: string, request: CoordRequest, { signal }: { signal: AbortSignal }): Promise<CoordResponse> {
    const peer = this.peer(peerId)
    return this.guard(peerId, signal, async () => {
      const channel = await this.channel(peerId, peer, signal)
      if (channel !== 'legacy') return channel.request(request, { signal })
      const open = this.host.getConnections(peer).find((c) => c.status === 'open')
      const options = { signal, maxOutboundStreams: MAX_COORD_STREAMS }
      const stream = open ? await open.newStream(COORD_PROTOCOL, options) : await this.host.dialProtocol(peer, COORD_PROTOCOL, options)
      return exchange(stream, request, this.maxFrame === undefined ? { signal } : { signal, maxFrame: this.maxFrame })
    })
  }

  /** The node's channel, opened (and the node dialled) when there is none or the last one broke. */
  private async channel(peerId: string, peer: PeerId, signal: AbortSignal, dialled = false): Promise<RpcChannel | 'legacy'> {
    if (this.closed) throw new Error('transport closed')
    const current = this.channels.get(peerId)
    const open = this.host.getConnections(peer).find((c) => c.status === 'open')
    if (current && open?.id === current.connectionId) {
      const channel = await current.channel.catch(() => undefined)
      if (channel === 'legacy' || (channel && !channel.closed)) return channel
      // another request may have replaced the broken channel meanwhile: use that one
      const latest = this.channels.get(peerId)
      if (latest && latest !== current) return this.channel(peerId, peer, signal, dialled)
    }
    if (!open) {
      if (dialled) throw new Error('connection closed right after the dial')
      // dial first; the channel is then opened on the new connection (concurrent dials of one peer are merged by libp2p)
      await this.host.dial(peer, { signal })
      return this.channel(peerId, peer, signal, true)
    }
    const opening = open.newStream([COORD_CHANNEL_PROTOCOL], { signal: AbortSignal.timeout(CHANNEL_OPEN_MS) }).then(
      (stream) => new RpcChannel(stream, this.maxFrame === undefined ? {} : { maxFrame: this.maxFrame }),
      (err: unknown) => {
        if (err instanceof Error && err.name === 'UnsupportedProtocolError') return 'legacy' as const
        throw err
      },
    )
    this.channels.set(peerId, { connectionId: open.id, channel: opening })
    opening.catch(() => {
      if (this.channels.get(peerId)?.channel === opening) this.channels.delete(peerId)
    })
    return opening
  }

  kemAnnouncement(peerId: string, { signal }: { signal: AbortSignal }): Promise<KemAnnouncement> {
    const peer = this.peer(peerId)
    return this.guard(peerId, signal, async () => readKemAnnouncement(await this.host.dialProtocol(peer, KEM_PROTOCOL, { signal }), { signal }))
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
    const channels = [...this.channels.values()]
    this.channels.clear()
    await Promise.all(channels.map(async ({ channel }) => {
      const c = await channel.catch(() => undefined)
      if (c && c !== 'legacy') await c.close()
    }))
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
