import { MLDSA_VEC_BYTES, thresholdParams, type MlDsaKeygenMessage, type MlDsaSignMessage } from '@thresh/crypto'
import { thresh } from '../../gen/thresh.js'
import { protoCodec, type Codec } from '../codec.js'
import { WireError } from '../errors.js'
import { bytes, list, present } from '../fields.js'
import { DIGEST_BYTES, fixedList } from './sizes.js'

/** The committee a threshold ML-DSA-44 codec decodes messages of (2 <= threshold <= parties <= 6). */
export interface MlDsaContext {
  readonly threshold: number
  readonly parties: number
}

function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0
  let c = 1
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1)
  return c
}

/**
 * The MlDsaKeygenPayload encoding of the distributed keygen's messages. Every party is
 * in C(n-1, n-t) sharing subsets (of n - t + 1 members), and every pair of parties shares
 * C(n-2, n-t-1) of them: the list lengths are exact.
 */
export function mlDsaKeygenCodec(context: MlDsaContext): Codec<MlDsaKeygenMessage> {
  const { threshold: t, parties: n } = context
  thresholdParams(t, n)
  const own = binomial(n - 1, n - t)
  const shared = binomial(n - 2, n - t - 1)
  const items = (v: thresh.v1.MlDsaBytesList.$Properties | null | undefined, field: string, count: number, size: number) =>
    fixedList(present(v, field).items, `${field}.items`, count, size)
  return protoCodec<MlDsaKeygenMessage, thresh.v1.MlDsaKeygenPayload.$Properties>(
    'MlDsaKeygenPayload',
    thresh.v1.MlDsaKeygenPayload,
    (m) => {
      switch (m.type) {
        case 'mldsa-dkg/commit': return { commit: { rho: m.rho, seeds: m.seeds } }
        case 'mldsa-dkg/rho': return { rho: m.rho }
        case 'mldsa-dkg/seeds': return { seeds: { items: m.seeds } }
        case 'mldsa-dkg/public-commit': return { publicCommit: { items: m.commitments } }
        case 'mldsa-dkg/public': return { publics: { items: m.publics } }
        case 'mldsa-dkg/confirm': return { confirm: m.digest }
      }
    },
    (p): MlDsaKeygenMessage => {
      switch (p.body) {
        case 'commit': {
          const c = present(p.commit, 'commit')
          return { type: 'mldsa-dkg/commit', rho: bytes(c.rho, 'commit.rho', DIGEST_BYTES), seeds: fixedList(c.seeds, 'commit.seeds', own, DIGEST_BYTES) }
        }
        case 'rho': return { type: 'mldsa-dkg/rho', rho: bytes(p.rho, 'rho', 32) }
        case 'seeds': return { type: 'mldsa-dkg/seeds', seeds: items(p.seeds, 'seeds', shared, 32) }
        case 'publicCommit': return { type: 'mldsa-dkg/public-commit', commitments: items(p.publicCommit, 'public_commit', own, DIGEST_BYTES) }
        case 'publics': return { type: 'mldsa-dkg/public', publics: items(p.publics, 'publics', own, MLDSA_VEC_BYTES) }
        case 'confirm': return { type: 'mldsa-dkg/confirm', digest: bytes(p.confirm, 'confirm', DIGEST_BYTES) }
        default:
          throw new WireError('invalid-field', 'payload has no body', 'body')
      }
    },
  )
}

/** The MlDsaSignPayload encoding of one signing attempt's messages; the slot count comes from the paper's table for (t, n). */
export function mlDsaSignCodec(context: MlDsaContext): Codec<MlDsaSignMessage> {
  const { slots } = thresholdParams(context.threshold, context.parties)
  return protoCodec<MlDsaSignMessage, thresh.v1.MlDsaSignPayload.$Properties>(
    'MlDsaSignPayload',
    thresh.v1.MlDsaSignPayload,
    (m) => {
      switch (m.type) {
        case 'mldsa/commit': return { commit: m.commitment }
        case 'mldsa/reveal': return { reveal: m.w }
        case 'mldsa/respond': return { respond: { items: m.z } }
      }
    },
    (p): MlDsaSignMessage => {
      switch (p.body) {
        case 'commit': return { type: 'mldsa/commit', commitment: bytes(p.commit, 'commit', DIGEST_BYTES) }
        case 'reveal': return { type: 'mldsa/reveal', w: bytes(p.reveal, 'reveal', slots * MLDSA_VEC_BYTES) }
        case 'respond': return { type: 'mldsa/respond', z: responses(present(p.respond, 'respond').items, 'respond.items', slots) }
        default:
          throw new WireError('invalid-field', 'payload has no body', 'body')
      }
    },
  )
}

/** Per slot, a response of one vector or empty (a rejected slot). */
export function responses(value: Uint8Array[] | null | undefined, field: string, slots: number): Uint8Array[] {
  return list(value, field, slots, slots).map((z, i) => {
    const got = bytes(z, `${field}[${i}]`, { min: 0, max: MLDSA_VEC_BYTES })
    if (got.length !== 0 && got.length !== MLDSA_VEC_BYTES) throw new WireError('invalid-field', `${field}[${i}] must be ${MLDSA_VEC_BYTES} bytes or empty (a rejected slot)`, `${field}[${i}]`)
    return got
  })
}

/**
 * The request id an ML-DSA signing attempt's session id binds (with key, signer set,
 * message and context): the coordinator's fresh nonce and issue time of that attempt,
 * so every attempt is a new session, and a node that claimed it once refuses it again.
 * Node and coordinator both compute the session id from it.
 */
export function mlDsaSignRequestId(nonce: Uint8Array, issuedAt: number): string {
  return `${Buffer.from(nonce).toString('hex')}@${issuedAt}/ml-dsa-44`
}
