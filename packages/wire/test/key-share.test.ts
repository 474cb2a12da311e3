import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { KeyShare, Scheme } from '@thresh/crypto'
import { keyShareCodec } from '../src/index.js'
import { runDkg } from './protocol-harness.js'
import { expectRefused, expectRefusedOrCanonical, prefixes } from './refusal.js'

describe.each<Scheme>(['ecdsa', 'frost-ed25519'])('KeyShare records (%s)', (scheme) => {
  const keys = [...runDkg(scheme, 2, 3).results.values()]

  it('round-trip every party\'s key share exactly', () => {
    expect(keys.length).toBe(3)
    for (const k of keys) expect(keyShareCodec.decode(keyShareCodec.encode(k))).toEqual(k)
  })

  it('refuse truncated records, and random or bit-flipped ones unless they are canonical', () => {
    const bytes = keyShareCodec.encode(keys[0]!)
    for (const p of prefixes(bytes)) expectRefused(() => keyShareCodec.decode(p))
    fc.assert(fc.property(fc.nat({ max: bytes.length * 8 - 1 }), (bit) => {
      const flipped = Uint8Array.from(bytes)
      flipped[bit >> 3]! ^= 1 << (bit & 7)
      expectRefusedOrCanonical(keyShareCodec, flipped)
    }), { numRuns: 300 })
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (b) => expectRefusedOrCanonical(keyShareCodec, b)), { numRuns: 300 })
  })

  it('name the field of an inconsistent record', () => {
    const k = keys[0]!
    const other = keys[1]!
    const cases: [KeyShare, string][] = [
      [{ ...k, self: 9 }, 'self'],
      [{ ...k, threshold: 4 }, 'threshold'],
      [{ ...k, parties: [2, 1, 3], publicShares: new Map([[2, k.publicShares.get(2)!], [1, k.publicShares.get(1)!], [3, k.publicShares.get(3)!]]) }, 'parties'],
      [{ ...k, groupPublicKey: other.publicShares.get(1)! }, 'group_public_key'],
      [{ ...k, commitment: [k.commitment[0]!] }, 'commitment'],
      [{ ...k, chainCode: new Uint8Array(31) }, 'chain_code'],
      [{ ...k, secretShare: new Uint8Array(32).fill(0xff) }, 'secret_share'],
      [{ ...k, keyId: 'bad id' }, 'key_id'],
    ]
    for (const [bad, field] of cases) expectRefused(() => keyShareCodec.decode(keyShareCodec.encode(bad)), { code: 'invalid-field', field })
    const badPoint = { ...k, publicShares: new Map(k.publicShares).set(2, new Uint8Array(k.groupPublicKey.length).fill(0xee)) }
    expectRefused(() => keyShareCodec.decode(keyShareCodec.encode(badPoint)), { code: 'invalid-field', field: 'public_shares[1]' })
  })
})
