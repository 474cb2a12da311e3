import type { Curve, FrostMessage } from '@thresh/crypto'
import { thresh } from '../../gen/thresh.js'
import { protoCodec, type Codec } from '../codec.js'
import { WireError } from '../errors.js'
import { bytes, present } from '../fields.js'
import { MAX_PARTIES } from '../limits.js'
import { checkCount, DIGEST_BYTES, fixedList, SIGNATURE_BYTES, sizesOf } from './sizes.js'

/** The signing session a FROST codec decodes messages of. */
export interface FrostContext {
  readonly curve: Curve
  /** Number of signers. */
  readonly signers: number
}

/** The FrostPayload encoding of FROST signing messages, checked against the session's shape. */
export function frostCodec(context: FrostContext): Codec<FrostMessage> {
  const size = sizesOf(context.curve)
  const n = checkCount(context.signers, 'signers', 1, MAX_PARTIES)
  return protoCodec<FrostMessage, thresh.v1.FrostPayload.$Properties>(
    'FrostPayload',
    thresh.v1.FrostPayload,
    (m) => {
      switch (m.type) {
        case 'frost/commit':
          return { commit: { hiding: m.hiding, binding: m.binding, signature: m.signature } }
        case 'frost/share':
          return { share: { share: m.share, commitmentDigests: m.commitmentDigests, commitmentSignatures: m.commitmentSignatures } }
      }
    },
    (p): FrostMessage => {
      switch (p.body) {
        case 'commit': {
          const c = present(p.commit, 'commit')
          return {
            type: 'frost/commit',
            hiding: bytes(c.hiding, 'commit.hiding', size.point),
            binding: bytes(c.binding, 'commit.binding', size.point),
            signature: bytes(c.signature, 'commit.signature', SIGNATURE_BYTES),
          }
        }
        case 'share': {
          const s = present(p.share, 'share')
          const share = bytes(s.share, 'share.share', { min: 0, max: size.scalar })
          if (share.length !== 0 && share.length !== size.scalar) {
            throw new WireError('invalid-field', `share.share must be ${size.scalar} bytes or empty (a refusal)`, 'share.share')
          }
          return {
            type: 'frost/share',
            share,
            commitmentDigests: fixedList(s.commitmentDigests, 'share.commitment_digests', n, DIGEST_BYTES),
            commitmentSignatures: fixedList(s.commitmentSignatures, 'share.commitment_signatures', n, SIGNATURE_BYTES),
          }
        }
        default:
          throw new WireError('invalid-field', 'payload has no body', 'body')
      }
    },
  )
}
