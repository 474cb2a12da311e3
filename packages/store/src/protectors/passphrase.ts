import { randomBytes } from 'node:crypto'
import { Reader, Truncated, concat, u8 } from '../bytes.js'
import { StoreFormatError, WrongPassphraseError } from '../errors.js'
import { unlockHeader, type Header } from '../header.js'
import { SALT_LENGTH, deriveKeys, kdfProblem, resolveKdf, wipeKeys, type KdfParams, type MasterKeys } from '../kdf.js'
import type { Protector } from '../protector.js'
import { seal, unseal } from '../primitives.js'

/**
 * The operator's passphrase wraps the data key: scrypt(passphrase, salt) gives an
 * AES-256 key-encryption key, and the blob is
 *
 *   log2(N) u8 ‖ r u8 ‖ p u8 ‖ salt (32) ‖ nonce (12) ‖ AES-256-GCM(dataKey) ‖ tag (16)
 *
 * with AAD = binding ‖ the clear parameters, so a changed salt or cost fails like a
 * wrong passphrase does (GCM cannot tell the two apart).
 */
export class PassphraseProtector implements Protector {
  readonly kind = 'passphrase'
  readonly description = 'passphrase'
  readonly kdf: KdfParams

  constructor(
    private readonly passphrase: string | Uint8Array,
    kdf?: Partial<KdfParams>,
  ) {
    this.kdf = resolveKdf(kdf)
  }

  async wrap(dataKey: Uint8Array, binding: Uint8Array): Promise<Uint8Array> {
    const { N, r, p } = this.kdf
    const params = concat([u8(Math.log2(N)), u8(r), u8(p), randomBytes(SALT_LENGTH)])
    const keys = await deriveKeys(this.passphrase, params.subarray(3), this.kdf)
    try {
      return concat([params, seal(keys.enc, dataKey, concat([binding, params]))])
    } finally {
      wipeKeys(keys)
    }
  }

  async unwrap(blob: Uint8Array, binding: Uint8Array, what: string): Promise<Uint8Array> {
    const { kdf, params, sealed } = parsePassphraseBlob(blob, what)
    const keys = await deriveKeys(this.passphrase, params.subarray(3), kdf)
    try {
      const dataKey = unseal(keys.enc, sealed, concat([binding, params]))
      if (!dataKey) throw new WrongPassphraseError(`wrong passphrase for ${what} (or its header was modified)`)
      return dataKey
    } finally {
      wipeKeys(keys)
    }
  }

  /** The record keys of a version-1 store: scrypt's output under its header, which wraps nothing. */
  unlockLegacy(header: Header, what: string): Promise<MasterKeys> {
    return unlockHeader(header, this.passphrase, `wrong passphrase for ${what} (or its header was modified)`)
  }
}

/** The scrypt parameters of a passphrase blob, bounded before anything is derived. */
export function parsePassphraseBlob(blob: Uint8Array, what: string): { kdf: KdfParams; params: Uint8Array; sealed: Uint8Array } {
  const reader = new Reader(blob)
  try {
    const kdf = { N: 2 ** reader.u8(), r: reader.u8(), p: reader.u8() }
    const problem = kdfProblem(kdf)
    if (problem) throw new StoreFormatError(`${what} has unacceptable KDF parameters: ${problem}`)
    reader.take(SALT_LENGTH)
    return { kdf, params: blob.subarray(0, reader.position), sealed: reader.rest() }
  } catch (err) {
    if (err instanceof Truncated) throw new StoreFormatError(`${what} has a truncated passphrase header`)
    throw err
  }
}
