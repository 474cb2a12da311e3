import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addMaskedModN, ctAdd, ctMulAdd, ctSub, loadWords, maskOf, mulModN, reduceOnce, subMaskedModN, toWords, WORDS, wordsToBigint } from '../../src/dkls/ct-scalar.js'
import { N } from '../../src/dkls/group.js'

const scalar = fc.oneof(
  fc.bigInt({ min: 0n, max: N - 1n }),
  fc.constantFrom(0n, 1n, N - 1n, N - 2n, (1n << 255n) - 1n, 1n << 255n, (1n << 32n) - 1n, 1n << 224n),
)
const mod = (x: bigint) => ((x % N) + N) % N

describe('constant-time arithmetic mod n on words', () => {
  it('adds and subtracts a masked operand exactly as BigInt arithmetic mod n does', () => {
    fc.assert(fc.property(scalar, scalar, fc.integer({ min: 0, max: 1 }), (a, b, bit) => {
      const out = new Uint32Array(WORDS)
      addMaskedModN(toWords(a), 0, toWords(b), 0, maskOf(bit), out, 0)
      expect(wordsToBigint(out)).toBe(mod(a + BigInt(bit) * b))
      subMaskedModN(toWords(a), 0, toWords(b), 0, maskOf(bit), out, 0)
      expect(wordsToBigint(out)).toBe(mod(a - BigInt(bit) * b))
    }), { numRuns: 3000 })
  })

  it('multiplies exactly as BigInt arithmetic mod n does', () => {
    fc.assert(fc.property(scalar, scalar, (a, b) => {
      const out = new Uint32Array(WORDS)
      mulModN(toWords(a), 0, toWords(b), 0, out, 0)
      expect(wordsToBigint(out)).toBe(mod(a * b))
    }), { numRuns: 3000 })
  })

  it('does the same on BigInt scalars (ctAdd, ctSub, ctMulAdd)', () => {
    fc.assert(fc.property(scalar, scalar, scalar, (a, b, c) => {
      expect(ctAdd(a, b)).toBe(mod(a + b))
      expect(ctSub(a, b)).toBe(mod(a - b))
      expect(ctMulAdd(a, b, c)).toBe(mod(a * b + c))
    }), { numRuns: 2000 })
  })

  it('works in place and at offsets', () => {
    const buf = new Uint32Array(3 * WORDS)
    buf.set(toWords(N - 1n), WORDS)
    buf.set(toWords(5n), 2 * WORDS)
    addMaskedModN(buf, WORDS, buf, 2 * WORDS, -1, buf, WORDS)
    expect(wordsToBigint(buf, WORDS)).toBe(4n)
    expect(wordsToBigint(buf, 0)).toBe(0n)
  })

  it('reduces a 256-bit value below n once', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }), (x) => {
      const w = toWords(x)
      reduceOnce(w)
      expect(wordsToBigint(w)).toBe(x >= N ? x - N : x)
    }), { numRuns: 2000 })
  })

  it('reads big-endian bytes', () => {
    const bytes = Uint8Array.from({ length: 40 }, (_, i) => i * 7)
    const w = new Uint32Array(WORDS)
    loadWords(new DataView(bytes.buffer), 3, w)
    expect(wordsToBigint(w)).toBe(BigInt('0x' + Buffer.from(bytes.subarray(3, 35)).toString('hex')))
  })
})
