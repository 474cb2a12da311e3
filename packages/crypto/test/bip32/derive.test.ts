// BIP32 public derivation: BIP-0032 test vectors 1-4 (fixtures/bip32/bip32-vectors.json),
// @scure/bip32 as an independent oracle, refusals, and signatures under derived keys.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { HDKey } from '@scure/bip32'
import { secp256k1, schnorr } from '@noble/curves/secp256k1.js'
import { bytesToHex, hexToBytes, bytesToNumberBE } from '@noble/curves/utils.js'
import { computeAddress, recoverAddress, Signature } from 'ethers'
import {
  DerivationError, HARDENED_OFFSET, MAX_DERIVATION_DEPTH, decodeExtendedPublicKey, deriveKey, derivePublic,
  encodeExtendedPublicKey, formatDerivationPath, parseDerivationPath, rootExtendedKey, secp256k1Group, xOnlyPublicKey,
  type DerivationErrorCode,
} from '../../src/index.js'

interface Bip32Fixture {
  vectors: { vector: number; chains: { path: string; xpub: string }[] }[]
  invalid: { xpub: string; reason: string }[]
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/bip32/bip32-vectors.json', import.meta.url), 'utf8')) as Bip32Fixture
const n = secp256k1Group.Fn.ORDER

function rejects(fn: () => unknown, code: DerivationErrorCode): void {
  let caught: unknown
  try {
    fn()
  } catch (e) {
    caught = e
  }
  expect(caught).toBeInstanceOf(DerivationError)
  expect((caught as DerivationError).code).toBe(code)
}

const isHardened = (level: string) => level.endsWith("'")

describe('BIP32 test vectors (public derivation)', () => {
  const cases = fixture.vectors.flatMap(({ vector, chains }) => chains.flatMap((child, i) => {
    // The nearest ancestor in the vector from which the child is reachable by non-hardened steps.
    const levels = child.path.split('/').slice(1)
    let k = levels.length
    while (k > 0 && !isHardened(levels[k - 1]!)) k--
    if (k === levels.length) return []
    const parent = chains.find((c) => c.path.split('/').length === k + 1 && child.path.startsWith(c.path))
    if (!parent || parent === chains[i]) return []
    return [{ name: `vector ${vector} ${child.path} from ${parent.path}`, parent, child, suffix: levels.slice(k).map(Number) }]
  }))

  it('has the public derivation cases of vectors 1 and 2', () => {
    // v1: m/0'/1 from m/0', m/0'/1/2'/2 and .../1000000000 from m/0'/1/2'; v2: m/0 from m,
    // m/0/2147483647'/1 and .../2 from their hardened parents.
    expect(cases.map((c) => c.name)).toHaveLength(6)
  })

  it.each(cases)('$name', ({ parent, child, suffix }) => {
    const parentKey = decodeExtendedPublicKey(parent.xpub)
    const derived = derivePublic(parentKey, suffix)
    expect(encodeExtendedPublicKey(derived, 'mainnet')).toBe(child.xpub)
    // The tweak is what moves the parent key to the child: child = parent + t·G.
    const expected = secp256k1Group.decodePoint(parentKey.publicKey).add(secp256k1Group.base.multiply(bytesToNumberBE(derived.tweak)))
    expect(bytesToHex(expected.toBytes())).toBe(bytesToHex(derived.publicKey))
  })

  it('round-trips every extended public key of vectors 1-4 (leading zeros kept)', () => {
    for (const { chains } of fixture.vectors) {
      for (const { xpub, path } of chains) {
        const key = decodeExtendedPublicKey(xpub)
        expect(key.network).toBe('mainnet')
        expect(key.depth).toBe(path.split('/').length - 1)
        expect(encodeExtendedPublicKey(key)).toBe(xpub)
      }
    }
  })

  it('serializes a threshold key at depth 0 as the vectors\' master xpub', () => {
    for (const { chains } of fixture.vectors) {
      const master = decodeExtendedPublicKey(chains[0]!.xpub)
      const root = rootExtendedKey(master.publicKey, master.chainCode)
      expect(encodeExtendedPublicKey(root)).toBe(chains[0]!.xpub)
      expect(encodeExtendedPublicKey(root, 'testnet')).toMatch(/^tpub/)
      const { network, ...decoded } = decodeExtendedPublicKey(encodeExtendedPublicKey(root, 'testnet'))
      expect(network).toBe('testnet')
      expect(decoded).toEqual(root)
    }
  })

  it('refuses unknown networks', () => {
    const root = decodeExtendedPublicKey(fixture.vectors[0]!.chains[0]!.xpub)
    rejects(() => encodeExtendedPublicKey(root, 'signet' as never), 'bad-key')
    rejects(() => encodeExtendedPublicKey(root, 'toString' as never), 'bad-key')
  })

  it.each(fixture.invalid)('refuses the invalid extended key: $reason', ({ xpub }) => {
    rejects(() => decodeExtendedPublicKey(xpub), 'bad-extended-key')
  })

  it('refuses extended private keys', () => {
    const xprv = HDKey.fromMasterSeed(new Uint8Array(32).fill(7)).privateExtendedKey
    rejects(() => decodeExtendedPublicKey(xprv), 'bad-extended-key')
  })
})

describe('BIP32 against @scure/bip32', () => {
  const index = fc.integer({ min: 0, max: HARDENED_OFFSET - 1 })
  it('matches public key, chain code, xpub and tweak for random non-hardened paths', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 16, maxLength: 64 }), fc.array(index, { maxLength: 6 }), (seed, path) => {
      const master = HDKey.fromMasterSeed(seed)
      const oracle = master.derive(['m', ...path].join('/'))
      const derived = deriveKey('ecdsa', master.publicKey!, master.chainCode!, path)
      expect(bytesToHex(derived.publicKey)).toBe(bytesToHex(oracle.publicKey!))
      expect(bytesToHex(derived.chainCode)).toBe(bytesToHex(oracle.chainCode!))
      expect(encodeExtendedPublicKey(derived)).toBe(oracle.publicExtendedKey)
      // The child's private key is the parent's plus the tweak.
      const sum = (bytesToNumberBE(master.privateKey!) + bytesToNumberBE(derived.tweak)) % n
      expect(sum).toBe(bytesToNumberBE(oracle.privateKey!))
    }), { numRuns: 40 })
  })
})

describe('paths', () => {
  it('parses strings and index arrays to the same indices', () => {
    expect(parseDerivationPath('m')).toEqual([])
    expect(parseDerivationPath('m/0/5')).toEqual([0, 5])
    expect(parseDerivationPath([0, 5])).toEqual([0, 5])
    expect(parseDerivationPath(`m/${HARDENED_OFFSET - 1}`)).toEqual([HARDENED_OFFSET - 1])
    expect(formatDerivationPath([44, 0, 7])).toBe('m/44/0/7')
  })

  it.each(["m/0'", 'm/0h', 'm/1/2H', `m/${HARDENED_OFFSET}`])('refuses the hardened path %s', (path) => {
    rejects(() => parseDerivationPath(path), 'hardened')
  })

  it('refuses hardened indices in arrays', () => {
    rejects(() => parseDerivationPath([1, HARDENED_OFFSET]), 'hardened')
    rejects(() => parseDerivationPath([0xffff_ffff]), 'hardened')
  })

  it.each(['', '0/1', 'M/1', 'm/', 'm//1', 'm/01', 'm/-1', 'm/1.5', 'm/ 1', 'm/0x10', 'm/99999999999', `m/${2 ** 32}`])('refuses the malformed path %j', (path) => {
    rejects(() => parseDerivationPath(path), 'bad-path')
  })

  it.each([[[1.5]], [[-1]], [[2 ** 32]], [[Number.NaN]], [['1' as unknown as number]]])('refuses the malformed index array %j', (path) => {
    rejects(() => parseDerivationPath(path), 'bad-path')
  })

  it(`refuses paths deeper than ${MAX_DERIVATION_DEPTH} levels`, () => {
    const ok = Array.from({ length: MAX_DERIVATION_DEPTH }, (_, i) => i)
    expect(parseDerivationPath(ok)).toHaveLength(MAX_DERIVATION_DEPTH)
    rejects(() => parseDerivationPath([...ok, 1]), 'too-deep')
    rejects(() => parseDerivationPath(['m', ...ok, 1].join('/')), 'too-deep')
    rejects(() => parseDerivationPath('m' + '/1'.repeat(10_000)), 'too-deep')
  })

  it('refuses a derived depth past BIP32\'s depth byte', () => {
    const root = HDKey.fromMasterSeed(new Uint8Array(32).fill(1))
    const deep = { ...decodeExtendedPublicKey(root.publicExtendedKey), depth: 250, parentFingerprint: 1 }
    rejects(() => derivePublic(deep, [1, 2, 3, 4, 5, 6]), 'too-deep')
    expect(derivePublic(deep, [1, 2, 3, 4, 5]).depth).toBe(255)
  })
})

describe('scheme and key checks', () => {
  const root = HDKey.fromMasterSeed(new Uint8Array(32).fill(3))
  const pub = root.publicKey!
  const cc = root.chainCode!

  it('refuses ed25519 keys', () => {
    rejects(() => deriveKey('frost-ed25519', new Uint8Array(32), cc, 'm/0'), 'unsupported-scheme')
  })

  it('derives for every secp256k1 scheme alike', () => {
    const a = deriveKey('ecdsa', pub, cc, 'm/1/2')
    expect(deriveKey('frost-secp256k1', pub, cc, 'm/1/2')).toEqual(a)
    expect(deriveKey('bip340', pub, cc, [1, 2])).toEqual(a)
  })

  it('returns the key itself and a zero tweak for the empty path', () => {
    const d = deriveKey('ecdsa', pub, cc, 'm')
    expect(d.publicKey).toEqual(pub)
    expect(d.tweak).toEqual(new Uint8Array(32))
    expect(d.depth).toBe(0)
  })

  it('refuses malformed group keys and chain codes', () => {
    rejects(() => deriveKey('ecdsa', pub.slice(1), cc, 'm/0'), 'bad-key')
    rejects(() => deriveKey('ecdsa', secp256k1.Point.fromBytes(pub).toBytes(false), cc, 'm/0'), 'bad-key')
    const offCurve = Uint8Array.from(pub)
    offCurve[0] = 0x04
    rejects(() => deriveKey('ecdsa', offCurve, cc, 'm/0'), 'bad-key')
    const notX = hexToBytes('02' + '00'.repeat(31) + '07') // x = 7 is not on secp256k1
    rejects(() => deriveKey('ecdsa', notX, cc, 'm/0'), 'bad-key')
    rejects(() => deriveKey('ecdsa', pub, cc.slice(1), 'm/0'), 'bad-key')
  })

  it('refuses a depth-0 key with a parent fingerprint', () => {
    rejects(() => derivePublic({ depth: 0, parentFingerprint: 1, childNumber: 0, chainCode: cc, publicKey: pub }, 'm/0'), 'bad-key')
  })
})

describe('signatures with the tweaked secret verify under the derived key', () => {
  const x = bytesToNumberBE(secp256k1.utils.randomSecretKey())
  const groupKey = secp256k1.getPublicKey(secp256k1Group.Fn.toBytes(x), true)
  const chainCode = new Uint8Array(32).fill(0x5c)
  const derived = deriveKey('ecdsa', groupKey, chainCode, 'm/0/5')
  const childSecret = secp256k1Group.Fn.toBytes((x + bytesToNumberBE(derived.tweak)) % n)
  const digest = hexToBytes('8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4')

  it('ECDSA: ethers recovers the derived address', () => {
    const sig = secp256k1.sign(digest, childSecret, { prehash: false, format: 'recovered' })
    const recovery = sig[0]!
    const signature = Signature.from({ r: '0x' + bytesToHex(sig.slice(1, 33)), s: '0x' + bytesToHex(sig.slice(33)), v: 27 + recovery })
    expect(recoverAddress(digest, signature)).toBe(computeAddress('0x' + bytesToHex(derived.publicKey)))
    expect(computeAddress('0x' + bytesToHex(derived.publicKey))).not.toBe(computeAddress('0x' + bytesToHex(groupKey)))
  })

  it('BIP340: noble verifies under the derived x-only key', () => {
    const key = xOnlyPublicKey(derived.publicKey)
    expect(key.negated).toBe(derived.publicKey[0] === 0x03)
    const sig = schnorr.sign(digest, childSecret)
    expect(schnorr.verify(sig, digest, key.publicKey)).toBe(true)
    expect(schnorr.verify(sig, digest, groupKey.slice(1))).toBe(false)
  })
})
