import { describe, expect, it } from 'vitest'
import {
  RepairSession, ReshareSession, groupOf, repairSessionId, reshareSessionId, simulate,
  type KeyShare, type PartyIndex, type ReshareCommitMessage, type ReshareMessage, type Scheme, type Transit,
} from '../../src/index.js'
import { reshareCommitDigest, reshareShareDigest } from '../../src/lifecycle/reshare-messages.js'
import { signStatement } from '../../src/identity/statement.js'
import { expectComplaint, expectHonestAborts, range, runDkg } from '../dkg-harness.js'
import { defaultMembers, nodeIdentity, pinnedOf, reshareSessions, rosterOf, runReshare, type ReshareRun } from './harness.js'

/*
 * Session parties in these runs follow defaultMembers: the union of dealers and next
 * parties, ascending, so session party s is node s unless said otherwise.
 */

const sign = (s: ReshareSession, node: number, purpose: 'dkg/commit' | 'dkg/share', from: PartyIndex, digest: Uint8Array) =>
  signStatement(nodeIdentity(node), { purpose, session: s.id }, from, digest)

/**
 * Makes a dealer deal λ·secret (commitment and sub-shares consistent with each other)
 * and then confirm whatever it computes, as a cheater running its own code would.
 */
function dealWithSecret(s: ReshareSession, secret: bigint): void {
  const cheater = s as unknown as { oldSecret: bigint; computeOutcome: () => { key: null; confirmDigest: Uint8Array } }
  cheater.oldSecret = secret
  cheater.computeOutcome = () => ({ key: null, confirmDigest: new Uint8Array(32) })
}

function setups(scheme: Scheme) {
  const keys = runDkg(scheme, 2, 3)
  const reshare: ReshareRun = { keys, mode: 'reshare', dealers: [1, 3], next: { threshold: 3, parties: [1, 2, 3, 4] } }
  const refresh: ReshareRun = { keys, mode: 'refresh', dealers: [1, 2, 3], next: { threshold: 2, parties: [1, 2, 3] } }
  return { keys, reshare, refresh }
}

describe.each(['frost-secp256k1', 'frost-ed25519'] as Scheme[])('reshare / refresh %s: every cheater is named exactly', (scheme) => {
  const { keys, reshare, refresh } = setups(scheme)
  const group = groupOf(keys[0]!.curve)
  const { Fn } = group
  const addTo = (bytes: Uint8Array, c: bigint) => group.encodeScalar(Fn.add(group.decodeScalar(bytes, 's', { allowZero: true }), c))

  /** Intercept that re-signs dealer `d`'s sub-shares after `change` (a dealer sending bad values it stands by). */
  function badSubShares(sessions: ReshareSession[], d: PartyIndex, to: (r: PartyIndex) => boolean, change: (share: Uint8Array) => Uint8Array) {
    let commit: ReshareCommitMessage | undefined
    return (t: Transit<ReshareMessage>) => {
      if (t.from !== d) return
      if (t.payload.type === 'reshare/commit') commit = t.payload
      if (t.payload.type === 'reshare/share' && to(t.recipient)) {
        const s = sessions[0]!
        const share = change(t.payload.share)
        const digest = reshareShareDigest(s.id, d, t.recipient, share, reshareCommitDigest(s.id, d, commit!.commitment))
        t.payload = { ...t.payload, share, signature: sign(s, d, 'dkg/share', d, digest) }
      }
    }
  }

  it('reshare: a bad sub-share names its dealer (every honest party, dealers outside the new committee too)', () => {
    const run: ReshareRun = { keys, mode: 'reshare', dealers: [1, 3], next: { threshold: 2, parties: [2, 4, 5] } }
    const sessions = reshareSessions(run)
    // session parties: 1 (dealer 1), 2 (next 2), 3 (dealer 3), 4, 5
    const r = simulate(sessions, { intercept: badSubShares(sessions, 3, (p) => p === 4, (b) => addTo(b, 1n)) })
    expectHonestAborts(r, [1, 2, 4, 5], [3])
    expect(r.aborts.get(1)?.reason).toMatch(/sub-share that fails verification/)
  })

  it('refresh: a dealer dealing a non-zero constant (consistently, to everybody) is named', () => {
    const sessions = reshareSessions(refresh)
    const r = simulate(sessions, { intercept: badSubShares(sessions, 2, () => true, (b) => addTo(b, 5n)) })
    expectHonestAborts(r, [1, 3], [2])
  })

  it('reshare: a commitment whose constant is not λ_i·X_i names its dealer (consistent sub-shares do not help)', () => {
    const sessions = reshareSessions(reshare)
    dealWithSecret(sessions[2]!, group.randomScalar())
    const r = simulate(sessions)
    expectHonestAborts(r, [1, 2, 4], [3])
    expect(r.aborts.get(4)?.reason).toMatch(/is not λ_i·X_i/)
  })

  it('wrong epoch: a dealer dealing its share of the previous epoch is named', () => {
    const epoch1 = runReshare(refresh)
    const sessions = reshareSessions({ ...reshare, keys: epoch1 })
    dealWithSecret(sessions[0]!, group.decodeScalar(keys[0]!.secretShare))
    const r = simulate(sessions)
    expectHonestAborts(r, [2, 3, 4], [1])
  })

  it('wrong epoch: a message of the same operation on another epoch is refused naming its sender', () => {
    const epoch1 = runReshare(refresh)
    const old = reshareSessions(reshare)
    const current = reshareSessions({ ...reshare, keys: epoch1 })
    const stale = old[0]!.start()[0]!
    current[1]!.start()
    expect(() => current[1]!.receive(stale)).toThrow(/another session id/)
    expect(current[1]!.aborted?.culprits).toEqual([1])
    expect(current[1]!.aborted?.complaint).toMatchObject({ accused: [1] })
  })

  it.each([
    ['reshare: one point too many (the threshold-raise / degree attack)', 'reshare', (c: Uint8Array[]) => [...c, group.encodePoint(group.base)]],
    ['reshare: one point too few', 'reshare', (c: Uint8Array[]) => c.slice(0, -1)],
    ['refresh: the constant slot filled in', 'refresh', (c: Uint8Array[]) => [group.encodePoint(group.base), ...c]],
  ] as const)('%s names the dealer', (_, mode, change) => {
    const run = mode === 'reshare' ? reshare : refresh
    const sessions = reshareSessions(run)
    const d = 1
    const r = simulate(sessions, {
      intercept: (t) => {
        if (t.from !== d || t.payload.type !== 'reshare/commit') return
        const commitment = change(t.payload.commitment)
        t.payload = { ...t.payload, commitment, signature: sign(sessions[0]!, d, 'dkg/commit', d, reshareCommitDigest(sessions[0]!.id, d, commitment)) }
      },
    })
    const honest = sessions.map((s) => s.self).filter((p) => p !== d)
    expectHonestAborts(r, honest, [d])
    expect(r.aborts.get(honest[0]!)?.reason).toMatch(/commitment must be \d+ points/)
  })

  it('a commitment point that is not on the curve names its dealer', () => {
    const sessions = reshareSessions(reshare)
    const r = simulate(sessions, {
      intercept: (t) => {
        if (t.from !== 3 || t.payload.type !== 'reshare/commit') return
        const commitment = t.payload.commitment.map((c, m) => (m === 1 ? new Uint8Array(c.length).fill(0xff) : c))
        t.payload = { ...t.payload, commitment, signature: sign(sessions[0]!, 3, 'dkg/commit', 3, reshareCommitDigest(sessions[0]!.id, 3, commitment)) }
      },
    })
    expectHonestAborts(r, [1, 2, 4], [3])
  })

  it('a bad identity signature is refused by its receiver, naming the sender', () => {
    const r = simulate(reshareSessions(reshare), {
      intercept: (t) => {
        if (t.from === 3 && t.recipient === 2 && t.payload.type === 'reshare/commit') t.payload = { ...t.payload, signature: new Uint8Array(64).fill(1) }
      },
    })
    expectComplaint(r, [1, 2, 3, 4], 2, 3)
  })

  it('equivocation: different validly signed commitments to different parties name the dealer', () => {
    const sessions = reshareSessions(reshare)
    const sid = sessions[0]!.id
    let altered: Uint8Array | undefined
    const r = simulate(sessions, {
      intercept: (t) => {
        if (t.from !== 1 || t.recipient !== 4) return
        if (t.payload.type === 'reshare/commit') {
          const commitment = t.payload.commitment.map((c, m) => (m === 1 ? group.encodePoint(group.decodePoint(c).add(group.base)) : c))
          altered = reshareCommitDigest(sid, 1, commitment)
          t.payload = { ...t.payload, commitment, signature: sign(sessions[0]!, 1, 'dkg/commit', 1, altered) }
        } else if (t.payload.type === 'reshare/share') {
          // the equivocator signs the share it sends party 4 against what it showed party 4
          t.payload = { ...t.payload, signature: sign(sessions[0]!, 1, 'dkg/share', 1, reshareShareDigest(sid, 1, 4, t.payload.share, altered!)) }
        }
      },
    })
    expectHonestAborts(r, [2, 3, 4], [1])
    expect(r.aborts.get(2)?.reason).toMatch(/sent different validly signed messages/)
  })

  it('a false complaint (revealing a good sub-share) names the complainer', () => {
    const sessions = reshareSessions(reshare)
    let good: { share: Uint8Array; signature: Uint8Array } | undefined
    const r = simulate(sessions, {
      intercept: (t) => {
        if (t.from === 3 && t.recipient === 2 && t.payload.type === 'reshare/share') good = t.payload
        if (t.from === 2 && t.payload.type === 'reshare/confirm') {
          t.payload = { type: 'reshare/complaint', round1Digests: t.payload.round1Digests, round1Signatures: t.payload.round1Signatures, accused: [3], shares: [good!.share], shareSignatures: [good!.signature] }
        }
      },
    })
    expectHonestAborts(r, [1, 3, 4], [2])
    expect(r.aborts.get(1)?.reason).toMatch(/false complaint against party 3/)
  })

  it('a complaint showing a sub-share the dealer did not sign names the complainer', () => {
    const r = simulate(reshareSessions(reshare), {
      intercept: (t) => {
        if (t.from === 4 && t.payload.type === 'reshare/confirm') {
          t.payload = { type: 'reshare/complaint', round1Digests: t.payload.round1Digests, round1Signatures: t.payload.round1Signatures, accused: [1], shares: [new Uint8Array(32).fill(3)], shareSignatures: [new Uint8Array(64)] }
        }
      },
    })
    expectHonestAborts(r, [1, 2, 3], [4])
  })

  it('a confirmation that does not sign the outcome is named; a dealer outside the new committee does not finish either', () => {
    const run: ReshareRun = { keys, mode: 'reshare', dealers: [1, 3], next: { threshold: 2, parties: [2, 4, 5] } }
    const r = simulate(reshareSessions(run), {
      intercept: (t) => {
        if (t.from === 5 && t.payload.type === 'reshare/confirm') t.payload = { ...t.payload, signature: new Uint8Array(64).fill(7) }
      },
    })
    expectHonestAborts(r, [1, 2, 3, 4], [5])
  })

  it('a message from a party outside the session is refused naming it', () => {
    const sessions = reshareSessions(reshare)
    const first = sessions[0]!.start()[0]!
    sessions[1]!.start()
    expect(() => sessions[1]!.receive({ ...first, from: 9 })).toThrow(/party 9, which is not a peer/)
    expect(sessions[1]!.aborted?.culprits).toEqual([9])
  })

  it('a dealer sending a sub-share to a party outside the new committee is named by it', () => {
    const run: ReshareRun = { keys, mode: 'reshare', dealers: [1, 3], next: { threshold: 2, parties: [2, 4, 5] } }
    const r = simulate(reshareSessions(run), {
      intercept: (t) => (t.from === 3 && t.recipient === 2 && t.payload.type === 'reshare/share' ? [t, { ...t, recipient: 1 }] : undefined),
    })
    expect(r.aborts.get(1)?.culprits).toEqual([3])
  })
})

describe('reshare: requests and shares a party refuses before it joins', () => {
  const keys = runDkg('frost-secp256k1', 2, 3)
  const key = pinnedOf(keys[0]!)
  const base: ReshareRun = { keys, mode: 'reshare', dealers: [1, 3], next: { threshold: 3, parties: [1, 2, 3, 4] } }
  const build = (run: Partial<ReshareRun>) => () => reshareSessions({ ...base, ...run })

  it.each([
    ['the zero identifier in the next committee', { next: { threshold: 2, parties: [0, 1, 2] } }, /distinct integers in 1/],
    ['a repeated next index', { next: { threshold: 2, parties: [1, 1, 2] } }, /distinct integers/],
    ['a threshold above the committee', { next: { threshold: 4, parties: [1, 2, 3] } }, /threshold must be in 1..3/],
    ['a threshold of 0', { next: { threshold: 0, parties: [1, 2, 3] } }, /threshold must be in 1..3/],
    ['more than 64 next parties', { next: { threshold: 2, parties: range(65) } }, /1..64 parties/],
    ['fewer dealers than the threshold', { dealers: [2] }, /at least 2 dealers/],
    ['a dealer outside the committee', { dealers: [1, 7] }, /members of the key's committee/],
    ['a refresh that changes the committee', { mode: 'refresh' as const, dealers: [1, 2, 3] }, /next committee and threshold are the key's/],
    ['a refresh without every dealer', { mode: 'refresh' as const, dealers: [1, 2], next: { threshold: 2, parties: [1, 2, 3] } }, /every committee party deals/],
  ] as [string, Partial<ReshareRun>, RegExp][])('%s', (_, run, error) => {
    expect(build(run)).toThrow(error)
  })

  it('a share of another epoch, key or index, or a wrong secret', () => {
    const epoch1 = runReshare({ ...base, mode: 'refresh', dealers: [1, 2, 3], next: { threshold: 2, parties: [1, 2, 3] } })
    const cases: [(s: KeyShare) => KeyShare, RegExp][] = [
      [(s) => ({ ...s, epoch: 1 }), /share is of epoch 1, the key is at epoch 0/],
      [(s) => ({ ...s, keyId: 'other' }), /another key/],
      [(s) => ({ ...s, secretShare: epoch1[s.self - 1]!.secretShare }), /does not match its public share/],
      [(s) => ({ ...s, publicShares: epoch1[0]!.publicShares }), /other public shares/],
      [(s) => keys.find((k) => k.self !== s.self)!, /party \d's, expected party \d's/],
    ]
    for (const [change, error] of cases) expect(build({ shareOf: (_, own) => own && change(own) }), String(error)).toThrow(error)
    expect(build({ shareOf: (s, own) => (s === 1 ? undefined : own) })).toThrow(/a dealer needs its current share/)
  })

  it('a pinned key whose public shares are not on one polynomial, or another group key', () => {
    const members = defaultMembers(key, base.dealers, base.next.parties)
    const roster = members.map((m) => ({ identity: nodeIdentity(m.node).publicKey, old: m.old, next: m.next }))
    const request = { key, mode: 'reshare' as const, dealers: [1, 3], next: base.next, roster, self: 1, identity: nodeIdentity(1), share: keys[0] }
    const swapped = new Map(key.publicShares)
    swapped.set(3, key.publicShares.get(2)!)
    // a dealer checks the pinned key against its share's commitment
    const badCommitment = { ...keys[0]!, commitment: [keys[0]!.commitment[0]!, keys[0]!.commitment[0]!] }
    expect(() => new ReshareSession({ ...request, share: badCommitment })).toThrow(/not on the key's polynomial/)
    expect(() => new ReshareSession({ ...request, share: { ...keys[0]!, commitment: [keys[0]!.commitment[1]!, keys[0]!.commitment[0]!] } })).toThrow(/do not interpolate to the group key/)
    // a new party, which has no share, checks that the dealers' weighted public shares add up to the group key
    const newcomer = { ...request, self: 4, identity: nodeIdentity(4), share: undefined }
    expect(() => new ReshareSession(newcomer)).not.toThrow()
    expect(() => new ReshareSession({ ...newcomer, key: { ...key, publicShares: swapped } })).toThrow(/dealers' public shares do not interpolate/)
    // the party a repair rebuilds derives the key's commitment from the public shares, all of which must lie on it
    const lostRoster = [1, 2, 3].map((k) => ({ identity: nodeIdentity(k).publicKey, old: k }))
    const lost = { lost: 3, helpers: [1, 2], roster: lostRoster, self: 3, identity: nodeIdentity(3) }
    expect(() => new RepairSession({ ...lost, key })).not.toThrow()
    expect(() => new RepairSession({ ...lost, key: { ...key, publicShares: swapped } })).toThrow(/not on the key's polynomial/)
    expect(() => new ReshareSession({ ...request, roster: roster.map((e, i) => (i === 1 ? { ...e, identity: roster[0]!.identity } : e)) })).toThrow(/share an identity key/)
    expect(() => new ReshareSession({ ...request, identity: nodeIdentity(2) })).toThrow(/identity key does not match/)
  })

  it('the session id binds the epoch, mode, dealers, next committee, roster and request id', () => {
    const members = defaultMembers(key, base.dealers, base.next.parties)
    const roster = rosterOf(members)
    const request = { key, mode: 'reshare' as const, dealers: [1, 3], next: base.next, roster }
    const id = reshareSessionId(request)
    const variants = [
      { ...request, key: { ...key, epoch: 1 } },
      { ...request, mode: 'refresh' as const, dealers: [1, 2, 3], next: { threshold: 2, parties: [1, 2, 3] }, roster: rosterOf(defaultMembers(key, [1, 2, 3], [1, 2, 3])) },
      { ...request, dealers: [1, 2], roster: rosterOf(defaultMembers(key, [1, 2], base.next.parties)) },
      { ...request, next: { threshold: 2, parties: [1, 2, 3, 4] } },
      { ...request, roster: roster.map((e, i) => (i === 3 ? { ...e, identity: nodeIdentity(9).publicKey } : e)) },
      { ...request, requestId: 'again' },
    ]
    const ids = variants.map((v) => Buffer.from(reshareSessionId(v)).toString('hex'))
    expect(new Set([Buffer.from(id).toString('hex'), ...ids]).size).toBe(variants.length + 1)
    // the order the dealers and next parties are listed in does not matter
    expect(reshareSessionId({ ...request, dealers: [3, 1], next: { threshold: 3, parties: [4, 3, 2, 1] } })).toEqual(id)
  })
})

describe('repair: requests a party refuses before it joins', () => {
  const keys = runDkg('frost-secp256k1', 2, 3)
  const key = pinnedOf(keys[0]!)
  const roster = [3, 1, 2].map((k) => ({ identity: nodeIdentity(k).publicKey, old: k }))
  const request = { key, lost: 2, helpers: [3, 1], roster, self: 1, identity: nodeIdentity(3), share: keys[2] }

  it.each([
    ['too few helpers', { helpers: [3], roster: roster.slice(1) }, /exactly 2 helpers/],
    ['too many helpers', { helpers: [3, 1, 2] }, /exactly 2 helpers/],
    ['the lost index among the helpers', { helpers: [3, 2] }, /other than lost/],
    ['a lost index outside the committee', { lost: 5 }, /committee index of the key/],
    ['an extra roster entry', { roster: [...roster, { identity: nodeIdentity(8).publicKey, next: 4 }] }, /nobody else/],
    ['a roster entry changing its index', { roster: roster.map((e, i) => (i === 0 ? { ...e, next: 4 } : e)) }, /keeps every index/],
  ] as [string, object, RegExp][])('%s', (_, change, error) => {
    expect(() => new RepairSession({ ...request, ...change })).toThrow(error)
  })

  it('a helper without its share, a lost party with one, a share of another epoch', () => {
    expect(() => new RepairSession({ ...request, share: undefined })).toThrow(/needs its current share/)
    expect(() => new RepairSession({ ...request, self: 3, identity: nodeIdentity(2), share: keys[1] })).toThrow(/holds no share/)
    expect(() => new RepairSession({ ...request, share: { ...keys[2]!, epoch: 3 } })).toThrow(/epoch 3, the key is at epoch 0/)
    expect(repairSessionId(request)).not.toEqual(repairSessionId({ ...request, key: { ...key, epoch: 1 } }))
  })
})
