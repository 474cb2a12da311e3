// Presign and online-sign requests (docs/sdk.md, Presignatures): DKLs23 rounds 1-2 run
// ahead of time into the memory-only PresignStore, and the online step answers one
// request with this signer's (u'_i, w_i) after the same decoding, derivation and policy
// check as a full sign. FROST keys go to frost-presign-service.ts (round 1 ahead, the
// share z_i online). coordinator-service.ts routes here.
import { CggmpPresignature, deriveKey, DerivationError, DklsPresignature, formatDerivationPath, type EcdsaKeyShare, type PartyIndex } from '@thresh/crypto'
import type { CoordResponse, FrostOnlineSignRequest, OnlineSignRequest, PresignRequest, SignRequest } from '@thresh/wire'
import { FrostPresignService, isFrostRecord } from './frost-presign-service.js'
import type { NodeIdentity } from './identity.js'
import type { KeyRecord, KeyRecords } from './key-records.js'
import type { Logger } from './log.js'
import type { PolicyService } from './policy/service.js'
import type { PresignStore, StoredPresignature } from './presign-store.js'
import { dklsPresignSpec } from './protocols.js'
import { Refusal } from './refusal.js'
import type { SessionManager } from './session-manager.js'
import { resolveSignTarget, summaryLine } from './sign-payload.js'
import { signerIndices, withDklsBans } from './signer-set.js'
import type { AuditNote } from './audit/note.js'

export interface PresignServiceOptions {
  readonly identity: NodeIdentity
  readonly keys: KeyRecords
  readonly sessions: SessionManager
  readonly store: PresignStore
  readonly policy: PolicyService
  /** The request checks every coordinator request passes: not cancelled, known peers, issued_at window. */
  readonly admit: (request: { readonly nonce: Uint8Array; readonly issuedAt: number; readonly signers: readonly string[] }) => void
  readonly log: Logger
}

export class PresignService {
  private readonly frost: FrostPresignService

  constructor(private readonly options: PresignServiceOptions) {
    this.frost = new FrostPresignService(options)
  }

  async presign(request: PresignRequest): Promise<CoordResponse> {
    const { identity, keys, store } = this.options
    const found = this.presignKey(request.keyId, request.epoch)
    if (isFrostRecord(found)) return this.frost.presign(request, found)
    const record = this.ecdsaKey(request.keyId, request.epoch)
    const signers = signerIndices(record, request.signers, identity.peerId)
    this.options.admit(request)
    const derivation = derivationOf(record, request.path ?? [])
    const path = formatDerivationPath(request.path ?? [])
    if (!store.hasRoom(record.keyId, request.presignIds.length)) {
      throw new Refusal('busy', `this node holds ${store.count(record.keyId)} presignatures of key ${record.keyId} (at most sessions.presignaturesPerKey); use some first`)
    }
    const key = (await keys.share(record.keyId)) as EcdsaKeyShare
    const made: DklsPresignature[] = []
    try {
      await withDklsBans(keys, record, signers, this.options.log, async () => {
        for (const presignId of request.presignIds) {
          const spec = dklsPresignSpec({
            key, parties: record.parties, signers, presignId, issuedAt: request.issuedAt, nonce: request.nonce, ...(derivation ? { derivation } : {}),
          }, keys.bans, identity)
          made.push(await this.options.sessions.run(spec))
        }
      })
    } finally {
      key.secretShare.fill(0)
    }
    // only whole batches are kept: the coordinator learns nothing of a failed one; checked
    // again (with no await before the adds) against batches that ran meanwhile
    if (!store.hasRoom(record.keyId, made.length)) throw new Refusal('busy', `presign requests of key ${record.keyId} that ran at once went over sessions.presignaturesPerKey`)
    for (const p of made) {
      if (!store.add(p, path)) throw new Refusal('duplicate-session', 'a presign id of this request is already held or was used')
    }
    this.options.log.info({ keyId: record.keyId, path, count: made.length }, 'presignatures made')
    return {
      kind: 'presigned',
      presignatures: made.map((p) => ({ presignId: p.presignId, instancePoint: p.instancePoint, publicKey: p.publicKey })),
    }
  }

  /**
   * The online step. Everything a full sign checks comes first (key, epoch, signers,
   * payload, path, issued_at, policy); a refusal there leaves the presignature unused, since
   * nothing derived from it has left the node. Then it is taken out of the store (one
   * synchronous step: a concurrent or replayed request finds it gone) and answers once.
   */
  /** The FROST online step (frost-presign-service.ts), with the same audit note. */
  frostOnlineSign(request: FrostOnlineSignRequest, note?: AuditNote): Promise<CoordResponse> {
    const record = this.presignKey(request.sign.keyId, request.sign.epoch)
    if (!isFrostRecord(record)) throw new Refusal('bad-request', `key ${record.keyId} is a ${record.scheme} key: a commitment list is for FROST keys`)
    return this.frost.onlineSign(request, record, note)
  }

  /** `note`: the request's audit note (its payload and the policy's verdict are recorded there). */
  async onlineSign(request: OnlineSignRequest, note?: AuditNote): Promise<CoordResponse> {
    const { identity, store } = this.options
    const sign: SignRequest = request.sign
    const record = this.ecdsaKey(sign.keyId, sign.epoch)
    const signers = signerIndices(record, sign.signers, identity.peerId)
    const found = store.peek(record.keyId, record.epoch, request.presignId)
    if (found === 'unknown') throw new Refusal('presign-unknown', 'this node holds no presignature of that id (never made here, expired, or dropped at a restart or an epoch change): sign without it')
    if (found === 'used') throw new Refusal('presign-used', 'that presignature was used by another request; presignatures are single-use')
    const target = resolveSignTarget({ ...record, scheme: 'ecdsa' }, sign)
    note?.target(target)
    checkMatches(found, record, signers, target.path)
    if (target.digests.length !== 1) throw new Refusal('bad-request', `this payload has ${target.digests.length} digests; a presignature signs one (sign it without presignatures)`)
    this.options.admit(sign)
    this.options.log.info({ keyId: record.keyId, ...summaryLine(target) }, 'online sign request')
    const verdict = await this.options.policy.admitSign(record, sign, target)
    note?.verdict(verdict)
    const taken = store.take(record.keyId, record.epoch, request.presignId)
    if (typeof taken === 'string') throw new Refusal('presign-used', 'that presignature was used by another request meanwhile; presignatures are single-use')
    const share = (taken.presignature as DklsPresignature).online(target.digests[0]!)
    await this.options.policy.signed(sign, verdict)
    return { kind: 'onlineShare', u: share.u, w: share.w }
  }

  private ecdsaKey(keyId: string, epoch: number): KeyRecord {
    const record = this.presignKey(keyId, epoch)
    if (record.scheme !== 'ecdsa') throw new Refusal('bad-request', `key ${keyId} is a ${record.scheme} key: its online request carries a commitment list, not a presign id`)
    return record
  }

  /** The key at `epoch`: an ECDSA or FROST key (ML-DSA has no presignatures here). */
  private presignKey(keyId: string, epoch: number): KeyRecord {
    const record = this.options.keys.get(keyId)
    if (!record) throw new Refusal('unknown-key', `no key ${keyId}`)
    if (record.scheme === 'ml-dsa-44') throw new Refusal('unsupported', `presignatures are for ecdsa and FROST keys; ${keyId} is a ${record.scheme} key`)
    if (epoch !== record.epoch) {
      throw new Refusal('stale-epoch', `key ${keyId} is at epoch ${record.epoch} on this node; the request is for epoch ${epoch} (re-read the key: it was refreshed, reshared or repaired)`)
    }
    return record
  }
}

/** The online request must name the key, epoch, signer set and path the presignature was made for. */
export function checkMatches(stored: StoredPresignature, record: KeyRecord, signers: readonly PartyIndex[], path: string): void {
  const p = stored.presignature
  const kind = record.engine === 'cggmp' ? CggmpPresignature : DklsPresignature
  if (!(p instanceof kind)) throw new Refusal('presign-mismatch', `that presign id names a presignature of another kind than this key's (${record.engine === 'cggmp' ? 'CGGMP' : 'DKLs23'})`)
  const mismatch = p.keyId !== record.keyId ? 'key'
    : p.epoch !== record.epoch ? 'epoch'
    : p.signers.length !== signers.length || p.signers.some((s, i) => s !== signers[i]) ? 'signer set'
    : stored.path !== path ? 'path'
    : undefined
  if (mismatch) throw new Refusal('presign-mismatch', `the presignature was made for another ${mismatch} than this request names`)
}

/** δ for `path` from the key's own group key and chain code (never from a request), absent at the key itself. */
export function derivationOf(record: KeyRecord, path: readonly number[]): Uint8Array | undefined {
  if (path.length === 0) return undefined
  try {
    return deriveKey('ecdsa', record.groupPublicKey, record.chainCode, path).tweak
  } catch (err) {
    if (err instanceof DerivationError) throw new Refusal('bad-request', `derivation refused (${err.code}): ${err.message}`)
    throw err
  }
}
