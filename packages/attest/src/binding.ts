import { createHash } from 'node:crypto'

/** What an attestation is bound to: one session, one peer, one identity key. */
export interface AttestationBinding {
  readonly sessionId: Uint8Array
  /** The peer's libp2p peer id (its string form). */
  readonly peerId: string
  /** The peer's identity public key bytes (as in its signed identity). */
  readonly identityPublicKey: Uint8Array
}

/**
 * The nonce a TPM quote (qualifying data) or a Nitro document carries:
 * SHA-256("thresh-attest/v1" ‖ u32 len ‖ sessionId ‖ u32 len ‖ peerId ‖ u32 len ‖ identityPublicKey).
 * Length prefixes keep two different triples from hashing the same bytes.
 */
export function attestationNonce(binding: AttestationBinding): Uint8Array {
  const hash = createHash('sha256').update('thresh-attest/v1')
  for (const part of [binding.sessionId, Buffer.from(binding.peerId, 'utf8'), binding.identityPublicKey]) {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(part.length)
    hash.update(length).update(part)
  }
  return new Uint8Array(hash.digest())
}
