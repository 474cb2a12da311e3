import { reshareCommitmentLength, type ReshareContext, type ReshareMessage } from '@thresh/crypto'
import { thresh } from '../../gen/thresh.js'
import { protoCodec, type Codec } from '../codec.js'
import { WireError } from '../errors.js'
import { bytes, distinct, list, present, uint } from '../fields.js'
import { MAX_PARTIES } from '../limits.js'
import { checkCount, DIGEST_BYTES, fixedList, SIGNATURE_BYTES, sizesOf } from './sizes.js'

/** Session parties of a refresh / reshare: dealers and next committee, at most 64 each. */
const MAX_SESSION_PARTIES = 2 * MAX_PARTIES

/** The ResharePayload encoding of refresh / reshare messages, checked against the session's shape. */
export function reshareCodec(context: ReshareContext): Codec<ReshareMessage> {
  const size = sizesOf(context.curve)
  if (context.mode !== 'refresh' && context.mode !== 'reshare') throw new RangeError('mode must be refresh or reshare')
  const t = checkCount(context.threshold, 'threshold', 1, MAX_PARTIES)
  const dealers = checkCount(context.dealers, 'dealers', 1, MAX_PARTIES)
  const points = reshareCommitmentLength(context.mode, t)
  return protoCodec<ReshareMessage, thresh.v1.ResharePayload.$Properties>(
    'ResharePayload',
    thresh.v1.ResharePayload,
    (m) => {
      switch (m.type) {
        case 'reshare/commit':
          return { commit: { commitment: m.commitment, signature: m.signature } }
        case 'reshare/share':
          return { share: { share: m.share, signature: m.signature } }
        case 'reshare/confirm':
          return { confirm: { round1Digests: m.round1Digests, round1Signatures: m.round1Signatures, signature: m.signature } }
        case 'reshare/complaint':
          return {
            complaint: {
              round1Digests: m.round1Digests, round1Signatures: m.round1Signatures, accused: m.accused, shares: m.shares, shareSignatures: m.shareSignatures,
            },
          }
      }
    },
    (p): ReshareMessage => {
      switch (p.body) {
        case 'commit': {
          const c = present(p.commit, 'commit')
          return {
            type: 'reshare/commit',
            commitment: fixedList(c.commitment, 'commit.commitment', points, size.point),
            signature: bytes(c.signature, 'commit.signature', SIGNATURE_BYTES),
          }
        }
        case 'share': {
          const s = present(p.share, 'share')
          return { type: 'reshare/share', share: bytes(s.share, 'share.share', size.scalar), signature: bytes(s.signature, 'share.signature', SIGNATURE_BYTES) }
        }
        case 'confirm': {
          const c = present(p.confirm, 'confirm')
          return {
            type: 'reshare/confirm',
            round1Digests: fixedList(c.round1Digests, 'confirm.round1_digests', dealers, DIGEST_BYTES),
            round1Signatures: fixedList(c.round1Signatures, 'confirm.round1_signatures', dealers, SIGNATURE_BYTES),
            signature: bytes(c.signature, 'confirm.signature', SIGNATURE_BYTES),
          }
        }
        case 'complaint': {
          const c = present(p.complaint, 'complaint')
          const accused = distinct(
            list(c.accused, 'complaint.accused', 0, dealers).map((a, i) => uint(a, `complaint.accused[${i}]`, 1, MAX_SESSION_PARTIES)),
            'complaint.accused',
          )
          const k = accused.length
          return {
            type: 'reshare/complaint',
            round1Digests: fixedList(c.round1Digests, 'complaint.round1_digests', dealers, DIGEST_BYTES),
            round1Signatures: fixedList(c.round1Signatures, 'complaint.round1_signatures', dealers, SIGNATURE_BYTES),
            accused,
            shares: fixedList(c.shares, 'complaint.shares', k, size.scalar),
            shareSignatures: fixedList(c.shareSignatures, 'complaint.share_signatures', k, SIGNATURE_BYTES),
          }
        }
        default:
          throw new WireError('invalid-field', 'payload has no body', 'body')
      }
    },
  )
}
