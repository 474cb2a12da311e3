/*
 * FROST preprocessing in RFC 9591's coordinator model (§5): round 1 ahead of time,
 * round 2 as the one online step.
 *
 * Commit ahead. frostPresign() runs §5.1 commit for a batch of presign ids: fresh
 *   hiding and binding nonces (nonce_generate: H3(32 random bytes || secret share)) and
 *   their commitments (D_i, E_i). The nonces live only inside a FrostPresignature: in
 *   memory, never exported or persisted, single-use. No message, path or signer set is
 *   involved, so no node-to-node session is needed.
 * Online. The coordinator sends each signer the sign request and the commitment list
 *   (§5.2: signer -> presign id, D_j, E_j); each signer checks that the list holds its
 *   own entry with exactly the commitments it issued, no repeated or foreign signer and
 *   at least threshold signers, then answers z_i. The coordinator aggregates (§5.3),
 *   verifies the signature with the scheme's standard verifier, and on a bad share names
 *   the signer whose share fails §5.4 verify_signature_share (combineFrostOnline).
 *
 * Single use. Two shares from one nonce pair over different binding factors or
 * challenges, z_i = d + e·ρ + λ·s·c and z_i' = d + e·ρ' + λ·s·c', are two linear
 * equations in the unknowns d + e·ρ.. — with a third (or a repeated ρ) they give s_i.
 * signShare() therefore drops the nonces before it looks at its inputs, so a refused
 * request burns them too, and holders take a presignature out of their store before
 * calling it (packages/node presign-store.ts).
 *
 * Derivation. The BIP32 tweak δ and the BIP341 Taproot tweak are applied at online
 * time (tweak.ts: s_i + t, Y_i + t·G, X + t·G), not bound at commit time. This is safe
 * for FROST, unlike ECDSA presignatures (dkls/presign-session.ts needs path binding and
 * Groth–Shoup re-randomization): the group commitment R = Σ D_j + ρ_j·E_j is fixed only
 * online, and every binding factor ρ_j = H1(X' || H4(msg) || H5(list) || j) hashes the
 * tweaked group key X' and the message, so R depends on (key, path, message, list)
 * through the hash and no tweak or message can be chosen after R is known. A list
 * reused with another path or message gives other ρ_j, thus another R — a fresh
 * signature, not a related one; and each nonce pair signs once anyway.
 */
import { concatBytes, equalBytes, randomBytes } from '@noble/curves/utils.js'
import type { KeyShare } from '../keys/types.js'
import { ProtocolAbort, type PartyIndex, type Rng } from '../session/types.js'
import { aggregateSignature } from './aggregate.js'
import { ciphersuiteOf } from './ciphersuite.js'
import { signatureShare, signingPackage } from './signing.js'
import { checkCommitmentList, isFrostScheme, type FrostPublicKey, type FrostScheme, type SigningCommitment } from './suite.js'
import { tweakFrostKey, type FrostTweak } from './tweak.js'
import { verifySchnorr } from './verify.js'

/** Bytes of a FROST presign id (as DKLs23's PRESIGN_ID_BYTES). */
const FROST_PRESIGN_ID_BYTES = 32

/** Thrown by a second signShare() on one FrostPresignature. */
export class FrostNonceUsedError extends Error {
  constructor() {
    super('this FROST nonce pair has been used: presignatures are single-use')
    this.name = 'FrostNonceUsedError'
  }
}

/** A refused commitment list or key: the nonces are gone all the same. */
export class FrostPresignMismatchError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FrostPresignMismatchError'
  }
}

/** One commitment-list entry of the online step: the signer's presign id and its (D, E). */
export interface PresignedCommitment extends SigningCommitment {
  readonly presignId: Uint8Array
}

/** One signer's round-1 output kept for later: public commitments, secret nonces behind signShare(). */
export class FrostPresignature {
  readonly presignId: Uint8Array
  readonly keyId: string
  readonly epoch: number
  readonly scheme: FrostScheme
  readonly self: PartyIndex
  /** (D_i, E_i): what this signer reports to the coordinator. */
  readonly commitment: SigningCommitment
  #nonces: { hiding: Uint8Array; binding: Uint8Array } | undefined

  constructor(facts: Pick<FrostPresignature, 'presignId' | 'keyId' | 'epoch' | 'scheme' | 'self' | 'commitment'>, nonces: { hiding: Uint8Array; binding: Uint8Array }) {
    this.presignId = Uint8Array.from(facts.presignId)
    this.keyId = facts.keyId
    this.epoch = facts.epoch
    this.scheme = facts.scheme
    this.self = facts.self
    this.commitment = facts.commitment
    this.#nonces = nonces
  }

  get used(): boolean {
    return this.#nonces === undefined
  }

  /**
   * The checks signShare() makes of the list, without using the nonces (for a refusal
   * before a policy decision): own entry with this presign id and exactly the issued
   * commitments, no repeated or foreign signer, at least threshold signers. Throws
   * FrostPresignMismatchError; returns the list sorted by signer.
   */
  checkList(key: Pick<KeyShare, 'keyId' | 'epoch' | 'scheme' | 'threshold' | 'parties' | 'self'>, commitments: readonly PresignedCommitment[]): PresignedCommitment[] {
    if (key.keyId !== this.keyId || key.epoch !== this.epoch || key.scheme !== this.scheme || key.self !== this.self) {
      throw new FrostPresignMismatchError(`the presignature was made for key ${this.keyId} epoch ${this.epoch} (party ${this.self}), not key ${key.keyId} epoch ${key.epoch} (party ${key.self})`)
    }
    let list: SigningCommitment[]
    try {
      list = checkCommitmentList(key, commitments)
    } catch (err) {
      throw new FrostPresignMismatchError((err as Error).message)
    }
    const mine = (list as PresignedCommitment[]).find((c) => c.signer === this.self)
    if (!mine) throw new FrostPresignMismatchError(`commitment list lacks signer ${this.self}'s own entry`)
    if (!(mine.presignId instanceof Uint8Array) || !equalBytes(mine.presignId, this.presignId)) {
      throw new FrostPresignMismatchError(`commitment list names another presign id for signer ${this.self}`)
    }
    if (!equalBytes(mine.hiding, this.commitment.hiding) || !equalBytes(mine.binding, this.commitment.binding)) {
      throw new FrostPresignMismatchError(`commitment list carries commitments for signer ${this.self} that it did not issue for this presign id`)
    }
    return list as PresignedCommitment[]
  }

  /**
   * §5.2: this signer's share z_i of the signature over `message` by the key tweaked by
   * `tweak` (derived by the caller from public data, never taken from a request). The
   * nonces are dropped first: whatever happens next, they never sign again.
   */
  signShare(key: KeyShare, commitments: readonly PresignedCommitment[], message: Uint8Array, tweak?: FrostTweak): Uint8Array {
    const nonces = this.#nonces
    if (!nonces) throw new FrostNonceUsedError()
    this.#nonces = undefined
    let signing: KeyShare | undefined
    try {
      if (!(message instanceof Uint8Array)) throw new TypeError('message must be bytes')
      const list = this.checkList(key, commitments)
      signing = tweak && (tweak.derivation !== undefined || tweak.taproot !== undefined) ? tweakFrostKey(key, tweak) : undefined
      const target = signing ?? key
      const { Fn } = ciphersuiteOf(this.scheme).group
      let pkg
      try {
        pkg = signingPackage(target, list, message)
      } catch (err) {
        throw new FrostPresignMismatchError((err as Error).message)
      }
      return Fn.toBytes(signatureShare(target, pkg, this.self, Fn.fromBytes(target.secretShare), Fn.fromBytes(nonces.hiding), Fn.fromBytes(nonces.binding)))
    } finally {
      nonces.hiding.fill(0)
      nonces.binding.fill(0)
      signing?.secretShare.fill(0)
    }
  }
}

/** §5.1 commit for each presign id: fresh nonces, kept in the returned FrostPresignatures only. */
export function frostPresign(key: KeyShare, presignIds: readonly Uint8Array[], options: { rng?: Rng } = {}): FrostPresignature[] {
  if (!isFrostScheme(key.scheme)) throw new RangeError(`scheme ${key.scheme} is not signed with FROST`)
  const scheme = key.scheme
  const { group, H3 } = ciphersuiteOf(scheme)
  const rng = options.rng ?? randomBytes
  const secret = Uint8Array.from(key.secretShare)
  group.Fn.fromBytes(secret) // a canonical scalar, or this throws
  try {
    // RFC 9591 §4.1 nonce_generate: H3(random_bytes(32) || SerializeScalar(secret))
    const nonce = () => H3(concatBytes(Uint8Array.from(rng(32)), secret))
    return presignIds.map((presignId) => {
      if (!(presignId instanceof Uint8Array) || presignId.length !== FROST_PRESIGN_ID_BYTES) throw new RangeError(`presign id must be ${FROST_PRESIGN_ID_BYTES} bytes`)
      const hiding = nonce()
      const binding = nonce()
      const commitment = { signer: key.self, hiding: group.baseMultiply(hiding), binding: group.baseMultiply(binding) }
      return new FrostPresignature(
        { presignId, keyId: key.keyId, epoch: key.epoch, scheme, self: key.self, commitment },
        { hiding: group.Fn.toBytes(hiding), binding: group.Fn.toBytes(binding) },
      )
    })
  } finally {
    secret.fill(0)
  }
}

/**
 * The coordinator's §5.3 aggregation of the online shares for `key` (already tweaked
 * with tweakFrostPublicKey when the signature is for a path or Taproot output key). The
 * aggregate is checked with the scheme's verification equation z·G == R + c·Y on native
 * arithmetic (aggregate.ts, as the full protocol does); a share that fails §5.4
 * verify_signature_share aborts naming its signer. With `independent` the signature is
 * verified again with the scheme's standard verifier (noble, verify.ts) — the SDK does
 * that itself on everything it returns, so it leaves this off.
 */
export function combineFrostOnline(
  key: FrostPublicKey, commitments: readonly SigningCommitment[], message: Uint8Array, shares: ReadonlyMap<PartyIndex, Uint8Array>, options: { independent?: boolean } = {},
): Uint8Array {
  const signature = aggregateSignature(key, commitments, message, shares)
  if (options.independent === true && !verifySchnorr(key.scheme, key.groupPublicKey, message, signature)) {
    throw new ProtocolAbort('the aggregated FROST signature fails the standard verifier', [])
  }
  return signature
}
