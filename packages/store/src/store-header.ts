import { randomBytes } from 'node:crypto'
import { Reader, Truncated, concat, u32, u8, utf8 } from './bytes.js'
import { StoreFormatError, UnsupportedVersionError, WrappedKeyInvalidError } from './errors.js'
import { readHeader, type Header } from './header.js'
import type { MasterKeys } from './kdf.js'
import { mac, macMatches, wipe } from './primitives.js'
import { DATA_KEY_LENGTH, PROTECTOR_CODES, dataKeyBinding, protectorKindOf, type Protector, type ProtectorKind } from './protector.js'

/**
 * The `header` record of a store.
 *
 * Version 1 (before protectors): the passphrase header of header.ts; the record keys are
 * scrypt's output itself. Such stores keep opening with their passphrase unchanged.
 *
 * Version 2: a random 64-byte data key (AES-256-GCM key ‖ HMAC-SHA256 key) wrapped by
 * exactly one protector:
 *
 *   "thresh-keystore" ‖ version u8 (2) ‖ storeId (16) ‖ protector u8 ‖ u32 blobLength ‖ blob ‖ check (32)
 *
 * blob is the protector's wrapping of the data key, bound to dataKeyBinding(2, storeId,
 * protector); check = HMAC(data MAC key, everything before it) proves the unwrapped key
 * is this store's and authenticates the clear parts of the blob.
 */
const MAGIC = 'thresh-keystore'
export const STORE_VERSION = 2
export const STORE_ID_LENGTH = 16
const CHECK_LENGTH = 32
const MAX_BLOB = 64 * 1024

export const legacyHeaderKind = (what: string) => ({ magic: MAGIC, version: 1, what })

export type StoreHeader =
  | { readonly version: 1; readonly legacy: Header; readonly kind: 'passphrase' }
  | {
      readonly version: 2
      readonly storeId: Uint8Array
      readonly kind: ProtectorKind
      readonly blob: Uint8Array
      readonly signed: Uint8Array
      readonly check: Uint8Array
      readonly bytes: Uint8Array
    }

export function readStoreHeader(bytes: Uint8Array, what: string): StoreHeader {
  const reader = new Reader(bytes)
  try {
    if (!Buffer.from(reader.take(MAGIC.length)).equals(utf8(MAGIC))) throw new StoreFormatError(`${what}: not a ${MAGIC} header`)
    const version = reader.u8()
    if (version === 1) {
      const legacy = readHeader(legacyHeaderKind(what), bytes)
      if (legacy.bytes.length !== bytes.length) throw new StoreFormatError(`${what} has trailing bytes in its header`)
      return { version: 1, legacy, kind: 'passphrase' }
    }
    if (version !== STORE_VERSION) throw new UnsupportedVersionError(what, version, '1 or 2')
    const storeId = reader.take(STORE_ID_LENGTH)
    const code = reader.u8()
    const kind = protectorKindOf(code)
    if (!kind) throw new StoreFormatError(`${what} names an unknown protector (${code})`)
    const blobLength = reader.u32()
    if (blobLength > MAX_BLOB) throw new StoreFormatError(`${what} has an oversized protector blob`)
    const blob = reader.take(blobLength)
    const signed = bytes.subarray(0, reader.position)
    const check = reader.take(CHECK_LENGTH)
    if (reader.position !== bytes.length) throw new StoreFormatError(`${what} has trailing bytes in its header`)
    return { version: 2, storeId, kind, blob, signed, check, bytes }
  } catch (err) {
    if (err instanceof Truncated) throw new StoreFormatError(`${what} has a truncated header`)
    throw err
  }
}

/** Wraps `dataKey` with `protector` and returns the encoded version-2 header. */
export async function sealStoreHeader(protector: Protector, dataKey: Uint8Array, storeId: Uint8Array): Promise<Uint8Array> {
  const blob = await protector.wrap(dataKey, dataKeyBinding(STORE_VERSION, storeId, protector.kind))
  const signed = concat([utf8(MAGIC), u8(STORE_VERSION), storeId, u8(PROTECTOR_CODES[protector.kind]), u32(blob.length), blob])
  return concat([signed, mac(dataKey.subarray(32), signed)])
}

/** Unwraps a version-2 header's data key with `protector` (of the header's kind) and checks it. */
export async function unlockStoreHeader(header: Extract<StoreHeader, { version: 2 }>, protector: Protector, what: string): Promise<MasterKeys> {
  const dataKey = await protector.unwrap(header.blob, dataKeyBinding(STORE_VERSION, header.storeId, header.kind), what)
  if (dataKey.length !== DATA_KEY_LENGTH || !macMatches(dataKey.subarray(32), header.signed, header.check)) {
    wipe(dataKey)
    throw new WrappedKeyInvalidError(`${what}: the unwrapped data key does not match the header check (header modified?)`)
  }
  return splitDataKey(dataKey)
}

export const newStoreId = (): Uint8Array => randomBytes(STORE_ID_LENGTH)
export const newDataKey = (): Uint8Array => randomBytes(DATA_KEY_LENGTH)

/** Views of the data key as the record keys (no copy: wiping the keys wipes the data key). */
export function splitDataKey(dataKey: Uint8Array): MasterKeys {
  return { enc: dataKey.subarray(0, 32), mac: dataKey.subarray(32) }
}

/** The data key of open record keys, as one fresh buffer (the caller's to wipe). */
export function joinDataKey(keys: MasterKeys): Uint8Array {
  return concat([keys.enc, keys.mac])
}
