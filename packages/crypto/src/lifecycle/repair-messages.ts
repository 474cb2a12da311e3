import type { CurveGroup } from '../curves/group.js'
import type { Curve } from '../keys/types.js'
import { assertViewShape, type SignedView } from '../identity/signed-view.js'
import { sessionId as canonicalDigest } from '../session/session-id.js'
import type { PartyIndex } from '../session/types.js'

/*
 * Repair message payloads (repair-session.ts). P = point, S = scalar, D = digest (32),
 * SIG = Ed25519 signature (64). Party numbers are session parties (roster positions).
 */

/** Round 1, broadcast by each helper i: D_ij = δ_ij·G for every helper j (ascending session party). */
export interface RepairCommitMessage {
  readonly type: 'repair/commit'
  readonly pieceCommitments: Uint8Array[]
  readonly signature: Uint8Array
}

/** Round 1, direct from helper i to helper j: the piece δ_ij. Secret. */
export interface RepairPieceMessage {
  readonly type: 'repair/piece'
  readonly piece: Uint8Array
  /** SIG over the piece digest (binds i's round-1 digest), so that j can prove a bad piece. */
  readonly signature: Uint8Array
}

/** Round 2, broadcast by every party: its view of round 1 and its confirmation of the transcript. */
export interface RepairConfirmMessage {
  readonly type: 'repair/confirm'
  readonly round1Digests: Uint8Array[]
  readonly round1Signatures: Uint8Array[]
  readonly signature: Uint8Array
}

/** Round 2, broadcast: no confirmation. Empty `accused`: an invalid round-1 message; else the signed bad pieces. */
export interface RepairComplaintMessage {
  readonly type: 'repair/complaint'
  readonly round1Digests: Uint8Array[]
  readonly round1Signatures: Uint8Array[]
  /** Accused helpers (ascending, distinct); only a helper can accuse. */
  readonly accused: number[]
  readonly pieces: Uint8Array[]
  readonly pieceSignatures: Uint8Array[]
}

/** Round 2, direct from helper j to the lost party: σ_j = Σ_i δ_ij. Secret. */
export interface RepairSumMessage {
  readonly type: 'repair/sum'
  readonly sum: Uint8Array
  /** SIG over the sum digest (binds the sender's round-1 digest, fresh every run). */
  readonly signature: Uint8Array
}

/** Round 3, broadcast by the lost party: its rebuilt share matches its public share. */
export interface RepairRebuiltMessage {
  readonly type: 'repair/rebuilt'
  readonly signature: Uint8Array
}

/** Round 3, broadcast by the lost party: the signed sums that failed σ_j·G = Σ_i D_ij. */
export interface RepairSumComplaintMessage {
  readonly type: 'repair/sum-complaint'
  readonly accused: number[]
  readonly sums: Uint8Array[]
  readonly sumSignatures: Uint8Array[]
}

/**
 * Round 3, broadcast by each helper: it sent its sum. Carries nothing: it keeps the lost
 * party in the session until its own round-3 message (which may be the evidence against
 * a helper) is out, so that it never aborts before the helpers can judge that evidence.
 */
export interface RepairAckMessage {
  readonly type: 'repair/ack'
}

export type RepairMessage =
  | RepairCommitMessage | RepairPieceMessage | RepairConfirmMessage | RepairComplaintMessage
  | RepairSumMessage | RepairRebuiltMessage | RepairSumComplaintMessage | RepairAckMessage
export type RepairVerdictMessage = RepairConfirmMessage | RepairComplaintMessage
export type RepairOutcomeMessage = RepairRebuiltMessage | RepairSumComplaintMessage

/** What a codec needs to know of a repair session to check its messages' sizes. */
export interface RepairContext {
  readonly curve: Curve
  /** Number of helpers (the key's threshold). */
  readonly helpers: number
}

const isBytes = (v: unknown, length: number): v is Uint8Array => v instanceof Uint8Array && v.length === length
const isBytesList = (v: unknown, length: number): v is Uint8Array[] => Array.isArray(v) && v.every((x) => isBytes(x, length))

function expectType(msg: unknown, type: RepairMessage['type']): void {
  if (typeof msg !== 'object' || msg === null || (msg as { type?: unknown }).type !== type) throw new Error(`expected a ${type} message`)
}

function assertAccused(accused: unknown, helpers: readonly PartyIndex[], from: PartyIndex): asserts accused is number[] {
  if (!Array.isArray(accused) || accused.some((p, i) => !helpers.includes(p) || p === from || (i > 0 && p <= accused[i - 1]!))) {
    throw new Error('accused must be distinct other helpers in ascending order')
  }
}

export function assertRepairCommitShape(msg: unknown, group: CurveGroup, helpers: number): asserts msg is RepairCommitMessage {
  expectType(msg, 'repair/commit')
  const m = msg as RepairCommitMessage
  if (!isBytesList(m.pieceCommitments, group.pointLength) || m.pieceCommitments.length !== helpers) {
    throw new Error(`piece commitments must be ${helpers} points of ${group.pointLength} bytes`)
  }
  if (!isBytes(m.signature, 64)) throw new Error('malformed signature')
}

export function assertRepairScalarShape<T extends 'repair/piece' | 'repair/sum'>(msg: unknown, group: CurveGroup, type: T): asserts msg is Extract<RepairMessage, { type: T }> {
  expectType(msg, type)
  const value = type === 'repair/piece' ? (msg as RepairPieceMessage).piece : (msg as RepairSumMessage).sum
  if (!isBytes(value, group.scalarLength)) throw new Error(`malformed ${type.slice(7)}`)
  if (!isBytes((msg as RepairPieceMessage).signature, 64)) throw new Error('malformed signature')
}

export function assertRepairVerdictShape(
  msg: unknown, group: CurveGroup, helpers: readonly PartyIndex[], from: PartyIndex,
): asserts msg is RepairVerdictMessage {
  const type = (msg as { type?: unknown } | null)?.type
  if (type !== 'repair/confirm' && type !== 'repair/complaint') throw new Error('expected a repair/confirm or repair/complaint message')
  const m = msg as RepairVerdictMessage
  assertViewShape(repairViewOf(m), helpers.length)
  if (m.type === 'repair/confirm') {
    if (!isBytes(m.signature, 64)) throw new Error('malformed confirmation signature')
    return
  }
  assertAccused(m.accused, helpers, from)
  if (m.accused.length > 0 && !helpers.includes(from)) throw new Error('the lost party received no piece to accuse anyone of')
  if (!isBytesList(m.pieces, group.scalarLength) || m.pieces.length !== m.accused.length ||
      !isBytesList(m.pieceSignatures, 64) || m.pieceSignatures.length !== m.accused.length) {
    throw new Error('complaint evidence must give a piece and signature per accused helper')
  }
}

export function assertRepairAckShape(msg: unknown): asserts msg is RepairAckMessage {
  expectType(msg, 'repair/ack')
}

export function assertRepairOutcomeShape(msg: unknown, group: CurveGroup, helpers: readonly PartyIndex[], from: PartyIndex): asserts msg is RepairOutcomeMessage {
  const type = (msg as { type?: unknown } | null)?.type
  if (type === 'repair/rebuilt') {
    if (!isBytes((msg as RepairRebuiltMessage).signature, 64)) throw new Error('malformed signature')
    return
  }
  if (type !== 'repair/sum-complaint') throw new Error('expected a repair/rebuilt or repair/sum-complaint message')
  const m = msg as RepairSumComplaintMessage
  assertAccused(m.accused, helpers, from)
  if (m.accused.length === 0) throw new Error('a sum complaint must accuse a helper')
  if (!isBytesList(m.sums, group.scalarLength) || m.sums.length !== m.accused.length ||
      !isBytesList(m.sumSignatures, 64) || m.sumSignatures.length !== m.accused.length) {
    throw new Error('complaint evidence must give a sum and signature per accused helper')
  }
}

export function repairViewOf(m: RepairVerdictMessage): SignedView {
  return { digests: m.round1Digests, signatures: m.round1Signatures }
}

export function repairCommitDigest(session: Uint8Array, from: PartyIndex, pieceCommitments: readonly Uint8Array[]): Uint8Array {
  return canonicalDigest('lifecycle-repair/v1/commit', session, from, pieceCommitments.length, ...pieceCommitments)
}

export function repairPieceDigest(session: Uint8Array, from: PartyIndex, to: PartyIndex, piece: Uint8Array, senderCommit: Uint8Array): Uint8Array {
  return canonicalDigest('lifecycle-repair/v1/piece', session, from, to, piece, senderCommit)
}

export function repairTranscriptHash(session: Uint8Array, round1Digests: readonly Uint8Array[]): Uint8Array {
  return canonicalDigest('lifecycle-repair/v1/transcript', session, ...round1Digests)
}

export function repairConfirmDigest(session: Uint8Array, transcript: Uint8Array, lostPublicShare: Uint8Array): Uint8Array {
  return canonicalDigest('lifecycle-repair/v1/confirm', session, transcript, lostPublicShare)
}

export function repairSumDigest(session: Uint8Array, from: PartyIndex, sum: Uint8Array, senderCommit: Uint8Array): Uint8Array {
  return canonicalDigest('lifecycle-repair/v1/sum', session, from, sum, senderCommit)
}

export function repairRebuiltDigest(session: Uint8Array, transcript: Uint8Array, lostPublicShare: Uint8Array): Uint8Array {
  return canonicalDigest('lifecycle-repair/v1/rebuilt', session, transcript, lostPublicShare)
}
