/*
 * FROST signing (RFC 9591) as a mesh: every signer is its own coordinator.
 *
 * Round 1 (broadcast). Signer i commits to fresh nonces, (D_i, E_i), and signs the
 *   digest of (session, i, D_i, E_i) with its identity key.
 * Round 2 (broadcast). i sends its signature share z_i over the commitment list as it
 *   received it, together with that round-1 view (each signer's digest and identity
 *   signature). A signer that received a validly signed but invalid commitment sends
 *   its view with an empty share instead: a refusal.
 * End. Each signer judges the same evidence the same way, in this order:
 *   two validly signed, different commitments from j (j equivocated; otherwise the
 *   honest signers would sign different lists and look guilty) or a view entry j did
 *   not sign (its reporter lied); an invalid signed commitment (its sender); a refusal
 *   although every commitment was valid (the refuser). Then the shares are
 *   aggregated (§5.3) and the signature checked with the scheme's standard verifier;
 *   if it fails, every share is verified (§5.4) and each bad one names its signer.
 * Faults only the receiver can see (bad identity signature, malformed message, wrong
 * session id, non-party sender) abort at once, naming the sender.
 *
 * A 1-of-n key signed by one signer needs no rounds (its share is the whole key).
 */
import { equalBytes } from '@noble/curves/utils.js'
import { Blame } from '../identity/blame.js'
import { assertIdentityKeys } from '../identity/ed25519-identity.js'
import { signStatement, verifyStatement, type StatementContext } from '../identity/statement.js'
import { assertViewShape, judgeViews, type SignedView } from '../identity/signed-view.js'
import type { IdentityKey, KeyShare, Scheme } from '../keys/types.js'
import { RoundSession, checkEach, type RoundInput, type RoundSpec } from '../session/round-session.js'
import { sessionId, sessionId as canonicalDigest } from '../session/session-id.js'
import { ProtocolAbort, type Outgoing, type PartyIndex, type Rng } from '../session/types.js'
import { aggregateSignature } from './aggregate.js'
import { ciphersuiteOf } from './ciphersuite.js'
import { FrostSigner } from './signer.js'
import { frostGroup, frostSuite, isFrostScheme, type SigningCommitment } from './suite.js'
import { tweakFrostKey, type FrostTweak } from './tweak.js'
import { verifySchnorr } from './verify.js'

/** Round 1, broadcast. P = point (33 bytes secp256k1, 32 ed25519), SIG = 64-byte Ed25519 signature. */
export interface FrostCommitMessage {
  readonly type: 'frost/commit'
  /** P: hiding nonce commitment D_i. */
  readonly hiding: Uint8Array
  /** P: binding nonce commitment E_i. */
  readonly binding: Uint8Array
  /** SIG by the sender's identity key over the commitment digest. */
  readonly signature: Uint8Array
}

/** Round 2, broadcast. */
export interface FrostShareMessage {
  readonly type: 'frost/share'
  /** The 32-byte signature share z_i, or empty: a refusal (a received commitment was invalid). */
  readonly share: Uint8Array
  /** The sender's round-1 view: each signer's 32-byte commitment digest (ascending signer order). */
  readonly commitmentDigests: Uint8Array[]
  /** Each signer's SIG over that digest, as the sender received it. */
  readonly commitmentSignatures: Uint8Array[]
}

export type FrostMessage = FrostCommitMessage | FrostShareMessage

/** What every signer must agree on; the session id is derived from it. */
export interface FrostSignRequest {
  readonly keyId: string
  readonly scheme: Scheme
  readonly groupPublicKey: Uint8Array
  /** The key's epoch: shares of another generation belong to another session. */
  readonly epoch: number
  /** The signer set: at least threshold parties of the key's committee. */
  readonly signers: readonly PartyIndex[]
  readonly message: Uint8Array
  /** Distinguishes repeated requests to sign the same message with the same signers. */
  readonly requestId?: string
  /** The key signed for is the tweaked one (tweak.ts); bound into the session id. */
  readonly tweak?: FrostTweak
}

export interface FrostSignOptions {
  readonly key: KeyShare
  readonly signers: readonly PartyIndex[]
  readonly message: Uint8Array
  readonly requestId?: string
  /**
   * Sign for a BIP32 child and/or the BIP341 output key of the key (tweak.ts). The
   * caller derives it from public data itself (the node from the request's path),
   * never takes it from a request.
   */
  readonly tweak?: FrostTweak
  readonly identity: IdentityKey
  /** Ed25519 identity public key of every signer. */
  readonly identities: ReadonlyMap<PartyIndex, Uint8Array>
  /** Feeds the nonce generation; the CSPRNG unless a test injects one. */
  readonly rng?: Rng
}

export function frostSignSessionId(req: FrostSignRequest): Uint8Array {
  const signers = [...req.signers].sort((a, b) => a - b)
  const { derivation, taproot } = req.tweak ?? {}
  const tweak = [derivation ?? new Uint8Array(0), taproot === undefined ? 0 : 1, taproot?.merkleRoot ?? new Uint8Array(0)]
  return sessionId('frost-sign/v3', req.keyId, req.scheme, req.groupPublicKey, req.epoch, signers, req.message, req.requestId ?? '', ...tweak)
}

function commitDigest(session: Uint8Array, from: PartyIndex, hiding: Uint8Array, binding: Uint8Array): Uint8Array {
  return canonicalDigest('frost-sign/v1/commit', session, from, hiding, binding)
}

export class FrostSignSession extends RoundSession<Uint8Array, FrostMessage> {
  protected readonly rounds: readonly RoundSpec[] = [
    { broadcast: true, direct: false },
    { broadcast: true, direct: false },
  ]

  private readonly key: KeyShare
  /** The tweaked key's secret share, made by this session (wiped once used); undefined when untweaked. */
  private readonly tweakedSecret: Uint8Array | undefined
  private readonly message: Uint8Array
  private readonly identity: IdentityKey
  private readonly identities: ReadonlyMap<PartyIndex, Uint8Array>
  private readonly signer: FrostSigner
  private readonly received = new Map<PartyIndex, { commitment: SigningCommitment; digest: Uint8Array; signature: Uint8Array }>()
  /** Signed commitments whose points are invalid (the same for everybody once views agree). */
  private readonly invalidCommitments = new Map<PartyIndex, string>()
  private ownShare: Uint8Array | undefined

  constructor(options: FrostSignOptions) {
    const { key, message } = options
    if (!isFrostScheme(key.scheme)) throw new RangeError(`scheme ${key.scheme} is not signed with FROST`)
    if (!(message instanceof Uint8Array)) throw new TypeError('message must be bytes')
    const signers = [...new Set(options.signers)].sort((a, b) => a - b)
    if (signers.length !== options.signers.length) throw new RangeError('signer set repeats a party')
    const outside = signers.filter((p) => !key.parties.includes(p))
    if (outside.length > 0) throw new RangeError(`signers ${outside.join(', ')} are not in the key's committee`)
    if (signers.length < key.threshold) {
      throw new RangeError(`${signers.length} signers cannot sign with a ${key.threshold}-of-${key.parties.length} key: at least ${key.threshold} are needed`)
    }
    const { keyId, scheme, groupPublicKey, epoch } = key
    const tweak = options.tweak
    const id = frostSignSessionId({ keyId, scheme, groupPublicKey, epoch, signers, message, requestId: options.requestId, ...(tweak ? { tweak } : {}) })
    super(id, key.self, signers)
    assertIdentityKeys(signers, options.identities, 'signer')
    if (!equalBytes(options.identity.publicKey, options.identities.get(key.self)!)) {
      throw new RangeError('identity key does not match identities.get(self)')
    }
    this.key = tweak ? tweakFrostKey(key, tweak) : key
    this.tweakedSecret = tweak ? this.key.secretShare : undefined
    this.message = Uint8Array.from(message)
    this.identity = options.identity
    this.identities = new Map(options.identities)
    this.signer = new FrostSigner(this.key, { rng: options.rng })
  }

  protected begin(): Outgoing<FrostMessage>[] {
    if (this.parties.length === 1) {
      this.finish(this.signAlone())
      return []
    }
    const own = this.signer.commit()
    const digest = commitDigest(this.id, this.self, own.hiding, own.binding)
    const signature = signStatement(this.identity, this.commitContext, this.self, digest)
    this.received.set(this.self, { commitment: own, digest, signature })
    return [this.broadcast(1, { type: 'frost/commit', hiding: own.hiding, binding: own.binding, signature })]
  }

  protected finishRound(round: number, inputs: ReadonlyMap<PartyIndex, RoundInput<FrostMessage>>): Outgoing<FrostMessage>[] {
    if (round === 1) return [this.broadcast(2, this.afterCommitments(inputs))]
    this.finish(this.judge(inputs))
    return []
  }

  private afterCommitments(inputs: ReadonlyMap<PartyIndex, RoundInput<FrostMessage>>): FrostShareMessage {
    const group = frostGroup(this.key.scheme)
    checkEach(inputs, 'invalid round-1 message', (from, input) => {
      const m = input.broadcast
      if (m?.type !== 'frost/commit' || !(m.hiding instanceof Uint8Array) || !(m.binding instanceof Uint8Array) ||
          m.hiding.length !== group.pointLength || m.binding.length !== group.pointLength) {
        throw new Error(`expected a frost/commit message with two ${group.pointLength}-byte points`)
      }
      const digest = commitDigest(this.id, from, m.hiding, m.binding)
      if (!verifyStatement(this.identities.get(from)!, this.commitContext, from, digest, m.signature)) throw new Error('bad identity signature')
      this.received.set(from, { commitment: { signer: from, hiding: m.hiding, binding: m.binding }, digest, signature: m.signature })
    })
    const { isValidPoint } = ciphersuiteOf(this.key.scheme).group
    for (const from of this.others) {
      const { commitment } = this.received.get(from)!
      const invalid = (['hiding', 'binding'] as const).find((which) => !isValidPoint(commitment[which]))
      if (invalid) this.invalidCommitments.set(from, `${invalid} commitment: not a point of the prime-order group`)
    }
    const view = this.ownView()
    if (this.invalidCommitments.size === 0) this.ownShare = this.signer.signShare(this.commitments(), this.message)
    this.tweakedSecret?.fill(0) // the signer is single-use: its share is no longer needed
    const share = this.ownShare ?? new Uint8Array(0)
    return { type: 'frost/share', share, commitmentDigests: [...view.digests], commitmentSignatures: [...view.signatures] }
  }

  private judge(inputs: ReadonlyMap<PartyIndex, RoundInput<FrostMessage>>): Uint8Array {
    const shareLength = frostGroup(this.key.scheme).scalarLength
    const messages = new Map<PartyIndex, FrostShareMessage>()
    checkEach(inputs, 'invalid round-2 message', (from, input) => {
      const m = input.broadcast
      if (m?.type !== 'frost/share' || !(m.share instanceof Uint8Array) || (m.share.length !== shareLength && m.share.length !== 0)) {
        throw new Error(`expected a frost/share message with a ${shareLength}-byte or empty share`)
      }
      assertViewShape({ digests: m.commitmentDigests, signatures: m.commitmentSignatures }, this.parties.length)
      messages.set(from, m)
    })
    const blame = new Blame()
    const reports = new Map([...messages].map(([p, m]) => [p, { digests: m.commitmentDigests, signatures: m.commitmentSignatures }] as const))
    const equivocators = judgeViews(this.parties, this.identities, this.ownView(), reports, blame, this.commitContext)
    for (const [from, reason] of this.invalidCommitments) blame.add(from, `invalid commitment: ${reason}`)
    if (equivocators.length === 0 && this.invalidCommitments.size === 0) {
      for (const [from, m] of messages) {
        if (m.share.length === 0) blame.add(from, 'refused to sign although every commitment was valid')
      }
    }
    blame.settle('FROST signing aborted')
    // Nobody is blamed, so nobody refused, this party included.
    const shares = new Map([...messages].map(([p, m]) => [p, m.share] as const)).set(this.self, this.ownShare!)
    return aggregateSignature(this.key, this.commitments(), this.message, shares)
  }

  /** What round-1 identity signatures vouch for. */
  private get commitContext(): StatementContext {
    return { purpose: 'frost/commit', session: this.id }
  }

  private commitments(): SigningCommitment[] {
    return this.parties.map((p) => this.received.get(p)!.commitment)
  }

  private ownView(): SignedView {
    const entries = this.parties.map((p) => this.received.get(p)!)
    return { digests: entries.map((e) => e.digest), signatures: entries.map((e) => e.signature) }
  }

  /** t = 1 and a lone signer: its share is the group secret, so it signs as a single party. */
  private signAlone(): Uint8Array {
    const signature = frostSuite(this.key.scheme).sign(this.message, this.key.secretShare)
    this.tweakedSecret?.fill(0)
    if (!verifySchnorr(this.key.scheme, this.key.groupPublicKey, this.message, signature)) {
      throw new ProtocolAbort('the key share does not produce valid signatures', [])
    }
    return signature
  }
}
