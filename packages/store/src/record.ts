import { Reader, Truncated, concat, u16, u32, u8, utf8 } from './bytes.js'
import { RecordTamperedError, UnsupportedVersionError } from './errors.js'
import type { MasterKeys } from './kdf.js'
import { MAC_LENGTH, mac, macMatches, seal, unseal } from './primitives.js'

/**
 * One record value (format version 1):
 *
 *   version u8 ‖ publicLength u32 ‖ public ‖ publicMac (32) ‖ nonce (12) ‖ ciphertext ‖ tag (16)
 *
 * `public` is stored in clear (share metadata; empty for named secrets). Both the HMAC
 * and the AES-256-GCM AAD cover
 *
 *   "thresh-keystore/record" ‖ version ‖ u16 keyLength ‖ recordKey ‖ u32 publicLength ‖ public
 *
 * so a value copied to another record key, or paired with other metadata, fails to open.
 * The separate HMAC lets metadata be listed and checked without decrypting any secret.
 */
export const RECORD_VERSION = 1
const DOMAIN = utf8('thresh-keystore/record')

function boundData(recordKey: string, version: number, publicBytes: Uint8Array): Uint8Array {
  const key = utf8(recordKey)
  return concat([DOMAIN, u8(version), u16(key.length), key, u32(publicBytes.length), publicBytes])
}

export function encodeRecord(keys: MasterKeys, recordKey: string, publicBytes: Uint8Array, secret: Uint8Array): Uint8Array {
  const bound = boundData(recordKey, RECORD_VERSION, publicBytes)
  return concat([u8(RECORD_VERSION), u32(publicBytes.length), publicBytes, mac(keys.mac, bound), seal(keys.enc, secret, bound)])
}

interface ParsedRecord {
  readonly bound: Uint8Array
  readonly publicBytes: Uint8Array
  readonly publicMac: Uint8Array
  readonly sealed: Uint8Array
}

function parseRecord(recordKey: string, value: Uint8Array): ParsedRecord {
  const reader = new Reader(value)
  try {
    const version = reader.u8()
    if (version !== RECORD_VERSION) throw new UnsupportedVersionError(`record '${recordKey}'`, version, RECORD_VERSION)
    const publicBytes = reader.take(reader.u32())
    const publicMac = reader.take(MAC_LENGTH)
    return { bound: boundData(recordKey, version, publicBytes), publicBytes, publicMac, sealed: reader.rest() }
  } catch (err) {
    if (err instanceof Truncated) throw new RecordTamperedError(recordKey)
    throw err
  }
}

function authenticate(keys: MasterKeys, recordKey: string, value: Uint8Array): ParsedRecord {
  const record = parseRecord(recordKey, value)
  if (!macMatches(keys.mac, record.bound, record.publicMac)) throw new RecordTamperedError(recordKey)
  return record
}

/** The authenticated clear part of a record; never touches the ciphertext. */
export function readPublic(keys: MasterKeys, recordKey: string, value: Uint8Array): Uint8Array {
  return authenticate(keys, recordKey, value).publicBytes
}

/** Authenticates and decrypts a record. The returned secret is the caller's to wipe. */
export function openRecord(keys: MasterKeys, recordKey: string, value: Uint8Array): { publicBytes: Uint8Array; secret: Uint8Array } {
  const record = authenticate(keys, recordKey, value)
  const secret = unseal(keys.enc, record.sealed, record.bound)
  if (!secret) throw new RecordTamperedError(recordKey)
  return { publicBytes: record.publicBytes, secret }
}
