import { describe, expect, it } from 'vitest'
import { p256 } from '@noble/curves/nist.js'
import { hexToBytes } from '@noble/hashes/utils.js'
import { authorize, checkQuorum, loadPolicy, requestHash, signatureProblem, type Quorum, type RequestContext } from '../src/index.js'
import { bip340Approver, ed25519Approver, webauthnApprover, webauthnAssertion } from './approvers.js'
import { NOW, evmCtx } from './fixtures.js'

const ed = ed25519Approver()
const bip = bip340Approver()
const pk = webauthnApprover()
const quorum: Quorum = { threshold: 2, approvers: [ed.approver, bip.approver, pk.approver] }
const policy = loadPolicy({ version: 1, rules: [{ id: 'two-of-three', effect: 'allow', condition: 'true', require: { approvals: quorum } }] })
const ctx = evmCtx()
const hash = requestHash(ctx)

describe('approver signature kinds', () => {
  it.each([['ed25519', ed], ['bip340', bip], ['webauthn-p256', pk]] as const)('%s: valid signature over the request hash verifies; over another message it does not', (_, a) => {
    expect(signatureProblem(a.approver, hash, a.sign(hash))).toBeUndefined()
    const other = requestHash({ ...ctx, requestId: 'req-2' })
    expect(signatureProblem(a.approver, hash, a.sign(other))).toBeDefined()
  })

  it('BIP340 verifier: official test vectors 0 (valid) and 5 (public key not on the curve)', () => {
    // bitcoin/bips bip-0340/test-vectors.csv, rows 0 and 5
    const v0 = { type: 'bip340' as const, publicKey: 'f9308a019258c31049344f85f89d5229b531c845836f99b08601f113bce036f9' }
    const sig0 = 'e907831f80848d1069a5371b402410364bdf1c5f8307b0084c55f1ce2dca821525f66a4a85ea8b71e482a74f382d2ce5ebeee8fdb2172f477df4900d310536c0'
    expect(signatureProblem(v0, new Uint8Array(32), { publicKey: v0.publicKey, signature: sig0 })).toBeUndefined()
    expect(signatureProblem(v0, Uint8Array.of(1, ...new Uint8Array(31)), { publicKey: v0.publicKey, signature: sig0 })).toBe('bad signature')
  })

  describe('WebAuthn assertion checks', () => {
    const sign = (o: Parameters<typeof webauthnAssertion>[3]) => webauthnAssertion(pk.privateKey, pk.approver.publicKey, hash, o)
    it('challenge must be this request', () => expect(signatureProblem(pk.approver, hash, sign({ challenge: new Uint8Array(32) }))).toBe('challenge is not this request'))
    it('type must be webauthn.get', () => expect(signatureProblem(pk.approver, hash, sign({ type: 'webauthn.create' }))).toBe('clientDataJSON type is not webauthn.get'))
    it('rpIdHash must match the configured RP id', () => expect(signatureProblem(pk.approver, hash, sign({ rpId: 'evil.example' }))).toBe('rpIdHash does not match the configured RP id'))
    it('user-present flag required', () => expect(signatureProblem(pk.approver, hash, sign({ flags: 0x04 }))).toBe('user-present flag not set'))
    it('user-verified flag when configured', () => {
      const uv = { ...pk.approver, userVerification: true }
      expect(signatureProblem(uv, hash, sign({ flags: 0x01 }))).toBe('user-verified flag not set')
      expect(signatureProblem(uv, hash, sign({ flags: 0x05 }))).toBeUndefined()
    })
    it('tampered clientDataJSON or authenticatorData breaks the signature', () => {
      const s = sign({})
      expect(signatureProblem(pk.approver, hash, { ...s, clientDataJSON: s.clientDataJSON!.replace('wallet', 'wa11et') })).toBe('bad signature')
      expect(signatureProblem(pk.approver, hash, { ...s, authenticatorData: s.authenticatorData!.slice(0, -2) + '0a' })).toBe('bad signature')
    })
    it('high-S signatures (authenticators do not normalize) verify', () => {
      const s = sign({})
      const sig = p256.Signature.fromBytes(hexToBytes(s.signature), 'der')
      const flipped = new p256.Signature(sig.r, p256.Point.CURVE().n - sig.s)
      for (const v of [sig, flipped]) expect(signatureProblem(pk.approver, hash, { ...s, signature: Buffer.from(v.toBytes('der')).toString('hex') })).toBeUndefined()
    })
  })
})

describe('quorum over the canonical request', () => {
  const at = { now: NOW }
  it('k of n valid approvals allow, in any key-type mix', () => {
    expect(authorize(policy, ctx, { ...at, approvals: [ed.sign(hash), pk.sign(hash)] }).decision).toBe('allow')
    expect(authorize(policy, ctx, { ...at, approvals: [bip.sign(hash), pk.sign(hash)] }).decision).toBe('allow')
  })

  it('one too few is refused', () => {
    const d = authorize(policy, ctx, { ...at, approvals: [ed.sign(hash)] })
    expect(d).toMatchObject({ decision: 'deny', ruleId: 'two-of-three' })
    expect(d.reason).toMatch(/approvals: 1 of 2 required/)
  })

  it('the same approver twice counts once; an unknown approver is ignored', () => {
    expect(authorize(policy, ctx, { ...at, approvals: [ed.sign(hash), ed.sign(hash)] }).decision).toBe('deny')
    const stranger = ed25519Approver()
    const q = checkQuorum(quorum, hash, [ed.sign(hash), stranger.sign(hash)])
    expect(q).toMatchObject({ ok: false, approvedBy: [ed.approver.publicKey] })
    expect(q.rejected).toEqual([{ publicKey: stranger.approver.publicKey, reason: 'not an approver of this rule' }])
  })

  it('verification work per approver is bounded: a fifth signature for one approver is not tried', () => {
    const bad = { ...ed.sign(requestHash({ ...ctx, requestId: 'other' })) }
    const good = ed.sign(hash)
    expect(checkQuorum(quorum, hash, [bad, bad, bad, good]).approvedBy).toEqual([ed.approver.publicKey])
    const q = checkQuorum(quorum, hash, [bad, bad, bad, bad, good])
    expect(q.approvedBy).toEqual([])
    expect(q.rejected.at(-1)).toEqual({ publicKey: ed.approver.publicKey, reason: 'too many signatures for this approver' })
  })

  it('a forged signature does not count', () => {
    const forged = { ...bip.sign(hash) }
    forged.signature = forged.signature.slice(0, -2) + (forged.signature.endsWith('00') ? '01' : '00')
    expect(authorize(policy, ctx, { ...at, approvals: [ed.sign(hash), forged] }).decision).toBe('deny')
    // a valid signature presented under another approver's key
    expect(authorize(policy, ctx, { ...at, approvals: [ed.sign(hash), { ...ed.sign(hash), publicKey: bip.approver.publicKey }] }).decision).toBe('deny')
  })

  it('approvals given for another request (different request id) are refused', () => {
    const other: RequestContext = { ...ctx, requestId: 'req-2' }
    const approvals = [ed.sign(requestHash(other)), pk.sign(requestHash(other))]
    expect(authorize(policy, other, { ...at, approvals }).decision).toBe('allow')
    expect(authorize(policy, ctx, { ...at, approvals }).decision).toBe('deny')
  })

  it('every bound field changes the hash', () => {
    const variants: Partial<RequestContext>[] = [
      { keyId: 'key-2' }, { epoch: 4 }, { path: [0, 8] }, { path: [0, 7, 0] }, { payloadHash: 'ac'.repeat(32) },
      { requestId: 'req-1 ' }, { expiresAt: ctx.expiresAt + 1 }, { operation: 'refresh' },
    ]
    const hashes = new Set([Buffer.from(hash).toString('hex'), ...variants.map((v) => Buffer.from(requestHash({ ...ctx, ...v })).toString('hex'))])
    expect(hashes.size).toBe(variants.length + 1)
  })

  it('an expired request is refused even with a full quorum', () => {
    const approvals = [ed.sign(hash), bip.sign(hash)]
    expect(authorize(policy, ctx, { now: ctx.expiresAt, approvals }).decision).toBe('allow')
    const d = authorize(policy, ctx, { now: ctx.expiresAt + 1, approvals })
    expect(d).toMatchObject({ decision: 'deny', reason: `request expired at ${ctx.expiresAt}` })
  })
})
