import { payloadEqual } from '@thresh/crypto'
import type { WireMessage } from '@thresh/wire'

export interface EarlyBufferLimits {
  /** Messages kept from one sending peer for one session. */
  readonly messagesPerPeer: number
  /** Bytes kept from one sending peer, over all sessions. */
  readonly bytesPerPeer: number
  readonly ttlMs: number
}

/**
 * What a held message costs beyond its frame bytes: the decoded copy, its objects and the
 * bookkeeping (measured: ~1.1 KB of heap per 44-byte message, each opening a new session);
 * one entry, and one more for the session bucket a message opens. Budgets count these,
 * so that a flood of tiny messages cannot hold far more memory than `bytesPerPeer`.
 */
export const ENTRY_OVERHEAD = 1024
export const BUCKET_OVERHEAD = 1024

/** What `add` did with a message. */
export type EarlyAdd = 'kept' | 'duplicate' | 'overflow'

interface Early {
  readonly peer: string
  readonly message: WireMessage
  readonly bytes: number
}

interface Bucket {
  readonly createdAt: number
  readonly messages: Early[]
  /** Messages held per sending peer. */
  readonly counts: Map<string, number>
}

/**
 * Messages that arrive for a session this node has not started yet (its coordinator
 * request is still on the way). Every bound is per sending peer, so that no peer can
 * use up room another peer's messages need: messages per (session, peer), bytes per
 * peer over all sessions, and age. An exact copy of a message already held is
 * dropped (copies cost the sender nothing and would only fill its own room anyway).
 */
export class EarlyBuffer {
  private readonly buckets = new Map<string, Bucket>()
  private readonly bytesByPeer = new Map<string, number>()

  constructor(
    private readonly limits: EarlyBufferLimits,
    private readonly now: () => number = Date.now,
  ) {}

  add(session: string, peer: string, message: WireMessage, bytes: number): EarlyAdd {
    this.expire()
    let bucket = this.buckets.get(session)
    if (bucket?.messages.some((m) => m.peer === peer && payloadEqual(m.message, message))) return 'duplicate'
    const count = bucket?.counts.get(peer) ?? 0
    const used = this.bytesByPeer.get(peer) ?? 0
    const cost = bytes + ENTRY_OVERHEAD + (bucket ? 0 : BUCKET_OVERHEAD)
    if (count >= this.limits.messagesPerPeer || used + cost > this.limits.bytesPerPeer) return 'overflow'
    if (!bucket) {
      bucket = { createdAt: this.now(), messages: [], counts: new Map() }
      this.buckets.set(session, bucket)
    }
    bucket.messages.push({ peer, message, bytes: cost })
    bucket.counts.set(peer, count + 1)
    this.bytesByPeer.set(peer, used + cost)
    return 'kept'
  }

  /** Removes and returns the messages kept for `session`, in arrival order. */
  take(session: string): { peer: string; message: WireMessage }[] {
    this.expire()
    const bucket = this.buckets.get(session)
    if (!bucket) return []
    this.drop(session, bucket)
    return bucket.messages
  }

  /** Bytes held (frames and their overhead), over all peers and sessions. */
  get bytesHeld(): number {
    let total = 0
    for (const b of this.bytesByPeer.values()) total += b
    return total
  }

  /** Drops sessions older than the TTL (also called on a timer: memory is freed without new traffic). */
  expire(): void {
    const cutoff = this.now() - this.limits.ttlMs
    // Map iteration follows insertion order, which is creation order: stop at the first young bucket.
    for (const [session, bucket] of this.buckets) {
      if (bucket.createdAt > cutoff) break
      this.drop(session, bucket)
    }
  }

  private drop(session: string, bucket: Bucket): void {
    this.buckets.delete(session)
    for (const m of bucket.messages) {
      const left = (this.bytesByPeer.get(m.peer) ?? 0) - m.bytes
      if (left > 0) this.bytesByPeer.set(m.peer, left)
      else this.bytesByPeer.delete(m.peer)
    }
  }
}
