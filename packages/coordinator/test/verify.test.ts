import { ed25519 } from '@noble/curves/ed25519.js'
import { schnorr, secp256k1, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { hash_to_field } from '@noble/curves/abstract/hash-to-curve.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { describe, expect, it } from 'vitest'
import { ConfigError, generateIdentity, keyInfoFromJson, verifyEcdsa, verifySchnorr, type Scheme } from '../src/index.js'

const n = secp256k1.Point.CURVE().n
const be32 = (x: bigint) => Uint8Array.from(Buffer.from(x.toString(16).padStart(64, '0'), 'hex'))

describe('verifyEcdsa', () => {
  const secret = secp256k1.utils.randomSecretKey()
  const publicKey = secp256k1.getPublicKey(secret, true)
  const digest = sha256(new TextEncoder().encode('verify me'))
  const sig = secp256k1.Signature.fromBytes(secp256k1.sign(digest, secret, { prehash: false, format: 'recovered' }), 'recovered')
  const rs = sig.toBytes('compact')

  it('accepts a valid low-S signature with its recovery id and returns r, s, v', () => {
    expect(verifyEcdsa(publicKey, digest, rs, sig.recovery!)).toEqual({ r: sig.r, s: sig.s, recoveryId: sig.recovery })
  })

  it('refuses the wrong recovery id, digest or key, and the high-S twin', () => {
    expect(verifyEcdsa(publicKey, digest, rs, 1 - sig.recovery!)).toBeNull()
    expect(verifyEcdsa(publicKey, sha256(digest), rs, sig.recovery!)).toBeNull()
    expect(verifyEcdsa(secp256k1.getPublicKey(secp256k1.utils.randomSecretKey(), true), digest, rs, sig.recovery!)).toBeNull()
    // (r, n - s) verifies under plain ECDSA with the other recovery id: malleable, so refused
    const high = Uint8Array.from([...be32(sig.r), ...be32(n - sig.s)])
    expect(secp256k1.verify(high, digest, publicKey, { prehash: false, lowS: false })).toBe(true)
    expect(verifyEcdsa(publicKey, digest, high, 1 - sig.recovery!)).toBeNull()
  })

  it('refuses out-of-range values and wrong lengths without throwing', () => {
    expect(verifyEcdsa(publicKey, digest, Uint8Array.from([...be32(0n), ...be32(sig.s)]), 0)).toBeNull()
    expect(verifyEcdsa(publicKey, digest, Uint8Array.from([...be32(sig.r), ...be32(n)]), 0)).toBeNull()
    expect(verifyEcdsa(publicKey, digest, rs.subarray(1), sig.recovery!)).toBeNull()
    expect(verifyEcdsa(publicKey, digest.subarray(1), rs, sig.recovery!)).toBeNull()
    expect(verifyEcdsa(publicKey, digest, rs, 2)).toBeNull()
  })
})

describe('verifySchnorr', () => {
  const message = new TextEncoder().encode('schnorr')

  // a single-signer FROST(secp256k1, SHA-256) signature built from RFC 9591 section 5.3's equation with noble
  function frostSecp256k1Signature(secret: bigint, msg: Uint8Array): { publicKey: Uint8Array; sig: Uint8Array } {
    const publicKey = secp256k1.Point.BASE.multiply(secret).toBytes(true)
    const r = secp256k1.Point.Fn.fromBytes(secp256k1.utils.randomSecretKey())
    const R = secp256k1.Point.BASE.multiply(r).toBytes(true)
    const [[c]] = hash_to_field(Uint8Array.from([...R, ...publicKey, ...msg]), 1, { DST: 'FROST-secp256k1-SHA256-v1chal', p: n, m: 1, k: 128, expand: 'xmd', hash: sha256 }) as bigint[][]
    const z = (r + c! * secret) % n
    return { publicKey, sig: Uint8Array.from([...R, ...be32(z)]) }
  }

  it('FROST(secp256k1) through libsecp256k1 agrees with noble on valid and tampered signatures', () => {
    for (let i = 0; i < 8; i++) {
      const secret = secp256k1.Point.Fn.fromBytes(secp256k1.utils.randomSecretKey())
      const { publicKey, sig } = frostSecp256k1Signature(secret, message)
      expect(secp256k1_FROST.verify(sig, message, publicKey)).toBe(true) // the construction is right
      expect(verifySchnorr('frost-secp256k1', publicKey, message, sig)).toBe(true)
      const tampered = [
        Uint8Array.from([...sig.subarray(0, 64), sig[64]! ^ 1]), // z
        Uint8Array.from([sig[0]! ^ 1, ...sig.subarray(1)]), // R's parity
        Uint8Array.from([...sig.subarray(0, 33), ...be32(BigInt('0x' + bytesToHex(sig.subarray(33))) + n)].slice(0, 65)), // z + n does not fit: 65 bytes kept
      ]
      for (const bad of tampered) expect(verifySchnorr('frost-secp256k1', publicKey, message, bad)).toBe(secp256k1_FROST.verify(bad, message, publicKey))
      expect(verifySchnorr('frost-secp256k1', publicKey, new TextEncoder().encode('other'), sig)).toBe(false)
    }
  })

  it('FROST(secp256k1) refuses a non-canonical z (z + n), a zero z and an R that is not a point', () => {
    const secret = 12345n
    const { publicKey, sig } = frostSecp256k1Signature(secret, message)
    const z = BigInt('0x' + bytesToHex(sig.subarray(33)))
    if (z + n < 2n ** 256n) expect(verifySchnorr('frost-secp256k1', publicKey, message, Uint8Array.from([...sig.subarray(0, 33), ...be32(z + n)]))).toBe(false)
    expect(verifySchnorr('frost-secp256k1', publicKey, message, Uint8Array.from([...sig.subarray(0, 33), ...be32(0n)]))).toBe(false)
    expect(verifySchnorr('frost-secp256k1', publicKey, message, Uint8Array.from([2, ...new Uint8Array(32).fill(0xff), ...sig.subarray(33)]))).toBe(false)
    expect(verifySchnorr('frost-secp256k1', publicKey.subarray(1), message, sig)).toBe(false)
  })

  it('Ed25519: the RFC 8032 test vector 2 verifies; S + L (non-canonical) is refused', () => {
    // RFC 8032 section 7.1, TEST 2
    const publicKey = Uint8Array.from(Buffer.from('3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c', 'hex'))
    const sig = Uint8Array.from(Buffer.from('92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00', 'hex'))
    const msg = Uint8Array.from([0x72])
    expect(verifySchnorr('frost-ed25519', publicKey, msg, sig)).toBe(true)
    const L = 2n ** 252n + 27742317777372353535851937790883648493n
    const S = BigInt('0x' + bytesToHex(sig.subarray(32).reverse()))
    const big = Uint8Array.from(Buffer.from((S + L).toString(16).padStart(64, '0'), 'hex')).reverse()
    expect(ed25519.verify(Uint8Array.from([...sig.subarray(0, 32), ...big]), msg, publicKey, { zip215: false })).toBe(false)
    expect(verifySchnorr('frost-ed25519', publicKey, msg, Uint8Array.from([...sig.subarray(0, 32), ...big]))).toBe(false)
    expect(verifySchnorr('frost-ed25519', publicKey.subarray(1), msg, sig)).toBe(false)
  })
  it('Ed25519 per RFC 8032, refusing a tampered signature', () => {
    const secret = ed25519.utils.randomSecretKey()
    const sig = ed25519.sign(message, secret)
    expect(verifySchnorr('frost-ed25519', ed25519.getPublicKey(secret), message, sig)).toBe(true)
    sig[63]! ^= 0x10
    expect(verifySchnorr('frost-ed25519', ed25519.getPublicKey(secret), message, sig)).toBe(false)
  })

  it('BIP340 against the x-only form of a compressed key of either parity', () => {
    for (let i = 0; i < 4; i++) {
      const secret = schnorr.utils.randomSecretKey()
      const compressed = secp256k1.getPublicKey(secret, true)
      const sig = schnorr.sign(message, secret)
      expect(verifySchnorr('bip340', compressed, message, sig)).toBe(true)
      expect(verifySchnorr('bip340', compressed, new TextEncoder().encode('other'), sig)).toBe(false)
      expect(verifySchnorr('bip340', compressed.subarray(1), message, sig)).toBe(false) // must be the 33-byte form
      const digest = sha256(message) // 32-byte messages (sighashes) go through libsecp256k1
      const sig32 = schnorr.sign(digest, secret)
      expect(verifySchnorr('bip340', compressed, digest, sig32)).toBe(true)
      sig32[5]! ^= 1
      expect(verifySchnorr('bip340', compressed, digest, sig32)).toBe(false)
    }
  })
})

const parties = [(await generateIdentity()).peerId, (await generateIdentity()).peerId]

describe('group keys of pinned KeyInfos', () => {
  // what an application hands back (keyInfoFromJson, like connect({ keys }) and pinKey, checks it as a node's report)
  const pin = (scheme: Scheme, publicKey: Uint8Array) =>
    keyInfoFromJson({ keyId: 'k', scheme, threshold: 1, parties, publicKey: bytesToHex(publicKey), chainCode: '00'.repeat(32), epoch: 0, publicShares: parties.map(() => bytesToHex(publicKey)) })

  it('accepts real keys of each curve', () => {
    const secp = secp256k1.getPublicKey(secp256k1.utils.randomSecretKey(), true)
    expect(pin('ecdsa', secp).groupPublicKey).toEqual(secp)
    const ed = ed25519.getPublicKey(ed25519.utils.randomSecretKey())
    expect(pin('frost-ed25519', ed).groupPublicKey).toEqual(ed)
  })

  it('refuses off-curve, wrong-length, small-order and non-canonical encodings', () => {
    const offCurve = Uint8Array.from([2, ...new Uint8Array(32).fill(0xff)]) // x >= p
    expect(() => pin('bip340', offCurve)).toThrow(ConfigError)
    expect(() => pin('ecdsa', secp256k1.getPublicKey(secp256k1.utils.randomSecretKey(), false))).toThrow(ConfigError)
    const identity = Uint8Array.from([1, ...new Uint8Array(31)]) // (0, 1)
    expect(() => pin('frost-ed25519', identity)).toThrow(ConfigError)
    const smallOrder = ed25519.Point.fromAffine({ x: 0n, y: ed25519.Point.CURVE().p - 1n }).toBytes() // (0, -1), order 2
    expect(() => pin('frost-ed25519', smallOrder)).toThrow(ConfigError)
    const nonCanonical = Uint8Array.from(identity)
    nonCanonical[31]! |= 0x80 // x = 0 with the sign bit set: -0
    expect(() => pin('frost-ed25519', nonCanonical)).toThrow(ConfigError)
  })
})
