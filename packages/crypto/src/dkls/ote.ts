/*
 * Random OT extension (the "F_OT" DKLs23 §5.1 builds random VOLE on): κ = 256 base OTs
 * turn into m random OTs per extension. Shape of IKNP/KOS15 (eprint 2015/546, Fig. 10,
 * the corrected protocol) with the consistency check of SoftSpokenOT (eprint 2022/192) at
 * subspace dimension k = 1, made non-interactive by Fiat–Shamir as in DKLs23 §5.1.
 *
 * Roles. The OT-extension sender (VOLE Alice) holds Δ ∈ {0,1}^κ and the seeds k_i^{Δ_i}
 * from the base OTs where it was the receiver; the OT-extension receiver (VOLE Bob) holds
 * both seeds k_i^0, k_i^1.
 *
 * One extension, id esid, m extended OTs (m a multiple of 128), m' = m + 128:
 *   Receiver  x ∈ {0,1}^m' = choice bits ‖ 128 random padding bits;
 *             for each row i < κ: v_i = G(k_i^0, esid), u_i = v_i ⊕ G(k_i^1, esid) ⊕ x
 *             (G: BLAKE3 keyed by the seed, m' bits);
 *             χ_0..χ_{m/128−1} = H(esid, u) ∈ GF(2^128) (Fiat–Shamir over all the receiver has
 *             fixed: esid, with its nonce, and u);
 *             the check hash R(y) = Σ_c χ_c·y[c] ⊕ y[m/128] over the 128-bit chunks y[c];
 *             sends u, x̃ = R(x), t̃_i = R(v_i).
 *   Sender    w_i = G(k_i^{Δ_i}, esid) ⊕ Δ_i·u_i (= v_i ⊕ Δ_i·x for an honest receiver);
 *             checks R(w_i) = t̃_i ⊕ Δ_i·x̃ for every i (R is GF(2)-linear), else aborts.
 *             A receiver that hides x ⊕ e_i in row i passes row i only if it added Δ_i·R(e_i)
 *             to t̃_i, i.e. guessed Δ_i (R(e_i) ≠ 0 except with probability ~2^-128 over χ):
 *             the outcome tells it Δ_i either way (selective failure).
 *   Transposed, column j < m: the sender holds q_j = t_j ⊕ x_j·Δ, the receiver t_j.
 *   Random OT outputs, under K = H(esid, s) with s the sender's salt: sender H(K, j, q_j)
 *   and H(K, j, q_j ⊕ Δ), receiver H(K, j, t_j) = the one its choice bit x_j selects
 *   (H: keyed BLAKE3, a correlation-robust hash). The receiver learns s with the sender's
 *   next message and hashes then.
 *
 * Freshness. The base-OT seeds and Δ serve every session of a key, so nothing may be a
 * function of them and a request alone; each side puts its own fresh value in:
 *   - The receiver's nonce, in esid. Under a repeated esid the pads G(k_i^b, esid) repeat,
 *     and two runs with choices x, x' give u ⊕ u' = x ⊕ x' in every row: the sender would
 *     learn the XOR of the receiver's choice bits. With the receiver's nonce in esid the
 *     pads are fresh whatever the sender does.
 *   - The sender's salt s, in K. Under a repeated esid a receiver that repeats u makes the
 *     sender's q_j repeat; with a fixed K the random-OT outputs α_{b,j} would repeat, the
 *     VOLE masks α_0 − α_1 in ã would cancel between the two runs and ã¹ − ã² would reveal
 *     the difference of the sender's inputs (the key-extraction attack the security review
 *     demonstrated). With a fresh s the outputs are new random-oracle points whatever the
 *     receiver sends. The receiver's privacy does not depend on K (the sender knows both
 *     outputs of every OT), so the sender may pick s, and a receiver that knows s early
 *     gains nothing from it.
 *   Within one extension the m OTs are separated by j. In signing the nonce and the salt
 *   are the round-1 commitments of the two parties (sign-session.ts). The setup
 *   (setup-session.ts) extends once per pair from base OTs it has just run, so its seeds
 *   are fresh and its ids suffice.
 *
 * Each check a cheating receiver attempts tells it one bit of Δ, a failed one bans it
 * (DKLs23's rule, bans.ts): learning ℓ bits needs ℓ − 1 right guesses in a row, probability
 * 2^-(ℓ−1). A ban must stop every session with the peer, also those already running,
 * before Δ is used again (sign-session.ts).
 */
import type { Rng } from '../session/types.js'
import { challengeBasis } from './gf128.js'
import { keyWords, keyedBlockXof } from './blake3.js'
import { toWords, transpose256, transposeBits, wordsToBytes } from './bits.js'
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
export function expandRows(seeds: Uint8Array, esid: Uint8Array, rowWords: number): Uint32Array {
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
  keys.fill(0)
  block.fill(0)
  return rows
}

/**
 * The check hash: χ_0..χ_{chunks−1} = H(esid, u), and R(y) = Σ_c χ_c·y[c] ⊕ y[chunks] for
 * rows y of (chunks + 1)·128 bits. Constant-time in the rows (see gf128.ts).
 */
export class CheckHash {
  /** χ_c·x^j at word 4·(128·c + j). */
  private readonly basis: Uint32Array
  private readonly chunks: number

  /** The check hash of an extension: χ = H(esid, u), m/128 challenges. */
  static of(esid: Uint8Array, u: Uint8Array, m: number): CheckHash {
    return new CheckHash(toWords(taggedHash('dkls23/ote/chi', [esid, u], m / 8)))
  }

  /** `chi`: the challenges χ_c, 4 words each. */
  constructor(chi: Uint32Array) {
    if (chi.length % 4 !== 0 || chi.length === 0) throw new RangeError('check hash: χ must be whole GF(2^128) elements')
    this.chunks = chi.length / 4
    this.basis = new Uint32Array(this.chunks * 128 * 4)
    for (let c = 0; c < this.chunks; c++) this.basis.set(challengeBasis(chi.subarray(4 * c, 4 * c + 4)), c * 512)
  }

  /** R of one row (the words of `row`), masking by each secret bit instead of branching on it. */
  row(row: Uint32Array): Uint32Array {
    const { basis, chunks } = this
    const out = Uint32Array.from(row.subarray(chunks * 4, chunks * 4 + 4))
    let r0 = out[0]!, r1 = out[1]!, r2 = out[2]!, r3 = out[3]!
    for (let j = 0; j < chunks * 128; j++) {
      const mask = -((row[j >>> 5]! >>> (j & 31)) & 1)
      const o = j * 4
      r0 ^= basis[o]! & mask; r1 ^= basis[o + 1]! & mask; r2 ^= basis[o + 2]! & mask; r3 ^= basis[o + 3]! & mask
    }
    out[0] = r0; out[1] = r1; out[2] = r2; out[3] = r3
    return out
  }

  /**
   * R of all κ rows, given as the transposed matrix: (chunks + 1)·128 columns of 8 words.
   * Output bit k of every row at once is the XOR of the columns j whose χ-product has bit
   * k set (public), so the work and the memory accesses depend only on χ. Returns the κ
   * results, 4 words per row.
   */
  columns(columns: Uint32Array): Uint32Array {
    const { basis, chunks } = this
    const acc = new Uint32Array(128 * 8) // acc[8k..8k+8): bit k of R(row i) as bit i
    acc.set(columns.subarray(chunks * 128 * 8, (chunks + 1) * 128 * 8)) // the last chunk enters as is
    for (let j = 0; j < chunks * 128; j++) {
      const c = j * 8
      const c0 = columns[c]!, c1 = columns[c + 1]!, c2 = columns[c + 2]!, c3 = columns[c + 3]!
      const c4 = columns[c + 4]!, c5 = columns[c + 5]!, c6 = columns[c + 6]!, c7 = columns[c + 7]!
      for (let w = 0; w < 4; w++) {
        let bits = basis[j * 4 + w]!
        while (bits !== 0) {
          const k = 8 * (32 * w + 31 - Math.clz32(bits & -bits))
          bits &= bits - 1
          acc[k] = acc[k]! ^ c0; acc[k + 1] = acc[k + 1]! ^ c1; acc[k + 2] = acc[k + 2]! ^ c2; acc[k + 3] = acc[k + 3]! ^ c3
          acc[k + 4] = acc[k + 4]! ^ c4; acc[k + 5] = acc[k + 5]! ^ c5; acc[k + 6] = acc[k + 6]! ^ c6; acc[k + 7] = acc[k + 7]! ^ c7
        }
      }
    }
    const out = transposeBits(acc, 128, 8, KAPPA)
    acc.fill(0)
    return out
  }
}

export interface OteReceiverOutput {
  readonly message: OteMessage
  /** The m columns t_j, 8 words each. Secret. */
  readonly columns: Uint32Array
}

/**
 * Receiver: `choices` holds m bits (m/8 bytes). `esid` must never repeat for these seeds
 * (it carries the receiver's fresh nonce, see the header).
 */
export function oteReceive(esid: Uint8Array, seeds0: Uint8Array, seeds1: Uint8Array, choices: Uint8Array, rng: Rng): OteReceiverOutput {
  const m = choices.length * 8
  assertBatch(m)
  const rowWords = (m + CHECK_BITS) / 32
  const x = new Uint32Array(rowWords)
  const padding = rng(CHECK_BITS / 8)
  for (const [bytes, at] of [[choices, 0], [padding, m / 32]] as const) {
    const words = toWords(bytes)
    x.set(words, at)
    words.fill(0)
  }
  padding.fill(0)
  const v = expandRows(seeds0, esid, rowWords)
  const u = expandRows(seeds1, esid, rowWords)
  for (let i = 0; i < KAPPA; i++) {
    const o = i * rowWords
    for (let w = 0; w < rowWords; w++) u[o + w] = u[o + w]! ^ v[o + w]! ^ x[w]!
  }
  const uBytes = wordsToBytes(u)
  const vColumns = transpose256(v, rowWords, m + CHECK_BITS)
  v.fill(0)
  const check = CheckHash.of(esid, uBytes, m)
  const xCheck = wordsToBytes(check.row(x))
  x.fill(0)
  const tCheck = wordsToBytes(check.columns(vColumns))
  const columns = vColumns.slice(0, m * 8)
  vColumns.fill(0)
  return { message: { u: uBytes, xCheck, tCheck }, columns }
}

/**
 * Sender: returns the m columns q_j (8 words each, secret), or throws OteCheckError. `delta`
 * is Δ (32 bytes, bit i = Δ_i) and `seeds` the κ seeds k_i^{Δ_i}.
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
  const wColumns = transpose256(w, rowWords, m + CHECK_BITS)
  w.fill(0)
  const got = CheckHash.of(esid, message.u, m).columns(wColumns)
  const xCheck = toWords(message.xCheck)
  const tCheck = toWords(message.tCheck)
  let diff = 0
  for (let i = 0; i < KAPPA; i++) {
    const mask = deltaMask(i)
    for (let k = 0; k < 4; k++) diff |= got[i * 4 + k]! ^ tCheck[i * 4 + k]! ^ (xCheck[k]! & mask)
  }
  got.fill(0)
  deltaWords.fill(0)
  const q = wColumns.slice(0, m * 8)
  wColumns.fill(0)
  if (diff !== 0) {
    q.fill(0)
    throw new OteCheckError()
  }
  return q
}

/**
 * The correlation-robust hash of the m columns: `blocks`·64 bytes per column (the caller
 * uses a prefix), keyed by esid and the sender's salt, which must be fresh per extension
 * (see the header). With `delta`, hashes q_j ⊕ Δ instead of q_j.
 */
export function hashColumns(esid: Uint8Array, senderSalt: Uint8Array, columns: Uint32Array, m: number, blocks: number, delta?: Uint8Array): Uint32Array {
  const key = keyWords(taggedHash('dkls23/ote/rot', [esid, senderSalt]))
  const d = delta ? toWords(delta) : new Uint32Array(8)
  const message = new Uint32Array(16)
  const out = new Uint32Array(m * blocks * 16)
  for (let j = 0; j < m; j++) {
    for (let k = 0; k < 8; k++) message[k] = columns[j * 8 + k]! ^ d[k]!
    message[8] = j
    keyedBlockXof(key, message, 36, blocks, out, j * blocks * 16)
  }
  message.fill(0)
  d.fill(0)
  return out
}
