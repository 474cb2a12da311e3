/*
 * Distributed key generation for threshold ML-DSA-44, no dealer: every subset's short
 * share is generated jointly by that subset's members only (replicated sharing of
 * "Efficient Threshold ML-DSA", ePrint 2026/013; shares.ts), and the public key is
 * rho | Power2Round(sum over subsets of t_S)_1 with t_S = A·s1_S + s2_S.
 *
 * Round 1 (broadcast) commit: H(sid, i, rho_i) for a 32-byte contribution to rho, and
 *   H(sid, S, i, sigma_S,i) for a 32-byte seed contribution to every subset S
 *   containing i.
 * Round 2 (broadcast) rho_i; (direct, to every j) sigma_S,i for every S containing
 *   i and j (secret: the node must send it sealed to j). Each opening is checked against
 *   its commitment (a mismatch names the sender). Then rho = H(sid, rho_1..rho_n),
 *   seed_S = H(sid, S, sigma_S,m for m in S), (s1_S, s2_S) = ExpandS(seed_S).
 * Round 3 (broadcast) H(sid, S, t_S) for every S containing i: the public parts are
 *   fixed before anyone sees another subset's t_S, so a coalition that holds a whole
 *   subset cannot choose its t_S to cancel the others (a rogue key).
 * Round 4 (broadcast) t_S for every S containing i; each must open the sender's
 *   round-3 commitment (else the sender is named) and all members of S must agree.
 * Round 5 (broadcast) H(sid, pk, every t_S): everybody's must equal this party's
 *   before it outputs its share.
 * A subset's seed is random and unknown outside S as long as one member of S is
 * honest; with at most T - 1 corrupt parties, the subset of N - T + 1 honest parties
 * keeps the secret hidden. Disagreements that the transport cannot attribute (members
 * of S holding different seeds because a third member equivocated in a broadcast)
 * abort without naming anyone.
 */
import { equalBytes } from '@noble/curves/utils.js'
import { randomBytes } from '@noble/hashes/utils.js'
import { RoundSession, checkEach, type RoundInput, type RoundSpec } from '../session/round-session.js'
import { sessionId } from '../session/session-id.js'
import { ProtocolAbort, type Outgoing, type PartyIndex, type Rng } from '../session/types.js'
import { decodeFullVec, encodeFullVec } from './encoding.js'
import { checkedCommittee, subsetPublicsOf } from './import.js'
import { publicKeyOf } from './mldsa44.js'
import { K } from './params.js'
import type { PolyVec } from './poly.js'
import { expandA, expandS } from './sampling.js'
import { sharingSubsets, subsetKey, sumPublics, type MlDsaKeyShare, type SubsetShare } from './shares.js'
import { W_SLOT_BYTES } from './threshold-sign.js'
import { shake } from './xof.js'

export interface MlDsaKeygenCommitMessage {
  readonly type: 'mldsa-dkg/commit'
  readonly rho: Uint8Array
  /** One 32-byte commitment per subset containing the sender, in sharingSubsets order. */
  readonly seeds: Uint8Array[]
}
export interface MlDsaKeygenRhoMessage {
  readonly type: 'mldsa-dkg/rho'
  readonly rho: Uint8Array
}
export interface MlDsaKeygenSeedsMessage {
  readonly type: 'mldsa-dkg/seeds'
  /** Secret. The sender's 32-byte contribution to every subset holding sender and recipient, in order. */
  readonly seeds: Uint8Array[]
}
export interface MlDsaKeygenPublicCommitMessage {
  readonly type: 'mldsa-dkg/public-commit'
  readonly commitments: Uint8Array[]
}
export interface MlDsaKeygenPublicMessage {
  readonly type: 'mldsa-dkg/public'
  /** t_S (4 polynomials x 736 bytes) per subset containing the sender, in order. */
  readonly publics: Uint8Array[]
}
export interface MlDsaKeygenConfirmMessage {
  readonly type: 'mldsa-dkg/confirm'
  readonly digest: Uint8Array
}
export type MlDsaKeygenMessage =
  | MlDsaKeygenCommitMessage | MlDsaKeygenRhoMessage | MlDsaKeygenSeedsMessage
  | MlDsaKeygenPublicCommitMessage | MlDsaKeygenPublicMessage | MlDsaKeygenConfirmMessage

export interface MlDsaKeygenRequest {
  readonly keyId: string
  readonly threshold: number
  /** The committee: 2..6 distinct positive party indices. */
  readonly parties: readonly PartyIndex[]
  /** Makes each keygen attempt a session of its own (the node passes the coordinator's nonce and issue time). */
  readonly requestId?: string
}

export interface MlDsaKeygenOptions extends MlDsaKeygenRequest {
  readonly self: PartyIndex
  readonly rng?: Rng
}

export function mlDsaKeygenSessionId(req: MlDsaKeygenRequest): Uint8Array {
  return sessionId('mldsa44-keygen/v1', req.keyId, req.threshold, checkedCommittee(req.parties, req.threshold), req.requestId ?? '')
}

const TEXT = new TextEncoder()

function hashOf(dkLen: number, label: string, ...parts: Uint8Array[]): Uint8Array {
  const framed: Uint8Array[] = [TEXT.encode(`thresh/mldsa44-keygen/v1/${label}`)]
  for (const p of parts) {
    const len = new Uint8Array(4)
    new DataView(len.buffer).setUint32(0, p.length)
    framed.push(len, p)
  }
  return shake('shake256', framed, dkLen)
}

const partyBytes = (p: PartyIndex) => TEXT.encode(String(p))
const subsetBytes = (members: readonly PartyIndex[]) => TEXT.encode(subsetKey(members))

function assertBytesList(list: unknown, count: number, length: number, what: string): asserts list is Uint8Array[] {
  if (!Array.isArray(list) || list.length !== count || !list.every((b) => b instanceof Uint8Array && b.length === length)) {
    throw new Error(`expected ${count} ${what} of ${length} bytes`)
  }
}

export class MlDsaKeygenSession extends RoundSession<MlDsaKeyShare, MlDsaKeygenMessage> {
  protected readonly rounds: readonly RoundSpec[] = [
    { broadcast: true, direct: false },
    // the seed openings of each subset go sealed to its other members
    { broadcast: true, direct: true, sealed: true },
    { broadcast: true, direct: false },
    { broadcast: true, direct: false },
    { broadcast: true, direct: false },
  ]

  private readonly request: MlDsaKeygenRequest
  private readonly subsets: PartyIndex[][]
  private readonly rhoPart: Uint8Array
  /** This party's seed contribution per subset containing it. Secret. */
  private readonly seedParts = new Map<string, Uint8Array>()
  private readonly commits = new Map<PartyIndex, MlDsaKeygenCommitMessage>()
  private rho: Uint8Array | undefined
  private shares: SubsetShare[] = []
  private readonly publics = new Map<string, PolyVec>()
  private readonly publicCommits = new Map<string, Uint8Array>()
  private publicKey: Uint8Array | undefined

  constructor(options: MlDsaKeygenOptions) {
    const parties = checkedCommittee(options.parties, options.threshold)
    super(mlDsaKeygenSessionId(options), options.self, parties)
    this.request = { keyId: options.keyId, threshold: options.threshold, parties }
    this.subsets = sharingSubsets(parties, options.threshold)
    const rng = options.rng ?? randomBytes
    this.rhoPart = rng(32)
    for (const s of this.subsetsOf(this.self)) this.seedParts.set(subsetKey(s), rng(32))
  }

  private subsetsOf(p: PartyIndex): PartyIndex[][] {
    return this.subsets.filter((s) => s.includes(p))
  }

  private seedCommitment(members: readonly PartyIndex[], from: PartyIndex, part: Uint8Array): Uint8Array {
    return hashOf(32, 'seed-commit', this.id, subsetBytes(members), partyBytes(from), part)
  }

  private rhoCommitment(from: PartyIndex, part: Uint8Array): Uint8Array {
    return hashOf(32, 'rho-commit', this.id, partyBytes(from), part)
  }

  protected begin(): Outgoing<MlDsaKeygenMessage>[] {
    const commit: MlDsaKeygenCommitMessage = {
      type: 'mldsa-dkg/commit',
      rho: this.rhoCommitment(this.self, this.rhoPart),
      seeds: this.subsetsOf(this.self).map((s) => this.seedCommitment(s, this.self, this.seedParts.get(subsetKey(s))!)),
    }
    return [this.broadcast(1, commit)]
  }

  protected finishRound(round: number, inputs: ReadonlyMap<PartyIndex, RoundInput<MlDsaKeygenMessage>>): Outgoing<MlDsaKeygenMessage>[] {
    switch (round) {
      case 1: return this.afterCommits(inputs)
      case 2: return this.afterOpenings(inputs)
      case 3: return this.afterPublicCommits(inputs)
      case 4: return this.afterPublics(inputs)
      default:
        this.confirm(inputs)
        return []
    }
  }

  private afterCommits(inputs: ReadonlyMap<PartyIndex, RoundInput<MlDsaKeygenMessage>>): Outgoing<MlDsaKeygenMessage>[] {
    checkEach(inputs, 'invalid round-1 message', (from, input) => {
      const m = input.broadcast
      if (m?.type !== 'mldsa-dkg/commit' || !(m.rho instanceof Uint8Array) || m.rho.length !== 32) throw new Error('expected an mldsa-dkg/commit message')
      assertBytesList(m.seeds, this.subsetsOf(from).length, 32, 'seed commitments')
      this.commits.set(from, m)
    })
    const out: Outgoing<MlDsaKeygenMessage>[] = [this.broadcast(2, { type: 'mldsa-dkg/rho', rho: this.rhoPart })]
    for (const to of this.others) {
      const seeds = this.subsetsOf(this.self).filter((s) => s.includes(to)).map((s) => this.seedParts.get(subsetKey(s))!)
      out.push(this.direct(2, to, { type: 'mldsa-dkg/seeds', seeds }))
    }
    return out
  }

  private afterOpenings(inputs: ReadonlyMap<PartyIndex, RoundInput<MlDsaKeygenMessage>>): Outgoing<MlDsaKeygenMessage>[] {
    const rhoParts = new Map<PartyIndex, Uint8Array>([[this.self, this.rhoPart]])
    const seedParts = new Map<string, Map<PartyIndex, Uint8Array>>(
      this.subsetsOf(this.self).map((s) => [subsetKey(s), new Map([[this.self, this.seedParts.get(subsetKey(s))!]])]),
    )
    checkEach(inputs, 'invalid round-2 message', (from, input) => {
      const b = input.broadcast
      const d = input.direct
      if (b?.type !== 'mldsa-dkg/rho' || !(b.rho instanceof Uint8Array) || b.rho.length !== 32) throw new Error('expected an mldsa-dkg/rho broadcast')
      if (!equalBytes(this.rhoCommitment(from, b.rho), this.commits.get(from)!.rho)) throw new Error('rho contribution does not open its commitment')
      rhoParts.set(from, b.rho)
      const shared = this.subsetsOf(this.self).filter((s) => s.includes(from))
      if (d?.type !== 'mldsa-dkg/seeds') throw new Error('expected an mldsa-dkg/seeds direct message')
      assertBytesList(d.seeds, shared.length, 32, 'seed contributions')
      const theirs = this.subsetsOf(from)
      shared.forEach((s, k) => {
        const committed = this.commits.get(from)!.seeds[theirs.findIndex((t) => subsetKey(t) === subsetKey(s))]!
        if (!equalBytes(this.seedCommitment(s, from, d.seeds[k]!), committed)) throw new Error(`seed contribution for subset {${subsetKey(s)}} does not open its commitment`)
        seedParts.get(subsetKey(s))!.set(from, d.seeds[k]!)
      })
    })
    this.rho = hashOf(32, 'rho', this.id, ...this.parties.map((p) => rhoParts.get(p)!))
    const aHat = expandA(this.rho)
    this.shares = this.subsetsOf(this.self).map((members) => {
      const parts = seedParts.get(subsetKey(members))!
      const seed = hashOf(64, 'seed', this.id, subsetBytes(members), ...members.map((m) => parts.get(m)!))
      const share = { members, ...expandS(seed) }
      seed.fill(0)
      return share
    })
    for (const part of this.seedParts.values()) part.fill(0)
    const mine = subsetPublicsOf(aHat, this.shares)
    const commitments = this.subsetsOf(this.self).map((s) => {
      const key = subsetKey(s)
      this.publics.set(key, mine.get(key)!)
      return this.publicCommitment(s, mine.get(key)!)
    })
    return [this.broadcast(3, { type: 'mldsa-dkg/public-commit', commitments })]
  }

  private publicCommitment(members: readonly PartyIndex[], t: PolyVec): Uint8Array {
    return hashOf(32, 'public-commit', this.id, subsetBytes(members), encodeFullVec(t))
  }

  private afterPublicCommits(inputs: ReadonlyMap<PartyIndex, RoundInput<MlDsaKeygenMessage>>): Outgoing<MlDsaKeygenMessage>[] {
    const bySender = new Map<PartyIndex, Uint8Array[]>()
    checkEach(inputs, 'invalid round-3 message', (from, input) => {
      const m = input.broadcast
      if (m?.type !== 'mldsa-dkg/public-commit') throw new Error('expected an mldsa-dkg/public-commit message')
      assertBytesList(m.commitments, this.subsetsOf(from).length, 32, 'public commitments')
      bySender.set(from, m.commitments)
    })
    bySender.set(this.self, this.subsetsOf(this.self).map((s) => this.publicCommitment(s, this.publics.get(subsetKey(s))!)))
    for (const members of this.subsets) {
      const key = subsetKey(members)
      const views = members.map((m) => bySender.get(m)![this.subsetsOf(m).findIndex((s) => subsetKey(s) === key)]!)
      if (!views.every((v) => equalBytes(v, views[0]!))) {
        throw new ProtocolAbort(`the members of subset {${key}} hold different shares (an equivocation the transport cannot attribute)`, [])
      }
      this.publicCommits.set(key, views[0]!)
    }
    const publics = this.subsetsOf(this.self).map((s) => encodeFullVec(this.publics.get(subsetKey(s))!))
    return [this.broadcast(4, { type: 'mldsa-dkg/public', publics })]
  }

  private afterPublics(inputs: ReadonlyMap<PartyIndex, RoundInput<MlDsaKeygenMessage>>): Outgoing<MlDsaKeygenMessage>[] {
    checkEach(inputs, 'invalid round-4 message', (from, input) => {
      const m = input.broadcast
      if (m?.type !== 'mldsa-dkg/public') throw new Error('expected an mldsa-dkg/public message')
      const theirs = this.subsetsOf(from)
      assertBytesList(m.publics, theirs.length, W_SLOT_BYTES, 'subset public parts')
      theirs.forEach((members, k) => {
        const key = subsetKey(members)
        const t = decodeFullVec(m.publics[k]!, K, 't_S')
        if (!equalBytes(this.publicCommitment(members, t), this.publicCommits.get(key)!)) throw new Error(`t_S for subset {${key}} does not open the round-3 commitment`)
        if (!this.publics.has(key)) this.publics.set(key, t)
      })
    })
    const t = sumPublics(this.subsets.map((s) => this.publics.get(subsetKey(s))!))
    this.publicKey = publicKeyOf(this.rho!, t)
    return [this.broadcast(5, { type: 'mldsa-dkg/confirm', digest: this.confirmDigest() })]
  }

  private confirmDigest(): Uint8Array {
    return hashOf(32, 'confirm', this.id, this.publicKey!, ...this.subsets.map((s) => encodeFullVec(this.publics.get(subsetKey(s))!)))
  }

  private confirm(inputs: ReadonlyMap<PartyIndex, RoundInput<MlDsaKeygenMessage>>): void {
    const mine = this.confirmDigest()
    const disagree: PartyIndex[] = []
    checkEach(inputs, 'invalid round-5 message', (from, input) => {
      const m = input.broadcast
      if (m?.type !== 'mldsa-dkg/confirm' || !(m.digest instanceof Uint8Array) || m.digest.length !== 32) throw new Error('expected an mldsa-dkg/confirm message')
      if (!equalBytes(m.digest, mine)) disagree.push(from)
    })
    if (disagree.length > 0) throw new ProtocolAbort(`parties ${disagree.join(', ')} confirmed a different key (an equivocation the transport cannot attribute)`, [])
    this.finish({
      keyId: this.request.keyId,
      threshold: this.request.threshold,
      parties: this.parties,
      self: this.self,
      publicKey: this.publicKey!,
      subsetPublics: new Map(this.publics),
      shares: new Map(this.shares.map((s) => [subsetKey(s.members), s])),
    })
  }
}
