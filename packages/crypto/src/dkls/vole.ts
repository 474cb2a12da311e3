/*
 * Random vector OLE, DKLs23 Protocol 5.2 (realizing Functionality 3.5, F_RVOLE), with
 * ℓ = 2, ρ = 1, ξ = κ + 2s = 512 (params.ts).
 *
 * Bob (sampling, signing round 1): β ← {0,1}^ξ; b = ⟨g, β⟩ is his random multiplier
 * (χ in Protocol 3.6). He runs the receiver side of ξ random OTs with choice bits β
 * (ote.ts) and keeps γ_j = his OT output, read as ℓ + ρ = 3 scalars.
 * Alice (multiplication, round 2), inputs a ∈ Z_n^ℓ: her OT outputs α_{0,j}, α_{1,j} ∈ Z_n^3;
 *   c_i = −⟨g, α_{0,·,i}⟩                                  (her output shares)
 *   â ← Z_n;  ã_{j,i} = α_{0,j,i} − α_{1,j,i} + a_i,  ã_{j,ℓ} = α_{0,j,ℓ} − α_{1,j,ℓ} + â
 *   θ = H(esid, ã) ∈ Z_n^ℓ;  η = â + Σ_i θ_i·a_i
 *   μ̃_j = α_{0,j,ℓ} + Σ_i θ_i·α_{0,j,i};  μ = H(esid, μ̃);  sends (ã, η, μ)
 * Bob (round 3):
 *   d̄_{j,i} = γ_{j,i} + β_j·ã_{j,i}                        (= α_{0,j,i} + β_j·a_i)
 *   μ'_j = d̄_{j,ℓ} + Σ_i θ_i·d̄_{j,i} − β_j·η;  aborts unless H(esid, μ') = μ
 *   d_i = ⟨g, d̄_{·,i}⟩,  so that c_i + d_i = b·a_i.
 * The check catches an Alice whose ã rows do not all encode the same a (a selective
 * failure on β would otherwise leak Bob's b); â masks a in η.
 *
 * Trail of Bits' 2024 review of Silence Laboratories' DKLs23 reported two typos in the
 * paper's Protocol 5.2. The equations marked "[ToB fix 1]" (the sign of the OT-output
 * difference in ã, α_0 − α_1, which Bob's d̄ = γ + β·ã needs) and "[ToB fix 2]" (the
 * −β_j·η term of Bob's μ') are the corrected forms, as the audited Silence Laboratories
 * code has them; the derivations in the comments above show why they are the ones that
 * make an honest run pass, and the VOLE tests check it.
 *
 * Scalars come from 32-byte hash outputs reduced mod n (statistical distance < 2^-127).
 */
import type { Rng } from '../session/types.js'
import { hashColumns, oteReceive, oteSend, type OteMessage } from './ote.js'
import { ELL, OT_WIDTH, XI } from './params.js'
import { N, modN, randomScalar, readUint256, readUint256At, scalarBytes, viewOf, writeUint256At } from './group.js'
import { taggedHash, u32 } from './hash.js'
import { bitAt, wordsToBytes } from './bits.js'

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
/** The public gadget vector g ∈ Z_n^ξ, fixed by a domain tag. */
function gadget(): bigint[] {
  gadgetCache ??= Array.from({ length: XI }, (_, j) => wideScalar(taggedHash('dkls23/vole/gadget', [u32(j)], 64), 0))
  return gadgetCache
}

function wideScalar(bytes: Uint8Array, offset: number): bigint {
  return ((readUint256(bytes, offset) << 256n) | readUint256(bytes, offset + 32)) % N
}

/**
 * The ξ OT outputs as ξ·3 scalars (32-byte big-endian chunks reduced mod n), flat:
 * entry 3j + i is scalar i of OT j. Each output occupies OT_OUTPUT_BYTES (96 used).
 */
function otScalars(outputs: Uint8Array): bigint[] {
  const view = viewOf(outputs)
  const out: bigint[] = new Array(XI * OT_WIDTH)
  for (let j = 0; j < XI; j++) {
    for (let i = 0; i < OT_WIDTH; i++) {
      const x = readUint256At(view, j * OT_OUTPUT_BYTES + 32 * i)
      out[j * OT_WIDTH + i] = x >= N ? x - N : x
    }
  }
  return out
}

function theta(esid: Uint8Array, aTilde: Uint8Array): bigint[] {
  const bytes = taggedHash('dkls23/vole/theta', [esid, aTilde], 64 * ELL)
  return Array.from({ length: ELL }, (_, i) => wideScalar(bytes, 64 * i))
}

function muHash(esid: Uint8Array, muRows: Uint8Array): Uint8Array {
  return taggedHash('dkls23/vole/mu', [esid, muRows])
}

/** Bob's state between sampling and the end of the multiplication. Secret. */
export interface VoleBob {
  /** His multiplier b = ⟨g, β⟩. */
  readonly b: bigint
  readonly beta: Uint8Array
  /** γ: his ξ OT outputs. */
  readonly gamma: Uint8Array
}

export function voleBobSample(esid: Uint8Array, seeds0: Uint8Array, seeds1: Uint8Array, rng: Rng): { message: OteMessage; bob: VoleBob } {
  const beta = rng(XI / 8)
  const g = gadget()
  let b = 0n
  for (let j = 0; j < XI; j++) if (bitAt(beta, j)) b += g[j]!
  const ote = oteReceive(esid, seeds0, seeds1, beta, rng)
  const gamma = wordsToBytes(hashColumns(esid, ote.columns, XI, OT_BLOCKS))
  return { message: ote.message, bob: { b: b % N, beta, gamma } }
}

/**
 * Alice: checks Bob's OT-extension message (throws OteCheckError), then multiplies her
 * inputs a = (a_0, a_1). Returns her shares c and her message.
 */
export function voleAliceMultiply(
  esid: Uint8Array, delta: Uint8Array, seeds: Uint8Array, oteMessage: OteMessage, a: readonly [bigint, bigint], rng: Rng,
): { c: [bigint, bigint]; message: VoleMessage } {
  const q = oteSend(esid, delta, seeds, oteMessage, XI)
  const alpha0 = otScalars(wordsToBytes(hashColumns(esid, q, XI, OT_BLOCKS)))
  const alpha1 = otScalars(wordsToBytes(hashColumns(esid, q, XI, OT_BLOCKS, delta)))
  const g = gadget()
  const aHat = randomScalar(rng)
  const inputs = [a[0], a[1], aHat]
  const aTilde = new Uint8Array(A_TILDE_BYTES)
  const aTildeView = viewOf(aTilde)
  let c0 = 0n
  let c1 = 0n
  for (let j = 0; j < XI; j++) {
    const o = j * OT_WIDTH
    c0 += g[j]! * alpha0[o]!
    c1 += g[j]! * alpha0[o + 1]!
    for (let i = 0; i < OT_WIDTH; i++) {
      // [ToB fix 1] ã = α_0 − α_1 + input (not α_1 − α_0): Bob's d̄ = γ + β·ã then equals α_0 + β·input.
      writeUint256At(modN(alpha0[o + i]! - alpha1[o + i]! + inputs[i]!), aTildeView, (o + i) * 32)
    }
  }
  const [t0, t1] = theta(esid, aTilde) as [bigint, bigint]
  const eta = modN(aHat + t0 * a[0] + t1 * a[1])
  const muRows = new Uint8Array(XI * 32)
  const muView = viewOf(muRows)
  for (let j = 0; j < XI; j++) {
    const o = j * OT_WIDTH
    writeUint256At((alpha0[o + 2]! + t0 * alpha0[o]! + t1 * alpha0[o + 1]!) % N, muView, j * 32)
  }
  return {
    c: [modN(-c0), modN(-c1)],
    message: { aTilde, eta: scalarBytes(eta), mu: muHash(esid, muRows) },
  }
}

/** Bob: checks Alice's message (throws VoleCheckError, or Error if malformed); returns his shares d. */
export function voleBobFinish(esid: Uint8Array, bob: VoleBob, message: VoleMessage): [bigint, bigint] {
  const { aTilde, eta: etaBytes, mu } = message
  if (!(aTilde instanceof Uint8Array) || aTilde.length !== A_TILDE_BYTES) throw new Error(`VOLE aTilde: expected ${A_TILDE_BYTES} bytes`)
  if (!(etaBytes instanceof Uint8Array) || etaBytes.length !== 32) throw new Error('VOLE eta: expected 32 bytes')
  if (!(mu instanceof Uint8Array) || mu.length !== 32) throw new Error('VOLE mu: expected 32 bytes')
  const eta = readUint256(etaBytes)
  if (eta >= N) throw new Error('VOLE eta: not below the group order')
  const [t0, t1] = theta(esid, aTilde) as [bigint, bigint]
  const g = gadget()
  const gamma = otScalars(bob.gamma)
  const aTildeView = viewOf(aTilde)
  const muRows = new Uint8Array(XI * 32)
  const muView = viewOf(muRows)
  let d0 = 0n
  let d1 = 0n
  for (let j = 0; j < XI; j++) {
    const o = j * OT_WIDTH
    const betaJ = BigInt(bitAt(bob.beta, j)) // 0 or 1, used arithmetically rather than as a branch
    const a0 = readUint256At(aTildeView, o * 32)
    const a1 = readUint256At(aTildeView, o * 32 + 32)
    const a2 = readUint256At(aTildeView, o * 32 + 64)
    if (a0 >= N || a1 >= N || a2 >= N) throw new Error('VOLE aTilde: not below the group order')
    // d̄_{j,i} = γ_{j,i} + β_j·ã_{j,i}
    const dBar0 = (gamma[o]! + betaJ * a0) % N
    const dBar1 = (gamma[o + 1]! + betaJ * a1) % N
    const dBar2 = gamma[o + 2]! + betaJ * a2
    // [ToB fix 2] μ' subtracts β_j·η (it does not add it): μ'_j = d̄_{j,ℓ} + Σ θ_i·d̄_{j,i} − β_j·η.
    writeUint256At(modN(dBar2 + t0 * dBar0 + t1 * dBar1 - betaJ * eta), muView, j * 32)
    d0 += g[j]! * dBar0
    d1 += g[j]! * dBar1
  }
  const expected = muHash(esid, muRows)
  let diff = 0
  for (let k = 0; k < 32; k++) diff |= expected[k]! ^ mu[k]!
  if (diff !== 0) throw new VoleCheckError()
  return [d0 % N, d1 % N]
}
