import { describe, expect, it } from 'vitest'
import { bytesToHex } from '@noble/hashes/utils.js'
import { authorize, cancelHash, checkVelocity, ledgerEntriesFor, loadPolicy, requestHash, type Announcement, type LedgerEntry, type Limit } from '../src/index.js'
import { ed25519Approver, webauthnApprover } from './approvers.js'
import { ALICE, BOB, NOW, btcCtx, evmCtx } from './fixtures.js'

describe('time lock', () => {
  const c1 = ed25519Approver()
  const c2 = webauthnApprover()
  const DELAY = 86_400
  const policy = loadPolicy({
    version: 1,
    rules: [{ id: 'delayed', effect: 'allow', condition: 'true', require: { timeLock: { delaySeconds: DELAY, cancel: { threshold: 2, approvers: [c1.approver, c2.approver] } } } }],
  })
  const ctx = evmCtx({}, { expiresAt: NOW + 10 * DELAY })
  const hash = requestHash(ctx)
  const announcement: Announcement = { requestId: ctx.requestId, requestHash: bytesToHex(hash), announcedAt: NOW }

  it('refused before the delay, allowed from exactly the delay on', () => {
    expect(authorize(policy, ctx, { now: NOW + DELAY - 1, announcement })).toMatchObject({ decision: 'deny', reason: `time lock: signable from ${NOW + DELAY} (now ${NOW + DELAY - 1})` })
    expect(authorize(policy, ctx, { now: NOW + DELAY, announcement }).decision).toBe('allow')
  })

  it('refused without an announcement, or with one for another request', () => {
    expect(authorize(policy, ctx, { now: NOW + DELAY }).reason).toMatch(/not announced/)
    const other = { ...announcement, requestHash: bytesToHex(requestHash({ ...ctx, payloadHash: 'ef'.repeat(32) })) }
    expect(authorize(policy, ctx, { now: NOW + DELAY, announcement: other }).reason).toMatch(/another request/)
    expect(authorize(policy, ctx, { now: NOW + DELAY, announcement: { ...announcement, requestId: 'req-9' } }).reason).toMatch(/another request/)
  })

  it('a cancel quorum cancels; one canceller or cancels of the approval hash do not', () => {
    const cancel = cancelHash(hash)
    const after = { now: NOW + DELAY, announcement }
    expect(authorize(policy, ctx, { ...after, cancellations: [c1.sign(cancel), c2.sign(cancel)] })).toMatchObject({ decision: 'deny', reason: 'time lock: the request was cancelled by a cancel quorum' })
    expect(authorize(policy, ctx, { ...after, cancellations: [c1.sign(cancel)] }).decision).toBe('allow')
    // signatures over the request hash itself (approvals) are not cancellations
    expect(authorize(policy, ctx, { ...after, cancellations: [c1.sign(hash), c2.sign(hash)] }).decision).toBe('allow')
  })
})

describe('velocity limits', () => {
  const WINDOW = 3600
  const limit = (per: Limit['per'], max: string): Limit => ({ id: `per-${per}`, chain: 'eip155:1', per, windowSeconds: WINDOW, max })
  const entry = (amount: string, at: number, over: Partial<LedgerEntry> = {}): LedgerEntry => ({ requestId: `r${at}`, keyId: 'key-1', chain: 'eip155:1', destination: BOB, amount, at, ...over })
  const ctx = evmCtx({ value: '4' + '0'.repeat(29) }) // 4e29 wei
  const E29 = '0'.repeat(29)

  it('sliding window boundaries: an entry exactly windowSeconds old no longer counts', () => {
    const limits = [limit('key', '1' + '0'.repeat(30))] // 1e30
    const ledger = [entry('6' + E29, NOW - WINDOW)] // 6e29 + 4e29 = 1e30: at the limit
    expect(checkVelocity(limits, ctx, ledger, NOW)).toEqual({ ok: true })
    const inside = [entry('6' + E29 + '0', NOW - WINDOW + 1)] // 6e30 one second inside the window
    expect(checkVelocity(limits, ctx, inside, NOW)).toMatchObject({ ok: false, limitId: 'per-key' })
    expect(checkVelocity(limits, ctx, inside, NOW + 1)).toEqual({ ok: true })
    // exactly at max passes, one wei over fails
    expect(checkVelocity(limits, ctx, [entry('6' + E29, NOW - 1)], NOW)).toEqual({ ok: true })
    expect(checkVelocity(limits, ctx, [entry('6' + '0'.repeat(28) + '1', NOW - 1)], NOW)).toMatchObject({ ok: false })
  })

  it('groups: per key, per destination, per chain', () => {
    const ledger = [entry('7' + E29, NOW - 10, { keyId: 'key-2', destination: ALICE })]
    const max = '1' + '0'.repeat(30)
    expect(checkVelocity([limit('key', max)], ctx, ledger, NOW).ok).toBe(true) // other key
    expect(checkVelocity([limit('destination', max)], ctx, ledger, NOW).ok).toBe(true) // other destination
    expect(checkVelocity([limit('chain', max)], ctx, ledger, NOW).ok).toBe(false) // same chain
    expect(checkVelocity([limit('chain', max)], ctx, [{ ...ledger[0]!, chain: 'eip155:10' }], NOW).ok).toBe(true)
    expect(checkVelocity([{ ...limit('key', '1'), chain: 'eip155:10' }], ctx, [], NOW).ok).toBe(true) // limit on another chain
  })

  it('the ledger entries the node records: one per destination, change excluded; Bitcoin per-destination', () => {
    expect(ledgerEntriesFor(ctx, NOW)).toEqual([{ requestId: 'req-1', keyId: 'key-1', chain: 'eip155:1', destination: BOB, amount: '4' + E29, at: NOW }])
    const btc = btcCtx()
    expect(ledgerEntriesFor(btc, NOW)).toEqual([{ requestId: 'req-1', keyId: 'key-1', chain: 'bitcoin:mainnet', destination: 'bc1qdest0000000000000000000000000000000000', amount: '150000', at: NOW }])
    const btcLimit: Limit = { id: 'btc', chain: 'bitcoin:mainnet', per: 'destination', windowSeconds: 86400, max: '200000' }
    expect(checkVelocity([btcLimit], btc, [], NOW).ok).toBe(true)
    expect(checkVelocity([btcLimit], btc, ledgerEntriesFor(btcCtx({}, { requestId: 'req-0' }), NOW - 5), NOW).ok).toBe(false)
  })

  it('authorize applies limits after the rules, naming the limit', () => {
    const policy = loadPolicy({ version: 1, rules: [{ id: 'all', effect: 'allow', condition: 'true' }], limits: [limit('key', '1' + '0'.repeat(30))] })
    expect(authorize(policy, ctx, { now: NOW, ledger: [] }).decision).toBe('allow')
    const d = authorize(policy, ctx, { now: NOW, ledger: [entry('7' + E29, NOW - 1)] })
    expect(d).toMatchObject({ decision: 'deny', ruleId: 'per-key' })
    expect(d.reason).toContain('700000000000000000000000000000 already spent + 400000000000000000000000000000 exceeds 1000000000000000000000000000000')
  })
})
