import { describe, expect, it } from 'vitest'
import { createPrivateKey, createPublicKey } from 'node:crypto'
import { ed25519 } from '@noble/curves/ed25519.js'
import { schnorr, secp256k1 } from '@noble/curves/secp256k1.js'
import { computeAddress } from 'ethers'
import { ed25519Group, secp256k1Group } from '../../src/index.js'
import { ImportError, importedSecret } from '../../src/lifecycle/import/index.js'
import { hex } from './helpers.js'

const bytes = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'))
const secpPoint = (s: bigint) => secp256k1Group.encodePoint(secp256k1Group.base.multiply(s))
const edPoint = (s: bigint) => ed25519Group.encodePoint(ed25519Group.base.multiply(s))

// web3.js documentation's example account (accounts.privateKeyToAccount).
const ETH_KEY = '4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318'
const ETH_ADDRESS = '0x2c7536E3605D9C16a7a3D7b1898e529396a65c23'
// RFC 8032 §7.1 TEST 1.
const RFC8032_SEED = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'
const RFC8032_PUBLIC = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'
// BIP340 test vectors 0-3 (secret key, x-only public key).
const BIP340 = [
  ['c90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b14e5c9', 'dd308afec5777e13121fa72b9cc1b7cc0139715309b086c960e18fd969774eb8'],
  ['0b432b2677937381aef05bb02a66ecd012773062cf3fa2549e44f58ed2401710', '25d1dff95105f5253c4022f628a996ad3a0d95fbf21d468a1b33f8c160d8f517'],
  ['0000000000000000000000000000000000000000000000000000000000000003', 'f9308a019258c31049344f85f89d5229b531c845836f99b08601f113bce036f9'],
  ['b7e151628aed2a6abf7158809cf4f3c762e7160f38b4da56a784d9045190cfef', 'dff1d77f2a671c5f36183726db2341be58feae1da2deced843240f7b502ba659'],
] as const

describe('importedSecret: known keys', () => {
  it('secp256k1: a big-endian private key gives the public key and Ethereum address of that key', () => {
    for (const key of [ETH_KEY, '0x' + ETH_KEY, ETH_KEY.toUpperCase(), bytes(ETH_KEY)]) {
      for (const scheme of ['ecdsa', 'frost-secp256k1', 'bip340'] as const) {
        const s = importedSecret(scheme, key)
        expect(s).toBe(BigInt('0x' + ETH_KEY))
        expect(secpPoint(s)).toEqual(secp256k1.getPublicKey(bytes(ETH_KEY), true))
        expect(computeAddress(hex(secpPoint(s)))).toBe(ETH_ADDRESS)
      }
    }
  })

  it('bip340: the imported point has the BIP340 x-only key as its x coordinate (either parity)', () => {
    const parities = new Set<number>()
    for (const [sk, xOnly] of BIP340) {
      const P = secpPoint(importedSecret('bip340', sk))
      expect(hex(P.subarray(1))).toBe('0x' + xOnly)
      expect(P.subarray(1)).toEqual(schnorr.getPublicKey(bytes(sk)))
      parities.add(P[0]!)
    }
    expect([...parities].sort()).toEqual([2, 3])
  })

  it('frost-ed25519: an RFC 8032 seed gives the seed\'s standard public key (noble and OpenSSL agree)', () => {
    const seed = bytes(RFC8032_SEED)
    const s = importedSecret('frost-ed25519', RFC8032_SEED)
    expect(hex(edPoint(s))).toBe('0x' + RFC8032_PUBLIC)
    expect(edPoint(s)).toEqual(ed25519.getPublicKey(seed))
    const pkcs8 = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed])
    const jwk = createPublicKey(createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' })).export({ format: 'jwk' })
    expect(Buffer.from(jwk.x!, 'base64url')).toEqual(Buffer.from(edPoint(s)))
    // the same bytes read as a scalar are >= L here: refused, never silently reduced
    expect(() => importedSecret('frost-ed25519', seed, { encoding: 'scalar' })).toThrow(/privateKey: not below the group order/)
  })

  it('frost-ed25519 { encoding: "scalar" }: a little-endian scalar is taken as is', () => {
    const s = importedSecret('frost-ed25519', RFC8032_SEED)
    const le = ed25519Group.encodeScalar(s)
    expect(le).toEqual(Uint8Array.from(Buffer.from(s.toString(16).padStart(64, '0'), 'hex').reverse()))
    expect(importedSecret('frost-ed25519', le, { encoding: 'scalar' })).toBe(s)
    expect(importedSecret('frost-ed25519', hex(le), { encoding: 'scalar' })).toBe(s)
  })

  it('does not keep or alter the caller\'s key bytes', () => {
    const key = bytes(ETH_KEY)
    importedSecret('ecdsa', key)
    expect(key).toEqual(bytes(ETH_KEY))
  })
})

describe('importedSecret: bad keys get a clear ImportError that never echoes the key', () => {
  const n = secp256k1Group.Fn.ORDER
  const L = ed25519Group.Fn.ORDER
  const be = (v: bigint) => v.toString(16).padStart(64, '0')
  const le = (v: bigint) => Buffer.from(be(v), 'hex').reverse().toString('hex')
  const cases: [string, Parameters<typeof importedSecret>, RegExp][] = [
    ['zero', ['ecdsa', be(0n)], /privateKey: zero/],
    ['n', ['ecdsa', be(n)], /privateKey: not below the group order/],
    ['n + 5', ['bip340', be(n + 5n)], /privateKey: not below the group order/],
    ['2^256 - 1', ['frost-secp256k1', 'f'.repeat(64)], /privateKey: not below the group order/],
    ['31 bytes', ['ecdsa', bytes(ETH_KEY.slice(2))], /privateKey: expected 32 bytes, got 31/],
    ['33 bytes', ['frost-ed25519', bytes(RFC8032_SEED + '00')], /privateKey: expected 32 bytes, got 33/],
    ['63 hex digits', ['ecdsa', ETH_KEY.slice(1)], /privateKey: expected 64 hex digits, got 63/],
    ['non-hex', ['ecdsa', ETH_KEY.slice(0, 62) + 'zz'], /privateKey: not hexadecimal/],
    ['a number', ['ecdsa', 5 as unknown as string], /privateKey: expected a Uint8Array or a hex string/],
    ['ed25519 scalar = L', ['frost-ed25519', le(L), { encoding: 'scalar' }], /privateKey: not below the group order/],
    ['ed25519 scalar 0', ['frost-ed25519', le(0n), { encoding: 'scalar' }], /privateKey: zero/],
    ['a seed for secp256k1', ['ecdsa', ETH_KEY, { encoding: 'seed' }], /encoding: a ecdsa private key is a scalar/],
    ['an unknown encoding', ['frost-ed25519', RFC8032_SEED, { encoding: 'pem' as 'seed' }], /encoding: expected 'seed' or 'scalar'/],
    ['an unknown scheme', ['rsa' as 'ecdsa', ETH_KEY], /scheme: unknown scheme rsa/],
  ]
  for (const [name, args, message] of cases) {
    it(name, () => {
      let error: unknown
      try { importedSecret(...args) } catch (e) { error = e }
      expect(error).toBeInstanceOf(ImportError)
      expect((error as Error).message).toMatch(message)
      const key = args[1]
      const keyHex = typeof key === 'string' ? key.replace(/^0x/, '') : key instanceof Uint8Array ? Buffer.from(key).toString('hex') : ''
      // no run of 8+ hex digits of the key appears in the message
      for (let i = 0; i + 8 <= keyHex.length; i += 4) expect((error as Error).message.toLowerCase()).not.toContain(keyHex.slice(i, i + 8).toLowerCase())
    })
  }
})
