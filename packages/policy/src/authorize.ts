// The whole decision the node makes before joining a signing session: the rules
// (evaluate.ts), then velocity limits, then the matching allow rule's requirements
// (approvals, time lock), each against the state the node passes in.
import { checkQuorum, type ApprovalSignature } from './approvers.js'
import { requestHash } from './canonical.js'
import type { RequestContext } from './context.js'
import type { LoadedPolicy } from './document.js'
import { evaluate, type Decision } from './evaluate.js'
import { checkTimeLock, type Announcement } from './timelock.js'
import { checkVelocity, type LedgerEntry } from './velocity.js'

export interface Evidence {
  /** Unix seconds (the node's clock). */
  now: number
  /** Approvers' signatures over requestHash(ctx). */
  approvals?: readonly ApprovalSignature[]
  /** The node's record of when it first saw this request (time-locked rules). */
  announcement?: Announcement
  /** Cancel-quorum signatures over cancelHash(requestHash(ctx)). */
  cancellations?: readonly ApprovalSignature[]
  /** Previous counted spends (velocity limits). */
  ledger?: readonly LedgerEntry[]
}

/** Pure. `allow` only when a rule allows and every limit and requirement holds; `requires` is kept in the answer either way. */
export function authorize(policy: LoadedPolicy, ctx: RequestContext, evidence: Evidence): Decision {
  const decision = evaluate(policy, ctx)
  if (decision.decision === 'deny') return decision
  const deny = (reason: string, ruleId = decision.ruleId): Decision => ({ ...decision, decision: 'deny', ruleId, reason })
  if (evidence.now > ctx.expiresAt) return deny(`request expired at ${ctx.expiresAt}`)
  const velocity = checkVelocity(policy.document.limits ?? [], ctx, evidence.ledger ?? [], evidence.now)
  if (!velocity.ok) return deny(velocity.reason, velocity.limitId)
  const requires = decision.requires
  if (requires === undefined) return decision
  const hash = requestHash(ctx)
  if (requires.approvals !== undefined) {
    const q = checkQuorum(requires.approvals, hash, evidence.approvals ?? [])
    if (!q.ok) {
      const why = q.rejected.length > 0 ? `; refused: ${q.rejected.map((r) => `${r.publicKey.slice(0, 16)}… ${r.reason}`).join(', ')}` : ''
      return deny(`approvals: ${q.approvedBy.length} of ${requires.approvals.threshold} required${why}`)
    }
  }
  if (requires.timeLock !== undefined) {
    const t = checkTimeLock(requires.timeLock, ctx.requestId, hash, evidence.announcement, evidence.cancellations ?? [], evidence.now)
    if (!t.ok) return deny(t.reason)
  }
  return decision
}
