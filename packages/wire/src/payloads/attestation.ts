import { thresh } from '../../gen/thresh.js'
import { protoCodec, type Codec } from '../codec.js'
import { WireError } from '../errors.js'
import { bytes, enumName, enumNumber } from '../fields.js'
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

/** Round 1 of the attestation exchange: a member's share protection and, if it attests, its quote. */
export interface AttestationEvidence {
  readonly type: 'attest/evidence'
  readonly protection: Protection
  /** Absent: the sender does not attest. */
  readonly quote?: TpmQuoteBytes
}

/** Round 2: the digest of the session id and every member's evidence, once the sender accepted all of it. */
export interface AttestationConfirm {
  readonly type: 'attest/confirm'
  readonly transcript: Uint8Array
}

export type AttestationMessage = AttestationEvidence | AttestationConfirm

/** TPMS_ATTEST of a quote over one PCR bank is ~150 bytes and an RSA-4096 TPMT_SIGNATURE ~520: 1 KiB bounds both. */
const QUOTE_PART = { min: 1, max: 1024 } as const

/** The AttestationPayload encoding (proto/thresh.proto). */
export const attestationCodec: Codec<AttestationMessage> = protoCodec<AttestationMessage, thresh.v1.AttestationPayload.$Properties>(
  'AttestationPayload',
  thresh.v1.AttestationPayload,
  (m) => {
    if (m.type === 'attest/confirm') return { confirm: m.transcript }
    const q = m.quote
    return {
      evidence: {
        protection: enumNumber(m.protection, WIRE_PROTECTIONS),
        ...(q ? { tpmQuote: { quoted: q.quoted, signature: q.signature, sessionId: q.binding.sessionId, peerId: q.binding.peerId, identityPublicKey: q.binding.identityPublicKey } } : {}),
      },
    }
  },
  (p): AttestationMessage => {
    switch (p.body) {
      case 'confirm':
        return { type: 'attest/confirm', transcript: bytes(p.confirm, 'confirm', 32) }
      case 'evidence': {
        const e = p.evidence!
        const protection = enumName(e.protection ?? 0, 'evidence.protection', WIRE_PROTECTIONS)
        const q = e.tpmQuote
        if (q === null || q === undefined) return { type: 'attest/evidence', protection }
        return {
          type: 'attest/evidence',
          protection,
          quote: {
            quoted: bytes(q.quoted, 'evidence.tpm_quote.quoted', QUOTE_PART),
            signature: bytes(q.signature, 'evidence.tpm_quote.signature', QUOTE_PART),
            binding: {
              sessionId: bytes(q.sessionId, 'evidence.tpm_quote.session_id', SESSION_ID_BYTES),
              peerId: peerIdString(q.peerId ?? '', 'evidence.tpm_quote.peer_id'),
              identityPublicKey: bytes(q.identityPublicKey, 'evidence.tpm_quote.identity_public_key', 32),
            },
          },
        }
      }
      default:
        throw new WireError('invalid-field', 'payload has no body', 'body')
    }
  },
)
