import { describe, expect, it } from 'vitest'
import { sha256 } from '@noble/hashes/sha2.js'
import { SCHEMES, groupOf, simulate, type KeyShare, type PartyIndex, type Scheme } from '../../src/index.js'
import { range, runDkg } from '../dkg-harness.js'
import { dklsSetup, ecdsaSigns, frostSigns, repairSessions, runReshare, secretMatchesKey, subsets, type ReshareRun } from './harness.js'

const text = (s: string) => new TextEncoder().encode(s)

interface Shape {
  name: string
  from: [number, number]
  dealers: PartyIndex[]
  next: { threshold: number; parties: PartyIndex[] }
  /** Check every t'-subset (else a sample of three). */
  allSubsets: boolean
}

const RESHARES: Shape[] = [
  { name: '(2,3)->(2,3)', from: [2, 3], dealers: [2, 3], next: { threshold: 2, parties: [1, 2, 3] }, allSubsets: true },
  { name: '(2,3)->(3,4)', from: [2, 3], dealers: [1, 3], next: { threshold: 3, parties: [1, 2, 3, 4] }, allSubsets: true },
  { name: '(3,5)->(2,3)', from: [3, 5], dealers: [2, 4, 5], next: { threshold: 2, parties: [1, 2, 3] }, allSubsets: true },
  { name: '(2,3)->(2,3) disjoint', from: [2, 3], dealers: [1, 2], next: { threshold: 2, parties: [4, 5, 6] }, allSubsets: true },
  { name: '(7,10)->(5,9)', from: [7, 10], dealers: [2, 3, 4, 6, 7, 9, 10], next: { threshold: 5, parties: range(9) }, allSubsets: false },
]

const REFRESHES: [number, number][] = [[2, 3], [3, 5], [7, 10]]

const dkgCache = new Map<string, KeyShare[]>()
function keysFor(scheme: Scheme, t: number, n: number): KeyShare[] {
  const id = `${scheme}/${t}/${n}`
  if (!dkgCache.has(id)) dkgCache.set(id, runDkg(scheme, t, n))
  return dkgCache.get(id)!
}

/** The signer sets to try: all t-subsets, or three spread ones. */
function signerSets(parties: readonly PartyIndex[], t: number, all: boolean): PartyIndex[][] {
  const every = subsets(parties, t)
  return all ? every : [every[0]!, every[Math.floor(every.length / 2)]!, every[every.length - 1]!]
}

/** Every claim the issue makes about a new epoch's shares. */
function expectNewEpoch(old: readonly KeyShare[], fresh: readonly KeyShare[], t: number, parties: readonly PartyIndex[], allSubsets: boolean): void {
  const first = old[0]!
  const group = groupOf(first.curve)
  expect(fresh.map((k) => k.self)).toEqual(parties)
  for (const k of fresh) {
    expect(k.epoch).toBe(first.epoch + 1)
    expect(k.threshold).toBe(t)
    expect(k.parties).toEqual(parties)
    expect(k.groupPublicKey).toEqual(first.groupPublicKey)
    expect(k.chainCode).toEqual(first.chainCode)
    expect(k.commitment.length).toBe(t)
    expect(k.commitment[0]).toEqual(first.groupPublicKey)
    expect([...k.publicShares]).toEqual([...fresh[0]!.publicShares])
    expect(k.commitment).toEqual(fresh[0]!.commitment)
    expect(group.encodePoint(group.base.multiply(group.decodeScalar(k.secretShare)))).toEqual(k.publicShares.get(k.self))
  }
  // every t-subset rebuilds the key; no (t-1)-subset does
  for (const s of signerSets(parties, t, allSubsets)) expect(secretMatchesKey(fresh.filter((k) => s.includes(k.self)))).toBe(true)
  if (t > 1) for (const s of signerSets(parties, t - 1, allSubsets)) expect(secretMatchesKey(fresh.filter((k) => s.includes(k.self)))).toBe(false)
  // an old share in place of a new one at the same index does not interpolate to the key
  const j = parties.find((p) => old.some((k) => k.self === p))
  if (j !== undefined) {
    const mixed = fresh.slice(0, t).map((k) => (k.self === j ? old.find((o) => o.self === j)! : k))
    if (mixed.some((k) => k.self === j)) expect(secretMatchesKey(mixed)).toBe(false)
  }
}

/** Signs with the new committee: FROST directly, ECDSA after the DKLs23 setup of the new epoch. */
function expectSigning(scheme: Scheme, old: readonly KeyShare[], fresh: KeyShare[], t: number, allSubsets: boolean): void {
  const parties = fresh.map((k) => k.self)
  const sets = signerSets(parties, t, allSubsets)
  const j = parties.find((p) => old.some((k) => k.self === p))
  if (scheme === 'ecdsa') {
    const setUp = dklsSetup(fresh)
    for (const s of sets) expect(ecdsaSigns(setUp, s, sha256(text(`sign ${s.join(',')}`))), `signers ${s}`).toBe(true)
    if (t > 1) {
      // t-1 new parties claiming a (t-1)-of-n key: the setup and signing run, the signature does not verify
      const fewer = fresh.map((k) => ({ ...k, threshold: t - 1 }))
      expect(refusedOrInvalid(() => ecdsaSigns(dklsSetup(fewer), parties.slice(0, t - 1), sha256(text('too few'))))).toBe(true)
    }
    if (j !== undefined) {
      // an old share passed off as the new epoch's (same index) cannot sign with new shares
      const forged = fresh.map((k) => (k.self === j ? { ...k, secretShare: old.find((o) => o.self === j)!.secretShare } : k))
      const set = sets.find((s) => s.includes(j))!
      expect(refusedOrInvalid(() => ecdsaSigns(dklsSetup(forged), set, sha256(text('mixed'))))).toBe(true)
    }
    return
  }
  for (const s of sets) expect(frostSigns(fresh, s, text(`sign ${s.join(',')}`)), `signers ${s}`).toBe(true)
  if (t > 1) {
    // t-1 new parties claiming a (t-1)-of-n key produce no valid signature
    const fewer = fresh.map((k) => ({ ...k, threshold: t - 1 }))
    expect(refusedOrInvalid(() => frostSigns(fewer, parties.slice(0, t - 1), text('too few')))).toBe(true)
  }
  if (j !== undefined) {
    const forged = fresh.map((k) => (k.self === j ? { ...k, secretShare: old.find((o) => o.self === j)!.secretShare } : k))
    expect(refusedOrInvalid(() => frostSigns(forged, sets.find((s) => s.includes(j))!, text('mixed')))).toBe(true)
  }
}

/** True if signing threw (a signer refused its share) or produced no valid signature. */
function refusedOrInvalid(sign: () => boolean): boolean {
  try {
    return !sign()
  } catch (err) {
    expect(err).toBeInstanceOf(Error)
    return true
  }
}

describe.each(SCHEMES)('lifecycle %s', (scheme) => {
  it.each(REFRESHES)('refresh (%i,%i): same key, new shares, every threshold subset signs', (t, n) => {
    const old = keysFor(scheme, t, n)
    const run: ReshareRun = { keys: old, mode: 'refresh', dealers: range(n), next: { threshold: t, parties: range(n) } }
    const fresh = runReshare(run)
    expectNewEpoch(old, fresh, t, range(n), n <= 5)
    for (const k of fresh) expect(k.secretShare).not.toEqual(old[k.self - 1]!.secretShare)
    expectSigning(scheme, old, fresh, t, n <= 5)
  })

  it.each(RESHARES)('reshare $name: same key, new committee, every threshold subset signs', (shape) => {
    const old = keysFor(scheme, ...shape.from)
    const fresh = runReshare({ keys: old, mode: 'reshare', dealers: shape.dealers, next: shape.next })
    expectNewEpoch(old, fresh, shape.next.threshold, shape.next.parties, shape.allSubsets)
    expectSigning(scheme, old, fresh, shape.next.threshold, shape.allSubsets)
  })
})

describe('lifecycle sessions under any delivery order, delays and duplicates', () => {
  it('reshare (2,3)->(3,4) and repair finish with consistent keys for several seeds', () => {
    const old = keysFor('frost-secp256k1', 2, 3)
    for (const seed of [1, 2, 3]) {
      const options = { shuffleSeed: seed, delay: (t: { round: number }) => (t.round === 1 ? seed * 3 : 0), intercept: <T>(t: T) => [t, structuredClone(t)] }
      const fresh = runReshare({ keys: old, mode: 'reshare', dealers: [1, 3], next: { threshold: 3, parties: [1, 2, 3, 4] }, requestId: `seed ${seed}` }, options)
      expectNewEpoch(old, fresh, 3, [1, 2, 3, 4], true)
      const r = simulate(repairSessions({ keys: fresh, lost: 2, helpers: [4, 1, 3], requestId: `seed ${seed}` }), options)
      expect(r.aborts.size).toBe(0)
      expect(r.stalled).toEqual([])
      expect(r.results.get(4)!.secretShare).toEqual(fresh[1]!.secretShare)
    }
  })
})
