// The policy side of the coordinator RPC: the check every sign request passes before
// its first session message (admitSign), and the policy get / set / test and announce
// requests. coordinator-service.ts routes to it.
import { policyHash, type RequestContext } from '@thresh/policy'
import type { AnnounceRequest, CoordResponse, ImportKeyRequest, KeygenRequest, PolicySetRequest, PolicyTestRequest, RepairRequest, ReshareRequest, SignRequest } from '@thresh/wire'
import type { KeyRecord, KeyRecords } from '../key-records.js'
import type { Logger } from '../log.js'
import { mlDsaSignTarget } from '../mldsa-service.js'
import { Refusal, requestIdOf } from '../refusal.js'
import { payloadOf, resolveSignTarget, type SignTarget } from '../sign-payload.js'
import { operationContext, signContext } from './context.js'
import { PolicyOperationError, type PolicyEnforcer, type PolicyVerdict } from './enforcer.js'

/** A refusal by this node's policy: the caller gets policy-denied with the rule and version. */
export class PolicyRefusal extends Refusal {
  constructor(readonly verdict: PolicyVerdict) {
    super('policy-denied', `policy${verdict.version === null ? '' : ` v${verdict.version}`} ${verdict.ruleId === null ? '(default deny)' : `rule ${verdict.ruleId}`}: ${verdict.reason}`)
  }

  get policy(): { ruleId: string | null; version: number } {
    return { ruleId: this.verdict.ruleId, version: this.verdict.version ?? 0 }
  }
}

export interface PolicyServiceOptions {
  readonly enforcer: PolicyEnforcer
  readonly keys: KeyRecords
  /** A request without its own expiry expires with the node's acceptance window. */
  readonly maxAgeSec: number
  readonly log: Logger
}

export class PolicyService {
  constructor(private readonly options: PolicyServiceOptions) {}

  /**
   * The policy decision on a sign request this node is about to join; refused with
   * PolicyRefusal, otherwise the verdict (its velocity entries are already recorded).
   */
  async admitSign(record: KeyRecord, request: SignRequest, target: SignTarget): Promise<PolicyVerdict> {
    const verdict = await this.options.enforcer.decideSign(this.context(record, request, target), request.approvals ?? [], request.requestId !== undefined)
    return this.judged(verdict, 'sign')
  }

  /** Logs a verdict; a denial becomes the PolicyRefusal the caller gets. */
  private judged(verdict: PolicyVerdict, operation: string): PolicyVerdict {
    const fields = { operation, requestId: verdict.requestId, version: verdict.version, ruleId: verdict.ruleId, approvers: verdict.approvers }
    if (verdict.decision === 'deny') {
      this.options.log.warn({ ...fields, reason: verdict.reason }, 'policy: request denied')
      throw new PolicyRefusal(verdict)
    }
    if (verdict.enforced) this.options.log.info(fields, 'policy: request allowed')
    return verdict
  }

  /** The policy decision on a keygen or lifecycle operation this node is about to join; refused with PolicyRefusal. */
  admitOperation(request: KeygenRequest | ReshareRequest | RepairRequest | ImportKeyRequest): PolicyVerdict {
    const facts = { keyId: request.keyId, requestId: requestIdOf(request), expiresAt: request.issuedAt + this.options.maxAgeSec }
    const ctx = request.kind === 'keygen' || request.kind === 'importKey'
      ? operationContext(request.kind === 'keygen' ? 'keygen' : 'import', { ...facts, scheme: request.scheme, epoch: 0 })
      : operationContext(request.kind === 'repair' ? 'repair' : request.refresh ? 'refresh' : 'reshare', { ...facts, scheme: request.key.scheme, epoch: request.key.epoch })
    return this.judged(this.options.enforcer.decideOperation(ctx), ctx.operation)
  }

  /** After the signature: the request id cannot sign again. */
  signed(request: SignRequest, verdict: PolicyVerdict): Promise<void> {
    return this.options.enforcer.signed(verdict, request.requestId !== undefined)
  }

  get(): CoordResponse {
    const { enforcer } = this.options
    const doc = enforcer.document
    return { kind: 'policy', document: doc === null ? '' : JSON.stringify(doc), version: doc?.version ?? 0, policyHash: doc === null ? new Uint8Array(0) : policyHash(doc), enforced: enforcer.enforced }
  }

  async set(request: PolicySetRequest): Promise<CoordResponse> {
    await guard(() => this.options.enforcer.setPolicy(request.document, request.signatures))
    return this.get()
  }

  async test(request: PolicyTestRequest): Promise<CoordResponse> {
    const ctx = this.contextOf(request.sign)
    const decision = await guard(async () => this.options.enforcer.test(ctx, request.sign.approvals ?? [], request.document))
    return { kind: 'policyDecision', decision: JSON.stringify(decision) }
  }

  async announce(request: AnnounceRequest): Promise<CoordResponse> {
    if (request.sign.requestId === undefined) throw new Refusal('bad-request', 'an announced request needs a request id and an expiry (sign.request_id, sign.expires_at)')
    const ctx = this.contextOf(request.sign)
    const r = await guard(() => this.options.enforcer.announce(ctx, request.cancellations))
    return { kind: 'announced', ...r }
  }

  private contextOf(request: SignRequest): RequestContext {
    const record = this.options.keys.get(request.keyId)
    if (!record) throw new Refusal('unknown-key', `no key ${request.keyId}`)
    if (record.epoch !== request.epoch) throw new Refusal('stale-epoch', `key ${record.keyId} is at epoch ${record.epoch} on this node; the request is for epoch ${request.epoch}`)
    const target = record.scheme === 'ml-dsa-44' ? mlDsaSignTarget(record, request) : resolveSignTarget({ ...record, scheme: record.scheme }, request)
    return this.context(record, request, target)
  }

  private context(record: KeyRecord, request: SignRequest, target: SignTarget): RequestContext {
    return signContext({
      keyId: record.keyId, scheme: record.scheme, epoch: record.epoch, path: request.path ?? [], payload: payloadOf(record.scheme, request), decoded: target.decoded,
      requestId: request.requestId ?? requestIdOf(request),
      expiresAt: request.expiresAt ?? request.issuedAt + this.options.maxAgeSec,
      signers: request.signers.map((peerId) => {
        const member = record.members?.[record.parties.indexOf(peerId)]
        return { peerId, protection: member?.protection ?? 'unknown', attested: member?.attested ?? false }
      }),
    })
  }
}

async function guard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    if (err instanceof PolicyOperationError) throw new Refusal(err.code, err.message)
    throw err
  }
}
