/*
 * Threshold ML-DSA-44 keys at the node (issue 18; the engine is packages/crypto
 * src/mldsa, ePrint 2026/013): the distributed keygen, stored pending like every
 * other keygen, and one signing attempt per sign request. The coordinator drives the
 * retry loop: every attempt is a new request with a fresh nonce, so a new session id,
 * which the session manager claims durably before round 1 — a replayed or re-sent
 * attempt (same id) is refused, and round-1 state never answers a second challenge.
 */
import {
  encodeMlDsaVec as encodeVec, MlDsaKeygenSession, MlDsaSignSession, sharingSubsets, subsetKey, thresholdParams,
  type Complaint, type Incoming, type Scheme, type MlDsaKeyShare, type MlDsaSignMessage, type MlDsaSignResult, type Outgoing, type PartyIndex, type Session,
} from '@thresh/crypto'
import {
  byteSession, MAX_MESSAGE_BYTES, mlDsaKeygenCodec, mlDsaSignCodec, mlDsaSignRequestId,
  type CoordResponse, type KeygenRequest, type KeyInfo, type MemberSecurity, type MlDsaTranscript, type SignRequest,
} from '@thresh/wire'
import { createHash } from 'node:crypto'
import { armedFailpoint } from './failpoints.js'
import type { NodeIdentity } from './identity.js'
import { keyInfo, wipeMlDsaShare, type KeyRecord, type KeyRecords } from './key-records.js'
import type { Logger } from './log.js'
import { Refusal } from './refusal.js'
import type { SessionManager, SessionSpec } from './session-manager.js'
import type { SignTarget } from './sign-payload.js'

export interface MlDsaServiceOptions {
  readonly identity: NodeIdentity
  readonly keys: KeyRecords
  readonly sessions: SessionManager
  readonly log: Logger
}

const committee = (peers: readonly string[]): Map<PartyIndex, string> => new Map(peers.map((p, i) => [i + 1, p] as const))

/** A keygen's committee must fit the paper's parameter table: 2 <= t <= n <= 6. */
export function checkMlDsaCommittee(threshold: number, parties: number): void {
  try {
    thresholdParams(threshold, parties)
  } catch (err) {
    throw new Refusal('bad-request', `ml-dsa-44: ${(err as Error).message}`)
  }
}

/** Refresh, reshare and repair have no counterpart for the replicated ML-DSA sharing: rotation is a new key. */
export function refuseMlDsaLifecycle<K extends Pick<KeyInfo, 'keyId' | 'scheme'>>(key: K, operation: string): asserts key is K & { readonly scheme: Scheme } {
  if (key.scheme === 'ml-dsa-44') {
    throw new Refusal('unsupported', `key ${key.keyId} is an ml-dsa-44 key: ${operation} is not supported for threshold ML-DSA keys (rotate by generating a new key)`)
  }
}

/** ML-DSA signs the message itself (FIPS 204, empty context): a `bytes` payload or the legacy message field, nothing else. */
/**
 * An ml-dsa-44 sign request as the policy and the log judge it: the raw message as a
 * `bytes` payload at the key itself (these keys have no derivation paths).
 */
export function mlDsaSignTarget(record: KeyRecord, request: SignRequest): SignTarget {
  const message = mlDsaMessageOf(record, request)
  return {
    kind: 'bytes',
    path: 'm',
    digests: [message],
    decoded: { kind: 'bytes', digests: [message], summary: { length: message.length } },
    binding: createHash('sha256').update('ml-dsa-44').update(message).digest('hex'),
  }
}

export function mlDsaMessageOf(record: KeyRecord, request: SignRequest): Uint8Array {
  if (request.path && request.path.length > 0) throw new Refusal('bad-request', `key ${record.keyId} is an ml-dsa-44 key: it has no derivation paths`)
  const payload = request.payload
  if (payload && payload.kind !== 'bytes') {
    throw new Refusal('bad-request', `key ${record.keyId} is an ml-dsa-44 key: it signs raw message bytes (payload kind bytes), not ${payload.kind}`)
  }
  if (payload?.taproot || payload?.taprootMerkleRoot) throw new Refusal('bad-request', 'the Taproot tweak is for bip340 keys; this is an ml-dsa-44 key')
  const message = payload ? payload.data : (request.message ?? new Uint8Array(0))
  if (message.length > MAX_MESSAGE_BYTES) throw new Refusal('bad-request', `an ml-dsa-44 message is at most ${MAX_MESSAGE_BYTES} bytes`)
  return message
}

export class MlDsaService {
  constructor(private readonly options: MlDsaServiceOptions) {}

  /** The distributed keygen (5 rounds); the share is stored pending until the coordinator commits it. */
  async keygen(request: KeygenRequest, self: PartyIndex, requestId: string, members?: readonly MemberSecurity[]): Promise<CoordResponse> {
    const { keys, sessions } = this.options
    const parties = request.parties.map((_, i) => i + 1)
    const session = new MlDsaKeygenSession({ keyId: request.keyId, threshold: request.threshold, parties, self, requestId })
    const codec = mlDsaKeygenCodec({ threshold: request.threshold, parties: parties.length })
    const spec: SessionSpec<MlDsaKeyShare> = { kind: 'mldsa-dkg', session: byteSession(session, codec), peers: committee(request.parties), issuedAt: request.issuedAt, nonce: request.nonce }
    const share = await sessions.run(spec)
    try {
      const record = {
        keyId: request.keyId, scheme: 'ml-dsa-44' as const, threshold: request.threshold, parties: request.parties, self,
        ...mlDsaPublicFacts(share), nonce: request.nonce, ...(members ? { members } : {}),
      }
      if (!(await keys.addPending(record, share))) throw new Refusal('key-exists', `key ${request.keyId} was committed meanwhile`)
      return { kind: 'keygen', key: keyInfo(record) }
    } finally {
      wipeMlDsaShare(share)
    }
  }

  /**
   * One signing attempt (3 rounds) by exactly `threshold` signers. The answer carries this
   * signer's three messages, from which the coordinator combines, and this node's own
   * Combine (empty when every slot was rejected: an honest outcome the coordinator retries).
   */
  async sign(request: SignRequest, record: KeyRecord): Promise<CoordResponse> {
    if (request.signers.length !== record.threshold) {
      throw new Refusal('bad-request', `a ${record.threshold}-of-${record.parties.length} ml-dsa-44 key is signed by exactly ${record.threshold} signers, got ${request.signers.length}`)
    }
    const message = mlDsaMessageOf(record, request)
    const signers = request.signers.map((s) => record.parties.indexOf(s) + 1).sort((a, b) => a - b)
    const key = await this.options.keys.mlDsaShare(record.keyId)
    try {
      const inner = new MlDsaSignSession({ key, signers, message, requestId: mlDsaSignRequestId(request.nonce, request.issuedAt), attempt: 0 })
      const recording = new RecordingSession(inner)
      const all = committee(record.parties)
      const spec: SessionSpec<MlDsaSignResult> = {
        kind: 'mldsa-sign',
        session: byteSession(recording, mlDsaSignCodec({ threshold: record.threshold, parties: record.parties.length })),
        peers: new Map(signers.map((p) => [p, all.get(p)!] as const)),
        issuedAt: request.issuedAt,
        nonce: request.nonce,
      }
      const result = await this.options.sessions.run(spec)
      this.options.log.info({ keyId: record.keyId, outcome: result.status }, 'ml-dsa-44 signing attempt')
      return {
        kind: 'sign',
        signature: result.status === 'signed' ? result.signature : new Uint8Array(0),
        recoveryId: 0,
        mldsa: armedFailpoint() === 'mldsa:tamper-transcript' ? tampered(recording.transcript()) : recording.transcript(),
      }
    } finally {
      wipeMlDsaShare(key)
    }
  }
}

/** The fault-injection failpoint's transcript: one bit of every kept response (of w, if none was kept) cleared. */
function tampered(t: MlDsaTranscript): MlDsaTranscript {
  const z = t.z.map((r) => Uint8Array.from(r))
  const w = Uint8Array.from(t.w)
  const kept = z.filter((r) => r.length > 0)
  for (const target of kept.length > 0 ? kept : [w]) {
    const i = target.findIndex((b) => b !== 0)
    // clearing the lowest set bit makes one coefficient smaller: still a valid residue, so it decodes
    target[i]! &= target[i]! - 1
  }
  return { commitment: t.commitment, w, z }
}

/** The public facts of an ML-DSA share as a key record's fields: t_S per sharing subset in publicShares, no chain code. */
export function mlDsaPublicFacts(share: MlDsaKeyShare): Pick<KeyRecord, 'groupPublicKey' | 'chainCode' | 'epoch' | 'publicShares'> {
  return {
    groupPublicKey: share.publicKey,
    chainCode: new Uint8Array(0),
    epoch: 0,
    publicShares: sharingSubsets(share.parties, share.threshold).map((s) => encodeVec(share.subsetPublics.get(subsetKey(s))!)),
  }
}

/** Keeps this signer's own three messages of the attempt, for the coordinator's Combine. */
class RecordingSession implements Session<MlDsaSignResult, MlDsaSignMessage> {
  private readonly own = new Map<MlDsaSignMessage['type'], MlDsaSignMessage>()

  constructor(private readonly inner: MlDsaSignSession) {}

  get id(): Uint8Array { return this.inner.id }
  get self(): PartyIndex { return this.inner.self }
  get parties(): readonly PartyIndex[] { return this.inner.parties }
  get done(): boolean { return this.inner.done }

  start(): Outgoing<MlDsaSignMessage>[] {
    return this.keep(this.inner.start())
  }

  receive(msg: Incoming<MlDsaSignMessage>): Outgoing<MlDsaSignMessage>[] {
    return this.keep(this.inner.receive(msg))
  }

  result(): MlDsaSignResult { return this.inner.result() }
  waitingFor(): PartyIndex[] { return this.inner.waitingFor() }
  receiveComplaint(from: PartyIndex, complaint: Complaint): void { this.inner.receiveComplaint(from, complaint) }

  transcript(): MlDsaTranscript {
    const commit = this.own.get('mldsa/commit')
    const reveal = this.own.get('mldsa/reveal')
    const respond = this.own.get('mldsa/respond')
    if (commit?.type !== 'mldsa/commit' || reveal?.type !== 'mldsa/reveal' || respond?.type !== 'mldsa/respond') throw new Error('signing attempt ended without all three messages')
    return { commitment: commit.commitment, w: reveal.w, z: respond.z }
  }

  private keep(out: Outgoing<MlDsaSignMessage>[]): Outgoing<MlDsaSignMessage>[] {
    for (const m of out) this.own.set(m.payload.type, m.payload)
    return out
  }
}
