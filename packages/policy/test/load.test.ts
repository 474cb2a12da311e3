import { describe, expect, it } from 'vitest'
import { loadPolicy, PolicyError, type PolicyDocument, type Rule } from '../src/index.js'

const ED = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a' // RFC 8032 test 1 public key
const good: Rule = { id: 'ok', effect: 'allow', condition: 'request.operation == "sign"' }

function refused(rules: unknown[], extra: Record<string, unknown> = {}): PolicyError {
  try {
    loadPolicy({ version: 1, rules, ...extra } as unknown as PolicyDocument)
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError)
    return e as PolicyError
  }
  throw new Error('policy was accepted')
}

describe('malformed policies are refused at load, naming the rule', () => {
  it.each([
    ['bad-syntax', 'evm.value ==', /does not parse/],
    ['unknown-field', 'evm.valu == "1"', /unknown field valu/],
    ['unknown-nested-field', 'btc.outputs.all(o, o.amont == "1")', /unknown field amont/],
    ['unknown-variable', 'tx.value == "1"', /unknown variable tx/],
    ['unknown-function', 'wei(evm.value) > 1', /unknown function wei/],
    ['string-vs-int', 'evm.value > 1000', /compares string with int/],
    ['int-vs-string', 'evm.chainId == "1"', /compares int with string/],
    ['in-mismatch', 'evm.chainId in ["1"]', /in: looks for int/],
    ['amount-arg', 'big_le(evm.chainId, "1")', /big_le argument 1 must be string, not int/],
    ['not-bool', 'evm.value', /not a boolean/],
    ['select-scalar', 'evm.value.x == "1"', /cannot select x from string/],
  ])('%s', (id, condition, message) => {
    const e = refused([good, { id, effect: 'deny', condition }])
    expect(e.ruleId).toBe(id)
    expect(e.message).toMatch(message)
    expect(e.message).toContain(`rule "${id}"`)
  })

  it('duplicate id (rules and limits share one namespace)', () => {
    expect(refused([good, { ...good }]).ruleId).toBe('ok')
    expect(refused([good], { limits: [{ id: 'ok', chain: 'eip155:1', per: 'key', windowSeconds: 60, max: '1' }] }).message).toMatch(/duplicate id/)
  })

  it('bad quorum: threshold 0, above n, fractional, duplicate approver, invalid key, unknown type', () => {
    const approvers = [{ type: 'ed25519', publicKey: ED }]
    const rule = (approvals: unknown) => ({ id: 'q', effect: 'allow', condition: 'true', require: { approvals } })
    expect(refused([rule({ threshold: 0, approvers })]).message).toMatch(/rule "q".*threshold 0/)
    expect(refused([rule({ threshold: 2, approvers })]).message).toMatch(/threshold 2 is not an integer between 1 and 1/)
    expect(refused([rule({ threshold: 1.5, approvers })]).message).toMatch(/threshold 1.5/)
    expect(refused([rule({ threshold: 1, approvers: [...approvers, ...approvers] })]).message).toMatch(/listed twice/)
    // y = 2 is not on edwards25519 (x^2 = (y^2-1)/(d y^2+1) is not a square)
    expect(refused([rule({ threshold: 1, approvers: [{ type: 'ed25519', publicKey: '02' + '00'.repeat(31) }] })]).message).toMatch(/not an Ed25519 point/)
    expect(refused([rule({ threshold: 1, approvers: [{ type: 'bip340', publicKey: 'ff'.repeat(32) }] })]).message).toMatch(/not a secp256k1 x coordinate/)
    expect(refused([rule({ threshold: 1, approvers: [{ type: 'webauthn-p256', publicKey: '04' + '11'.repeat(64) }] })]).message).toMatch(/not a P-256 point/)
    expect(refused([rule({ threshold: 1, approvers: [{ type: 'rsa', publicKey: 'aa' }] })]).message).toMatch(/type "rsa" is unknown/)
  })

  it('require on a deny rule, bad time lock, unknown fields', () => {
    expect(refused([{ id: 'd', effect: 'deny', condition: 'true', require: {} }]).message).toMatch(/only allow rules/)
    expect(refused([{ id: 't', effect: 'allow', condition: 'true', require: { timeLock: { delaySeconds: -5 } } }]).message).toMatch(/rule "t".*delaySeconds/)
    expect(refused([{ id: 'x', effect: 'allow', condition: 'true', when: 'now' }]).message).toMatch(/rule "x".*unknown field\(s\) when/)
    expect(refused([{ id: 'e', effect: 'permit', condition: 'true' }]).message).toMatch(/effect/)
    expect(refused([good], { extra: 1 }).message).toMatch(/policy has unknown field\(s\) extra/)
    expect(refused([{ id: 'bad id!', effect: 'allow', condition: 'true' }]).message).toMatch(/must match/)
  })

  it('bad limits and ABI', () => {
    expect(refused([good], { limits: [{ id: 'l', chain: 'eip155:1', per: 'key', windowSeconds: 60, max: '1e18' }] }).message).toMatch(/rule "l".*max/)
    expect(refused([good], { limits: [{ id: 'l', chain: 'eip155:1', per: 'month', windowSeconds: 60, max: '1' }] }).message).toMatch(/per/)
    expect(refused([good], { abi: [{ type: 'event', name: 'Transfer', inputs: [] }] }).ruleId).toBe('abi')
    expect(refused([good], { abi: [{ type: 'function', name: 'f', inputs: [{ name: 'x', type: 'uint257' }], outputs: [] }] }).ruleId).toBe('abi')
  })

  it('never half-applied: one bad rule refuses the document, and a loaded copy ignores later edits', () => {
    const doc: PolicyDocument = { version: 1, rules: [good] }
    const loaded = loadPolicy(doc)
    doc.rules[0]!.condition = 'false'
    expect(loaded.document.rules[0]!.condition).toBe('request.operation == "sign"')
    expect(() => loadPolicy({ version: 1, rules: [good, { id: 'bad', effect: 'deny', condition: 'evm.nope' }] })).toThrow(PolicyError)
    expect(() => loadPolicy({ version: 0, rules: [] })).toThrow(/version/)
  })
})
