export { KeyStore, type BatchOp, type KeyInfo, type KeyStoreOptions, type ShareInput, type StoredShare } from './keystore.js'
export { DEFAULT_KDF, type KdfParams } from './kdf.js'
export type { JsonValue, ShareMeta } from './meta.js'
export {
  KeyExistsError,
  KeyNotFoundError,
  KeyStoreError,
  RecordTamperedError,
  StoreClosedError,
  StoreExistsError,
  StoreFormatError,
  StoreLockedError,
  StoreNotFoundError,
  UnsupportedVersionError,
  WrongPassphraseError,
} from './errors.js'
