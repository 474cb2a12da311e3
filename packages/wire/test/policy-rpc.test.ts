// The policy part of the coordinator RPC: approvals, request id and expiry on sign
// requests, policy get / set / test, announce, and the policy-denied error's rule id.
import { describe, expect, it } from 'vitest'
import { coordRequestCodec, coordResponseCodec, type CoordRequest, type CoordResponse } from '../src/index.js'
import { thresh } from '../gen/thresh.js'
import { expectRefused } from './refusal.js'

const peers = ['12D3KooWNyThgEH8uQwwTUdFvq5sHFpiJVJCtBz387Cy8fAhXeEZ', '12D3KooWJpvkTc9WzGxgaGpZNvVpVRy2optMvgY1qEtZyLMz4KVM']
const approval = { publicKey: 'ab'.repeat(32), signature: 'cd'.repeat(64) }
const passkey = { publicKey: '04' + 'ef'.repeat(64), signature: '30'.repeat(70), authenticatorData: '11'.repeat(37), clientDataJSON: '{"type":"webauthn.get"}' }
const sign = {
  kind: 'sign', keyId: 'k1', payload: { kind: 'evm-tx', data: Uint8Array.of(2, 0xc0) }, signers: peers, nonce: new Uint8Array(16).fill(9),
  issuedAt: 1_796_000_000, epoch: 2, approvals: [approval, passkey], requestId: 'req-1', expiresAt: 1_796_003_600,
} as const satisfies CoordRequest

describe('policy RPC', () => {
  it('round-trips every policy request and response', () => {
    const requests: CoordRequest[] = [
      sign,
      { kind: 'policyGet' },
      { kind: 'policySet', document: '{"version":2,"rules":[]}', signatures: [approval] },
      { kind: 'policyTest', sign, document: '{"version":3,"rules":[]}' },
      { kind: 'policyTest', sign: { ...sign, approvals: [] } },
      { kind: 'announce', sign, cancellations: [approval] },
    ]
    for (const r of requests) {
      const back = coordRequestCodec.decode(coordRequestCodec.encode(r))
      const want = r.kind === 'policyTest' && r.sign.approvals?.length === 0 ? { ...r, sign: { ...sign, approvals: undefined } } : r
      expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(want)))
    }
    const responses: CoordResponse[] = [
      { kind: 'policy', document: '{"version":1}', version: 1, policyHash: new Uint8Array(32).fill(1), enforced: true },
      { kind: 'policyDecision', decision: '{"decision":"deny"}' },
      { kind: 'announced', announcedAt: 100, signableAt: 200, cancelled: true },
      { kind: 'error', code: 'policy-denied', message: 'no', culprits: [], accusations: [], policy: { ruleId: 'large', version: 4 } },
      { kind: 'error', code: 'policy-denied', message: 'no', culprits: [], accusations: [], policy: { ruleId: null, version: 4 } },
      { kind: 'error', code: 'policy-refused', message: 'quorum', culprits: [], accusations: [] },
    ]
    for (const r of responses) expect(coordResponseCodec.decode(coordResponseCodec.encode(r))).toEqual(r)
  })

  it('refuses a request id without an expiry, a malformed request id, an approval key that is not hex, a short signature, too many approvals', () => {
    const wire = (patch: Record<string, unknown>) => thresh.v1.CoordRequest.encode({
      sign: { keyId: 'k1', payload: { kind: 1, data: Uint8Array.of(2, 0xc0) }, signers: peers, nonce: new Uint8Array(16), issuedAt: 1_796_000_000, epoch: 0, ...patch },
    }).finish()
    expectRefused(() => coordRequestCodec.decode(wire({ requestId: 'r1' })), { field: 'sign.request_id' })
    expectRefused(() => coordRequestCodec.decode(wire({ expiresAt: 5 })), { field: 'sign.request_id' })
    expectRefused(() => coordRequestCodec.decode(wire({ requestId: 'bad id!', expiresAt: 5 })), { field: 'sign.request_id' })
    expectRefused(() => coordRequestCodec.decode(wire({ approvals: [{ publicKey: 'XY'.repeat(32), signature: new Uint8Array(64) }] })), { field: 'sign.approvals[0].public_key' })
    expectRefused(() => coordRequestCodec.decode(wire({ approvals: [{ publicKey: 'ab'.repeat(32), signature: new Uint8Array(63) }] })), { field: 'sign.approvals[0].signature' })
    expectRefused(() => coordRequestCodec.decode(wire({ approvals: Array.from({ length: 65 }, () => ({ publicKey: 'ab'.repeat(32), signature: new Uint8Array(64) })) })), { field: 'sign.approvals' })
    expectRefused(() => coordRequestCodec.decode(thresh.v1.CoordRequest.encode({ policySet: { document: '' } }).finish()), { field: 'policy_set.document' })
  })
})
