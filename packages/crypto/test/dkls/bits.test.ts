import { describe, expect, it } from 'vitest'
import { bitAt, transpose256, toWords } from '../../src/dkls/bits.js'
import { Gf128Multiplier } from '../../src/dkls/gf128.js'
import { seededRng } from './helpers.js'

/** Schoolbook GF(2^128) product, bit by bit (the reference for the table multiplier). */
function referenceMul(a: Uint32Array, b: Uint32Array): Uint32Array {
  const acc = new Uint32Array(4)
  const x = Uint32Array.from(b)
  for (let k = 0; k < 128; k++) {
    if ((a[k >>> 5]! >>> (k & 31)) & 1) for (let w = 0; w < 4; w++) acc[w] = acc[w]! ^ x[w]!
    const carry = x[3]! >>> 31
    x[3] = (x[3]! << 1) | (x[2]! >>> 31)
    x[2] = (x[2]! << 1) | (x[1]! >>> 31)
    x[1] = (x[1]! << 1) | (x[0]! >>> 31)
    x[0] = (x[0]! << 1) ^ (carry ? 0x87 : 0)
  }
  return acc
}

describe('bit matrices and GF(2^128)', () => {
  it('transposes a 256-row bit matrix', () => {
    const rng = seededRng('transpose')
    const rowWords = 20
    const rows = toWords(rng(256 * rowWords * 4))
    const columns = 608
    const cols = transpose256(rows, rowWords, columns)
    const rowBytes = new Uint8Array(rows.buffer)
    const colBytes = new Uint8Array(cols.buffer)
    for (let i = 0; i < 256; i += 7) {
      for (let j = 0; j < columns; j += 5) {
        expect(bitAt(colBytes.subarray(j * 32, j * 32 + 32), i)).toBe(bitAt(rowBytes.subarray(i * rowWords * 4, (i + 1) * rowWords * 4), j))
      }
    }
  })

  it('multiplies like the schoolbook product, including x^127 · x and 1 · χ', () => {
    const rng = seededRng('gf')
    for (let n = 0; n < 20; n++) {
      const chi = toWords(rng(16))
      const a = toWords(rng(16))
      const acc = new Uint32Array(4)
      new Gf128Multiplier(chi).mulXorInto(a, 0, acc, 0)
      expect(acc).toEqual(referenceMul(a, chi))
    }
    const top = new Uint32Array([0, 0, 0, 0x80000000])
    const x = new Uint32Array([2, 0, 0, 0])
    const acc = new Uint32Array(4)
    new Gf128Multiplier(x).mulXorInto(top, 0, acc, 0)
    expect(acc).toEqual(new Uint32Array([0x87, 0, 0, 0])) // x^128 = x^7 + x^2 + x + 1
    const one = new Uint32Array([1, 0, 0, 0])
    const chi = toWords(rng(16))
    const acc2 = new Uint32Array(4)
    new Gf128Multiplier(chi).mulXorInto(one, 0, acc2, 0)
    expect(acc2).toEqual(chi)
  })
})
