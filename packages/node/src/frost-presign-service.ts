// FROST presignatures on the node (docs/sdk.md, Presignatures; crypto frost/preprocess.ts).
// A presign request for a FROST key commits ahead: fresh RFC 9591 nonce pairs, kept in
// the memory-only PresignStore by (key id, epoch, presign id), their commitments returned
// (no session between nodes: a nonce pair involves no other party). The online request
// carries the sign request and the commitment list; it is judged exactly like a full
// sign (payload decoded and digested here, path and Taproot tweak derived here, policy),
// then the nonce pair is taken out of the store (one synchronous step: a concurrent or
// replayed request finds it gone) and answers one share z_i. presign-service.ts routes here.
import {
  FrostPresignature, FrostPresignMismatchError, frostPresign, isFrostScheme, type FrostTweak, type PartyIndex, type PresignedCommitment,
} from '@thresh/crypto'
import type { CoordResponse, FrostOnlineSignRequest, PresignRequest } from '@thresh/wire'
import type { AuditNote } from './audit/note.js'
import { armedFailpoint } from './failpoints.js'
import type { KeyRecord } from './key-records.js'
import type { PresignServiceOptions } from './presign-service.js'
import { Refusal } from './refusal.js'
import { resolveSignTarget, summaryLine } from './sign-payload.js'
import { signerIndices } from './signer-set.js'

/** FROST nonces are bound to no path: the path and Taproot tweak apply online. */
const NO_PATH = '*'

export class FrostPresignService {
  constructor(private readonly options: PresignServiceOptions) {}

  /** Round 1 ahead of time for `record` (a FROST key at the request's epoch). */
  async presign(request: PresignRequest, record: KeyRecord): Promise<CoordResponse> {
    const { identity, keys, store } = this.options
    signerIndices(record, request.signers, identity.peerId)
    if (request.signers.length < 2) throw new Refusal('bad-request', 'FROST presignatures need two or more signers (a lone signer of a 1-of-n key signs without rounds)')
    this.options.admit(request)
    if ((request.path ?? []).length > 0) {
      throw new Refusal('bad-request', 'FROST presignatures are not bound to a path: name the path (and Taproot options) in the online request')
    }
    if (!store.hasRoom(record.keyId, request.presignIds.length)) {
      throw new Refusal('busy', `this node holds ${store.count(record.keyId)} presignatures of key ${record.keyId} (at most sessions.presignaturesPerKey); use some first`)
    }
    const key = await keys.share(record.keyId)
    let made: FrostPresignature[]
    try {
      made = frostPresign(key, request.presignIds)
    } finally {
      key.secretShare.fill(0)
    }
    // checked again after the await, with no await before the adds
    if (!store.hasRoom(record.keyId, made.length)) throw new Refusal('busy', `presign requests of key ${record.keyId} that ran at once went over sessions.presignaturesPerKey`)
    if (made.some((p) => store.peek(record.keyId, record.epoch, p.presignId) !== 'unknown')) {
      throw new Refusal('duplicate-session', 'a presign id of this request is already held or was used')
    }
    for (const p of made) store.add(p, NO_PATH)
    this.options.log.info({ keyId: record.keyId, count: made.length }, 'FROST nonce commitments made')
    return {
      kind: 'frostPresigned',
      commitments: made.map((p) => ({ presignId: p.presignId, hiding: p.commitment.hiding, binding: p.commitment.binding })),
    }
  }

  /**
   * The online step. Everything a full sign checks comes first (key, epoch, signers,
   * payload, path, issued_at, policy) and the commitment list is checked against what
   * this node issued; a refusal there leaves the nonce pair unused. Then it is taken out
   * of the store and signs once (a list it refuses at that point burns it all the same).
   */
  async onlineSign(request: FrostOnlineSignRequest, record: KeyRecord, note?: AuditNote): Promise<CoordResponse> {
    const { identity, keys, store } = this.options
    const { sign } = request
    const signers = signerIndices(record, sign.signers, identity.peerId)
    const list = commitmentList(record, request)
    const own = list.find((c) => c.signer === record.self)
    if (!own) throw new Refusal('presign-mismatch', 'the commitment list has no entry for this node')
    const found = store.peek(record.keyId, record.epoch, own.presignId)
    if (found === 'unknown') throw new Refusal('presign-unknown', 'this node holds no presignature of that id for this key and epoch (never made here, expired, or dropped at a restart or an epoch change): sign without it')
    if (found === 'used') throw new Refusal('presign-used', 'that presignature was used by another request; presignatures are single-use')
    const presignature = found.presignature
    if (!(presignature instanceof FrostPresignature)) throw new Refusal('presign-mismatch', 'that presign id names an ECDSA presignature')
    const scheme = record.scheme
    if (scheme === 'ml-dsa-44') throw new Refusal('unsupported', 'ml-dsa-44 keys have no presignatures')
    const facts = { keyId: record.keyId, epoch: record.epoch, scheme, threshold: record.threshold, parties: record.parties.map((_, i) => i + 1), self: record.self }
    mismatchRefusal(() => presignature.checkList(facts, list))
    if (signers.length !== list.length) throw new Refusal('presign-mismatch', 'the commitment list and the sign request name different signers')
    const target = resolveSignTarget({ ...record, scheme }, sign)
    note?.target(target)
    if (target.digests.length !== 1) throw new Refusal('bad-request', `this payload has ${target.digests.length} digests; a presignature signs one (sign it without presignatures)`)
    this.options.admit(sign)
    this.options.log.info({ keyId: record.keyId, ...summaryLine(target) }, 'FROST online sign request')
    const verdict = await this.options.policy.admitSign(record, sign, target)
    note?.verdict(verdict)
    const key = await keys.share(record.keyId)
    try {
      const taken = store.take(record.keyId, record.epoch, own.presignId)
      if (typeof taken === 'string') throw new Refusal('presign-used', 'that presignature was used by another request meanwhile; presignatures are single-use')
      const { derivation, taproot } = target
      const tweak: FrostTweak = { ...(derivation ? { derivation } : {}), ...(taproot ? { taproot } : {}) }
      const z = mismatchRefusal(() => (taken.presignature as FrostPresignature).signShare(key, list, target.digests[0]!, tweak))
      await this.options.policy.signed(sign, verdict)
      if (armedFailpoint() === 'frost:tamper-share') z[record.scheme === 'frost-ed25519' ? 0 : z.length - 1]! ^= 1
      return { kind: 'frostShare', z }
    } finally {
      key.secretShare.fill(0)
    }
  }
}

/** The request's list with party indices (the wire decoder made its signers exactly sign.signers, distinct). */
function commitmentList(record: KeyRecord, request: FrostOnlineSignRequest): PresignedCommitment[] {
  return request.commitments.map((c) => {
    const index = record.parties.indexOf(c.signer)
    if (index < 0) throw new Refusal('bad-request', `the commitment list names ${c.signer}, which is not in the committee of key ${record.keyId}`)
    return { signer: (index + 1) as PartyIndex, presignId: c.presignId, hiding: c.hiding, binding: c.binding }
  })
}

function mismatchRefusal<T>(fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    if (err instanceof FrostPresignMismatchError) throw new Refusal('presign-mismatch', err.message)
    throw err
  }
}

export function isFrostRecord(record: KeyRecord): boolean {
  return record.scheme !== 'ml-dsa-44' && isFrostScheme(record.scheme)
}
