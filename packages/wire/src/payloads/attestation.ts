import { thresh } from '../../gen/thresh.js'
import { protoCodec, type Codec } from '../codec.js'
import { bytes, enumName, enumNumber, present } from '../fields.js'
import { SESSION_ID_BYTES } from '../limits.js'
import { peerIdString } from '../peer-ids.js'
import { WIRE_PROTECTIONS, type Protection } from '../rpc.js'

/** A TPM 2.0 quote as tpm2_quote writes it: the signed TPMS_ATTEST and its TPMT_SIGNATURE. */
export interface TpmQuoteBytes {
  readonly quoted: Uint8Array
  readonly signature: Uint8Array
  /** What the sender made the quote for: the inputs of its nonce. */
  readonly binding: { readonly sessionId: Uint8Array; readonly peerId: string; readonly identityPublicKey: Uint8Array }
}

/** The one message of the attestation exchange before a DKG. */
export interface AttestationMessage {
  readonly protection: Protection
  /** Absent: the sender does not attest. */
  readonly quote?: TpmQuoteBytes
}

/** TPMS_ATTEST of a quote over one PCR bank is ~150 bytes and an RSA-4096 TPMT_SIGNATURE ~520: 1 KiB bounds both. */
const QUOTE_PART = { min: 1, max: 1024 } as const

/** The AttestationPayload encoding (proto/thresh.proto). */
export const attestationCodec: Codec<AttestationMessage> = protoCodec<AttestationMessage, thresh.v1.AttestationPayload.$Properties>(
  'AttestationPayload',
  thresh.v1.AttestationPayload,
  (m) => ({
    protection: enumNumber(m.protection, WIRE_PROTECTIONS),
    ...(m.quote
      ? {
          tpmQuote: {
            quoted: m.quote.quoted, signature: m.quote.signature,
            sessionId: m.quote.binding.sessionId, peerId: m.quote.binding.peerId, identityPublicKey: m.quote.binding.identityPublicKey,
          },
        }
      : {}),
  }),
  (p) => {
    const protection = enumName(p.protection ?? 0, 'protection', WIRE_PROTECTIONS)
    if (p.tpmQuote === null || p.tpmQuote === undefined) return { protection }
    const q = present(p.tpmQuote, 'tpm_quote')
    return {
      protection,
      quote: {
        quoted: bytes(q.quoted, 'tpm_quote.quoted', QUOTE_PART),
        signature: bytes(q.signature, 'tpm_quote.signature', QUOTE_PART),
        binding: {
          sessionId: bytes(q.sessionId, 'tpm_quote.session_id', SESSION_ID_BYTES),
          peerId: peerIdString(q.peerId ?? '', 'tpm_quote.peer_id'),
          identityPublicKey: bytes(q.identityPublicKey, 'tpm_quote.identity_public_key', 32),
        },
      },
    }
  },
)
