/*
 * Random OT extension (the "F_OT" DKLs23 §5.1 builds random VOLE on): κ = 256 base OTs
 * turn into m random OTs per session. Shape of IKNP/KOS15 (eprint 2015/546, Fig. 10, the
 * corrected protocol) with the consistency check of SoftSpokenOT (eprint 2022/192) at
 * subspace dimension k = 1, made non-interactive by Fiat–Shamir as in DKLs23 §5.1.
 *
 * Roles. The OT-extension sender (VOLE Alice) holds Δ ∈ {0,1}^κ and the seeds k_i^{Δ_i}
 * from the base OTs where it was the receiver; the OT-extension receiver (VOLE Bob) holds
 * both seeds k_i^0, k_i^1.
 *
 * One session, session id esid, m extended OTs (m a multiple of 128), m' = m + 128:
 *   Receiver  x ∈ {0,1}^m' = choice bits ‖ 128 random padding bits;
 *             for each row i < κ: v_i = G(k_i^0), u_i = v_i ⊕ G(k_i^1) ⊕ x  (G: PRG keyed by
 *             the seed and esid, m' bits);
 *             χ_0..χ_{m/128−1} = H(esid, u) ∈ GF(2^128);
 *             the check hash R(y) = Σ_c χ_c·y[c] ⊕ y[m/128] over the 128-bit chunks y[c];
 *             sends u, x̃ = R(x), t̃_i = R(v_i).
 *   Sender    w_i = G(k_i^{Δ_i}) ⊕ Δ_i·u_i (= v_i ⊕ Δ_i·x for an honest receiver);
 *             checks R(w_i) = t̃_i ⊕ Δ_i·x̃ for every i (R is GF(2)-linear), else aborts:
 *             a receiver whose u_i do not all hide the same x fails it except with
 *             probability ~2^-128, and would otherwise learn bits of Δ later on.
 *   Transposed, column j < m: the sender holds q_j = t_j ⊕ x_j·Δ, the receiver t_j.
 *   Random OT outputs: sender H(esid, j, q_j) and H(esid, j, q_j ⊕ Δ), receiver
 *   H(esid, j, t_j) = the one its choice bit x_j selects (H: keyed BLAKE3, a
 *   correlation-robust hash).
 *
 * Base-OT seeds are reused across sessions; esid differs per session and per ordered
 * pair, so no correlation is ever used twice. A failed check reveals up to one bit of Δ
 * per attempt, hence DKLs23's rule: ban the peer (see bans.ts).
 */
import type { Rng } from '../session/types.js'
import { Gf128Multiplier } from './gf128.js'
import { keyWords, keyedBlockXof } from './blake3.js'
import { toWords, transpose256, wordsToBytes } from './bits.js'
import { taggedHash } from './hash.js'
import { CHECK_BITS, KAPPA, SEED_BYTES } from './params.js'

/** What the OT-extension receiver sends: sizes depend on m (see oteMessageSizes). */
export interface OteMessage {
  /** κ rows of m' = m + 128 bits. */
  readonly u: Uint8Array
  /** R(x): 16 bytes. */
  readonly xCheck: Uint8Array
  /** R(v_i) for the κ rows: κ·16 bytes. */
  readonly tCheck: Uint8Array
}

export function oteMessageSizes(m: number): { u: number; xCheck: number; tCheck: number } {
  return { u: (KAPPA * (m + CHECK_BITS)) / 8, xCheck: CHECK_BITS / 8, tCheck: (KAPPA * CHECK_BITS) / 8 }
}

/** Thrown when the receiver's message fails the consistency check. */
export class OteCheckError extends Error {
  constructor() {
    super('OT-extension consistency check failed')
  }
}

function assertBatch(m: number): void {
  if (!Number.isInteger(m) || m <= 0 || m % CHECK_BITS !== 0) throw new RangeError('OT extension: m must be a positive multiple of 128')
}

/** G: the κ rows of m' bits, row i = keyed-BLAKE3(seed_i, esid) truncated (one row per seed). */
function expandRows(seeds: Uint8Array, esid: Uint8Array, rowWords: number): Uint32Array {
  const blocks = Math.ceil(rowWords / 16)
  const message = new Uint32Array(16)
  message.set(toWords(esid))
  const block = new Uint32Array(blocks * 16)
  const rows = new Uint32Array(KAPPA * rowWords)
  const keys = toWords(seeds)
  const keyWordsPerSeed = SEED_BYTES / 4
  for (let i = 0; i < KAPPA; i++) {
    keyedBlockXof(keys.subarray(i * keyWordsPerSeed, (i + 1) * keyWordsPerSeed), message, esid.length, blocks, block)
    rows.set(block.subarray(0, rowWords), i * rowWords)
  }
  return rows
}

/** The check hash: χ from H(esid, u), then R(row) = Σ_c χ_c·row[c] ⊕ row[last] for each of `count` rows. */
class CheckHash {
  private readonly multipliers: Gf128Multiplier[]

  constructor(esid: Uint8Array, u: Uint8Array, private readonly chunks: number) {
    const chi = new Uint32Array(taggedHash('dkls23/ote/chi', [esid, u], 16 * chunks).buffer)
    this.multipliers = Array.from({ length: chunks }, (_, c) => new Gf128Multiplier(chi.subarray(4 * c, 4 * c + 4)))
  }

  /** R of each of `count` rows of (chunks + 1)·4 words in `rows` starting at word `offset`. */
  apply(rows: Uint32Array, offset: number, rowWords: number, count: number): Uint32Array {
    const out = new Uint32Array(count * 4)
    for (let i = 0; i < count; i++) {
      const o = offset + i * rowWords
      for (let k = 0; k < 4; k++) out[i * 4 + k] = rows[o + this.chunks * 4 + k]!
      for (let c = 0; c < this.chunks; c++) this.multipliers[c]!.mulXorInto(rows, o + c * 4, out, i * 4)
    }
    return out
  }
}

export interface OteReceiverOutput {
  readonly message: OteMessage
  /** The m columns t_j, 8 words each. */
  readonly columns: Uint32Array
}

/** Receiver: `choices` holds m bits (m/8 bytes). */
export function oteReceive(esid: Uint8Array, seeds0: Uint8Array, seeds1: Uint8Array, choices: Uint8Array, rng: Rng): OteReceiverOutput {
  const m = choices.length * 8
  assertBatch(m)
  const rowWords = (m + CHECK_BITS) / 32
  const x = new Uint32Array(rowWords)
  x.set(toWords(choices))
  x.set(toWords(rng(CHECK_BITS / 8)), m / 32)
  const v = expandRows(seeds0, esid, rowWords)
  const u = expandRows(seeds1, esid, rowWords)
  for (let i = 0; i < KAPPA; i++) {
    const o = i * rowWords
    for (let w = 0; w < rowWords; w++) u[o + w] = u[o + w]! ^ v[o + w]! ^ x[w]!
  }
  const uBytes = wordsToBytes(u)
  const check = new CheckHash(esid, uBytes, m / CHECK_BITS)
  const xCheck = wordsToBytes(check.apply(x, 0, rowWords, 1))
  const tCheck = wordsToBytes(check.apply(v, 0, rowWords, KAPPA))
  return { message: { u: uBytes, xCheck, tCheck }, columns: transpose256(v, rowWords, m) }
}

/**
 * Sender: returns the m columns q_j (8 words each), or throws OteCheckError. `delta` is
 * Δ (32 bytes, bit i = Δ_i) and `seeds` the κ seeds k_i^{Δ_i}.
 */
export function oteSend(esid: Uint8Array, delta: Uint8Array, seeds: Uint8Array, message: OteMessage, m: number): Uint32Array {
  assertBatch(m)
  const sizes = oteMessageSizes(m)
  for (const field of ['u', 'xCheck', 'tCheck'] as const) {
    const value = message[field]
    if (!(value instanceof Uint8Array) || value.length !== sizes[field]) throw new Error(`OT extension ${field}: expected ${sizes[field]} bytes`)
  }
  const rowWords = (m + CHECK_BITS) / 32
  const w = expandRows(seeds, esid, rowWords)
  const u = toWords(message.u)
  const deltaWords = toWords(delta)
  const deltaMask = (i: number) => -((deltaWords[i >>> 5]! >>> (i & 31)) & 1)
  for (let i = 0; i < KAPPA; i++) {
    const mask = deltaMask(i)
    const o = i * rowWords
    for (let k = 0; k < rowWords; k++) w[o + k] = w[o + k]! ^ (u[o + k]! & mask)
  }
  const check = new CheckHash(esid, message.u, m / CHECK_BITS)
  const got = check.apply(w, 0, rowWords, KAPPA)
  const xCheck = toWords(message.xCheck)
  const tCheck = toWords(message.tCheck)
  let diff = 0
  for (let i = 0; i < KAPPA; i++) {
    const mask = deltaMask(i)
    for (let k = 0; k < 4; k++) diff |= got[i * 4 + k]! ^ tCheck[i * 4 + k]! ^ (xCheck[k]! & mask)
  }
  if (diff !== 0) throw new OteCheckError()
  return transpose256(w, rowWords, m)
}

/**
 * The correlation-robust hash of the m columns: `blocks`·64 bytes per column (the caller
 * uses a prefix), keyed by esid. With `delta`, hashes q_j ⊕ Δ instead of q_j.
 */
export function hashColumns(esid: Uint8Array, columns: Uint32Array, m: number, blocks: number, delta?: Uint8Array): Uint32Array {
  const key = keyWords(taggedHash('dkls23/ote/rot', [esid]))
  const d = delta ? toWords(delta) : new Uint32Array(8)
  const message = new Uint32Array(16)
  const out = new Uint32Array(m * blocks * 16)
  for (let j = 0; j < m; j++) {
    for (let k = 0; k < 8; k++) message[k] = columns[j * 8 + k]! ^ d[k]!
    message[8] = j
    keyedBlockXof(key, message, 36, blocks, out, j * blocks * 16)
  }
  return out
}
