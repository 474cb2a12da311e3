import { shake256 } from '@noble/hashes/sha3.js'
import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js'
import { describe, expect, it } from 'vitest'
import { decodePublicKey, decodeSecretKey, decodeSignature, encodePublicKey, encodeSignature, decodeFullVec, encodeFullVec, MlDsaEncodingError } from '../../src/mldsa/encoding.js'
import { challengeSeed, computeT, messageRepresentative, publicKeyHash, publicKeyOf, t1Shifted, verifierW } from '../../src/mldsa/mldsa44.js'
import { BETA, GAMMA1, GAMMA2, N, OMEGA, Q } from '../../src/mldsa/params.js'
import { centered, challengeTerms, infNorm, invNtt, mod, mulChallengeVec, newPoly, ntt, nttCopy, nttVec, pointwise, subVec, addVec, matVec, type PolyVec } from '../../src/mldsa/poly.js'
import { decompose, highBits, highBitsVec, lowBits, makeHint, makeHintVec, power2Round, power2RoundVec, useHint, useHintVec } from '../../src/mldsa/rounding.js'
import { challengeOf, expandA, expandS, sampleInBall } from '../../src/mldsa/sampling.js'

const seed = (n: number) => new Uint8Array(32).fill(n)
const message = new TextEncoder().encode('internals test message')

/** A deterministic stream of values for property tests (xorshift). */
function values(seedValue: number, count: number, modulus: number): number[] {
  let x = seedValue >>> 0 || 1
  return Array.from({ length: count }, () => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0
    return x % modulus
  })
}

describe('ML-DSA-44 internals against @noble/post-quantum', () => {
  it('NTT: inverse round trip and schoolbook negacyclic product', () => {
    const a = Int32Array.from(values(1, N, Q))
    const b = Int32Array.from(values(2, N, 5), (v) => mod(v - 2))
    expect(invNtt(nttCopy(a))).toEqual(a)
    const product = invNtt(pointwise(nttCopy(a), nttCopy(b)))
    const school = new Array<number>(N).fill(0)
    for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) {
      const t = Number((BigInt(a[i]!) * BigInt(b[j]!)) % BigInt(Q))
      if (i + j < N) school[i + j] = (school[i + j]! + t) % Q
      else school[i + j - N] = (school[i + j - N]! - t + Q) % Q
    }
    expect(Array.from(product)).toEqual(school)
  })

  it('keygen: ExpandA, ExpandS, Power2Round and pkEncode reproduce noble keys', () => {
    for (const n of [1, 2, 3]) {
      const keys = ml_dsa44.keygen(seed(n))
      // FIPS 204 Alg. 6: (rho, rho', K) = H(xi | k | l, 128).
      const expanded = shake256(new Uint8Array([...seed(n), 4, 4]), { dkLen: 128 })
      const decoded = decodeSecretKey(keys.secretKey)
      const { s1, s2 } = expandS(expanded.subarray(32, 96))
      expect(decoded.rho).toEqual(expanded.subarray(0, 32))
      expect(s1).toEqual(decoded.s1)
      expect(s2).toEqual(decoded.s2)
      expect(publicKeyOf(decoded.rho, computeT(expandA(decoded.rho), s1, s2))).toEqual(keys.publicKey)
      expect(publicKeyHash(keys.publicKey)).toEqual(decoded.tr)
      const { rho, t1 } = decodePublicKey(keys.publicKey)
      expect(encodePublicKey(rho, t1)).toEqual(keys.publicKey)
    }
  })

  it('a noble signature parses, re-encodes, and verifies with UseHint and SampleInBall', () => {
    const keys = ml_dsa44.keygen(seed(4))
    const context = new TextEncoder().encode('ctx')
    const sig = ml_dsa44.sign(message, keys.secretKey, { context })
    const { cTilde, z, hint } = decodeSignature(sig)
    expect(encodeSignature(cTilde, z, hint)).toEqual(sig)
    expect(infNorm(z)).toBeLessThan(GAMMA1 - BETA)
    const { rho, t1 } = decodePublicKey(keys.publicKey)
    const mu = messageRepresentative(publicKeyHash(keys.publicKey), message, context)
    const w = verifierW(expandA(rho), t1Shifted(t1), challengeOf(cTilde), z)
    expect(challengeSeed(mu, useHintVec(hint, w))).toEqual(cTilde)
    // The wrong message or context gives another challenge.
    expect(challengeSeed(messageRepresentative(publicKeyHash(keys.publicKey), message, new Uint8Array(0)), useHintVec(hint, w))).not.toEqual(cTilde)
  })

  it('the sparse challenge product equals the NTT product', () => {
    const c = sampleInBall(seed(11))
    const v = [Int32Array.from(values(12, N, Q)), Int32Array.from(values(13, N, Q))]
    expect(mulChallengeVec(challengeTerms(c), v)).toEqual(v.map((p) => invNtt(pointwise(nttCopy(c), nttCopy(p)))))
    expect(() => challengeTerms(Int32Array.from(v[0]!))).toThrow(RangeError)
  })

  it('SampleInBall has tau = 39 coefficients of ±1', () => {
    for (const n of [5, 6, 7]) {
      const c = sampleInBall(seed(n))
      const nonzero = Array.from(c).filter((v) => v !== 0)
      expect(nonzero.length).toBe(39)
      expect(nonzero.every((v) => v === 1 || v === Q - 1)).toBe(true)
    }
  })

  it('Decompose, HighBits, LowBits, Power2Round: definitions and corner cases', () => {
    for (const r of [...values(3, 2000, Q), 0, 1, Q - 1, Q - 2, GAMMA2, GAMMA2 + 1, Q - GAMMA2, Q - GAMMA2 - 1]) {
      const [r1, r0] = decompose(r)
      expect(mod(r1 * 2 * GAMMA2 + r0)).toBe(r)
      expect(r1).toBeGreaterThanOrEqual(0)
      expect(r1).toBeLessThan(44)
      expect(Math.abs(r0)).toBeLessThanOrEqual(GAMMA2)
      expect(highBits(r)).toBe(r1)
      expect(lowBits(r)).toBe(r0)
      const [t1, t0] = power2Round(r)
      expect(t1 * 8192 + t0).toBe(r)
      expect(t0 > -4096 && t0 <= 4096).toBe(true)
    }
    // r - r0 = q - 1 wraps to high bits 0 (FIPS 204 Alg. 36 line 3).
    expect(decompose(Q - 1)).toEqual([0, -1])
    expect(decompose(Q - GAMMA2)).toEqual([0, -GAMMA2])
    expect(decompose(Q - GAMMA2 - 1)).toEqual([43, GAMMA2])
  })

  it('UseHint(MakeHint(z, r), r) = HighBits(r + z) for |z| <= gamma2', () => {
    const rs = values(4, 5000, Q)
    const zs = values(5, 5000, 2 * GAMMA2 + 1).map((v) => mod(v - GAMMA2))
    for (let i = 0; i < rs.length; i++) {
      const r = rs[i]!
      const z = zs[i]!
      expect(useHint(makeHint(z, r), r)).toBe(highBits(mod(r + z)))
    }
    for (const r of [0, Q - 1, GAMMA2, Q - GAMMA2 - 1]) for (const z of [mod(GAMMA2), mod(-GAMMA2), 1, Q - 1]) {
      expect(useHint(makeHint(z, r), r)).toBe(highBits(mod(r + z)))
    }
  })

  it('a signature made with these internals (FIPS 204 Alg. 7 loop) verifies with noble', () => {
    const keys = ml_dsa44.keygen(seed(8))
    const { rho, tr, s1, s2 } = decodeSecretKey(keys.secretKey)
    const aHat = expandA(rho)
    const { t0 } = power2RoundVec(computeT(aHat, s1, s2))
    const mu = messageRepresentative(tr, message, new Uint8Array(0))
    for (let attempt = 0; ; attempt++) {
      expect(attempt).toBeLessThan(100)
      const y: PolyVec = Array.from({ length: 4 }, (_, i) => Int32Array.from(values(100 * attempt + i + 7, N, 2 * GAMMA1), (v) => mod(v - GAMMA1 + 1)))
      const w = matVec(aHat, nttVec(y))
      const cTilde = challengeSeed(mu, highBitsVec(w))
      const c = challengeOf(cTilde)
      const z = addVec(y, mulChallengeVec(c, s1))
      const r = subVec(w, mulChallengeVec(c, s2))
      if (infNorm(z) >= GAMMA1 - BETA || Math.max(...r.flatMap((p) => Array.from(p, (v) => Math.abs(lowBits(v))))) >= GAMMA2 - BETA) continue
      const ct0 = mulChallengeVec(c, t0)
      const { hint, ones } = makeHintVec(ct0.map((p) => Int32Array.from(p, (v) => mod(-v))), addVec(r, ct0))
      if (infNorm(ct0) >= GAMMA2 || ones > OMEGA) continue
      const sig = encodeSignature(cTilde, z, hint)
      expect(ml_dsa44.verify(sig, message, keys.publicKey)).toBe(true)
      // A flipped hint bit or z coefficient breaks it.
      const bad = Uint8Array.from(sig)
      bad[100]! ^= 1
      expect(ml_dsa44.verify(bad, message, keys.publicKey)).toBe(false)
      break
    }
  })

  it('full-residue vectors round-trip and refuse unreduced coefficients', () => {
    const v = [Int32Array.from(values(9, N, Q)), Int32Array.from(values(10, N, Q))]
    expect(decodeFullVec(encodeFullVec(v), 2, 'v')).toEqual(v)
    const bad = encodeFullVec([Int32Array.from({ length: N }, () => Q - 1), newPoly()])
    bad[0] = 0xff; bad[1] = 0xff; bad[2] = 0x7f // first coefficient 2^23 - 1 >= q
    expect(() => decodeFullVec(bad, 2, 'v')).toThrow(MlDsaEncodingError)
    expect(() => decodeFullVec(bad.subarray(1), 2, 'v')).toThrow(MlDsaEncodingError)
    expect(centered(Q - 1)).toBe(-1)
    expect(ntt(newPoly())).toEqual(newPoly())
  })
})

describe('the second verifier (liboqs)', () => {
  it('agrees with noble on valid and invalid signatures', async () => {
    const { createMLDSA44 } = await import('@oqs/liboqs-js/sig')
    const liboqs = await createMLDSA44()
    const keys = ml_dsa44.keygen(seed(12))
    const sig = ml_dsa44.sign(message, keys.secretKey)
    expect(liboqs.verify(message, sig, keys.publicKey)).toBe(true)
    const bad = Uint8Array.from(sig)
    bad[2000]! ^= 1
    expect(liboqs.verify(message, bad, keys.publicKey)).toBe(false)
  })
})
