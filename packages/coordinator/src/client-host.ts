import '@thresh/wire/polyfill'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { peerIdFromString } from '@libp2p/peer-id'
import { tcp } from '@libp2p/tcp'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import { COORD_PROTOCOL, exchange, type CoordRequest, type CoordResponse } from '@thresh/wire'
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

class Libp2pTransport implements NodeTransport {
  constructor(
    private readonly host: Libp2p,
    private readonly known: ReadonlyMap<string, PeerId>,
    private readonly maxFrame: number | undefined,
  ) {}

  async request(peerId: string, request: CoordRequest, { signal }: { signal: AbortSignal }): Promise<CoordResponse> {
    const peer = this.peer(peerId)
    return this.guard(peerId, signal, async () => {
      // An open connection takes the stream directly (no dial queue or peer-store work);
      // the request goes out with the protocol proposal: one round trip less per call.
      const options = { signal, negotiateFully: false }
      const open = this.host.getConnections(peer).find((c) => c.status === 'open')
      const stream = open ? await open.newStream(COORD_PROTOCOL, options) : await this.host.dialProtocol(peer, COORD_PROTOCOL, options)
      return exchange(stream, request, this.maxFrame === undefined ? { signal } : { signal, maxFrame: this.maxFrame })
    })
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
