export { WireError, type WireErrorCode } from './errors.js'
export { SESSION_PROTOCOL, LEGACY_SESSION_PROTOCOLS, KEM_PROTOCOL, COORD_PROTOCOL, COORD_CHANNEL_PROTOCOL, DEFAULT_MAX_FRAME } from './protocols.js'
export { RpcChannel, serveChannel, type ChannelRequest, type RpcChannelOptions, type ServeChannelOptions } from './rpc-channel.js'
export { MAX_PARTIES, MAX_ROUNDS, SESSION_ID_BYTES } from './limits.js'
export { protoCodec, type Codec, type GeneratedMessage } from './codec.js'
export { envelopeCodec, complaintCodec, complaintStatement, MAX_COMPLAINT_REASON, type SealedPayload, type SignedComplaint, type WireMessage } from './envelope.js'
export { importShareContext, kemAnnouncementCodec, kemAnnouncementProblem, kemAnnouncementStatement, readKemAnnouncement, MAX_ANNOUNCEMENT_FRAME, type KemAnnouncement } from './kem.js'
export { frameStream, closeStream, type FrameStream } from './framing.js'
export { byteSession } from './byte-session.js'
export { parseEd25519PeerId } from './peer-ids.js'
export {
  coordRequestCodec,
  coordResponseCodec,
  RpcError,
  KEY_ID_PATTERN,
  NONCE_BYTES,
  MAX_MESSAGE_BYTES,
  type CoordRequest,
  type CoordResponse,
  type KeygenRequest,
  type KeyScheme,
  type EcdsaEngine,
  WIRE_ECDSA_ENGINES,
  type MlDsaTranscript,
  WIRE_KEY_SCHEMES,
  type SignRequest,
  type ReshareRequest,
  type RepairRequest,
  type ImportKeyRequest,
  type KeyStatus,
  type ListKeysRequest,
  type GetPublicKeyRequest,
  type KeyInfo,
  type AttestationMode,
  type Protection,
  type MemberSecurity,
  type RpcErrorCode,
  type RpcAccusation,
  type SignPayload,
  type SignPayloadKind,
  type SignatureEntry,
  type WireBitcoinNetwork,
  MAX_SIGN_PAYLOAD_BYTES,
  MAX_SIGN_PATH_DEPTH,
  type PolicyGetRequest,
  type PolicySetRequest,
  type PolicyTestRequest,
  type AnnounceRequest,
  type PresignRequest,
  type OnlineSignRequest,
  type FrostOnlineSignRequest,
  type PresignInfo,
  MAX_PRESIGN_BATCH,
} from './rpc.js'
export { MAX_APPROVALS, MAX_POLICY_DOCUMENT, type WireApproval, type SignPolicyFields } from './policy-rpc.js'
export type { FrostPresignInfo, WireFrostCommitment } from './frost-presign-rpc.js'
export { MAX_AUDIT_PAGE, type AuditLogRequest, type AuditLogResult } from './audit-rpc.js'
export { exchange, call, rpcServerStream, type RpcOptions, type RpcServerStream } from './rpc-stream.js'
export { dkgCodec, type DkgContext } from './payloads/dkg.js'
export { frostCodec, type FrostContext } from './payloads/frost.js'
export { keyShareCodec, ecdsaKeyShareCodec } from './key-share.js'
export { dklsSetupCodec, dklsSignCodec } from './payloads/dkls.js'
export { reshareCodec } from './payloads/reshare.js'
export { repairCodec } from './payloads/repair.js'
export { attestationCodec, type AttestationConfirm, type AttestationEvidence, type AttestationMessage, type TpmQuoteBytes } from './payloads/attestation.js'
export { mlDsaKeygenCodec, mlDsaSignCodec, mlDsaSignRequestId, type MlDsaContext } from './payloads/mldsa.js'
export { mlDsaKeyShareCodec } from './mldsa-key-share.js'
export { cggmpAuxCodec, cggmpPresignCodec, cggmpSignCodec, CGGMP_SCHEMAS, CGGMP_MAX_DEPTH, CGGMP_MAX_PROOF_LIST, CGGMP_MAX_PROOF_FIELDS } from './cggmp-payloads.js'
export { cggmpKeyShareCodec } from './cggmp-key-share.js'
