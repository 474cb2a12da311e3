/*
 * CGGMP three-round presigning with identifiable abort (eprint 2021/060, Figure 7 of
 * the 2021-10 revision, "ECDSA Pre-Signing", with its identification step), in
 * threshold form, for a signer set S of at least `threshold` committee members.
 *
 * Threshold adaptation. The paper is n-of-n over additive shares; thresh's DKG gives
 * Shamir shares. Each signer i ∈ S uses x_i = λ_i·(share_i + δ) mod q (λ_i: Lagrange
 * coefficient at 0 over S; δ: the BIP32 tweak, 0 for the key itself), whose public
 * image X_i = λ_i·(X^share_i + δ·G) every signer computes from the DKG's public shares;
 * Σ x_i = x + δ (Σ λ_i = 1), the secret of X + δ·G. So the tweak enters every signer's
 * share alike, as in DKLs23 (dkls/sign-session.ts), and χ below is a sharing of
 * k·(x + δ) with no special party.
 *
 * Round 1. P_i samples k_i, γ_i ∈ F_q, ρ_i, ν_i ∈ Z*_{N_i}; broadcasts K_i = enc_i(k_i; ρ_i),
 *   G_i = enc_i(γ_i; ν_i); sends each P_j Π^enc (K_i ∈ enc(±2^ℓ)) against P_j's ring-Pedersen
 *   parameters.
 * Round 2. After checking Π^enc: Γ_i = γ_i·G; for each j, β_ij, β̂_ij ← ±2^ℓ',
 *   D_ji = K_j^{γ_i}·enc_j(β_ij), F_ji = enc_i(β_ij), D̂_ji = K_j^{x_i}·enc_j(β̂_ij),
 *   F̂_ji = enc_i(β̂_ij). Broadcasts Γ_i and every D, F, D̂, F̂ (everybody needs them for
 *   identification; they are encrypted to their key's owner) with an echo of round 1;
 *   sends each P_j Π^aff-g for (D_ji, F_ji, Γ_i), Π^aff-g for (D̂_ji, F̂_ji, X_i) and
 *   Π^log* for (G_i, Γ_i). Sign convention (as taurushq-io/multi-party-sig): D carries
 *   +β and the sender keeps −β, so the aff-g relation holds with the same y in D and F.
 * Round 3. After checking the echoes and proofs: Γ = ΣΓ_j, Δ_i = k_i·Γ,
 *   α_ij = dec_i(D_ij), α̂_ij = dec_i(D̂_ij),
 *   δ_i = k_i·γ_i + Σ_j (α_ij − β_ij),  χ_i = k_i·x_i + Σ_j (α̂_ij − β̂_ij)   (mod q);
 *   broadcasts δ_i, Δ_i with an echo of round 2; sends each P_j Π^log* for (K_i, Δ_i) on
 *   base Γ.
 * Output. After checking Π^log*: δ = Σδ_j; if δ·G = ΣΔ_j, R = δ⁻¹·Γ (= k⁻¹·G) and the
 *   presignature is (R, k_i, χ_i). Otherwise identification (round 4): P_i broadcasts
 *   H_i = enc_i(k_i·γ_i) with Π^mul for (K_i, G_i, H_i), and sends each P_j Π^dec that
 *   H_i·Π_j D_ij·F_ji⁻¹ (computable by everybody from the broadcasts) decrypts to δ_i
 *   mod q. A P_j whose proofs fail is named; as Δ_j and every MtA input were proven
 *   before, a wrong δ_j is the only way to fail the check, and it cannot pass Π^dec.
 *
 * A failed check on a direct message (a proof made for this party) names its sender
 * at this party, which publishes a complaint; checks on broadcasts name the sender
 * everywhere. Echoes of rounds 1 and 2 catch a sender that showed parties different
 * broadcasts (naming nobody: broadcasts are not signed here). No round carries secret
 * share material in clear (every MtA value travels Paillier-encrypted to its owner and
 * the proofs are zero-knowledge), so no round is sealed.
 *
 * Tweak and re-randomization: the tweak is fixed at presign time and bound into the
 * session id (a tweak cannot be chosen after R is public), and sign-session.ts
 * re-randomizes R per digest (see there).
 */
import { equalBytes } from '@noble/curves/utils.js'
import { randomBytes } from '@noble/hashes/utils.js'
import { lagrangeAtZero } from '../curves/polynomial.js'
import { decodePoint, mul, pointX } from '../dkls/group.js'
import { PresignatureUsedError } from '../dkls/presign-session.js'
import { RoundSession, checkEach, type RoundInput, type RoundSpec } from '../session/round-session.js'
import { sessionId } from '../session/session-id.js'
import { checkedSigners } from '../keys/signer-set.js'
import { ProtocolAbort, type Outgoing, type PartyIndex } from '../session/types.js'
import { fromBytes, mod, modInv, randomBelow, randomSigned, toBytes } from './arith.js'
import { Point, decodeCurvePoint, mulG, mulPoint, q, type CurvePoint } from './group.js'
import { assertCggmpKeyShare, type CggmpKeyShare } from './key-share.js'
import {
  isPaillierCiphertext, paillierAdd, paillierDecrypt, paillierEncrypt, paillierMul, paillierNonce, paillierNonceOf,
  paillierPublic, type PaillierPublicKey,
} from './paillier.js'
import { L_PRIME } from './params.js'
import { boundedInt, fixedArray, fixedBytes, hashPacked, pack, unpack, type Packed } from './payload.js'
import {
  proveAffG, proveDec, proveEnc, proveLogStar, proveMul, verifyAffG, verifyDec, verifyEnc, verifyLogStar, verifyMul,
  type AffGProof, type DecProof, type EncProof, type LogStarProof, type MulProof,
} from './proofs/index.js'
import type { RingPedersenParams } from './ring-pedersen.js'
import type { ProofContext } from './transcript.js'

/** Bytes of a presign id. */
export const CGGMP_PRESIGN_ID_BYTES = 32

export interface CggmpKProofMessage {
  readonly type: 'cggmp/presign-k'
  /** K_i, G_i ∈ Z*_{N_i²}. */
  readonly K: bigint
  readonly G: bigint
}

export interface CggmpEncProofMessage {
  readonly type: 'cggmp/presign-enc'
  readonly enc: Packed
}

export interface CggmpGammaMessage {
  readonly type: 'cggmp/presign-gamma'
  /** 33 bytes: Γ_i. */
  readonly Gamma: Uint8Array
  /** One entry per other signer j, ascending: D_ji (mod N_j²), F_ji (mod N_i²), and the hatted pair. */
  readonly D: readonly bigint[]
  readonly F: readonly bigint[]
  readonly Dhat: readonly bigint[]
  readonly Fhat: readonly bigint[]
  /** 32 bytes: hash of every round-1 broadcast as this party received it. */
  readonly echo: Uint8Array
}

export interface CggmpMtaProofMessage {
  readonly type: 'cggmp/presign-mta'
  readonly affG: Packed
  readonly affGHat: Packed
  readonly logStar: Packed
}

export interface CggmpDeltaMessage {
  readonly type: 'cggmp/presign-delta'
  /** δ_i mod q. */
  readonly delta: bigint
  /** 33 bytes: Δ_i = k_i·Γ. */
  readonly Delta: Uint8Array
  /** 32 bytes: hash of every round-2 broadcast as this party received it. */
  readonly echo: Uint8Array
}

export interface CggmpDeltaProofMessage {
  readonly type: 'cggmp/presign-delta-proof'
  readonly logStar: Packed
}

export interface CggmpBlameMessage {
  readonly type: 'cggmp/presign-blame'
  /** H_i = enc_i(k_i·γ_i). */
  readonly H: bigint
  readonly mul: Packed
}

export interface CggmpBlameProofMessage {
  readonly type: 'cggmp/presign-blame-dec'
  readonly dec: Packed
}

export type CggmpPresignMessage =
  | CggmpKProofMessage | CggmpEncProofMessage | CggmpGammaMessage | CggmpMtaProofMessage
  | CggmpDeltaMessage | CggmpDeltaProofMessage | CggmpBlameMessage | CggmpBlameProofMessage

export interface CggmpPresignOptions {
  readonly key: CggmpKeyShare
  /** At least `threshold` members of the key's committee. */
  readonly signers: readonly PartyIndex[]
  /** The BIP32 tweak δ of the path the presignature is for (32 bytes), empty or absent for the key itself. Derived by the node, never taken from a request. */
  readonly tweak?: Uint8Array
  /** 32 bytes chosen by the requester; a repeated id gives a repeated session id, which nodes refuse. */
  readonly presignId: Uint8Array
}

/** Names the key's generation and its aux info: epoch, aux id, committee, public shares, commitments, chain code, every (N, s, t). */
export function cggmpKeyFingerprint(key: CggmpKeyShare): Uint8Array {
  const parties = [...key.parties].sort((a, b) => a - b)
  return sessionId('cggmp-key/v1', key.keyId, key.epoch, key.auxId, key.threshold, parties, key.groupPublicKey, key.chainCode,
    ...key.commitment,
    ...parties.flatMap((p) => {
      const aux = key.aux.get(p)!
      return [key.publicShares.get(p)!, toBytes(aux.N), toBytes(aux.s), toBytes(aux.t)]
    }))
}

export function cggmpPresignSessionId(key: CggmpKeyShare, signers: readonly PartyIndex[], tweak: Uint8Array, presignId: Uint8Array): Uint8Array {
  return sessionId('cggmp-presign/v1', key.keyId, key.groupPublicKey, cggmpKeyFingerprint(key), [...signers].sort((a, b) => a - b), tweak, presignId)
}

/**
 * The signers' additive shares of x + δ (see the header): this party's x_self and every
 * signer's public X_j = λ_j·(X^share_j + δ·G).
 */
export function additiveShares(key: CggmpKeyShare, signers: readonly PartyIndex[], tweak: bigint): { x: bigint; X: Map<PartyIndex, CurvePoint> } {
  const Fn = Point.Fn
  const T = mulG(tweak)
  const X = new Map<PartyIndex, CurvePoint>()
  for (const j of signers) {
    const share = decodeCurvePoint(key.publicShares.get(j)!, `public share of party ${j}`)
    X.set(j, mulPoint(tweak === 0n ? share : share.add(T), lagrangeAtZero(Fn, signers, j)))
  }
  const x = mod(lagrangeAtZero(Fn, signers, key.self) * (fromBytes(key.secretShare) + tweak), q)
  return { x, X }
}

/** c·Π D_k·Π F_k⁻¹ mod N²: the ciphertext of a party's δ or χ terms from its MtA ciphertexts. */
export function mtaSum(pk: PaillierPublicKey, c: bigint, D: readonly bigint[], F: readonly bigint[]): bigint {
  let num = c
  for (const d of D) num = paillierAdd(pk, num, d)
  let den = 1n
  for (const f of F) den = paillierAdd(pk, den, f)
  return paillierAdd(pk, num, modInv(den, pk.N2))
}

/** What the signing identification needs of a presignature: public, the same at every signer. */
export interface CggmpSignEvidence {
  /** K_j of every signer. */
  readonly K: ReadonlyMap<PartyIndex, bigint>
  /** For every signer j: the D̂_jk it received and the F̂_kj it sent, over the other signers k ascending (all mod N_j²). */
  readonly chiD: ReadonlyMap<PartyIndex, readonly bigint[]>
  readonly chiF: ReadonlyMap<PartyIndex, readonly bigint[]>
}

/**
 * One signer's presignature: public facts (alike at every signer), the evidence for the
 * signing identification, and the secret (k_i, χ_i) behind online(), which answers once.
 */
export class CggmpPresignature {
  readonly presignId: Uint8Array
  readonly sessionId: Uint8Array
  readonly keyId: string
  readonly epoch: number
  readonly auxId: Uint8Array
  /** Ascending. */
  readonly signers: readonly PartyIndex[]
  readonly self: PartyIndex
  /** δ (32 bytes), or empty for the key itself. */
  readonly tweak: Uint8Array
  /** Compressed X + δ·G: what the signature will verify under. */
  readonly publicKey: Uint8Array
  /** Compressed R = δ⁻¹·Γ. */
  readonly instancePoint: Uint8Array
  readonly evidence: CggmpSignEvidence
  #secret: { k: bigint; chi: bigint } | undefined

  constructor(facts: Omit<CggmpPresignature, 'online' | 'used'>, secret: { k: bigint; chi: bigint }) {
    this.presignId = facts.presignId
    this.sessionId = facts.sessionId
    this.keyId = facts.keyId
    this.epoch = facts.epoch
    this.auxId = facts.auxId
    this.signers = facts.signers
    this.self = facts.self
    this.tweak = facts.tweak
    this.publicKey = facts.publicKey
    this.instancePoint = facts.instancePoint
    this.evidence = facts.evidence
    this.#secret = secret
  }

  get used(): boolean {
    return this.#secret === undefined
  }

  /**
   * σ_i = ρ⁻¹·(k_i·m + r'·χ_i) mod q for the 32-byte digest m, with ρ and r' = x(ρ·R) of
   * the re-randomization (sign-session.ts); the secret is dropped first, so a second
   * call throws PresignatureUsedError.
   */
  online(digest: Uint8Array): bigint {
    if (!(digest instanceof Uint8Array) || digest.length !== 32) throw new RangeError('digest must be 32 bytes')
    const secret = this.#secret
    if (!secret) throw new PresignatureUsedError()
    this.#secret = undefined
    const { rho, r } = rerandomized(this, digest)
    return mod(modInv(rho, q) * (secret.k * mod(fromBytes(digest), q) + r * secret.chi), q)
  }
}

/**
 * ρ = H(presign id, R, X + δG, m) mod q (nonzero) and R' = ρ·R (65-byte uncompressed),
 * r' = x(R') mod q: the signature's instance point (sign-session.ts explains why). Public.
 */
export function rerandomized(p: Pick<CggmpPresignature, 'presignId' | 'instancePoint' | 'publicKey'>, digest: Uint8Array): { rho: bigint; point: Uint8Array; r: bigint } {
  // SHA-256 over the tagged, length-prefixed fields (session-id.ts); mod q − 1, the bias is about 2^-128
  const rho = mod(fromBytes(sessionId('cggmp-presign-rerandomize/v1', p.presignId, p.instancePoint, p.publicKey, digest)), q - 1n) + 1n
  // on the online path: libsecp256k1 (dkls/group.ts), several times faster than noble here
  const point = mul(decodePoint(p.instancePoint, 'instance point'), rho)
  return { rho, point, r: mod(pointX(point), q) }
}

/** A fresh random presign id. */
export function newCggmpPresignId(): Uint8Array {
  return randomBytes(CGGMP_PRESIGN_ID_BYTES)
}

/** A nonzero scalar from the CSPRNG. */
function randomScalar(): bigint {
  return randomBelow(q - 1n) + 1n
}

interface Secrets {
  k: bigint
  gamma: bigint
  rhoK: bigint
  nuG: bigint
  x: bigint
  /** β_ij and β̂_ij per other signer j. */
  beta: Map<PartyIndex, { beta: bigint; betaHat: bigint }>
  delta: bigint
  chi: bigint
}

export class CggmpPresignSession extends RoundSession<CggmpPresignature, CggmpPresignMessage> {
  protected readonly rounds: readonly RoundSpec[] = [
    { broadcast: true, direct: true },
    { broadcast: true, direct: true },
    { broadcast: true, direct: true },
    // identification, only when the round-3 check fails
    { broadcast: true, direct: true },
  ]

  private readonly key: CggmpKeyShare
  private readonly presignId: Uint8Array
  private readonly tweak: bigint
  private readonly pk = new Map<PartyIndex, PaillierPublicKey>()
  private readonly aux: ReadonlyMap<PartyIndex, RingPedersenParams>
  private readonly X: Map<PartyIndex, CurvePoint>
  /** X + δ·G. */
  private readonly publicKey: CurvePoint
  private secrets: Secrets | undefined
  private readonly round1 = new Map<PartyIndex, CggmpKProofMessage>()
  private readonly round2 = new Map<PartyIndex, CggmpGammaMessage>()
  private readonly round3 = new Map<PartyIndex, CggmpDeltaMessage>()
  private Gamma: CurvePoint = Point.ZERO

  constructor(options: CggmpPresignOptions) {
    const { key, presignId } = options
    assertCggmpKeyShare(key)
    if (!(presignId instanceof Uint8Array) || presignId.length !== CGGMP_PRESIGN_ID_BYTES) throw new RangeError(`presign id must be ${CGGMP_PRESIGN_ID_BYTES} bytes`)
    const signers = checkedSigners(key, options.signers)
    const tweakBytes = options.tweak ?? new Uint8Array(0)
    if (tweakBytes.length !== 0 && tweakBytes.length !== 32) throw new RangeError('tweak must be 32 bytes')
    const tweak = fromBytes(tweakBytes)
    if (tweak >= q) throw new RangeError('tweak must be below the group order')
    super(cggmpPresignSessionId(key, signers, tweakBytes, presignId), key.self, signers)
    this.key = key
    this.presignId = Uint8Array.from(presignId)
    this.tweak = tweak
    this.aux = key.aux
    for (const p of signers) this.pk.set(p, paillierPublic({ N: key.aux.get(p)!.N, N2: key.aux.get(p)!.N * key.aux.get(p)!.N }))
    const shares = additiveShares(key, signers, tweak)
    this.X = shares.X
    const group = decodeCurvePoint(key.groupPublicKey, 'group public key')
    this.publicKey = tweak === 0n ? group : group.add(mulG(tweak))
    this.secrets = { k: randomScalar(), gamma: randomScalar(), rhoK: 0n, nuG: 0n, x: shares.x, beta: new Map(), delta: 0n, chi: 0n }
  }

  private ctx(prover: PartyIndex): ProofContext {
    return { sessionId: this.id, prover }
  }

  /** Position of `to` in `from`'s per-recipient lists (the other signers, ascending). */
  private slot(from: PartyIndex, to: PartyIndex): number {
    return this.parties.filter((p) => p !== from).indexOf(to)
  }

  private get own(): Secrets {
    return this.secrets!
  }

  protected begin(): Outgoing<CggmpPresignMessage>[] {
    const s = this.own
    const pk = this.pk.get(this.self)!
    s.rhoK = paillierNonce(pk)
    s.nuG = paillierNonce(pk)
    const first: CggmpKProofMessage = { type: 'cggmp/presign-k', K: paillierEncrypt(pk, s.k, s.rhoK), G: paillierEncrypt(pk, s.gamma, s.nuG) }
    this.round1.set(this.self, first)
    return [
      this.broadcast(1, first),
      ...this.others.map((j) => this.direct(1, j, {
        type: 'cggmp/presign-enc' as const,
        enc: pack(proveEnc(this.ctx(this.self), { key: pk, K: first.K, aux: this.aux.get(j)! }, { k: s.k, rho: s.rhoK })),
      })),
    ]
  }

  protected finishRound(round: number, inputs: ReadonlyMap<PartyIndex, RoundInput<CggmpPresignMessage>>): Outgoing<CggmpPresignMessage>[] {
    try {
      if (round === 1) return this.mta(inputs)
      if (round === 2) return this.deltaShare(inputs)
      if (round === 3) return this.outcome(inputs)
      this.identify(inputs)
      throw new ProtocolAbort('δ·G ≠ ΣΔ_j but every signer proved its δ_j', [])
    } catch (err) {
      this.secrets = undefined
      throw err
    }
  }

  /** Round 1 in (Π^enc), round 2 out. */
  private mta(inputs: ReadonlyMap<PartyIndex, RoundInput<CggmpPresignMessage>>): Outgoing<CggmpPresignMessage>[] {
    checkEach(inputs, 'bad round-1 message', (from, input) => {
      const m = input.broadcast as CggmpKProofMessage
      const p = input.direct as CggmpEncProofMessage
      if (m?.type !== 'cggmp/presign-k' || p?.type !== 'cggmp/presign-enc') throw new RangeError('not a round-1 message')
      const pk = this.pk.get(from)!
      if (!isPaillierCiphertext(pk, boundedInt(m.K, pk.N2, 'K')) || !isPaillierCiphertext(pk, boundedInt(m.G, pk.N2, 'G'))) throw new RangeError('K or G is not a ciphertext')
      if (!verifyEnc(this.ctx(from), { key: pk, K: m.K, aux: this.aux.get(this.self)! }, unpack<EncProof>(p.enc, 'Π^enc'))) throw new Error('Π^enc does not verify')
      this.round1.set(from, { type: m.type, K: m.K, G: m.G })
    })
    const s = this.own
    const self = this.self
    const pkSelf = this.pk.get(self)!
    const Gamma = mulG(s.gamma)
    const lists = { D: [] as bigint[], F: [] as bigint[], Dhat: [] as bigint[], Fhat: [] as bigint[] }
    const direct: Outgoing<CggmpPresignMessage>[] = []
    for (const j of this.others) {
      const pkJ = this.pk.get(j)!
      const Kj = this.round1.get(j)!.K
      const beta = this.mtaMask()
      const betaHat = this.mtaMask()
      s.beta.set(j, { beta, betaHat })
      const [sN, rN, sHat, rHat] = [paillierNonce(pkJ), paillierNonce(pkSelf), paillierNonce(pkJ), paillierNonce(pkSelf)]
      const D = paillierAdd(pkJ, paillierMul(pkJ, Kj, s.gamma), paillierEncrypt(pkJ, beta, sN))
      const F = paillierEncrypt(pkSelf, beta, rN)
      const Dhat = paillierAdd(pkJ, paillierMul(pkJ, Kj, s.x), paillierEncrypt(pkJ, betaHat, sHat))
      const Fhat = paillierEncrypt(pkSelf, betaHat, rHat)
      lists.D.push(D)
      lists.F.push(F)
      lists.Dhat.push(Dhat)
      lists.Fhat.push(Fhat)
      const aux = this.aux.get(j)!
      const ctx = this.ctx(self)
      direct.push(this.direct(2, j, {
        type: 'cggmp/presign-mta',
        affG: pack(proveAffG(ctx, { key0: pkJ, key1: pkSelf, C: Kj, D, Y: F, X: Gamma, aux }, { x: s.gamma, y: beta, rho: sN, rhoY: rN })),
        affGHat: pack(proveAffG(ctx, { key0: pkJ, key1: pkSelf, C: Kj, D: Dhat, Y: Fhat, X: this.X.get(self)!, aux }, { x: s.x, y: betaHat, rho: sHat, rhoY: rHat })),
        logStar: pack(proveLogStar(ctx, { key: pkSelf, C: this.round1.get(self)!.G, X: Gamma, g: Point.BASE, aux }, { x: s.gamma, rho: s.nuG })),
      }))
    }
    const message: CggmpGammaMessage = { type: 'cggmp/presign-gamma', Gamma: Gamma.toBytes(true), ...lists, echo: this.echo(1) }
    this.round2.set(self, message)
    return [this.broadcast(2, message), ...direct]
  }

  /** An MtA mask β ∈ ±2^ℓ' (a seam for the tests' cheater: Π^aff-g must refuse one out of range, Alpha-Rays). */
  protected mtaMask(): bigint {
    return randomSigned(L_PRIME)
  }

  /** Hash of every signer's broadcast of `round` as this party holds it. */
  private echo(round: 1 | 2): Uint8Array {
    const fields: Record<string, Packed> = {}
    for (const p of this.parties) {
      if (round === 1) {
        const m = this.round1.get(p)!
        fields[`${p}`] = [m.K, m.G]
      } else {
        const m = this.round2.get(p)!
        fields[`${p}`] = [m.Gamma, m.D, m.F, m.Dhat, m.Fhat]
      }
    }
    return hashPacked(`cggmp/presign/echo-${round}`, this.ctx(0), fields)
  }

  private checkEcho(round: 1 | 2, echoes: ReadonlyMap<PartyIndex, Uint8Array>): void {
    const mine = this.echo(round)
    const differ = [...echoes].filter(([, e]) => !equalBytes(e, mine)).map(([p]) => p)
    if (differ.length > 0) {
      throw new ProtocolAbort(`party ${differ.join(', ')} received other round-${round} broadcasts than this party (a sender equivocated; unsigned broadcasts do not show who)`, [])
    }
  }

  /** Round 2 in (ciphertexts, Π^aff-g twice, Π^log*), round 3 out. */
  private deltaShare(inputs: ReadonlyMap<PartyIndex, RoundInput<CggmpPresignMessage>>): Outgoing<CggmpPresignMessage>[] {
    const self = this.self
    const others = this.parties.length - 1
    const echoes = new Map<PartyIndex, Uint8Array>()
    checkEach(inputs, 'bad round-2 message', (from, input) => {
      const m = input.broadcast as CggmpGammaMessage
      const p = input.direct as CggmpMtaProofMessage
      if (m?.type !== 'cggmp/presign-gamma' || p?.type !== 'cggmp/presign-mta') throw new RangeError('not a round-2 message')
      const Gamma = decodeCurvePoint(fixedBytes(m.Gamma, 33, 'Γ'), 'Γ')
      const pkFrom = this.pk.get(from)!
      const recipients = this.parties.filter((r) => r !== from)
      const lists = {
        D: fixedArray(m.D, others, 'D').map((c, k) => boundedInt(c, this.pk.get(recipients[k]!)!.N2, 'D')),
        F: fixedArray(m.F, others, 'F').map((c) => boundedInt(c, pkFrom.N2, 'F')),
        Dhat: fixedArray(m.Dhat, others, 'D̂').map((c, k) => boundedInt(c, this.pk.get(recipients[k]!)!.N2, 'D̂')),
        Fhat: fixedArray(m.Fhat, others, 'F̂').map((c) => boundedInt(c, pkFrom.N2, 'F̂')),
      }
      echoes.set(from, fixedBytes(m.echo, 32, 'echo'))
      const at = this.slot(from, self)
      const [D, F, Dhat, Fhat] = [lists.D[at]!, lists.F[at]!, lists.Dhat[at]!, lists.Fhat[at]!]
      const pkSelf = this.pk.get(self)!
      for (const [c, key] of [[D, pkSelf], [Dhat, pkSelf], [F, pkFrom], [Fhat, pkFrom]] as const) {
        if (!isPaillierCiphertext(key, c)) throw new RangeError('an MtA value is not a ciphertext')
      }
      const aux = this.aux.get(self)!
      const Kself = this.round1.get(self)!.K
      const ctx = this.ctx(from)
      if (!verifyAffG(ctx, { key0: pkSelf, key1: pkFrom, C: Kself, D, Y: F, X: Gamma, aux }, unpack<AffGProof>(p.affG, 'Π^aff-g'))) {
        throw new Error('Π^aff-g for γ does not verify')
      }
      if (!verifyAffG(ctx, { key0: pkSelf, key1: pkFrom, C: Kself, D: Dhat, Y: Fhat, X: this.X.get(from)!, aux }, unpack<AffGProof>(p.affGHat, 'Π^aff-g'))) {
        throw new Error('Π^aff-g for x does not verify')
      }
      if (!verifyLogStar(ctx, { key: pkFrom, C: this.round1.get(from)!.G, X: Gamma, g: Point.BASE, aux }, unpack<LogStarProof>(p.logStar, 'Π^log*'))) {
        throw new Error('Π^log* for (G, Γ) does not verify')
      }
      this.round2.set(from, { type: m.type, Gamma: m.Gamma, ...lists, echo: m.echo })
    })
    this.checkEcho(1, echoes)
    const s = this.own
    const sk = this.key.paillier
    let Gamma = Point.ZERO
    for (const p of this.parties) Gamma = Gamma.add(Point.fromBytes(this.round2.get(p)!.Gamma))
    if (Gamma.is0()) throw new ProtocolAbort('Γ = ΣΓ_j is the identity', [])
    this.Gamma = Gamma
    let delta = s.k * s.gamma
    let chi = s.k * s.x
    for (const j of this.others) {
      const m = this.round2.get(j)!
      const at = this.slot(j, self)
      const { beta, betaHat } = s.beta.get(j)!
      delta += paillierDecrypt(sk, m.D[at]!) - beta
      chi += paillierDecrypt(sk, m.Dhat[at]!) - betaHat
    }
    s.delta = mod(delta, q)
    s.chi = mod(chi, q)
    const Delta = Gamma.multiply(s.k)
    const message: CggmpDeltaMessage = { type: 'cggmp/presign-delta', delta: s.delta, Delta: Delta.toBytes(true), echo: this.echo(2) }
    this.round3.set(self, message)
    const pkSelf = this.pk.get(self)!
    return [
      this.broadcast(3, message),
      ...this.others.map((j) => this.direct(3, j, {
        type: 'cggmp/presign-delta-proof' as const,
        logStar: pack(proveLogStar(this.ctx(self), { key: pkSelf, C: this.round1.get(self)!.K, X: Delta, g: Gamma, aux: this.aux.get(j)! }, { x: s.k, rho: s.rhoK })),
      })),
    ]
  }

  /** Round 3 in (Π^log*, the δ check): the presignature, or round 4 (identification) out. */
  private outcome(inputs: ReadonlyMap<PartyIndex, RoundInput<CggmpPresignMessage>>): Outgoing<CggmpPresignMessage>[] {
    const echoes = new Map<PartyIndex, Uint8Array>()
    checkEach(inputs, 'bad round-3 message', (from, input) => {
      const m = input.broadcast as CggmpDeltaMessage
      const p = input.direct as CggmpDeltaProofMessage
      if (m?.type !== 'cggmp/presign-delta' || p?.type !== 'cggmp/presign-delta-proof') throw new RangeError('not a round-3 message')
      boundedInt(m.delta, q, 'δ')
      const Delta = decodeCurvePoint(fixedBytes(m.Delta, 33, 'Δ'), 'Δ')
      echoes.set(from, fixedBytes(m.echo, 32, 'echo'))
      const st = { key: this.pk.get(from)!, C: this.round1.get(from)!.K, X: Delta, g: this.Gamma, aux: this.aux.get(this.self)! }
      if (!verifyLogStar(this.ctx(from), st, unpack<LogStarProof>(p.logStar, 'Π^log*'))) throw new Error('Π^log* for (K, Δ) does not verify')
      this.round3.set(from, { type: m.type, delta: m.delta, Delta: m.Delta, echo: m.echo })
    })
    this.checkEcho(2, echoes)
    let delta = 0n
    let DeltaSum = Point.ZERO
    for (const p of this.parties) {
      const m = this.round3.get(p)!
      delta += m.delta
      DeltaSum = DeltaSum.add(Point.fromBytes(m.Delta))
    }
    delta = mod(delta, q)
    if (delta !== 0n && mulG(delta).equals(DeltaSum)) {
      this.conclude(delta)
      return []
    }
    return this.blame()
  }

  private conclude(delta: bigint): void {
    const s = this.own
    this.secrets = undefined
    const chiD = new Map<PartyIndex, bigint[]>()
    const chiF = new Map<PartyIndex, bigint[]>()
    for (const j of this.parties) {
      const others = this.parties.filter((p) => p !== j)
      chiD.set(j, others.map((k) => this.round2.get(k)!.Dhat[this.slot(k, j)]!))
      chiF.set(j, others.map((k) => this.round2.get(j)!.Fhat[this.slot(j, k)]!))
    }
    this.finish(new CggmpPresignature({
      presignId: this.presignId,
      sessionId: this.id,
      keyId: this.key.keyId,
      epoch: this.key.epoch,
      auxId: this.key.auxId,
      signers: this.parties,
      self: this.self,
      tweak: this.tweak === 0n ? new Uint8Array(0) : toBytes(this.tweak, 32),
      publicKey: this.publicKey.toBytes(true),
      instancePoint: this.Gamma.multiply(modInv(delta, q)).toBytes(true),
      evidence: { K: new Map(this.parties.map((p) => [p, this.round1.get(p)!.K])), chiD, chiF },
    }, { k: s.k, chi: s.chi }))
  }

  /** The ciphertext of party j's δ_j: H_j·Π_k D_jk·F_kj⁻¹ (mod N_j²). */
  private deltaCipher(j: PartyIndex, H: bigint): bigint {
    const others = this.parties.filter((p) => p !== j)
    return mtaSum(this.pk.get(j)!, H,
      others.map((k) => this.round2.get(k)!.D[this.slot(k, j)]!),
      others.map((k) => this.round2.get(j)!.F[this.slot(j, k)]!))
  }

  /** Round 4 out: H_i with Π^mul, and Π^dec of δ_i for each verifier. */
  private blame(): Outgoing<CggmpPresignMessage>[] {
    const s = this.own
    const self = this.self
    const pk = this.pk.get(self)!
    const { K, G } = this.round1.get(self)!
    const rho = paillierNonce(pk)
    const H = paillierAdd(pk, paillierMul(pk, G, s.k), paillierEncrypt(pk, 0n, rho))
    const mul = pack(proveMul(this.ctx(self), { key: pk, X: K, Y: G, C: H }, { x: s.k, rhoX: s.rhoK, rho }))
    const C = this.deltaCipher(self, H)
    const y = paillierDecrypt(this.key.paillier, C)
    const nonce = paillierNonceOf(this.key.paillier, C, y)
    return [
      this.broadcast(4, { type: 'cggmp/presign-blame', H, mul }),
      ...this.others.map((j) => this.direct(4, j, {
        type: 'cggmp/presign-blame-dec' as const,
        dec: pack(proveDec(this.ctx(self), { key: pk, C, x: s.delta, aux: this.aux.get(j)! }, { y, rho: nonce })),
      })),
    ]
  }

  /** Round 4 in: names every signer whose δ_j is not the one its ciphertexts hold. */
  private identify(inputs: ReadonlyMap<PartyIndex, RoundInput<CggmpPresignMessage>>): void {
    checkEach(inputs, 'identification: wrong δ', (from, input) => {
      const m = input.broadcast as CggmpBlameMessage
      const p = input.direct as CggmpBlameProofMessage
      if (m?.type !== 'cggmp/presign-blame' || p?.type !== 'cggmp/presign-blame-dec') throw new RangeError('not an identification message')
      const pk = this.pk.get(from)!
      const H = boundedInt(m.H, pk.N2, 'H')
      if (!isPaillierCiphertext(pk, H)) throw new RangeError('H is not a ciphertext')
      const { K, G } = this.round1.get(from)!
      if (!verifyMul(this.ctx(from), { key: pk, X: K, Y: G, C: H }, unpack<MulProof>(m.mul, 'Π^mul'))) throw new Error('Π^mul for H = enc(k·γ) does not verify')
      const st = { key: pk, C: this.deltaCipher(from, H), x: this.round3.get(from)!.delta, aux: this.aux.get(this.self)! }
      if (!verifyDec(this.ctx(from), st, unpack<DecProof>(p.dec, 'Π^dec'))) throw new Error('Π^dec: its δ_j is not what its ciphertexts hold')
    })
  }
}
