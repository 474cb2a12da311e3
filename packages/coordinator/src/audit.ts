// The SDK side of the nodes' audit logs (docs/policy.md, "Audit log"): fetch each node's
// log over the coordinator RPC, verify it against the node's identity (its peer id), and
// compare what the nodes recorded as signed. A node answers only its configured coordinators.
import { peerIdFromString } from '@libp2p/peer-id'
import { compareLogs, parseCheckpoint, parseLogItem, verifyLog, type AuditCheckpoint, type AuditEntry, type CompareResult, type LogItem, type VerifyResult } from '@thresh/audit'
import { MAX_AUDIT_PAGE } from '@thresh/wire'
import type { NodeAnswer, PolicyHost } from './policy.js'

/** One node's log as it sent it, and what verifying it says. */
export interface NodeAuditLog {
  readonly items: readonly LogItem[]
  readonly checkpoints: readonly AuditCheckpoint[]
  readonly verify: VerifyResult
}

export interface AuditComparison extends CompareResult {
  /** Each node's log check; a node that did not answer is listed with its error. */
  readonly nodes: readonly NodeAnswer<VerifyResult>[]
}

/** The Ed25519 identity key a thresh peer id embeds: what signs the node's checkpoints. */
function identityKeyOf(peerId: string): Uint8Array {
  const id = peerIdFromString(peerId)
  if (id.type !== 'Ed25519') throw new Error(`${peerId} is not an Ed25519 peer id`)
  return id.publicKey.raw
}

/** Where a line says it stands (a line that is not JSON is judged by verifyLog where it arrived). */
function seqOf(line: string): number | undefined {
  try {
    const seq = (JSON.parse(line) as { seq?: unknown } | null)?.seq
    return typeof seq === 'number' && Number.isSafeInteger(seq) ? seq : undefined
  } catch {
    return undefined
  }
}

/** Reads `peerId`'s whole audit log (page by page, from seq `from`) and verifies it. */
export async function fetchAuditLog(host: PolicyHost, peerId: string, from = 1): Promise<NodeAnswer<NodeAuditLog>> {
  const items: LogItem[] = []
  const checkpoints = new Map<number, AuditCheckpoint>()
  let next = from
  for (;;) {
    const gathered = await host.fanOut([peerId], { kind: 'auditLog', fromSeq: next, limit: MAX_AUDIT_PAGE }, { timeoutMs: host.timeouts.queryMs, judge: () => 'ok' })
    const o = gathered.outcomes.find((x) => x.peerId === peerId)
    if (o === undefined) return { peerId, ok: false, code: 'timeout', message: 'no answer before the deadline' }
    if (o.kind === 'unreachable') return { peerId, ok: false, code: 'unreachable', message: o.detail }
    const r = o.response
    if (r.kind === 'error') return { peerId, ok: false, code: r.code, message: r.message }
    if (r.kind !== 'auditLog') return { peerId, ok: false, code: 'bad-response', message: `answered ${r.kind}` }
    try {
      r.entries.forEach((line, i) => items.push(parseLogItem(seqOf(line) ?? next + i, line)))
      for (const line of r.checkpoints) {
        const c = parseCheckpoint(line)
        checkpoints.set(c.seq, c)
      }
    } catch (err) {
      return { peerId, ok: false, code: 'bad-response', message: `a checkpoint line does not parse: ${(err as Error).message}` }
    }
    const last = items.at(-1)?.seq ?? next - 1
    // the log grows while it is read (this very request is logged): stop at what the first answer showed
    if (r.entries.length < MAX_AUDIT_PAGE || last >= r.lastSeq) break
    next = last + 1
  }
  const cps = [...checkpoints.values()]
  // a range after the start is checked from its first entry's own link (the earlier part is not here)
  const first = items[0]
  const options = from > 1 && first !== undefined && !('unreadable' in first) ? { after: { seq: from - 1, hash: first.prevHash } } : {}
  return { peerId, ok: true, value: { items, checkpoints: cps, verify: verifyLog(items, cps, identityKeyOf(peerId), options) } }
}

/** Fetches and verifies every node's log, and compares what they recorded as signed. */
export async function compareAuditLogs(host: PolicyHost, peers: readonly string[] = host.nodes): Promise<AuditComparison> {
  const logs = await Promise.all(peers.map((p) => fetchAuditLog(host, p)))
  const nodes = logs.map((l): NodeAnswer<VerifyResult> => (l.ok ? { peerId: l.peerId, ok: true, value: l.value.verify } : l))
  const compared = compareLogs(logs.flatMap((l) => (l.ok ? [{ node: l.peerId, entries: l.value.items.filter((i): i is AuditEntry => !('unreadable' in i)) }] : [])))
  return { ...compared, agree: compared.agree && nodes.every((n) => n.ok && n.value.ok), nodes }
}
