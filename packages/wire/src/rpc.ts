import { curveOf, MLDSA44_PUBLIC_KEY_BYTES, MLDSA44_SIGNATURE_BYTES, MLDSA_VEC_BYTES, decodeMlDsaVec, sharingSubsets, thresholdParams, type Scheme } from '@thresh/crypto'
import { thresh } from '../gen/thresh.js'
import { protoCodec, type Codec } from './codec.js'
import { WireError } from './errors.js'
import { bytes, distinct, enumName, enumNumber, list, present, uint } from './fields.js'
import { MAX_PARTIES } from './limits.js'
import { peerIdString } from './peer-ids.js'
import { validPoint } from './points.js'
import { MAX_COMPLAINT_REASON, sealedPayloadField, type SealedPayload } from './envelope.js'
import { responses } from './payloads/mldsa.js'
import {
  frostCommitmentsFromWire, frostCommitmentToWire, frostPresignInfosFromWire, frostPresignInfoToWire, frostShareFromWire, isFrostPresignInfo,
  type FrostPresignInfo, type WireFrostCommitment,
} from './frost-presign-rpc.js'
import { auditLogRequestFromWire, auditLogResultFromWire, type AuditLogRequest, type AuditLogResult } from './audit-rpc.js'
import { approvalsFromWire, approvalToWire, decisionText, documentText, signPolicyFromWire, signPolicyToWire, type SignPolicyFields, type WireApproval } from './policy-rpc.js'

/** The coordinator RPC of /thresh/coord/1.0.0 as typed values (proto: CoordRequest, CoordResponse). */

/**
 * First phase of keygen: run the DKG (and for ECDSA the DKLs23 setup) and store the new
 * share as pending. Pending shares cannot sign and are not listed; a commitKey for the
 * same attempt (nonce) makes the key active.
 */
/** Every scheme a key can have: the elliptic-curve schemes of @thresh/crypto, and threshold ML-DSA-44. */
export type KeyScheme = Scheme | 'ml-dsa-44'

export interface KeygenRequest {
  readonly kind: 'keygen'
  readonly scheme: KeyScheme
  readonly threshold: number
  /** The committee: parties[i] gets party index i + 1. */
  readonly parties: readonly string[]
  readonly keyId: string
  readonly nonce: Uint8Array
  /** When the coordinator issued the request, in unix seconds (bound into the session ids). */
  readonly issuedAt: number
  /** Whether the members attest to each other before the DKG; absent: 'off'. */
  readonly attestation?: AttestationMode
  /** scheme 'ecdsa': the signing engine; absent: 'dkls23' (proto field 80). */
  readonly engine?: EcdsaEngine
}

/** The threshold-ECDSA engine of an 'ecdsa' key (proto EcdsaEngine). */
export type EcdsaEngine = 'dkls23' | 'cggmp'
export const WIRE_ECDSA_ENGINES: Readonly<Record<number, EcdsaEngine>> = { 0: 'dkls23', 1: 'cggmp' }

/** The engine field of a keygen request or KeyInfo: only 'ecdsa' keys have one; 'dkls23' is the unset default. */
function engineFromWire(value: number | null | undefined, scheme: KeyScheme, field: string): { engine?: EcdsaEngine } {
  const engine = enumName(value ?? 0, field, WIRE_ECDSA_ENGINES)
  if (engine !== 'dkls23' && scheme !== 'ecdsa') throw new WireError('invalid-field', `${field}: only ecdsa keys have an engine`, field)
  return engine === 'dkls23' ? {} : { engine }
}

/** What a sign request asks to sign (proto PayloadKind); every node decodes it itself (@thresh/chains). */
export type SignPayloadKind = 'evm-tx' | 'eip191' | 'eip712' | 'psbt' | 'solana-tx' | 'bytes' | 'digest'

export type WireBitcoinNetwork = 'mainnet' | 'testnet' | 'regtest'

export interface SignPayload {
  readonly kind: SignPayloadKind
  /** The payload's bytes (eip712: UTF-8 JSON); its kind's size bound is checked by the node's decoder. */
  readonly data: Uint8Array
  /** bip340 keys, bytes/digest kinds: sign for the BIP341 output key (implied for psbt). */
  readonly taproot?: boolean
  /** The Taproot script tree's 32-byte merkle root, if the output commits to one. */
  readonly taprootMerkleRoot?: Uint8Array
  /** psbt: the network of the summary's addresses (default mainnet). */
  readonly network?: WireBitcoinNetwork
}

/** off: no exchange; optional: a quote sent must verify; required: every member must attest. */
export type AttestationMode = 'off' | 'optional' | 'required'

/** How a member's share store is protected at rest, as it reported it ('unknown': not reported). */
export type Protection = 'unknown' | 'passphrase' | 'pkcs11' | 'tpm2'

/** One member of a key: its share protection and whether its quote verified before the DKG. */
export interface MemberSecurity {
  readonly protection: Protection
  readonly attested: boolean
}

export const WIRE_ATTESTATION_MODES: Readonly<Record<number, AttestationMode>> = { 0: 'off', 1: 'optional', 2: 'required' }
export const WIRE_PROTECTIONS: Readonly<Record<number, Protection>> = { 0: 'unknown', 1: 'passphrase', 2: 'pkcs11', 3: 'tpm2' }

export interface SignRequest extends SignPolicyFields {
  readonly kind: 'sign'
  readonly keyId: string
  /**
   * Legacy form of `payload` (a request carries exactly one): ECDSA keys sign it as a
   * 32-byte digest (kind `digest`), FROST keys as the message itself (kind `bytes`).
   */
  readonly message?: Uint8Array
  readonly payload?: SignPayload
  /** BIP32 path below the key (non-hardened, at most MAX_SIGN_PATH_DEPTH levels); empty or absent: the key itself. */
  readonly path?: readonly number[]
  readonly signers: readonly string[]
  readonly nonce: Uint8Array
  /** When the coordinator issued the request, in unix seconds (bound into the session id). */
  readonly issuedAt: number
  /** The key's epoch as the coordinator pinned it; a node on another epoch refuses (stale-epoch). */
  readonly epoch: number
}

/** Presignatures for (key, epoch, signers, path), one per presign id (docs/sdk.md, Presignatures). */
export interface PresignRequest {
  readonly kind: 'presign'
  readonly keyId: string
  readonly epoch: number
  readonly signers: readonly string[]
  /** BIP32 path the presignatures are bound to; empty or absent: the key itself. */
  readonly path?: readonly number[]
  /** PRESIGN_ID_BYTES each, fresh, 1..MAX_PRESIGN_BATCH. */
  readonly presignIds: readonly Uint8Array[]
  readonly nonce: Uint8Array
  readonly issuedAt: number
}

/** The online step of a presignature: `sign` is judged like a full sign request, then the presignature answers once. */
export interface OnlineSignRequest {
  readonly kind: 'onlineSign'
  readonly sign: SignRequest
  readonly presignId: Uint8Array
}

/**
 * The online step with FROST presignatures (crypto frost/preprocess.ts): `sign` is judged
 * like a full sign request (path and Taproot options apply here, not at presign time);
 * `commitments` is the RFC 9591 commitment list, one entry per signer of `sign.signers`.
 */
export interface FrostOnlineSignRequest {
  readonly kind: 'frostOnlineSign'
  readonly sign: SignRequest
  readonly commitments: readonly WireFrostCommitment[]
}

/** What a signer reports of one presignature (public: every signer reports the same). */
export interface PresignInfo {
  readonly presignId: Uint8Array
  /** Compressed R (before the per-digest re-randomization). */
  readonly instancePoint: Uint8Array
  /** Compressed X + δ·G. */
  readonly publicKey: Uint8Array
}

/** The node's policy in force (policy-rpc.ts). */
export interface PolicyGetRequest {
  readonly kind: 'policyGet'
}

/** A new policy version with admins' signatures over its policy hash. */
export interface PolicySetRequest {
  readonly kind: 'policySet'
  readonly document: string
  readonly signatures: readonly WireApproval[]
}

/** Dry run of `sign` against the node's policy (or `document`). */
export interface PolicyTestRequest {
  readonly kind: 'policyTest'
  readonly sign: SignRequest
  readonly document?: string
}

/** Announce `sign` (time-locked rules), or cancel it with a cancel quorum's signatures. */
export interface AnnounceRequest {
  readonly kind: 'announce'
  readonly sign: SignRequest
  readonly cancellations: readonly WireApproval[]
}

export interface ListKeysRequest {
  readonly kind: 'listKeys'
}

export interface GetPublicKeyRequest {
  readonly kind: 'getPublicKey'
  readonly keyId: string
}

/** Second phase of keygen: activate the pending share of attempt `nonce`, if its group key is `groupPublicKey`. Idempotent. */
export interface CommitKeyRequest {
  readonly kind: 'commitKey'
  readonly keyId: string
  readonly groupPublicKey: Uint8Array
  readonly nonce: Uint8Array
}

/** Drop the pending share of keygen attempt `nonce` (a failed keygen). Idempotent; never deletes an active key. */
export interface AbortKeyRequest {
  readonly kind: 'abortKey'
  readonly keyId: string
  readonly nonce: Uint8Array
}

/** Stop the sessions the keygen or sign request with this nonce started (the coordinator gave up on it). */
export interface CancelRequest {
  readonly kind: 'cancel'
  readonly nonce: Uint8Array
}

/**
 * First phase of a refresh (`refresh`: the same committee and threshold, every share
 * re-randomized) or a reshare (`dealers`, at least key.threshold old parties, deal the
 * key to `newParties` with `newThreshold`). The new shares stay pending until a
 * commitKey of this nonce; commit and abort work as for keygen.
 */
export interface ReshareRequest {
  readonly kind: 'reshare'
  readonly keyId: string
  readonly nonce: Uint8Array
  readonly issuedAt: number
  /** The key as the coordinator pinned it (epoch, committee, threshold, public shares). */
  readonly key: KeyInfo
  readonly refresh: boolean
  readonly dealers: readonly string[]
  readonly newParties: readonly string[]
  readonly newThreshold: number
}

/** Rebuild the share at `lostIndex` (eprint 2017/1155) with `helpers`, for the same node or for `replacement`. */
export interface RepairRequest {
  readonly kind: 'repair'
  readonly keyId: string
  readonly nonce: Uint8Array
  readonly issuedAt: number
  readonly key: KeyInfo
  readonly lostIndex: number
  readonly helpers: readonly string[]
  /** The peer that takes lostIndex; undefined: the node that had it. */
  readonly replacement?: string
}

/** One party's share of a key split by the coordinator (import); the parties then refresh. */
export interface ImportKeyRequest {
  readonly kind: 'importKey'
  readonly keyId: string
  readonly nonce: Uint8Array
  readonly issuedAt: number
  readonly scheme: Scheme
  readonly threshold: number
  readonly parties: readonly string[]
  readonly commitment: readonly Uint8Array[]
  readonly chainCode: Uint8Array
  /** This party's 32-byte share sealed to the node's KEM key under importShareContext(request, party). */
  readonly sealedShare: SealedPayload
}

/** What a node holds of a key (keyStatus): for finishing an interrupted lifecycle operation. */
export interface KeyStatusRequest {
  readonly kind: 'keyStatus'
  readonly keyId: string
}

export interface KeyStatus {
  readonly active?: KeyInfo
  /** The attempt that made the active epoch. */
  readonly activeNonce?: Uint8Array
  readonly pending?: KeyInfo
  readonly pendingNonce?: Uint8Array
  /** The attempt whose commit removes this node from the key's committee. */
  readonly retiringNonce?: Uint8Array
}

export type CoordRequest =
  | KeyStatusRequest
  | KeygenRequest | SignRequest | ListKeysRequest | GetPublicKeyRequest | CommitKeyRequest | AbortKeyRequest | CancelRequest
  | ReshareRequest | RepairRequest | ImportKeyRequest
  | PolicyGetRequest | PolicySetRequest | PolicyTestRequest | AnnounceRequest
  | PresignRequest | OnlineSignRequest | FrostOnlineSignRequest
  | AuditLogRequest

/** Public facts about one key. */
export interface KeyInfo {
  readonly keyId: string
  readonly scheme: KeyScheme
  readonly threshold: number
  readonly parties: readonly string[]
  readonly groupPublicKey: Uint8Array
  readonly chainCode: Uint8Array
  /** The key's generation: 0 from keygen, +1 per refresh, reshare or repair. */
  readonly epoch: number
  /**
   * Each party's public share, in `parties` order. ml-dsa-44 keys: t_S of every sharing
   * subset (2944 bytes each, sharingSubsets order); their chainCode is empty.
   */
  readonly publicShares: readonly Uint8Array[]
  /** Per member in `parties` order (keys made with an attestation exchange): its share protection and whether it attested. */
  readonly members?: readonly MemberSecurity[]
  /** 'ecdsa' keys made with the CGGMP engine: 'cggmp'; absent: DKLs23 (or not an ECDSA key). */
  readonly engine?: EcdsaEngine
}

export type RpcErrorCode =
  | 'bad-request'
  | 'unauthorized'
  | 'not-a-party'
  | 'unknown-peer'
  | 'unknown-key'
  | 'key-exists'
  | 'duplicate-session'
  | 'aborted'
  | 'timeout'
  | 'busy'
  | 'unsupported'
  | 'internal'
  | 'stale-request'
  | 'cancelled'
  | 'stale-epoch'
  | 'unavailable'
  | 'policy-denied'
  | 'policy-refused'
  | 'presign-unknown'
  | 'presign-used'
  | 'presign-mismatch'

export type CoordResponse =
  | { readonly kind: 'keygen'; readonly key: KeyInfo }
  /** `signatures`: every signature of a payload with several digests (a PSBT); the first is also `signature`. */
  | {
      readonly kind: 'sign'; readonly signature: Uint8Array; readonly recoveryId: number; readonly signatures?: readonly SignatureEntry[]
      /** ml-dsa-44: the signer's messages of this attempt (signature: its own Combine, empty when every slot was rejected). */
      readonly mldsa?: MlDsaTranscript
    }
  | { readonly kind: 'keys'; readonly keys: readonly KeyInfo[] }
  | { readonly kind: 'publicKey'; readonly key: KeyInfo }
  | { readonly kind: 'committed'; readonly key: KeyInfo }
  /** `dropped`: whether a pending share of that attempt was there to drop. */
  | { readonly kind: 'keyAborted'; readonly dropped: boolean }
  /** `sessions`: how many sessions of that request were running and are now stopped. */
  | { readonly kind: 'cancelled'; readonly sessions: number }
  /** A lifecycle operation's first phase ran: the new epoch is pending (`key` undefined: this node leaves the committee). */
  | { readonly kind: 'lifecycle'; readonly key?: KeyInfo }
  /** The commit of a reshare that did not keep this node: its share is deleted. */
  | { readonly kind: 'retired' }
  | ({ readonly kind: 'keyStatus' } & KeyStatus)
  /** The policy in force (`document` '' when none); `enforced` false: the node has no policy section. */
  | { readonly kind: 'policy'; readonly document: string; readonly version: number; readonly policyHash: Uint8Array; readonly enforced: boolean }
  /** A dry run's decision, as JSON. */
  | { readonly kind: 'policyDecision'; readonly decision: string }
  | { readonly kind: 'announced'; readonly announcedAt: number; readonly signableAt: number; readonly cancelled: boolean }
  | { readonly kind: 'presigned'; readonly presignatures: readonly PresignInfo[] }
  /** One signer's online share (32-byte scalars). */
  | { readonly kind: 'onlineShare'; readonly u: Uint8Array; readonly w: Uint8Array }
  /** FROST keys: this node's commitments (D_i, E_i) per presign id, in request order. */
  | { readonly kind: 'frostPresigned'; readonly commitments: readonly FrostPresignInfo[] }
  /** FROST keys: one signer's signature share z_i (32 bytes). */
  | { readonly kind: 'frostShare'; readonly z: Uint8Array }
  /** A CGGMP key's online share σ_i (32 bytes, < q): OnlineShareResult.cggmp_sigma (field 80), u and w empty. */
  | { readonly kind: 'cggmpOnlineShare'; readonly sigma: Uint8Array }
  | AuditLogResult
  | {
      readonly kind: 'error'
      readonly code: RpcErrorCode
      readonly message: string
      readonly culprits: readonly string[]
      /** Unproven complaints of other parties that ended the session ('aborted'). */
      readonly accusations: readonly RpcAccusation[]
      /** policy-denied: the deciding rule (null: default deny) and the policy version. */
      readonly policy?: { readonly ruleId: string | null; readonly version: number }
    }

/** A threshold ML-DSA signer's three messages of one attempt, as it reports them to the coordinator. */
export interface MlDsaTranscript {
  readonly commitment: Uint8Array
  readonly w: Uint8Array
  /** Per slot: z, or empty (rejected). */
  readonly z: readonly Uint8Array[]
}

export interface SignatureEntry {
  readonly signature: Uint8Array
  readonly recoveryId: number
}

/** A party's complaint, relayed by a node that stopped on it: peer ids, and the complainer's signature (complaintStatement). */
export interface RpcAccusation {
  readonly accuser: string
  readonly accused: readonly string[]
  readonly reason: string
  readonly signature: Uint8Array
}

/** A refusal or failure reported by a node, as the client helpers throw it. */
export class RpcError extends Error {
  readonly code: RpcErrorCode
  /** Peer ids at fault ('aborted') or silent ('timeout'). */
  readonly culprits: readonly string[]

  constructor(code: RpcErrorCode, message: string, culprits: readonly string[] = []) {
    super(message)
    this.name = 'RpcError'
    this.code = code
    this.culprits = [...culprits]
  }
}

/** The elliptic-curve schemes (fields that hold points and scalars: import, KeyShare). */
export const WIRE_SCHEMES: Readonly<Record<number, Scheme>> = {
  1: 'ecdsa',
  2: 'frost-ed25519',
  3: 'frost-secp256k1',
  4: 'bip340',
}

/** Every key scheme (keygen requests, KeyInfo). */
export const WIRE_KEY_SCHEMES: Readonly<Record<number, KeyScheme>> = { ...WIRE_SCHEMES, 5: 'ml-dsa-44' }

/** Most slots of any (t, n) in the threshold ML-DSA parameter table (5-of-6). */
const MAX_MLDSA_SLOTS = 100

const ERROR_CODES: Readonly<Record<number, RpcErrorCode>> = {
  1: 'bad-request',
  2: 'unauthorized',
  3: 'not-a-party',
  4: 'unknown-peer',
  5: 'unknown-key',
  6: 'key-exists',
  7: 'duplicate-session',
  8: 'aborted',
  9: 'timeout',
  10: 'busy',
  11: 'unsupported',
  12: 'internal',
  13: 'stale-request',
  14: 'cancelled',
  15: 'stale-epoch',
  16: 'unavailable',
  20: 'policy-denied',
  21: 'policy-refused',
  40: 'presign-unknown',
  41: 'presign-used',
  42: 'presign-mismatch',
}

/** Bytes of a presign id (crypto PRESIGN_ID_BYTES). */
const PRESIGN_ID = 32
/** Most presign ids one presign request may carry. */
export const MAX_PRESIGN_BATCH = 64

const PAYLOAD_KINDS: Readonly<Record<number, SignPayloadKind>> = {
  1: 'evm-tx',
  2: 'eip191',
  3: 'eip712',
  4: 'psbt',
  5: 'solana-tx',
  6: 'bytes',
  7: 'digest',
}

const BITCOIN_NETWORKS: Readonly<Record<number, WireBitcoinNetwork>> = { 1: 'mainnet', 2: 'testnet', 3: 'regtest' }

/** Largest sign payload on the wire (a PSBT with its previous transactions); each kind has a tighter bound in @thresh/chains. */
export const MAX_SIGN_PAYLOAD_BYTES = 1024 * 1024
/** Deepest BIP32 path a sign request may name (the derivation module's bound). */
export const MAX_SIGN_PATH_DEPTH = 32
/** Most signatures one sign response carries (the chains module's bound on PSBT inputs). */
const MAX_SIGNATURES = 1000
const HARDENED = 0x8000_0000

export const KEY_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/
export const NONCE_BYTES = { min: 16, max: 64 } as const
/** A group public key: compressed, 33 bytes on secp256k1 and 32 on ed25519, or an ML-DSA-44 key (checked against the stored key by the node). */
const GROUP_KEY_LENGTHS: readonly number[] = [32, 33, MLDSA44_PUBLIC_KEY_BYTES]

function groupKey(value: Uint8Array | null | undefined, field: string): Uint8Array {
  const got = bytes(value, field, { min: 32, max: MLDSA44_PUBLIC_KEY_BYTES })
  if (!GROUP_KEY_LENGTHS.includes(got.length)) throw new WireError('invalid-field', `${field} must be 32, 33 or ${MLDSA44_PUBLIC_KEY_BYTES} bytes, got ${got.length}`, field)
  return got
}
/** Largest message a FROST sign request may carry. */
export const MAX_MESSAGE_BYTES = 64 * 1024
const MAX_ERROR_TEXT = 1024
/** issued_at is unix seconds: 0 (unset) is refused, and a uint32 ends in 2106. */
const ISSUED_AT = { min: 1, max: 0xffffffff } as const

/** A key id field: 1-64 characters of [A-Za-z0-9._-]. */
export function validKeyId(value: string | null | undefined, field: string): string {
  const got = value ?? ''
  if (!KEY_ID_PATTERN.test(got)) throw new WireError('invalid-field', `${field} must be 1-64 characters of [A-Za-z0-9._-]`, field)
  return got
}

function peerList(value: string[] | null | undefined, field: string): string[] {
  const ids = list(value, field, 1, MAX_PARTIES).map((p, i) => peerIdString(p, `${field}[${i}]`))
  return distinct(ids, field)
}

type WireKeyInfo = thresh.v1.KeyInfo.$Properties

function keyInfoToWire(k: KeyInfo): WireKeyInfo {
  return {
    keyId: k.keyId,
    scheme: enumNumber(k.scheme, WIRE_KEY_SCHEMES),
    threshold: k.threshold,
    parties: [...k.parties],
    groupPublicKey: k.groupPublicKey,
    chainCode: k.chainCode,
    epoch: k.epoch,
    publicShares: [...k.publicShares],
    members: (k.members ?? []).map((m) => ({ protection: enumNumber(m.protection, WIRE_PROTECTIONS), attested: m.attested })),
    engine: enumNumber(k.engine ?? 'dkls23', WIRE_ECDSA_ENGINES),
  }
}

function keyInfoFromWire(k: WireKeyInfo | null | undefined, field: string): KeyInfo {
  const info = present(k, field)
  const scheme = enumName(info.scheme, `${field}.scheme`, WIRE_KEY_SCHEMES)
  const parties = peerList(info.parties, `${field}.parties`)
  if (scheme === 'ml-dsa-44') return mlDsaKeyInfoFromWire(info, field, parties)
  const curve = curveOf(scheme)
  return {
    keyId: validKeyId(info.keyId, `${field}.key_id`),
    scheme,
    threshold: uint(info.threshold, `${field}.threshold`, 1, parties.length),
    parties,
    groupPublicKey: validPoint(curve, info.groupPublicKey, `${field}.group_public_key`),
    chainCode: bytes(info.chainCode, `${field}.chain_code`, 32),
    epoch: uint(info.epoch, `${field}.epoch`, 0, 0xffffffff),
    publicShares: list(info.publicShares, `${field}.public_shares`, parties.length, parties.length)
      .map((s, i) => validPoint(curve, s, `${field}.public_shares[${i}]`)),
    ...membersFromWire(info.members, `${field}.members`, parties.length),
    ...engineFromWire(info.engine, scheme, `${field}.engine`),
  }
}

/** An ml-dsa-44 KeyInfo: 1312-byte public key, no chain code, t_S of every sharing subset (each coefficient < q). */
function mlDsaKeyInfoFromWire(info: WireKeyInfo, field: string, parties: string[]): KeyInfo {
  const threshold = uint(info.threshold, `${field}.threshold`, 2, parties.length)
  try {
    thresholdParams(threshold, parties.length)
  } catch (err) {
    throw new WireError('invalid-field', (err as Error).message, `${field}.threshold`)
  }
  const subsets = sharingSubsets(parties.map((_, i) => i + 1), threshold).length
  return {
    keyId: validKeyId(info.keyId, `${field}.key_id`),
    scheme: 'ml-dsa-44',
    threshold,
    parties,
    groupPublicKey: bytes(info.groupPublicKey, `${field}.group_public_key`, MLDSA44_PUBLIC_KEY_BYTES),
    chainCode: bytes(info.chainCode, `${field}.chain_code`, 0),
    epoch: uint(info.epoch, `${field}.epoch`, 0, 0),
    publicShares: list(info.publicShares, `${field}.public_shares`, subsets, subsets).map((t, i) => {
      const got = bytes(t, `${field}.public_shares[${i}]`, MLDSA_VEC_BYTES)
      try {
        decodeMlDsaVec(got, 4, 't_S')
      } catch (err) {
        throw new WireError('invalid-field', (err as Error).message, `${field}.public_shares[${i}]`)
      }
      return got
    }),
    ...membersFromWire(info.members, `${field}.members`, parties.length),
  }
}

/** The request's attestation mode; 'off' (the default) is left out, as older requests have it. */
function attestationOf(value: number | null | undefined): { attestation?: AttestationMode } {
  const mode = enumName(value ?? 0, 'keygen.attestation', WIRE_ATTESTATION_MODES)
  return mode === 'off' ? {} : { attestation: mode }
}

/** Absent for keys without the exchange; otherwise one entry per member. */
function membersFromWire(value: thresh.v1.MemberSecurity.$Properties[] | null | undefined, field: string, parties: number): { members?: MemberSecurity[] } {
  if (!value || value.length === 0) return {}
  return {
    members: list(value, field, parties, parties).map((m, i) => ({
      protection: enumName(m.protection ?? 0, `${field}[${i}].protection`, WIRE_PROTECTIONS),
      attested: m.attested === true,
    })),
  }
}

export const coordRequestCodec: Codec<CoordRequest> = protoCodec(
  'CoordRequest',
  thresh.v1.CoordRequest,
  (r): thresh.v1.CoordRequest.$Properties => {
    switch (r.kind) {
      case 'keygen':
        return {
          keygen: {
            scheme: enumNumber(r.scheme, WIRE_KEY_SCHEMES),
            threshold: r.threshold,
            parties: [...r.parties],
            keyId: r.keyId,
            nonce: r.nonce,
            issuedAt: r.issuedAt,
            attestation: enumNumber(r.attestation ?? 'off', WIRE_ATTESTATION_MODES),
            engine: enumNumber(r.engine ?? 'dkls23', WIRE_ECDSA_ENGINES),
          },
        }
      case 'sign':
        return { sign: signToWire(r) }
      case 'presign':
        return { presign: { keyId: r.keyId, epoch: r.epoch, signers: [...r.signers], path: [...(r.path ?? [])], presignIds: [...r.presignIds], nonce: r.nonce, issuedAt: r.issuedAt } }
      case 'onlineSign':
        return { onlineSign: { sign: signToWire(r.sign), presignId: r.presignId } }
      case 'frostOnlineSign':
        return { onlineSign: { sign: signToWire(r.sign), commitments: r.commitments.map(frostCommitmentToWire) } }
      case 'policyGet':
        return { policyGet: {} }
      case 'policySet':
        return { policySet: { document: r.document, signatures: r.signatures.map(approvalToWire) } }
      case 'policyTest':
        return { policyTest: { sign: signToWire(r.sign), document: r.document ?? '' } }
      case 'announce':
        return { announce: { sign: signToWire(r.sign), cancellations: r.cancellations.map(approvalToWire) } }
      case 'auditLog':
        return { auditLog: { fromSeq: r.fromSeq, limit: r.limit } }
      case 'listKeys':
        return { listKeys: {} }
      case 'getPublicKey':
        return { getPublicKey: { keyId: r.keyId } }
      case 'commitKey':
        return { commitKey: { keyId: r.keyId, groupPublicKey: r.groupPublicKey, nonce: r.nonce } }
      case 'abortKey':
        return { abortKey: { keyId: r.keyId, nonce: r.nonce } }
      case 'cancel':
        return { cancel: { nonce: r.nonce } }
      case 'keyStatus':
        return { keyStatus: { keyId: r.keyId } }
      case 'reshare':
        return {
          reshare: {
            keyId: r.keyId, nonce: r.nonce, issuedAt: r.issuedAt, key: keyInfoToWire(r.key), refresh: r.refresh,
            dealers: [...r.dealers], newParties: [...r.newParties], newThreshold: r.newThreshold,
          },
        }
      case 'repair':
        return {
          repair: {
            keyId: r.keyId, nonce: r.nonce, issuedAt: r.issuedAt, key: keyInfoToWire(r.key), lostIndex: r.lostIndex,
            helpers: [...r.helpers], replacement: r.replacement ?? '',
          },
        }
      case 'importKey':
        return {
          importKey: {
            keyId: r.keyId, nonce: r.nonce, issuedAt: r.issuedAt, scheme: enumNumber(r.scheme, WIRE_SCHEMES), threshold: r.threshold,
            parties: [...r.parties], commitment: [...r.commitment], chainCode: r.chainCode, sealedShare: { keyId: r.sealedShare.keyId, box: r.sealedShare.box },
          },
        }
    }
  },
  (m): CoordRequest => {
    switch (m.body) {
      case 'keygen': {
        const k = present(m.keygen, 'keygen')
        const scheme = enumName(k.scheme, 'keygen.scheme', WIRE_KEY_SCHEMES)
        const parties = peerList(k.parties, 'keygen.parties')
        return {
          kind: 'keygen',
          scheme,
          threshold: uint(k.threshold, 'keygen.threshold', 1, parties.length),
          parties,
          keyId: validKeyId(k.keyId, 'keygen.key_id'),
          nonce: bytes(k.nonce, 'keygen.nonce', NONCE_BYTES),
          issuedAt: uint(k.issuedAt, 'keygen.issued_at', ISSUED_AT.min, ISSUED_AT.max),
          ...attestationOf(k.attestation),
          ...engineFromWire(k.engine, scheme, 'keygen.engine'),
        }
      }
      case 'sign':
        return signFromWire(m.sign, 'sign')
      case 'presign': {
        const p = present(m.presign, 'presign')
        const path = pathFromWire(p.path, 'presign.path')
        return {
          kind: 'presign',
          keyId: validKeyId(p.keyId, 'presign.key_id'),
          epoch: uint(p.epoch, 'presign.epoch', 0, 0xffffffff),
          signers: peerList(p.signers, 'presign.signers'),
          ...(path.length > 0 ? { path } : {}),
          presignIds: distinctBytes(list(p.presignIds, 'presign.presign_ids', 1, MAX_PRESIGN_BATCH).map((id, i) => bytes(id, `presign.presign_ids[${i}]`, PRESIGN_ID)), 'presign.presign_ids'),
          nonce: bytes(p.nonce, 'presign.nonce', NONCE_BYTES),
          issuedAt: uint(p.issuedAt, 'presign.issued_at', ISSUED_AT.min, ISSUED_AT.max),
        }
      }
      case 'onlineSign': {
        const o = present(m.onlineSign, 'online_sign')
        const sign = signFromWire(o.sign, 'online_sign.sign')
        if ((o.commitments?.length ?? 0) > 0) {
          // FROST: the presign ids are in the list
          emptyWith(o.presignId, 'online_sign.presign_id', 'commitments')
          return { kind: 'frostOnlineSign', sign, commitments: frostCommitmentsFromWire(o.commitments!, sign.signers, 'online_sign.commitments') }
        }
        return { kind: 'onlineSign', sign, presignId: bytes(o.presignId, 'online_sign.presign_id', PRESIGN_ID) }
      }
      case 'policyGet':
        return { kind: 'policyGet' }
      case 'policySet': {
        const p = present(m.policySet, 'policy_set')
        return { kind: 'policySet', document: documentText(p.document, 'policy_set.document', true), signatures: approvalsFromWire(p.signatures, 'policy_set.signatures') }
      }
      case 'policyTest': {
        const p = present(m.policyTest, 'policy_test')
        const document = documentText(p.document, 'policy_test.document', false)
        return { kind: 'policyTest', sign: signFromWire(p.sign, 'policy_test.sign'), ...(document !== '' ? { document } : {}) }
      }
      case 'announce': {
        const a = present(m.announce, 'announce')
        return { kind: 'announce', sign: signFromWire(a.sign, 'announce.sign'), cancellations: approvalsFromWire(a.cancellations, 'announce.cancellations') }
      }
      case 'auditLog':
        return auditLogRequestFromWire(m.auditLog)
      case 'listKeys':
        return { kind: 'listKeys' }
      case 'getPublicKey':
        return { kind: 'getPublicKey', keyId: validKeyId(present(m.getPublicKey, 'get_public_key').keyId, 'get_public_key.key_id') }
      case 'commitKey': {
        const c = present(m.commitKey, 'commit_key')
        return {
          kind: 'commitKey',
          keyId: validKeyId(c.keyId, 'commit_key.key_id'),
          groupPublicKey: groupKey(c.groupPublicKey, 'commit_key.group_public_key'),
          nonce: bytes(c.nonce, 'commit_key.nonce', NONCE_BYTES),
        }
      }
      case 'abortKey': {
        const a = present(m.abortKey, 'abort_key')
        return { kind: 'abortKey', keyId: validKeyId(a.keyId, 'abort_key.key_id'), nonce: bytes(a.nonce, 'abort_key.nonce', NONCE_BYTES) }
      }
      case 'cancel':
        return { kind: 'cancel', nonce: bytes(present(m.cancel, 'cancel').nonce, 'cancel.nonce', NONCE_BYTES) }
      case 'keyStatus':
        return { kind: 'keyStatus', keyId: validKeyId(present(m.keyStatus, 'key_status').keyId, 'key_status.key_id') }
      case 'reshare': {
        const r = present(m.reshare, 'reshare')
        const newParties = peerList(r.newParties, 'reshare.new_parties')
        const key = keyInfoFromWire(r.key, 'reshare.key')
        const keyId = validKeyId(r.keyId, 'reshare.key_id')
        if (key.keyId !== keyId) throw new WireError('invalid-field', 'reshare.key.key_id differs from reshare.key_id', 'reshare.key')
        return {
          kind: 'reshare',
          keyId,
          nonce: bytes(r.nonce, 'reshare.nonce', NONCE_BYTES),
          issuedAt: uint(r.issuedAt, 'reshare.issued_at', ISSUED_AT.min, ISSUED_AT.max),
          key,
          refresh: r.refresh === true,
          dealers: peerList(r.dealers, 'reshare.dealers'),
          newParties,
          newThreshold: uint(r.newThreshold, 'reshare.new_threshold', 1, newParties.length),
        }
      }
      case 'repair': {
        const r = present(m.repair, 'repair')
        const key = keyInfoFromWire(r.key, 'repair.key')
        const keyId = validKeyId(r.keyId, 'repair.key_id')
        if (key.keyId !== keyId) throw new WireError('invalid-field', 'repair.key.key_id differs from repair.key_id', 'repair.key')
        return {
          kind: 'repair',
          keyId,
          nonce: bytes(r.nonce, 'repair.nonce', NONCE_BYTES),
          issuedAt: uint(r.issuedAt, 'repair.issued_at', ISSUED_AT.min, ISSUED_AT.max),
          key,
          lostIndex: uint(r.lostIndex, 'repair.lost_index', 1, key.parties.length),
          helpers: peerList(r.helpers, 'repair.helpers'),
          ...(r.replacement ? { replacement: peerIdString(r.replacement, 'repair.replacement') } : {}),
        }
      }
      case 'importKey': {
        const r = present(m.importKey, 'import_key')
        const scheme = enumName(r.scheme, 'import_key.scheme', WIRE_SCHEMES)
        const parties = peerList(r.parties, 'import_key.parties')
        const threshold = uint(r.threshold, 'import_key.threshold', 1, parties.length)
        const curve = curveOf(scheme)
        // a share in clear is refused: it travels sealed to the node's KEM key only
        bytes(r.share, 'import_key.share', 0)
        return {
          kind: 'importKey',
          keyId: validKeyId(r.keyId, 'import_key.key_id'),
          nonce: bytes(r.nonce, 'import_key.nonce', NONCE_BYTES),
          issuedAt: uint(r.issuedAt, 'import_key.issued_at', ISSUED_AT.min, ISSUED_AT.max),
          scheme,
          threshold,
          parties,
          // entry 0 is the public key; a zero higher coefficient is legal, so only lengths are checked here
          commitment: list(r.commitment, 'import_key.commitment', threshold, threshold).map((c, i) => bytes(c, `import_key.commitment[${i}]`, curve === 'ed25519' ? 32 : 33)),
          chainCode: bytes(r.chainCode, 'import_key.chain_code', 32),
          sealedShare: sealedPayloadField(present(r.sealedShare, 'import_key.sealed_share'), 'import_key.sealed_share'),
        }
      }
      default:
        throw new WireError('invalid-field', 'request has no body', 'body')
    }
  },
)

export const coordResponseCodec: Codec<CoordResponse> = protoCodec(
  'CoordResponse',
  thresh.v1.CoordResponse,
  (r): thresh.v1.CoordResponse.$Properties => {
    switch (r.kind) {
      case 'keygen':
        return { keygen: { key: keyInfoToWire(r.key) } }
      case 'sign':
        return {
          sign: {
            signature: r.signature, recoveryId: r.recoveryId,
            ...(r.mldsa ? { mldsa: { commitment: r.mldsa.commitment, w: r.mldsa.w, z: [...r.mldsa.z] } } : {}),
            ...(r.signatures && r.signatures.length > 1
              ? { signatures: r.signatures.map((e) => e.signature), recoveryIds: r.signatures.map((e) => e.recoveryId) }
              : {}),
          },
        }
      case 'keys':
        return { keys: { keys: r.keys.map(keyInfoToWire) } }
      case 'publicKey':
        return { publicKey: { key: keyInfoToWire(r.key) } }
      case 'committed':
        return { committed: { key: keyInfoToWire(r.key) } }
      case 'keyAborted':
        return { keyAborted: { dropped: r.dropped } }
      case 'cancelled':
        return { cancelled: { sessions: r.sessions } }
      case 'lifecycle':
        return { lifecycle: r.key ? { key: keyInfoToWire(r.key) } : {} }
      case 'retired':
        return { retired: {} }
      case 'keyStatus':
        return {
          keyStatus: {
            ...(r.active ? { active: keyInfoToWire(r.active) } : {}),
            ...(r.activeNonce ? { activeNonce: r.activeNonce } : {}),
            ...(r.pending ? { pending: keyInfoToWire(r.pending) } : {}),
            ...(r.pendingNonce ? { pendingNonce: r.pendingNonce } : {}),
            ...(r.retiringNonce ? { retiringNonce: r.retiringNonce } : {}),
          },
        }
      case 'policy':
        return { policy: { document: r.document, version: r.version, policyHash: r.policyHash, enforced: r.enforced } }
      case 'policyDecision':
        return { policyDecision: { decision: r.decision } }
      case 'announced':
        return { announced: { announcedAt: r.announcedAt, signableAt: r.signableAt, cancelled: r.cancelled } }
      case 'presigned':
        return { presigned: { presignatures: r.presignatures.map((p) => ({ presignId: p.presignId, instancePoint: p.instancePoint, publicKey: p.publicKey })) } }
      case 'onlineShare':
        return { onlineShare: { u: r.u, w: r.w } }
      case 'frostPresigned':
        return { presigned: { presignatures: r.commitments.map(frostPresignInfoToWire) } }
      case 'frostShare':
        return { onlineShare: { z: r.z } }
      case 'cggmpOnlineShare':
        return { onlineShare: { cggmpSigma: r.sigma } }
      case 'auditLog':
        return { auditLog: { entries: [...r.entries], checkpoints: [...r.checkpoints], lastSeq: r.lastSeq } }
      case 'error':
        return {
          error: {
            code: enumNumber(r.code, ERROR_CODES),
            message: r.message,
            culprits: [...r.culprits],
            accusations: r.accusations.map((a) => ({ accuser: a.accuser, accused: [...a.accused], reason: a.reason, signature: a.signature })),
            ...(r.policy ? { ruleId: r.policy.ruleId ?? '', policyVersion: r.policy.version } : {}),
          },
        }
    }
  },
  (m): CoordResponse => {
    switch (m.body) {
      case 'keygen':
        return { kind: 'keygen', key: keyInfoFromWire(present(m.keygen, 'keygen').key, 'keygen.key') }
      case 'sign': {
        const s = present(m.sign, 'sign')
        if (s.mldsa) return mlDsaSignFromWire(s)
        const signature = bytes(s.signature, 'sign.signature', { min: 64, max: 65 })
        const recoveryId = uint(s.recoveryId, 'sign.recovery_id', 0, 3)
        const all = list(s.signatures, 'sign.signatures', 0, MAX_SIGNATURES)
        if (all.length === 0) return { kind: 'sign', signature, recoveryId }
        const ids = list(s.recoveryIds, 'sign.recovery_ids', all.length, all.length)
        const signatures = all.map((sig, i) => ({
          signature: bytes(sig, `sign.signatures[${i}]`, { min: 64, max: 65 }),
          recoveryId: uint(ids[i], `sign.recovery_ids[${i}]`, 0, 3),
        }))
        if (signatures.length < 2 || !sameBytes(signatures[0]!.signature, signature) || signatures[0]!.recoveryId !== recoveryId) {
          throw new WireError('invalid-field', 'sign.signatures must hold two or more signatures, the first equal to sign.signature', 'sign.signatures')
        }
        return { kind: 'sign', signature, recoveryId, signatures }
      }
      case 'presigned': {
        const all = list(present(m.presigned, 'presigned').presignatures, 'presigned.presignatures', 1, MAX_PRESIGN_BATCH)
        if (all.some(isFrostPresignInfo)) return { kind: 'frostPresigned', commitments: frostPresignInfosFromWire(all, 'presigned.presignatures') }
        return {
          kind: 'presigned',
          presignatures: all.map((p, i) => ({
            presignId: bytes(p.presignId, `presigned.presignatures[${i}].presign_id`, PRESIGN_ID),
            instancePoint: bytes(p.instancePoint, `presigned.presignatures[${i}].instance_point`, 33),
            publicKey: bytes(p.publicKey, `presigned.presignatures[${i}].public_key`, 33),
          })),
        }
      }
      case 'onlineShare': {
        const o = present(m.onlineShare, 'online_share')
        if ((o.z?.length ?? 0) > 0) {
          emptyWith(o.u, 'online_share.u', 'z')
          emptyWith(o.w, 'online_share.w', 'z')
          emptyWith(o.cggmpSigma, 'online_share.cggmp_sigma', 'z')
          return { kind: 'frostShare', z: frostShareFromWire(o.z, 'online_share.z') }
        }
        if ((o.cggmpSigma?.length ?? 0) > 0) {
          bytes(o.u, 'online_share.u', 0)
          bytes(o.w, 'online_share.w', 0)
          return { kind: 'cggmpOnlineShare', sigma: bytes(o.cggmpSigma, 'online_share.cggmp_sigma', 32) }
        }
        return { kind: 'onlineShare', u: bytes(o.u, 'online_share.u', 32), w: bytes(o.w, 'online_share.w', 32) }
      }
      case 'keys': {
        const keys = list(present(m.keys, 'keys').keys, 'keys.keys', 0, 100_000)
        return { kind: 'keys', keys: keys.map((k, i) => keyInfoFromWire(k, `keys.keys[${i}]`)) }
      }
      case 'publicKey':
        return { kind: 'publicKey', key: keyInfoFromWire(present(m.publicKey, 'public_key').key, 'public_key.key') }
      case 'committed':
        return { kind: 'committed', key: keyInfoFromWire(present(m.committed, 'committed').key, 'committed.key') }
      case 'keyAborted':
        return { kind: 'keyAborted', dropped: present(m.keyAborted, 'key_aborted').dropped === true }
      case 'cancelled':
        return { kind: 'cancelled', sessions: uint(present(m.cancelled, 'cancelled').sessions, 'cancelled.sessions', 0, 1_000_000) }
      case 'lifecycle': {
        const l = present(m.lifecycle, 'lifecycle')
        return l.key ? { kind: 'lifecycle', key: keyInfoFromWire(l.key, 'lifecycle.key') } : { kind: 'lifecycle' }
      }
      case 'retired':
        return { kind: 'retired' }
      case 'keyStatus': {
        const k = present(m.keyStatus, 'key_status')
        const nonce = (v: Uint8Array | null | undefined, field: string) => (v && v.length > 0 ? bytes(v, `key_status.${field}`, NONCE_BYTES) : undefined)
        const activeNonce = nonce(k.activeNonce, 'active_nonce')
        const pendingNonce = nonce(k.pendingNonce, 'pending_nonce')
        const retiringNonce = nonce(k.retiringNonce, 'retiring_nonce')
        return {
          kind: 'keyStatus',
          ...(k.active ? { active: keyInfoFromWire(k.active, 'key_status.active') } : {}),
          ...(activeNonce ? { activeNonce } : {}),
          ...(k.pending ? { pending: keyInfoFromWire(k.pending, 'key_status.pending') } : {}),
          ...(pendingNonce ? { pendingNonce } : {}),
          ...(retiringNonce ? { retiringNonce } : {}),
        }
      }
      case 'error': {
        const e = present(m.error, 'error')
        const message = e.message ?? ''
        if (message.length > MAX_ERROR_TEXT) throw new WireError('invalid-field', 'error.message is too long', 'error.message')
        const accusations = list(e.accusations, 'error.accusations', 0, MAX_PARTIES).map((a, i): RpcAccusation => {
          const field = `error.accusations[${i}]`
          const reason = a.reason ?? ''
          if (reason.length > MAX_COMPLAINT_REASON) throw new WireError('invalid-field', `${field}.reason is too long`, `${field}.reason`)
          return {
            accuser: peerIdString(a.accuser ?? '', `${field}.accuser`),
            accused: peerList(a.accused, `${field}.accused`),
            reason,
            signature: bytes(a.signature, `${field}.signature`, 64),
          }
        })
        const code = enumName(e.code, 'error.code', ERROR_CODES)
        const ruleId = e.ruleId ?? ''
        if (ruleId.length > 64) throw new WireError('invalid-field', 'error.rule_id is too long', 'error.rule_id')
        return {
          kind: 'error',
          code,
          message,
          culprits: peerListOrEmpty(e.culprits, 'error.culprits'),
          accusations,
          ...(code === 'policy-denied' ? { policy: { ruleId: ruleId === '' ? null : ruleId, version: uint(e.policyVersion, 'error.policy_version', 0, 0xffffffff) } } : {}),
        }
      }
      case 'policy': {
        const p = present(m.policy, 'policy')
        const policyHash = bytes(p.policyHash, 'policy.policy_hash', { min: 0, max: 32 })
        if (policyHash.length !== 0 && policyHash.length !== 32) throw new WireError('invalid-field', 'policy.policy_hash must be empty or 32 bytes', 'policy.policy_hash')
        return {
          kind: 'policy', document: documentText(p.document, 'policy.document', false), version: uint(p.version, 'policy.version', 0, 0xffffffff),
          policyHash, enforced: p.enforced === true,
        }
      }
      case 'policyDecision':
        return { kind: 'policyDecision', decision: decisionText(present(m.policyDecision, 'policy_decision').decision) }
      case 'announced': {
        const a = present(m.announced, 'announced')
        return {
          kind: 'announced', announcedAt: uint(a.announcedAt, 'announced.announced_at', 0, 0xffffffff),
          signableAt: uint(a.signableAt, 'announced.signable_at', 0, 0xffffffff), cancelled: a.cancelled === true,
        }
      }
      case 'auditLog':
        return auditLogResultFromWire(m.auditLog)
      default:
        throw new WireError('invalid-field', 'response has no body', 'body')
    }
  },
)

/** An ml-dsa-44 sign response: the signer's transcript, and its own signature (2420 bytes) or none (every slot rejected). */
function mlDsaSignFromWire(s: thresh.v1.SignResult.$Properties): CoordResponse {
  const t = present(s.mldsa, 'sign.mldsa')
  const signature = bytes(s.signature, 'sign.signature', { min: 0, max: MLDSA44_SIGNATURE_BYTES })
  if (signature.length !== 0 && signature.length !== MLDSA44_SIGNATURE_BYTES) {
    throw new WireError('invalid-field', `sign.signature of an ml-dsa-44 attempt must be ${MLDSA44_SIGNATURE_BYTES} bytes or empty`, 'sign.signature')
  }
  if ((s.recoveryId ?? 0) !== 0 || (s.signatures ?? []).length > 0) throw new WireError('invalid-field', 'an ml-dsa-44 attempt has one signature and no recovery id', 'sign')
  const w = bytes(t.w, 'sign.mldsa.w', { min: MLDSA_VEC_BYTES, max: MAX_MLDSA_SLOTS * MLDSA_VEC_BYTES })
  if (w.length % MLDSA_VEC_BYTES !== 0) throw new WireError('invalid-field', `sign.mldsa.w must be a multiple of ${MLDSA_VEC_BYTES} bytes`, 'sign.mldsa.w')
  return {
    kind: 'sign',
    signature,
    recoveryId: 0,
    mldsa: { commitment: bytes(t.commitment, 'sign.mldsa.commitment', 32), w, z: responses(t.z, 'sign.mldsa.z', w.length / MLDSA_VEC_BYTES) },
  }
}

function peerListOrEmpty(value: string[] | null | undefined, field: string): string[] {
  return value && value.length > 0 ? peerList(value, field) : []
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

function signToWire(r: SignRequest): thresh.v1.SignRequest.$Properties {
  return {
    keyId: r.keyId, signers: [...r.signers], nonce: r.nonce, issuedAt: r.issuedAt, epoch: r.epoch,
    ...(r.message !== undefined ? { message: r.message } : {}),
    ...(r.payload !== undefined ? { payload: signPayloadToWire(r.payload) } : {}),
    path: [...(r.path ?? [])],
    ...signPolicyToWire(r),
  }
}

function signFromWire(value: thresh.v1.SignRequest.$Properties | null | undefined, field: string): SignRequest {
  const s = present(value, field)
  // one of the two: a payload, or the legacy message (possibly empty, so its absence is judged by the payload's)
  if (s.payload != null && s.message != null && s.message.length > 0) {
    throw new WireError('invalid-field', `${field}.message must be empty when ${field}.payload is present`, `${field}.message`)
  }
  const path = pathFromWire(s.path, `${field}.path`)
  return {
    kind: 'sign',
    keyId: validKeyId(s.keyId, `${field}.key_id`),
    ...(s.payload != null
      ? { payload: signPayloadFromWire(s.payload) }
      : { message: bytes(s.message, `${field}.message`, { min: 0, max: MAX_MESSAGE_BYTES }) }),
    ...(path.length > 0 ? { path } : {}),
    signers: peerList(s.signers, `${field}.signers`),
    nonce: bytes(s.nonce, `${field}.nonce`, NONCE_BYTES),
    issuedAt: uint(s.issuedAt, `${field}.issued_at`, ISSUED_AT.min, ISSUED_AT.max),
    epoch: uint(s.epoch, `${field}.epoch`, 0, 0xffffffff),
    ...signPolicyFromWire(s),
  }
}

/** A BIP32 path: non-hardened indices, at most MAX_SIGN_PATH_DEPTH. */
function pathFromWire(value: number[] | null | undefined, field: string): number[] {
  return list(value, field, 0, MAX_SIGN_PATH_DEPTH).map((index, i) => {
    if (index >= HARDENED) throw new WireError('invalid-field', `${field}[${i}] is a hardened index: only non-hardened derivation is possible from a threshold key`, `${field}[${i}]`)
    return uint(index, `${field}[${i}]`, 0, HARDENED - 1)
  })
}

/** A field of the other kind (ECDSA/FROST) must be empty. */
function emptyWith(value: Uint8Array | null | undefined, field: string, other: string): void {
  if ((value?.length ?? 0) > 0) throw new WireError('invalid-field', `${field} must be empty when ${other} is present`, field)
}

function distinctBytes(values: Uint8Array[], field: string): Uint8Array[] {
  const seen = new Set(values.map((v) => Buffer.from(v).toString('hex')))
  if (seen.size !== values.length) throw new WireError('invalid-field', `${field} repeats an entry`, field)
  return values
}

function signPayloadToWire(p: SignPayload): thresh.v1.SignPayload.$Properties {
  return {
    kind: enumNumber(p.kind, PAYLOAD_KINDS),
    data: p.data,
    taproot: p.taproot === true,
    ...(p.taprootMerkleRoot !== undefined ? { taprootMerkleRoot: p.taprootMerkleRoot } : {}),
    ...(p.network !== undefined ? { network: enumNumber(p.network, BITCOIN_NETWORKS) } : {}),
  }
}

function signPayloadFromWire(p: thresh.v1.SignPayload.$Properties): SignPayload {
  const kind = enumName(p.kind, 'sign.payload.kind', PAYLOAD_KINDS)
  const root = bytes(p.taprootMerkleRoot, 'sign.payload.taproot_merkle_root', { min: 0, max: 32 })
  if (root.length !== 0 && root.length !== 32) throw new WireError('invalid-field', 'sign.payload.taproot_merkle_root must be empty or 32 bytes', 'sign.payload.taproot_merkle_root')
  const network = p.network ? enumName(p.network, 'sign.payload.network', BITCOIN_NETWORKS) : undefined
  return {
    kind,
    data: bytes(p.data, 'sign.payload.data', { min: 0, max: MAX_SIGN_PAYLOAD_BYTES }),
    ...(p.taproot === true ? { taproot: true } : {}),
    ...(root.length === 32 ? { taprootMerkleRoot: root } : {}),
    ...(network !== undefined ? { network } : {}),
  }
}
