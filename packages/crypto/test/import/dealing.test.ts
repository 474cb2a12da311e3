import { describe, expect, it } from 'vitest'
import { ed25519 } from '@noble/curves/ed25519.js'
import { schnorr, secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { HDKey } from '@scure/bip32'
import { computeAddress } from 'ethers'
import { deriveKey, groupOf, lagrangeAtZero, type KeyShare, type PartyIndex, type Scheme } from '../../src/index.js'
import { ImportError, acceptImportedShare, dealImport, importedSecret, type ImportDealing } from '../../src/lifecycle/import/index.js'
import { seededRng } from '../dkg-harness.js'
import { acceptAll, dklsSetup, ecdsaSignsFor, frostSignsFor, hex, subsets, text } from './helpers.js'

const bytes = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'))
// web3.js documentation's example account; RFC 8032 TEST 1 seed; BIP340 vectors 1 and 3 (one even-Y, one odd-Y point).
const ETH_KEY = bytes('4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318')
const ED_SEED = bytes('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60')
const BIP340_KEYS = [bytes('b7e151628aed2a6abf7158809cf4f3c762e7160f38b4da56a784d9045190cfef'), bytes('0b432b2677937381aef05bb02a66ecd012773062cf3fa2549e44f58ed2401710')]
const FROST_SECP_KEY = sha256(text('frost-secp256k1 import test key'))

/** The key's public key as its own library computes it (the form its verifiers take). */
function originalPublicKey(scheme: Scheme, key: Uint8Array): Uint8Array {
  switch (scheme) {
    case 'frost-ed25519': return ed25519.getPublicKey(key)
    case 'bip340': return schnorr.getPublicKey(key)
    default: return secp256k1.getPublicKey(key, true)
  }
}

const KEYS: [Scheme, Uint8Array][] = [
  ['ecdsa', ETH_KEY], ['frost-ed25519', ED_SEED], ['frost-secp256k1', FROST_SECP_KEY], ['bip340', BIP340_KEYS[0]!], ['bip340', BIP340_KEYS[1]!],
]
const SHAPES: [number, PartyIndex[]][] = [[2, [1, 2, 3]], [3, [2, 3, 5, 8, 13]]]

describe('dealImport + acceptImportedShare: an imported key signs under its original public key', () => {
  it('the BIP340 test keys cover both Y parities', () => {
    expect(BIP340_KEYS.map((k) => secp256k1.getPublicKey(k, true)[0]).sort()).toEqual([2, 3])
  })

  for (const [scheme, key] of KEYS) {
    for (const [t, parties] of SHAPES) {
      it(`${scheme} ${t}-of-${parties.length} (key ${hex(originalPublicKey(scheme, key)).slice(0, 10)})`, () => {
        const secret = importedSecret(scheme, key)
        const dealing = dealImport(scheme, secret, { threshold: t, parties })
        const publicKey = originalPublicKey(scheme, key)
        expect(scheme === 'bip340' ? dealing.groupPublicKey.subarray(1) : dealing.groupPublicKey).toEqual(publicKey)
        expect(dealing.commitment).toHaveLength(t)
        expect([...dealing.shares.keys()]).toEqual(parties)

        const keys = acceptAll(dealing, `import-${scheme}-${t}`)
        const group = groupOf(keys[0]!.curve)
        for (const k of keys) {
          expect(k).toMatchObject({ epoch: 0, threshold: t, parties, scheme, groupPublicKey: dealing.groupPublicKey, chainCode: dealing.chainCode, commitment: dealing.commitment })
          expect(k.publicShares).toEqual(keys[0]!.publicShares)
          expect(k.publicShares.get(k.self)).toEqual(group.encodePoint(group.base.multiply(group.decodeScalar(k.secretShare))))
        }
        // any t shares interpolate to the imported secret, t − 1 do not
        const shareOf = (p: PartyIndex) => group.decodeScalar(keys.find((k) => k.self === p)!.secretShare)
        const interpolate = (set: PartyIndex[]) => set.reduce((acc, p) => group.Fn.add(acc, group.Fn.mul(lagrangeAtZero(group.Fn, set, p), shareOf(p))), 0n)
        for (const set of subsets(parties, t)) expect(interpolate(set)).toBe(secret)
        expect(interpolate(parties.slice(0, t - 1))).not.toBe(secret)

        if (scheme === 'ecdsa') {
          const ecdsaKeys = dklsSetup(keys)
          const address = computeAddress(hex(publicKey))
          const sets = t === 2 ? subsets(parties, t) : [parties.slice(0, 3), [parties[1]!, parties[3]!, parties[4]!]]
          for (const signers of sets) ecdsaSignsFor(ecdsaKeys, signers, publicKey, address)
        } else {
          for (const signers of subsets(parties, t)) frostSignsFor(scheme, keys, signers, publicKey)
        }
      })
    }
  }

  it('keeps a given chain code and draws a fresh one otherwise', () => {
    const secret = importedSecret('ecdsa', ETH_KEY)
    const chainCode = sha256(text('chain code'))
    const given = dealImport('ecdsa', secret, { threshold: 2, parties: [1, 2, 3], chainCode })
    expect(given.chainCode).toEqual(chainCode)
    for (const k of acceptAll(given, 'cc')) expect(k.chainCode).toEqual(chainCode)
    const a = dealImport('ecdsa', secret, { threshold: 2, parties: [1, 2, 3] })
    const b = dealImport('ecdsa', secret, { threshold: 2, parties: [1, 2, 3] })
    expect(a.chainCode).toHaveLength(32)
    expect(a.chainCode).not.toEqual(b.chainCode)
    expect(a.commitment[1]).not.toEqual(b.commitment[1]) // fresh polynomial per dealing
  })

  it('an imported BIP32 account key with its chain code derives and signs for the same child addresses as the wallet', () => {
    // BIP32 test vector 1's seed; the account node m/44'/60'/0'/0 of an Ethereum wallet
    const account = HDKey.fromMasterSeed(bytes('000102030405060708090a0b0c0d0e0f')).derive("m/44'/60'/0'/0")
    const dealing = dealImport('ecdsa', importedSecret('ecdsa', account.privateKey!), { threshold: 2, parties: [1, 2, 3], chainCode: account.chainCode! })
    expect(dealing.groupPublicKey).toEqual(account.publicKey)
    const keys = dklsSetup(acceptAll(dealing, 'bip32-account'))
    for (const index of [0, 7]) {
      const child = account.deriveChild(index)
      const derived = deriveKey('ecdsa', dealing.groupPublicKey, dealing.chainCode, [index])
      expect(derived.publicKey).toEqual(child.publicKey)
      ecdsaSignsFor(keys, [1, 3], child.publicKey!, computeAddress(hex(child.publicKey!)), derived.tweak)
    }
  })

  it('sorts the committee and is reproducible under an injected rng', () => {
    const secret = importedSecret('frost-ed25519', ED_SEED)
    const a = dealImport('frost-ed25519', secret, { threshold: 2, parties: [3, 1, 2], rng: seededRng('x') })
    const b = dealImport('frost-ed25519', secret, { threshold: 2, parties: [1, 2, 3], rng: seededRng('x') })
    expect(a.parties).toEqual([1, 2, 3])
    expect(a).toEqual(b)
  })
})

describe('dealImport refuses bad requests', () => {
  const n = groupOf('secp256k1').Fn.ORDER
  const cases: [string, () => unknown, RegExp][] = [
    ['secret 0', () => dealImport('ecdsa', 0n, { threshold: 2, parties: [1, 2, 3] }), /secret: must be a scalar in 1..order-1/],
    ['secret n', () => dealImport('ecdsa', n, { threshold: 2, parties: [1, 2, 3] }), /secret: must be a scalar/],
    ['threshold 0', () => dealImport('ecdsa', 5n, { threshold: 0, parties: [1, 2, 3] }), /threshold: must be in 1..3, got 0/],
    ['threshold > n', () => dealImport('ecdsa', 5n, { threshold: 4, parties: [1, 2, 3] }), /threshold: must be in 1..3, got 4/],
    ['party 0', () => dealImport('ecdsa', 5n, { threshold: 2, parties: [0, 1, 2] }), /parties: must be distinct integers/],
    ['a repeated party', () => dealImport('ecdsa', 5n, { threshold: 2, parties: [1, 2, 2] }), /parties: must be distinct integers/],
    ['65 parties', () => dealImport('ecdsa', 5n, { threshold: 2, parties: Array.from({ length: 65 }, (_, i) => i + 1) }), /parties: a key needs 1..64 parties, got 65/],
    ['a 31-byte chain code', () => dealImport('ecdsa', 5n, { threshold: 2, parties: [1, 2, 3], chainCode: new Uint8Array(31) }), /chainCode: expected 32 bytes/],
    ['an unknown scheme', () => dealImport('rsa' as Scheme, 5n, { threshold: 2, parties: [1, 2, 3] }), /scheme: unknown scheme/],
  ]
  for (const [name, run, message] of cases) {
    it(name, () => {
      expect(run).toThrow(ImportError)
      expect(run).toThrow(message)
    })
  }
})

describe('acceptImportedShare refuses what does not check out, naming the field and never the share', () => {
  const secp = dealImport('ecdsa', importedSecret('ecdsa', ETH_KEY), { threshold: 2, parties: [1, 2, 3] })
  const ed = dealImport('frost-ed25519', importedSecret('frost-ed25519', ED_SEED), { threshold: 2, parties: [1, 2, 3] })
  type Args = Parameters<typeof acceptImportedShare>[0]
  const argsFor = (d: ImportDealing, self: PartyIndex, change: Partial<Args> = {}): Args => ({
    keyId: 'k', scheme: d.scheme, threshold: d.threshold, parties: d.parties, self,
    commitment: d.commitment, share: d.shares.get(self)!, chainCode: d.chainCode, ...change,
  })
  const flipLast = (b: Uint8Array) => { const c = Uint8Array.from(b); c[c.length - 1]! ^= 1; return c }
  const flipFirst = (b: Uint8Array) => { const c = Uint8Array.from(b); c[0]! ^= 1; return c }
  const g = (d: ImportDealing, s: bigint) => { const group = groupOf(d.scheme === 'frost-ed25519' ? 'ed25519' : 'secp256k1'); return group.encodePoint(group.base.multiply(s)) }

  // An adversarial dealing whose commitment is fine for party 2 but makes party 1's public share the identity: f(x) = a − a·x.
  const a = 12345n
  const degenerate = { commitment: [g(secp, a), g(secp, secp256k1.Point.Fn.neg(a))], share: groupOf('secp256k1').encodeScalar(-a) }

  const cases: [string, Args, RegExp][] = [
    ['secp256k1: a tampered share', argsFor(secp, 1, { share: flipLast(secp.shares.get(1)!) }), /^share: does not match the commitment \(Feldman check failed\)$/],
    ['ed25519: a tampered share', argsFor(ed, 1, { share: flipFirst(ed.shares.get(1)!) }), /^share: does not match the commitment/],
    ['another party\'s share', argsFor(secp, 1, { share: secp.shares.get(2)! }), /^share: does not match the commitment/],
    ['a tampered commitment[0] (another group key)', argsFor(secp, 2, { commitment: [g(secp, 7n), secp.commitment[1]!] }), /^share: does not match the commitment/],
    ['a tampered commitment[1]', argsFor(ed, 3, { commitment: [ed.commitment[0]!, g(ed, 7n)] }), /^share: does not match the commitment/],
    ['a commitment one point short', argsFor(secp, 1, { commitment: secp.commitment.slice(0, 1) }), /^commitment: expected 2 points \(one per coefficient\), got 1$/],
    ['a commitment one point long (degree raised)', argsFor(secp, 1, { commitment: [...secp.commitment, g(secp, 9n)] }), /^commitment: expected 2 points \(one per coefficient\), got 3$/],
    ['ed25519: the identity point in the commitment', argsFor(ed, 1, { commitment: [ed.commitment[0]!, Uint8Array.from([1, ...new Array(31).fill(0)])] }), /^commitment\[1\]: (the identity element|not a point on ed25519)$/],
    ['secp256k1: 33 zero bytes in the commitment', argsFor(secp, 1, { commitment: [new Uint8Array(33), secp.commitment[1]!] }), /^commitment\[0\]: not a point on secp256k1$/],
    ['an ed25519 point of small order', argsFor(ed, 1, { commitment: [ed.commitment[0]!, bytes('ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f')] }), /^commitment\[1\]: /],
    ['a commitment making a public share the identity', argsFor(secp, 2, degenerate), /^commitment: the public share of party 1 is the identity$/],
    ['a zero share', argsFor(secp, 1, { share: new Uint8Array(32) }), /^share: zero$/],
    ['a share >= n', argsFor(secp, 1, { share: new Uint8Array(32).fill(0xff) }), /^share: not below the group order$/],
    ['a 31-byte share', argsFor(ed, 1, { share: ed.shares.get(1)!.subarray(1) }), /^share: expected 32 bytes$/],
    ['self outside the committee', argsFor(secp, 4, { share: secp.shares.get(1)! }), /^self: party 4 is not in the committee$/],
    ['a 33-byte chain code', argsFor(secp, 1, { chainCode: new Uint8Array(33) }), /^chainCode: expected 32 bytes$/],
    ['an empty key id', argsFor(secp, 1, { keyId: '' }), /^keyId: must be a non-empty string$/],
    ['threshold above the committee', argsFor(secp, 1, { threshold: 4 }), /^threshold: must be in 1..3, got 4$/],
  ]
  for (const [name, args, message] of cases) {
    it(name, () => {
      let error: unknown
      try { acceptImportedShare(args) } catch (e) { error = e }
      expect(error).toBeInstanceOf(ImportError)
      expect((error as Error).message).toMatch(message)
      expect((error as Error).message).not.toContain(Buffer.from(args.share).toString('hex').slice(0, 8))
    })
  }

  it('the untampered arguments are accepted (the cases above differ in one field)', () => {
    for (const self of [1, 2, 3]) {
      expect(acceptImportedShare(argsFor(secp, self)).self).toBe(self)
      expect(acceptImportedShare(argsFor(ed, self)).self).toBe(self)
    }
  })

  it('the KeyShare does not alias the caller\'s buffers', () => {
    const args = argsFor(secp, 1)
    const share = Uint8Array.from(args.share)
    const key: KeyShare = acceptImportedShare({ ...args, share })
    share.fill(0)
    expect(key.secretShare).toEqual(secp.shares.get(1))
  })
})
