/**
 * Every failure the keystore reports on purpose is a KeyStoreError with a stable
 * `code`. Messages name paths and record keys, never secret bytes.
 */
export class KeyStoreError extends Error {
  readonly code: string
  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = new.target.name
    this.code = code
  }
}

/** The passphrase does not match the store (or backup) header. */
export class WrongPassphraseError extends KeyStoreError {
  constructor(message: string) {
    super('WRONG_PASSPHRASE', message)
  }
}

/** A record (or backup) failed authentication: modified, corrupted or moved from another key. */
export class RecordTamperedError extends KeyStoreError {
  constructor(readonly record: string, message = `record '${record}' failed authentication: it was modified, corrupted, or moved from another record`) {
    super('RECORD_TAMPERED', message)
  }
}

/** An append-only log already holds a record at this seq: a log record is never overwritten. */
export class LogConflictError extends KeyStoreError {
  constructor(readonly record: string) {
    super('LOG_CONFLICT', `log record '${record}' exists: log records are append-only`)
  }
}

/** LevelDB's LOCK is held: the store is open elsewhere. */
export class StoreLockedError extends KeyStoreError {
  constructor(readonly path: string, options?: ErrorOptions) {
    super('STORE_LOCKED', `store at ${path} is in use by another process (or already open in this one)`, options)
  }
}

/** A header, record or backup carries a format version this build does not read. */
export class UnsupportedVersionError extends KeyStoreError {
  constructor(what: string, readonly version: number, supported: number | string) {
    super('UNSUPPORTED_VERSION', `${what} has format version ${version}; this build supports version ${supported}`)
  }
}

/** Malformed header, a LevelDB that is not a keystore, or out-of-range KDF parameters on disk. */
export class StoreFormatError extends KeyStoreError {
  constructor(message: string, options?: ErrorOptions) {
    super('STORE_FORMAT', message, options)
  }
}

export class StoreNotFoundError extends KeyStoreError {
  constructor(readonly path: string) {
    super('STORE_NOT_FOUND', `no keystore at ${path} (create one first)`)
  }
}

export class StoreExistsError extends KeyStoreError {
  constructor(readonly path: string) {
    super('STORE_EXISTS', `a keystore (or other data) already exists at ${path}`)
  }
}

export class StoreClosedError extends KeyStoreError {
  constructor(readonly path: string) {
    super('STORE_CLOSED', `store at ${path} is closed`)
  }
}

/** No key share (or named secret) under that id. */
export class KeyNotFoundError extends KeyStoreError {
  constructor(readonly record: string, message: string) {
    super('KEY_NOT_FOUND', message)
  }
}

/** importKey refused to overwrite an existing key share. */
export class KeyExistsError extends KeyStoreError {
  constructor(readonly keyId: string) {
    super('KEY_EXISTS', `key '${keyId}' already exists in the store (pass { overwrite: true } to replace it)`)
  }
}

/**
 * The store is wrapped by another protector than the one given. Never a fallback: a
 * store made for a token does not open with a passphrase, and the other way round.
 */
export class ProtectorMismatchError extends KeyStoreError {
  constructor(readonly path: string, readonly stored: string, readonly given: string) {
    super('PROTECTOR_MISMATCH', `store at ${path} is protected by ${stored}, not ${given}`)
  }
}

/** The wrapped data key failed authentication under the protector's key: modified, or wrapped by another key. */
export class WrappedKeyInvalidError extends KeyStoreError {
  constructor(message: string) {
    super('WRAPPED_KEY_INVALID', message)
  }
}

/** The PKCS#11 module (shared library) could not be loaded or initialized. */
export class Pkcs11ModuleError extends KeyStoreError {
  constructor(message: string, options?: ErrorOptions) {
    super('PKCS11_MODULE', message, options)
  }
}

/** No slot holds a token matching the PKCS#11 URI (token label, serial or slot id). */
export class TokenNotFoundError extends KeyStoreError {
  constructor(message: string) {
    super('TOKEN_NOT_FOUND', message)
  }
}

/** The token refused the user PIN (incorrect, or locked after too many tries). */
export class WrongPinError extends KeyStoreError {
  constructor(message: string) {
    super('WRONG_PIN', message)
  }
}

/** The token has no AES secret key with the URI's object label (and id). */
export class KeyLabelNotFoundError extends KeyStoreError {
  constructor(message: string) {
    super('KEY_LABEL_NOT_FOUND', message)
  }
}

/** Any other PKCS#11 failure, with its CKR_ name. */
export class Pkcs11Error extends KeyStoreError {
  constructor(message: string, options?: ErrorOptions) {
    super('PKCS11_FAILURE', message, options)
  }
}

/** The TPM (or its TCTI: a device, swtpm socket) cannot be reached. */
export class TpmUnreachableError extends KeyStoreError {
  constructor(message: string) {
    super('TPM_UNREACHABLE', message)
  }
}

/** The TPM refused to unseal: the PCRs do not hold the values the data key was sealed to. */
export class PcrPolicyError extends KeyStoreError {
  constructor(message: string) {
    super('PCR_POLICY', message)
  }
}

/** Any other TPM failure, with the tool's response code. */
export class TpmError extends KeyStoreError {
  constructor(message: string) {
    super('TPM_FAILURE', message)
  }
}
