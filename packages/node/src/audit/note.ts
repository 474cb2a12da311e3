// What one coordinator request contributes to its audit entry. The coordinator service
// fills a note in while it serves the request (key, payload summary, policy verdict,
// signatures) and turns it into an AuditRecord with the outcome. Only public facts go
// in: the payload's decoded summary and digest hash, never a share or a nonce.
import { hashOf, type AuditOutcome, type AuditPayload, type AuditPolicy, type AuditRecord } from '@thresh/audit'
import type { CoordResponse, RpcErrorCode } from '@thresh/wire'
import type { PolicyVerdict } from '../policy/enforcer.js'
import type { SignTarget } from '../sign-payload.js'
import { summaryLine } from '../sign-payload.js'

export class AuditNote {
  operation = 'unknown'
  requestId?: string
  attempt?: string
  keyId?: string
  epoch?: number
  payload?: AuditPayload
  policy?: AuditPolicy

  /** The request being served (`requestId`: the policy request id if it has one, else nonce@issuedAt). */
  request(operation: string, facts: { readonly requestId?: string; readonly attempt?: string; readonly keyId?: string; readonly epoch?: number }): void {
    this.operation = operation
    Object.assign(this, Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)))
  }

  target(target: SignTarget): void {
    const line = summaryLine(target)
    this.payload = {
      kind: target.kind,
      digestHash: hashOf(target.digests),
      digests: target.digests.length,
      ...(target.path !== 'm' ? { path: target.path } : {}),
      summary: line.summary as Record<string, string | number | boolean | null>,
    } as AuditPayload
  }

  verdict(v: PolicyVerdict): void {
    this.policy = { enforced: v.enforced, version: v.version, decision: v.decision, ruleId: v.ruleId, reason: v.reason, approvers: [...v.approvers] }
  }

  /** The entry for a request served with `response`. */
  served(caller: string, response: CoordResponse): AuditRecord {
    if (response.kind === 'sign' && response.signature.length > 0) {
      const signatures = response.signatures?.map((s) => s.signature) ?? [response.signature]
      return { ...this.base(caller), outcome: 'signed', signatureHash: hashOf(signatures) }
    }
    return { ...this.base(caller), outcome: 'ok' }
  }

  /** The entry for a request refused or failed with `code`. */
  refused(caller: string, code: RpcErrorCode, culprits: readonly string[]): AuditRecord {
    return { ...this.base(caller), outcome: outcomeOf(code), error: code, ...(culprits.length > 0 ? { culprits: [...culprits] } : {}) }
  }

  private base(caller: string): Omit<AuditRecord, 'outcome'> {
    const { operation, requestId, attempt, keyId, epoch, payload, policy } = this
    return { caller, operation, requestId, attempt, keyId, epoch, payload, policy }
  }
}

function outcomeOf(code: RpcErrorCode): AuditOutcome {
  switch (code) {
    case 'policy-denied':
      return 'denied'
    case 'aborted':
    case 'timeout':
      return 'aborted'
    case 'internal':
    case 'unavailable':
      return 'failed'
    default:
      return 'refused'
  }
}
