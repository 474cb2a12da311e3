import { randomBytes } from 'node:crypto'
import type { KeyStore } from '@thresh/store'
import type { Logger } from './log.js'

/**
 * Whether `err` says the disk refuses writes: full, over quota, read-only or failing, as
 * node:fs (the code) and LevelDB (LEVEL_IO_ERROR, "IO error: ...") report it.
 */
export function isDiskError(err: unknown): boolean {
  for (let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && ['ENOSPC', 'EDQUOT', 'EROFS', 'EIO', 'LEVEL_IO_ERROR'].includes(e.code)) return true
    if (typeof e.message === 'string' && /^IO error: /.test(e.message)) return true
  }
  return false
}

/** How often a degraded node tries a small write to learn that the disk takes writes again. */
export const DISK_PROBE_MS = 2_000
const PROBE_SECRET = 'disk-probe'

/**
 * The node's view of its disk. A write that fails with a disk error marks it degraded:
 * /healthz says so, requests that need a write are refused as `unavailable`, and a
 * small probe write every DISK_PROBE_MS clears the state once the disk takes writes
 * again — the node recovers by itself, without a restart.
 */
export class DiskHealth {
  private failure: { readonly since: number; readonly reason: string } | undefined
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly store: KeyStore, private readonly log: Logger) {}

  get degraded(): { readonly since: string; readonly reason: string } | undefined {
    return this.failure && { since: new Date(this.failure.since).toISOString(), reason: this.failure.reason }
  }

  /** Records a failed write (a disk error) and starts probing. */
  failed(err: unknown): void {
    const reason = err instanceof Error ? err.message.slice(0, 300) : String(err)
    if (!this.failure) this.log.error({ reason }, 'disk refuses writes: refusing requests that need one until it recovers')
    this.failure = { since: this.failure?.since ?? Date.now(), reason }
    this.timer ??= setInterval(() => void this.probe(), DISK_PROBE_MS)
  }

  stop(): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  private async probe(): Promise<void> {
    try {
      await this.store.putSecret(PROBE_SECRET, randomBytes(16))
      await this.store.deleteSecret(PROBE_SECRET)
    } catch (err) {
      if (isDiskError(err)) return
      this.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'disk probe failed')
      return
    }
    this.log.info({ since: this.degraded?.since }, 'disk takes writes again')
    this.failure = undefined
    this.stop()
  }
}
