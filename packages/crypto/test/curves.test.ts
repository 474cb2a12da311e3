import { describe, expect, it } from 'vitest'
import { ED25519_TORSION_SUBGROUP, ed25519 } from '@noble/curves/ed25519.js'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { bytesToHex, hexToBytes, numberToBytesBE, numberToBytesLE } from '@noble/curves/utils.js'
import {
  deal, ed25519Group, evaluateCommitment, evaluatePolynomial, feldmanVerify, groupOf, lagrangeAtZero, secp256k1Group,
} from '../src/index.js'
import { Ed25519SubgroupPoint } from '../src/curves/ed25519-subgroup.js'
import { frostSuite } from '../src/frost/suite.js'
import { feldmanVerifySum } from '../src/curves/polynomial.js'
import { seededRng } from './dkg-harness.js'

const rng = seededRng('curves')

describe('CurveGroup.decodePoint', () => {
  it('round-trips valid points on both curves', () => {
    for (const group of [secp256k1Group, ed25519Group]) {
      const P = group.base.multiply(group.randomScalar(rng))
      const bytes = group.encodePoint(P)
      expect(bytes.length).toBe(group.pointLength)
      expect(group.decodePoint(bytes).equals(P)).toBe(true)
    }
  })

  it('secp256k1: rejects wrong lengths, uncompressed and off-curve encodings', () => {
    const P = secp256k1.Point.BASE.multiply(7n)
    expect(() => secp256k1Group.decodePoint(P.toBytes(false))).toThrow(/expected 33 bytes/)
    expect(() => secp256k1Group.decodePoint(P.toBytes().subarray(1))).toThrow(/expected 33 bytes/)
    const bad = P.toBytes()
    bad[0] = 0x04
    expect(() => secp256k1Group.decodePoint(bad, 'C')).toThrow(/C: not a point/)
    // x = 5: x^3 + 7 = 132 is not a square mod p, so no point has this x
    const offCurve = new Uint8Array(33)
    offCurve[0] = 0x02
    offCurve[32] = 5
    expect(() => secp256k1Group.decodePoint(offCurve)).toThrow(/not a point/)
    // x >= p is not a canonical field element
    const tooBig = Uint8Array.from([0x02, ...new Uint8Array(32).fill(0xff)])
    expect(() => secp256k1Group.decodePoint(tooBig)).toThrow(/not a point|non-canonical/)
    expect(() => secp256k1Group.decodePoint(new Uint8Array(33))).toThrow()
  })

  it('ed25519: rejects the identity, every torsion point and points with a torsion component', () => {
    for (const hex of ED25519_TORSION_SUBGROUP) {
      expect(() => ed25519Group.decodePoint(hexToBytes(hex))).toThrow(/identity|prime-order|not a point/)
    }
    const P = ed25519.Point.BASE.multiply(12345n)
    const T = ed25519.Point.fromHex(ED25519_TORSION_SUBGROUP[1]!)
    expect(() => ed25519Group.decodePoint(P.add(T).toBytes(), 'C')).toThrow('C: not in the prime-order subgroup')
    expect(ed25519Group.decodePoint(P.toBytes()).equals(P)).toBe(true)
  })

  it('ed25519: a remembered subgroup check never lets a torsion component through', () => {
    const P = ed25519.Point.BASE.multiply(777n)
    const dirty = P.add(ed25519.Point.fromHex(ED25519_TORSION_SUBGROUP[3]!)).toBytes()
    for (let i = 0; i < 3; i++) {
      expect(ed25519Group.decodePoint(P.toBytes()).equals(P)).toBe(true)
      expect(() => ed25519Group.decodePoint(dirty)).toThrow(/prime-order subgroup/)
      expect(Ed25519SubgroupPoint.fromBytes(dirty).isTorsionFree()).toBe(false)
    }
    // the FROST suite parses through the same points: a dirty key fails every time
    const suite = frostSuite('frost-ed25519')
    const sig = new Uint8Array(64)
    sig.set(P.toBytes())
    for (let i = 0; i < 2; i++) {
      expect(suite.verify(sig, new Uint8Array(1), P.toBytes())).toBe(false)
      expect(() => suite.verify(sig, new Uint8Array(1), dirty)).toThrow(/prime-order subgroup/)
    }
  })

  it('ed25519: rejects non-canonical encodings (y >= p)', () => {
    // y = p + 1 encodes the same point as y = 1 (the identity) but is not canonical
    const p = ed25519.Point.Fp.ORDER
    expect(() => ed25519Group.decodePoint(numberToBytesLE(p + 1n, 32))).toThrow()
    expect(() => ed25519Group.decodePoint(new Uint8Array(31))).toThrow(/expected 32 bytes/)
  })
})

describe('CurveGroup.decodeScalar', () => {
  it('accepts 1..n-1 in the curve byte order and rejects n, zero and wrong lengths', () => {
    const n = secp256k1.Point.Fn.ORDER
    expect(secp256k1Group.decodeScalar(numberToBytesBE(n - 1n, 32))).toBe(n - 1n)
    expect(() => secp256k1Group.decodeScalar(numberToBytesBE(n, 32), 's')).toThrow('s: not below the group order')
    expect(() => secp256k1Group.decodeScalar(new Uint8Array(32), 's')).toThrow('s: zero')
    expect(secp256k1Group.decodeScalar(new Uint8Array(32), 's', { allowZero: true })).toBe(0n)
    expect(() => secp256k1Group.decodeScalar(new Uint8Array(33))).toThrow(/expected 32 bytes/)
    const l = ed25519.Point.Fn.ORDER
    expect(ed25519Group.decodeScalar(numberToBytesLE(l - 1n, 32))).toBe(l - 1n)
    expect(() => ed25519Group.decodeScalar(numberToBytesLE(l, 32))).toThrow(/order/)
    expect(bytesToHex(ed25519Group.encodeScalar(1n))).toBe('01' + '00'.repeat(31))
    expect(bytesToHex(secp256k1Group.encodeScalar(1n))).toBe('00'.repeat(31) + '01')
  })

  it('derives random scalars from the injected rng, never zero', () => {
    const a = seededRng('same')
    const b = seededRng('same')
    expect(secp256k1Group.randomScalar(a)).toBe(secp256k1Group.randomScalar(b))
    expect(ed25519Group.randomScalar(() => new Uint8Array(48))).not.toBe(0n)
  })
})

describe('polynomials, Feldman commitments and Lagrange coefficients', () => {
  for (const curve of ['secp256k1', 'ed25519'] as const) {
    it(`${curve}: any t points interpolate f(0); commitments evaluate to f(x)·G`, () => {
      const group = groupOf(curve)
      const { Fn } = group
      const t = 4
      const coefficients = Array.from({ length: t }, () => group.randomScalar(rng))
      const commitment = coefficients.map((a) => group.base.multiply(a))
      const parties = [2, 5, 7, 11]
      let secret = Fn.ZERO
      let publicKey = group.zero
      for (const p of parties) {
        const share = evaluatePolynomial(Fn, coefficients, BigInt(p))
        expect(feldmanVerify(group, commitment, BigInt(p), share)).toBe(true)
        expect(feldmanVerify(group, commitment, BigInt(p), Fn.add(share, 1n))).toBe(false)
        const lambda = lagrangeAtZero(Fn, parties, p)
        secret = Fn.add(secret, Fn.mul(lambda, share))
        publicKey = publicKey.add(evaluateCommitment(group, commitment, BigInt(p)).multiply(lambda))
      }
      expect(secret).toBe(coefficients[0])
      expect(publicKey.equals(commitment[0]!)).toBe(true)
      // t - 1 points do not determine f(0)
      const fewer = parties.slice(1)
      const partial = fewer.reduce((acc, p) => Fn.add(acc, Fn.mul(lagrangeAtZero(Fn, fewer, p), evaluatePolynomial(Fn, coefficients, BigInt(p)))), Fn.ZERO)
      expect(partial).not.toBe(coefficients[0])
    })
  }

  it('rejects a repeated or missing party in the interpolation set', () => {
    const { Fn } = secp256k1Group
    expect(() => lagrangeAtZero(Fn, [1, 2, 2], 1)).toThrow(/repeats/)
    expect(() => lagrangeAtZero(Fn, [1, 2], 3)).toThrow(/not in the interpolation set/)
    expect(lagrangeAtZero(Fn, [1], 1)).toBe(1n)
  })
})

describe('feldmanVerifySum (one Feldman check for several dealers\' shares to one recipient)', () => {
  it.each([['secp256k1'], ['ed25519']] as const)('%s: holds exactly when the summed share fits the summed commitments', (curve) => {
    const group = groupOf(curve)
    const { Fn } = group
    const rng = seededRng(`feldman-sum-${curve}`)
    const dealings = [11n, 22n, 33n].map((c) => deal(group, c, 3, [1, 2, 3, 4, 5], rng))
    const commitments = dealings.map((d) => d.commitment)
    const sharesAt = (j: number) => dealings.map((d) => d.shares.get(j)!)
    for (const j of [1, 4]) expect(feldmanVerifySum(group, commitments, BigInt(j), sharesAt(j))).toBe(true)
    const off = sharesAt(4)
    off[1] = Fn.add(off[1]!, 1n)
    expect(feldmanVerifySum(group, commitments, 4n, off)).toBe(false)
    // a share for another recipient
    expect(feldmanVerifySum(group, commitments, 4n, sharesAt(5))).toBe(false)
    // errors that cancel pass: what it proves is the sum
    off[2] = Fn.sub(off[2]!, 1n)
    expect(feldmanVerifySum(group, commitments, 4n, off)).toBe(true)
    expect(feldmanVerifySum(group, [], 4n, [])).toBe(true)
    expect(() => feldmanVerifySum(group, commitments, 4n, off.slice(1))).toThrow(/one share per commitment/)
  })
})

describe('deal (Shamir dealing with Feldman commitments)', () => {
  for (const group of [secp256k1Group, ed25519Group]) {
    it(`${group.curve}: any threshold of the shares rebuild the constant, each share passes the Feldman check, fewer do not`, () => {
      const constant = group.randomScalar()
      const { commitment, shares } = deal(group, constant, 3, [1, 2, 4, 7])
      expect(commitment).toHaveLength(3)
      expect(commitment[0]!.equals(group.base.multiply(constant))).toBe(true)
      for (const [j, s] of shares) expect(feldmanVerify(group, commitment, BigInt(j), s)).toBe(true)
      expect(feldmanVerify(group, commitment, 1n, group.Fn.add(shares.get(1)!, 1n))).toBe(false)
      const rebuild = (set: number[]) => set.reduce((acc, j) => group.Fn.add(acc, group.Fn.mul(lagrangeAtZero(group.Fn, set, j), shares.get(j)!)), 0n)
      expect(rebuild([1, 4, 7])).toBe(constant)
      expect(rebuild([2, 4, 7])).toBe(constant)
      expect(rebuild([4, 7])).not.toBe(constant)
    })
  }

  it('a zero constant commits to the identity; bad shapes are refused', () => {
    const { commitment } = deal(secp256k1Group, 0n, 2, [1, 2, 3])
    expect(commitment[0]!.is0()).toBe(true)
    expect(() => deal(secp256k1Group, 1n, 4, [1, 2, 3])).toThrow(/threshold must be in 1..3/)
    expect(() => deal(secp256k1Group, 1n, 2, [1, 1, 3])).toThrow(/distinct positive/)
    expect(() => deal(secp256k1Group, 1n, 2, [0, 1, 3])).toThrow(/distinct positive/)
  })
})
