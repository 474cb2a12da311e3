import { Reader, Truncated, concat, u16, u32, utf8 } from './bytes.js'
import { RecordTamperedError, StoreFormatError } from './errors.js'
import { readHeader, sealHeader, unlockHeader, type HeaderKind } from './header.js'
import { wipeKeys, type KdfParams } from './kdf.js'
import { seal, unseal, wipe } from './primitives.js'

/**
 * A self-contained encrypted backup of one key share (format version 1):
 *
 *   header ‖ nonce (12) ‖ ciphertext ‖ tag (16)
 *
 * header is the sealed header of header.ts with magic "thresh-key-backup" — its own
 * scrypt salt and parameters, and a check value that recognises a wrong passphrase.
 * The AES-256-GCM AAD is the whole header, so a parameter or version change fails.
 * Plaintext: u16 keyIdLength ‖ keyId ‖ u32 metaLength ‖ meta (JSON) ‖ secret.
 */
const BACKUP: HeaderKind = { magic: 'thresh-key-backup', version: 1, what: 'backup' }

export interface BackupContent {
  readonly keyId: string
  readonly metaBytes: Uint8Array
  /** Secret share bytes; after decodeBackup the caller owns (and should wipe) them. */
  readonly secret: Uint8Array
}

export async function encodeBackup(content: BackupContent, passphrase: string | Uint8Array, params: KdfParams): Promise<Uint8Array> {
  const { keys, header } = await sealHeader(BACKUP, passphrase, params)
  const id = utf8(content.keyId)
  const plaintext = concat([u16(id.length), id, u32(content.metaBytes.length), content.metaBytes, content.secret])
  try {
    return concat([header, seal(keys.enc, plaintext, header)])
  } finally {
    wipe(plaintext)
    wipeKeys(keys)
  }
}

export async function decodeBackup(backup: Uint8Array, passphrase: string | Uint8Array): Promise<BackupContent> {
  const header = readHeader(BACKUP, backup)
  const keys = await unlockHeader(header, passphrase, 'wrong backup passphrase (or the backup header was modified)')
  const plaintext = unseal(keys.enc, backup.subarray(header.bytes.length), header.bytes)
  wipeKeys(keys)
  if (!plaintext) throw new RecordTamperedError('backup', 'backup failed authentication: it was modified or corrupted')
  try {
    const reader = new Reader(plaintext)
    const keyId = Buffer.from(reader.take(reader.u16())).toString('utf8')
    const metaBytes = Uint8Array.from(reader.take(reader.u32()))
    const secret = Uint8Array.from(reader.rest())
    return { keyId, metaBytes, secret }
  } catch (err) {
    if (err instanceof Truncated) throw new StoreFormatError('backup payload is malformed')
    throw err
  } finally {
    wipe(plaintext)
  }
}
