// Presign and online-sign requests for CGGMP keys (the presign RPC and online_sign RPC
// serve them as they serve DKLs23 keys; coordinator-service.ts dispatches here on the
// key's engine). presign runs the CGGMP presigning (3 rounds, identifiable abort) per
// presign id, at the path's tweak, into a memory-only store of its own (single-use,
// dropped at restart and at an epoch change); the online step answers with this signer's
// σ_i after the same decoding, derivation and policy check as a full sign. The SDK
// combines the shares (combineCggmpOnline) and verifies the signature.
import { CggmpPresignature, formatDerivationPath, toBytes, type CggmpKeyShare } from '@thresh/crypto'
import type { CoordResponse, OnlineSignRequest, PresignRequest } from '@thresh/wire'
import type { AuditNote } from './audit/note.js'
import { cggmpPresignSpec } from './cggmp-protocols.js'
import type { KeyRecord } from './key-records.js'
import { checkMatches, derivationOf, type PresignServiceOptions } from './presign-service.js'
import { Refusal } from './refusal.js'
import { resolveSignTarget, summaryLine } from './sign-payload.js'
import { signerIndices } from './signer-set.js'

export class CggmpPresignService {
  constructor(private readonly options: PresignServiceOptions) {}

  async presign(request: PresignRequest): Promise<CoordResponse> {
    const { identity, keys, store } = this.options
    const record = this.cggmpKey(request.keyId, request.epoch)
    const signers = signerIndices(record, request.signers, identity.peerId)
    this.options.admit(request)
    const derivation = derivationOf(record, request.path ?? [])
    const path = formatDerivationPath(request.path ?? [])
    if (!store.hasRoom(record.keyId, request.presignIds.length)) {
      throw new Refusal('busy', `this node holds ${store.count(record.keyId)} presignatures of key ${record.keyId} (at most sessions.presignaturesPerKey); use some first`)
    }
    const key = (await keys.share(record.keyId)) as CggmpKeyShare
    const made: CggmpPresignature[] = []
    try {
      for (const presignId of request.presignIds) {
        made.push(await this.options.sessions.run(cggmpPresignSpec({
          key, parties: record.parties, signers, presignId, issuedAt: request.issuedAt, nonce: request.nonce, ...(derivation ? { derivation } : {}),
        })))
      }
    } finally {
      key.secretShare.fill(0)
    }
    if (!store.hasRoom(record.keyId, made.length)) throw new Refusal('busy', `presign requests of key ${record.keyId} that ran at once went over sessions.presignaturesPerKey`)
    for (const p of made) {
      if (!store.add(p, path)) throw new Refusal('duplicate-session', 'a presign id of this request is already held or was used')
    }
    this.options.log.info({ keyId: record.keyId, path, count: made.length }, 'CGGMP presignatures made')
    return { kind: 'presigned', presignatures: made.map((p) => ({ presignId: p.presignId, instancePoint: p.instancePoint, publicKey: p.publicKey })) }
  }

  /** The online step: every check of a full sign first; then the presignature leaves the store and answers σ_i once. */
  async onlineSign(request: OnlineSignRequest, note?: AuditNote): Promise<CoordResponse> {
    const { identity, store } = this.options
    const sign = request.sign
    const record = this.cggmpKey(sign.keyId, sign.epoch)
    const signers = signerIndices(record, sign.signers, identity.peerId)
    const found = store.peek(record.keyId, record.epoch, request.presignId)
    if (found === 'unknown') throw new Refusal('presign-unknown', 'this node holds no presignature of that id (never made here, expired, or dropped at a restart or an epoch change): sign without it')
    if (found === 'used') throw new Refusal('presign-used', 'that presignature was used by another request; presignatures are single-use')
    const target = resolveSignTarget({ ...record, scheme: 'ecdsa' }, sign)
    note?.target(target)
    checkMatches(found, record, signers, target.path)
    if (target.digests.length !== 1) throw new Refusal('bad-request', `this payload has ${target.digests.length} digests; a presignature signs one (sign it without presignatures)`)
    this.options.admit(sign)
    this.options.log.info({ keyId: record.keyId, ...summaryLine(target) }, 'CGGMP online sign request')
    const verdict = await this.options.policy.admitSign(record, sign, target)
    note?.verdict(verdict)
    const taken = store.take(record.keyId, record.epoch, request.presignId)
    if (typeof taken === 'string') throw new Refusal('presign-used', 'that presignature was used by another request meanwhile; presignatures are single-use')
    if (!(taken.presignature instanceof CggmpPresignature)) throw new Refusal('presign-mismatch', 'that presign id names a presignature of another kind than this CGGMP key\'s')
    const sigma = taken.presignature.online(target.digests[0]!)
    await this.options.policy.signed(sign, verdict)
    return { kind: 'cggmpOnlineShare', sigma: toBytes(sigma, 32) }
  }

  private cggmpKey(keyId: string, epoch: number): KeyRecord {
    const record = this.options.keys.get(keyId)
    if (!record || record.engine !== 'cggmp') throw new Refusal('unknown-key', `no CGGMP key ${keyId}`)
    if (epoch !== record.epoch) {
      throw new Refusal('stale-epoch', `key ${keyId} is at epoch ${record.epoch} on this node; the request is for epoch ${epoch} (re-read the key: it was refreshed, reshared or repaired)`)
    }
    return record
  }
}
