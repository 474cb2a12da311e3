// Policy enforcement at this node (docs/policy.md, "Running it in a node"): every sign
// request is judged by `decideSign` — the one place a decision is made — before the
// node sends its first session message. The decision is returned whole (PolicyVerdict)
// so that callers log, refuse, or record it. Velocity entries and the request's state
// are written durably before the session starts; decisions are serialized, so two
// concurrent requests cannot both pass a limit that has room for one.
import { readFile } from 'node:fs/promises'
import {
  acceptPolicyUpdate, authorize, cancelHash, checkQuorum, evaluate, ledgerEntriesFor, loadPolicy, policyHash, requestHash, ContextError, PolicyError,
  type ApprovalSignature, type Decision, type LoadedPolicy, type PolicyDocument, type RequestContext,
} from '@thresh/policy'
import type { AuditPolicy } from '@thresh/audit'
import type { KeyStore } from '@thresh/store'
import type { Logger } from '../log.js'
import type { PolicyConfig } from './config.js'
import { PolicyRecords } from './records.js'

/**
 * What this node decided about one request: the fields the audit log records
 * (AuditPolicy: enforced, version, decision, ruleId, reason, approvers) and the request's identity.
 */
export interface PolicyVerdict extends AuditPolicy {
  readonly requestId: string
  /** requestHash(ctx), hex. */
  readonly requestHash: string
}

const now = (): number => Math.floor(Date.now() / 1000)
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

/** Refusal of a policy operation (set, announce), with the error code the caller gets. */
export class PolicyOperationError extends Error {
  constructor(readonly code: 'policy-refused' | 'policy-denied' | 'bad-request' | 'unsupported', message: string) {
    super(message)
  }
}

export class PolicyEnforcer {
  private policy: LoadedPolicy | null = null
  private queue: Promise<unknown> = Promise.resolve()

  private constructor(private readonly config: PolicyConfig | undefined, private readonly records: PolicyRecords | undefined, private readonly log: Logger) {}

  /**
   * Loads the policy in force: the one this node accepted last (keystore), unless the
   * operator's file carries a higher version. A file that does not load stops the start
   * with the PolicyError naming the rule.
   */
  static async open(store: KeyStore, config: PolicyConfig | undefined, log: Logger): Promise<PolicyEnforcer> {
    if (config === undefined) return new PolicyEnforcer(undefined, undefined, log)
    const records = await PolicyRecords.open(store)
    const enforcer = new PolicyEnforcer(config, records, log)
    let file: LoadedPolicy | undefined
    if (config.file !== undefined) {
      let json: unknown
      try { json = JSON.parse(await readFile(config.file, 'utf8')) } catch (err) { throw new Error(`policy file ${config.file}: ${(err as Error).message}`) }
      try { file = loadPolicy(json as PolicyDocument) } catch (err) {
        if (err instanceof PolicyError) throw new Error(`policy file ${config.file} refused: ${err.message}`)
        throw err
      }
      if (config.scope !== undefined && file.document.scope !== config.scope) throw new Error(`policy file ${config.file} refused: scope ${JSON.stringify(file.document.scope)} is not this node's ${JSON.stringify(config.scope)}`)
    }
    const stored = records.current
    if (file !== undefined && (stored === null || file.document.version > stored.version)) {
      await records.setCurrent(file.document)
      enforcer.policy = file
    } else if (stored !== null) {
      enforcer.policy = loadPolicy(stored)
      if (file !== undefined) log.info({ file: file.document.version, accepted: stored.version }, 'policy: the accepted version is newer than the file; the file is ignored')
    }
    if (enforcer.policy === null) log.warn('policy: configured but no policy installed yet: every request is denied until admins set one')
    else log.info({ version: enforcer.policy.document.version }, 'policy in force')
    return enforcer
  }

  get enforced(): boolean {
    return this.config !== undefined
  }

  get version(): number | null {
    return this.policy?.document.version ?? null
  }

  /** The policy document in force, or null. */
  get document(): PolicyDocument | null {
    return this.policy?.document ?? null
  }

  /**
   * Decides a sign request. On allow, its velocity entries and its request id are recorded
   * (durably) before this returns: the caller starts the session next.
   */
  decideSign(ctx: RequestContext, approvals: readonly ApprovalSignature[], explicitId: boolean): Promise<PolicyVerdict> {
    return this.serialized(async () => {
      const base = { enforced: this.enforced, version: this.version, requestId: ctx.requestId, requestHash: hex(requestHash(ctx)) }
      if (!this.enforced) return { ...base, decision: 'allow', ruleId: null, reason: 'no policy configured', approvers: [] }
      const records = this.records!
      const t = now()
      const { decision, approvers } = this.judge(ctx, approvals, t)
      const verdict: PolicyVerdict = { ...base, decision: decision.decision, ruleId: decision.ruleId, reason: decision.reason, approvers }
      if (verdict.decision === 'deny') return verdict
      await records.addLedger(ledgerEntriesFor(ctx, t))
      if (explicitId) await records.putRequest(ctx.requestId, { requestHash: base.requestHash, signed: false })
      return verdict
    })
  }

  /**
   * Decides a keygen or lifecycle operation: the rules only (approvals and time locks
   * cannot be carried by these requests, so a rule requiring them never allows one).
   */
  decideOperation(ctx: RequestContext): PolicyVerdict {
    const base = { enforced: this.enforced, version: this.version, requestId: ctx.requestId, requestHash: hex(requestHash(ctx)) }
    if (!this.enforced) return { ...base, decision: 'allow', ruleId: null, reason: 'no policy configured', approvers: [] }
    const { decision } = this.judge(ctx, [], now())
    return { ...base, decision: decision.decision, ruleId: decision.ruleId, reason: decision.reason, approvers: [] }
  }

  /** Records that the request id signed: a replay of it is refused from now on. */
  async signed(verdict: PolicyVerdict, explicitId: boolean): Promise<void> {
    if (this.records === undefined || !explicitId) return
    await this.records.putRequest(verdict.requestId, { requestHash: verdict.requestHash, signed: true })
  }

  /** Dry run: what decideSign would answer now (nothing recorded), with every rule's outcome. */
  test(ctx: RequestContext, approvals: readonly ApprovalSignature[], document?: string): Decision & { version: number | null; approvers: readonly string[] } {
    let policy = this.policy
    if (document !== undefined) {
      try { policy = loadPolicy(JSON.parse(document) as PolicyDocument) } catch (err) {
        throw new PolicyOperationError('bad-request', `the policy to test does not load: ${(err as Error).message}`)
      }
    }
    if (!this.enforced && document === undefined) return { decision: 'allow', ruleId: null, reason: 'no policy configured', version: null, approvers: [] }
    const { decision, approvers } = this.judge(ctx, approvals, now(), policy)
    const trace = policy === null ? [] : evaluate(policy, ctx, { dryRun: true }).trace
    return { ...decision, ...(trace ? { trace } : {}), dryRun: true, version: policy?.document.version ?? null, approvers }
  }

  /**
   * Announces a request (time-locked rules): the first sighting's time is kept. With
   * `cancellations`, a quorum of the matching rule's cancel approvers cancels it for good.
   */
  announce(ctx: RequestContext, cancellations: readonly ApprovalSignature[]): Promise<{ announcedAt: number; signableAt: number; cancelled: boolean }> {
    return this.serialized(async () => {
      const records = this.requireRecords()
      const hash = requestHash(ctx)
      const existing = records.announcement(ctx.requestId)
      if (existing !== undefined && existing.requestHash !== hex(hash)) throw new PolicyOperationError('policy-denied', `request id ${ctx.requestId} was announced for another request`)
      const rule = this.policy === null ? undefined : evaluate(this.policy, ctx)
      const timeLock = rule?.decision === 'allow' ? rule.requires?.timeLock : undefined
      const announcedAt = existing?.announcedAt ?? now()
      let stored = existing ?? { requestId: ctx.requestId, requestHash: hex(hash), announcedAt }
      if (cancellations.length > 0) {
        if (timeLock?.cancel === undefined) throw new PolicyOperationError('policy-denied', 'no rule with a cancel quorum applies to this request')
        const q = checkQuorum(timeLock.cancel, cancelHash(hash), cancellations)
        if (!q.ok) throw new PolicyOperationError('policy-denied', `cancel: ${q.approvedBy.length} of ${timeLock.cancel.threshold} cancel approvers signed`)
        stored = { ...stored, cancellations: [...cancellations] }
        await records.putAnnouncement(stored)
        this.log.warn({ requestId: ctx.requestId, by: q.approvedBy }, 'policy: time-locked request cancelled')
      } else if (existing === undefined) {
        await records.putAnnouncement(stored)
        this.log.info({ requestId: ctx.requestId, keyId: ctx.keyId }, 'policy: request announced')
      }
      return { announcedAt, signableAt: timeLock ? announcedAt + timeLock.delaySeconds : 0, cancelled: stored.cancellations !== undefined }
    })
  }

  /**
   * A new policy version: it must load, carry a higher version and this node's scope, be
   * signed by a quorum of the admins of this node's config, and — if it loosens the policy —
   * have been first seen here at least looseningDelaySec ago.
   */
  setPolicy(documentText: string, signatures: readonly ApprovalSignature[]): Promise<PolicyDocument> {
    return this.serialized(async () => {
      const records = this.requireRecords()
      const config = this.config!
      let document: PolicyDocument
      try { document = JSON.parse(documentText) as PolicyDocument } catch { throw new PolicyOperationError('policy-refused', 'the policy document is not JSON') }
      const current = this.policy?.document ?? null
      const admin = { admins: config.admins, ...(config.scope !== undefined ? { scope: config.scope } : {}), looseningDelaySeconds: config.looseningDelaySec }
      const t = now()
      let key: string
      try { key = hex(policyHash(document)) } catch { throw new PolicyOperationError('policy-refused', 'the policy document is not canonical JSON') }
      const seen = records.proposalSeen(key)
      const result = acceptPolicyUpdate(current, { document, announcedAt: seen ?? t }, signatures, admin, t)
      if (!result.accepted) {
        // a signed loosening proposal waits for its delay from the first time this node saw it
        if (seen === undefined && acceptPolicyUpdate(current, { document }, signatures, { ...admin, looseningDelaySeconds: 0 }, t).accepted) await records.recordProposal(key, t)
        throw new PolicyOperationError('policy-refused', result.reason)
      }
      await records.setCurrent(result.policy.document)
      this.policy = result.policy
      this.log.warn({ version: result.policy.document.version, loosening: result.loosening }, 'policy: new version accepted')
      return result.policy.document
    })
  }

  /** The full decision under `policy` plus the node's own records (request ids, announcement, ledger). */
  private judge(ctx: RequestContext, approvals: readonly ApprovalSignature[], t: number, policy = this.policy): { decision: Decision; approvers: string[] } {
    const deny = (reason: string): { decision: Decision; approvers: string[] } => ({ decision: { decision: 'deny', ruleId: null, reason }, approvers: [] })
    if (policy === null) return deny('no policy installed on this node')
    const records = this.requireRecords()
    const hash = hex(requestHash(ctx))
    const seen = records.request(ctx.requestId)
    if (seen !== undefined && seen.requestHash !== hash) return deny(`request id ${ctx.requestId} was used for another request`)
    if (seen?.signed === true) return deny(`request ${ctx.requestId} was signed already (a replay)`)
    const announcement = records.announcement(ctx.requestId)
    let decision: Decision
    try {
      decision = authorize(policy, ctx, {
        now: t, approvals, ledger: records.ledger,
        ...(announcement ? { announcement, cancellations: announcement.cancellations ?? [] } : {}),
      })
    } catch (err) {
      // a context this node cannot judge (e.g. an integer outside 64 bits in an EIP-712 domain) is refused
      if (err instanceof ContextError) return deny(err.message)
      throw err
    }
    const quorum = decision.requires?.approvals
    const approvers = quorum ? checkQuorum(quorum, requestHash(ctx), approvals).approvedBy : []
    return { decision, approvers }
  }

  private requireRecords(): PolicyRecords {
    if (this.records === undefined) throw new PolicyOperationError('unsupported', 'this node has no policy section in its config')
    return this.records
  }

  private serialized<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn)
    this.queue = run.catch(() => undefined)
    return run
  }
}
