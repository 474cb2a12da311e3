import { sessionId as canonicalDigest } from '../session/session-id.js'
import type { PartyIndex } from '../session/types.js'
import type { CurveGroup } from '../curves/group.js'
import { assertViewShape, type SignedView } from '../identity/signed-view.js'

/*
 * DKG message payloads. Every field is fixed-length bytes, a list of them, or small
 * integers; `type` tells them apart. Lengths: P = point (33 bytes secp256k1
 * compressed, 32 ed25519), S = scalar (32), D = digest (32), SIG = Ed25519 signature (64).
 */

/** Round 1, broadcast. */
export interface DkgCommitMessage {
  readonly type: 'dkg/commit'
  /** Feldman commitment to the sender's polynomial: `threshold` points P; entry 0 commits to its secret. */
  readonly commitment: Uint8Array[]
  /** Schnorr proof of knowledge of the secret behind commitment[0]: R (P) || z (S). */
  readonly proof: Uint8Array
  /** D: hash commitment to the sender's chain-code contribution. */
  readonly chainCodeCommitment: Uint8Array
  /** SIG by the sender's identity key over the round-1 digest. */
  readonly signature: Uint8Array
}

/** Round 2, direct to each party. Secret: only travels over an encrypted channel. */
export interface DkgShareMessage {
  readonly type: 'dkg/share'
  /** S: the sender's polynomial evaluated at the recipient's index. */
  readonly share: Uint8Array
  /** 32 bytes: the sender's chain-code contribution (opens chainCodeCommitment). */
  readonly chainCodeContribution: Uint8Array
  /** SIG over the share digest, so that a recipient can prove a bad share. */
  readonly signature: Uint8Array
}

/** Round 3, broadcast: everything checked out; the sender vouches for the key. */
export interface DkgConfirmMessage {
  readonly type: 'dkg/confirm'
  /** The sender's view of round 1: one D per party (ascending party order). */
  readonly round1Digests: Uint8Array[]
  /** Each party's SIG over that digest, as the sender received it. */
  readonly round1Signatures: Uint8Array[]
  /** SIG over (session, transcript hash, group key, chain code). */
  readonly signature: Uint8Array
}

/**
 * Round 3, broadcast: the sender does not confirm. It shows its round-1 view and, for
 * each party whose round-2 message to it failed, that signed message as evidence.
 * An empty `accused` list means: a round-1 message it received was invalid.
 */
export interface DkgComplaintMessage {
  readonly type: 'dkg/complaint'
  readonly round1Digests: Uint8Array[]
  readonly round1Signatures: Uint8Array[]
  /** Parties accused (ascending, distinct); the three lists below are parallel to it. */
  readonly accused: number[]
  /** S each: the share the accused sent. */
  readonly shares: Uint8Array[]
  /** 32 bytes each: the chain-code contribution the accused sent. */
  readonly chainCodeContributions: Uint8Array[]
  /** SIG each: the accused's signature over its share digest. */
  readonly shareSignatures: Uint8Array[]
}

export type DkgMessage = DkgCommitMessage | DkgShareMessage | DkgConfirmMessage | DkgComplaintMessage
export type DkgVerdictMessage = DkgConfirmMessage | DkgComplaintMessage

const isBytes = (v: unknown, length: number): v is Uint8Array => v instanceof Uint8Array && v.length === length
const isBytesList = (v: unknown, length: number): v is Uint8Array[] => Array.isArray(v) && v.every((x) => isBytes(x, length))

function expectType(msg: unknown, type: DkgMessage['type']): void {
  if (typeof msg !== 'object' || msg === null || (msg as { type?: unknown }).type !== type) throw new Error(`expected a ${type} message`)
}

/** Shape of a round-1 message: lengths and counts only (contents are judged later). */
export function assertCommitShape(msg: unknown, group: CurveGroup, threshold: number): asserts msg is DkgCommitMessage {
  expectType(msg, 'dkg/commit')
  const m = msg as DkgCommitMessage
  if (!isBytesList(m.commitment, group.pointLength) || m.commitment.length !== threshold) {
    throw new Error(`commitment must be ${threshold} points of ${group.pointLength} bytes`)
  }
  if (!isBytes(m.proof, group.pointLength + group.scalarLength)) throw new Error('malformed proof of knowledge')
  if (!isBytes(m.chainCodeCommitment, 32)) throw new Error('malformed chain-code commitment')
  if (!isBytes(m.signature, 64)) throw new Error('malformed signature')
}

export function assertShareShape(msg: unknown, group: CurveGroup): asserts msg is DkgShareMessage {
  expectType(msg, 'dkg/share')
  const m = msg as DkgShareMessage
  if (!isBytes(m.share, group.scalarLength)) throw new Error('malformed share')
  if (!isBytes(m.chainCodeContribution, 32)) throw new Error('malformed chain-code contribution')
  if (!isBytes(m.signature, 64)) throw new Error('malformed signature')
}

/** Shape of a round-3 message, including its view (one entry per party). */
export function assertVerdictShape(msg: unknown, group: CurveGroup, parties: readonly PartyIndex[], from: PartyIndex): asserts msg is DkgVerdictMessage {
  const type = (msg as { type?: unknown } | null)?.type
  if (type !== 'dkg/confirm' && type !== 'dkg/complaint') throw new Error('expected a dkg/confirm or dkg/complaint message')
  const m = msg as DkgVerdictMessage
  assertViewShape(viewOf(m), parties.length)
  if (m.type === 'dkg/confirm') {
    if (!isBytes(m.signature, 64)) throw new Error('malformed confirmation signature')
    return
  }
  const { accused } = m
  if (!Array.isArray(accused) || accused.some((p, i) => !parties.includes(p) || p === from || (i > 0 && p <= accused[i - 1]!))) {
    throw new Error('accused must be distinct other parties in ascending order')
  }
  if (!isBytesList(m.shares, group.scalarLength) || m.shares.length !== accused.length ||
      !isBytesList(m.chainCodeContributions, 32) || m.chainCodeContributions.length !== accused.length ||
      !isBytesList(m.shareSignatures, 64) || m.shareSignatures.length !== accused.length) {
    throw new Error('complaint evidence must give a share, contribution and signature per accused party')
  }
}

export function viewOf(m: DkgVerdictMessage): SignedView {
  return { digests: m.round1Digests, signatures: m.round1Signatures }
}

/* Digests. Each binds a distinct label, the session id and the sender, so no signature
 * or hash made for one purpose is valid for another. */

export function commitDigest(session: Uint8Array, from: PartyIndex, m: Omit<DkgCommitMessage, 'type' | 'signature'>): Uint8Array {
  return canonicalDigest('dkg/v1/commit', session, from, m.commitment.length, ...m.commitment, m.proof, m.chainCodeCommitment)
}

/**
 * What the sender of a round-2 share signs. It binds the sender's own round-1 digest,
 * which is fresh in every run: a share signed in another run of the same session id
 * (a re-sent request) can never be shown as evidence against its sender in this one.
 */
export function shareDigest(
  session: Uint8Array, from: PartyIndex, to: PartyIndex, share: Uint8Array, contribution: Uint8Array, senderCommit: Uint8Array,
): Uint8Array {
  return canonicalDigest('dkg/v1/share', session, from, to, share, contribution, senderCommit)
}

export function chainCodeCommitment(session: Uint8Array, from: PartyIndex, contribution: Uint8Array): Uint8Array {
  return canonicalDigest('dkg/v1/chain-code-commitment', session, from, contribution)
}

export function chainCodeOf(session: Uint8Array, contributions: readonly Uint8Array[]): Uint8Array {
  return canonicalDigest('dkg/v1/chain-code', session, ...contributions)
}

export function transcriptHash(session: Uint8Array, round1Digests: readonly Uint8Array[]): Uint8Array {
  return canonicalDigest('dkg/v1/transcript', session, ...round1Digests)
}

export function confirmDigest(session: Uint8Array, transcript: Uint8Array, groupPublicKey: Uint8Array, chainCode: Uint8Array): Uint8Array {
  return canonicalDigest('dkg/v1/confirm', session, transcript, groupPublicKey, chainCode)
}

export function proofChallengeInput(session: Uint8Array, from: PartyIndex, secretCommitment: Uint8Array, nonceCommitment: Uint8Array): Uint8Array {
  return canonicalDigest('dkg/v1/proof-of-knowledge', session, from, secretCommitment, nonceCommitment)
}
