// The policy part of the coordinator RPC (docs/policy.md): approvals carried by sign
// requests, policy get/set/test, announcements of time-locked requests, and the
// policy-denied error's rule id. Documents and decisions travel as JSON text: the node
// loads and checks a document itself (@thresh/policy), so the wire only bounds sizes.
import type { thresh } from '../gen/thresh.js'
import { WireError } from './errors.js'
import { bytes, list, present, uint } from './fields.js'

/** An approver's or admin's signature, as @thresh/policy checks it (hex strings). */
export interface WireApproval {
  readonly publicKey: string
  readonly signature: string
  readonly authenticatorData?: string
  readonly clientDataJSON?: string
}

/** What a sign request carries for a policy: approvals and the request id and expiry they sign. */
export interface SignPolicyFields {
  readonly approvals?: readonly WireApproval[]
  readonly requestId?: string
  readonly expiresAt?: number
}

export const MAX_APPROVALS = 64
export const MAX_POLICY_DOCUMENT = 256 * 1024
const MAX_DECISION = 64 * 1024
const REQUEST_ID = /^[A-Za-z0-9._:/@-]{1,128}$/
const HEX_KEY = /^([0-9a-f]{2}){32,65}$/

export function approvalToWire(a: WireApproval): thresh.v1.Approval.$Properties {
  return {
    publicKey: a.publicKey,
    signature: Buffer.from(a.signature, 'hex'),
    ...(a.authenticatorData !== undefined ? { authenticatorData: Buffer.from(a.authenticatorData, 'hex') } : {}),
    ...(a.clientDataJSON !== undefined ? { clientDataJson: a.clientDataJSON } : {}),
  }
}

export function approvalsFromWire(value: thresh.v1.Approval.$Properties[] | null | undefined, field: string): WireApproval[] {
  return list(value, field, 0, MAX_APPROVALS).map((a, i) => {
    const f = `${field}[${i}]`
    const publicKey = a.publicKey ?? ''
    if (!HEX_KEY.test(publicKey)) throw new WireError('invalid-field', `${f}.public_key must be 32-65 bytes of lowercase hex`, `${f}.public_key`)
    const signature = bytes(a.signature, `${f}.signature`, { min: 64, max: 72 })
    const authData = bytes(a.authenticatorData, `${f}.authenticator_data`, { min: 0, max: 1024 })
    const client = a.clientDataJson ?? ''
    if (client.length > 4096) throw new WireError('invalid-field', `${f}.client_data_json is too long`, `${f}.client_data_json`)
    return {
      publicKey,
      signature: Buffer.from(signature).toString('hex'),
      ...(authData.length > 0 ? { authenticatorData: Buffer.from(authData).toString('hex') } : {}),
      ...(client !== '' ? { clientDataJSON: client } : {}),
    }
  })
}

export function signPolicyToWire(r: SignPolicyFields): Partial<thresh.v1.SignRequest.$Properties> {
  return {
    ...(r.approvals && r.approvals.length > 0 ? { approvals: r.approvals.map(approvalToWire) } : {}),
    ...(r.requestId !== undefined ? { requestId: r.requestId } : {}),
    ...(r.expiresAt !== undefined ? { expiresAt: r.expiresAt } : {}),
  }
}

/** The policy fields of a sign request; a request id needs an expiry and the reverse. */
export function signPolicyFromWire(s: thresh.v1.SignRequest.$Properties): SignPolicyFields {
  const approvals = approvalsFromWire(s.approvals, 'sign.approvals')
  const requestId = s.requestId ?? ''
  const expiresAt = uint(s.expiresAt, 'sign.expires_at', 0, 0xffffffff)
  if (requestId !== '' && !REQUEST_ID.test(requestId)) throw new WireError('invalid-field', 'sign.request_id must be 1-128 characters of [A-Za-z0-9._:/@-]', 'sign.request_id')
  if ((requestId === '') !== (expiresAt === 0)) throw new WireError('invalid-field', 'sign.request_id and sign.expires_at go together', 'sign.request_id')
  return {
    ...(approvals.length > 0 ? { approvals } : {}),
    ...(requestId !== '' ? { requestId, expiresAt } : {}),
  }
}

export function documentText(value: string | null | undefined, field: string, required: boolean): string {
  const text = value ?? ''
  if (text.length > MAX_POLICY_DOCUMENT) throw new WireError('invalid-field', `${field} is longer than ${MAX_POLICY_DOCUMENT} characters`, field)
  if (required && text === '') throw new WireError('invalid-field', `${field} is missing`, field)
  return text
}

export function decisionText(value: string | null | undefined): string {
  const text = present(value, 'policy_decision.decision')
  if (text.length > MAX_DECISION) throw new WireError('invalid-field', 'policy_decision.decision is too long', 'policy_decision.decision')
  return text
}
