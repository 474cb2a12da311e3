// The SDK side of node policies (docs/policy.md, docs/sdk.md "Policies"): the canonical
// request approvers sign, approvals made with an approver key, admin signatures over a
// policy document, and the policy RPCs (get / set / test, announce / cancel) sent to
// every node — each node decides for itself, so each answer is reported separately.
import { randomBytes } from 'node:crypto'
import { ed25519 } from '@noble/curves/ed25519.js'
import { schnorr } from '@noble/curves/secp256k1.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { cancelHash, payloadHash, policyHash, requestHash, type Decision, type PolicyDocument } from '@thresh/policy'
import type { CoordRequest, CoordResponse, SignPayload, SignRequest, WireApproval } from '@thresh/wire'
import { errorOf } from './blame.js'
import { ConfigError, ThreshError } from './errors.js'
import type { FanOutOptions, Gathered, Outcome } from './fan-out.js'
import type { KeyInfo, Timeouts } from './types.js'

/** An approver's or admin's signature, as the nodes check it (hex). WebAuthn assertions are made by the browser. */
export type Approval = WireApproval

/** A software approver key: Ed25519 (32-byte secret) or BIP340 (32-byte secp256k1 secret). */
export interface ApproverKey {
  readonly type: 'ed25519' | 'bip340'
  readonly secretKey: Uint8Array
}

/** What approvers sign: the request as every node will see it. */
export interface PolicyRequest {
  readonly keyId: string
  readonly epoch: number
  readonly path: readonly number[]
  /** payloadHash of the wire payload (hex). */
  readonly payloadHash: string
  readonly requestId: string
  /** Unix seconds; nodes refuse the request (and its approvals) after it. */
  readonly expiresAt: number
  /** requestHash: the 32 bytes approvers sign. */
  readonly hash: Uint8Array
  /** The wire form of the payload, for sign() and announce(). */
  readonly payload: SignPayload
}

/** Policy fields of a sign(): the request id and expiry the approvals were made for, and the approvals. */
export interface SignPolicy {
  readonly requestId: string
  readonly expiresAt: number
  readonly approvals?: readonly Approval[]
}

/** One node's refusal: its policy version, the deciding rule (null: default deny) and its reason. */
export interface PolicyRefusal {
  readonly peerId: string
  readonly ruleId: string | null
  readonly version: number
  readonly reason: string
}

/** One or more signers' policies refused the request. The SDK does not retry it with other signers. */
export class PolicyDeniedError extends ThreshError {
  constructor(message: string, readonly refusals: readonly PolicyRefusal[]) {
    super('policy-denied', message)
  }
}

/** One node's answer to a policy RPC. */
export type NodeAnswer<T> = { readonly peerId: string; readonly ok: true; readonly value: T } | { readonly peerId: string; readonly ok: false; readonly code: string; readonly message: string }

export interface PolicyHost {
  readonly timeouts: Timeouts
  readonly nodes: readonly string[]
  fanOut(peers: readonly string[], request: CoordRequest, options: Pick<FanOutOptions, 'timeoutMs' | 'judge'>): Promise<Gathered>
}

/** A fresh request id: 128 random bits, hex. */
export function newRequestId(): string {
  return randomBytes(16).toString('hex')
}

/** The canonical request for `payload` (in wire form) at `path` of `key`. */
export function policyRequestOf(key: KeyInfo, payload: SignPayload, path: readonly number[], requestId: string, expiresAt: number): PolicyRequest {
  if (!/^[A-Za-z0-9._:/@-]{1,128}$/.test(requestId)) throw new ConfigError('requestId must be 1-128 characters of [A-Za-z0-9._:/@-]', 'requestId')
  if (!Number.isSafeInteger(expiresAt) || expiresAt <= 0 || expiresAt > 0xffffffff) throw new ConfigError('expiresAt must be unix seconds', 'expiresAt')
  const ph = payloadHash(payload)
  const hash = requestHash({
    operation: 'sign', keyId: key.keyId, scheme: key.scheme, epoch: key.epoch, path: [...path], requestId, payloadHash: ph, expiresAt, payload: { kind: 'none' },
  })
  return { keyId: key.keyId, epoch: key.epoch, path: [...path], payloadHash: ph, requestId, expiresAt, hash, payload }
}

function signWith(approver: ApproverKey, message: Uint8Array): Approval {
  if (!(approver.secretKey instanceof Uint8Array) || approver.secretKey.length !== 32) throw new ConfigError('an approver secret key is 32 bytes', 'approver')
  switch (approver.type) {
    case 'ed25519':
      return { publicKey: bytesToHex(ed25519.getPublicKey(approver.secretKey)), signature: bytesToHex(ed25519.sign(message, approver.secretKey)) }
    case 'bip340':
      return { publicKey: bytesToHex(schnorr.getPublicKey(approver.secretKey)), signature: bytesToHex(schnorr.sign(message, approver.secretKey)) }
    default:
      throw new ConfigError(`approver type ${JSON.stringify((approver as { type: unknown }).type)} is not a software key (ed25519, bip340)`, 'approver')
  }
}

/** An approval of `request` by `approver` (its signature over the canonical request hash). */
export function approve(request: Pick<PolicyRequest, 'hash'>, approver: ApproverKey): Approval {
  return signWith(approver, request.hash)
}

/** A cancel approver's signature cancelling a time-locked `request`. */
export function approveCancel(request: Pick<PolicyRequest, 'hash'>, approver: ApproverKey): Approval {
  return signWith(approver, cancelHash(request.hash))
}

/** An admin's signature over a policy document (RFC 8785 canonical JSON, docs/policy.md). */
export function approvePolicy(document: PolicyDocument | object, admin: ApproverKey): Approval {
  return signWith(admin, policyHash(document))
}

/** The PolicyDeniedError of a signing attempt, if any signer's policy refused it. */
export function policyDenial(outcomes: readonly Outcome[]): PolicyDeniedError | undefined {
  const refusals: PolicyRefusal[] = []
  for (const o of outcomes) {
    const e = errorOf(o)
    if (e?.code === 'policy-denied') refusals.push({ peerId: o.peerId, ruleId: e.policy?.ruleId ?? null, version: e.policy?.version ?? 0, reason: e.message })
  }
  if (refusals.length === 0) return undefined
  return new PolicyDeniedError(`refused by the policy of ${refusals.map((r) => `${r.peerId} (${r.reason})`).join('; ')}`, refusals)
}

type Answered = Extract<CoordResponse, { kind: 'policy' | 'policyDecision' | 'announced' }>

async function everyNode<T>(host: PolicyHost, peers: readonly string[], request: CoordRequest, read: (r: Answered) => T): Promise<NodeAnswer<T>[]> {
  const gathered = await host.fanOut(peers, request, { timeoutMs: host.timeouts.queryMs, judge: () => 'ok' })
  return peers.map((peerId): NodeAnswer<T> => {
    const o = gathered.outcomes.find((x) => x.peerId === peerId)
    if (o === undefined) return { peerId, ok: false, code: 'timeout', message: 'no answer before the deadline' }
    if (o.kind === 'unreachable') return { peerId, ok: false, code: 'unreachable', message: o.detail }
    const r = o.response
    if (r.kind === 'error') return { peerId, ok: false, code: r.code, message: r.message }
    if (r.kind !== 'policy' && r.kind !== 'policyDecision' && r.kind !== 'announced') return { peerId, ok: false, code: 'bad-response', message: `answered ${r.kind}` }
    return { peerId, ok: true, value: read(r) }
  })
}

export interface NodePolicy {
  readonly document: PolicyDocument | null
  readonly version: number
  readonly policyHash: string
  /** False: the node has no policy section (it signs what it is asked). */
  readonly enforced: boolean
}

const readPolicy = (r: Answered): NodePolicy => {
  if (r.kind !== 'policy') throw new ThreshError('node', `expected a policy, got ${r.kind}`)
  return { document: r.document === '' ? null : (JSON.parse(r.document) as PolicyDocument), version: r.version, policyHash: bytesToHex(r.policyHash), enforced: r.enforced }
}

export function getPolicies(host: PolicyHost, peers = host.nodes): Promise<NodeAnswer<NodePolicy>[]> {
  return everyNode(host, peers, { kind: 'policyGet' }, readPolicy)
}

export function setPolicies(host: PolicyHost, document: PolicyDocument | object, signatures: readonly Approval[], peers = host.nodes): Promise<NodeAnswer<NodePolicy>[]> {
  return everyNode(host, peers, { kind: 'policySet', document: JSON.stringify(document), signatures: [...signatures] }, readPolicy)
}

export type NodeDecision = Decision & { version: number | null; approvers: string[] }

export function testPolicies(host: PolicyHost, sign: SignRequest, document: PolicyDocument | object | undefined, peers: readonly string[]): Promise<NodeAnswer<NodeDecision>[]> {
  return everyNode(host, peers, { kind: 'policyTest', sign, ...(document !== undefined ? { document: JSON.stringify(document) } : {}) }, (r) => {
    if (r.kind !== 'policyDecision') throw new ThreshError('node', `expected a decision, got ${r.kind}`)
    return JSON.parse(r.decision) as NodeDecision
  })
}

export interface Announced {
  readonly announcedAt: number
  /** 0 when no time lock applies to the request. */
  readonly signableAt: number
  readonly cancelled: boolean
}

export function announceToNodes(host: PolicyHost, sign: SignRequest, cancellations: readonly Approval[], peers: readonly string[]): Promise<NodeAnswer<Announced>[]> {
  return everyNode(host, peers, { kind: 'announce', sign, cancellations: [...cancellations] }, (r) => {
    if (r.kind !== 'announced') throw new ThreshError('node', `expected an announcement, got ${r.kind}`)
    return { announcedAt: r.announcedAt, signableAt: r.signableAt, cancelled: r.cancelled }
  })
}

/** The sign request's policy fields. */
export function policyFields(p: SignPolicy | undefined): Pick<SignRequest, 'requestId' | 'expiresAt' | 'approvals'> {
  if (p === undefined) return {}
  if (typeof p.requestId !== 'string' || !Number.isSafeInteger(p.expiresAt)) throw new ConfigError('policy needs the requestId and expiresAt the approvals were made for', 'policy')
  return { requestId: p.requestId, expiresAt: p.expiresAt, ...(p.approvals && p.approvals.length > 0 ? { approvals: [...p.approvals] } : {}) }
}

/** A sign request for announce() and test(): every party of the key as signers, a fresh nonce. */
export function probeRequest(key: KeyInfo, payload: SignPayload, path: readonly number[], p: SignPolicy | undefined): SignRequest {
  return {
    kind: 'sign', keyId: key.keyId, payload, ...(path.length > 0 ? { path: [...path] } : {}), signers: [...key.parties],
    nonce: randomBytes(32), issuedAt: Math.floor(Date.now() / 1000), epoch: key.epoch, ...policyFields(p),
  }
}
