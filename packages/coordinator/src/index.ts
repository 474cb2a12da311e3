import '@thresh/wire/polyfill'

export { Coordinator, type ConnectOptions, type ListedKey, type SelfHealing, type HealReport } from './coordinator.js'
export type { PresignPoolOptions } from './presign-pool.js'
export {
  ThreshError,
  ConfigError,
  ConnectionError,
  UnauthorizedError,
  UnknownKeyError,
  NotEnoughSignersError,
  TimeoutError,
  CulpritError,
  InconsistentKeyError,
  UntrustedKeyError,
  UnconfirmedKeyError,
  DisputeError,
  KeyCommitError,
  KeyChangeError,
  NodeError,
  type ThreshErrorCode,
  type Accusation,
  type Exclusion,
  type ExclusionReason,
  type SignAttempt,
} from './errors.js'
export { generateIdentity, loadIdentity, writeIdentityFile, peerIdOf, type IdentitySource } from './identity.js'
export { ethereumAddress } from './ethereum.js'
export { keyInfoToJson, keyInfoFromJson, type KeyInfoJson } from './key-json.js'
export { verifyEcdsa, verifySchnorr, type EcdsaParts } from './verify.js'
export type { PayloadSigner, AdapterOptions } from './adapters/digest-signer.js'
export {
  DEFAULT_TIMEOUTS,
  SIGN_ROUNDS,
  type KeyTrust,
  type PreparedKey,
  type NodeEntry,
  type Timeouts,
  type Signature,
  type SchnorrSignature,
  type EcdsaSignature,
  type DigestHash,
  type SignOptions,
  type SignDigestOptions,
  type SignPayloadOptions,
  type SignPayloadInput,
  type PayloadSignature,
  type DigestSignature,
  type BitcoinNetwork,
  type KeygenOptions,
  type ReshareOptions,
  type RepairOptions,
  type ImportKeyOptions,
  type ImportTssLibOptions,
  type PreparedChange,
  type KeyChange,
  type KeyInfo,
  type AttestationMode,
  type MemberSecurity,
  type Protection,
  type Scheme,
} from './types.js'
export {
  approve, approveCancel, approvePolicy, newRequestId, PolicyDeniedError,
  type Approval, type ApproverKey, type PolicyRequest, type SignPolicy, type PolicyRefusal, type NodeAnswer, type NodePolicy, type NodeDecision, type Announced,
} from './policy.js'
export { compareAuditLogs, fetchAuditLog, type AuditComparison, type NodeAuditLog } from './audit.js'
export { xpubOf, publicKeyAtPath, addressAt, type AddressChain } from './hd.js'
export { signPsbt, type PsbtSignOptions, type SignedPsbt } from './adapters/bitcoin.js'
export { signSolanaTransaction, solanaAddress } from './adapters/solana.js'
