// The SDK's BIP32 derivation (hd.ts): the public-derivation cases of BIP32 test vectors
// 1-3, @scure/bip32 as an oracle for random paths, xpub/tpub and addresses.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { HDKey } from '@scure/bip32'
import { p2tr, p2wpkh, TEST_NETWORK } from '@scure/btc-signer'
import { decodeExtendedPublicKey } from '@thresh/crypto'
import { describe, expect, it } from 'vitest'
import { addressAt, publicKeyAtPath, xpubOf } from '../src/index.js'

const fixture = JSON.parse(readFileSync(new URL('../../crypto/test/fixtures/bip32/bip32-vectors.json', import.meta.url), 'utf8')) as {
  vectors: { vector: number; chains: { path: string; xpub: string }[] }[]
}

/** The vectors' parent -> non-hardened child steps: derivable from the parent's xpub alone. */
const steps = fixture.vectors.filter((v) => v.vector <= 3).flatMap((v) => v.chains.slice(1).flatMap((chain, i) => {
  const parent = v.chains[i]!
  const last = chain.path.split('/').at(-1)!
  return /^\d+$/.test(last) ? [{ vector: v.vector, parent: parent.xpub, child: chain.xpub, index: Number(last) }] : []
}))

const keyOf = (xpub: string) => {
  const k = decodeExtendedPublicKey(xpub)
  return { keyId: 'v', scheme: 'ecdsa' as const, groupPublicKey: k.publicKey, chainCode: k.chainCode }
}

describe('SDK derivation', () => {
  it('reproduces every public derivation step of BIP32 test vectors 1-3', () => {
    expect(steps.length).toBeGreaterThanOrEqual(6)
    for (const s of steps) {
      expect(publicKeyAtPath(keyOf(s.parent), [s.index])).toEqual(decodeExtendedPublicKey(s.child).publicKey)
    }
  })

  it('the root xpub round-trips and matches @scure/bip32 on random non-hardened paths', () => {
    const root = decodeExtendedPublicKey(fixture.vectors[0]!.chains[0]!.xpub)
    const key = { keyId: 'k', scheme: 'bip340' as const, groupPublicKey: root.publicKey, chainCode: root.chainCode }
    expect(xpubOf(key)).toBe(fixture.vectors[0]!.chains[0]!.xpub)
    expect(xpubOf(key, { testnet: true })).toMatch(/^tpub/)
    const oracle = HDKey.fromExtendedKey(xpubOf(key))
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 0x7fffffff }), { maxLength: 6 }), (path) => {
      const text = ['m', ...path].join('/')
      expect(publicKeyAtPath(key, path)).toEqual(oracle.derive(text).publicKey)
    }), { numRuns: 50 })
  })

  it('refuses hardened paths, and any path on an Ed25519 key', () => {
    const key = keyOf(fixture.vectors[0]!.chains[0]!.xpub)
    expect(() => publicKeyAtPath(key, "m/0'")).toThrow(/hardened/)
    expect(() => publicKeyAtPath(key, [0x80000000])).toThrow(/hardened/)
    const ed = { keyId: 'e', scheme: 'frost-ed25519' as const, groupPublicKey: new Uint8Array(32).fill(1), chainCode: new Uint8Array(32) }
    expect(() => publicKeyAtPath(ed, 'm/0')).toThrow(/Ed25519/)
    expect(() => xpubOf(ed)).toThrow(/Ed25519/)
  })

  it('addresses: P2WPKH and BIP86 Taproot as @scure/btc-signer builds them', () => {
    const key = keyOf(fixture.vectors[0]!.chains[0]!.xpub)
    const child = publicKeyAtPath(key, 'm/0/5')
    expect(addressAt(key, 'btc-testnet', 'm/0/5')).toBe(p2wpkh(child, TEST_NETWORK).address)
    expect(addressAt(key, 'btc', 'm/0/5')).toMatch(/^bc1q/)
    const taproot = { ...key, scheme: 'bip340' as const }
    expect(addressAt(taproot, 'btc-testnet', 'm/0/5')).toBe(p2tr(child.subarray(1), undefined, TEST_NETWORK).address)
    expect(addressAt(taproot, 'btc-testnet', 'm/0/5')).toMatch(/^tb1p/)
    expect(() => addressAt(taproot, 'eth')).toThrow(/no eth address/)
  })
})
