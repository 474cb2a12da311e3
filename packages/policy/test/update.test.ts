import { describe, expect, it } from 'vitest'
import { acceptPolicyUpdate, isLoosening, policyHash, type AdminConfig, type PolicyDocument } from '../src/index.js'
import { bip340Approver, ed25519Approver, webauthnApprover } from './approvers.js'
import { NOW } from './fixtures.js'

const a1 = ed25519Approver()
const a2 = bip340Approver()
const a3 = webauthnApprover()
const DAY = 86_400
const config: AdminConfig = { admins: { threshold: 2, approvers: [a1.approver, a2.approver, a3.approver] }, scope: 'prod', looseningDelaySeconds: DAY }

const current: PolicyDocument = {
  version: 4, scope: 'prod',
  rules: [
    { id: 'small', effect: 'allow', condition: 'big_le(evm.value, "1000")' },
    { id: 'any', effect: 'allow', condition: 'true', require: { approvals: { threshold: 1, approvers: [a1.approver] } } },
  ],
}
const tighter: PolicyDocument = { ...current, version: 5, rules: [...current.rules, { id: 'block', effect: 'deny', condition: 'request.keyId == "k"' }] }
const looser: PolicyDocument = { ...current, version: 5, rules: [{ id: 'any', effect: 'allow', condition: 'true' }] }
const signed = (doc: PolicyDocument, ...who: (typeof a1)[]) => who.map((a) => a.sign(policyHash(doc)))

describe('acceptPolicyUpdate', () => {
  it('accepts a higher version signed by a quorum of admins (any key types)', () => {
    const r = acceptPolicyUpdate(current, { document: tighter }, signed(tighter, a1, a3), config, NOW)
    expect(r).toMatchObject({ accepted: true, loosening: false })
    if (r.accepted) expect(r.policy.document.version).toBe(5)
  })

  it('refuses without a quorum: one admin, one admin twice, a non-admin, signatures over another document', () => {
    const reason = (sigs: ReturnType<typeof signed>) => acceptPolicyUpdate(current, { document: tighter }, sigs, config, NOW)
    expect(reason(signed(tighter, a1))).toEqual({ accepted: false, reason: 'admin signatures: 1 of 2 required' })
    expect(reason(signed(tighter, a1, a1)).accepted).toBe(false)
    expect(reason([...signed(tighter, a1), ed25519Approver().sign(policyHash(tighter))]).accepted).toBe(false)
    expect(reason(signed({ ...tighter, version: 6 }, a1, a2)).accepted).toBe(false)
  })

  it('refuses the same or a lower version', () => {
    const same = { ...tighter, version: 4 }
    expect(acceptPolicyUpdate(current, { document: same }, signed(same, a1, a2), config, NOW)).toEqual({ accepted: false, reason: 'version 4 is not higher than the current 4' })
    const lower = { ...tighter, version: 3 }
    expect(acceptPolicyUpdate(current, { document: lower }, signed(lower, a1, a2), config, NOW).accepted).toBe(false)
  })

  it('refuses another deployment\'s scope and a malformed proposal', () => {
    const other = { ...tighter, scope: 'staging' }
    expect(acceptPolicyUpdate(current, { document: other, announcedAt: NOW - 10 * DAY }, signed(other, a1, a2), config, NOW)).toEqual({ accepted: false, reason: 'scope "staging" is not this deployment\'s "prod"' })
    const broken = { ...tighter, rules: [...tighter.rules, { id: 'oops', effect: 'deny' as const, condition: 'evm.nope' }] }
    const r = acceptPolicyUpdate(current, { document: broken }, signed(broken, a1, a2), config, NOW)
    expect(r).toMatchObject({ accepted: false })
    if (!r.accepted) expect(r.reason).toMatch(/rule "oops"/)
  })

  it('a loosening change is refused before the delay and accepted after it', () => {
    const sigs = signed(looser, a1, a2)
    expect(acceptPolicyUpdate(current, { document: looser }, sigs, config, NOW).accepted).toBe(false)
    expect(acceptPolicyUpdate(current, { document: looser, announcedAt: NOW - DAY + 1 }, sigs, config, NOW)).toEqual({ accepted: false, reason: `loosening change: acceptable from ${NOW + 1} (now ${NOW})` })
    expect(acceptPolicyUpdate(current, { document: looser, announcedAt: NOW - DAY }, sigs, config, NOW)).toMatchObject({ accepted: true, loosening: true })
    // a tightening change needs no delay
    expect(acceptPolicyUpdate(current, { document: tighter, announcedAt: NOW }, signed(tighter, a1, a2), config, NOW).accepted).toBe(true)
  })
})

describe('isLoosening', () => {
  const v = (over: Partial<PolicyDocument>): PolicyDocument => ({ ...current, version: 5, ...over })
  it('only added deny rules and added limits are tightening', () => {
    expect(isLoosening(current, tighter)).toBe(false)
    expect(isLoosening(current, v({ limits: [{ id: 'l', chain: 'eip155:1', per: 'key', windowSeconds: 60, max: '1' }] }))).toBe(false)
  })
  it.each([
    ['an added allow rule', v({ rules: [...current.rules, { id: 'more', effect: 'allow', condition: 'false' }] })],
    ['a removed rule', v({ rules: [current.rules[1]!] })],
    ['an edited condition', v({ rules: [{ ...current.rules[0]!, condition: 'big_le(evm.value, "1001")' }, current.rules[1]!] })],
    ['a dropped requirement', looser],
    ['reordered allow rules', v({ rules: [current.rules[1]!, current.rules[0]!] })],
    ['a changed ABI', v({ abi: [{ type: 'function', name: 'f', inputs: [], outputs: [], stateMutability: 'view' }] })],
  ])('%s is loosening', (_, next) => expect(isLoosening(current, next)).toBe(true))
  it('a raised limit is loosening', () => {
    const limited = v({ limits: [{ id: 'l', chain: 'eip155:1', per: 'key', windowSeconds: 60, max: '1' }] })
    expect(isLoosening(limited, { ...limited, version: 6, limits: [{ ...limited.limits![0]!, max: '2' }] })).toBe(true)
  })
})
