// verifyLog: walks a log in stored order and names the FIRST broken entry. What each
// problem means:
//   modified   an entry's hash does not match its contents, or the next entry's
//              prevHash does not match it, or a checkpoint's head differs from it
//   deleted    a seq is missing (the entries around it are intact)
//   reordered  the entry with the expected seq is found later in the log
//   truncated  the log ends before the last signed checkpoint
//   checkpoint a checkpoint's signature does not verify under the node's identity key
//   malformed  a record that is not an entry (or does not open in the keystore)
import { checkpointValid, type AuditCheckpoint } from './checkpoint.js'
import { entryHash, GENESIS_HASH, type AuditEntry } from './entry.js'

export type AuditProblem = 'modified' | 'deleted' | 'reordered' | 'truncated' | 'checkpoint' | 'malformed'

/** A stored record that could not be read as an entry (a keystore record that fails authentication). */
export interface UnreadableEntry {
  readonly seq: number
  readonly unreadable: string
}

export type LogItem = AuditEntry | UnreadableEntry

export type VerifyResult =
  | { readonly ok: true; readonly entries: number; readonly head: { readonly seq: number; readonly hash: string } | null; readonly checkpoints: number }
  | { readonly ok: false; readonly seq: number; readonly problem: AuditProblem; readonly message: string }

export interface VerifyOptions {
  /** A range that does not start at seq 1: the entry before it (its seq and hash). */
  readonly after?: { readonly seq: number; readonly hash: string }
}

const isUnreadable = (item: LogItem): item is UnreadableEntry => 'unreadable' in item

export function verifyLog(items: readonly LogItem[], checkpoints: readonly AuditCheckpoint[], publicKey: Uint8Array, options: VerifyOptions = {}): VerifyResult {
  const fail = (seq: number, problem: AuditProblem, message: string): VerifyResult => ({ ok: false, seq, problem, message })
  const bySeq = new Map<number, AuditCheckpoint[]>()
  for (const c of [...checkpoints].sort((a, b) => a.seq - b.seq)) bySeq.set(c.seq, [...(bySeq.get(c.seq) ?? []), c])
  let prev = options.after ?? { seq: 0, hash: GENESIS_HASH }
  const first = prev.seq
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    const expected = prev.seq + 1
    if (item.seq !== expected) {
      if (item.seq < expected) return fail(item.seq, 'reordered', `entry ${item.seq} appears again after entry ${prev.seq}`)
      if (items.slice(i + 1).some((later) => later.seq === expected)) return fail(expected, 'reordered', `entry ${expected} is out of place: entry ${item.seq} stands where it belongs`)
      return fail(expected, 'deleted', item.seq === expected + 1 ? `entry ${expected} is missing` : `entries ${expected}..${item.seq - 1} are missing`)
    }
    if (isUnreadable(item)) return fail(item.seq, 'modified', `entry ${item.seq} does not open: ${item.unreadable}`)
    if (entryHash(item) !== item.hash) return fail(item.seq, 'modified', `entry ${item.seq} was modified: its contents do not match its hash`)
    if (item.prevHash !== prev.hash) {
      // the entry itself is intact: the one before it was rewritten (hash recomputed) or replaced
      return prev.seq === first && options.after === undefined
        ? fail(item.seq, 'modified', `entry ${item.seq} does not start the log (prevHash is not the genesis hash)`)
        : fail(prev.seq, 'modified', `entry ${prev.seq} was rewritten: entry ${item.seq} recorded another hash for it`)
    }
    for (const c of bySeq.get(item.seq) ?? []) {
      if (!checkpointValid(c, publicKey)) return fail(c.seq, 'checkpoint', `the checkpoint at entry ${c.seq} is not signed by this node's identity key`)
      if (c.head !== item.hash) return fail(c.seq, 'modified', `the log up to entry ${c.seq} was rewritten: its signed checkpoint holds another head hash`)
    }
    prev = { seq: item.seq, hash: item.hash }
  }
  // checkpoints past the end: a signed one means entries were cut off; an unsigned one is a forgery
  const beyond = [...bySeq.keys()].filter((seq) => seq > prev.seq).sort((a, b) => a - b)
  for (const seq of beyond) {
    for (const c of bySeq.get(seq)!) {
      if (!checkpointValid(c, publicKey)) return fail(seq, 'checkpoint', `the checkpoint at entry ${seq} is not signed by this node's identity key`)
    }
    return fail(prev.seq + 1, 'truncated', `the log ends at entry ${prev.seq} but a signed checkpoint covers entry ${seq}`)
  }
  const covered = [...bySeq.keys()].filter((seq) => seq > first).length
  return { ok: true, entries: items.length, head: prev.seq === first && items.length === 0 ? (options.after ?? null) : prev, checkpoints: covered }
}
