/**
 * Bounds the session requests the SDK has open at each node. A node runs a bounded number
 * of sessions (its `sessions.maxConcurrent`, 64 by default) and libp2p a bounded number of
 * streams per connection (64 outbound); past either, requests failed at once. Requests
 * beyond the limit wait here instead. An attempt takes a slot on every one of its nodes
 * together or waits for all of them: a signer that started its session must not wait on a
 * co-signer whose request is still queued behind other sessions (they would hold each
 * other's slots until their round deadlines).
 */
export class InFlightLimiter {
  private readonly active = new Map<string, number>()
  private readonly waiting: { readonly peers: readonly string[]; readonly grant: () => void }[] = []

  constructor(readonly limit: number) {}

  /** Resolves, once every one of `peers` has a free slot, with the function that frees them again. */
  acquire(peers: readonly string[], signal: AbortSignal): Promise<() => void> {
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason)
      const entry = {
        peers,
        grant: () => {
          signal.removeEventListener('abort', onAbort)
          for (const p of peers) this.active.set(p, (this.active.get(p) ?? 0) + 1)
          let released = false
          resolve(() => {
            if (released) return
            released = true
            for (const p of peers) this.active.set(p, this.active.get(p)! - 1)
            this.grantWaiting()
          })
        },
      }
      const onAbort = () => {
        const i = this.waiting.indexOf(entry)
        if (i >= 0) this.waiting.splice(i, 1)
        reject(signal.reason)
      }
      if (this.fits(peers)) return entry.grant()
      signal.addEventListener('abort', onAbort, { once: true })
      this.waiting.push(entry)
    })
  }

  /** Requests open at `peer`. */
  inFlight(peer: string): number {
    return this.active.get(peer) ?? 0
  }

  get queued(): number {
    return this.waiting.length
  }

  private fits(peers: readonly string[]): boolean {
    return peers.every((p) => (this.active.get(p) ?? 0) < this.limit)
  }

  /** Oldest first, every waiter whose nodes all have room now. */
  private grantWaiting(): void {
    for (let i = 0; i < this.waiting.length; ) {
      const entry = this.waiting[i]!
      if (this.fits(entry.peers)) {
        this.waiting.splice(i, 1)
        entry.grant()
      } else i++
    }
  }
}
