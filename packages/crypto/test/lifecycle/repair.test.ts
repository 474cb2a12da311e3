import { describe, expect, it } from 'vitest'
import { sha256 } from '@noble/hashes/sha2.js'
import {
  SCHEMES, groupOf, simulate,
  type KeyShare, type RepairMessage, type Scheme, type Transit,
} from '../../src/index.js'
import { repairCommitDigest, repairPieceDigest, repairSumDigest } from '../../src/lifecycle/repair-messages.js'
import { signStatement } from '../../src/identity/statement.js'
import { expectComplaint, expectHonestAborts, runDkg } from '../dkg-harness.js'
import { dklsSetup, ecdsaSigns, frostSigns, nodeIdentity, repairSessions, type RepairRun } from './harness.js'

const text = (s: string) => new TextEncoder().encode(s)

function runRepair(run: RepairRun, options: Parameters<typeof simulate<KeyShare | null, RepairMessage>>[1] = {}) {
  return simulate(repairSessions(run), options)
}

describe.each(SCHEMES)('repair %s', (scheme: Scheme) => {
  it.each([[2, 3, 2, [3, 1]], [3, 5, 4, [5, 1, 2]]] as const)('(%i,%i): lost share %i rebuilt by helpers %j equals the lost one', (t, n, lost, helpers) => {
    const keys = runDkg(scheme, t, n)
    for (const replacement of [lost, 99]) {
      const r = runRepair({ keys, lost, helpers, replacement })
      expect(r.aborts.size).toBe(0)
      expect(r.stalled).toEqual([])
      for (const s of helpers.keys()) expect(r.results.get(s + 1)).toBeNull()
      const rebuilt = r.results.get(helpers.length + 1)!
      const original = keys[lost - 1]!
      expect(rebuilt.secretShare).toEqual(original.secretShare)
      expect(rebuilt.publicShares.get(lost)).toEqual(original.publicShares.get(lost))
      expect({ ...rebuilt, secretShare: null }).toEqual({ ...original, secretShare: null })
    }
  })

  it('(2,3): the repaired party signs with another party', () => {
    const keys = runDkg(scheme, 2, 3)
    const rebuilt = runRepair({ keys, lost: 1, helpers: [2, 3], replacement: 7 }).results.get(3)!
    const fresh = [rebuilt, keys[1]!, keys[2]!]
    if (scheme === 'ecdsa') expect(ecdsaSigns(dklsSetup(fresh), [1, 3], sha256(text('repaired')))).toBe(true)
    else expect(frostSigns(fresh, [1, 3], text('repaired'))).toBe(true)
  })
})

describe('repair: cheating helpers are named', () => {
  const keys = runDkg('frost-secp256k1', 3, 5)
  const run: RepairRun = { keys, lost: 4, helpers: [5, 1, 2] } // session parties 1, 2, 3 = helpers 5, 1, 2; 4 = the lost party
  const group = groupOf('secp256k1')
  const plusOne = (b: Uint8Array) => group.encodeScalar(group.Fn.add(group.decodeScalar(b, 's', { allowZero: true }), 1n))

  it('a piece that fails its commitment names its sender (proven by the signed piece)', () => {
    const sessions = repairSessions(run)
    const r = simulate(sessions, {
      intercept: (t: Transit<RepairMessage>) => {
        if (t.from === 2 && t.recipient === 3 && t.payload.type === 'repair/piece') {
          const piece = plusOne(t.payload.piece)
          const commit = sessions[1]!
          // the cheater signs its bad piece: the evidence is valid
          const digest = (commit as unknown as { round1: Map<number, { digest: Uint8Array }> }).round1.get(2)!.digest
          t.payload = { ...t.payload, piece, signature: signStatement(nodeIdentity(1), { purpose: 'dkg/share', session: commit.id }, 2, repairPieceDigest(commit.id, 2, 3, piece, digest)) }
        }
      },
    })
    expectHonestAborts(r, [1, 3, 4], [2])
  })

  it('a false complaint names the complainer', () => {
    const r = simulate(repairSessions(run), {
      intercept: (t: Transit<RepairMessage>) => {
        if (t.from === 3 && t.payload.type === 'repair/confirm') {
          t.payload = { type: 'repair/complaint', round1Digests: t.payload.round1Digests, round1Signatures: t.payload.round1Signatures, accused: [], pieces: [], pieceSignatures: [] }
        }
      },
    })
    expectHonestAborts(r, [1, 2, 4], [3])
  })

  it('a bad sum names its sender; a false sum complaint names the lost party', () => {
    const sessions = repairSessions(run)
    const r = simulate(sessions, {
      intercept: (t: Transit<RepairMessage>) => {
        if (t.from === 1 && t.payload.type === 'repair/sum') {
          const sum = plusOne(t.payload.sum)
          const own = (sessions[0] as unknown as { round1: Map<number, { digest: Uint8Array }> }).round1.get(1)!.digest
          t.payload = { ...t.payload, sum, signature: signStatement(nodeIdentity(5), { purpose: 'dkg/share', session: sessions[0]!.id }, 1, repairSumDigest(sessions[0]!.id, 1, sum, own)) }
        }
      },
    })
    expectHonestAborts(r, [2, 3, 4], [1])

    const r2 = simulate(repairSessions(run), {
      intercept: (t: Transit<RepairMessage>) => {
        if (t.from === 4 && t.payload.type === 'repair/rebuilt') {
          t.payload = { type: 'repair/sum-complaint', accused: [2], sums: [new Uint8Array(32)], sumSignatures: [new Uint8Array(64)] }
        }
      },
    })
    expectHonestAborts(r2, [1, 2, 3], [4])
  })

  it('a sum with a bad signature is refused by the lost party, naming its sender', () => {
    const r = simulate(repairSessions(run), {
      intercept: (t: Transit<RepairMessage>) => {
        if (t.from === 2 && t.payload.type === 'repair/sum') t.payload = { ...t.payload, signature: new Uint8Array(64).fill(5) }
      },
    })
    expectComplaint(r, [1, 2, 3, 4], 4, 2)
  })

  it('a lost party whose confirmation does not sign the transcript is named; helpers do not finish', () => {
    const r = simulate(repairSessions(run), {
      intercept: (t: Transit<RepairMessage>) => {
        if (t.from === 4 && t.payload.type === 'repair/rebuilt') t.payload = { type: 'repair/rebuilt', signature: new Uint8Array(64).fill(9) }
      },
    })
    expectHonestAborts(r, [1, 2, 3], [4])
    expect(r.aborts.get(1)?.reason).toMatch(/confirmation does not sign this transcript/)
  })

  it('piece commitments that do not add up to λ_i·X_i name their sender', () => {
    const sessions = repairSessions(run)
    const sid = sessions[0]!.id
    const cheater = nodeIdentity(2)
    let altered: Uint8Array[] | undefined
    const r = simulate(sessions, {
      intercept: (t: Transit<RepairMessage>) => {
        if (t.from !== 3) return
        if (t.payload.type === 'repair/commit') {
          // the same altered message, properly signed, to everybody: only the algebra is wrong
          altered ??= t.payload.pieceCommitments.map((c, m) => (m === 0 ? group.encodePoint(group.decodePoint(c).add(group.base)) : c))
          t.payload = { ...t.payload, pieceCommitments: altered, signature: signStatement(cheater, { purpose: 'dkg/commit', session: sid }, 3, repairCommitDigest(sid, 3, altered)) }
        } else if (t.payload.type === 'repair/piece') {
          const digest = repairCommitDigest(sid, 3, altered!)
          t.payload = { ...t.payload, signature: signStatement(cheater, { purpose: 'dkg/share', session: sid }, 3, repairPieceDigest(sid, 3, t.recipient, t.payload.piece, digest)) }
        } else if (t.payload.type === 'repair/sum') {
          const digest = repairCommitDigest(sid, 3, altered!)
          t.payload = { ...t.payload, signature: signStatement(cheater, { purpose: 'dkg/share', session: sid }, 3, repairSumDigest(sid, 3, t.payload.sum, digest)) }
        } else if (t.payload.type === 'repair/confirm' || t.payload.type === 'repair/complaint') {
          // and its view shows the altered message too: no equivocation, only the bad sum
          const digest = repairCommitDigest(sid, 3, altered!)
          const round1Digests = [...t.payload.round1Digests]
          const round1Signatures = [...t.payload.round1Signatures]
          round1Digests[2] = digest
          round1Signatures[2] = signStatement(cheater, { purpose: 'dkg/commit', session: sid }, 3, digest)
          t.payload = { ...t.payload, round1Digests, round1Signatures }
        }
      },
    })
    expectHonestAborts(r, [1, 2, 4], [3])
    expect(r.aborts.get(4)?.reason).toMatch(/do not add up/)
  })

  it('a message from a party outside the session is refused naming it', () => {
    const sessions = repairSessions(run)
    const first = sessions[1]!.start().find((m) => m.to === 'broadcast')!
    expect(() => sessions[0]!.receive({ ...first, from: 9 })).toThrow(/party 9, which is not a peer/)
    expect(sessions[0]!.aborted?.culprits).toEqual([9])
  })
})
