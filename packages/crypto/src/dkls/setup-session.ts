/*
 * DKLs23 key setup, run once by the whole committee after the DKG (and again after a
 * refresh): for every pair {lo < hi} of parties it creates the correlations of both
 * VOLE directions and the pair's zero-sharing seed.
 *
 *   Direction lo→hi (lo is VOLE Alice, hi is Bob): κ = 256 base OTs (base-ot.ts), lo the
 *     receiver with random choice bits Δ_lo, hi the sender.
 *   Direction hi→lo: its κ "base OTs" are random OTs extended over the first direction
 *     (ote.ts, with its consistency check): hi chooses Δ_hi and learns one seed per OT, lo
 *     learns both. This halves the public-key work of the setup.
 *   Zero seed: each side commits to a 32-byte contribution in round 1 and opens it in
 *     round 2; the seed hashes both, so neither side chooses it.
 *
 * Round 1 (direct). lo → hi: base-OT receiver message + zero commitment (setup-choose);
 *   hi → lo: base-OT sender key + zero commitment (setup-offer). Independent: same round.
 * Round 2 (direct). hi → lo: hash of the pair's round-1 messages as hi saw them, the OT
 *   extension, the zero opening (setup-extend); lo → hi: transcript hash and zero opening
 *   (setup-open).
 * The transcript hash lets each side see that the other received its round-1 message as
 * sent: a base-OT receiver message is unverifiable by design (any two points are
 * valid), so without it an altered one would surface only as lo's failed OT-extension
 * check, blaming hi. Every failure aborts naming the peer whose message failed.
 */
import { randomBytes } from '@noble/hashes/utils.js'
import type { KeyShare } from '../keys/types.js'
import { RoundSession, checkEach, type RoundInput, type RoundSpec } from '../session/round-session.js'
import { sessionId } from '../session/session-id.js'
import type { Outgoing, PartyIndex, Rng } from '../session/types.js'
import { baseOtReceive, baseOtReceiverKeys, baseOtSenderKey, baseOtSenderKeys, type BaseOtReceiver, type BaseOtSender } from './base-ot.js'
import { hashColumns, oteReceive, oteSend } from './ote.js'
import { KAPPA, SEED_BYTES } from './params.js'
import { taggedHash, u32 } from './hash.js'
import { wordsToBytes } from './bits.js'
import { SETUP_SHAPES, assertShape, type DklsSetupChooseMessage, type DklsSetupExtendMessage, type DklsSetupMessage, type DklsSetupOfferMessage, type DklsSetupOpenMessage } from './messages.js'
import { SEED_ARRAY_BYTES, type DklsPeerMaterial, type EcdsaKeyShare } from './key-share.js'
import { equalBytes } from '@noble/curves/utils.js'

export interface DklsSetupOptions {
  /** This party's share from the DKG: scheme 'ecdsa' on secp256k1. */
  readonly key: KeyShare
  /** Distinguishes repeated setups of the same key (e.g. after a refresh or a failed attempt). */
  readonly requestId?: string
  readonly rng?: Rng
}

export function dklsSetupSessionId(key: Pick<KeyShare, 'keyId' | 'threshold' | 'parties' | 'groupPublicKey' | 'epoch'>, requestId = ''): Uint8Array {
  return sessionId('dkls23-setup/v2', key.keyId, key.epoch, key.threshold, [...key.parties].sort((a, b) => a - b), key.groupPublicKey, requestId)
}

/** What this party holds for one peer while the setup runs. */
interface Pair {
  readonly lo: PartyIndex
  readonly hi: PartyIndex
  readonly zeroContribution: Uint8Array
  readonly zeroSalt: Uint8Array
  readonly sent: DklsSetupChooseMessage | DklsSetupOfferMessage
  readonly baseReceiver?: BaseOtReceiver
  readonly baseSender?: BaseOtSender
  received?: DklsSetupChooseMessage | DklsSetupOfferMessage
  /** lo: the seeds k_i^{Δ_i} it received; hi: the choice bits Δ_hi of the second direction. */
  chosen?: Uint8Array
  /** hi: its columns of the extension. */
  columns?: Uint32Array
  receiverSeeds0?: Uint8Array
  receiverSeeds1?: Uint8Array
}

function zeroCommitment(sid: Uint8Array, from: PartyIndex, to: PartyIndex, contribution: Uint8Array, salt: Uint8Array): Uint8Array {
  return taggedHash('dkls23/setup/zero-commit', [sid, u32(from), u32(to), contribution, salt])
}

export class DklsSetupSession extends RoundSession<EcdsaKeyShare, DklsSetupMessage> {
  protected readonly rounds: readonly RoundSpec[] = [
    // base-OT messages (public-key OT messages, secure seen by anyone) and hash commitments: not sealed
    { broadcast: false, direct: true },
    // sealed: the zero-seed openings are the pair's secret, and the OT extension rows
    // are masked only by base-OT seeds that an eavesdropper able to take discrete logs
    // recovers from round 1 (sealing keeps the pair's VOLE correlations from it)
    { broadcast: false, direct: true, sealed: true },
  ]

  private readonly key: KeyShare
  private readonly rng: Rng
  private readonly pairs = new Map<PartyIndex, Pair>()

  constructor(options: DklsSetupOptions) {
    const { key } = options
    if (key.scheme !== 'ecdsa' || key.curve !== 'secp256k1') throw new RangeError('DKLs23 setup needs an ecdsa key on secp256k1')
    super(dklsSetupSessionId(key, options.requestId), key.self, key.parties)
    this.key = key
    this.rng = options.rng ?? randomBytes
  }

  private pairSid(tag: string, pair: { lo: PartyIndex; hi: PartyIndex }): Uint8Array {
    return taggedHash(tag, [this.id, u32(pair.lo), u32(pair.hi)])
  }

  protected begin(): Outgoing<DklsSetupMessage>[] {
    return this.others.map((peer) => {
      const lo = Math.min(this.self, peer)
      const hi = Math.max(this.self, peer)
      const zeroContribution = this.rng(32)
      const zeroSalt = this.rng(32)
      const commitment = zeroCommitment(this.id, this.self, peer, zeroContribution, zeroSalt)
      let pair: Pair
      if (this.self === lo) {
        const baseReceiver = baseOtReceive(this.pairSid('dkls23/setup/base-ot', { lo, hi }), this.rng)
        pair = { lo, hi, zeroContribution, zeroSalt, baseReceiver, sent: { type: 'dkls/setup-choose', points: baseReceiver.message, zeroCommitment: commitment } }
      } else {
        const baseSender = baseOtSenderKey(this.rng)
        pair = { lo, hi, zeroContribution, zeroSalt, baseSender, sent: { type: 'dkls/setup-offer', point: baseSender.message, zeroCommitment: commitment } }
      }
      this.pairs.set(peer, pair)
      return this.direct(1, peer, pair.sent)
    })
  }

  protected finishRound(round: number, inputs: ReadonlyMap<PartyIndex, RoundInput<DklsSetupMessage>>): Outgoing<DklsSetupMessage>[] {
    const material = new Map<PartyIndex, DklsPeerMaterial>()
    try {
      if (round === 1) {
        checkEach(inputs, 'invalid setup message', (from, input) => this.afterBaseOt(from, input.direct))
        return this.others.map((peer) => this.direct(2, peer, this.secondMessage(peer)))
      }
      checkEach(inputs, 'invalid setup message', (from, input) => material.set(from, this.material(from, input.direct)))
    } catch (err) {
      for (const m of material.values()) for (const bytes of Object.values(m)) bytes.fill(0)
      this.forgetPairs(true)
      throw err
    }
    this.forgetPairs(false)
    this.finish({ ...this.key, dkls: material, setupId: Uint8Array.from(this.id) })
    return []
  }

  /**
   * Zeroes what the setup no longer needs and drops its state: the zero-seed contributions
   * and, after an abort, the seeds and choice bits too (on success they are the output).
   * The base-OT exponents are BigInts, which cannot be wiped: they are only dropped.
   */
  private forgetPairs(aborted: boolean): void {
    for (const pair of this.pairs.values()) {
      pair.zeroContribution.fill(0)
      pair.zeroSalt.fill(0)
      pair.columns?.fill(0)
      if (aborted) for (const bytes of [pair.baseReceiver?.choices, pair.chosen, pair.receiverSeeds0, pair.receiverSeeds1]) bytes?.fill(0)
    }
    this.pairs.clear()
  }

  /** Round 1 in: completes the base OTs of the pair's first direction. */
  private afterBaseOt(from: PartyIndex, message: DklsSetupMessage | undefined): void {
    const pair = this.pairs.get(from)!
    const baseSid = this.pairSid('dkls23/setup/base-ot', pair)
    if (this.self === pair.lo) {
      assertShape<DklsSetupOfferMessage>(message, 'dkls/setup-offer', SETUP_SHAPES)
      pair.received = message
      pair.chosen = baseOtReceiverKeys(baseSid, pair.baseReceiver!, message.point)
    } else {
      assertShape<DklsSetupChooseMessage>(message, 'dkls/setup-choose', SETUP_SHAPES)
      pair.received = message
      const { keys0, keys1 } = baseOtSenderKeys(baseSid, pair.baseSender!, message.points)
      pair.receiverSeeds0 = keys0
      pair.receiverSeeds1 = keys1
    }
  }

  private transcript(pair: Pair): Uint8Array {
    const choose = (this.self === pair.lo ? pair.sent : pair.received) as DklsSetupChooseMessage
    const offer = (this.self === pair.lo ? pair.received : pair.sent) as DklsSetupOfferMessage
    return taggedHash('dkls23/setup/transcript', [this.id, u32(pair.lo), u32(pair.hi), choose.points, choose.zeroCommitment, offer.point, offer.zeroCommitment])
  }

  private secondMessage(peer: PartyIndex): DklsSetupExtendMessage | DklsSetupOpenMessage {
    const pair = this.pairs.get(peer)!
    // copies: the message may still be in flight when forgetPairs zeroes the originals
    const opening = { transcript: this.transcript(pair), zeroContribution: Uint8Array.from(pair.zeroContribution), zeroSalt: Uint8Array.from(pair.zeroSalt) }
    if (this.self === pair.lo) return { type: 'dkls/setup-open', ...opening }
    // hi is the extension receiver: its random choice bits become its Δ for the second direction.
    pair.chosen = this.rng(KAPPA / 8)
    const ote = oteReceive(this.pairSid('dkls23/setup/ote', pair), pair.receiverSeeds0!, pair.receiverSeeds1!, pair.chosen, this.rng)
    pair.columns = ote.columns
    return { type: 'dkls/setup-extend', ...opening, ...ote.message }
  }

  /** Round 2 in: checks the peer's view and opening, completes the second direction. */
  private material(from: PartyIndex, message: DklsSetupMessage | undefined): DklsPeerMaterial {
    const pair = this.pairs.get(from)!
    const esid = this.pairSid('dkls23/setup/ote', pair)
    let opened: DklsSetupExtendMessage | DklsSetupOpenMessage
    if (this.self === pair.lo) {
      assertShape<DklsSetupExtendMessage>(message, 'dkls/setup-extend', SETUP_SHAPES)
      opened = message
    } else {
      assertShape<DklsSetupOpenMessage>(message, 'dkls/setup-open', SETUP_SHAPES)
      opened = message
    }
    if (!equalBytes(opened.transcript, this.transcript(pair))) throw new Error('round-1 messages differ from what the peer saw')
    const commitment = zeroCommitment(this.id, from, this.self, opened.zeroContribution, opened.zeroSalt)
    if (!equalBytes(commitment, pair.received!.zeroCommitment)) throw new Error('zero-seed opening does not match its commitment')
    const contributions = this.self === pair.lo ? [pair.zeroContribution, opened.zeroContribution] : [opened.zeroContribution, pair.zeroContribution]
    const zeroSeed = taggedHash('dkls23/setup/zero-seed', [this.id, u32(pair.lo), u32(pair.hi), ...contributions])
    // The extension's random-OT hash needs no salt of lo's here: its seeds come from the base
    // OTs this session has just run, so they are fresh (ote.ts, Freshness).
    const salt = new Uint8Array(0)
    if (this.self === pair.lo) {
      // lo: the extension's sender; both random OT outputs per column are its receiver seeds towards hi.
      const delta = (pair.baseReceiver!).choices
      const q = oteSend(esid, delta, pair.chosen!, opened as DklsSetupExtendMessage, KAPPA)
      const material = {
        otSenderDelta: delta,
        otSenderSeeds: pair.chosen!,
        otReceiverSeeds0: seedsOf(hashColumns(esid, salt, q, KAPPA, 1)),
        otReceiverSeeds1: seedsOf(hashColumns(esid, salt, q, KAPPA, 1, delta)),
        zeroSeed,
      }
      q.fill(0)
      return material
    }
    return {
      otSenderDelta: pair.chosen!,
      otSenderSeeds: seedsOf(hashColumns(esid, salt, pair.columns!, KAPPA, 1)),
      otReceiverSeeds0: pair.receiverSeeds0!,
      otReceiverSeeds1: pair.receiverSeeds1!,
      zeroSeed,
    }
  }
}

/** The first 32 bytes of each column's 64-byte hash output: κ seeds. Zeroes `hashes`. */
function seedsOf(hashes: Uint32Array): Uint8Array {
  const bytes = wordsToBytes(hashes)
  const out = new Uint8Array(SEED_ARRAY_BYTES)
  for (let j = 0; j < KAPPA; j++) out.set(bytes.subarray(j * 64, j * 64 + SEED_BYTES), j * SEED_BYTES)
  hashes.fill(0)
  return out
}
