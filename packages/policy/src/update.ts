// Policy updates. Admins' keys come from the node operator's config, never from a request.
// A new version is accepted only if it loads cleanly, its version is strictly higher, its
// scope matches the operator's, a quorum of admins signed policyHash(proposed), and — when
// it loosens the current policy — it was announced at least looseningDelaySeconds ago.
// "Tightening" is decided, not declared: the proposal keeps every current rule and limit
// unchanged (same JSON, same order), keeps abi and scope, and only adds deny rules and limits.
// Anything else is loosening.
import canonicalize from 'canonicalize'
import { checkQuorum, validateQuorum, type ApprovalSignature, type Quorum } from './approvers.js'
import { policyHash } from './canonical.js'
import { loadPolicy, type LoadedPolicy, type PolicyDocument } from './document.js'
import { PolicyError } from './errors.js'

export interface AdminConfig {
  admins: Quorum
  /** Deployment name; when set, a proposal must carry the same scope. */
  scope?: string
  /** Delay for loosening changes, in seconds (0 or absent: none). */
  looseningDelaySeconds?: number
}

export interface Proposal {
  document: PolicyDocument
  /** When this node first saw the proposal (unix seconds); needed for a delayed loosening change. */
  announcedAt?: number
}

export type UpdateResult =
  | { accepted: true; policy: LoadedPolicy; loosening: boolean }
  | { accepted: false; reason: string }

const same = (a: unknown, b: unknown): boolean => canonicalize(a) === canonicalize(b)

/** True unless `next` only adds deny rules and limits to `current` (see above). */
export function isLoosening(current: PolicyDocument | null, next: PolicyDocument): boolean {
  if (current === null) return true
  if (!same(current.abi ?? [], next.abi ?? []) || current.scope !== next.scope) return true
  // Current rules must survive unchanged and in the same order: the first matching allow
  // rule decides the requirements, so reordering allow rules can drop an approval.
  const currentIds = new Set(current.rules.map((r) => r.id))
  if (!same(current.rules, next.rules.filter((r) => currentIds.has(r.id)))) return true
  if (next.rules.some((r) => !currentIds.has(r.id) && r.effect !== 'deny')) return true
  const limits = new Map((next.limits ?? []).map((l) => [l.id, l]))
  return (current.limits ?? []).some((l) => !same(l, limits.get(l.id)))
}

export function acceptPolicyUpdate(
  current: PolicyDocument | null,
  proposed: Proposal,
  signatures: readonly ApprovalSignature[],
  adminConfig: AdminConfig,
  now: number,
): UpdateResult {
  try { validateQuorum(adminConfig.admins, 'admin config') } catch (e) { return { accepted: false, reason: (e as Error).message } }
  let policy: LoadedPolicy
  try { policy = loadPolicy(proposed.document) } catch (e) {
    if (e instanceof PolicyError) return { accepted: false, reason: `proposed policy refused: ${e.message}` }
    throw e
  }
  const doc = policy.document
  if (current !== null && doc.version <= current.version) return { accepted: false, reason: `version ${doc.version} is not higher than the current ${current.version}` }
  if (adminConfig.scope !== undefined && doc.scope !== adminConfig.scope) return { accepted: false, reason: `scope ${JSON.stringify(doc.scope)} is not this deployment's ${JSON.stringify(adminConfig.scope)}` }
  const q = checkQuorum(adminConfig.admins, policyHash(doc), signatures)
  if (!q.ok) return { accepted: false, reason: `admin signatures: ${q.approvedBy.length} of ${adminConfig.admins.threshold} required` }
  const loosening = isLoosening(current, doc)
  const delay = adminConfig.looseningDelaySeconds ?? 0
  if (loosening && delay > 0 && current !== null) {
    if (proposed.announcedAt === undefined || !Number.isSafeInteger(proposed.announcedAt)) return { accepted: false, reason: 'loosening change: no announcement time' }
    if (now < proposed.announcedAt + delay) return { accepted: false, reason: `loosening change: acceptable from ${proposed.announcedAt + delay} (now ${now})` }
  }
  return { accepted: true, policy, loosening }
}
