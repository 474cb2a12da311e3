/*
 * Distributed key generation: Pedersen DKG with Feldman commitments, proofs of
 * knowledge, a jointly random chain code and an identity-signed confirmation round.
 *
 * Round 1 (broadcast). Party i samples f_i of degree t-1 and sends
 *   C_i = (a_i0·G … a_i,t-1·G), a Schnorr proof of knowledge of a_i0 bound to the
 *   session and to i, H(sid, i, ρ_i) for a random 32-byte chain-code contribution ρ_i,
 *   and its identity signature over the digest d_i of all that (every identity
 *   signature covers a statement: purpose, session, signer and digest).
 * Round 2 (direct). i sends party j the share f_i(j) and ρ_i, identity-signed, so
 *   that j can prove a bad share to everybody else.
 * Round 3 (broadcast). Every party shows its round-1 view (each d_j with j's
 *   signature) and then either confirms — signs (sid, H(d_1…d_n), group key, chain
 *   code) — or complains: an empty complaint says a round-1 message it received was
 *   invalid; otherwise it reveals each signed round-2 message that failed.
 * Outcome. Every party judges the same evidence the same way:
 *   - two validly signed, different d_j in the views: j equivocated;
 *     a view entry j did not sign: its reporter lied;
 *   - a round-1 message with a bad point or proof (identical for everybody once the
 *     views agree): its sender;
 *   - a complaint whose revealed share fails the Feldman check, or whose ρ does not
 *     open the commitment: the accused; a revealed message that passes or that the
 *     accused did not sign: the accuser; an empty complaint although round 1 was
 *     valid: the complainer;
 *   - otherwise every confirmation must carry a valid signature over the same
 *     transcript, key and chain code. Only then does a party output its KeyShare.
 * Faults nobody else can check (a message with a bad identity signature, a wrong
 * session id, a malformed message, a non-party sender) abort at once, naming the
 * sender the transport authenticated; the other parties then stall, and their
 * deadlines name whoever went silent.
 *
 * Limits. Without a broadcast channel the last round cannot be made all-or-nothing:
 * a cheater can confirm to some parties and not to others, and only those it
 * confirmed to finish. A keygen therefore counts as done only when all n parties
 * report the same group key (the coordinator's rule). Pedersen DKG lets a rushing
 * party bias the group key's distribution; Schnorr signatures stay secure with
 * such keys (Gennaro et al., "Secure applications of Pedersen's DKG").
 *
 * Why not noble's DKG (abstract/frost): it refuses t = 1, throws on the batch of
 * round-1 packages without saying whose failed, and its proof of knowledge binds
 * only the participant id, so a proof replays across sessions. This module does the
 * same algebra on the curve helpers; its output is a standard FROST key package
 * (tests check it with noble's validateSecret and combineSecret).
 *
 * BIP340: the KeyShare holds the untweaked group key P (compressed, either parity).
 * The BIP340 public key is x(P); at signing time noble's schnorr_FROST negates the
 * shares of an odd-Y key, so signatures verify under x(P). We do not apply noble's
 * DKG-time empty-merkle-root TapTweak: a Taproot tweak belongs after any BIP32
 * derivation, so it is applied (if wanted) when signing, not baked into the share.
 */
import { equalBytes, randomBytes } from '@noble/curves/utils.js'
import type { CurveGroup, GroupPoint } from '../curves/group.js'
import { groupOf } from '../curves/group.js'
import { evaluateCommitment, evaluatePolynomial, feldmanVerify, feldmanVerifySum } from '../curves/polynomial.js'
import { Blame } from '../identity/blame.js'
import { assertIdentityKeys } from '../identity/ed25519-identity.js'
import { signStatement, verifyStatement, type StatementContext, type StatementPurpose } from '../identity/statement.js'
import { judgeViews, type SignedView } from '../identity/signed-view.js'
import { curveOf, isScheme, type IdentityKey, type KeyShare, type Scheme } from '../keys/types.js'
import { RoundSession, checkEach, type RoundInput, type RoundSpec } from '../session/round-session.js'
import { sessionId } from '../session/session-id.js'
import { ProtocolAbort, type Outgoing, type PartyIndex, type Rng } from '../session/types.js'
import {
  assertCommitShape, assertShareShape, assertVerdictShape, chainCodeCommitment, chainCodeOf, commitDigest,
  confirmDigest, shareDigest, transcriptHash, viewOf,
  type DkgCommitMessage, type DkgMessage, type DkgShareMessage, type DkgVerdictMessage,
} from './messages.js'
import { proveKnowledge, verifyKnowledge } from './proof-of-knowledge.js'

export const MAX_DKG_PARTIES = 64

/** What every party of a keygen must agree on; the session id is derived from it. */
export interface DkgRequest {
  readonly keyId: string
  readonly scheme: Scheme
  /** Signers needed later: 1 <= threshold <= parties.length. */
  readonly threshold: number
  /** The committee: 1..64 distinct positive integers (Shamir x-coordinates). */
  readonly parties: readonly PartyIndex[]
  /** Every party's Ed25519 identity public key (32 bytes), all distinct. */
  readonly identities: ReadonlyMap<PartyIndex, Uint8Array>
  /**
   * Distinguishes attempts at the same key (the coordinator's request nonce), so a
   * keygen that failed can be retried under the same key id with a fresh session.
   */
  readonly requestId?: string
}

export interface DkgOptions extends DkgRequest {
  readonly self: PartyIndex
  /** This party's identity key; its public key must be identities.get(self). */
  readonly identity: IdentityKey
  /** Randomness source; the CSPRNG unless a test injects one. */
  readonly rng?: Rng
}

/** The request's parties in ascending order, after validating the whole request. */
function checkedParties(req: DkgRequest): PartyIndex[] {
  if (typeof req.keyId !== 'string' || req.keyId.length === 0) throw new RangeError('keyId must be a non-empty string')
  if (!isScheme(req.scheme)) throw new RangeError(`unknown scheme ${String(req.scheme)}`)
  const parties = [...req.parties].sort((a, b) => a - b)
  const n = parties.length
  if (n < 1 || n > MAX_DKG_PARTIES) throw new RangeError(`a key needs 1..${MAX_DKG_PARTIES} parties, got ${n}`)
  if (parties.some((p, i) => !Number.isInteger(p) || p < 1 || p > 0xffffffff || p === parties[i - 1])) {
    throw new RangeError('parties must be distinct integers in 1..2^32-1')
  }
  if (!Number.isInteger(req.threshold) || req.threshold < 1 || req.threshold > n) {
    throw new RangeError(`threshold must be in 1..${n}, got ${req.threshold}`)
  }
  assertIdentityKeys(parties, req.identities)
  return parties
}

/** Session id of a keygen: every party derives it from the canonical request. */
export function dkgSessionId(req: DkgRequest): Uint8Array {
  const parties = checkedParties(req)
  return sessionId('dkg/v1', req.keyId, req.scheme, req.threshold, parties, req.requestId ?? '', ...parties.map((p) => req.identities.get(p)!))
}

interface Round1Entry {
  readonly message: DkgCommitMessage
  readonly digest: Uint8Array
  /** Decoded commitment, once its contents checked out. */
  commitment?: GroupPoint[]
}

/** The confirmed outcome, computed at the end of round 2 when nothing failed. */
interface Outcome {
  readonly key: KeyShare
  readonly confirmDigest: Uint8Array
}

export class DkgSession extends RoundSession<KeyShare, DkgMessage> {
  protected readonly rounds: readonly RoundSpec[] = [
    { broadcast: true, direct: false },
    // the shares (f_i(j)) go sealed to their recipient
    { broadcast: false, direct: true, sealed: true },
    { broadcast: true, direct: false },
  ]

  private readonly request: DkgRequest
  private readonly group: CurveGroup
  private readonly identity: IdentityKey
  private readonly rng: Rng
  private coefficients: bigint[] = []
  private ownShare = 0n
  private readonly contribution: Uint8Array
  private readonly round1 = new Map<PartyIndex, Round1Entry>()
  /** Signed round-1 messages whose contents are invalid (the same for everybody once views agree). */
  private readonly invalidRound1 = new Map<PartyIndex, string>()
  private verdict: DkgVerdictMessage | undefined
  private outcome: Outcome | undefined

  constructor(options: DkgOptions) {
    const id = dkgSessionId(options)
    super(id, options.self, options.parties)
    if (!equalBytes(options.identity.publicKey, options.identities.get(options.self)!)) {
      throw new RangeError('identity key does not match identities.get(self)')
    }
    this.request = { ...options, identities: new Map(options.identities) }
    this.group = groupOf(curveOf(options.scheme))
    this.identity = options.identity
    this.rng = options.rng ?? randomBytes
    this.contribution = this.randomBytes32()
  }

  protected begin(): Outgoing<DkgMessage>[] {
    const { group, id, self } = this
    this.coefficients = Array.from({ length: this.request.threshold }, () => group.randomScalar(this.rng))
    const points = this.coefficients.map((a) => group.base.multiply(a))
    const commitment = points.map((P) => group.encodePoint(P))
    const unsigned = {
      type: 'dkg/commit' as const,
      commitment,
      proof: proveKnowledge(group, id, self, this.coefficients[0]!, commitment[0]!, this.rng),
      chainCodeCommitment: chainCodeCommitment(id, self, this.contribution),
    }
    const digest = commitDigest(id, self, unsigned)
    const message: DkgCommitMessage = { ...unsigned, signature: signStatement(this.identity, this.context('dkg/commit'), self, digest) }
    this.round1.set(self, { message, digest, commitment: points })
    return [this.broadcast(1, message)]
  }

  protected finishRound(round: number, inputs: ReadonlyMap<PartyIndex, RoundInput<DkgMessage>>): Outgoing<DkgMessage>[] {
    if (round === 1) return this.afterCommitments(inputs)
    if (round === 2) return this.afterShares(inputs)
    this.judge(inputs)
    return []
  }

  private afterCommitments(inputs: ReadonlyMap<PartyIndex, RoundInput<DkgMessage>>): Outgoing<DkgMessage>[] {
    const { group, id } = this
    checkEach(inputs, 'invalid round-1 message', (from, input) => {
      const message = input.broadcast
      assertCommitShape(message, group, this.request.threshold)
      const digest = commitDigest(id, from, message)
      if (!verifyStatement(this.identityOf(from), this.context('dkg/commit'), from, digest, message.signature)) throw new Error('bad identity signature')
      this.round1.set(from, { message, digest })
    })
    for (const from of this.others) {
      const entry = this.round1.get(from)!
      try {
        const commitment = entry.message.commitment.map((c, m) => group.decodePoint(c, `commitment[${m}]`))
        verifyKnowledge(group, id, from, commitment[0]!, entry.message.proof)
        entry.commitment = commitment
      } catch (err) {
        this.invalidRound1.set(from, (err as Error).message)
      }
    }
    const out = this.others.map((to) => {
      const share = group.encodeScalar(evaluatePolynomial(group.Fn, this.coefficients, BigInt(to)))
      const digest = shareDigest(id, this.self, to, share, this.contribution, this.round1.get(this.self)!.digest)
      const signature = signStatement(this.identity, this.context('dkg/share'), this.self, digest)
      const message: DkgShareMessage = { type: 'dkg/share', share, chainCodeContribution: this.contribution, signature }
      return this.direct(2, to, message)
    })
    this.ownShare = evaluatePolynomial(group.Fn, this.coefficients, BigInt(this.self))
    this.coefficients.fill(0n)
    this.coefficients = []
    return out
  }

  private afterShares(inputs: ReadonlyMap<PartyIndex, RoundInput<DkgMessage>>): Outgoing<DkgMessage>[] {
    const { group, id, self } = this
    const received = new Map<PartyIndex, DkgShareMessage>()
    checkEach(inputs, 'invalid round-2 message', (from, input) => {
      const message = input.direct
      assertShareShape(message, group)
      const digest = shareDigest(id, from, self, message.share, message.chainCodeContribution, this.round1.get(from)!.digest)
      if (!verifyStatement(this.identityOf(from), this.context('dkg/share'), from, digest, message.signature)) throw new Error('bad identity signature')
      received.set(from, message)
    })
    const failed = this.failedShares(received)
    const view = this.ownView()
    if (this.invalidRound1.size > 0 || failed.length > 0) {
      const evidence = failed.map((p) => received.get(p)!)
      this.verdict = {
        type: 'dkg/complaint',
        round1Digests: [...view.digests],
        round1Signatures: [...view.signatures],
        accused: failed,
        shares: evidence.map((m) => m.share),
        chainCodeContributions: evidence.map((m) => m.chainCodeContribution),
        shareSignatures: evidence.map((m) => m.signature),
      }
    } else {
      this.outcome = this.computeOutcome(received, view)
      this.verdict = {
        type: 'dkg/confirm',
        round1Digests: [...view.digests],
        round1Signatures: [...view.signatures],
        signature: signStatement(this.identity, this.context('dkg/confirm'), this.self, this.outcome.confirmDigest),
      }
    }
    return [this.broadcast(3, this.verdict)]
  }

  /** What this session's identity signatures of one kind vouch for. */
  private context(purpose: StatementPurpose): StatementContext {
    return { purpose, session: this.id }
  }

  /** Judges round 3 (see the top of this file) and finishes, or throws ProtocolAbort. */
  private judge(inputs: ReadonlyMap<PartyIndex, RoundInput<DkgMessage>>): void {
    const verdicts = new Map<PartyIndex, DkgVerdictMessage>([[this.self, this.verdict!]])
    checkEach(inputs, 'invalid round-3 message', (from, input) => {
      const message = input.broadcast
      assertVerdictShape(message, this.group, this.parties, from)
      verdicts.set(from, message)
    })
    const blame = new Blame()
    const reports = new Map([...verdicts].filter(([p]) => p !== this.self).map(([p, v]) => [p, viewOf(v)] as const))
    const equivocators = judgeViews(this.parties, this.request.identities, this.ownView(), reports, blame, this.context('dkg/commit'))
    for (const [from, reason] of this.invalidRound1) blame.add(from, `invalid round-1 message: ${reason}`)
    // Parties whose round-1 message is proven bad: complaints against them need no judging.
    const badRound1 = new Set([...equivocators, ...this.invalidRound1.keys()])
    for (const [complainer, v] of verdicts) {
      if (v.type !== 'dkg/complaint') continue
      if (v.accused.length === 0 && badRound1.size === 0) blame.add(complainer, 'refused to confirm although every round-1 message was valid')
      v.accused.forEach((accused, i) => {
        if (badRound1.has(accused)) return
        const share = v.shares[i]!
        const contribution = v.chainCodeContributions[i]!
        // the accused's round-1 digest as everybody has it (equivocators were set aside above)
        const digest = shareDigest(this.id, accused, complainer, share, contribution, this.round1.get(accused)!.digest)
        const signed = verifyStatement(this.identityOf(accused), this.context('dkg/share'), accused, digest, v.shareSignatures[i]!)
        if (!signed) blame.add(complainer, `complaint shows a round-2 message party ${accused} did not sign`)
        else if (this.shareChecksOut(accused, complainer, share, contribution)) blame.add(complainer, `false complaint against party ${accused}`)
        else blame.add(accused, `sent party ${complainer} a share or chain-code contribution that fails verification`)
      })
    }
    blame.settle('key generation aborted')
    // Nobody is blamed, so no complaint was sent and the outcome exists.
    const outcome = this.outcome!
    for (const [from, v] of verdicts) {
      if (from === this.self || v.type !== 'dkg/confirm') continue
      if (!verifyStatement(this.identityOf(from), this.context('dkg/confirm'), from, outcome.confirmDigest, v.signature)) {
        blame.add(from, 'confirmation does not sign this transcript, group key and chain code')
      }
    }
    blame.settle('key generation aborted')
    this.finish(outcome.key)
  }

  /**
   * The dealers whose round-2 message to this party fails: the chain-code opening and the
   * share's encoding per dealer, then one Feldman check of the sum of the shares
   * (feldmanVerifySum); only if that fails, the per-dealer checks that name the dealers.
   */
  private failedShares(received: ReadonlyMap<PartyIndex, DkgShareMessage>): PartyIndex[] {
    const { group, self } = this
    const dealers = this.others.filter((from) => !this.invalidRound1.has(from))
    const shares = new Map<PartyIndex, bigint>()
    for (const from of dealers) {
      const m = received.get(from)!
      if (!equalBytes(chainCodeCommitment(this.id, from, m.chainCodeContribution), this.round1.get(from)!.message.chainCodeCommitment)) continue
      try {
        shares.set(from, group.decodeScalar(m.share, 'share', { allowZero: true }))
      } catch {
        continue
      }
    }
    const opened = [...shares.keys()]
    const sumHolds = feldmanVerifySum(group, opened.map((from) => this.round1.get(from)!.commitment!), BigInt(self), [...shares.values()])
    shares.clear()
    if (sumHolds) return dealers.filter((from) => !opened.includes(from))
    return dealers.filter((from) => {
      const m = received.get(from)!
      return !this.shareChecksOut(from, self, m.share, m.chainCodeContribution)
    })
  }

  /** Feldman check of f_from(to) against from's commitment, and the chain-code opening. */
  private shareChecksOut(from: PartyIndex, to: PartyIndex, shareBytes: Uint8Array, contribution: Uint8Array): boolean {
    const entry = this.round1.get(from)!
    if (!equalBytes(chainCodeCommitment(this.id, from, contribution), entry.message.chainCodeCommitment)) return false
    let share: bigint
    try {
      share = this.group.decodeScalar(shareBytes, 'share', { allowZero: true })
    } catch {
      return false
    }
    return feldmanVerify(this.group, entry.commitment!, BigInt(to), share)
  }

  private computeOutcome(received: ReadonlyMap<PartyIndex, DkgShareMessage>, view: SignedView): Outcome {
    const { group, id, self } = this
    const { Fn } = group
    let secret = this.ownShare
    for (const m of received.values()) secret = Fn.add(secret, group.decodeScalar(m.share, 'share', { allowZero: true }))
    this.ownShare = 0n
    const commitment = Array.from({ length: this.request.threshold }, (_, m) =>
      this.parties.reduce((acc, p) => acc.add(this.round1.get(p)!.commitment![m]!), group.zero))
    const publicShares = new Map(this.parties.map((p) => [p, evaluateCommitment(group, commitment, BigInt(p))] as const))
    if (commitment.some((P) => P.is0()) || [...publicShares.values()].some((P) => P.is0())) {
      // Probability ~2^-250 with honest randomness; the proofs of knowledge rule out a forced identity.
      throw new ProtocolAbort('degenerate key: a group commitment or public share is the identity', [])
    }
    const contributions = this.parties.map((p) => (p === self ? this.contribution : received.get(p)!.chainCodeContribution))
    const chainCode = chainCodeOf(id, contributions)
    const encoded = commitment.map((P) => group.encodePoint(P))
    const key: KeyShare = {
      keyId: this.request.keyId,
      scheme: this.request.scheme,
      curve: group.curve,
      threshold: this.request.threshold,
      parties: [...this.parties],
      self,
      secretShare: group.encodeScalar(secret),
      publicShares: new Map([...publicShares].map(([p, P]) => [p, group.encodePoint(P)] as const)),
      groupPublicKey: encoded[0]!,
      chainCode,
      commitment: encoded,
      epoch: 0,
    }
    return { key, confirmDigest: confirmDigest(id, transcriptHash(id, view.digests), key.groupPublicKey, chainCode) }
  }

  private ownView(): SignedView {
    const entries = this.parties.map((p) => this.round1.get(p)!)
    return { digests: entries.map((e) => e.digest), signatures: entries.map((e) => e.message.signature) }
  }

  private identityOf(party: PartyIndex): Uint8Array {
    return this.request.identities.get(party)!
  }

  private randomBytes32(): Uint8Array {
    const bytes = this.rng(32)
    if (!(bytes instanceof Uint8Array) || bytes.length !== 32) throw new Error('rng must return the requested number of bytes')
    return Uint8Array.from(bytes)
  }
}
