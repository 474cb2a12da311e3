// This node's audit log (docs/policy.md, "Audit log"): every coordinator request and its
// outcome, hash-chained (@thresh/audit) in the keystore under log:audit:<seq>, with a
// checkpoint signed by the node identity every `checkpointEvery` entries and at close.
// Appends are group-committed: requests that finish together share one durable batch,
// and each append resolves only once its entry is on disk — a sign response waits for it.
import {
  checkpointLine, entryLine, nextEntry, parseCheckpoint, parseLogItem, signCheckpoint, verifyLog,
  type AuditCheckpoint, type AuditEntry, type AuditRecord, type LogItem, type VerifyResult,
} from '@thresh/audit'
import type { KeyStore, LogRecord, LogRecordInput } from '@thresh/store'
import type { IdentityKey } from '@thresh/crypto'

export const AUDIT_LOG = 'audit'
export const CHECKPOINT_LOG = 'audit-checkpoint'
export const DEFAULT_CHECKPOINT_EVERY = 100
/** Entries per batch write (and per page the RPC returns). */
export const MAX_AUDIT_PAGE = 256

interface Pending {
  readonly record: AuditRecord
  readonly resolve: (entry: AuditEntry) => void
  readonly reject: (err: unknown) => void
}

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'))
const text = (b: Uint8Array): string => Buffer.from(b).toString('utf8')

/** A stored record as one line: the entry as written, or {seq, unreadable} when it does not open. */
export function lineOf(r: LogRecord): string {
  return 'error' in r ? JSON.stringify({ seq: r.seq, unreadable: r.error }) : text(r.value)
}

/** A stored record as verifyLog reads it: an entry, or why it is not one. */
export function logItemOf(r: LogRecord): LogItem {
  return parseLogItem(r.seq, lineOf(r))
}

export function checkpointsOf(records: readonly LogRecord[]): AuditCheckpoint[] {
  const out: AuditCheckpoint[] = []
  for (const r of records) {
    if ('error' in r) continue // an unreadable checkpoint protects nothing; the entries still verify
    try { out.push(parseCheckpoint(text(r.value))) } catch { /* same */ }
  }
  return out
}

/** Reads and verifies the whole log of `store` against the node's identity public key. */
export async function verifyStoredLog(store: KeyStore, publicKey: Uint8Array): Promise<VerifyResult> {
  const items = (await store.readLog(AUDIT_LOG)).map(logItemOf)
  return verifyLog(items, checkpointsOf(await store.readLog(CHECKPOINT_LOG)), publicKey)
}

/** Every entry line from seq `from` on, as stored (audit export). */
export async function auditExportLines(store: KeyStore, from: number): Promise<string[]> {
  return (await store.readLog(AUDIT_LOG, { from })).map(lineOf)
}

export class AuditLog {
  private queue: Pending[] = []
  private draining: Promise<void> | null = null
  private closed = false

  private constructor(
    private readonly store: KeyStore,
    private readonly key: IdentityKey,
    private readonly checkpointEvery: number,
    private head: { seq: number; hash: string } | null,
    private checkpointed: number,
  ) {}

  static async open(store: KeyStore, key: IdentityKey, options: { readonly checkpointEvery?: number } = {}): Promise<AuditLog> {
    const last = await store.lastLog(AUDIT_LOG)
    const cp = await store.lastLog(CHECKPOINT_LOG)
    let head: { seq: number; hash: string } | null = null
    if (last !== null) {
      const item = logItemOf(last)
      // an unreadable last entry: keep counting (verify names it); the chain cannot link to it
      head = { seq: last.seq, hash: 'unreadable' in item ? '0'.repeat(64) : item.hash }
    }
    return new AuditLog(store, key, options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY, head, cp?.seq ?? 0)
  }

  /** The last entry's seq and hash (null: empty). */
  get last(): { readonly seq: number; readonly hash: string } | null {
    return this.head
  }

  /** Appends an entry for `record`; resolves once it is durable. */
  append(record: AuditRecord): Promise<AuditEntry> {
    if (this.closed) return Promise.reject(new Error('the audit log is closed'))
    return new Promise((resolve, reject) => {
      this.queue.push({ record, resolve, reject })
      this.draining ??= this.drain()
    })
  }

  /**
   * Entry lines from seq `from` (at most `limit`) and the checkpoint lines within them
   * plus the latest one (it shows whether the log was cut below it).
   */
  async read(from: number, limit: number): Promise<{ entries: string[]; checkpoints: string[]; lastSeq: number }> {
    const records = await this.store.readLog(AUDIT_LOG, { from, limit })
    const checkpoints = (await this.store.readLog(CHECKPOINT_LOG, { from })).filter((r) => !('error' in r))
    const end = records.at(-1)?.seq ?? from
    const kept = checkpoints.filter((c, i) => c.seq <= end || i === checkpoints.length - 1)
    return { entries: records.map(lineOf), checkpoints: kept.map(lineOf), lastSeq: this.head?.seq ?? 0 }
  }

  verify(): Promise<VerifyResult> {
    return verifyStoredLog(this.store, this.key.publicKey)
  }

  /** Waits for pending appends, signs a checkpoint at the head, and refuses appends from now on. */
  async close(): Promise<void> {
    this.closed = true
    while (this.draining) await this.draining
    if (this.head !== null && this.head.seq > this.checkpointed) {
      const cp = signCheckpoint(this.key, this.head, Date.now())
      await this.store.appendLog([{ log: CHECKPOINT_LOG, seq: cp.seq, value: utf8(checkpointLine(cp)) }])
      this.checkpointed = cp.seq
    }
  }

  /** Writes the queue batch by batch; clears `draining` in the same step that finds the queue empty. */
  private async drain(): Promise<void> {
    // no await between the last queue check and the reset: an append in between would wait forever
    try {
      while (this.queue.length > 0) await this.writeBatch(this.queue.splice(0, MAX_AUDIT_PAGE))
    } finally {
      this.draining = null
    }
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    let head = this.head
    const entries = batch.map((p) => (head = nextEntry(head, p.record, Date.now())))
    const records: LogRecordInput[] = entries.map((e) => ({ log: AUDIT_LOG, seq: e.seq, value: utf8(entryLine(e)) }))
    const due = head!.seq - this.checkpointed >= this.checkpointEvery
    if (due) {
      const cp = signCheckpoint(this.key, head!, Date.now())
      records.push({ log: CHECKPOINT_LOG, seq: cp.seq, value: utf8(checkpointLine(cp)) })
    }
    try {
      await this.store.appendLog(records)
    } catch (err) {
      for (const p of batch) p.reject(err)
      return
    }
    this.head = head
    if (due) this.checkpointed = head!.seq
    batch.forEach((p, i) => p.resolve(entries[i]!))
  }
}
