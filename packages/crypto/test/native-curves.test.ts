// The native group operations (libsecp256k1, libsodium) against noble, on random and edge inputs.
import { describe, expect, it } from 'vitest'
import { ED25519_TORSION_SUBGROUP, ed25519 } from '@noble/curves/ed25519.js'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { hexToBytes, numberToBytesBE, numberToBytesLE } from '@noble/curves/utils.js'
import { ed25519Group, secp256k1Group, type CurveGroup } from '../src/index.js'
import type { NativeGroup } from '../src/curves/native-group.js'
import { nativeEd25519 } from '../src/curves/native-ed25519.js'
import { ecdsaRecoverCompressed, nativeSecp256k1, secp256k1Backend } from '../src/curves/native-secp256k1.js'
import { wasmEcdsaRecover, wasmSecp256k1 } from '../src/curves/wasm-secp256k1.js'
import { seededRng } from './dkg-harness.js'

const rng = seededRng('native-curves')

const cases: [string, NativeGroup, CurveGroup][] = [
  ['secp256k1', nativeSecp256k1, secp256k1Group],
  ['secp256k1 (WebAssembly stand-in)', wasmSecp256k1, secp256k1Group],
  ['ed25519', nativeEd25519, ed25519Group],
]

describe.each(cases)('%s: native operations agree with noble', (_name, native, noble) => {
  const n = noble.Fn.ORDER
  const scalars = [1n, 2n, n - 1n, n - 2n, ...Array.from({ length: 8 }, () => noble.randomScalar(rng))]
  const point = (k: bigint) => noble.encodePoint(noble.base.multiply(k))

  it('base multiplication, including 1 and n-1', () => {
    for (const k of scalars) expect(native.baseMultiply(k)).toEqual(point(k))
  })

  it('base multiplication refuses 0 and n', () => {
    expect(() => native.baseMultiply(0n)).toThrow(RangeError)
    expect(() => native.baseMultiply(n)).toThrow(RangeError)
  })

  it('multiplication of a point: random scalars, 1, n-1 (the negation) and 0 (the identity)', () => {
    const P = point(noble.randomScalar(rng))
    const Pn = noble.decodePoint(P)
    for (const k of scalars) expect(native.multiply(P, k)).toEqual(noble.encodePoint(Pn.multiply(k)))
    expect(native.multiply(P, n - 1n)).toEqual(native.negate(P))
    expect(native.multiply(P, 0n)).toBeNull()
  })

  it('addition and negation, with the identity as null', () => {
    for (let i = 0; i < 6; i++) {
      const a = noble.randomScalar(rng)
      const b = noble.randomScalar(rng)
      expect(native.add(point(a), point(b))).toEqual(point(noble.Fn.add(a, b)))
      expect(native.negate(point(a))).toEqual(point(noble.Fn.neg(a)))
    }
    const P = point(5n)
    expect(native.add(P, P)).toEqual(point(10n))
    expect(native.add(P, native.negate(P))).toBeNull()
    expect(native.add(null, P)).toEqual(P)
    expect(native.add(P, null)).toEqual(P)
    expect(native.add(null, null)).toBeNull()
  })

  it('accepts exactly the points noble decodePoint accepts', () => {
    for (const k of scalars) expect(native.isValidPoint(point(k))).toBe(true)
    for (const bad of invalidEncodings(native.curve)) {
      expect(native.isValidPoint(bad), `native accepted ${Buffer.from(bad).toString('hex')}`).toBe(false)
      expect(() => noble.decodePoint(bad)).toThrow()
    }
  })
})

describe('secp256k1 backend', () => {
  it('is the N-API binding wherever the secp256k1 package ships a binary', () => {
    const prebuilt = ['linux-x64', 'darwin-arm64', 'win32-x64'].includes(`${process.platform}-${process.arch}`)
    expect(secp256k1Backend).toBe(prebuilt ? 'napi' : 'wasm')
    expect(nativeSecp256k1 === wasmSecp256k1).toBe(!prebuilt)
  })
})

/** Encodings every validator must refuse: wrong length, identity, off-curve, non-canonical, torsion. */
function invalidEncodings(curve: 'secp256k1' | 'ed25519'): Uint8Array[] {
  if (curve === 'secp256k1') {
    const G = secp256k1.Point.BASE.toBytes()
    const p = secp256k1.Point.Fp.ORDER
    // x^3 + 7 = 132 is not a square mod p: no point has x = 5
    const offCurve = Uint8Array.from([2, ...numberToBytesBE(5n, 32)])
    // the first x on the curve with x + p < 2^256: 02 || x + p is a non-canonical encoding of it
    let small = 1n
    while (!onSecp256k1(small)) small++
    return [
      new Uint8Array(33), G.subarray(1), secp256k1.Point.BASE.toBytes(false), Uint8Array.from([4, ...G.subarray(1)]),
      Uint8Array.from([0, ...G.subarray(1)]), offCurve, Uint8Array.from([2, ...new Uint8Array(32).fill(0xff)]),
      Uint8Array.from([2, ...numberToBytesBE(small + p, 32)]), Uint8Array.from([3, ...numberToBytesBE(p, 32)]),
    ]
  }
  const p = ed25519.Point.Fp.ORDER
  const P = ed25519.Point.BASE.multiply(4242n)
  const negativeZero = numberToBytesLE(1n, 32)
  negativeZero[31]! |= 0x80
  return [
    new Uint8Array(31), new Uint8Array(33), numberToBytesLE(1n, 32), negativeZero,
    // y = p + 1 and y = p + 3: non-canonical encodings of the identity and of a torsion point
    numberToBytesLE(p + 1n, 32), numberToBytesLE(p + 3n, 32), new Uint8Array(32).fill(0xff),
    ...ED25519_TORSION_SUBGROUP.map(hexToBytes),
    ...ED25519_TORSION_SUBGROUP.slice(1).map((t) => P.add(ed25519.Point.fromHex(t)).toBytes()),
  ]
}

function onSecp256k1(x: bigint): boolean {
  try {
    secp256k1.Point.fromBytes(Uint8Array.from([2, ...numberToBytesBE(x, 32)]))
    return true
  } catch {
    return false
  }
}

describe('ECDSA public-key recovery (the SDK signature check)', () => {
  for (const [name, recover] of [['N-API', ecdsaRecoverCompressed], ['WebAssembly', wasmEcdsaRecover]] as const) {
    it(`${name}: recovers the signer's key as noble does; a wrong id, digest or r gives another key or null`, () => {
      for (let i = 0; i < 5; i++) {
        const sk = secp256k1.utils.randomSecretKey(rng(48))
        const digest = rng(32)
        const sig = secp256k1.sign(digest, sk, { prehash: false, format: 'recovered' })
        const rs = sig.slice(1)
        const id = sig[0] as 0 | 1
        expect(recover(rs, id, digest)).toEqual(secp256k1.getPublicKey(sk, true))
        expect(recover(rs, (1 - id) as 0 | 1, digest)).not.toEqual(secp256k1.getPublicKey(sk, true))
        const other = Uint8Array.from(digest)
        other[0]! ^= 1
        expect(recover(rs, id, other)).not.toEqual(secp256k1.getPublicKey(sk, true))
      }
      const n = secp256k1.Point.CURVE().n
      expect(recover(Uint8Array.from([...numberToBytesBE(n, 32), ...numberToBytesBE(1n, 32)]), 0, rng(32))).toBeNull() // r = n
      expect(recover(new Uint8Array(64), 0, rng(32))).toBeNull()
    })
  }
})
