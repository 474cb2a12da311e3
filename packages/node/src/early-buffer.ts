import type { WireMessage } from '@thresh/wire'

export interface EarlyBufferLimits {
  readonly messagesPerSession: number
  readonly bytesPerPeer: number
  readonly ttlMs: number
}

interface Early {
  readonly peer: string
  readonly message: WireMessage
  readonly bytes: number
}

interface Bucket {
  readonly createdAt: number
  readonly messages: Early[]
}

/**
 * Messages that arrive for a session this node has not started yet (its coordinator
 * request is still on the way). Bounded three ways: messages per session, bytes per
 * sending peer (so one peer cannot crowd out the others) and age.
 */
export class EarlyBuffer {
  private readonly buckets = new Map<string, Bucket>()
  private readonly bytesByPeer = new Map<string, number>()

  constructor(
    private readonly limits: EarlyBufferLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Keeps the message; false if a limit refuses it. */
  add(session: string, peer: string, message: WireMessage, bytes: number): boolean {
    this.expire()
    const used = this.bytesByPeer.get(peer) ?? 0
    if (used + bytes > this.limits.bytesPerPeer) return false
    let bucket = this.buckets.get(session)
    if (!bucket) {
      bucket = { createdAt: this.now(), messages: [] }
      this.buckets.set(session, bucket)
    }
    if (bucket.messages.length >= this.limits.messagesPerSession) return false
    bucket.messages.push({ peer, message, bytes })
    this.bytesByPeer.set(peer, used + bytes)
    return true
  }

  /** Removes and returns the messages kept for `session`, in arrival order. */
  take(session: string): { peer: string; message: WireMessage }[] {
    this.expire()
    const bucket = this.buckets.get(session)
    if (!bucket) return []
    this.drop(session, bucket)
    return bucket.messages
  }

  /** Bytes held for each peer (for tests and metrics). */
  get bytesHeld(): number {
    let total = 0
    for (const b of this.bytesByPeer.values()) total += b
    return total
  }

  get sessions(): number {
    return this.buckets.size
  }

  private expire(): void {
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
