// The audit part of the coordinator RPC (docs/policy.md, "Audit log"): a configured
// coordinator reads a range of a node's audit log. Entries and checkpoints travel as the
// JSON lines the node hashed and signed; the caller parses and verifies them itself
// (@thresh/audit), so the wire only bounds counts and sizes.
import type { thresh } from '../gen/thresh.js'
import { WireError } from './errors.js'
import { list, present, uint } from './fields.js'

/** Entries per response at the most (the node caps a larger limit to this). */
export const MAX_AUDIT_PAGE = 256
const MAX_AUDIT_LINE = 16 * 1024
/** Checkpoints in one response: those of a full page, and the latest. */
const MAX_AUDIT_CHECKPOINTS = MAX_AUDIT_PAGE + 1

export interface AuditLogRequest {
  readonly kind: 'auditLog'
  /** First seq (1: from the start). */
  readonly fromSeq: number
  readonly limit: number
}

export interface AuditLogResult {
  readonly kind: 'auditLog'
  readonly entries: readonly string[]
  readonly checkpoints: readonly string[]
  readonly lastSeq: number
}

export function auditLogRequestFromWire(value: thresh.v1.AuditLogRequest.$Properties | null | undefined): AuditLogRequest {
  const r = present(value, 'audit_log')
  return { kind: 'auditLog', fromSeq: uint(r.fromSeq, 'audit_log.from_seq', 1, 0xffffffff), limit: uint(r.limit, 'audit_log.limit', 1, 0xffffffff) }
}

export function auditLogResultFromWire(value: thresh.v1.AuditLogResult.$Properties | null | undefined): AuditLogResult {
  const r = present(value, 'audit_log')
  const lines = (v: string[] | null | undefined, field: string, max: number): string[] =>
    list(v, field, 0, max).map((line, i) => {
      if (line.length > MAX_AUDIT_LINE) throw new WireError('invalid-field', `${field}[${i}] is longer than ${MAX_AUDIT_LINE} characters`, `${field}[${i}]`)
      return line
    })
  return {
    kind: 'auditLog',
    entries: lines(r.entries, 'audit_log.entries', MAX_AUDIT_PAGE),
    checkpoints: lines(r.checkpoints, 'audit_log.checkpoints', MAX_AUDIT_CHECKPOINTS),
    lastSeq: uint(r.lastSeq, 'audit_log.last_seq', 0, 0xffffffff),
  }
}
