/*
 * GF(2^128) = GF(2)[x]/(x^128 + x^7 + x^2 + x + 1), for the consistency check of OT
 * extension. An element is 4 little-endian words; bit k of the 128 is the coefficient of x^k.
 * Multiplication by a fixed element χ uses a table of χ·(nibble)·x^(4p) for the 32 nibble
 * positions p, so a product is 32 table look-ups (the check multiplies ~1,000 row chunks
 * by the same 4 or 2 challenges).
 */

function mulX(a: Uint32Array, o: number): void {
  const carry = a[o + 3]! >>> 31
  a[o + 3] = (a[o + 3]! << 1) | (a[o + 2]! >>> 31)
  a[o + 2] = (a[o + 2]! << 1) | (a[o + 1]! >>> 31)
  a[o + 1] = (a[o + 1]! << 1) | (a[o]! >>> 31)
  a[o] = (a[o]! << 1) ^ (carry * 0x87)
}

export class Gf128Multiplier {
  /** table[(p·16 + nibble)·4 …]: χ·nibble·x^(4p). */
  private readonly table = new Uint32Array(32 * 16 * 4)

  constructor(chi: Uint32Array) {
    const t = this.table
    const base = Uint32Array.from(chi.subarray(0, 4))
    for (let p = 0; p < 32; p++) {
      const row = p * 64
      // entries 1, 2, 4, 8: base·x^0..3; the others are XORs of those.
      for (let e = 0; e < 4; e++) {
        t.set(base, row + (1 << e) * 4)
        mulX(base, 0)
      }
      for (let nib = 3; nib < 16; nib++) {
        if ((nib & (nib - 1)) === 0) continue
        const low = nib & -nib
        for (let k = 0; k < 4; k++) t[row + nib * 4 + k] = t[row + low * 4 + k]! ^ t[row + (nib ^ low) * 4 + k]!
      }
    }
  }

  /** acc[ao..ao+4) ^= χ · a[o..o+4). */
  mulXorInto(a: Uint32Array, o: number, acc: Uint32Array, ao: number): void {
    const t = this.table
    let r0 = acc[ao]!, r1 = acc[ao + 1]!, r2 = acc[ao + 2]!, r3 = acc[ao + 3]!
    for (let w = 0; w < 4; w++) {
      let word = a[o + w]!
      for (let n = 0; n < 8; n++) {
        const e = ((w * 8 + n) * 16 + (word & 15)) * 4
        r0 ^= t[e]!; r1 ^= t[e + 1]!; r2 ^= t[e + 2]!; r3 ^= t[e + 3]!
        word >>>= 4
      }
    }
    acc[ao] = r0; acc[ao + 1] = r1; acc[ao + 2] = r2; acc[ao + 3] = r3
  }
}
