import { peerIdFromString } from '@libp2p/peer-id'
import type { PeerId, Stream } from '@libp2p/interface'
import { safeErrorMessage } from '@thresh/crypto'
import {
  closeStream, frameStream, KEM_PROTOCOL, kemAnnouncementCodec, kemAnnouncementProblem, MAX_ANNOUNCEMENT_FRAME, readKemAnnouncement, WireError,
  type KemAnnouncement,
} from '@thresh/wire'
import type { Libp2p } from 'libp2p'
import type { NodeIdentity } from './identity.js'
import { unixNow, type NodeKemKeys } from './kem-keys.js'
import type { Logger } from './log.js'

/** A peer's verified KEM key: what secret share messages to it are sealed to. */
export interface PeerKemKey {
  readonly keyId: number
  readonly publicKey: Uint8Array
}

/**
 * 'unsupported': the peer does not speak /thresh/kem/1.0.0 (a thresh version without
 * sealed share messages); 'unreachable': no answer; 'invalid': an announcement that
 * fails its checks (signature, peer id, validity) — the peer's fault.
 */
export type KemLookupFailure = 'unsupported' | 'unreachable' | 'invalid'

export class KemLookupError extends Error {
  readonly peer: string
  readonly failure: KemLookupFailure
  constructor(peer: string, failure: KemLookupFailure, message: string) {
    super(message)
    this.name = 'KemLookupError'
    this.peer = peer
    this.failure = failure
  }
}

/** How long a verified announcement is used before it is fetched again (never past its expiry). */
const DEFAULT_CACHE_SECONDS = 600
const FETCH_TIMEOUT_MS = 5_000

/**
 * Checks that `announcement` is `peer`'s own: it names the peer, its identity key (the
 * one the peer id embeds) signed it, and it is valid at `now`. Throws KemLookupError('invalid').
 */
export function verifyKemAnnouncement(peer: string, announcement: KemAnnouncement, now = unixNow()): PeerKemKey {
  const problem = kemAnnouncementProblem(peer, announcement, now)
  if (problem !== undefined) throw new KemLookupError(peer, 'invalid', `KEM announcement of ${peer} refused: ${problem}`)
  return { keyId: announcement.keyId, publicKey: announcement.publicKey }
}

export interface KemDirectoryOptions {
  readonly identity: NodeIdentity
  readonly keys: NodeKemKeys
  readonly log: Logger
  readonly cacheSeconds?: number
  /**
   * Peers whose announcements are fetched as soon as a connection to them opens (the
   * configured signers), so that a keygen does not wait for them: its parties start
   * their first round at about the same time, within each other's round deadline.
   */
  readonly prefetch?: ReadonlySet<string>
}

/**
 * /thresh/kem/1.0.0: answers a peer with this node's signed KEM announcement (one
 * frame, then the stream closes), and fetches, verifies and caches its peers'.
 */
export class KemDirectory {
  private readonly cache = new Map<string, { key: PeerKemKey; until: number }>()
  private readonly pending = new Map<string, Promise<PeerKemKey>>()

  constructor(
    private readonly host: Libp2p,
    private readonly options: KemDirectoryOptions,
  ) {}

  private readonly onConnect = (event: CustomEvent<PeerId>): void => {
    const peer = event.detail.toString()
    if (!this.options.prefetch?.has(peer)) return
    this.keyOf(peer).catch((err: unknown) => this.options.log.debug({ peer, err: safeErrorMessage(err) }, 'KEM announcement not prefetched'))
  }

  async start(): Promise<void> {
    this.host.addEventListener('peer:connect', this.onConnect)
    // a KEM public key is no secret: any peer the connection gater lets in may ask (an SDK importing a key, too)
    await this.host.handle(KEM_PROTOCOL, (stream, connection) => this.answer(stream, connection.remotePeer.toString()), {
      maxInboundStreams: 8,
      maxOutboundStreams: 8,
    })
  }

  async stop(): Promise<void> {
    this.host.removeEventListener('peer:connect', this.onConnect)
    await this.host.unhandle(KEM_PROTOCOL)
  }

  /** The verified KEM keys of `peers`; rejects with KemLookupError naming the first that fails. */
  async keysOf(peers: readonly string[]): Promise<Map<string, PeerKemKey>> {
    const keys = await Promise.all(peers.map((p) => this.keyOf(p)))
    return new Map(peers.map((p, i) => [p, keys[i]!] as const))
  }

  keyOf(peer: string): Promise<PeerKemKey> {
    const cached = this.cache.get(peer)
    if (cached && cached.until > unixNow()) return Promise.resolve(cached.key)
    let fetching = this.pending.get(peer)
    if (!fetching) {
      fetching = this.fetch(peer).finally(() => this.pending.delete(peer))
      this.pending.set(peer, fetching)
    }
    return fetching
  }

  private async fetch(peer: string): Promise<PeerKemKey> {
    let announcement: KemAnnouncement
    try {
      const stream = await this.host.dialProtocol(peerIdFromString(peer), KEM_PROTOCOL, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) })
      announcement = await readKemAnnouncement(stream, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) })
    } catch (err) {
      if (err instanceof WireError) throw new KemLookupError(peer, 'invalid', `KEM announcement of ${peer} refused: ${err.message}`)
      if ((err as { name?: string }).name === 'UnsupportedProtocolError') {
        throw new KemLookupError(peer, 'unsupported', `peer ${peer} does not speak ${KEM_PROTOCOL}: it runs a thresh version without sealed share messages (session protocol 2.0.0); upgrade it`)
      }
      throw new KemLookupError(peer, 'unreachable', `KEM key of ${peer} not fetched: ${safeErrorMessage(err)}`)
    }
    const now = unixNow()
    const key = verifyKemAnnouncement(peer, announcement, now)
    this.cache.set(peer, { key, until: Math.min(announcement.expiresAt, now + (this.options.cacheSeconds ?? DEFAULT_CACHE_SECONDS)) })
    this.options.log.debug({ peer, kemKeyId: key.keyId }, 'peer KEM key verified')
    return key
  }

  private async answer(stream: Stream, peer: string): Promise<void> {
    try {
      const frames = frameStream(stream, MAX_ANNOUNCEMENT_FRAME)
      await frames.write(kemAnnouncementCodec.encode(this.options.keys.announcement(this.options.identity)))
      await closeStream(stream)
    } catch (err) {
      this.options.log.debug({ peer, err: safeErrorMessage(err) }, 'KEM announcement not sent')
      stream.abort(err instanceof Error ? err : new Error(String(err)))
    }
  }
}
