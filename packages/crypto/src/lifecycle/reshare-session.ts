/*
 * Proactive refresh and resharing of a key to a new committee.
 *
 *   refresh — Herzberg, Jarecki, Krawczyk, Yung, "Proactive Secret Sharing" (CRYPTO
 *     1995), §3 share renewal: every party deals a random polynomial with a zero
 *     constant; each new share is the old share plus the sum of the values received.
 *   reshare — Desmedt–Jajodia redistribution ("Redistributing secret shares to new
 *     access structures", 1997), with Feldman verification as in Wong–Wang–Wing
 *     (VSR): each dealer i of a set D of at least t old parties deals λ_i·x_i (λ_i the
 *     Lagrange coefficient at 0 over D) with a polynomial g_i of degree t′−1; new
 *     party j's share is Σ_i g_i(j). Σ_i λ_i·x_i = x, so the group key is unchanged.
 *
 * Parties are session parties (roster positions). Rounds follow the DKG (dkg/session.ts):
 * Round 1 (broadcast, dealers). Dealer i sends the Feldman commitment to g_i and its
 *   identity signature over it. reshare: commitment[0] must equal λ_i·X_i, computed by
 *   everybody from the pinned public shares — this pins the constant, so no proof of
 *   knowledge is needed. refresh: the constant's commitment (the identity) is not sent
 *   at all. Either way the commitment has exactly the points of degree < t′, so no
 *   dealer can raise the new polynomial's degree (the threshold-raise attack).
 * Round 2 (direct, dealers → next committee). g_i(j), identity-signed (binding the
 *   dealer's round-1 digest), so that j can prove a bad one.
 * Round 3 (broadcast, every session party). Its signed view of round 1, then a
 *   confirmation — a signature over (transcript, group key, chain code, new epoch,
 *   threshold, committee, group commitment) — or a complaint: empty when a round-1
 *   message was invalid, otherwise revealing each signed sub-share that failed.
 * Outcome. Judged as in the DKG: equivocation → the equivocator; a view entry not
 *   signed by its sender → the reporter; an invalid round-1 message (bad point, wrong
 *   constant) → its dealer; a revealed sub-share that fails → its dealer; one that
 *   passes or that the dealer did not sign → the complainer; an empty complaint
 *   although round 1 was valid → the complainer. Then every confirmation must sign
 *   the same outcome. Next-committee parties output their new KeyShare (epoch + 1),
 *   dealers outside it output null — only after all confirmations matched.
 * Faults only the receiver can see (a bad signature, a malformed or misaddressed
 * message, a non-party sender, another session's id — e.g. another epoch's) abort at
 * once naming the sender, with a published complaint.
 *
 * Limits (docs/lifecycle-protocols.md): the last round is not all-or-nothing without
 * a broadcast channel — the operation is done only when every next party reports the
 * same KeyInfo (the coordinator's commit rule). A rushing dealer can cancel the top
 * coefficient of the group polynomial; the session then aborts (degenerate), naming
 * nobody, rather than output a key of lower threshold. Resharing does not make old
 * shares useless to t old parties who kept them: it only helps if fewer than t of the
 * old shares survive outside the new epoch.
 */
import { equalBytes, randomBytes } from '@noble/curves/utils.js'
import type { CurveGroup, GroupPoint } from '../curves/group.js'
import { deal, evaluateCommitment, feldmanVerify, lagrangeAtZero } from '../curves/polynomial.js'
import type { SignedView } from '../identity/signed-view.js'
import { signStatement, verifyStatement, type StatementContext, type StatementPurpose } from '../identity/statement.js'
import type { IdentityKey, KeyShare } from '../keys/types.js'
import { RoundSession, checkEach, type RoundInput, type RoundSpec } from '../session/round-session.js'
import { sessionId } from '../session/session-id.js'
import { ProtocolAbort, type Outgoing, type PartyIndex, type Rng } from '../session/types.js'
import { judgeRound1, signedView } from './judge.js'
import { assertShareOfKey, checkPinnedKey, checkedCommittee, type CheckedKey } from './pinned-key.js'
import {
  assertReshareCommitShape, assertReshareShareShape, assertReshareVerdictShape, reshareCommitDigest, reshareCommitmentLength,
  reshareConfirmDigest, reshareShareDigest, reshareTranscriptHash, reshareViewOf,
  type ReshareCommitMessage, type ReshareMessage, type ReshareShareMessage, type ReshareVerdictMessage,
} from './reshare-messages.js'
import { checkRoster, type CheckedRoster } from './roster.js'
import type { PinnedKey, RosterEntry } from './types.js'

export interface ReshareRequest {
  readonly key: PinnedKey
  /**
   * 'refresh': same committee and threshold; every party deals a zero-constant
   * polynomial; new share = old + Σ received. 'reshare': each dealer i deals
   * λ_i(dealers)·x_i with a degree next.threshold − 1 polynomial; new share = Σ received.
   */
  readonly mode: 'refresh' | 'reshare'
  /** Old-committee indices of the dealers: refresh = all of key.parties; reshare = at least key.threshold of them. */
  readonly dealers: readonly PartyIndex[]
  /** The committee after the operation (refresh: equal to the key's). 1 <= threshold <= parties.length <= 64, indices >= 1. */
  readonly next: { readonly threshold: number; readonly parties: readonly PartyIndex[] }
  /** Session parties: roster[s-1] is session party s; every dealer and every next party appears exactly once. */
  readonly roster: readonly RosterEntry[]
  readonly requestId?: string
}

export interface ReshareOptions extends ReshareRequest {
  /** Session party index (position in roster, 1-based). */
  readonly self: PartyIndex
  readonly identity: IdentityKey
  /** This party's current share: required for dealers; must match `key` (epoch, group key, public shares). */
  readonly share?: KeyShare
  readonly rng?: Rng
}

/** A validated request, in session-party terms. */
interface Plan {
  readonly checked: CheckedKey
  readonly mode: 'refresh' | 'reshare'
  /** Old indices of the dealers, ascending. */
  readonly dealersOld: readonly PartyIndex[]
  readonly nextThreshold: number
  /** Next committee, ascending. */
  readonly nextParties: readonly PartyIndex[]
  readonly roster: CheckedRoster
  /** Session parties of the dealers / of the next committee, ascending. */
  readonly dealers: readonly PartyIndex[]
  readonly receivers: readonly PartyIndex[]
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i])

function plan(req: ReshareRequest): Plan {
  const checked = checkPinnedKey(req.key)
  if (req.mode !== 'refresh' && req.mode !== 'reshare') throw new RangeError(`mode must be 'refresh' or 'reshare', got ${String(req.mode)}`)
  if (!Array.isArray(req.dealers)) throw new RangeError('dealers must be a list')
  const dealersOld = [...req.dealers].sort((a, b) => a - b)
  if (dealersOld.some((d, i) => !checked.parties.includes(d) || d === dealersOld[i - 1])) {
    throw new RangeError('dealers must be distinct members of the key\'s committee')
  }
  if (typeof req.next !== 'object' || req.next === null) throw new RangeError('next must give the new committee')
  const nextParties = checkedCommittee(req.next.parties, req.next.threshold, 'next')
  if (req.mode === 'refresh') {
    if (!sameList(dealersOld, checked.parties)) throw new RangeError('refresh: every committee party deals')
    if (req.next.threshold !== req.key.threshold || !sameList(nextParties, checked.parties)) {
      throw new RangeError('refresh: the next committee and threshold are the key\'s')
    }
  } else if (dealersOld.length < req.key.threshold) {
    throw new RangeError(`reshare: needs at least ${req.key.threshold} dealers, got ${dealersOld.length}`)
  }
  const roster = checkRoster(req.roster)
  req.roster.forEach((entry, i) => {
    if (entry.old !== undefined && !checked.parties.includes(entry.old)) throw new RangeError(`roster[${i}].old is not in the key's committee`)
    if (entry.next !== undefined && !nextParties.includes(entry.next)) throw new RangeError(`roster[${i}].next is not in the next committee`)
    const dealer = entry.old !== undefined && dealersOld.includes(entry.old)
    if (!dealer && entry.next === undefined) throw new RangeError(`roster[${i}] is neither a dealer nor in the next committee`)
    if (req.mode === 'refresh' && entry.old !== entry.next) throw new RangeError(`refresh: roster[${i}] keeps its index`)
  })
  if (dealersOld.some((d) => !roster.byOld.has(d))) throw new RangeError('every dealer must be on the roster')
  if (nextParties.some((j) => !roster.byNext.has(j))) throw new RangeError('every next committee party must be on the roster')
  const ascending = (xs: Iterable<PartyIndex>) => [...xs].sort((a, b) => a - b)
  return {
    checked, mode: req.mode, dealersOld, nextThreshold: req.next.threshold, nextParties, roster,
    dealers: ascending(dealersOld.map((d) => roster.byOld.get(d)!)),
    receivers: ascending(roster.byNext.values()),
  }
}

function planSessionId(req: ReshareRequest, p: Plan): Uint8Array {
  const { key } = req
  return sessionId(
    'lifecycle-reshare/v1', key.keyId, key.scheme, key.epoch, key.threshold, [...p.checked.parties], key.groupPublicKey, key.chainCode,
    ...p.checked.parties.map((j) => key.publicShares.get(j)!),
    p.mode, [...p.dealersOld], p.nextThreshold, [...p.nextParties],
    req.roster.length, ...req.roster.flatMap((e) => [e.identity, e.old ?? 0, e.next ?? 0]),
    req.requestId ?? '',
  )
}

/** Session id of a refresh or reshare: binds the key (incl. its epoch), mode, dealers, next committee, roster and request id. */
export function reshareSessionId(req: ReshareRequest): Uint8Array {
  return planSessionId(req, plan(req))
}

/*
 * Identity-statement purposes: this module reuses the DKG's three. A statement binds
 * the session id, which hashes the protocol kind ('lifecycle-reshare/v1'), so no
 * statement of one protocol verifies in another.
 */
const COMMIT: StatementPurpose = 'dkg/commit'
const SHARE: StatementPurpose = 'dkg/share'
const CONFIRM: StatementPurpose = 'dkg/confirm'

interface Round1Entry {
  readonly message: ReshareCommitMessage
  readonly digest: Uint8Array
  /** The dealer's full commitment (entry 0 included), once its contents checked out. */
  commitment?: GroupPoint[]
}

interface Outcome {
  readonly key: KeyShare | null
  readonly confirmDigest: Uint8Array
}

export class ReshareSession extends RoundSession<KeyShare | null, ReshareMessage> {
  protected readonly rounds: readonly RoundSpec[]

  private readonly plan: Plan
  private readonly group: CurveGroup
  private readonly identity: IdentityKey
  private readonly rng: Rng
  /** This party's old / next committee index, if any. */
  private readonly oldIndex: PartyIndex | undefined
  private readonly nextIndex: PartyIndex | undefined
  private readonly isDealer: boolean
  /** Secret: the old share (dealers), then nothing. */
  private oldSecret = 0n
  /** The key's commitment, from this party's share (refresh: every party has one). */
  private oldCommitment: readonly GroupPoint[] = []
  /** Secret: g_self(j) for every next index j, until sent. */
  private dealt = new Map<PartyIndex, bigint>()
  /** Secret: g_self(own next index), kept for the outcome. */
  private ownSubShare = 0n
  private readonly constants = new Map<PartyIndex, GroupPoint>()
  private readonly round1 = new Map<PartyIndex, Round1Entry>()
  private readonly invalidRound1 = new Map<PartyIndex, string>()
  private verdict: ReshareVerdictMessage | undefined
  private outcome: Outcome | undefined

  constructor(options: ReshareOptions) {
    const p = plan(options)
    super(planSessionId(options, p), options.self, p.roster.sessionParties)
    const entry = options.roster[options.self - 1]!
    if (!equalBytes(options.identity.publicKey, entry.identity)) throw new RangeError('identity key does not match roster[self - 1].identity')
    this.plan = p
    this.group = p.checked.group
    this.identity = options.identity
    this.rng = options.rng ?? randomBytes
    this.oldIndex = entry.old
    this.nextIndex = entry.next
    this.isDealer = p.dealers.includes(options.self)
    if (this.isDealer) {
      if (!options.share) throw new RangeError('a dealer needs its current share')
      const own = assertShareOfKey(options.share, p.checked, entry.old!)
      this.oldSecret = own.secret
      this.oldCommitment = own.commitment
    } else {
      // No share to check the pinned key against (a reshare's new party): the dealers'
      // weighted public shares, which their constants must equal, must add up to the key.
      const sum = p.dealers.reduce((acc, d) => acc.add(this.expectedConstant(d)), this.group.zero)
      if (!sum.equals(p.checked.groupKey)) throw new RangeError('key: the dealers\' public shares do not interpolate to the group key')
    }
    this.rounds = [
      { senders: p.dealers, broadcast: true, direct: false },
      // the sub-shares of the new epoch go sealed to each new party
      { senders: this.nextIndex === undefined ? [] : p.dealers, broadcast: false, direct: true, sealed: true },
      { broadcast: true, direct: false },
    ]
  }

  protected begin(): Outgoing<ReshareMessage>[] {
    if (!this.isDealer) return []
    const { group, plan: p, id, self } = this
    const { Fn } = group
    const constant = p.mode === 'refresh' ? Fn.ZERO : Fn.mul(lagrangeAtZero(Fn, p.dealersOld, this.oldIndex!), this.oldSecret)
    if (p.mode === 'reshare') this.oldSecret = 0n
    const dealing = deal(group, constant, p.nextThreshold, p.nextParties, this.rng)
    this.dealt = new Map(dealing.shares)
    ;(dealing.shares as Map<PartyIndex, bigint>).clear()
    const full = [...dealing.commitment]
    const sent = p.mode === 'refresh' ? full.slice(1) : full
    const commitment = sent.map((P) => group.encodePoint(P))
    const digest = reshareCommitDigest(id, self, commitment)
    const message: ReshareCommitMessage = { type: 'reshare/commit', commitment, signature: signStatement(this.identity, this.context(COMMIT), self, digest) }
    this.round1.set(self, { message, digest, commitment: full })
    return [this.broadcast(1, message)]
  }

  protected finishRound(round: number, inputs: ReadonlyMap<PartyIndex, RoundInput<ReshareMessage>>): Outgoing<ReshareMessage>[] {
    if (round === 1) return this.afterCommitments(inputs)
    if (round === 2) return this.afterShares(inputs)
    this.judge(inputs)
    return []
  }

  private afterCommitments(inputs: ReadonlyMap<PartyIndex, RoundInput<ReshareMessage>>): Outgoing<ReshareMessage>[] {
    const { group, id, plan: p } = this
    const length = reshareCommitmentLength(p.mode, p.nextThreshold)
    checkEach(inputs, 'invalid round-1 message', (from, input) => {
      const message = input.broadcast
      assertReshareCommitShape(message, group, length)
      const digest = reshareCommitDigest(id, from, message.commitment)
      if (!verifyStatement(this.identityOf(from), this.context(COMMIT), from, digest, message.signature)) throw new Error('bad identity signature')
      this.round1.set(from, { message, digest })
    })
    for (const from of p.dealers) {
      if (from === this.self) continue
      const entry = this.round1.get(from)!
      try {
        const points = entry.message.commitment.map((c, m) => group.decodePoint(c, `commitment[${m}]`))
        if (p.mode === 'reshare' && !points[0]!.equals(this.expectedConstant(from))) {
          throw new Error('commitment[0] is not λ_i·X_i of the dealer\'s public share')
        }
        entry.commitment = p.mode === 'refresh' ? [group.zero, ...points] : points
      } catch (err) {
        this.invalidRound1.set(from, (err as Error).message)
      }
    }
    if (!this.isDealer) return []
    const out: Outgoing<ReshareMessage>[] = []
    const ownDigest = this.round1.get(this.self)!.digest
    for (const to of p.receivers) {
      const value = this.dealt.get(this.nextIndexOf(to))!
      if (to === this.self) {
        this.ownSubShare = value
        continue
      }
      const share = group.encodeScalar(value)
      const signature = signStatement(this.identity, this.context(SHARE), this.self, reshareShareDigest(id, this.self, to, share, ownDigest))
      out.push(this.direct(2, to, { type: 'reshare/share', share, signature }))
    }
    this.dealt.clear()
    return out
  }

  private afterShares(inputs: ReadonlyMap<PartyIndex, RoundInput<ReshareMessage>>): Outgoing<ReshareMessage>[] {
    const { group, id, self } = this
    const received = new Map<PartyIndex, ReshareShareMessage>()
    checkEach(inputs, 'invalid round-2 message', (from, input) => {
      const message = input.direct
      assertReshareShareShape(message, group)
      const digest = reshareShareDigest(id, from, self, message.share, this.round1.get(from)!.digest)
      if (!verifyStatement(this.identityOf(from), this.context(SHARE), from, digest, message.signature)) throw new Error('bad identity signature')
      received.set(from, message)
    })
    const failed = [...received.keys()].filter((from) => !this.invalidRound1.has(from) && !this.subShareChecksOut(from, self, received.get(from)!.share))
    const view = this.ownView()
    if (this.invalidRound1.size > 0 || failed.length > 0) {
      // this run will abort: the old share and own sub-share are no longer needed
      this.oldSecret = 0n
      this.ownSubShare = 0n
      const evidence = failed.map((d) => received.get(d)!)
      this.verdict = {
        type: 'reshare/complaint', round1Digests: [...view.digests], round1Signatures: [...view.signatures],
        accused: failed, shares: evidence.map((m) => m.share), shareSignatures: evidence.map((m) => m.signature),
      }
    } else {
      this.outcome = this.computeOutcome(received, view)
      this.verdict = {
        type: 'reshare/confirm', round1Digests: [...view.digests], round1Signatures: [...view.signatures],
        signature: signStatement(this.identity, this.context(CONFIRM), self, this.outcome.confirmDigest),
      }
    }
    return [this.broadcast(3, this.verdict)]
  }

  /** Judges round 3 (see the top of this file) and finishes, or throws ProtocolAbort. */
  private judge(inputs: ReadonlyMap<PartyIndex, RoundInput<ReshareMessage>>): void {
    const { plan: p } = this
    const verdicts = new Map<PartyIndex, ReshareVerdictMessage>([[this.self, this.verdict!]])
    checkEach(inputs, 'invalid round-3 message', (from, input) => {
      const message = input.broadcast
      assertReshareVerdictShape(message, this.group, p.dealers, from, p.receivers.includes(from))
      verdicts.set(from, message)
    })
    const complaints = [...verdicts].flatMap(([from, v]) => (v.type === 'reshare/complaint' ? [{ from, accused: v.accused, message: v }] : []))
    const blame = judgeRound1({
      senders: p.dealers, identities: p.roster.identities, own: this.ownView(), context: this.context(COMMIT), invalid: this.invalidRound1,
      reports: new Map([...verdicts].filter(([s]) => s !== this.self).map(([s, v]) => [s, reshareViewOf(v)] as const)),
      complaints, what: 'sub-share',
      evidence: (c, k, accused) => {
        const { shares, shareSignatures } = c.message
        const digest = reshareShareDigest(this.id, accused, c.from, shares[k]!, this.round1.get(accused)!.digest)
        if (!verifyStatement(this.identityOf(accused), this.context(SHARE), accused, digest, shareSignatures[k]!)) return 'unsigned'
        return this.subShareChecksOut(accused, c.from, shares[k]!) ? 'passes' : 'fails'
      },
    })
    blame.settle(`${p.mode} aborted`)
    const outcome = this.outcome!
    for (const [from, v] of verdicts) {
      if (from === this.self || v.type !== 'reshare/confirm') continue
      if (!verifyStatement(this.identityOf(from), this.context(CONFIRM), from, outcome.confirmDigest, v.signature)) {
        blame.add(from, 'confirmation does not sign this transcript and outcome')
      }
    }
    blame.settle(`${p.mode} aborted`)
    this.finish(outcome.key)
  }

  /** λ_i·X_i for dealer session party `from`: the constant its polynomial must have (reshare). */
  private expectedConstant(from: PartyIndex): GroupPoint {
    let point = this.constants.get(from)
    if (!point) {
      const old = this.plan.roster.oldOf.get(from)!
      point = this.plan.checked.publicShares.get(old)!.multiplyUnsafe(lagrangeAtZero(this.group.Fn, this.plan.dealersOld, old))
      this.constants.set(from, point)
    }
    return point
  }

  /** Feldman check of dealer `from`'s g(j) for session party `to` (next index j). */
  private subShareChecksOut(from: PartyIndex, to: PartyIndex, shareBytes: Uint8Array): boolean {
    let share: bigint
    try {
      share = this.group.decodeScalar(shareBytes, 'sub-share', { allowZero: true })
    } catch {
      return false
    }
    return feldmanVerify(this.group, this.round1.get(from)!.commitment!, BigInt(this.nextIndexOf(to)), share)
  }

  private computeOutcome(received: ReadonlyMap<PartyIndex, ReshareShareMessage>, view: SignedView): Outcome {
    const { group, plan: p, id } = this
    const { Fn } = group
    const { key } = p.checked
    const commitment = Array.from({ length: p.nextThreshold }, (_, m) => {
      const start = p.mode === 'refresh' ? this.oldCommitment[m]! : group.zero
      return p.dealers.reduce((acc, d) => acc.add(this.round1.get(d)!.commitment![m]!), start)
    })
    if (!commitment[0]!.equals(p.checked.groupKey)) throw new ProtocolAbort('the new group commitment does not keep the group key', [])
    const publicShares = new Map(p.nextParties.map((j) => [j, evaluateCommitment(group, commitment, BigInt(j))] as const))
    if (commitment.some((P) => P.is0()) || [...publicShares.values()].some((P) => P.is0())) {
      // a rushing dealer can cancel a coefficient of the sum (lowering the degree); nobody can be named
      throw new ProtocolAbort('degenerate key: a group commitment entry or public share is the identity', [])
    }
    const encoded = commitment.map((P) => group.encodePoint(P))
    const epoch = key.epoch + 1
    const confirmDigest = reshareConfirmDigest(id, reshareTranscriptHash(id, view.digests), key.groupPublicKey, key.chainCode, epoch, p.nextThreshold, p.nextParties, encoded)
    if (this.nextIndex === undefined) return { key: null, confirmDigest }
    let secret = p.mode === 'refresh' ? this.oldSecret : Fn.ZERO
    if (this.isDealer) secret = Fn.add(secret, this.ownSubShare)
    for (const m of received.values()) secret = Fn.add(secret, group.decodeScalar(m.share, 'sub-share', { allowZero: true }))
    this.oldSecret = 0n
    this.ownSubShare = 0n
    if (!group.base.multiply(secret).equals(publicShares.get(this.nextIndex)!)) {
      throw new ProtocolAbort('protocol bug: the new share does not match its public share', [])
    }
    return {
      confirmDigest,
      key: {
        keyId: key.keyId, scheme: key.scheme, curve: group.curve, threshold: p.nextThreshold, parties: [...p.nextParties], self: this.nextIndex,
        secretShare: group.encodeScalar(secret),
        publicShares: new Map([...publicShares].map(([j, P]) => [j, group.encodePoint(P)] as const)),
        groupPublicKey: Uint8Array.from(key.groupPublicKey), chainCode: Uint8Array.from(key.chainCode), commitment: encoded, epoch,
      },
    }
  }

  private context(purpose: StatementPurpose): StatementContext {
    return { purpose, session: this.id }
  }

  private ownView(): SignedView {
    return signedView(this.plan.dealers, this.round1)
  }

  private nextIndexOf(s: PartyIndex): PartyIndex {
    return this.plan.roster.nextOf.get(s)!
  }

  private identityOf(s: PartyIndex): Uint8Array {
    return this.plan.roster.identities.get(s)!
  }
}
