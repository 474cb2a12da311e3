/*
 * DKLs23 presignatures: Protocol 3.6 of "Threshold ECDSA in Three Rounds" (eprint
 * 2023/765) split at the only place the message enters. Rounds 1 and 2 (instance keys,
 * the two VOLE multiplications, the reveals) and the round-3 exchange of the signed
 * views (blame for equivocation and for the round-2 faults everybody judges alike) do
 * not depend on the digest; they run ahead of time in DklsPresignSession (sign-session.ts
 * has the rounds and checks). Each signer keeps, in memory only:
 *   R = Σ R_j (public), u_i = r_i·(φ_i + Σψ_ji) + Σ(c^u_ij + d^u_ji),
 *   v_i = sk_i·(φ_i + Σψ_ji) + Σ(c^v_ij + d^v_ji), and its inversion mask φ_i.
 * The online step is one message per signer, to whoever combines:
 *   (u'_i, w_i) below;  s = Σw / Σu'  (combineDklsOnline).
 *
 * Single use. Two online shares of one presignature for digests m ≠ m' (below) give
 * u'_i − u''_i = (ρ − ρ')·φ_i: φ_i, then v_i from either w_i, and with the other signers'
 * the key (without the re-randomization, w_i − w_i' = (m − m')·φ_i does the same). So a
 * DklsPresignature hands out its share once (online() throws after), and holders must
 * also take it out of their store before calling online() (packages/node presign-store.ts).
 *
 * Derivation: path binding and re-randomization (Groth–Shoup, eprint 2021/1330). A
 * signature (r, s) for X + δ·G on digest m is also one for X + δ'·G on m + r·(δ − δ'):
 * harmless while r is unknown until the signature exists (sign-session.ts, tweak
 * caveat), but a presignature makes R public before the digest and tweak are chosen.
 * Two defences, both used here:
 *   1. the tweak δ is fixed at presign time and bound into the session id (the node
 *      derives it from the path, and refuses an online request for another path), so a
 *      tweak cannot be picked after R is seen;
 *   2. the presignature is re-randomized at signing time: ρ = H(presign id, R, X + δG, m),
 *      R' = R + ρ·G, and with φ = Σφ_i, u = φ·k: u'_i = u_i + ρ·φ_i sums to φ·(k + ρ),
 *      the shares of the instance key k + ρ of R'. r' = x(R') depends on m through the
 *      hash, so no digest can be aimed at it (without this, a requester allowed raw
 *      digests at one path could sign a chosen digest at any other path of the key).
 *   w_i = m·φ_i + r'·v_i as before (v = φ·sk does not depend on R).
 * Groth–Shoup show that re-randomized presignatures keep ECDSA with additive derivation
 * about as secure as without presignatures; 2 alone would leave the digest-aiming above.
 *
 * Blame online. A malformed share (wrong length, scalar ≥ n) names its sender; a share
 * that is well formed but wrong gives a signature that does not verify, which DKLs23
 * cannot attribute (the paper has no per-party check on u_i, w_i): the combiner aborts
 * naming nobody, and the caller falls back to a full signing session.
 */
import { randomBytes } from '@noble/hashes/utils.js'
import { bytesToNumberBE } from '@noble/curves/utils.js'
import { ProtocolAbort, type PartyIndex } from '../session/types.js'
import { secp256k1Group } from '../curves/group.js'
import { sessionId } from '../session/session-id.js'
import { ctMulAdd } from './ct-scalar.js'
import { addMulBase, compressPoint, decodePoint, pointX, readUint256, type Point } from './group.js'
import { taggedHash } from './hash.js'
import type { DklsSignShareMessage } from './messages.js'
import { DklsSignCore, ecdsaSignatureFrom, keyFingerprint, type DklsPublicKeyData, type DklsSessionOptions, type EcdsaSignature } from './sign-session.js'

const { Fn } = secp256k1Group

/** Bytes of a presign id. */
export const PRESIGN_ID_BYTES = 32

/** What every signer of a presignature must agree on. */
export interface DklsPresignRequest {
  readonly key: DklsPublicKeyData
  readonly signers: readonly PartyIndex[]
  /** The BIP32 tweak δ of the path the presignature is for (32 bytes), empty or absent for the key itself. */
  readonly tweak?: Uint8Array
  /** 32 bytes, chosen by the requester; a repeated id gives a repeated session id, which nodes refuse. */
  readonly presignId: Uint8Array
}

export interface DklsPresignOptions extends DklsSessionOptions {
  readonly presignId: Uint8Array
}

export function dklsPresignSessionId(req: DklsPresignRequest): Uint8Array {
  const { key } = req
  const signers = [...req.signers].sort((a, b) => a - b)
  return sessionId('dkls23-presign/v1', key.keyId, key.groupPublicKey, keyFingerprint(key), signers, req.tweak ?? new Uint8Array(0), req.presignId)
}

/** One signer's online share: 32-byte big-endian scalars. */
export interface DklsOnlineShare {
  readonly u: Uint8Array
  readonly w: Uint8Array
}

/** Thrown by a second online() on one presignature. */
export class PresignatureUsedError extends Error {
  constructor() {
    super('this presignature has been used: presignatures are single-use')
    this.name = 'PresignatureUsedError'
  }
}

/**
 * One signer's presignature: the public facts every signer holds alike, and the secret
 * φ_i, u_i, v_i behind online(), which answers once.
 */
export class DklsPresignature {
  readonly presignId: Uint8Array
  readonly sessionId: Uint8Array
  readonly keyId: string
  readonly epoch: number
  readonly setupId: Uint8Array
  /** Ascending. */
  readonly signers: readonly PartyIndex[]
  readonly self: PartyIndex
  /** δ (32 bytes), or empty for the key itself. */
  readonly tweak: Uint8Array
  /** Compressed X + δ·G: what the signature will verify under. */
  readonly publicKey: Uint8Array
  /** Compressed R. */
  readonly instancePoint: Uint8Array
  #secret: { phi: bigint; u: bigint; v: bigint } | undefined

  constructor(facts: Omit<DklsPresignature, 'online' | 'used'>, secret: { phi: bigint; u: bigint; v: bigint }) {
    this.presignId = facts.presignId
    this.sessionId = facts.sessionId
    this.keyId = facts.keyId
    this.epoch = facts.epoch
    this.setupId = facts.setupId
    this.signers = facts.signers
    this.self = facts.self
    this.tweak = facts.tweak
    this.publicKey = facts.publicKey
    this.instancePoint = facts.instancePoint
    this.#secret = secret
  }

  get used(): boolean {
    return this.#secret === undefined
  }

  /** (u'_i = u_i + ρ·φ_i, w_i = m·φ_i + r'·v_i) for the 32-byte digest m; the secret is dropped first. */
  online(digest: Uint8Array): DklsOnlineShare {
    if (!(digest instanceof Uint8Array) || digest.length !== 32) throw new RangeError('digest must be 32 bytes')
    const secret = this.#secret
    if (!secret) throw new PresignatureUsedError()
    this.#secret = undefined
    const { rho, point } = rerandomized(this, digest)
    const m = Fn.create(readUint256(digest))
    const u = ctMulAdd(rho, secret.phi, secret.u)
    const w = ctMulAdd(Fn.create(pointX(point)), secret.v, ctMulAdd(m, secret.phi, 0n))
    return { u: secp256k1Group.encodeScalar(u), w: secp256k1Group.encodeScalar(w) }
  }
}

/** ρ = H(presign id, R, X + δG, m) mod n (48 bytes, so the bias is 2^-128) and R' = R + ρ·G: the signature's instance point. */
export function rerandomized(p: Pick<DklsOnlineTarget, 'presignId' | 'instancePoint' | 'publicKey'>, digest: Uint8Array): { rho: bigint; point: Point } {
  const rho = Fn.create(bytesToNumberBE(taggedHash('dkls23/presign/rerandomize', [p.presignId, p.instancePoint, p.publicKey, digest], 48)))
  return { rho, point: addMulBase(decodePoint(p.instancePoint, 'instance point'), rho) }
}

/** Rounds 1–2 of DKLs23 signing and the round-3 views, for no digest yet: every signer ends with its DklsPresignature. */
export class DklsPresignSession extends DklsSignCore<DklsPresignature> {
  private readonly presignId: Uint8Array
  private own: { phi: bigint; u: bigint; v: bigint } | undefined

  constructor(options: DklsPresignOptions) {
    const { presignId } = options
    if (!(presignId instanceof Uint8Array) || presignId.length !== PRESIGN_ID_BYTES) throw new RangeError(`presign id must be ${PRESIGN_ID_BYTES} bytes`)
    super(options, (signers) => dklsPresignSessionId({ key: options.key, signers, tweak: options.tweak, presignId }))
    this.presignId = Uint8Array.from(presignId)
  }

  protected roundThreeShare(u: bigint, v: bigint): { u: bigint; w: bigint } {
    this.own = { phi: this.inversionMask, u, v }
    // round 3 carries only the views: (u_i, w_i) go to the combiner online
    return { u: 0n, w: 0n }
  }

  protected conclude(_messages: ReadonlyMap<PartyIndex, DklsSignShareMessage>): void {
    const own = this.own!
    this.own = undefined
    this.forgetSecrets()
    const { key } = this
    this.finish(new DklsPresignature({
      presignId: this.presignId,
      sessionId: this.id,
      keyId: key.keyId,
      epoch: key.epoch,
      setupId: key.setupId,
      signers: this.parties,
      self: this.self,
      tweak: this.tweak === 0n ? new Uint8Array(0) : secp256k1Group.encodeScalar(this.tweak),
      publicKey: compressPoint(this.publicKey),
      instancePoint: compressPoint(this.rPoint),
    }, own))
  }
}

/** What the combiner of online shares knows of the presignature (every signer reports the same). */
export interface DklsOnlineTarget {
  /** Compressed R. */
  readonly instancePoint: Uint8Array
  /** Compressed X + δ·G. */
  readonly publicKey: Uint8Array
  readonly presignId: Uint8Array
  readonly digest: Uint8Array
}

/**
 * s = Σw_j / Σu_j over the signers' online shares, verified (ecdsaSignatureFrom). A
 * malformed share names its sender; a signature that does not verify names nobody.
 */
export function combineDklsOnline(target: DklsOnlineTarget, shares: ReadonlyMap<PartyIndex, DklsOnlineShare>): EcdsaSignature {
  if (!(target.digest instanceof Uint8Array) || target.digest.length !== 32) throw new RangeError('digest must be 32 bytes')
  const X: Point = decodePoint(target.publicKey, 'public key')
  let u = 0n
  let w = 0n
  const malformed: PartyIndex[] = []
  for (const [from, share] of shares) {
    try {
      u += secp256k1Group.decodeScalar(share.u, 'u', { allowZero: true })
      w += secp256k1Group.decodeScalar(share.w, 'w', { allowZero: true })
    } catch {
      malformed.push(from)
    }
  }
  if (malformed.length > 0) throw new ProtocolAbort('malformed online share (u and w must be 32-byte scalars below n)', malformed)
  return ecdsaSignatureFrom(u, w, rerandomized(target, target.digest).point, target.digest, X)
}

/** A fresh random presign id. */
export function newPresignId(): Uint8Array {
  return randomBytes(PRESIGN_ID_BYTES)
}
