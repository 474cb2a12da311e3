import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { tcp } from '@libp2p/tcp'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import { createLibp2p, type Libp2p } from 'libp2p'

export interface HostOptions {
  readonly privateKey: PrivateKey
  readonly listen: readonly string[]
  readonly announce: readonly string[]
  /** Peer ids allowed to connect either way: configured signer peers and coordinators. */
  readonly allowed: ReadonlySet<string>
}

/**
 * The node's libp2p host: TCP, Noise (the Noise static key is the node identity),
 * Yamux and Identify. The connection gater refuses every peer not in `allowed`, on
 * dial and as soon as an inbound connection has authenticated its peer id.
 */
export async function createHost(options: HostOptions): Promise<Libp2p> {
  const allowed = options.allowed
  const refuse = (peer: PeerId): boolean => !allowed.has(peer.toString())
  return createLibp2p({
    privateKey: options.privateKey,
    addresses: { listen: [...options.listen], announce: [...options.announce] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    // A coordinator may open many request streams the moment it connects; yamux kills a
    // connection with more than maxEarlyStreams (default 10) streams opened before the
    // connection is fully set up.
    streamMuxers: [yamux({ maxEarlyStreams: 64 })],
    services: { identify: identify() },
    connectionGater: {
      denyDialPeer: refuse,
      denyInboundEncryptedConnection: refuse,
      denyOutboundEncryptedConnection: refuse,
      denyInboundUpgradedConnection: refuse,
      denyOutboundUpgradedConnection: refuse,
    },
    connectionManager: {
      // a cluster on one machine opens many connections from one address at once
      inboundConnectionThreshold: 1000,
      maxConnections: Math.max(64, 4 * allowed.size),
      // libp2p's own reconnect queue gives up after a few tries; PeerKeeper never does
      reconnectRetries: 0,
    },
  })
}
