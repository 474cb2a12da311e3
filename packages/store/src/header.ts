import { randomBytes } from 'node:crypto'
import { Reader, Truncated, concat, u8, utf8 } from './bytes.js'
import { StoreFormatError, UnsupportedVersionError, WrongPassphraseError } from './errors.js'
import { SALT_LENGTH, deriveKeys, kdfProblem, wipeKeys, type KdfParams, type MasterKeys } from './kdf.js'
import { MAC_LENGTH, mac, macMatches } from './primitives.js'

/**
 * A passphrase-sealed header, shared by the store header record and key backups:
 *
 *   magic ‖ version u8 ‖ log2(N) u8 ‖ r u8 ‖ p u8 ‖ salt (32) ‖ check (32)
 *
 * check = HMAC-SHA256(macKey, everything before it). It tells a wrong passphrase apart
 * before any record is touched, and authenticates the KDF parameters and salt.
 */
export interface HeaderKind {
  readonly magic: string
  readonly version: number
  /** How errors name the thing, e.g. "store at /x" or "backup". */
  readonly what: string
}

export interface Header {
  readonly params: KdfParams
  readonly salt: Uint8Array
  /** The header bytes the check covers. */
  readonly signed: Uint8Array
  readonly check: Uint8Array
  /** The full encoded header (signed ‖ check). */
  readonly bytes: Uint8Array
}

/** Derives fresh keys under a new random salt and returns them with the encoded header. */
export async function sealHeader(kind: HeaderKind, passphrase: string | Uint8Array, params: KdfParams): Promise<{ keys: MasterKeys; header: Uint8Array }> {
  const salt = randomBytes(SALT_LENGTH)
  const keys = await deriveKeys(passphrase, salt, params)
  const signed = concat([utf8(kind.magic), u8(kind.version), u8(Math.log2(params.N)), u8(params.r), u8(params.p), salt])
  return { keys, header: concat([signed, mac(keys.mac, signed)]) }
}

/** Parses a header at the start of `bytes` without deriving anything. */
export function readHeader(kind: HeaderKind, bytes: Uint8Array): Header {
  const reader = new Reader(bytes)
  try {
    const magic = reader.take(Buffer.byteLength(kind.magic))
    if (!Buffer.from(magic).equals(utf8(kind.magic))) throw new StoreFormatError(`${kind.what}: not a ${kind.magic} header`)
    const version = reader.u8()
    if (version !== kind.version) throw new UnsupportedVersionError(kind.what, version, kind.version)
    const log2N = reader.u8()
    const params = { N: 2 ** log2N, r: reader.u8(), p: reader.u8() }
    const problem = kdfProblem(params)
    if (problem) throw new StoreFormatError(`${kind.what} has unacceptable KDF parameters: ${problem}`)
    const salt = reader.take(SALT_LENGTH)
    const signed = bytes.subarray(0, reader.position)
    const check = reader.take(MAC_LENGTH)
    return { params, salt, signed, check, bytes: bytes.subarray(0, reader.position) }
  } catch (err) {
    if (err instanceof Truncated) throw new StoreFormatError(`${kind.what} has a truncated header`)
    throw err
  }
}

/** Derives the keys for `header` and proves the passphrase right, or throws WrongPassphraseError. */
export async function unlockHeader(header: Header, passphrase: string | Uint8Array, wrongMessage: string): Promise<MasterKeys> {
  const keys = await deriveKeys(passphrase, header.salt, header.params)
  if (!macMatches(keys.mac, header.signed, header.check)) {
    wipeKeys(keys)
    throw new WrongPassphraseError(wrongMessage)
  }
  return keys
}
