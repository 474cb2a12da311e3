export {
  KeyStore,
  type BatchOp,
  type KeyInfo,
  type KeyStoreOptions,
  type LogRecord,
  type LogRecordInput,
  type Protection,
  type RewrapOptions,
  type RewrapStep,
  type ShareInput,
  type StoredShare,
} from './keystore.js'
export { isNodeBackup } from './backup.js'
export { DEFAULT_KDF, type KdfParams } from './kdf.js'
export type { JsonValue, ShareMeta } from './meta.js'
export type { Protector, ProtectorKind } from './protector.js'
export { PassphraseProtector } from './protectors/passphrase.js'
export {
  KeyExistsError,
  KeyLabelNotFoundError,
  KeyNotFoundError,
  KeyStoreError,
  LogConflictError,
  PcrPolicyError,
  Pkcs11Error,
  Pkcs11ModuleError,
  ProtectorMismatchError,
  RecordTamperedError,
  StoreClosedError,
  StoreExistsError,
  StoreFormatError,
  StoreLockedError,
  StoreNotFoundError,
  TokenNotFoundError,
  TpmError,
  TpmUnreachableError,
  UnsupportedVersionError,
  WrappedKeyInvalidError,
  WrongPassphraseError,
  WrongPinError,
} from './errors.js'
export { DEFAULT_PIN_ENV, Pkcs11Protector, type Pkcs11ProtectorOptions } from './protectors/pkcs11.js'
export { Pkcs11UriError, parsePkcs11Uri, type Pkcs11Uri } from './protectors/pkcs11-uri.js'
export { DEFAULT_TCTI, MEASUREMENT_PCR, Tpm2Protector, expectedMeasurementPcr, type Tpm2ProtectorOptions } from './protectors/tpm2.js'
export { measureNode, type NodeMeasurementInput } from './protectors/measure.js'
