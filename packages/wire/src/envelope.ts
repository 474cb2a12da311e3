import type { Message } from '@thresh/crypto'
import { thresh } from '../gen/thresh.js'
import { protoCodec, type Codec } from './codec.js'
import { bytes, uint } from './fields.js'
import { MAX_PARTIES, MAX_ROUNDS, SESSION_ID_BYTES } from './limits.js'

/** A protocol message on its way between nodes: the session's message with its payload already encoded. */
export type WireMessage = Message<Uint8Array>

/**
 * The Envelope frame of /thresh/session/1.0.0. Recipient 0 on the wire means broadcast.
 * The payload is opaque here; the session's payload codec decodes it.
 */
export const envelopeCodec: Codec<WireMessage> = protoCodec(
  'Envelope',
  thresh.v1.Envelope,
  (m) => ({
    sessionId: m.session,
    round: m.round,
    sender: m.from,
    recipient: m.to === 'broadcast' ? 0 : m.to,
    payload: m.payload,
  }),
  (e) => {
    const recipient = uint(e.recipient, 'recipient', 0, MAX_PARTIES)
    return {
      session: bytes(e.sessionId, 'session_id', SESSION_ID_BYTES),
      round: uint(e.round, 'round', 1, MAX_ROUNDS),
      from: uint(e.sender, 'sender', 1, MAX_PARTIES),
      to: recipient === 0 ? 'broadcast' : recipient,
      // every protocol payload holds at least its message-type tag
      payload: bytes(e.payload, 'payload', { min: 1, max: Number.MAX_SAFE_INTEGER }),
    }
  },
)
