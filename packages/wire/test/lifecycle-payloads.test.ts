import { describe, expect, it } from 'vitest'
import {
  RepairSession, ReshareSession, simulate,
  type KeyShare, type PinnedKey, type RepairMessage, type ReshareMessage, type Scheme, type Session,
} from '@thresh/crypto'
import { byteSession, repairCodec, reshareCodec } from '../src/index.js'
import { identityOf, runDkg } from './protocol-harness.js'
import { expectCodecContract, recorder } from './tamper.js'
import { expectRefused } from './refusal.js'
import type { Intercept } from './protocol-harness.js'

const pinnedOf = (k: KeyShare): PinnedKey => ({
  keyId: k.keyId, scheme: k.scheme, epoch: k.epoch, threshold: k.threshold, parties: k.parties,
  publicShares: k.publicShares, groupPublicKey: k.groupPublicKey, chainCode: k.chainCode,
})

/** Node n (session party n) holds old index `old[n-1]` and next index `next[n-1]`. */
function runReshare(keys: KeyShare[], mode: 'refresh' | 'reshare', dealers: number[], next: { threshold: number; parties: number[] }, intercept?: Intercept) {
  const nodes = [...new Set([...dealers, ...next.parties])].sort((a, b) => a - b)
  const roster = nodes.map((k) => ({ identity: identityOf(k).publicKey, old: dealers.includes(k) ? k : undefined, next: next.parties.includes(k) ? k : undefined }))
  const codec = reshareCodec({ curve: keys[0]!.curve, mode, threshold: next.threshold, dealers: dealers.length })
  const sessions: Session<KeyShare | null, Uint8Array>[] = nodes.map((k, i) => byteSession(new ReshareSession({
    key: pinnedOf(keys[0]!), mode, dealers, next, roster, self: i + 1, identity: identityOf(k), share: keys.find((s) => s.self === k),
  }), codec))
  return simulate(sessions, intercept ? { intercept } : {})
}

function runRepair(keys: KeyShare[], lost: number, helpers: number[], intercept?: Intercept) {
  const nodes = [...helpers, lost]
  const roster = nodes.map((k) => ({ identity: identityOf(k).publicKey, old: k }))
  const codec = repairCodec({ curve: keys[0]!.curve, helpers: helpers.length })
  const sessions = nodes.map((k, i) => byteSession(new RepairSession({
    key: pinnedOf(keys[0]!), lost, helpers, roster, self: i + 1, identity: identityOf(k), share: k === lost ? undefined : keys.find((s) => s.self === k),
  }), codec))
  return simulate(sessions, intercept ? { intercept } : {})
}

describe.each(['frost-ed25519', 'ecdsa'] as Scheme[])('lifecycle payloads over the wire (%s)', (scheme) => {
  const keys = [...runDkg(scheme, 2, 3).results.values()].sort((a, b) => a.self - b.self)
  const curve = keys[0]!.curve

  it('carry a refresh, a reshare and a repair end to end, and refuse truncated and random bytes', () => {
    const refreshRec = recorder()
    const refresh = runReshare(keys, 'refresh', [1, 2, 3], { threshold: 2, parties: [1, 2, 3] }, refreshRec.intercept)
    expect(refresh.aborts.size).toBe(0)
    expect([...refresh.results.values()].map((k) => k!.epoch)).toEqual([1, 1, 1])

    const reshareRec = recorder()
    const reshare = runReshare(keys, 'reshare', [1, 3], { threshold: 3, parties: [2, 3, 4, 5] }, reshareRec.intercept)
    expect(reshare.aborts.size).toBe(0)
    expect(reshare.results.get(1)).toBeNull()
    for (const p of [2, 3, 4, 5]) expect(reshare.results.get(p)!.groupPublicKey).toEqual(keys[0]!.groupPublicKey)

    const repairRec = recorder()
    const repair = runRepair(keys, 2, [3, 1], repairRec.intercept)
    expect(repair.aborts.size).toBe(0)
    expect(repair.results.get(3)!.secretShare).toEqual(keys[1]!.secretShare)

    expectCodecContract(reshareCodec({ curve, mode: 'refresh', threshold: 2, dealers: 3 }), refreshRec.copies.map((c) => c.bytes), { prefixStep: 97 })
    expectCodecContract(reshareCodec({ curve, mode: 'reshare', threshold: 3, dealers: 2 }), reshareRec.copies.map((c) => c.bytes), { prefixStep: 97 })
    expectCodecContract(repairCodec({ curve, helpers: 2 }), repairRec.copies.map((c) => c.bytes), { prefixStep: 97 })
    // every message type went over the wire
    expect(new Set(repairRec.copies.map((c) => repairCodec({ curve, helpers: 2 }).decode(c.bytes).type)).size).toBe(6)
  })

  it('refuse messages shaped for another session', () => {
    const rec = recorder()
    runReshare(keys, 'reshare', [1, 3], { threshold: 3, parties: [2, 3, 4, 5] }, rec.intercept)
    const codec = reshareCodec({ curve, mode: 'reshare', threshold: 3, dealers: 2 })
    const commit = rec.copies.map((c) => c.bytes).find((b) => codec.decode(b).type === 'reshare/commit')!
    const confirm = rec.copies.map((c) => c.bytes).find((b) => codec.decode(b).type === 'reshare/confirm')!
    // a threshold-3 commitment: one point too many for threshold 2, and for a refresh of threshold 3 (no constant)
    expectRefused(() => reshareCodec({ curve, mode: 'reshare', threshold: 2, dealers: 2 }).decode(commit), { field: 'commit.commitment' })
    expectRefused(() => reshareCodec({ curve, mode: 'refresh', threshold: 3, dealers: 2 }).decode(commit), { field: 'commit.commitment' })
    expectRefused(() => reshareCodec({ curve, mode: 'reshare', threshold: 3, dealers: 3 }).decode(confirm), { field: 'confirm.round1_digests' })
    expect(() => reshareCodec({ curve, mode: 'reshare', threshold: 65, dealers: 2 })).toThrow(RangeError)
    expect(() => repairCodec({ curve, helpers: 0 })).toThrow(RangeError)
  })

  it('refuse complaints with bad accusation lists', () => {
    const reshare = reshareCodec({ curve, mode: 'reshare', threshold: 2, dealers: 2 })
    const view = { round1Digests: [new Uint8Array(32), new Uint8Array(32)], round1Signatures: [new Uint8Array(64), new Uint8Array(64)] }
    const complaint = (accused: number[], n = accused.length): ReshareMessage => ({
      type: 'reshare/complaint', ...view, accused, shares: Array.from({ length: n }, () => new Uint8Array(32)), shareSignatures: Array.from({ length: n }, () => new Uint8Array(64)),
    })
    expect(reshare.decode(reshare.encode(complaint([1, 2])))).toEqual(complaint([1, 2]))
    expectRefused(() => reshare.decode(reshare.encode(complaint([1, 1]))), { field: 'complaint.accused' })
    expectRefused(() => reshare.decode(reshare.encode(complaint([1, 2, 3]))), { field: 'complaint.accused' })
    expectRefused(() => reshare.decode(reshare.encode(complaint([0]))))
    expectRefused(() => reshare.decode(reshare.encode(complaint([1, 2], 1))), { field: 'complaint.shares' })

    const repair = repairCodec({ curve, helpers: 2 })
    const sumComplaint = (accused: number[]): RepairMessage => ({
      type: 'repair/sum-complaint', accused, sums: accused.map(() => new Uint8Array(32)), sumSignatures: accused.map(() => new Uint8Array(64)),
    })
    expect(repair.decode(repair.encode(sumComplaint([2])))).toEqual(sumComplaint([2]))
    expectRefused(() => repair.decode(repair.encode(sumComplaint([]))), { field: 'sum_complaint.accused' })
    expectRefused(() => repair.decode(repair.encode(sumComplaint([4]))))
    expectRefused(() => repair.decode(new Uint8Array(0)), { field: 'body' })
  })
})
