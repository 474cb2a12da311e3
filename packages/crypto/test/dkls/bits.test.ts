import { describe, expect, it } from 'vitest'
import { bitAt, transpose256, transposeBits, toWords } from '../../src/dkls/bits.js'
import { challengeBasis } from '../../src/dkls/gf128.js'
import { CheckHash } from '../../src/dkls/ote.js'
import { seededRng } from './helpers.js'

/** Schoolbook GF(2^128) product, bit by bit (the reference for the check hash). */
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

  it('transposes a 128-row matrix back into 256 columns of 4 words', () => {
    const rng = seededRng('transpose128')
    const rows = toWords(rng(128 * 8 * 4))
    const cols = transposeBits(rows, 128, 8, 256)
    expect(cols.length).toBe(256 * 4)
    const rowBytes = new Uint8Array(rows.buffer)
    const colBytes = new Uint8Array(cols.buffer)
    for (let i = 0; i < 128; i += 3) {
      for (let j = 0; j < 256; j += 7) expect(bitAt(colBytes.subarray(j * 16, j * 16 + 16), i)).toBe(bitAt(rowBytes.subarray(i * 32, i * 32 + 32), j))
    }
  })

  it('χ·x^j basis: the schoolbook products, including x^127 · x = x^7 + x^2 + x + 1', () => {
    const chi = toWords(seededRng('basis')(16))
    const basis = challengeBasis(chi)
    for (let j = 0; j < 128; j += 9) {
      const xj = new Uint32Array(4)
      xj[j >>> 5] = 1 << (j & 31)
      expect(basis.subarray(j * 4, j * 4 + 4)).toEqual(referenceMul(xj, chi))
    }
    const x = new Uint32Array([2, 0, 0, 0])
    expect(challengeBasis(x).subarray(127 * 4, 128 * 4)).toEqual(new Uint32Array([0x87, 0, 0, 0]))
    expect(basis.subarray(0, 4)).toEqual(chi) // 1 · χ
  })

  for (const chunks of [2, 4]) {
    it(`check hash with ${chunks} challenges: one row and all 256 rows (transposed) equal Σ χ_c·y[c] ⊕ y[last] by schoolbook`, () => {
      const rng = seededRng(`check-${chunks}`)
      const chi = toWords(rng(16 * chunks))
      const rowWords = 4 * (chunks + 1)
      const rows = toWords(rng(256 * rowWords * 4))
      const reference = (i: number) => {
        const acc = rows.slice(i * rowWords + 4 * chunks, i * rowWords + 4 * chunks + 4)
        for (let c = 0; c < chunks; c++) {
          const p = referenceMul(rows.subarray(i * rowWords + 4 * c, i * rowWords + 4 * c + 4), chi.subarray(4 * c, 4 * c + 4))
          for (let w = 0; w < 4; w++) acc[w] = acc[w]! ^ p[w]!
        }
        return acc
      }
      const check = new CheckHash(chi)
      const all = check.columns(transpose256(rows, rowWords, 128 * (chunks + 1)))
      for (let i = 0; i < 256; i++) {
        expect(all.subarray(i * 4, i * 4 + 4), `row ${i}`).toEqual(reference(i))
        if (i % 17 === 0) expect(check.row(rows.subarray(i * rowWords, (i + 1) * rowWords))).toEqual(reference(i))
      }
    })
  }
})
