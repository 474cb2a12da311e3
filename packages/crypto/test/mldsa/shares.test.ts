import { describe, expect, it } from 'vitest'
import { assignShares, sharingSubsets } from '../../src/mldsa/shares.js'
import { ThresholdRangeError, thresholdParams } from '../../src/mldsa/params.js'

function combinations(items: number[], size: number): number[][] {
  if (size === 0) return [[]]
  if (items.length < size) return []
  const [first, ...rest] = items
  return [...combinations(rest, size - 1).map((c) => [first!, ...c]), ...combinations(rest, size)]
}
const binomial = (n: number, k: number) => combinations(Array.from({ length: n }, (_, i) => i), k).length

describe('replicated sharing', () => {
  it('splits every subset to exactly one signer member, within the paper\'s load bound, for every (T, N) and signer set', () => {
    for (let n = 2; n <= 6; n++) {
      for (let t = 2; t <= n; t++) {
        const parties = Array.from({ length: n }, (_, i) => 10 + i) // party indices need not be 1..n
        const subsets = sharingSubsets(parties, t)
        expect(subsets.length).toBe(binomial(n, t - 1))
        expect(subsets.every((s) => s.length === n - t + 1)).toBe(true)
        const cap = Math.ceil(binomial(n, t - 1) / t)
        for (const signers of combinations(parties, t)) {
          const split = assignShares(parties, t, signers)
          const used = [...split.values()].flat()
          expect(used.sort()).toEqual(subsets.map((s) => s.join(',')).sort())
          for (const [signer, keys] of split) {
            expect(keys.length).toBeLessThanOrEqual(cap)
            for (const key of keys) expect(key.split(',').map(Number)).toContain(signer)
          }
          expect(assignShares(parties, t, [...signers].reverse())).toEqual(split)
        }
      }
    }
  })

  it('T - 1 parties miss a share; T parties hold all', () => {
    const parties = [1, 2, 3, 4, 5]
    const subsets = sharingSubsets(parties, 3)
    for (const pair of combinations(parties, 2)) expect(subsets.some((s) => !s.some((m) => pair.includes(m)))).toBe(true)
    for (const triple of combinations(parties, 3)) expect(subsets.every((s) => s.some((m) => triple.includes(m)))).toBe(true)
  })

  it('parameters exist for 2 <= T <= N <= 6 only', () => {
    expect(thresholdParams(3, 5)).toMatchObject({ slots: 14, r: 282800, rPrime: 282912, nu: 3 })
    for (let n = 2; n <= 6; n++) for (let t = 2; t <= n; t++) {
      const p = thresholdParams(t, n)
      expect(p.r).toBeLessThan(p.rPrime) // the hyperball is wider than the acceptance ball
      expect(p.slots).toBeGreaterThan(1)
    }
    expect(() => thresholdParams(3, 7)).toThrow(ThresholdRangeError)
    expect(() => thresholdParams(2, 7)).toThrow(/at most 6 parties/)
    expect(() => thresholdParams(1, 3)).toThrow(ThresholdRangeError)
    expect(() => thresholdParams(4, 3)).toThrow(ThresholdRangeError)
    expect(() => assignShares([1, 2, 3], 2, [1])).toThrow(RangeError)
  })
})

describe('key share validation', () => {
  it('accepts generated keys and refuses damaged ones with a clear error', async () => {
    const { keygen } = await import('./harness.js')
    const { assertMlDsaKey } = await import('../../src/mldsa/shares.js')
    const keys = keygen(2, 3)
    for (const k of keys) expect(() => assertMlDsaKey(k, k)).not.toThrow()
    const k = keys[0]!
    expect(() => assertMlDsaKey({ ...k, publicKey: k.publicKey.subarray(1) })).toThrow(/1312 bytes/)
    expect(() => assertMlDsaKey({ ...k, parties: [2, 1, 3] })).toThrow(/ascending/)
    expect(() => assertMlDsaKey({ ...k, subsetPublics: new Map([...k.subsetPublics].slice(1)) })).toThrow(/every subset/)
    expect(() => assertMlDsaKey(k, { ...k, self: 9 })).toThrow(/not in the key's committee/)
    expect(() => assertMlDsaKey(k, { ...k, shares: new Map([...k.shares].slice(1)) })).toThrow(/every subset containing party 1/)
    const [name, share] = [...k.shares][0]!
    const bad = { ...share, s1: [Int32Array.from(share.s1[0]!, () => 8380417), ...share.s1.slice(1)] }
    expect(() => assertMlDsaKey(k, { ...k, shares: new Map([...k.shares, [name, bad]]) })).toThrow(RangeError)
  })
})
