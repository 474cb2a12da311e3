import type { CoordRequest, CoordResponse, KemAnnouncement } from '@thresh/wire'

/**
 * How the coordinator reaches nodes: one request, one response, per call. The
 * libp2p implementation is in client-host.ts; the coordinator logic only sees this.
 */
export interface NodeTransport {
  /**
   * Sends `request` to the node and resolves with its response (an error response
   * included). Rejects with TransportError when the node cannot be reached or the
   * stream fails, and with the signal's reason when `signal` aborts.
   */
  request(peerId: string, request: CoordRequest, options: { signal: AbortSignal }): Promise<CoordResponse>
  /**
   * The node's KEM announcement (/thresh/kem/1.0.0), decoded, not yet verified: what an
   * imported share is sealed to. Rejects with TransportError.
   */
  kemAnnouncement(peerId: string, options: { signal: AbortSignal }): Promise<KemAnnouncement>
  /** Opens (or reuses) a connection to the node. Rejects with TransportError. */
  connect(peerId: string, options: { signal: AbortSignal }): Promise<void>
  /** Whether a connection to the node is open right now. */
  isConnected(peerId: string): boolean
  close(): Promise<void>
}

/** The node could not be reached, or the stream to it failed before a response arrived. */
export class TransportError extends Error {
  constructor(readonly peerId: string, message: string) {
    super(message)
    this.name = 'TransportError'
  }
}
