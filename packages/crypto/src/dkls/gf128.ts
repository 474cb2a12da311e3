/*
 * GF(2^128) = GF(2)[x]/(x^128 + x^7 + x^2 + x + 1), for the consistency check of OT
 * extension. An element is 4 little-endian words; bit k of the 128 is the coefficient of x^k.
 *
 * The check multiplies secret rows by public challenges χ (Fiat–Shamir outputs). y ↦ χ·y
 * is GF(2)-linear, so it is fixed by the 128 products χ·x^j, which depend on χ alone:
 * χ·y = Σ_{j: y_j = 1} χ·x^j. ote.ts evaluates that sum either with masks over the bits of
 * one secret row or, for all κ rows at once, by XORing whole transposed columns selected
 * by the (public) bits of χ·x^j. Neither indexes memory by a secret or branches on one;
 * the former table multiplier looked up χ·(nibble of y) by secret nibbles of y.
 */

/** a[o..o+4) ← a·x (branch-free reduction). */
function mulX(a: Uint32Array, o: number): void {
  const carry = a[o + 3]! >>> 31
  a[o + 3] = (a[o + 3]! << 1) | (a[o + 2]! >>> 31)
  a[o + 2] = (a[o + 2]! << 1) | (a[o + 1]! >>> 31)
  a[o + 1] = (a[o + 1]! << 1) | (a[o]! >>> 31)
  a[o] = (a[o]! << 1) ^ (-carry & 0x87)
}

/** The 128 elements χ·x^j (j = 0..127), 4 words each: the columns of the linear map y ↦ χ·y. */
export function challengeBasis(chi: Uint32Array): Uint32Array {
  const out = new Uint32Array(128 * 4)
  const p = Uint32Array.from(chi.subarray(0, 4))
  for (let j = 0; j < 128; j++) {
    out.set(p, j * 4)
    mulX(p, 0)
  }
  return out
}
