/** Why an attestation was refused; stable strings a caller can branch on and log. */
export type AttestationReason =
  | 'malformed'
  | 'unsupported-algorithm'
  | 'bad-signature'
  | 'untrusted-root'
  | 'bad-chain'
  | 'certificate-not-valid'
  | 'stale'
  | 'wrong-session'
  | 'wrong-identity'
  | 'nonce-mismatch'
  | 'user-data-mismatch'
  | 'public-key-mismatch'
  | 'pcr-selection-mismatch'
  | 'pcr-mismatch'
  | 'pcr-not-allowed'

/** Every refusal: `reason` says which check failed, the message says what it saw. */
export class AttestationError extends Error {
  constructor(
    readonly reason: AttestationReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${reason}: ${message}`, options)
    this.name = 'AttestationError'
  }
}
