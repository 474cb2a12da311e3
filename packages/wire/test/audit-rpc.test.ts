// The audit part of the coordinator RPC: a log range request and its page of entry and
// checkpoint lines (field 30 of CoordRequest / CoordResponse), with bounds on every count.
import { describe, expect, it } from 'vitest'
import { coordRequestCodec, coordResponseCodec, MAX_AUDIT_PAGE, type CoordRequest, type CoordResponse } from '../src/index.js'
import { thresh } from '../gen/thresh.js'
import { expectRefused } from './refusal.js'

describe('audit RPC', () => {
  it('round-trips a log request and a page', () => {
    const request: CoordRequest = { kind: 'auditLog', fromSeq: 101, limit: 256 }
    expect(coordRequestCodec.decode(coordRequestCodec.encode(request))).toEqual(request)
    const page: CoordResponse = { kind: 'auditLog', entries: ['{"seq":101}', '{"seq":102}'], checkpoints: ['{"seq":100}'], lastSeq: 102 }
    expect(coordResponseCodec.decode(coordResponseCodec.encode(page))).toEqual(page)
    const empty: CoordResponse = { kind: 'auditLog', entries: [], checkpoints: [], lastSeq: 0 }
    expect(coordResponseCodec.decode(coordResponseCodec.encode(empty))).toEqual(empty)
  })

  it('refuses seq 0, a zero limit, a page larger than the cap and an oversized line', () => {
    expectRefused(() => coordRequestCodec.decode(thresh.v1.CoordRequest.encode({ auditLog: { fromSeq: 0, limit: 5 } }).finish()), { field: 'audit_log.from_seq' })
    expectRefused(() => coordRequestCodec.decode(thresh.v1.CoordRequest.encode({ auditLog: { fromSeq: 1, limit: 0 } }).finish()), { field: 'audit_log.limit' })
    const lines = (n: number, size = 10) => Array.from({ length: n }, () => 'x'.repeat(size))
    expectRefused(() => coordResponseCodec.decode(thresh.v1.CoordResponse.encode({ auditLog: { entries: lines(MAX_AUDIT_PAGE + 1) } }).finish()), { field: 'audit_log.entries' })
    expectRefused(() => coordResponseCodec.decode(thresh.v1.CoordResponse.encode({ auditLog: { entries: lines(1, 16 * 1024 + 1) } }).finish()), { field: 'audit_log.entries[0]' })
  })
})
