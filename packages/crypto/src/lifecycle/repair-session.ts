/*
 * Repair of one lost share without rebuilding the key: the enrollment protocol of
 * Laing–Stinson, "A survey and refinement of repairable threshold schemes" (eprint
 * 2017/1155, §4, after Stinson–Wei), as ZF frost's `repairable` module runs it, made
 * identifiable with Feldman-style commitments to every piece.
 *
 * t helpers (committee indices h ∈ H) rebuild x_ℓ = f(ℓ) for the lost index ℓ:
 * x_ℓ = Σ_{i∈H} λ_i(ℓ)·x_i with λ_i(ℓ) = Π_{j∈H, j≠i} (ℓ − j)/(i − j).
 * Round 1. Helper i splits λ_i(ℓ)·x_i into t random pieces δ_ij (one per helper j,
 *   Σ_j δ_ij = λ_i(ℓ)·x_i), broadcasts D_ij = δ_ij·G for every j (identity-signed;
 *   everybody checks Σ_j D_ij = λ_i(ℓ)·X_i against the pinned public share X_i), and
 *   sends δ_ij to helper j, identity-signed. Helper j checks δ_ij·G = D_ij.
 * Round 2. Every party broadcasts its signed view of round 1 and confirms the
 *   transcript, or complains (empty: an invalid round-1 message; else the signed
 *   pieces that failed). Helper j sends σ_j = Σ_i δ_ij to the lost party, signed.
 *   Judged as in the DKG: equivocation, invalid round-1 messages, bad pieces (their
 *   sender) and false complaints (the complainer) are named.
 * Round 3. The lost party checks σ_j·G = Σ_i D_ij for each j and x_ℓ·G = X_ℓ, then
 *   broadcasts a signed confirmation, or the signed sums that failed (naming their
 *   senders — or itself, if they check out). Helpers broadcast an empty acknowledgement,
 *   which the lost party waits for, so that it never aborts before its evidence is out.
 *   Helpers finish (with null) only on a valid confirmation; the lost party outputs its
 *   share — same epoch, same scalar as the lost one.
 * Every σ_j includes δ_jj, known only to j, so the lost party learns x_ℓ and nothing
 * about any x_i; helpers learn nothing about x_ℓ unless all t collude (they could
 * rebuild the key anyway).
 */
import { equalBytes, randomBytes } from '@noble/curves/utils.js'
import type { IField } from '@noble/curves/abstract/modular.js'
import type { CurveGroup, GroupPoint } from '../curves/group.js'
import { Blame } from '../identity/blame.js'
import type { SignedView } from '../identity/signed-view.js'
import { signStatement, verifyStatement, type StatementContext, type StatementPurpose } from '../identity/statement.js'
import type { IdentityKey, KeyShare } from '../keys/types.js'
import { RoundSession, checkEach, type RoundInput, type RoundSpec } from '../session/round-session.js'
import { sessionId } from '../session/session-id.js'
import { ProtocolAbort, type Outgoing, type PartyIndex, type Rng } from '../session/types.js'
import { judgeRound1, signedView } from './judge.js'
import { assertShareOfKey, checkPinnedKey, keyCommitment, type CheckedKey } from './pinned-key.js'
import {
  assertRepairAckShape, assertRepairCommitShape, assertRepairOutcomeShape, assertRepairScalarShape, assertRepairVerdictShape, repairCommitDigest,
  repairConfirmDigest, repairPieceDigest, repairRebuiltDigest, repairSumDigest, repairTranscriptHash, repairViewOf,
  type RepairCommitMessage, type RepairMessage, type RepairOutcomeMessage, type RepairPieceMessage, type RepairSumMessage,
  type RepairVerdictMessage,
} from './repair-messages.js'
import { checkRoster, type CheckedRoster } from './roster.js'
import type { PinnedKey, RosterEntry } from './types.js'

export interface RepairRequest {
  readonly key: PinnedKey
  /** Committee index whose share is rebuilt. */
  readonly lost: PartyIndex
  /** Exactly key.threshold committee indices, not `lost`. */
  readonly helpers: readonly PartyIndex[]
  /** Helpers (old = their index) and the node taking index `lost` (old = lost; it holds nothing). */
  readonly roster: readonly RosterEntry[]
  readonly requestId?: string
}

export interface RepairOptions extends RepairRequest {
  readonly self: PartyIndex
  readonly identity: IdentityKey
  /** Helpers: their current share (must match `key`). The lost party: none. */
  readonly share?: KeyShare
  readonly rng?: Rng
}

interface Plan {
  readonly checked: CheckedKey
  readonly lost: PartyIndex
  /** Helpers' committee indices, ascending. */
  readonly helpersOld: readonly PartyIndex[]
  readonly roster: CheckedRoster
  /** Session parties of the helpers (ascending) and of the lost party. */
  readonly helpers: readonly PartyIndex[]
  readonly lostParty: PartyIndex
}

function plan(req: RepairRequest): Plan {
  const checked = checkPinnedKey(req.key)
  if (!checked.parties.includes(req.lost)) throw new RangeError('lost must be a committee index of the key')
  if (!Array.isArray(req.helpers)) throw new RangeError('helpers must be a list')
  const helpersOld = [...req.helpers].sort((a, b) => a - b)
  if (helpersOld.length !== req.key.threshold) throw new RangeError(`repair needs exactly ${req.key.threshold} helpers, got ${helpersOld.length}`)
  if (helpersOld.some((h, i) => !checked.parties.includes(h) || h === req.lost || h === helpersOld[i - 1])) {
    throw new RangeError('helpers must be distinct committee indices other than lost')
  }
  const roster = checkRoster(req.roster)
  if (req.roster.length !== helpersOld.length + 1) throw new RangeError('the roster lists the helpers and the lost party, nobody else')
  req.roster.forEach((entry, i) => {
    if (entry.next !== undefined && entry.next !== entry.old) throw new RangeError(`roster[${i}]: a repair keeps every index`)
  })
  if (!roster.byOld.has(req.lost) || helpersOld.some((h) => !roster.byOld.has(h))) {
    throw new RangeError('the roster must list every helper and the lost party by their committee index')
  }
  return {
    checked, lost: req.lost, helpersOld, roster,
    helpers: helpersOld.map((h) => roster.byOld.get(h)!).sort((a, b) => a - b),
    lostParty: roster.byOld.get(req.lost)!,
  }
}

function planSessionId(req: RepairRequest, p: Plan): Uint8Array {
  const { key } = req
  return sessionId(
    'lifecycle-repair/v1', key.keyId, key.scheme, key.epoch, key.threshold, [...p.checked.parties], key.groupPublicKey, key.chainCode,
    ...p.checked.parties.map((j) => key.publicShares.get(j)!),
    p.lost, [...p.helpersOld], req.roster.length, ...req.roster.flatMap((e) => [e.identity, e.old ?? 0, e.next ?? 0]), req.requestId ?? '',
  )
}

/** Session id of a repair: binds the key (incl. its epoch), the lost index, the helpers, the roster and the request id. */
export function repairSessionId(req: RepairRequest): Uint8Array {
  return planSessionId(req, plan(req))
}

/** λ_i(x) over `set`: Π_{j≠i} (x − j)/(i − j). Public. */
function lagrangeAt(Fn: IField<bigint>, set: readonly PartyIndex[], i: PartyIndex, x: PartyIndex): bigint {
  let num = Fn.ONE
  let den = Fn.ONE
  for (const j of set) {
    if (j === i) continue
    num = Fn.mul(num, Fn.sub(Fn.create(BigInt(x)), Fn.create(BigInt(j))))
    den = Fn.mul(den, Fn.sub(Fn.create(BigInt(i)), Fn.create(BigInt(j))))
  }
  return Fn.div(num, den)
}

// The DKG's statement purposes: the session id (kind 'lifecycle-repair/v1') keeps them apart.
const COMMIT: StatementPurpose = 'dkg/commit'
const SHARE: StatementPurpose = 'dkg/share'
const CONFIRM: StatementPurpose = 'dkg/confirm'

interface Round1Entry {
  readonly message: RepairCommitMessage
  readonly digest: Uint8Array
  /** D_i· decoded, once they checked out. */
  points?: GroupPoint[]
}

export class RepairSession extends RoundSession<KeyShare | null, RepairMessage> {
  protected readonly rounds: readonly RoundSpec[]

  private readonly plan: Plan
  private readonly group: CurveGroup
  private readonly identity: IdentityKey
  private readonly rng: Rng
  private readonly isHelper: boolean
  private secret = 0n
  /** Lost party: the key's Feldman commitment. */
  private keyCommitment: readonly GroupPoint[] = []
  /** Secret: δ_self,j for every helper j, until sent; then σ_self. */
  private pieces = new Map<PartyIndex, bigint>()
  private sum = 0n
  private readonly round1 = new Map<PartyIndex, Round1Entry>()
  private readonly invalidRound1 = new Map<PartyIndex, string>()
  private verdict: RepairVerdictMessage | undefined
  private transcript: Uint8Array | undefined
  /** Lost party: its round-3 message and the share it rebuilt (when the sums checked out). */
  private outcome: { message: RepairOutcomeMessage; share?: KeyShare } | undefined

  constructor(options: RepairOptions) {
    const p = plan(options)
    super(planSessionId(options, p), options.self, p.roster.sessionParties)
    if (!equalBytes(options.identity.publicKey, options.roster[options.self - 1]!.identity)) {
      throw new RangeError('identity key does not match roster[self - 1].identity')
    }
    this.plan = p
    this.group = p.checked.group
    this.identity = options.identity
    this.rng = options.rng ?? randomBytes
    this.isHelper = options.self !== p.lostParty
    if (this.isHelper) {
      if (!options.share) throw new RangeError('a helper needs its current share')
      this.secret = assertShareOfKey(options.share, p.checked, p.roster.oldOf.get(options.self)!).secret
    } else if (options.share) {
      throw new RangeError('the lost party holds no share')
    } else {
      // its output needs the key's commitment: derived from the pinned public shares, which all lie on it
      this.keyCommitment = keyCommitment(p.checked)
    }
    this.rounds = [
      // pieces δ_ij and sums σ_j both go sealed: the sums add up to the lost share
      { senders: p.helpers, broadcast: true, direct: this.isHelper, sealed: true },
      { broadcast: true, direct: !this.isHelper, senders: this.isHelper ? p.roster.sessionParties : p.helpers, sealed: true },
      { broadcast: true, direct: false },
    ]
  }

  protected begin(): Outgoing<RepairMessage>[] {
    if (!this.isHelper) return []
    const { group, plan: p, id, self } = this
    const { Fn } = group
    const old = p.roster.oldOf.get(self)!
    const total = Fn.mul(lagrangeAt(Fn, p.helpersOld, old, p.lost), this.secret)
    this.secret = 0n
    let rest = total
    p.helpers.forEach((j, k) => {
      const piece = k === p.helpers.length - 1 ? rest : group.randomScalar(this.rng)
      rest = Fn.sub(rest, piece)
      this.pieces.set(j, piece)
    })
    const points = p.helpers.map((j) => group.base.multiply(this.pieces.get(j)!))
    if (points.some((P) => P.is0())) throw new ProtocolAbort('a piece is zero (probability ~2^-250); retry', [])
    const pieceCommitments = points.map((P) => group.encodePoint(P))
    const digest = repairCommitDigest(id, self, pieceCommitments)
    const message: RepairCommitMessage = { type: 'repair/commit', pieceCommitments, signature: signStatement(this.identity, this.context(COMMIT), self, digest) }
    this.round1.set(self, { message, digest, points })
    const out: Outgoing<RepairMessage>[] = [this.broadcast(1, message)]
    for (const to of p.helpers) {
      if (to === self) continue
      const piece = group.encodeScalar(this.pieces.get(to)!)
      const signature = signStatement(this.identity, this.context(SHARE), self, repairPieceDigest(id, self, to, piece, digest))
      out.push(this.direct(1, to, { type: 'repair/piece', piece, signature }))
    }
    this.sum = this.pieces.get(self)!
    this.pieces.clear()
    return out
  }

  protected finishRound(round: number, inputs: ReadonlyMap<PartyIndex, RoundInput<RepairMessage>>): Outgoing<RepairMessage>[] {
    if (round === 1) return this.afterRound1(inputs)
    if (round === 2) return this.afterRound2(inputs)
    this.afterRound3(inputs)
    return []
  }

  private afterRound1(inputs: ReadonlyMap<PartyIndex, RoundInput<RepairMessage>>): Outgoing<RepairMessage>[] {
    const { group, id, self, plan: p } = this
    const { Fn } = group
    const received = new Map<PartyIndex, RepairPieceMessage>()
    checkEach(inputs, 'invalid round-1 message', (from, input) => {
      const message = input.broadcast
      assertRepairCommitShape(message, group, p.helpers.length)
      const digest = repairCommitDigest(id, from, message.pieceCommitments)
      if (!verifyStatement(this.identityOf(from), this.context(COMMIT), from, digest, message.signature)) throw new Error('bad identity signature')
      this.round1.set(from, { message, digest })
      if (!this.isHelper) return
      const piece = input.direct
      assertRepairScalarShape(piece, group, 'repair/piece')
      if (!verifyStatement(this.identityOf(from), this.context(SHARE), from, repairPieceDigest(id, from, self, piece.piece, digest), piece.signature)) {
        throw new Error('bad identity signature on the piece')
      }
      received.set(from, piece)
    })
    for (const from of p.helpers) {
      if (from === self) continue
      const entry = this.round1.get(from)!
      try {
        const points = entry.message.pieceCommitments.map((c, m) => group.decodePoint(c, `pieceCommitments[${m}]`))
        const old = p.roster.oldOf.get(from)!
        const expected = p.checked.publicShares.get(old)!.multiplyUnsafe(lagrangeAt(Fn, p.helpersOld, old, p.lost))
        if (!points.reduce((a, b) => a.add(b), group.zero).equals(expected)) throw new Error('the piece commitments do not add up to λ_i·X_i')
        entry.points = points
      } catch (err) {
        this.invalidRound1.set(from, (err as Error).message)
      }
    }
    const failed = [...received.keys()].filter((from) => !this.invalidRound1.has(from) && !this.pieceChecksOut(from, self, received.get(from)!.piece))
    const view = this.ownView()
    this.transcript = repairTranscriptHash(id, view.digests)
    const out: Outgoing<RepairMessage>[] = []
    if (this.invalidRound1.size > 0 || failed.length > 0) {
      const evidence = failed.map((h) => received.get(h)!)
      this.verdict = {
        type: 'repair/complaint', round1Digests: [...view.digests], round1Signatures: [...view.signatures],
        accused: failed, pieces: evidence.map((m) => m.piece), pieceSignatures: evidence.map((m) => m.signature),
      }
      // the lost party waits for a sum from every helper: a complaining helper sends zero, never used (the session aborts)
      this.sum = 0n
    } else {
      this.verdict = {
        type: 'repair/confirm', round1Digests: [...view.digests], round1Signatures: [...view.signatures],
        signature: signStatement(this.identity, this.context(CONFIRM), self, repairConfirmDigest(id, this.transcript, this.lostPublicShare())),
      }
      for (const m of received.values()) this.sum = Fn.add(this.sum, group.decodeScalar(m.piece, 'piece', { allowZero: true }))
    }
    out.push(this.broadcast(2, this.verdict))
    if (this.isHelper) {
      const sum = group.encodeScalar(this.sum)
      this.sum = 0n
      const signature = signStatement(this.identity, this.context(SHARE), self, repairSumDigest(id, self, sum, this.round1.get(self)!.digest))
      out.push(this.direct(2, p.lostParty, { type: 'repair/sum', sum, signature }))
    }
    return out
  }

  /** Judges round 2 (every party); the lost party then checks the sums and announces its outcome. */
  private afterRound2(inputs: ReadonlyMap<PartyIndex, RoundInput<RepairMessage>>): Outgoing<RepairMessage>[] {
    const { plan: p, group, id } = this
    const verdicts = new Map<PartyIndex, RepairVerdictMessage>([[this.self, this.verdict!]])
    const sums = new Map<PartyIndex, RepairSumMessage>()
    checkEach(inputs, 'invalid round-2 message', (from, input) => {
      const message = input.broadcast
      assertRepairVerdictShape(message, group, p.helpers, from)
      verdicts.set(from, message)
      if (this.isHelper) return
      const sum = input.direct
      assertRepairScalarShape(sum, group, 'repair/sum')
      // signed against the sender's own round-1 message: a bad signature is the sender's fault alone
      if (!verifyStatement(this.identityOf(from), this.context(SHARE), from, repairSumDigest(id, from, sum.sum, this.round1.get(from)!.digest), sum.signature)) {
        throw new Error('bad identity signature on the sum')
      }
      sums.set(from, sum)
    })
    const complaints = [...verdicts].flatMap(([from, v]) => (v.type === 'repair/complaint' ? [{ from, accused: v.accused, message: v }] : []))
    const blame = judgeRound1({
      senders: p.helpers, identities: p.roster.identities, own: this.ownView(), context: this.context(COMMIT), invalid: this.invalidRound1,
      reports: new Map([...verdicts].filter(([s]) => s !== this.self).map(([s, v]) => [s, repairViewOf(v)] as const)),
      complaints, what: 'piece',
      evidence: (c, k, accused) => {
        const { pieces, pieceSignatures } = c.message
        const digest = repairPieceDigest(id, accused, c.from, pieces[k]!, this.round1.get(accused)!.digest)
        if (!verifyStatement(this.identityOf(accused), this.context(SHARE), accused, digest, pieceSignatures[k]!)) return 'unsigned'
        return this.pieceChecksOut(accused, c.from, pieces[k]!) ? 'passes' : 'fails'
      },
    })
    blame.settle('repair aborted')
    const confirm = repairConfirmDigest(id, this.transcript!, this.lostPublicShare())
    for (const [from, v] of verdicts) {
      if (from === this.self || v.type !== 'repair/confirm') continue
      if (!verifyStatement(this.identityOf(from), this.context(CONFIRM), from, confirm, v.signature)) {
        blame.add(from, 'confirmation does not sign this transcript')
      }
    }
    blame.settle('repair aborted')
    if (this.isHelper) return [this.broadcast(3, { type: 'repair/ack' })]
    this.outcome = this.rebuild(sums)
    return [this.broadcast(3, this.outcome.message)]
  }

  /** Lost party: checks each σ_j against its pieces' commitments and sums them. */
  private rebuild(sums: ReadonlyMap<PartyIndex, RepairSumMessage>): { message: RepairOutcomeMessage; share?: KeyShare } {
    const { group, plan: p, id } = this
    const { Fn } = group
    const bad = p.helpers.filter((j) => !this.sumChecksOut(j, sums.get(j)!.sum))
    if (bad.length > 0) {
      const evidence = bad.map((j) => sums.get(j)!)
      return { message: { type: 'repair/sum-complaint', accused: bad, sums: evidence.map((m) => m.sum), sumSignatures: evidence.map((m) => m.signature) } }
    }
    let secret = Fn.ZERO
    for (const m of sums.values()) secret = Fn.add(secret, group.decodeScalar(m.sum, 'sum', { allowZero: true }))
    if (!group.base.multiply(secret).equals(p.checked.publicShares.get(p.lost)!)) {
      throw new ProtocolAbort('protocol bug: the rebuilt share does not match its public share', [])
    }
    const { key } = p.checked
    const share: KeyShare = {
      keyId: key.keyId, scheme: key.scheme, curve: group.curve, threshold: key.threshold, parties: [...p.checked.parties], self: p.lost,
      secretShare: group.encodeScalar(secret),
      publicShares: new Map(p.checked.parties.map((j) => [j, Uint8Array.from(key.publicShares.get(j)!)] as const)),
      groupPublicKey: Uint8Array.from(key.groupPublicKey), chainCode: Uint8Array.from(key.chainCode),
      commitment: this.keyCommitment.map((P) => group.encodePoint(P)), epoch: key.epoch,
    }
    const signature = signStatement(this.identity, this.context(CONFIRM), this.self, repairRebuiltDigest(id, this.transcript!, this.lostPublicShare()))
    return { message: { type: 'repair/rebuilt', signature }, share }
  }

  /** Round 3: the lost party's outcome, judged by everybody (the lost party judges its own). */
  private afterRound3(inputs: ReadonlyMap<PartyIndex, RoundInput<RepairMessage>>): void {
    const { plan: p, group, id } = this
    let message: RepairOutcomeMessage
    if (this.isHelper) {
      let received: RepairOutcomeMessage | undefined
      checkEach(inputs, 'invalid round-3 message', (from, input) => {
        if (from !== p.lostParty) return assertRepairAckShape(input.broadcast)
        assertRepairOutcomeShape(input.broadcast, group, p.helpers, from)
        received = input.broadcast
      })
      message = received!
    } else {
      checkEach(inputs, 'invalid round-3 message', (_, input) => assertRepairAckShape(input.broadcast))
      message = this.outcome!.message
    }
    const blame = new Blame()
    const lost = p.lostParty
    if (message.type === 'repair/rebuilt') {
      if (!verifyStatement(this.identityOf(lost), this.context(CONFIRM), lost, repairRebuiltDigest(id, this.transcript!, this.lostPublicShare()), message.signature)) {
        blame.add(lost, 'its confirmation does not sign this transcript')
      }
    } else {
      message.accused.forEach((j, i) => {
        const sum = message.sums[i]!
        const signed = verifyStatement(this.identityOf(j), this.context(SHARE), j, repairSumDigest(id, j, sum, this.round1.get(j)!.digest), message.sumSignatures[i]!)
        if (!signed) blame.add(lost, `complaint shows a sum party ${j} did not sign`)
        else if (this.sumChecksOut(j, sum)) blame.add(lost, `false complaint against party ${j}`)
        else blame.add(j, 'sent the lost party a sum that fails verification')
      })
    }
    blame.settle('repair aborted')
    this.finish(this.isHelper ? null : this.outcome!.share!)
  }

  /** δ_from,to·G = D_from,to. */
  private pieceChecksOut(from: PartyIndex, to: PartyIndex, pieceBytes: Uint8Array): boolean {
    let piece: bigint
    try {
      piece = this.group.decodeScalar(pieceBytes, 'piece', { allowZero: true })
    } catch {
      return false
    }
    const expected = this.round1.get(from)!.points![this.plan.helpers.indexOf(to)]!
    return !this.group.Fn.is0(piece) && this.group.base.multiply(piece).equals(expected)
  }

  /** σ_j·G = Σ_i D_ij. */
  private sumChecksOut(j: PartyIndex, sumBytes: Uint8Array): boolean {
    let sum: bigint
    try {
      sum = this.group.decodeScalar(sumBytes, 'sum', { allowZero: true })
    } catch {
      return false
    }
    const column = this.plan.helpers.indexOf(j)
    const expected = this.plan.helpers.reduce((acc, i) => acc.add(this.round1.get(i)!.points![column]!), this.group.zero)
    const actual = this.group.Fn.is0(sum) ? this.group.zero : this.group.base.multiply(sum)
    return actual.equals(expected)
  }

  private lostPublicShare(): Uint8Array {
    return this.plan.checked.key.publicShares.get(this.plan.lost)!
  }

  private context(purpose: StatementPurpose): StatementContext {
    return { purpose, session: this.id }
  }

  private ownView(): SignedView {
    return signedView(this.plan.helpers, this.round1)
  }

  private identityOf(s: PartyIndex): Uint8Array {
    return this.plan.roster.identities.get(s)!
  }
}
