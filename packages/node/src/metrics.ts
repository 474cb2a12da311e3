import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'

/** Why a frame or message was dropped (the `reason` label of thresh_dropped_frames_total). */
export type DropReason =
  | 'oversized' // frame above the size limit: the stream is closed
  | 'malformed' // not a valid frame or envelope
  | 'not-a-peer' // session stream from a peer that is not a configured signer
  | 'old-version' // session stream of an older protocol version (/thresh/session/1.0.0)
  | 'non-party' // message from a peer that is not a party of its session
  | 'spoofed-sender' // envelope sender index does not belong to the authenticated peer
  | 'late' // message for a session that already finished
  | 'early-overflow' // no room left to buffer a message for a session not started yet
  | 'early-duplicate' // an exact copy of a message already buffered for a session not started yet
  | 'send-failed' // could not be delivered to a peer

/** The node's Prometheus metrics, on a registry of its own (several nodes can share a process in tests). */
export class NodeMetrics {
  readonly registry = new Registry()
  readonly sessionsStarted: Counter<'kind'>
  readonly sessionsCompleted: Counter<'kind'>
  readonly sessionsAborted: Counter<'kind' | 'reason'>
  readonly complaintsSent: Counter<'kind'>
  readonly roundSeconds: Histogram<'kind'>
  readonly connectedPeers: Gauge
  readonly droppedFrames: Counter<'protocol' | 'reason'>
  readonly rpcRequests: Counter<'op' | 'outcome'>
  readonly refusedConnections: Counter<'reason'>
  readonly activeSessions: Gauge
  readonly earlyBufferBytes: Gauge
  readonly pendingKeys: Gauge
  readonly droppedLogLines: Gauge

  /** `pendingKeys`: counts the pending shares when /metrics is scraped. */
  constructor(sources: { readonly pendingKeys?: () => number; readonly droppedLogLines?: () => number } = {}) {
    const registers = [this.registry]
    this.sessionsStarted = new Counter({ name: 'thresh_sessions_started_total', help: 'Protocol sessions started, by kind', labelNames: ['kind'], registers })
    this.sessionsCompleted = new Counter({ name: 'thresh_sessions_completed_total', help: 'Protocol sessions completed, by kind', labelNames: ['kind'], registers })
    this.sessionsAborted = new Counter({
      name: 'thresh_sessions_aborted_total',
      help: 'Protocol sessions aborted, by kind and reason (aborted: a party misbehaved; timeout: a party stayed silent)',
      labelNames: ['kind', 'reason'],
      registers,
    })
    this.complaintsSent = new Counter({
      name: 'thresh_complaints_sent_total',
      help: 'Complaints this node published: sessions it aborted on a fault only it could see, naming the sender',
      labelNames: ['kind'],
      registers,
    })
    this.roundSeconds = new Histogram({
      name: 'thresh_round_duration_seconds',
      help: 'Time from the start of a protocol round to its completion',
      labelNames: ['kind'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    })
    this.connectedPeers = new Gauge({ name: 'thresh_connected_peers', help: 'Configured signer peers currently connected', registers })
    this.droppedFrames = new Counter({ name: 'thresh_dropped_frames_total', help: 'Frames or messages dropped, by protocol and reason', labelNames: ['protocol', 'reason'], registers })
    this.rpcRequests = new Counter({ name: 'thresh_rpc_requests_total', help: 'Coordinator requests, by operation and outcome', labelNames: ['op', 'outcome'], registers })
    this.refusedConnections = new Counter({
      name: 'thresh_refused_connections_total',
      help: 'Inbound connections refused by the node: address (outside inbound.allowFrom), peer (peer id neither a peer nor a coordinator)',
      labelNames: ['reason'],
      registers,
    })
    this.activeSessions = new Gauge({ name: 'thresh_active_sessions', help: 'Protocol sessions running now', registers })
    this.earlyBufferBytes = new Gauge({ name: 'thresh_early_buffer_bytes', help: 'Bytes of messages held for sessions not started yet', registers })
    /** A gauge read from `source` when /metrics is scraped. */
    const sampled = (name: string, help: string, source: (() => number) | undefined): Gauge =>
      new Gauge({ name, help, registers, ...(source ? { collect(this: Gauge) { this.set(source()) } } : {}) })
    this.droppedLogLines = sampled('thresh_log_lines_dropped', 'Log lines that could not be written to stdout since start (a full disk, a closed pipe): the node keeps running', sources.droppedLogLines)
    this.pendingKeys = sampled('thresh_pending_keys', 'Key shares from keygens neither committed nor aborted yet (dropped after pendingTtlSec)', sources.pendingKeys)
    collectDefaultMetrics({ register: this.registry, prefix: 'thresh_' })
  }
}
