import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { tcp } from '@libp2p/tcp'
import type { MultiaddrConnection, PeerId, PrivateKey } from '@libp2p/interface'
import { createLibp2p, type Libp2p } from 'libp2p'
import type { InboundLimits } from './config.js'
import { IpAllowList } from './ip-allow-list.js'

/** Why an inbound connection was refused by the node's own rules (libp2p's limits count elsewhere). */
export type RefusedConnection = 'address' | 'peer'

export interface HostOptions {
  readonly privateKey: PrivateKey
  readonly listen: readonly string[]
  readonly announce: readonly string[]
  /** Peer ids allowed to connect either way: configured signer peers and coordinators. */
  readonly allowed: ReadonlySet<string>
  /** `allowFrom` here is the complete list of remote addresses allowed (null: any). */
  readonly inbound: InboundLimits
  readonly onRefused?: (reason: RefusedConnection, remote: string) => void
}

/**
 * The node's libp2p host, not started yet: TCP, Noise (the Noise static key is the
 * node identity), Yamux and Identify.
 *
 * An inbound connection is refused, in this order: by libp2p's limits (more than
 * `connectionsPerSecond` new connections from its IP, or `maxPending` handshakes
 * already under way); by the gater when its remote address is outside `allowFrom`,
 * before a byte of the handshake; by the gater once Noise has authenticated a peer id
 * not in `allowed`. A handshake that takes longer than `upgradeTimeoutMs` is dropped,
 * so idle sockets hold a pending slot only briefly. Dials go only to `allowed` peers.
 */
export async function createHost(options: HostOptions): Promise<Libp2p> {
  const { allowed, inbound, onRefused } = options
  const addresses = inbound.allowFrom === null ? null : new IpAllowList(inbound.allowFrom)
  const refuse = (peer: PeerId): boolean => !allowed.has(peer.toString())
  return createLibp2p({
    start: false,
    privateKey: options.privateKey,
    addresses: { listen: [...options.listen], announce: [...options.announce] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    // A coordinator may open many request streams the moment it connects; yamux kills a
    // connection with more than maxEarlyStreams (default 10) streams opened before the
    // connection is fully set up.
    streamMuxers: [yamux({ maxEarlyStreams: 64 })],
    services: { identify: identify() },
    // libp2p pings every connection and aborts one whose ping is late; a node busy with a
    // long protocol step (a DKLs23 setup) answered late and lost its links, with every
    // session and request on them. A dead connection still ends by TCP and yamux.
    connectionMonitor: { abortConnectionOnPingFailure: false },
    connectionGater: {
      denyInboundConnection: (conn: MultiaddrConnection) => {
        if (addresses === null || addresses.allows(conn.remoteAddr)) return false
        onRefused?.('address', conn.remoteAddr.toString())
        return true
      },
      denyInboundEncryptedConnection: (peer: PeerId) => {
        if (!refuse(peer)) return false
        onRefused?.('peer', peer.toString())
        return true
      },
      denyDialPeer: refuse,
      denyOutboundEncryptedConnection: refuse,
      denyInboundUpgradedConnection: refuse,
      denyOutboundUpgradedConnection: refuse,
    },
    connectionManager: {
      inboundConnectionThreshold: inbound.connectionsPerSecond,
      maxIncomingPendingConnections: inbound.maxPending,
      inboundUpgradeTimeout: inbound.upgradeTimeoutMs,
      maxConnections: Math.max(64, 4 * allowed.size),
      // libp2p's own reconnect queue gives up after a few tries; PeerKeeper never does
      reconnectRetries: 0,
    },
  })
}
