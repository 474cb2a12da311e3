import { randomBytes } from 'node:crypto'
import { ed25519 } from '@noble/curves/ed25519.js'
import { ed25519Identity } from '@thresh/crypto'
import { describe, expect, it } from 'vitest'
import {
  checkpointMessage, compareLogs, entryHash, entryLine, GENESIS_HASH, nextEntry, parseEntry, signCheckpoint, verifyLog,
  type AuditCheckpoint, type AuditEntry, type AuditRecord,
} from '../src/index.js'

const identity = ed25519Identity(new Uint8Array(randomBytes(32)))
const other = ed25519Identity(new Uint8Array(randomBytes(32)))

function record(i: number): AuditRecord {
  return {
    caller: 'coordinator-peer', operation: 'sign', requestId: `req-${i}`, keyId: 'k1', epoch: 0,
    payload: { kind: 'evm-tx', digestHash: 'ab'.repeat(32), digests: 1, summary: { chainId: 1, to: '0x00000000000000000000000000000000000000aa', value: '1000000000000000000000' } },
    policy: { enforced: true, version: 3, decision: 'allow', ruleId: 'small-transfers', reason: 'matched', approvers: [] },
    outcome: 'signed', signatureHash: 'cd'.repeat(32),
  }
}

/** A log of n entries with a checkpoint every `every` entries. */
function makeLog(n: number, every = 4): { entries: AuditEntry[]; checkpoints: AuditCheckpoint[] } {
  const entries: AuditEntry[] = []
  const checkpoints: AuditCheckpoint[] = []
  for (let i = 1; i <= n; i++) {
    const e = nextEntry(entries.at(-1) ?? null, record(i), 1_700_000_000_000 + i)
    entries.push(e)
    if (i % every === 0) checkpoints.push(signCheckpoint(identity, e, e.time))
  }
  return { entries, checkpoints }
}

describe('audit entries', () => {
  it('chain: seq from 1, each prevHash is the previous hash, the hash covers every field', () => {
    const { entries } = makeLog(3)
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3])
    expect(entries[0]!.prevHash).toBe(GENESIS_HASH)
    expect(entries[1]!.prevHash).toBe(entries[0]!.hash)
    expect(entries[2]!.prevHash).toBe(entries[1]!.hash)
    expect(entryHash(entries[1]!)).toBe(entries[1]!.hash)
    expect(entryHash({ ...entries[1]!, outcome: 'denied' })).not.toBe(entries[1]!.hash)
    expect(entryHash({ ...entries[1]!, prevHash: entries[2]!.hash })).not.toBe(entries[1]!.hash)
    // the line round-trips, key order does not matter (canonical form)
    expect(parseEntry(entryLine(entries[1]!))).toEqual(entries[1])
    const shuffled = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(entries[1]!).reverse()))) as AuditEntry
    expect(entryHash(shuffled)).toBe(entries[1]!.hash)
  })

  it('an undefined optional field hashes like an absent one', () => {
    const a = nextEntry(null, { caller: 'c', operation: 'listKeys', outcome: 'ok' }, 1)
    const b = nextEntry(null, { caller: 'c', operation: 'listKeys', outcome: 'ok', keyId: undefined }, 1)
    expect(b.hash).toBe(a.hash)
    expect('keyId' in b).toBe(false)
  })

  it('checkpoints are Ed25519 by the identity over (seq, head, time), checked by noble', () => {
    const { checkpoints } = makeLog(8)
    const c = checkpoints[1]!
    expect(c.seq).toBe(8)
    expect(ed25519.verify(Buffer.from(c.signature, 'hex'), checkpointMessage(c), identity.publicKey)).toBe(true)
  })
})

describe('verifyLog', () => {
  it('an intact log verifies with its head and checkpoint count', () => {
    const { entries, checkpoints } = makeLog(10)
    expect(verifyLog(entries, checkpoints, identity.publicKey)).toEqual({ ok: true, entries: 10, head: { seq: 10, hash: entries[9]!.hash }, checkpoints: 2 })
    expect(verifyLog([], [], identity.publicKey)).toEqual({ ok: true, entries: 0, head: null, checkpoints: 0 })
  })

  it('a flipped byte in an entry names that entry as modified', () => {
    const { entries, checkpoints } = makeLog(10)
    const tampered = [...entries]
    tampered[5] = { ...entries[5]!, payload: { ...entries[5]!.payload!, summary: { ...entries[5]!.payload!.summary, value: '1000000000000000000001' } } }
    expect(verifyLog(tampered, checkpoints, identity.publicKey)).toMatchObject({ ok: false, seq: 6, problem: 'modified' })
  })

  it('an entry rewritten with a recomputed hash is named through the next entry\'s prevHash', () => {
    const { entries, checkpoints } = makeLog(10)
    const tampered = [...entries]
    const { hash: _h, ...body } = entries[6]!
    const forged = { ...body, outcome: 'denied' as const }
    tampered[6] = { ...forged, hash: entryHash(forged) }
    expect(verifyLog(tampered, checkpoints, identity.publicKey)).toMatchObject({ ok: false, seq: 7, problem: 'modified' })
  })

  it('a rewritten tail (every hash recomputed) is caught by the signed checkpoint', () => {
    const { entries, checkpoints } = makeLog(8)
    const rewritten: AuditEntry[] = entries.slice(0, 5)
    for (let i = 5; i < 8; i++) rewritten.push(nextEntry(rewritten.at(-1)!, { ...record(i + 1), outcome: 'denied' }, entries[i]!.time))
    expect(verifyLog(rewritten, checkpoints, identity.publicKey)).toMatchObject({ ok: false, seq: 8, problem: 'modified' })
  })

  it('a deleted entry is named by its seq', () => {
    const { entries, checkpoints } = makeLog(10)
    const r = verifyLog([...entries.slice(0, 3), ...entries.slice(4)], checkpoints, identity.publicKey)
    expect(r).toEqual({ ok: false, seq: 4, problem: 'deleted', message: 'entry 4 is missing' })
    expect(verifyLog([...entries.slice(0, 3), ...entries.slice(6)], checkpoints, identity.publicKey)).toMatchObject({ ok: false, seq: 4, problem: 'deleted', message: 'entries 4..6 are missing' })
    expect(verifyLog(entries.slice(1), checkpoints, identity.publicKey)).toMatchObject({ ok: false, seq: 1, problem: 'deleted' })
  })

  it('two swapped entries are named as reordered', () => {
    const { entries, checkpoints } = makeLog(10)
    const swapped = [...entries]
    swapped[2] = entries[3]!
    swapped[3] = entries[2]!
    expect(verifyLog(swapped, checkpoints, identity.publicKey)).toMatchObject({ ok: false, seq: 3, problem: 'reordered' })
    expect(verifyLog([...entries.slice(0, 5), entries[2]!, ...entries.slice(5)], checkpoints, identity.publicKey)).toMatchObject({ ok: false, seq: 3, problem: 'reordered' })
  })

  it('a log cut below its last signed checkpoint is truncated, named from the first missing entry', () => {
    const { entries, checkpoints } = makeLog(10)
    expect(verifyLog(entries.slice(0, 6), checkpoints, identity.publicKey)).toEqual({
      ok: false, seq: 7, problem: 'truncated', message: 'the log ends at entry 6 but a signed checkpoint covers entry 8',
    })
    // cut after the last checkpoint: nothing local can tell (other nodes' logs can, see compare)
    expect(verifyLog(entries.slice(0, 9), checkpoints, identity.publicKey)).toMatchObject({ ok: true, entries: 9 })
  })

  it('a forged checkpoint (another key, or altered) is named', () => {
    const { entries, checkpoints } = makeLog(10)
    const forged = [checkpoints[0]!, signCheckpoint(other, entries[7]!, 5)]
    expect(verifyLog(entries, forged, identity.publicKey)).toMatchObject({ ok: false, seq: 8, problem: 'checkpoint' })
    const altered = [{ ...checkpoints[0]!, time: checkpoints[0]!.time + 1 }, checkpoints[1]!]
    expect(verifyLog(entries, altered, identity.publicKey)).toMatchObject({ ok: false, seq: 4, problem: 'checkpoint' })
    // a forged checkpoint past the end is a forgery, not a truncation
    expect(verifyLog(entries.slice(0, 6), [checkpoints[0]!, signCheckpoint(other, entries[7]!, 5)], identity.publicKey)).toMatchObject({ ok: false, seq: 8, problem: 'checkpoint' })
  })

  it('an unreadable record is named as modified; the first problem wins', () => {
    const { entries, checkpoints } = makeLog(10)
    const items = [...entries.slice(0, 2), { seq: 3, unreadable: 'record failed authentication' }, ...entries.slice(3, 5), ...entries.slice(6)]
    expect(verifyLog(items, checkpoints, identity.publicKey)).toMatchObject({ ok: false, seq: 3, problem: 'modified' })
  })

  it('a range verifies from the entry before it', () => {
    const { entries, checkpoints } = makeLog(10)
    expect(verifyLog(entries.slice(4), checkpoints, identity.publicKey, { after: { seq: 4, hash: entries[3]!.hash } })).toMatchObject({ ok: true, entries: 6, checkpoints: 1 })
    expect(verifyLog(entries.slice(4), checkpoints, identity.publicKey, { after: { seq: 4, hash: entries[2]!.hash } })).toMatchObject({ ok: false, seq: 4, problem: 'modified' })
  })
})

describe('compareLogs', () => {
  const signEntry = (seq: number, rec: Partial<AuditRecord>): AuditEntry => nextEntry(null, { ...record(seq), ...rec }, seq)

  it('agrees when the nodes recorded the same key, digest and signature for each request', () => {
    const a = [signEntry(1, { requestId: 'r1' }), signEntry(2, { requestId: 'r2', outcome: 'denied', signatureHash: undefined })]
    const b = [signEntry(1, { requestId: 'r1' }), signEntry(2, { requestId: 'r2', outcome: 'denied', signatureHash: undefined })]
    const c = [signEntry(1, { requestId: 'r2', outcome: 'denied', signatureHash: undefined })] // not a signer of r1
    expect(compareLogs([{ node: 'A', entries: a }, { node: 'B', entries: b }, { node: 'C', entries: c }])).toEqual({ agree: true, requests: 2, signed: 1, disagreements: [] })
  })

  it('names each disagreement: digest, signature, key, and signed-where-another-denied', () => {
    const a = [signEntry(1, { requestId: 'r1' }), signEntry(2, { requestId: 'r2' }), signEntry(3, { requestId: 'r3' })]
    const b = [
      signEntry(1, { requestId: 'r1', payload: { ...record(1).payload!, digestHash: 'ee'.repeat(32) } }),
      signEntry(2, { requestId: 'r2', signatureHash: 'ff'.repeat(32) }),
      signEntry(3, { requestId: 'r3', outcome: 'denied', signatureHash: undefined }),
    ]
    const r = compareLogs([{ node: 'A', entries: a }, { node: 'B', entries: b }])
    expect(r.agree).toBe(false)
    expect(r.disagreements).toEqual([
      { requestId: 'r1', field: 'digestHash', values: { A: 'ab'.repeat(32), B: 'ee'.repeat(32) } },
      { requestId: 'r2', field: 'signatureHash', values: { A: 'cd'.repeat(32), B: 'ff'.repeat(32) } },
      { requestId: 'r3', field: 'outcome', values: { A: 'signed', B: 'denied' } },
    ])
    const k = compareLogs([{ node: 'A', entries: [signEntry(1, { requestId: 'r1' })] }, { node: 'B', entries: [signEntry(1, { requestId: 'r1', keyId: 'k2' })] }])
    expect(k.disagreements).toEqual([{ requestId: 'r1', field: 'keyId', values: { A: 'k1', B: 'k2' } }])
  })

  it('a request id tried again (another attempt, say with more approvals): a denial in one attempt and a signature in another agree', () => {
    const a = [signEntry(1, { requestId: 'r1', attempt: 'n1@1', outcome: 'denied', signatureHash: undefined })]
    const b = [signEntry(1, { requestId: 'r1', attempt: 'n1@1', outcome: 'denied', signatureHash: undefined }), signEntry(2, { requestId: 'r1', attempt: 'n2@2' })]
    const c = [signEntry(1, { requestId: 'r1', attempt: 'n2@2' })]
    expect(compareLogs([{ node: 'A', entries: a }, { node: 'B', entries: b }, { node: 'C', entries: c }])).toEqual({ agree: true, requests: 1, signed: 1, disagreements: [] })
    // within one attempt a denial beside a signature, or two signature hashes, disagree
    const d = [signEntry(1, { requestId: 'r1', attempt: 'n2@2', outcome: 'denied', signatureHash: undefined })]
    const e = [signEntry(1, { requestId: 'r1', attempt: 'n2@2', signatureHash: 'ff'.repeat(32) })]
    expect(compareLogs([{ node: 'C', entries: c }, { node: 'D', entries: d }, { node: 'E', entries: e }]).disagreements).toEqual([
      { requestId: 'r1', field: 'signatureHash', values: { C: 'cd'.repeat(32), E: 'ff'.repeat(32) } },
      { requestId: 'r1', field: 'outcome', values: { C: 'signed', D: 'denied', E: 'signed' } },
    ])
  })

  it('one node recording two payloads under one request id disagrees with itself', () => {
    const a = [signEntry(1, { requestId: 'r1' }), signEntry(2, { requestId: 'r1', payload: { ...record(1).payload!, digestHash: 'ee'.repeat(32) } })]
    expect(compareLogs([{ node: 'A', entries: a }]).disagreements).toEqual([{ requestId: 'r1', field: 'digestHash', values: { A: `${'ab'.repeat(32)} | ${'ee'.repeat(32)}` } }])
  })
})
