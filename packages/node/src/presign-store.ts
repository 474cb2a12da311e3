// The node's presignatures (crypto dkls/presign-session.ts, cggmp/presign-session.ts) and FROST nonce pairs
// (crypto frost/preprocess.ts), held by (key id, epoch, presign id): memory only, so a restart
// drops them all; bounded per key; dropped when they expire and when the key's epoch
// changes (the commit of a refresh, reshare or repair calls dropKey). take() removes a
// presignature before anything uses it, in one synchronous step, so two requests for one
// presignature (concurrent, or a replayed online request) get it at most once: the other
// sees `used` for as long as the presignature could have lived.
import type { CggmpPresignature, DklsPresignature, FrostPresignature } from '@thresh/crypto'

/** What the store holds: a DKLs23 or CGGMP presignature, or a FROST nonce pair (all single-use). */
export type HeldPresignature = DklsPresignature | CggmpPresignature | FrostPresignature

export interface PresignStoreOptions {
  /** Presignatures held per key at the most. */
  readonly perKey: number
  /** Lifetime of an unused presignature. */
  readonly ttlMs: number
  readonly now?: () => number
}

/** What a presignature is for, beyond what it says itself: the path as the request named it (ECDSA). */
export interface StoredPresignature<P extends HeldPresignature = HeldPresignature> {
  readonly presignature: P
  /** Canonical path string (`m` for the key itself); FROST nonces are bound to no path ('*'). */
  readonly path: string
  readonly expiresAt: number
}

export type TakeResult<P extends HeldPresignature = HeldPresignature> = StoredPresignature<P> | 'unknown' | 'used'

export class PresignStore {
  private readonly entries = new Map<string, StoredPresignature>()
  /** Ids taken, dropped or expired -> until when a request for them is answered `used`. */
  private readonly gone = new Map<string, number>()
  private readonly now: () => number

  constructor(private readonly options: PresignStoreOptions) {
    this.now = options.now ?? Date.now
  }

  /** Room for `count` more presignatures of `keyId`? (expired ones are dropped first) */
  hasRoom(keyId: string, count: number): boolean {
    this.expire()
    return this.count(keyId) + count <= this.options.perKey
  }

  count(keyId: string): number {
    let n = 0
    for (const e of this.entries.values()) if (e.presignature.keyId === keyId) n++
    return n
  }

  get size(): number {
    return this.entries.size
  }

  /** Keeps a fresh presignature; false if the id is held or was used (the caller made a duplicate). */
  add(presignature: HeldPresignature, path: string): boolean {
    const id = slot(presignature.keyId, presignature.epoch, presignature.presignId)
    if (this.entries.has(id) || this.gone.has(id)) return false
    this.entries.set(id, { presignature, path, expiresAt: this.now() + this.options.ttlMs })
    return true
  }

  /** The presignature without taking it (for the checks before a policy decision), or why there is none. */
  peek(keyId: string, epoch: number, presignId: Uint8Array): TakeResult {
    this.expire()
    const id = slot(keyId, epoch, presignId)
    return this.entries.get(id) ?? (this.gone.has(id) ? 'used' : 'unknown')
  }

  /** Removes and returns the presignature: the one step that makes it single-use. */
  take(keyId: string, epoch: number, presignId: Uint8Array): TakeResult {
    const found = this.peek(keyId, epoch, presignId)
    if (typeof found === 'string') return found
    const id = slot(keyId, epoch, presignId)
    this.entries.delete(id)
    this.gone.set(id, found.expiresAt)
    return found
  }

  /** Drops every presignature of `keyId` (its epoch changed, or this node left it); how many. */
  dropKey(keyId: string): number {
    let dropped = 0
    for (const [id, e] of this.entries) {
      if (e.presignature.keyId !== keyId) continue
      this.entries.delete(id)
      this.gone.set(id, e.expiresAt)
      dropped++
    }
    return dropped
  }

  private expire(): void {
    const now = this.now()
    for (const [id, e] of this.entries) {
      if (e.expiresAt > now) continue
      this.entries.delete(id)
      this.gone.set(id, e.expiresAt)
    }
    // an id is remembered as gone until its presignature would have expired: after that,
    // `unknown` is the same answer (nothing of it is left either way)
    for (const [id, until] of this.gone) if (until <= now) this.gone.delete(id)
  }
}

/** The store's key: (key id, epoch, presign id); key ids never contain '/'. */
function slot(keyId: string, epoch: number, presignId: Uint8Array): string {
  return `${keyId}/${epoch}/${Buffer.from(presignId).toString('hex')}`
}
