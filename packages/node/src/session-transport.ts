import { peerIdFromString } from '@libp2p/peer-id'
import type { Connection, PeerId, Stream } from '@libp2p/interface'
import { closeStream, frameStream, LEGACY_SESSION_PROTOCOLS, SESSION_PROTOCOL, WireError, type FrameStream } from '@thresh/wire'
import type { Libp2p } from 'libp2p'
import { safeErrorMessage } from '@thresh/crypto'
import type { Logger } from './log.js'
import type { NodeMetrics } from './metrics.js'

export interface SessionTransportOptions {
  /** Configured signer peers: the only peers whose session streams are read. */
  readonly peers: ReadonlySet<string>
  readonly maxFrame: number
  /** Receives every frame read from an authenticated signer peer. */
  readonly onFrame: (peer: string, frame: Uint8Array) => void
  /** `peer` does not speak this node's session protocol version (it runs an older thresh). */
  readonly onIncompatible?: (peer: string, reason: string) => void
  readonly metrics: NodeMetrics
  readonly log: Logger
}

/** Bytes queued for one peer before further frames to it are dropped. */
const MAX_QUEUED_BYTES = 64 * 1024 * 1024

/** Outgoing frames to one peer, written in order over one long-lived stream. */
interface Outbox {
  readonly peer: PeerId
  readonly name: string
  queue: Uint8Array[]
  queuedBytes: number
  stream: { raw: Stream; frames: FrameStream } | undefined
  flushing: boolean
}

/**
 * /thresh/session/2.0.0: each node opens one stream to each peer and writes its
 * Envelope frames there; it reads the streams its peers open to it. A bad frame
 * (oversized, undecodable length) is counted and its stream closed; the sender's
 * next message opens a new one. A peer on an older version (1.0.0: share messages in
 * clear) is told apart from a broken one either way: its streams to this node are
 * refused with a warning naming it, and a stream to it fails with onIncompatible.
 */
export class SessionTransport {
  private readonly outboxes = new Map<string, Outbox>()
  private readonly inbound = new Set<Stream>()
  private stopped = false

  constructor(
    private readonly host: Libp2p,
    private readonly options: SessionTransportOptions,
  ) {}

  async start(): Promise<void> {
    await this.host.handle(SESSION_PROTOCOL, (stream, connection) => this.read(stream, connection), {
      maxInboundStreams: 16,
      maxOutboundStreams: 16,
    })
    for (const legacy of LEGACY_SESSION_PROTOCOLS) {
      await this.host.handle(legacy, (stream, connection) => {
        const peer = connection.remotePeer.toString()
        this.options.metrics.droppedFrames.inc({ protocol: 'session', reason: 'old-version' })
        this.options.log.warn({ peer, protocol: legacy }, `peer speaks ${legacy} (share messages in clear): this node speaks ${SESSION_PROTOCOL} only; upgrade that node`)
        stream.abort(new Error(`${legacy} is not supported: upgrade to ${SESSION_PROTOCOL}`))
      }, { maxInboundStreams: 2, maxOutboundStreams: 0 })
    }
  }

  async stop(): Promise<void> {
    this.stopped = true
    await this.host.unhandle(SESSION_PROTOCOL)
    for (const legacy of LEGACY_SESSION_PROTOCOLS) await this.host.unhandle(legacy)
    for (const s of this.inbound) s.abort(new Error('node stopping'))
    for (const o of this.outboxes.values()) if (o.stream) o.stream.raw.abort(new Error('node stopping'))
  }

  /** Queues one frame for `peer`; delivery is best effort (a lost message ends in a round deadline). */
  send(peer: string, frame: Uint8Array): void {
    if (this.stopped) return
    let box = this.outboxes.get(peer)
    if (!box) {
      box = { peer: peerIdFromString(peer), name: peer, queue: [], queuedBytes: 0, stream: undefined, flushing: false }
      this.outboxes.set(peer, box)
    }
    if (box.queuedBytes + frame.length > MAX_QUEUED_BYTES) {
      this.options.metrics.droppedFrames.inc({ protocol: 'session', reason: 'send-failed' })
      this.options.log.warn({ peer }, 'outgoing queue full: frame dropped')
      return
    }
    box.queue.push(frame)
    box.queuedBytes += frame.length
    if (!box.flushing) void this.flush(box)
  }

  private async flush(box: Outbox): Promise<void> {
    box.flushing = true
    try {
      while (box.queue.length > 0 && !this.stopped) {
        const frame = box.queue[0]!
        if (!(await this.write(box, frame))) {
          // the stream failed: retry once on a fresh stream, then give the frame up
          if (!(await this.write(box, frame))) {
            this.options.metrics.droppedFrames.inc({ protocol: 'session', reason: 'send-failed' })
          }
        }
        box.queue.shift()
        box.queuedBytes -= frame.length
      }
    } finally {
      box.flushing = false
    }
  }

  private async write(box: Outbox, frame: Uint8Array): Promise<boolean> {
    try {
      if (!box.stream || box.stream.raw.status !== 'open') {
        // negotiateFully: false sends the protocol name with the first frame (no extra round trip)
        const raw = await this.host.dialProtocol(box.peer, SESSION_PROTOCOL, { signal: AbortSignal.timeout(5_000), negotiateFully: false })
        box.stream = { raw, frames: frameStream(raw, this.options.maxFrame) }
      }
      await box.stream.frames.write(frame)
      return true
    } catch (err) {
      if ((err as { name?: string }).name === 'UnsupportedProtocolError') {
        const reason = `peer ${box.name} does not speak ${SESSION_PROTOCOL}: it runs an older thresh (share messages in clear); upgrade it`
        this.options.log.warn({ peer: box.name }, reason)
        this.options.onIncompatible?.(box.name, reason)
      } else {
        this.options.log.debug({ peer: box.name, err: safeErrorMessage(err) }, 'session stream write failed')
      }
      if (box.stream) box.stream.raw.abort(err instanceof Error ? err : new Error(String(err)))
      box.stream = undefined
      return false
    }
  }

  private async read(stream: Stream, connection: Connection): Promise<void> {
    const peer = connection.remotePeer.toString()
    const { metrics, log } = this.options
    if (!this.options.peers.has(peer)) {
      // a coordinator (allowed to connect) that is not a signer peer
      metrics.droppedFrames.inc({ protocol: 'session', reason: 'not-a-peer' })
      log.warn({ peer }, 'session stream from a peer that is not a configured signer: closed')
      stream.abort(new Error('not a configured signer peer'))
      return
    }
    this.inbound.add(stream)
    const frames = frameStream(stream, this.options.maxFrame)
    try {
      for (let frame = await frames.read(); frame !== null; frame = await frames.read()) {
        this.options.onFrame(peer, frame)
      }
      await closeStream(stream)
    } catch (err) {
      if (err instanceof WireError) {
        metrics.droppedFrames.inc({ protocol: 'session', reason: err.code === 'oversized' ? 'oversized' : 'malformed' })
        log.warn({ peer, reason: err.message }, 'bad session frame: stream closed')
      } else {
        log.debug({ peer, err: safeErrorMessage(err) }, 'session stream ended')
      }
      stream.abort(err instanceof Error ? err : new Error(String(err)))
    } finally {
      this.inbound.delete(stream)
    }
  }
}
