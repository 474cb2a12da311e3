// One audit-log entry and its place in the hash chain (docs/policy.md, "Audit log").
// An entry is JSON; its hash is SHA-256 over a domain tag, the previous entry's hash
// and the entry's RFC 8785 (JCS) canonical form without its own `hash` field, so any
// edit of any field — or of the order — changes every later hash.
import { createHash } from 'node:crypto'
import canonicalize from 'canonicalize'

export const AUDIT_VERSION = 1
/** prevHash of the first entry (seq 1). */
export const GENESIS_HASH = '0'.repeat(64)
const ENTRY_TAG = Buffer.from('thresh/audit-entry/v1\0')

/**
 * How a request ended: `signed` (a signature was returned), `ok` (any other request
 * served), `denied` (this node's policy refused it), `refused` (any other refusal:
 * unauthorized, busy, bad request...), `aborted` (a protocol abort or timeout, culprits
 * named), `failed` (an internal or disk failure).
 */
export type AuditOutcome = 'signed' | 'ok' | 'denied' | 'refused' | 'aborted' | 'failed'
export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['signed', 'ok', 'denied', 'refused', 'aborted', 'failed']

/** What was asked to be signed: public facts only, never key material. */
export interface AuditPayload {
  /** Payload kind: digest, bytes, evm-tx, eip712, psbt, solana-tx... */
  readonly kind: string
  /** SHA-256 over the digests the node signs (in order), hex: what compare matches across nodes. */
  readonly digestHash: string
  readonly digests: number
  /** BIP32 path the node derived (m/0/1); absent at the key itself. */
  readonly path?: string
  /** The decoded summary's scalar fields (chain, to, value...), as the node log shows them. */
  readonly summary?: Readonly<Record<string, string | number | boolean | null>>
}

/** The node's policy decision on the request (PolicyVerdict). */
export interface AuditPolicy {
  readonly enforced: boolean
  readonly version: number | null
  readonly decision: 'allow' | 'deny'
  /** The deciding rule; null for the default deny or no policy. */
  readonly ruleId: string | null
  readonly reason: string
  /** Approvers whose signatures counted toward the rule's quorum. */
  readonly approvers: readonly string[]
}

/** What the node records about one request; the chain adds seq, time and hashes. */
export interface AuditRecord {
  /** Peer id of the caller. */
  readonly caller: string
  /** The request kind: keygen, sign, reshare, policySet, auditLog... */
  readonly operation: string
  /** The request's id (the policy request id, else nonce@issuedAt): the same at every node. */
  readonly requestId?: string
  /** Sign requests: this attempt (nonce@issuedAt); one request id may be tried more than once (say, with more approvals). */
  readonly attempt?: string
  readonly keyId?: string
  readonly epoch?: number
  readonly payload?: AuditPayload
  readonly policy?: AuditPolicy
  readonly outcome: AuditOutcome
  /** The error code the caller got (refusals, aborts, failures). */
  readonly error?: string
  /** SHA-256 of the returned signature bytes (all of them, in order), hex. */
  readonly signatureHash?: string
  /** Peer ids named at fault (aborts, timeouts, unknown peers). */
  readonly culprits?: readonly string[]
}

export interface AuditEntry extends AuditRecord {
  readonly v: number
  /** 1, 2, 3... without gaps. */
  readonly seq: number
  /** Unix milliseconds when the entry was made. */
  readonly time: number
  readonly prevHash: string
  /** entryHash(this), hex. */
  readonly hash: string
}

/** SHA-256(tag ‖ prevHash ‖ JCS(entry without hash)), hex. */
export function entryHash(entry: Omit<AuditEntry, 'hash'> & { readonly hash?: string }): string {
  const { hash: _ignored, ...body } = entry
  const text = canonicalize(body)
  if (text === undefined) throw new TypeError('audit entry is not JSON')
  return createHash('sha256').update(ENTRY_TAG).update(Buffer.from(entry.prevHash, 'hex')).update(text).digest('hex')
}

/** SHA-256 over byte strings in order, hex (digest hash, signature hash). */
export function hashOf(parts: readonly Uint8Array[]): string {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return h.digest('hex')
}

/** The next entry after `head` (null: the log is empty). */
export function nextEntry(head: Pick<AuditEntry, 'seq' | 'hash'> | null, record: AuditRecord, time: number): AuditEntry {
  const body = { ...dropUndefined(record), v: AUDIT_VERSION, seq: (head?.seq ?? 0) + 1, time, prevHash: head?.hash ?? GENESIS_HASH }
  return { ...body, hash: entryHash(body) }
}

/** JCS has no `undefined`: an absent optional field and an undefined one hash the same. */
function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

/** The entry as one JSON line (export, RPC): its canonical form with the hash. */
export function entryLine(entry: AuditEntry): string {
  return canonicalize(entry)!
}

/**
 * A stored or received line as verifyLog reads it: the entry, or why it is not one. `seq`
 * is where it was stored: an entry moved to another seq is not that entry.
 */
export function parseLogItem(seq: number, line: string): AuditEntry | { readonly seq: number; readonly unreadable: string } {
  try {
    const parsed = JSON.parse(line) as { unreadable?: unknown }
    if (typeof parsed?.unreadable === 'string') return { seq, unreadable: parsed.unreadable }
    const e = parseEntry(line)
    return e.seq === seq ? e : { seq, unreadable: `record ${seq} holds entry ${e.seq}` }
  } catch (err) {
    return { seq, unreadable: (err as Error).message }
  }
}

/** Parses an entry line; shape errors name the field (verify reports them as malformed). */
export function parseEntry(line: string): AuditEntry {
  const e = JSON.parse(line) as Partial<AuditEntry>
  if (typeof e !== 'object' || e === null) throw new TypeError('audit entry: not an object')
  if (!Number.isSafeInteger(e.seq) || e.seq! < 1) throw new TypeError('audit entry: seq must be a positive integer')
  if (!Number.isSafeInteger(e.time)) throw new TypeError(`audit entry ${e.seq}: time must be an integer`)
  if (typeof e.prevHash !== 'string' || !/^[0-9a-f]{64}$/.test(e.prevHash)) throw new TypeError(`audit entry ${e.seq}: prevHash must be 32 bytes of hex`)
  if (typeof e.hash !== 'string' || !/^[0-9a-f]{64}$/.test(e.hash)) throw new TypeError(`audit entry ${e.seq}: hash must be 32 bytes of hex`)
  if (typeof e.caller !== 'string' || typeof e.operation !== 'string') throw new TypeError(`audit entry ${e.seq}: caller and operation must be strings`)
  if (!AUDIT_OUTCOMES.includes(e.outcome as AuditOutcome)) throw new TypeError(`audit entry ${e.seq}: unknown outcome ${JSON.stringify(e.outcome)}`)
  return e as AuditEntry
}
