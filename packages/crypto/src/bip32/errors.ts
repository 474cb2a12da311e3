/** Why a derivation request was refused; stable strings a caller may branch on. */
export type DerivationErrorCode =
  | 'bad-path'          // not a path: syntax, index range, type
  | 'hardened'          // a hardened index: needs the secret key, which no node holds whole
  | 'too-deep'          // more than MAX_DERIVATION_DEPTH levels (or past BIP32's depth byte)
  | 'unsupported-scheme' // ed25519 has no non-hardened derivation standard
  | 'bad-key'           // group public key or chain code malformed / not a valid point
  | 'invalid-child'     // BIP32's "proceed with the next index" case (IL >= n or child = infinity)
  | 'bad-extended-key'  // an xpub/tpub string that does not decode to a valid extended key

/** A refused BIP32/BIP341 request. Messages name what is wrong, never key material beyond public data. */
export class DerivationError extends Error {
  constructor(readonly code: DerivationErrorCode, message: string) {
    super(message)
    this.name = 'DerivationError'
  }
}
