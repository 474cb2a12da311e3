import type { CurveGroup } from '../curves/group.js'
import type { Curve } from '../keys/types.js'
import { assertViewShape, type SignedView } from '../identity/signed-view.js'
import { sessionId as canonicalDigest } from '../session/session-id.js'
import type { PartyIndex } from '../session/types.js'

/*
 * Refresh / reshare message payloads (reshare-session.ts). Lengths: P = point (33 bytes
 * secp256k1 compressed, 32 ed25519), S = scalar (32), D = digest (32), SIG = Ed25519 (64).
 * Party numbers inside messages are session parties (roster positions).
 */

/** Round 1, broadcast by each dealer. */
export interface ReshareCommitMessage {
  readonly type: 'reshare/commit'
  /**
   * Feldman commitment to the dealer's polynomial g_i (degree next.threshold − 1).
   * reshare: next.threshold points, entry 0 = λ_i·X_i. refresh: next.threshold − 1
   * points, the coefficients of degree 1.. — the constant is zero by construction, so
   * its commitment (the identity) is not sent and cannot be anything else.
   */
  readonly commitment: Uint8Array[]
  /** SIG over the round-1 digest. */
  readonly signature: Uint8Array
}

/** Round 2, direct from each dealer to each next-committee party. Secret. */
export interface ReshareShareMessage {
  readonly type: 'reshare/share'
  /** S: g_i(j) at the recipient's next index j. */
  readonly share: Uint8Array
  /** SIG over the share digest, so that the recipient can prove a bad sub-share. */
  readonly signature: Uint8Array
}

/** Round 3, broadcast by every session party: all checked out. */
export interface ReshareConfirmMessage {
  readonly type: 'reshare/confirm'
  /** The sender's view of round 1: one D per dealer (ascending session party). */
  readonly round1Digests: Uint8Array[]
  readonly round1Signatures: Uint8Array[]
  /** SIG over (session, transcript, group key, chain code, new epoch, threshold, committee, commitment). */
  readonly signature: Uint8Array
}

/**
 * Round 3, broadcast: the sender does not confirm. Empty `accused`: a round-1 message
 * it received was invalid. Otherwise each accused dealer's signed sub-share, which
 * failed the Feldman check, is revealed (only a next-committee party can accuse).
 */
export interface ReshareComplaintMessage {
  readonly type: 'reshare/complaint'
  readonly round1Digests: Uint8Array[]
  readonly round1Signatures: Uint8Array[]
  /** Accused dealers (session parties, ascending, distinct); the lists below are parallel. */
  readonly accused: number[]
  /** S each. */
  readonly shares: Uint8Array[]
  /** SIG each: the accused's signature over its share digest. */
  readonly shareSignatures: Uint8Array[]
}

export type ReshareMessage = ReshareCommitMessage | ReshareShareMessage | ReshareConfirmMessage | ReshareComplaintMessage
export type ReshareVerdictMessage = ReshareConfirmMessage | ReshareComplaintMessage

/** What a codec needs to know of a refresh / reshare session to check its messages' sizes. */
export interface ReshareContext {
  readonly curve: Curve
  readonly mode: 'refresh' | 'reshare'
  /** next.threshold */
  readonly threshold: number
  /** Number of dealers. */
  readonly dealers: number
}

/** Points in a dealer's round-1 commitment: the refresh constant (the identity) is not sent. */
export function reshareCommitmentLength(mode: 'refresh' | 'reshare', threshold: number): number {
  return mode === 'refresh' ? threshold - 1 : threshold
}

const isBytes = (v: unknown, length: number): v is Uint8Array => v instanceof Uint8Array && v.length === length
const isBytesList = (v: unknown, length: number): v is Uint8Array[] => Array.isArray(v) && v.every((x) => isBytes(x, length))

function expectType(msg: unknown, type: ReshareMessage['type']): void {
  if (typeof msg !== 'object' || msg === null || (msg as { type?: unknown }).type !== type) throw new Error(`expected a ${type} message`)
}

/** A round-1 message of exactly `length` points: a longer one would raise the threshold (the degree attack). */
export function assertReshareCommitShape(msg: unknown, group: CurveGroup, length: number): asserts msg is ReshareCommitMessage {
  expectType(msg, 'reshare/commit')
  const m = msg as ReshareCommitMessage
  if (!isBytesList(m.commitment, group.pointLength) || m.commitment.length !== length) {
    throw new Error(`commitment must be ${length} points of ${group.pointLength} bytes`)
  }
  if (!isBytes(m.signature, 64)) throw new Error('malformed signature')
}

export function assertReshareShareShape(msg: unknown, group: CurveGroup): asserts msg is ReshareShareMessage {
  expectType(msg, 'reshare/share')
  const m = msg as ReshareShareMessage
  if (!isBytes(m.share, group.scalarLength)) throw new Error('malformed sub-share')
  if (!isBytes(m.signature, 64)) throw new Error('malformed signature')
}

/** A round-3 message; only a next-committee party (`mayAccuse`) can accuse, and only dealers. */
export function assertReshareVerdictShape(
  msg: unknown, group: CurveGroup, dealers: readonly PartyIndex[], from: PartyIndex, mayAccuse: boolean,
): asserts msg is ReshareVerdictMessage {
  const type = (msg as { type?: unknown } | null)?.type
  if (type !== 'reshare/confirm' && type !== 'reshare/complaint') throw new Error('expected a reshare/confirm or reshare/complaint message')
  const m = msg as ReshareVerdictMessage
  assertViewShape(reshareViewOf(m), dealers.length)
  if (m.type === 'reshare/confirm') {
    if (!isBytes(m.signature, 64)) throw new Error('malformed confirmation signature')
    return
  }
  const { accused } = m
  if (!Array.isArray(accused) || accused.some((p, i) => !dealers.includes(p) || p === from || (i > 0 && p <= accused[i - 1]!))) {
    throw new Error('accused must be distinct other dealers in ascending order')
  }
  if (accused.length > 0 && !mayAccuse) throw new Error('a party outside the next committee received no sub-share to accuse anyone of')
  if (!isBytesList(m.shares, group.scalarLength) || m.shares.length !== accused.length ||
      !isBytesList(m.shareSignatures, 64) || m.shareSignatures.length !== accused.length) {
    throw new Error('complaint evidence must give a sub-share and signature per accused dealer')
  }
}

export function reshareViewOf(m: ReshareVerdictMessage): SignedView {
  return { digests: m.round1Digests, signatures: m.round1Signatures }
}

/* Digests: each binds its own label, the session id and the sender. */

export function reshareCommitDigest(session: Uint8Array, from: PartyIndex, commitment: readonly Uint8Array[]): Uint8Array {
  return canonicalDigest('lifecycle-reshare/v1/commit', session, from, commitment.length, ...commitment)
}

/** Binds the dealer's own round-1 digest (fresh every run), like the DKG's share digest. */
export function reshareShareDigest(session: Uint8Array, from: PartyIndex, to: PartyIndex, share: Uint8Array, senderCommit: Uint8Array): Uint8Array {
  return canonicalDigest('lifecycle-reshare/v1/share', session, from, to, share, senderCommit)
}

export function reshareTranscriptHash(session: Uint8Array, round1Digests: readonly Uint8Array[]): Uint8Array {
  return canonicalDigest('lifecycle-reshare/v1/transcript', session, ...round1Digests)
}

export function reshareConfirmDigest(
  session: Uint8Array, transcript: Uint8Array, groupPublicKey: Uint8Array, chainCode: Uint8Array,
  epoch: number, threshold: number, parties: readonly PartyIndex[], commitment: readonly Uint8Array[],
): Uint8Array {
  return canonicalDigest('lifecycle-reshare/v1/confirm', session, transcript, groupPublicKey, chainCode, epoch, threshold, parties, ...commitment)
}
