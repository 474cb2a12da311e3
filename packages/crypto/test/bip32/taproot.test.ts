// BIP341 key-path tweak: the BIP341 wallet test vectors (fixtures/bip32/bip341-vectors.json),
// @scure/btc-signer's p2tr as an independent oracle, and a key-path signature under a derived key.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { p2tr, NETWORK } from '@scure/btc-signer'
import { secp256k1, schnorr } from '@noble/curves/secp256k1.js'
import { bytesToHex, hexToBytes, bytesToNumberBE } from '@noble/curves/utils.js'
import { DerivationError, deriveKey, secp256k1Group, taprootTweak, xOnlyPublicKey } from '../../src/index.js'

interface Bip341Fixture {
  scriptPubKey: { internalPubkey: string; merkleRoot: string | null; tweak: string; tweakedPubkey: string; scriptPubKey: string; bip350Address: string }[]
  keyPathSpending: { internalPrivkey: string; merkleRoot: string | null; internalPubkey: string; tweak: string; tweakedPrivkey: string }[]
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/bip32/bip341-vectors.json', import.meta.url), 'utf8')) as Bip341Fixture
const Fn = secp256k1Group.Fn
const root = (hex: string | null) => (hex === null ? undefined : hexToBytes(hex))

/** BIP341's taproot_tweak_seckey, written from our TaprootTweak fields. */
function tweakedSecret(d: bigint, internalNegated: boolean, tweak: Uint8Array): bigint {
  return Fn.add(internalNegated ? Fn.neg(d) : d, bytesToNumberBE(tweak))
}

describe('BIP341 wallet test vectors', () => {
  it.each(fixture.scriptPubKey)('scriptPubKey: output key of $internalPubkey', (v) => {
    const t = taprootTweak(hexToBytes(v.internalPubkey), root(v.merkleRoot))
    expect(bytesToHex(t.tweak)).toBe(v.tweak)
    expect(bytesToHex(t.outputKey)).toBe(v.tweakedPubkey)
    expect(t.internalNegated).toBe(false)
    expect('5120' + bytesToHex(t.outputKey)).toBe(v.scriptPubKey)
    // The parity is the output point's: x-only key + parity recovers it.
    expect(secp256k1.Point.fromBytes(Uint8Array.of(2 + t.outputParity, ...t.outputKey)).toAffine().y % 2n).toBe(BigInt(t.outputParity))
  })

  it.each(fixture.keyPathSpending)('keyPathSpending: tweaked secret of $internalPubkey', (v) => {
    const d = bytesToNumberBE(hexToBytes(v.internalPrivkey))
    // Given as the compressed point d·G, whose Y may be odd: internalNegated carries that.
    const t = taprootTweak(secp256k1.getPublicKey(hexToBytes(v.internalPrivkey), true), root(v.merkleRoot))
    expect(bytesToHex(t.tweak)).toBe(v.tweak)
    expect(bytesToHex(Fn.toBytes(tweakedSecret(d, t.internalNegated, t.tweak)))).toBe(v.tweakedPrivkey)
  })

  it('covers internal keys with odd Y', () => {
    expect(fixture.keyPathSpending.some((v) => secp256k1.getPublicKey(hexToBytes(v.internalPrivkey), true)[0] === 3)).toBe(true)
  })
})

describe('BIP341 against @scure/btc-signer p2tr', () => {
  it('gives the same output key and address for random key-path-only outputs', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 48, maxLength: 48 }), (seed) => {
      const sk = secp256k1.utils.randomSecretKey(seed)
      const internal = schnorr.getPublicKey(sk)
      const ours = taprootTweak(internal)
      const theirs = p2tr(internal, undefined, NETWORK)
      expect(bytesToHex(ours.outputKey)).toBe(bytesToHex(theirs.tweakedPubkey))
      expect(bytesToHex(theirs.script)).toBe('5120' + bytesToHex(ours.outputKey))
    }), { numRuns: 30 })
  })
})

describe('taproot key-path signature under a derived key', () => {
  it('verifies under the BIP341 output key of m/0/9', () => {
    const x = bytesToNumberBE(secp256k1.utils.randomSecretKey())
    const groupKey = secp256k1.getPublicKey(Fn.toBytes(x), true)
    const derived = deriveKey('bip340', groupKey, new Uint8Array(32).fill(9), 'm/0/9')
    const child = Fn.add(x, bytesToNumberBE(derived.tweak))
    const t = taprootTweak(derived.publicKey)
    expect(t.internalNegated).toBe(xOnlyPublicKey(derived.publicKey).negated)
    const msg = new Uint8Array(32).fill(0xab)
    const sig = schnorr.sign(msg, Fn.toBytes(tweakedSecret(child, t.internalNegated, t.tweak)))
    expect(schnorr.verify(sig, msg, t.outputKey)).toBe(true)
    expect(bytesToHex(p2tr(derived.publicKey.slice(1)).tweakedPubkey)).toBe(bytesToHex(t.outputKey))
    expect(schnorr.verify(sig, msg, derived.publicKey.slice(1))).toBe(false)
  })
})

describe('taproot input checks', () => {
  const key = hexToBytes(fixture.scriptPubKey[0]!.internalPubkey)
  const code = (fn: () => unknown) => {
    try {
      fn()
    } catch (e) {
      expect(e).toBeInstanceOf(DerivationError)
      return (e as DerivationError).code
    }
    return 'no error'
  }
  it('refuses bad internal keys and merkle roots', () => {
    expect(code(() => taprootTweak(key.slice(1)))).toBe('bad-key')
    expect(code(() => taprootTweak(hexToBytes('00'.repeat(31) + '07')))).toBe('bad-key') // x = 7: no point
    expect(code(() => taprootTweak(hexToBytes('04' + bytesToHex(key))))).toBe('bad-key')
    expect(code(() => taprootTweak(key, new Uint8Array(31)))).toBe('bad-key')
  })
})
