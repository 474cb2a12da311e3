/*
 * Bit vectors and bit matrices of OT extension. Bit i of a byte string is bit i%8 of byte
 * i/8; read as little-endian 32-bit words, bit i is bit i%32 of word i/32.
 */

export function bitAt(bytes: Uint8Array, i: number): number {
  return (bytes[i >>> 3]! >>> (i & 7)) & 1
}

/** A Uint32Array over a copy of `bytes` (whose length is a multiple of 4). */
export function toWords(bytes: Uint8Array): Uint32Array {
  return new Uint32Array(Uint8Array.from(bytes).buffer)
}

export function wordsToBytes(words: Uint32Array): Uint8Array {
  return new Uint8Array(words.buffer, words.byteOffset, words.byteLength)
}

/**
 * Transposes a bit matrix of `rowCount` rows (a multiple of 32) of `rowWords` words each:
 * the result holds its first `columns` columns, rowCount/32 words each, bit i of column j
 * being bit j of row i. Works on 32×32 blocks; the memory access pattern depends only on
 * the dimensions.
 */
export function transposeBits(rows: Uint32Array, rowCount: number, rowWords: number, columns: number): Uint32Array {
  const colWords = rowCount / 32
  const out = new Uint32Array(columns * colWords)
  const block = new Uint32Array(32)
  for (let a = 0; a < colWords; a++) {
    for (let w = 0; w * 32 < columns; w++) {
      for (let r = 0; r < 32; r++) block[r] = rows[(32 * a + r) * rowWords + w]!
      transpose32(block)
      const n = Math.min(32, columns - 32 * w)
      for (let c = 0; c < n; c++) out[(32 * w + c) * colWords + a] = block[c]!
    }
  }
  block.fill(0)
  return out
}

/** transposeBits for the κ = 256 rows of OT extension: columns of 8 words. */
export function transpose256(rows: Uint32Array, rowWords: number, columns: number): Uint32Array {
  return transposeBits(rows, 256, rowWords, columns)
}

/** In-place transpose of a 32×32 bit block: afterwards bit r of word c is the old bit c of word r. */
function transpose32(A: Uint32Array): void {
  let m = 0x0000ffff
  for (let j = 16; j !== 0; j >>>= 1, m ^= m << j) {
    for (let k = 0; k < 32; k = (k + j + 1) & ~j) {
      const t = ((A[k]! >>> j) ^ A[k + j]!) & m
      A[k] = A[k]! ^ (t << j)
      A[k + j] = A[k + j]! ^ t
    }
  }
}
