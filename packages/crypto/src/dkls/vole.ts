/*
 * Random vector OLE, DKLs23 Protocol 5.2 (realizing Functionality 3.5, F_RVOLE), with
 * ℓ = 2, ρ = 1, ξ = κ + 2s = 512 (params.ts).
 *
 * Identifiers. esid names this VOLE and carries Bob's fresh nonce; s is Alice's fresh salt
 * (in signing: the two parties' round-1 commitments, sign-session.ts). ote.ts explains why
 * each side needs its own: with both, no value below repeats when a request is run again.
 *
 * Bob (sampling, signing round 1): β ← {0,1}^ξ; b = ⟨g, β⟩ is his random multiplier
 * (χ in Protocol 3.6). He runs the receiver side of ξ random OTs with choice bits β
 * under esid (ote.ts) and keeps his columns t_j.
 * Alice (multiplication, round 2), inputs a ∈ Z_n^ℓ: her OT outputs under (esid, s),
 *   α_{0,j}, α_{1,j} ∈ Z_n^3 (fresh because s is, whatever Bob sent);
 *   c_i = −⟨g, α_{0,·,i}⟩                                  (her output shares)
 *   â ← Z_n;  ã_{j,i} = α_{0,j,i} − α_{1,j,i} + a_i,  ã_{j,ℓ} = α_{0,j,ℓ} − α_{1,j,ℓ} + â
 *   θ = H(esid, s, ã) ∈ Z_n^ℓ;  η = â + Σ_i θ_i·a_i
 *   μ̃_j = α_{0,j,ℓ} + Σ_i θ_i·α_{0,j,i};  μ = H(esid, s, μ̃);  sends (ã, η, μ)
 * Bob (round 3), knowing s: γ_j = his OT output H(K, j, t_j) = α_{β_j,j}, read as ℓ + ρ
 *   scalars;
 *   d̄_{j,i} = γ_{j,i} + β_j·ã_{j,i}                        (= α_{0,j,i} + β_j·a_i)
 *   μ'_j = d̄_{j,ℓ} + Σ_i θ_i·d̄_{j,i} − β_j·η;  aborts unless H(esid, s, μ') = μ
 *   d_i = ⟨g, d̄_{·,i}⟩,  so that c_i + d_i = b·a_i.
 * The check catches an Alice whose ã rows do not all encode the same a (a selective
 * failure on β would otherwise leak Bob's b); â masks a in η. θ and μ hash s and esid
 * too: the Fiat–Shamir challenge covers everything Alice's message depends on.
 * In each row Bob knows one of α_{0,j}, α_{1,j} (the one β_j selects); the other is a
 * random-oracle output at t_j ⊕ Δ under this VOLE's key, so ã_j hides a. Run twice, the
 * same request gives unrelated α (new s), so ã¹ − ã² is uniform in every row.
 *
 * Trail of Bits' 2024 review of Silence Laboratories' DKLs23 reported two typos in the
 * paper's Protocol 5.2. The equations marked "[ToB fix 1]" (the sign of the OT-output
 * difference in ã, α_0 − α_1, which Bob's d̄ = γ + β·ã needs) and "[ToB fix 2]" (the
 * −β_j·η term of Bob's μ') are the corrected forms, as the audited Silence Laboratories
 * code has them; the derivations in the comments above show why they are the ones that
 * make an honest run pass, and the VOLE tests check it.
 *
 * Scalars come from 32-byte hash outputs reduced mod n (statistical distance < 2^-127).
 *
 * Timing. Whatever touches Bob's choice bits β (b = ⟨g, β⟩, d̄ = γ + β·ã, μ' − β·η) and
 * Alice's secret inputs (ã = α_0 − α_1 + a, η) runs on fixed-width words in constant time
 * (ct-scalar.ts): a BigInt multiplied by a 0n or 1n choice bit returns sooner for 0n, which
 * measurably told β (all-zero vs all-one β: +9..18% Bob time before, within noise now;
 * `npm run bench dkls-vole`). Values that stay BigInt (α, γ, d̄ once masked, c, d) are uniform
 * mod n, so their lengths say nothing. β, t_j, the hash outputs and the word buffers are
 * zeroed after use; BigInts cannot be wiped: they are dropped and left to the collector.
 */
import type { Rng } from '../session/types.js'
import { hashColumns, oteReceive, oteSend, type OteMessage } from './ote.js'
import { ELL, OT_WIDTH, XI } from './params.js'
import { secp256k1Group } from '../curves/group.js'
import { N, readUint256, readUint256At, viewOf, writeUint256At } from './group.js'
import { taggedHash, u32 } from './hash.js'
import { bitAt, wordsToBytes } from './bits.js'
import { addMaskedModN, ctMulAdd, loadWords, maskOf, reduceOnce, subMaskedModN, toWords, WORDS, wordsToBigint } from './ct-scalar.js'

const { Fn } = secp256k1Group

/** ã: ξ·(ℓ+ρ) scalars. */
export const A_TILDE_BYTES = XI * OT_WIDTH * 32
/** Hash blocks (64 bytes) per OT output: 3 scalars need 96 bytes. */
const OT_BLOCKS = 2
const OT_OUTPUT_BYTES = OT_BLOCKS * 64

/** Alice's message of Protocol 5.2. */
export interface VoleMessage {
  readonly aTilde: Uint8Array
  readonly eta: Uint8Array
  readonly mu: Uint8Array
}

/** Thrown when Alice's message fails Bob's check. */
export class VoleCheckError extends Error {
  constructor() {
    super('VOLE consistency check failed')
  }
}

let gadgetCache: bigint[] | undefined
let gadgetWordsCache: Uint32Array | undefined

/** The public gadget vector g ∈ Z_n^ξ, fixed by a domain tag. */
function gadget(): bigint[] {
  gadgetCache ??= Array.from({ length: XI }, (_, j) => wideScalar(taggedHash('dkls23/vole/gadget', [u32(j)], 64), 0))
  return gadgetCache
}

/** g as 8 words per entry, for Bob's constant-time ⟨g, β⟩. */
function gadgetWords(): Uint32Array {
  if (!gadgetWordsCache) {
    const words = new Uint32Array(XI * WORDS)
    gadget().forEach((g, j) => words.set(toWords(g), j * WORDS))
    gadgetWordsCache = words
  }
  return gadgetWordsCache
}

function wideScalar(bytes: Uint8Array, offset: number): bigint {
  return ((readUint256(bytes, offset) << 256n) | readUint256(bytes, offset + 32)) % N
}

/** θ = H(esid, s, ã): the check's Fiat–Shamir challenge (exported for the replay tests' attacker). */
export function voleTheta(esid: Uint8Array, salt: Uint8Array, aTilde: Uint8Array): bigint[] {
  const bytes = taggedHash('dkls23/vole/theta', [esid, salt, aTilde], 64 * ELL)
  return Array.from({ length: ELL }, (_, i) => wideScalar(bytes, 64 * i))
}

function muHash(esid: Uint8Array, salt: Uint8Array, muRows: Uint8Array): Uint8Array {
  return taggedHash('dkls23/vole/mu', [esid, salt, muRows])
}

/** Bob's state between sampling and the end of the multiplication. Secret. */
export interface VoleBob {
  /** His multiplier b = ⟨g, β⟩. */
  readonly b: bigint
  readonly beta: Uint8Array
  /** t_j: his ξ OT-extension columns, hashed into γ once Alice's salt is known. */
  readonly columns: Uint32Array
}

/**
 * Bob's round 1 under esid (which carries his fresh nonce). b = ⟨g, β⟩ is summed in
 * constant time (ct-scalar.ts): each g_j enters masked by β_j, never multiplied by a
 * 0n or 1n whose cost would tell β_j.
 */
export function voleBobSample(esid: Uint8Array, seeds0: Uint8Array, seeds1: Uint8Array, rng: Rng): { message: OteMessage; bob: VoleBob } {
  const beta = rng(XI / 8)
  const g = gadgetWords()
  const acc = new Uint32Array(WORDS)
  for (let j = 0; j < XI; j++) addMaskedModN(acc, 0, g, j * WORDS, maskOf(bitAt(beta, j)), acc, 0)
  const b = wordsToBigint(acc)
  acc.fill(0)
  const ote = oteReceive(esid, seeds0, seeds1, beta, rng)
  return { message: ote.message, bob: { b, beta, columns: ote.columns } }
}

/** Zeroes Bob's byte state (β, t_j): a VoleBob is single-use. */
export function forgetVoleBob(bob: VoleBob): void {
  bob.beta.fill(0)
  bob.columns.fill(0)
}

/**
 * Alice: checks Bob's OT-extension message under esid (throws OteCheckError), then
 * multiplies her inputs a = (a_0, a_1) under her fresh salt. Returns her shares c and her
 * message.
 */
export function voleAliceMultiply(
  esid: Uint8Array, salt: Uint8Array, delta: Uint8Array, seeds: Uint8Array, oteMessage: OteMessage, a: readonly [bigint, bigint], rng: Rng,
): { c: [bigint, bigint]; message: VoleMessage } {
  const q = oteSend(esid, delta, seeds, oteMessage, XI)
  const hashes0 = wordsToBytes(hashColumns(esid, salt, q, XI, OT_BLOCKS))
  const hashes1 = wordsToBytes(hashColumns(esid, salt, q, XI, OT_BLOCKS, delta))
  q.fill(0)
  const [view0, view1] = [viewOf(hashes0), viewOf(hashes1)]
  const g = gadget()
  const aHat = secp256k1Group.randomScalar(rng)
  // her inputs (r_i, sk_i) and â are secret: ã is computed on words in constant time
  const inputs = new Uint32Array(OT_WIDTH * WORDS)
  ;[a[0], a[1], aHat].forEach((x, i) => inputs.set(toWords(x), i * WORDS))
  const alpha = new Uint32Array(2 * WORDS)
  const aTilde = new Uint8Array(A_TILDE_BYTES)
  const aTildeView = viewOf(aTilde)
  const alpha0: bigint[] = new Array(XI * OT_WIDTH)
  let c0 = 0n
  let c1 = 0n
  for (let j = 0; j < XI; j++) {
    const o = j * OT_WIDTH
    for (let i = 0; i < OT_WIDTH; i++) {
      loadWords(view0, j * OT_OUTPUT_BYTES + 32 * i, alpha, 0)
      loadWords(view1, j * OT_OUTPUT_BYTES + 32 * i, alpha, WORDS)
      reduceOnce(alpha, 0)
      reduceOnce(alpha, WORDS)
      alpha0[o + i] = wordsToBigint(alpha, 0)
      // [ToB fix 1] ã = α_0 − α_1 + input (not α_1 − α_0): Bob's d̄ = γ + β·ã then equals α_0 + β·input.
      subMaskedModN(alpha, 0, alpha, WORDS, -1, alpha, WORDS)
      addMaskedModN(alpha, WORDS, inputs, i * WORDS, -1, alpha, WORDS)
      for (let k = 0; k < WORDS; k++) aTildeView.setUint32((o + i) * 32 + 4 * k, alpha[WORDS + k]!)
    }
    c0 += g[j]! * alpha0[o]!
    c1 += g[j]! * alpha0[o + 1]!
  }
  alpha.fill(0)
  inputs.fill(0)
  hashes0.fill(0)
  hashes1.fill(0)
  const [t0, t1] = voleTheta(esid, salt, aTilde) as [bigint, bigint]
  const eta = ctMulAdd(t0, a[0], ctMulAdd(t1, a[1], aHat))
  const muRows = new Uint8Array(XI * 32)
  const muView = viewOf(muRows)
  for (let j = 0; j < XI; j++) {
    const o = j * OT_WIDTH
    writeUint256At((alpha0[o + 2]! + t0 * alpha0[o]! + t1 * alpha0[o + 1]!) % N, muView, j * 32)
  }
  const mu = muHash(esid, salt, muRows)
  muRows.fill(0)
  return {
    c: [Fn.create(-c0), Fn.create(-c1)],
    message: { aTilde, eta: secp256k1Group.encodeScalar(eta), mu },
  }
}

/**
 * Bob: hashes his OT outputs under Alice's salt, checks her message (throws
 * VoleCheckError, or Error if malformed) and returns his shares d. Zeroes his byte state
 * whatever the outcome.
 */
export function voleBobFinish(esid: Uint8Array, salt: Uint8Array, bob: VoleBob, message: VoleMessage): [bigint, bigint] {
  try {
    return bobFinish(esid, salt, bob, message)
  } finally {
    forgetVoleBob(bob)
  }
}

/**
 * Bob's multiplication. Everything that depends on his choice bits β is done in constant
 * time on words (ct-scalar.ts): d̄_{j,i} = γ_{j,i} + (ã_{j,i} masked by β_j) and
 * d̄_{j,ℓ} − (η masked by β_j). The d̄ leave as BigInts for the products with the
 * public θ and g: they are uniform mod n whatever β is.
 */
function bobFinish(esid: Uint8Array, salt: Uint8Array, bob: VoleBob, message: VoleMessage): [bigint, bigint] {
  const { aTilde, eta: etaBytes, mu } = message
  if (!(aTilde instanceof Uint8Array) || aTilde.length !== A_TILDE_BYTES) throw new Error(`VOLE aTilde: expected ${A_TILDE_BYTES} bytes`)
  const eta = secp256k1Group.decodeScalar(etaBytes, 'VOLE eta', { allowZero: true })
  if (!(mu instanceof Uint8Array) || mu.length !== 32) throw new Error('VOLE mu: expected 32 bytes')
  const aTildeView = viewOf(aTilde)
  for (let k = 0; k < XI * OT_WIDTH; k++) {
    if (readUint256At(aTildeView, k * 32) >= N) throw new Error('VOLE aTilde: not below the group order')
  }
  const [t0, t1] = voleTheta(esid, salt, aTilde) as [bigint, bigint]
  const g = gadget()
  const etaWords = toWords(eta)
  // γ_j: Bob's OT outputs (the ones β selects), as words reduced mod n
  const hashes = wordsToBytes(hashColumns(esid, salt, bob.columns, XI, OT_BLOCKS))
  const hashView = viewOf(hashes)
  const dBar = new Uint32Array(OT_WIDTH * WORDS)
  const aRow = new Uint32Array(OT_WIDTH * WORDS)
  const muRows = new Uint8Array(XI * 32)
  const muView = viewOf(muRows)
  let d0 = 0n
  let d1 = 0n
  for (let j = 0; j < XI; j++) {
    const mask = maskOf(bitAt(bob.beta, j))
    for (let i = 0; i < OT_WIDTH; i++) {
      loadWords(hashView, j * OT_OUTPUT_BYTES + 32 * i, dBar, i * WORDS)
      reduceOnce(dBar, i * WORDS)
      loadWords(aTildeView, (j * OT_WIDTH + i) * 32, aRow, i * WORDS)
      // d̄_{j,i} = γ_{j,i} + β_j·ã_{j,i}
      addMaskedModN(dBar, i * WORDS, aRow, i * WORDS, mask, dBar, i * WORDS)
    }
    // [ToB fix 2] μ' subtracts β_j·η (it does not add it): μ'_j = d̄_{j,ℓ} + Σ θ_i·d̄_{j,i} − β_j·η.
    subMaskedModN(dBar, 2 * WORDS, etaWords, 0, mask, dBar, 2 * WORDS)
    const dBar0 = wordsToBigint(dBar, 0)
    const dBar1 = wordsToBigint(dBar, WORDS)
    writeUint256At((wordsToBigint(dBar, 2 * WORDS) + t0 * dBar0 + t1 * dBar1) % N, muView, j * 32)
    d0 += g[j]! * dBar0
    d1 += g[j]! * dBar1
  }
  dBar.fill(0)
  hashes.fill(0)
  const expected = muHash(esid, salt, muRows)
  muRows.fill(0)
  let diff = 0
  for (let k = 0; k < 32; k++) diff |= expected[k]! ^ mu[k]!
  if (diff !== 0) throw new VoleCheckError()
  return [d0 % N, d1 % N]
}
