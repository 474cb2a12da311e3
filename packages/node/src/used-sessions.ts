import type { KeyStore } from '@thresh/store'

/** Keystore secret names of used session ids: `session/<issued_at, 10 digits>/<session id hex>`. */
const PREFIX = 'session/'
const MARK = Uint8Array.of(1)

/**
 * The session ids this node has started, kept in the keystore so that no session runs
 * twice, not even across a restart. Running one request twice would let a cheater
 * replay an honest party's signed messages of the first run as "evidence" in the
 * second (framing it as an equivocator), and re-runs of a signing session are what
 * selective-abort attacks on DKLs23's OT material feed on.
 *
 * Every id is written (fsynced) before the session sends its first message. A request
 * older than `retainSec` is refused by its age alone, so an id is forgotten once the
 * request that made it is that old: the set holds only the requests of the acceptance
 * window (at 100 sessions per second and a 6-minute window, ~36,000 small records).
 */
export class UsedSessions {
  /** session id hex -> issued_at (unix seconds) */
  private readonly used = new Map<string, number>()

  private constructor(private readonly store: KeyStore, private readonly retainSec: number) {}

  static async open(store: KeyStore, retainSec: number): Promise<UsedSessions> {
    const sessions = new UsedSessions(store, retainSec)
    for (const name of await store.listSecretNames(PREFIX)) {
      const [issuedAt, hex] = name.slice(PREFIX.length).split('/')
      if (issuedAt === undefined || hex === undefined) continue
      sessions.used.set(hex, Number(issuedAt))
    }
    return sessions
  }

  get size(): number {
    return this.used.size
  }

  /**
   * Records `hex` as used, durably. False when it was used before; nothing is written then.
   * A failed write leaves the id claimed in memory: the session must not run either way.
   */
  async claim(hex: string, issuedAt: number): Promise<boolean> {
    if (this.used.has(hex)) return false
    this.used.set(hex, issuedAt)
    await this.store.putSecret(nameOf(hex, issuedAt), MARK)
    return true
  }

  /** Forgets the ids of requests that every node refuses by now as too old. Returns how many. */
  async prune(nowSec: number): Promise<number> {
    const cutoff = nowSec - this.retainSec
    const expired = [...this.used].filter(([, issuedAt]) => issuedAt < cutoff)
    if (expired.length === 0) return 0
    await this.store.batch(expired.map(([hex, issuedAt]) => ({ type: 'deleteSecret' as const, name: nameOf(hex, issuedAt) })))
    for (const [hex] of expired) this.used.delete(hex)
    return expired.length
  }
}

function nameOf(hex: string, issuedAt: number): string {
  return `${PREFIX}${String(issuedAt).padStart(10, '0')}/${hex}`
}
