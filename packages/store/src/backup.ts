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

/**
 * A whole-node backup (format version 1): every record of a store — the node identity
 * and its other named secrets, every key share with its metadata — sealed like a key
 * backup under its own header (magic "thresh-node-backup").
 * Plaintext: u32 count, then per record: u16 nameLength ‖ name (the record's store key,
 * "share:<id>" or "secret:<name>") ‖ u32 publicLength ‖ public bytes ‖ u32 secretLength ‖ secret.
 */
const NODE_BACKUP: HeaderKind = { magic: 'thresh-node-backup', version: 1, what: 'node backup' }

export interface BackupRecord {
  /** The record's store key. */
  readonly name: string
  readonly publicBytes: Uint8Array
  /** After decodeNodeBackup the caller owns (and should wipe) these. */
  readonly secret: Uint8Array
}

export async function encodeNodeBackup(records: readonly BackupRecord[], passphrase: string | Uint8Array, params: KdfParams): Promise<Uint8Array> {
  const { keys, header } = await sealHeader(NODE_BACKUP, passphrase, params)
  const parts: Uint8Array[] = [u32(records.length)]
  for (const r of records) {
    const name = utf8(r.name)
    parts.push(u16(name.length), name, u32(r.publicBytes.length), r.publicBytes, u32(r.secret.length), r.secret)
  }
  const plaintext = concat(parts)
  try {
    return concat([header, seal(keys.enc, plaintext, header)])
  } finally {
    wipe(plaintext)
    wipeKeys(keys)
  }
}

export async function decodeNodeBackup(backup: Uint8Array, passphrase: string | Uint8Array): Promise<BackupRecord[]> {
  const header = readHeader(NODE_BACKUP, backup)
  const keys = await unlockHeader(header, passphrase, 'wrong backup passphrase (or the backup header was modified)')
  const plaintext = unseal(keys.enc, backup.subarray(header.bytes.length), header.bytes)
  wipeKeys(keys)
  if (!plaintext) throw new RecordTamperedError('node backup', 'node backup failed authentication: it was modified or corrupted')
  const records: BackupRecord[] = []
  try {
    const reader = new Reader(plaintext)
    const count = reader.u32()
    for (let i = 0; i < count; i += 1) {
      const name = Buffer.from(reader.take(reader.u16())).toString('utf8')
      const publicBytes = Uint8Array.from(reader.take(reader.u32()))
      const secret = Uint8Array.from(reader.take(reader.u32()))
      records.push({ name, publicBytes, secret })
    }
    if (reader.rest().length !== 0) throw new Truncated()
    return records
  } catch (err) {
    for (const r of records) wipe(r.secret)
    if (err instanceof Truncated) throw new StoreFormatError('node backup payload is malformed')
    throw err
  } finally {
    wipe(plaintext)
  }
}

/** Whether `bytes` start like a whole-node backup (and not a one-key backup). */
export function isNodeBackup(bytes: Uint8Array): boolean {
  const magic = new TextEncoder().encode(NODE_BACKUP.magic)
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)
}
