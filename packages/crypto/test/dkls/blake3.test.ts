import { describe, expect, it } from 'vitest'
import { blake3 } from '@noble/hashes/blake3.js'
import { Blake3, keyWords, keyedBlockXof } from '../../src/dkls/blake3.js'

const bytes = (n: number, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (i * 131 + seed * 17) & 0xff)

describe('BLAKE3 (fast path) against @noble/hashes', () => {
  it('hashes every length around block and chunk boundaries, keyed and unkeyed, with extended output', () => {
    const key = bytes(32, 9)
    const lengths = [0, 1, 31, 63, 64, 65, 127, 128, 1023, 1024, 1025, 2047, 2048, 2049, 3072, 3073, 4096, 4097, 5000, 8193]
    for (const n of lengths) {
      const data = bytes(n)
      for (const dkLen of [32, 64, 96, 131]) {
        expect(new Blake3().update(data).digest(dkLen), `len ${n} out ${dkLen}`).toEqual(blake3(data, { dkLen }))
        expect(new Blake3(key).update(data).digest(dkLen), `keyed len ${n}`).toEqual(blake3(data, { key, dkLen }))
      }
    }
  })

  it('gives the same digest however the input is split into updates', () => {
    const data = bytes(3000, 3)
    const h = new Blake3()
    for (let pos = 0; pos < data.length; pos += 77) h.update(data.subarray(pos, pos + 77))
    expect(h.digest()).toEqual(blake3(data))
  })

  it('keyedBlockXof is keyed BLAKE3 of a single-block message', () => {
    const key = bytes(32, 5)
    for (const n of [0, 1, 36, 64]) {
      const block = new Uint8Array(64)
      block.set(bytes(n, 7))
      const out = new Uint32Array(32)
      keyedBlockXof(keyWords(key), new Uint32Array(block.buffer), n, 2, out)
      expect(new Uint8Array(out.buffer), `len ${n}`).toEqual(blake3(bytes(n, 7), { key, dkLen: 128 }))
    }
  })
})
