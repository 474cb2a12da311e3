// A malicious OT-extension receiver (VOLE Bob) for the selective-failure tests: it hides
// other choice bits in one row and recomputes the whole Fiat–Shamir check, so that the
// sender's check of that row passes exactly when the cheater's guess of Δ_row is right.
import { toWords, transpose256, wordsToBytes } from '../../src/dkls/bits.js'
import { CheckHash, expandRows, type OteMessage } from '../../src/dkls/ote.js'
import { CHECK_BITS } from '../../src/dkls/params.js'

/**
 * Rewrites an honest OT-extension message of m OTs under `esid`: row `row` hides
 * x ⊕ e with e = bit `column`, χ is recomputed for the new u, and t̃_row gets Δ_row·R(e)
 * for Δ_row = `guess`. The sender computes w_row = v_row ⊕ Δ_row·(x ⊕ e), so its check
 * R(w_row) = t̃_row ⊕ Δ_row·x̃ holds iff guess = Δ_row.
 */
export function selectiveFailure(
  esid: Uint8Array, seeds0: Uint8Array, seeds1: Uint8Array, honest: OteMessage, m: number, row: number, guess: 0 | 1, column: number,
): OteMessage {
  const rowWords = (m + CHECK_BITS) / 32
  const v = expandRows(seeds0, esid, rowWords)
  const g1 = expandRows(seeds1, esid, rowWords)
  const u = toWords(honest.u)
  const x = u.slice(0, rowWords).map((w, k) => w ^ v[k]! ^ g1[k]!) // every honest row hides the same x
  const e = new Uint32Array(rowWords)
  e[column >>> 5] = 1 << (column & 31)
  for (let k = 0; k < rowWords; k++) u[row * rowWords + k] = u[row * rowWords + k]! ^ e[k]!
  const uBytes = Uint8Array.from(wordsToBytes(u))
  const check = CheckHash.of(esid, uBytes, m)
  const tCheck = check.columns(transpose256(v, rowWords, m + CHECK_BITS))
  if (guess === 1) {
    const re = check.row(e)
    for (let k = 0; k < 4; k++) tCheck[row * 4 + k] = tCheck[row * 4 + k]! ^ re[k]!
  }
  return { u: uBytes, xCheck: wordsToBytes(check.row(x)), tCheck: wordsToBytes(tCheck) }
}
