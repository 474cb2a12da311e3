import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type * as Pkcs11js from 'pkcs11js'
import { concat } from '../bytes.js'
import {
  KeyLabelNotFoundError,
  KeyStoreError,
  Pkcs11Error,
  Pkcs11ModuleError,
  TokenNotFoundError,
  WrappedKeyInvalidError,
  WrongPinError,
} from '../errors.js'
import { NONCE_LENGTH, TAG_LENGTH, wipe } from '../primitives.js'
import type { Protector } from '../protector.js'
import { parsePkcs11Uri, type Pkcs11Uri } from './pkcs11-uri.js'

export interface Pkcs11ProtectorOptions {
  /** RFC 7512 URI of the token and key, e.g. `pkcs11:token=thresh;object=store-key?module-path=/usr/lib/softhsm/libsofthsm2.so`. */
  readonly uri: string
  /** The module (shared library); overrides the URI's module-path. */
  readonly module?: string
  /**
   * Where the user PIN comes from: a file (first line) or an environment variable.
   * Default: the URI's pin-source, else the THRESH_PKCS11_PIN variable. Never argv.
   */
  readonly pin?: { readonly file: string } | { readonly env: string }
  /**
   * Generate the wrapping key (AES-256, sensitive, non-extractable, on the token) when no
   * key has the label. For init and rewrap; opening never creates a key.
   */
  readonly createKey?: boolean
}

export const DEFAULT_PIN_ENV = 'THRESH_PKCS11_PIN'
const KEY_BYTES = 32

/**
 * A non-extractable AES-256 key on a PKCS#11 token wraps the data key with CKM_AES_GCM
 * inside the token: blob = nonce (12) ‖ ciphertext ‖ tag (16), AAD = the store binding.
 * The key never leaves the token, so the store opens only where the token is and the
 * PIN is known. Every call opens its own session and finalizes the module after it.
 *
 * Binding: pkcs11js (PeculiarVentures), the thin N-API layer under graphene-pk11 — its
 * calls map one to one onto the PKCS#11 functions, and errors carry the CKR_ code we
 * turn into typed errors; graphene's object model adds nothing a single key needs.
 */
export class Pkcs11Protector implements Protector {
  readonly kind = 'pkcs11'
  readonly description: string
  private readonly uri: Pkcs11Uri
  private readonly modulePath: string

  constructor(private readonly options: Pkcs11ProtectorOptions) {
    this.uri = parsePkcs11Uri(options.uri)
    const modulePath = options.module ?? this.uri.modulePath
    if (!modulePath) throw new TypeError('a PKCS#11 protector needs the module path (module-path in the URI, or the module option)')
    this.modulePath = modulePath
    this.description = `pkcs11 ${options.uri.split('?')[0]}`
  }

  wrap(dataKey: Uint8Array, binding: Uint8Array): Promise<Uint8Array> {
    return this.withKey(this.options.createKey === true, (p11, session, key) => {
      const nonce = randomBytes(NONCE_LENGTH)
      p11.C_EncryptInit(session, gcm(nonce, binding), key)
      const sealed = p11.C_Encrypt(session, Buffer.from(dataKey), Buffer.alloc(dataKey.length + TAG_LENGTH))
      return concat([nonce, sealed])
    })
  }

  unwrap(blob: Uint8Array, binding: Uint8Array, what: string): Promise<Uint8Array> {
    return this.withKey(false, (p11, session, key) => {
      if (blob.length < NONCE_LENGTH + TAG_LENGTH) throw new WrappedKeyInvalidError(`${what}: the wrapped data key is truncated`)
      p11.C_DecryptInit(session, gcm(Buffer.from(blob.subarray(0, NONCE_LENGTH)), binding), key)
      const out = Buffer.alloc(blob.length - NONCE_LENGTH)
      let plain: Buffer
      try {
        plain = p11.C_Decrypt(session, Buffer.from(blob.subarray(NONCE_LENGTH)), out)
      } catch (err) {
        wipe(out)
        // GCM's tag check inside the token: a modified blob, or a key with this label that is
        // not the one that wrapped it. SoftHSM2 reports a failed tag as CKR_GENERAL_ERROR.
        const code = ckr(err)
        if (code === 'CKR_ENCRYPTED_DATA_INVALID' || code === 'CKR_ENCRYPTED_DATA_LEN_RANGE' || code === 'CKR_GENERAL_ERROR') {
          throw new WrappedKeyInvalidError(`${what}: the token refused the wrapped data key (${code}: modified, or wrapped by another key)`)
        }
        throw err
      }
      const dataKey = Uint8Array.from(plain)
      wipe(out)
      return dataKey
    })
  }

  /** Loads the module, finds the token, logs in, finds (or makes) the key, runs `fn`, and tears it all down. */
  private async withKey<T>(create: boolean, fn: (p11: Pkcs11js.PKCS11, session: Buffer, key: Buffer) => T): Promise<T> {
    const pin = await this.readPin()
    const lib = loadPkcs11js()
    const p11 = new lib.PKCS11()
    try {
      p11.load(this.modulePath)
    } catch (err) {
      throw new Pkcs11ModuleError(`cannot load PKCS#11 module ${this.modulePath}: ${(err as Error).message}`)
    }
    let initialized = false
    let session: Buffer | undefined
    try {
      try {
        p11.C_Initialize()
      } catch (err) {
        throw new Pkcs11ModuleError(`PKCS#11 module ${this.modulePath} failed to initialize (${ckr(err) ?? 'error'})`)
      }
      initialized = true
      session = p11.C_OpenSession(this.findSlot(p11), lib.CKF_SERIAL_SESSION | (create ? lib.CKF_RW_SESSION : 0))
      try {
        p11.C_Login(session, lib.CKU_USER, pin)
      } catch (err) {
        const code = ckr(err)
        if (code === 'CKR_PIN_INCORRECT' || code === 'CKR_PIN_LEN_RANGE' || code === 'CKR_PIN_LOCKED') {
          throw new WrongPinError(`the token refused the PIN (${code}) for ${this.description}`)
        }
        throw err
      }
      return fn(p11, session, this.findKey(p11, lib, session, create))
    } catch (err) {
      throw typed(err, this.description)
    } finally {
      if (session) tryQuietly(() => p11.C_CloseSession(session!))
      if (initialized) tryQuietly(() => p11.C_Finalize())
      tryQuietly(() => p11.close())
    }
  }

  private findSlot(p11: Pkcs11js.PKCS11): Buffer {
    const { token, manufacturer, serial, model, slotId } = this.uri
    const matches = p11.C_GetSlotList(true).filter((slot) => {
      if (slotId !== undefined && slot.readBigUInt64LE(0) !== slotId) return false
      const info = p11.C_GetTokenInfo(slot)
      return (
        (token === undefined || info.label.trimEnd() === token) &&
        (manufacturer === undefined || info.manufacturerID.trimEnd() === manufacturer) &&
        (serial === undefined || info.serialNumber.trimEnd() === serial) &&
        (model === undefined || info.model.trimEnd() === model)
      )
    })
    if (matches.length === 0) throw new TokenNotFoundError(`no token matches ${this.description} (token or slot missing)`)
    if (matches.length > 1) throw new Pkcs11Error(`${matches.length} tokens match ${this.description}: name one (token=, serial= or slot-id=)`)
    return matches[0]!
  }

  private findKey(p11: Pkcs11js.PKCS11, lib: typeof Pkcs11js, session: Buffer, create: boolean): Buffer {
    const template: Pkcs11js.Template = [
      { type: lib.CKA_CLASS, value: lib.CKO_SECRET_KEY },
      { type: lib.CKA_KEY_TYPE, value: lib.CKK_AES },
      { type: lib.CKA_LABEL, value: this.uri.object },
      ...(this.uri.id ? [{ type: lib.CKA_ID, value: Buffer.from(this.uri.id) }] : []),
    ]
    p11.C_FindObjectsInit(session, template)
    const found = p11.C_FindObjects(session, 2)
    p11.C_FindObjectsFinal(session)
    if (found.length > 1) throw new Pkcs11Error(`more than one AES key matches ${this.description}: give its id= too`)
    if (found.length === 0) {
      if (!create) throw new KeyLabelNotFoundError(`the token has no AES key labelled "${this.uri.object}" (${this.description})`)
      return p11.C_GenerateKey(session, { mechanism: lib.CKM_AES_KEY_GEN }, [
        ...template,
        { type: lib.CKA_VALUE_LEN, value: KEY_BYTES },
        { type: lib.CKA_TOKEN, value: true },
        { type: lib.CKA_PRIVATE, value: true },
        { type: lib.CKA_SENSITIVE, value: true },
        { type: lib.CKA_EXTRACTABLE, value: false },
        { type: lib.CKA_ENCRYPT, value: true },
        { type: lib.CKA_DECRYPT, value: true },
      ])
    }
    const key = found[0]!
    // Refuse a key that could be read out: then the token would protect nothing.
    const [sensitive, extractable, length] = p11.C_GetAttributeValue(session, key, [
      { type: lib.CKA_SENSITIVE },
      { type: lib.CKA_EXTRACTABLE },
      { type: lib.CKA_VALUE_LEN },
    ])
    if (!isTrue(sensitive?.value) || isTrue(extractable?.value)) {
      throw new Pkcs11Error(`the key labelled "${this.uri.object}" is extractable or not sensitive: refusing to wrap with it`)
    }
    if (!Buffer.isBuffer(length?.value) || length.value.length !== 8 || length.value.readBigUInt64LE(0) !== BigInt(KEY_BYTES)) {
      throw new Pkcs11Error(`the key labelled "${this.uri.object}" is not an AES-256 key`)
    }
    return key
  }

  private async readPin(): Promise<string> {
    const source = this.options.pin ?? (this.uri.pinFile ? { file: this.uri.pinFile } : { env: DEFAULT_PIN_ENV })
    if ('file' in source) {
      const text = await readFile(source.file, 'utf8').catch((err: NodeJS.ErrnoException) => {
        throw new WrongPinError(`cannot read the PKCS#11 PIN file ${source.file} (${err.code ?? 'error'})`)
      })
      const pin = text.split(/\r?\n/)[0] ?? ''
      if (pin === '') throw new WrongPinError(`the PKCS#11 PIN file ${source.file} is empty`)
      return pin
    }
    const pin = process.env[source.env]
    if (!pin) throw new WrongPinError(`the PKCS#11 PIN variable ${source.env} is not set`)
    return pin
  }
}

function gcm(nonce: Buffer, aad: Uint8Array): Pkcs11js.Mechanism {
  const lib = loadPkcs11js()
  const parameter: Pkcs11js.AesGCM = { type: lib.CK_PARAMS_AES_GCM_v240, iv: nonce, aad: Buffer.from(aad), ivBits: NONCE_LENGTH * 8, tagBits: TAG_LENGTH * 8 }
  return { mechanism: lib.CKM_AES_GCM, parameter }
}

const isTrue = (value: unknown): boolean => Buffer.isBuffer(value) && value.length > 0 && value[0] !== 0

/** The CKR_ name of a pkcs11js error, if it is one. */
function ckr(err: unknown): string | undefined {
  return /(CKR_[A-Z0-9_]+)/.exec(err instanceof Error ? err.message : '')?.[1]
}

/** Our typed errors pass through; anything else from the module becomes a Pkcs11Error naming its CKR_ code. */
function typed(err: unknown, description: string): Error {
  if (err instanceof KeyStoreError) return err
  const code = ckr(err)
  if (code === 'CKR_TOKEN_NOT_PRESENT' || code === 'CKR_SLOT_ID_INVALID' || code === 'CKR_TOKEN_NOT_RECOGNIZED') {
    return new TokenNotFoundError(`token missing for ${description} (${code})`)
  }
  return new Pkcs11Error(`PKCS#11 failure for ${description}: ${code ?? (err as Error).message}`, { cause: err })
}

function tryQuietly(fn: () => void): void {
  try {
    fn()
  } catch {
    // Teardown after a failure: the first error is the one to report.
  }
}

let pkcs11js: typeof Pkcs11js | undefined
/** pkcs11js is a native CommonJS addon: loaded on first use, so passphrase-only stores never need it. */
function loadPkcs11js(): typeof Pkcs11js {
  pkcs11js ??= createRequire(import.meta.url)('pkcs11js') as typeof Pkcs11js
  return pkcs11js
}
