/*
 * CGGMP one-round signing from a presignature, with identification (eprint 2021/060,
 * Figure 8 of the 2021-10 revision, "ECDSA Signing", and its identification step).
 *
 * Round 1 (broadcast). σ_i = k_i·m + r·χ_i mod q, re-randomized (below); every signer
 *   combines σ = Σσ_j, normalizes low-S, computes the recovery id and verifies the
 *   signature (noble) before returning it.
 * Identification (round 2, only when the signature does not verify). P_i broadcasts
 *   Ĥ_i = K_i^{x_i}·ρ^{N_i} (= enc_i(k_i·x_i)) and sends each P_j Π^mul* for (K_i, Ĥ_i, X_i)
 *   and Π^dec that K_i^m·(Ĥ_i·Π_j D̂_ij·F̂_ji⁻¹)^r (an encryption of k_i·m + r·χ_i, from the
 *   presignature's public evidence) decrypts to ρ·σ_i mod q. The parties whose proofs fail
 *   are named. x_i and the Paillier key come from the key share: the presignature's
 *   secrets are gone by then.
 *
 * Re-randomization. R = k⁻¹·G is public from presigning on, before the digest (and, were
 * it not fixed at presign time, the tweak) is chosen. A signature (r, s) for X + δG on m
 * is also one for X + δ'G on m + r·(δ − δ'), so a requester allowed raw digests at one
 * path could aim a digest at another path's key once r is known. So R is re-randomized
 * per digest: ρ = H(presign id, R, X + δG, m), R' = ρ·R; with k' = k/ρ the nonce of R',
 * s = k'·(m + r'x) = ρ⁻¹·Σ(k_i·m + r'·χ_i), so each share is just scaled by the public
 * ρ⁻¹. The shift is multiplicative (DKLs23's presignatures shift R additively) because
 * CGGMP's shares are of k = (dlog R)⁻¹: R + ρ·G would need shares of (k⁻¹ + ρ)⁻¹, not a
 * linear function of them. Groth–Shoup (eprint 2021/1330) analyse the additive form;
 * this adaptation is the same idea (r' unpredictable before m is fixed) and should be
 * reviewed as such.
 *
 * Single use: the session takes the presignature's share once (online()), so a
 * presignature signs one digest; a second session on it fails at construction.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { equalBytes } from '@noble/curves/utils.js'
import { pointX, pointYIsOdd } from '../dkls/group.js'
import type { EcdsaSignature } from '../dkls/sign-session.js'
import { RoundSession, checkEach, type RoundInput, type RoundSpec } from '../session/round-session.js'
import { sessionId } from '../session/session-id.js'
import { ProtocolAbort, type Outgoing, type PartyIndex } from '../session/types.js'
import { fromBytes, mod, modInv, toBytes } from './arith.js'
import { q } from './group.js'
import { assertCggmpKeyShare, type CggmpKeyShare } from './key-share.js'
import { isPaillierCiphertext, paillierAdd, paillierDecrypt, paillierEncrypt, paillierMul, paillierNonce, paillierNonceOf, type PaillierPublicKey } from './paillier.js'
import { boundedInt, pack, unpack, type Packed } from './payload.js'
import { additiveShares, mtaSum, rerandomized, type CggmpPresignature } from './presign-session.js'
import { proveDec, proveMulStar, verifyDec, verifyMulStar, type DecProof, type MulStarProof } from './proofs/index.js'
import type { ProofContext } from './transcript.js'

export interface CggmpSigmaMessage {
  readonly type: 'cggmp/sign-sigma'
  /** σ_i mod q. */
  readonly sigma: bigint
}

export interface CggmpSignBlameMessage {
  readonly type: 'cggmp/sign-blame'
  /** Ĥ_i = enc_i(k_i·x_i). */
  readonly H: bigint
}

export interface CggmpSignBlameProofMessage {
  readonly type: 'cggmp/sign-blame-proof'
  readonly mulStar: Packed
  readonly dec: Packed
}

export type CggmpSignMessage = CggmpSigmaMessage | CggmpSignBlameMessage | CggmpSignBlameProofMessage

export interface CggmpSignOptions {
  readonly key: CggmpKeyShare
  /** This party's presignature for the key (unused); the session consumes it. */
  readonly presignature: CggmpPresignature
  /** The 32-byte message digest. */
  readonly digest: Uint8Array
}

/** Binds the presigning session (its key, signers, tweak, presign id), its R and the digest. */
export function cggmpSignSessionId(presignature: Pick<CggmpPresignature, 'sessionId' | 'instancePoint'>, digest: Uint8Array): Uint8Array {
  return sessionId('cggmp-sign/v1', presignature.sessionId, presignature.instancePoint, digest)
}

/**
 * The signature from σ = Σσ_j and the re-randomized R' (65-byte uncompressed; low-S, recovery id adjusted), or
 * undefined when it does not verify under `publicKey` (noble, strict low-S).
 */
export function cggmpSignatureFrom(sigma: bigint, point: Uint8Array, digest: Uint8Array, publicKey: Uint8Array): EcdsaSignature | undefined {
  const x = pointX(point)
  const r = mod(x, q)
  let s = mod(sigma, q)
  if (r === 0n || s === 0n) return undefined
  let recovery = (pointYIsOdd(point) ? 1 : 0) | (x >= q ? 2 : 0)
  if (s > q >> 1n) {
    s = q - s
    recovery ^= 1
  }
  const sig: EcdsaSignature = { r: toBytes(r, 32), s: toBytes(s, 32), recovery, publicKey: Uint8Array.from(publicKey) }
  const compact = new Uint8Array(64)
  compact.set(sig.r)
  compact.set(sig.s, 32)
  return secp256k1.verify(compact, digest, publicKey, { prehash: false, lowS: true }) ? sig : undefined
}

/** What the combiner of online shares knows of the presignature (every signer reports the same). */
export interface CggmpOnlineTarget extends Pick<CggmpPresignature, 'presignId' | 'instancePoint' | 'publicKey'> {
  readonly digest: Uint8Array
}

/**
 * The signature from the signers' online shares σ_i (CggmpPresignature.online), for a
 * combiner outside the session (the coordinator). A malformed share names its sender; a
 * signature that does not verify names nobody here: naming the signer whose σ_i is wrong
 * takes the identification round of CggmpSignSession.
 */
export function combineCggmpOnline(target: CggmpOnlineTarget, shares: ReadonlyMap<PartyIndex, bigint>): EcdsaSignature {
  const malformed = [...shares].filter(([, s]) => typeof s !== 'bigint' || s < 0n || s >= q).map(([p]) => p)
  if (malformed.length > 0) throw new ProtocolAbort('malformed online share (σ must be an integer below q)', malformed)
  let sigma = 0n
  for (const s of shares.values()) sigma += s
  const sig = cggmpSignatureFrom(sigma, rerandomized(target, target.digest).point, target.digest, target.publicKey)
  if (!sig) throw new ProtocolAbort('signature does not verify: a signer sent a wrong σ_i (run the identification to name it)', [])
  return sig
}

export class CggmpSignSession extends RoundSession<EcdsaSignature, CggmpSignMessage> {
  protected readonly rounds: readonly RoundSpec[] = [
    { broadcast: true, direct: false },
    // identification, only when the signature does not verify
    { broadcast: true, direct: true },
  ]

  private readonly key: CggmpKeyShare
  private readonly presignature: CggmpPresignature
  private readonly digest: Uint8Array
  private readonly rho: bigint
  private readonly point: Uint8Array
  private readonly r: bigint
  private readonly sigmas = new Map<PartyIndex, bigint>()
  private readonly pk = new Map<PartyIndex, PaillierPublicKey>()

  constructor(options: CggmpSignOptions) {
    const { key, presignature, digest } = options
    assertCggmpKeyShare(key)
    if (!(digest instanceof Uint8Array) || digest.length !== 32) throw new RangeError('digest must be 32 bytes')
    if (presignature.used) throw new RangeError('this presignature has been used: presignatures are single-use')
    if (presignature.keyId !== key.keyId || presignature.epoch !== key.epoch || !equalBytes(presignature.auxId, key.auxId) || presignature.self !== key.self) {
      throw new RangeError('presignature belongs to another key, epoch or party')
    }
    super(cggmpSignSessionId(presignature, digest), key.self, presignature.signers)
    this.key = key
    this.presignature = presignature
    this.digest = Uint8Array.from(digest)
    const { rho, point, r } = rerandomized(presignature, digest)
    this.rho = rho
    this.point = point
    this.r = r
    for (const p of this.parties) {
      const { N } = key.aux.get(p)!
      this.pk.set(p, { N, N2: N * N })
    }
  }

  private ctx(prover: PartyIndex): ProofContext {
    return { sessionId: this.id, prover }
  }

  protected begin(): Outgoing<CggmpSignMessage>[] {
    const sigma = this.presignature.online(this.digest)
    this.sigmas.set(this.self, sigma)
    return [this.broadcast(1, { type: 'cggmp/sign-sigma', sigma })]
  }

  protected finishRound(round: number, inputs: ReadonlyMap<PartyIndex, RoundInput<CggmpSignMessage>>): Outgoing<CggmpSignMessage>[] {
    if (round === 1) {
      checkEach(inputs, 'malformed signature share', (from, input) => {
        const m = input.broadcast as CggmpSigmaMessage
        if (m?.type !== 'cggmp/sign-sigma') throw new RangeError('not a signature share')
        this.sigmas.set(from, boundedInt(m.sigma, q, 'σ'))
      })
      let sigma = 0n
      for (const s of this.sigmas.values()) sigma += s
      const sig = cggmpSignatureFrom(sigma, this.point, this.digest, this.presignature.publicKey)
      if (sig) {
        this.finish(sig)
        return []
      }
      return this.blame()
    }
    this.identify(inputs)
    throw new ProtocolAbort('signature does not verify but every signer proved its σ_j', [])
  }

  /** The ciphertext of party j's k_j·m + r'·χ_j: K_j^m·(Ĥ_j·Π D̂_jk·F̂_kj⁻¹)^{r'} (mod N_j²). */
  private sigmaCipher(j: PartyIndex, H: bigint): bigint {
    const pk = this.pk.get(j)!
    const { K, chiD, chiF } = this.presignature.evidence
    const chi = mtaSum(pk, H, chiD.get(j)!, chiF.get(j)!)
    return paillierAdd(pk, paillierMul(pk, K.get(j)!, mod(fromBytes(this.digest), q)), paillierMul(pk, chi, this.r))
  }

  /** Round 2 out: Ĥ_i, and Π^mul* and Π^dec for each verifier. */
  private blame(): Outgoing<CggmpSignMessage>[] {
    const self = this.self
    const pk = this.pk.get(self)!
    const K = this.presignature.evidence.K.get(self)!
    const { x, X } = additiveShares(this.key, this.parties, fromBytes(this.presignature.tweak))
    const nonce = paillierNonce(pk)
    const H = paillierAdd(pk, paillierMul(pk, K, x), paillierEncrypt(pk, 0n, nonce))
    const C = this.sigmaCipher(self, H)
    const y = paillierDecrypt(this.key.paillier, C)
    const rhoC = paillierNonceOf(this.key.paillier, C, y)
    const claim = mod(this.rho * this.sigmas.get(self)!, q)
    return [
      this.broadcast(2, { type: 'cggmp/sign-blame', H }),
      ...this.others.map((j) => {
        const aux = this.key.aux.get(j)!
        return this.direct(2, j, {
          type: 'cggmp/sign-blame-proof' as const,
          mulStar: pack(proveMulStar(this.ctx(self), { key: pk, C: K, D: H, X: X.get(self)!, aux }, { x, rho: nonce })),
          dec: pack(proveDec(this.ctx(self), { key: pk, C, x: claim, aux }, { y, rho: rhoC })),
        })
      }),
    ]
  }

  /** Round 2 in: names every signer whose σ_j is not k_j·m + r'·χ_j (scaled by ρ⁻¹). */
  private identify(inputs: ReadonlyMap<PartyIndex, RoundInput<CggmpSignMessage>>): void {
    const { X } = additiveShares(this.key, this.parties, fromBytes(this.presignature.tweak))
    const aux = this.key.aux.get(this.self)!
    checkEach(inputs, 'identification: wrong σ', (from, input) => {
      const m = input.broadcast as CggmpSignBlameMessage
      const p = input.direct as CggmpSignBlameProofMessage
      if (m?.type !== 'cggmp/sign-blame' || p?.type !== 'cggmp/sign-blame-proof') throw new RangeError('not an identification message')
      const pk = this.pk.get(from)!
      const H = boundedInt(m.H, pk.N2, 'Ĥ')
      if (!isPaillierCiphertext(pk, H)) throw new RangeError('Ĥ is not a ciphertext')
      const K = this.presignature.evidence.K.get(from)!
      if (!verifyMulStar(this.ctx(from), { key: pk, C: K, D: H, X: X.get(from)!, aux }, unpack<MulStarProof>(p.mulStar, 'Π^mul*'))) {
        throw new Error('Π^mul* for Ĥ = enc(k·x) does not verify')
      }
      const st = { key: pk, C: this.sigmaCipher(from, H), x: mod(this.rho * this.sigmas.get(from)!, q), aux }
      if (!verifyDec(this.ctx(from), st, unpack<DecProof>(p.dec, 'Π^dec'))) throw new Error('Π^dec: its σ_j is not what its ciphertexts hold')
    })
  }
}
