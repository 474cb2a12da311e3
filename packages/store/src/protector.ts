import { concat, u8, utf8 } from './bytes.js'

/** The ways a store's data key can be wrapped; exactly one wraps a given store. */
export type ProtectorKind = 'passphrase' | 'pkcs11' | 'tpm2'

export const PROTECTOR_CODES: Readonly<Record<ProtectorKind, number>> = Object.freeze({ passphrase: 1, pkcs11: 2, tpm2: 3 })

export function protectorKindOf(code: number): ProtectorKind | undefined {
  return (Object.keys(PROTECTOR_CODES) as ProtectorKind[]).find((kind) => PROTECTOR_CODES[kind] === code)
}

/**
 * Wraps and unwraps a store's 64-byte data key (AES-256-GCM key ‖ HMAC-SHA256 key).
 * `binding` names the store and header format (see store-header.ts); a protector binds
 * it, with any public parameters of its own, as the AAD of its AES-GCM wrapping, so a
 * wrapped key copied into another store or format fails to unwrap.
 *
 * `wrap` returns an opaque blob the store keeps in its header; `unwrap` gets it back.
 * A protector never tries another way to get the key: every failure is a typed error.
 */
export interface Protector {
  readonly kind: ProtectorKind
  /** How errors and the CLI name it, e.g. "pkcs11 pkcs11:token=thresh;object=store". Never holds a secret. */
  readonly description: string
  wrap(dataKey: Uint8Array, binding: Uint8Array): Promise<Uint8Array>
  /** The data key (the caller's to wipe); throws a typed KeyStoreError whose message names `what` (e.g. "store at /x"). */
  unwrap(blob: Uint8Array, binding: Uint8Array, what: string): Promise<Uint8Array>
}

export const DATA_KEY_LENGTH = 64

/** The AAD every protector binds: "thresh-keystore/data-key" ‖ format version ‖ store id ‖ protector code. */
export function dataKeyBinding(version: number, storeId: Uint8Array, kind: ProtectorKind): Uint8Array {
  return concat([utf8('thresh-keystore/data-key'), u8(version), storeId, u8(PROTECTOR_CODES[kind])])
}
