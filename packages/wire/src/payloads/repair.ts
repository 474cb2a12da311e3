import type { RepairContext, RepairMessage } from '@thresh/crypto'
import { thresh } from '../../gen/thresh.js'
import { protoCodec, type Codec } from '../codec.js'
import { WireError } from '../errors.js'
import { bytes, distinct, list, present, uint } from '../fields.js'
import { MAX_PARTIES } from '../limits.js'
import { checkCount, DIGEST_BYTES, fixedList, SIGNATURE_BYTES, sizesOf, type Sizes } from './sizes.js'

interface Accusations {
  readonly accused: number[]
  readonly values: Uint8Array[]
  readonly signatures: Uint8Array[]
}

/** Accused helpers (session parties 1..helpers+1, distinct) with one scalar and one signature each. */
function accusations(
  a: { accused?: number[] | null }, values: Uint8Array[] | null | undefined, signatures: Uint8Array[] | null | undefined,
  field: string, names: [string, string], helpers: number, min: number, size: Sizes,
): Accusations {
  const accused = distinct(
    list(a.accused, `${field}.accused`, min, helpers).map((p, i) => uint(p, `${field}.accused[${i}]`, 1, helpers + 1)),
    `${field}.accused`,
  )
  return {
    accused,
    values: fixedList(values, `${field}.${names[0]}`, accused.length, size.scalar),
    signatures: fixedList(signatures, `${field}.${names[1]}`, accused.length, SIGNATURE_BYTES),
  }
}

/** The RepairPayload encoding of repair messages, checked against the session's shape. */
export function repairCodec(context: RepairContext): Codec<RepairMessage> {
  const size = sizesOf(context.curve)
  const h = checkCount(context.helpers, 'helpers', 1, MAX_PARTIES)
  return protoCodec<RepairMessage, thresh.v1.RepairPayload.$Properties>(
    'RepairPayload',
    thresh.v1.RepairPayload,
    (m) => {
      switch (m.type) {
        case 'repair/commit': return { commit: { pieceCommitments: m.pieceCommitments, signature: m.signature } }
        case 'repair/piece': return { piece: { piece: m.piece, signature: m.signature } }
        case 'repair/confirm': return { confirm: { round1Digests: m.round1Digests, round1Signatures: m.round1Signatures, signature: m.signature } }
        case 'repair/complaint':
          return {
            complaint: {
              round1Digests: m.round1Digests, round1Signatures: m.round1Signatures, accused: m.accused, pieces: m.pieces, pieceSignatures: m.pieceSignatures,
            },
          }
        case 'repair/sum': return { sum: { sum: m.sum, signature: m.signature } }
        case 'repair/rebuilt': return { rebuilt: { signature: m.signature } }
        case 'repair/sum-complaint': return { sumComplaint: { accused: m.accused, sums: m.sums, sumSignatures: m.sumSignatures } }
        case 'repair/ack': return { ack: {} }
      }
    },
    (p): RepairMessage => {
      switch (p.body) {
        case 'commit': {
          const c = present(p.commit, 'commit')
          return {
            type: 'repair/commit',
            pieceCommitments: fixedList(c.pieceCommitments, 'commit.piece_commitments', h, size.point),
            signature: bytes(c.signature, 'commit.signature', SIGNATURE_BYTES),
          }
        }
        case 'piece': {
          const c = present(p.piece, 'piece')
          return { type: 'repair/piece', piece: bytes(c.piece, 'piece.piece', size.scalar), signature: bytes(c.signature, 'piece.signature', SIGNATURE_BYTES) }
        }
        case 'confirm': {
          const c = present(p.confirm, 'confirm')
          return {
            type: 'repair/confirm',
            round1Digests: fixedList(c.round1Digests, 'confirm.round1_digests', h, DIGEST_BYTES),
            round1Signatures: fixedList(c.round1Signatures, 'confirm.round1_signatures', h, SIGNATURE_BYTES),
            signature: bytes(c.signature, 'confirm.signature', SIGNATURE_BYTES),
          }
        }
        case 'complaint': {
          const c = present(p.complaint, 'complaint')
          const a = accusations(c, c.pieces, c.pieceSignatures, 'complaint', ['pieces', 'piece_signatures'], h, 0, size)
          return {
            type: 'repair/complaint',
            round1Digests: fixedList(c.round1Digests, 'complaint.round1_digests', h, DIGEST_BYTES),
            round1Signatures: fixedList(c.round1Signatures, 'complaint.round1_signatures', h, SIGNATURE_BYTES),
            accused: a.accused, pieces: a.values, pieceSignatures: a.signatures,
          }
        }
        case 'sum': {
          const c = present(p.sum, 'sum')
          return { type: 'repair/sum', sum: bytes(c.sum, 'sum.sum', size.scalar), signature: bytes(c.signature, 'sum.signature', SIGNATURE_BYTES) }
        }
        case 'rebuilt':
          return { type: 'repair/rebuilt', signature: bytes(present(p.rebuilt, 'rebuilt').signature, 'rebuilt.signature', SIGNATURE_BYTES) }
        case 'sumComplaint': {
          const c = present(p.sumComplaint, 'sum_complaint')
          const a = accusations(c, c.sums, c.sumSignatures, 'sum_complaint', ['sums', 'sum_signatures'], h, 1, size)
          return { type: 'repair/sum-complaint', accused: a.accused, sums: a.values, sumSignatures: a.signatures }
        }
        case 'ack':
          present(p.ack, 'ack')
          return { type: 'repair/ack' }
        default:
          throw new WireError('invalid-field', 'payload has no body', 'body')
      }
    },
  )
}
