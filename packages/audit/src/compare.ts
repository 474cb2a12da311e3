// compareLogs: do the nodes' logs agree on what was signed? Sign entries are matched by
// request id (the same at every node of a request): for one request every node must
// record the same key, epoch and digest hash. Within one attempt of it (a request id may
// be tried again, say with more approvals), every node that signed must record the same
// signature hash, and no node may have signed what another's policy denied.
import type { AuditEntry } from './entry.js'

export interface NodeLog {
  /** The node's peer id (names it in disagreements). */
  readonly node: string
  readonly entries: readonly AuditEntry[]
}

export type CompareField = 'keyId' | 'epoch' | 'digestHash' | 'signatureHash' | 'outcome'

export interface Disagreement {
  readonly requestId: string
  readonly field: CompareField
  /** Each node's value (nodes without one are left out). */
  readonly values: Readonly<Record<string, string>>
}

export interface CompareResult {
  readonly agree: boolean
  /** Sign requests seen by at least one node. */
  readonly requests: number
  /** Of those, signed by at least one node. */
  readonly signed: number
  readonly disagreements: readonly Disagreement[]
}

export function compareLogs(logs: readonly NodeLog[]): CompareResult {
  // requestId -> node -> that node's entries for it (a retried request may appear more than once)
  const requests = new Map<string, Map<string, AuditEntry[]>>()
  for (const { node, entries } of logs) {
    for (const e of entries) {
      if (e.operation !== 'sign' || e.requestId === undefined) continue
      const byNode = requests.get(e.requestId) ?? new Map<string, AuditEntry[]>()
      byNode.set(node, [...(byNode.get(node) ?? []), e])
      requests.set(e.requestId, byNode)
    }
  }
  const disagreements: Disagreement[] = []
  let signed = 0
  for (const [requestId, byNode] of [...requests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const differs = (field: CompareField, valueOf: (e: AuditEntry) => string | undefined, only?: (e: AuditEntry) => boolean): void => {
      const values: Record<string, string> = {}
      for (const [node, entries] of byNode) {
        const seen = new Set(entries.filter((e) => only?.(e) ?? true).map(valueOf).filter((v): v is string => v !== undefined))
        // one node recording two values for one request disagrees with itself
        if (seen.size > 0) values[node] = [...seen].sort().join(' | ')
      }
      if (new Set(Object.values(values)).size > 1 || Object.values(values).some((v) => v.includes(' | '))) disagreements.push({ requestId, field, values })
    }
    differs('keyId', (e) => e.keyId)
    differs('epoch', (e) => (e.epoch === undefined ? undefined : String(e.epoch)))
    differs('digestHash', (e) => e.payload?.digestHash)
    if ([...byNode.values()].some((entries) => entries.some((e) => e.outcome === 'signed'))) signed += 1
    const attempts = new Set([...byNode.values()].flatMap((entries) => entries.map((e) => e.attempt ?? requestId)))
    for (const attempt of [...attempts].sort()) {
      const inAttempt = (e: AuditEntry) => (e.attempt ?? requestId) === attempt
      differs('signatureHash', (e) => e.signatureHash, (e) => inAttempt(e) && e.outcome === 'signed')
      const outcomes = new Map<string, string>()
      for (const [node, entries] of byNode) {
        const own = entries.filter(inAttempt)
        if (own.some((e) => e.outcome === 'signed')) outcomes.set(node, 'signed')
        else if (own.some((e) => e.outcome === 'denied')) outcomes.set(node, 'denied')
      }
      const seen = new Set(outcomes.values())
      if (seen.has('signed') && seen.has('denied')) disagreements.push({ requestId, field: 'outcome', values: Object.fromEntries(outcomes) })
    }
  }
  return { agree: disagreements.length === 0, requests: requests.size, signed, disagreements }
}
