// Checkpoints: the node's identity key (Ed25519) signs (seq, head hash) every N entries
// and at shutdown. A checkpoint pins the log up to `seq`: an edit before it breaks the
// head, a truncation below it leaves a checkpoint past the log's end.
import { verifyIdentitySignature, type IdentityKey } from '@thresh/crypto'
import canonicalize from 'canonicalize'

const CHECKPOINT_TAG = Buffer.from('thresh/audit-checkpoint/v1\0')

export interface AuditCheckpoint {
  /** The last entry it covers. */
  readonly seq: number
  /** That entry's hash, hex. */
  readonly head: string
  /** Unix milliseconds when it was signed. */
  readonly time: number
  /** Ed25519 by the node identity over checkpointMessage, hex. */
  readonly signature: string
}

/** tag ‖ u64 seq ‖ head (32) ‖ u64 time. */
export function checkpointMessage(c: Pick<AuditCheckpoint, 'seq' | 'head' | 'time'>): Uint8Array {
  const out = Buffer.alloc(CHECKPOINT_TAG.length + 8 + 32 + 8)
  CHECKPOINT_TAG.copy(out)
  out.writeBigUInt64BE(BigInt(c.seq), CHECKPOINT_TAG.length)
  Buffer.from(c.head, 'hex').copy(out, CHECKPOINT_TAG.length + 8)
  out.writeBigUInt64BE(BigInt(c.time), CHECKPOINT_TAG.length + 40)
  return out
}

export function signCheckpoint(key: IdentityKey, head: { readonly seq: number; readonly hash: string }, time: number): AuditCheckpoint {
  const body = { seq: head.seq, head: head.hash, time }
  return { ...body, signature: Buffer.from(key.sign(checkpointMessage(body))).toString('hex') }
}

export function checkpointValid(c: AuditCheckpoint, publicKey: Uint8Array): boolean {
  if (!/^[0-9a-f]{64}$/.test(c.head) || !/^[0-9a-f]{128}$/.test(c.signature) || !Number.isSafeInteger(c.seq) || !Number.isSafeInteger(c.time) || c.seq < 1 || c.time < 0) return false
  return verifyIdentitySignature(publicKey, checkpointMessage(c), Buffer.from(c.signature, 'hex'))
}

export function checkpointLine(c: AuditCheckpoint): string {
  return canonicalize(c)!
}

export function parseCheckpoint(line: string): AuditCheckpoint {
  const c = JSON.parse(line) as Partial<AuditCheckpoint>
  if (typeof c !== 'object' || c === null || !Number.isSafeInteger(c.seq) || typeof c.head !== 'string' || !Number.isSafeInteger(c.time) || typeof c.signature !== 'string') {
    throw new TypeError('audit checkpoint: expected {seq, head, time, signature}')
  }
  return c as AuditCheckpoint
}
