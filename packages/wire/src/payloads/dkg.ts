import type { Curve, DkgMessage } from '@thresh/crypto'
import { thresh } from '../../gen/thresh.js'
import { protoCodec, type Codec } from '../codec.js'
import { WireError } from '../errors.js'
import { bytes, distinct, list, present, uint } from '../fields.js'
import { MAX_PARTIES } from '../limits.js'
import { CHAIN_CODE_BYTES, checkCount, DIGEST_BYTES, fixedList, SIGNATURE_BYTES, sizesOf } from './sizes.js'

/** The key generation a DKG codec decodes messages of. */
export interface DkgContext {
  readonly curve: Curve
  readonly threshold: number
  /** Number of parties. */
  readonly parties: number
}

/** The DkgPayload encoding of DKG messages, checked against the session's shape. */
export function dkgCodec(context: DkgContext): Codec<DkgMessage> {
  const size = sizesOf(context.curve)
  const n = checkCount(context.parties, 'parties', 1, MAX_PARTIES)
  const t = checkCount(context.threshold, 'threshold', 1, n)
  return protoCodec<DkgMessage, thresh.v1.DkgPayload.$Properties>(
    'DkgPayload',
    thresh.v1.DkgPayload,
    (m) => {
      switch (m.type) {
        case 'dkg/commit':
          return { commit: { commitment: m.commitment, proof: m.proof, chainCodeCommitment: m.chainCodeCommitment, signature: m.signature } }
        case 'dkg/share':
          return { share: { share: m.share, chainCodeContribution: m.chainCodeContribution, signature: m.signature } }
        case 'dkg/confirm':
          return { confirm: { round1Digests: m.round1Digests, round1Signatures: m.round1Signatures, signature: m.signature } }
        case 'dkg/complaint':
          return {
            complaint: {
              round1Digests: m.round1Digests,
              round1Signatures: m.round1Signatures,
              accused: m.accused,
              shares: m.shares,
              chainCodeContributions: m.chainCodeContributions,
              shareSignatures: m.shareSignatures,
            },
          }
      }
    },
    (p): DkgMessage => {
      switch (p.body) {
        case 'commit': {
          const c = present(p.commit, 'commit')
          return {
            type: 'dkg/commit',
            commitment: fixedList(c.commitment, 'commit.commitment', t, size.point),
            proof: bytes(c.proof, 'commit.proof', size.point + size.scalar),
            chainCodeCommitment: bytes(c.chainCodeCommitment, 'commit.chain_code_commitment', DIGEST_BYTES),
            signature: bytes(c.signature, 'commit.signature', SIGNATURE_BYTES),
          }
        }
        case 'share': {
          const s = present(p.share, 'share')
          return {
            type: 'dkg/share',
            share: bytes(s.share, 'share.share', size.scalar),
            chainCodeContribution: bytes(s.chainCodeContribution, 'share.chain_code_contribution', CHAIN_CODE_BYTES),
            signature: bytes(s.signature, 'share.signature', SIGNATURE_BYTES),
          }
        }
        case 'confirm': {
          const c = present(p.confirm, 'confirm')
          return {
            type: 'dkg/confirm',
            round1Digests: fixedList(c.round1Digests, 'confirm.round1_digests', n, DIGEST_BYTES),
            round1Signatures: fixedList(c.round1Signatures, 'confirm.round1_signatures', n, SIGNATURE_BYTES),
            signature: bytes(c.signature, 'confirm.signature', SIGNATURE_BYTES),
          }
        }
        case 'complaint': {
          const c = present(p.complaint, 'complaint')
          const accused = distinct(
            list(c.accused, 'complaint.accused', 0, n - 1).map((a, i) => uint(a, `complaint.accused[${i}]`, 1, MAX_PARTIES)),
            'complaint.accused',
          )
          const k = accused.length
          return {
            type: 'dkg/complaint',
            round1Digests: fixedList(c.round1Digests, 'complaint.round1_digests', n, DIGEST_BYTES),
            round1Signatures: fixedList(c.round1Signatures, 'complaint.round1_signatures', n, SIGNATURE_BYTES),
            accused,
            shares: fixedList(c.shares, 'complaint.shares', k, size.scalar),
            chainCodeContributions: fixedList(c.chainCodeContributions, 'complaint.chain_code_contributions', k, CHAIN_CODE_BYTES),
            shareSignatures: fixedList(c.shareSignatures, 'complaint.share_signatures', k, SIGNATURE_BYTES),
          }
        }
        default:
          throw new WireError('invalid-field', 'payload has no body', 'body')
      }
    },
  )
}
