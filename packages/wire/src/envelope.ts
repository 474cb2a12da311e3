import { sessionId, type Complaint, type Message } from '@thresh/crypto'
import { thresh } from '../gen/thresh.js'
import { protoCodec, type Codec } from './codec.js'
import { WireError } from './errors.js'
import { bytes, list, uint } from './fields.js'
import { MAX_PARTIES, MAX_ROUNDS, SESSION_ID_BYTES } from './limits.js'

/** A protocol message on its way between nodes: the session's message with its payload already encoded. */
export type WireMessage = Message<Uint8Array>

/**
 * The Envelope frame of /thresh/session/1.0.0. Recipient 0 on the wire means broadcast.
 * The payload is opaque here; the session's payload codec decodes it. Round 0 carries a
 * Complaint (complaintCodec), always to everybody.
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
    const round = uint(e.round, 'round', 0, MAX_ROUNDS)
    if (round === 0 && recipient !== 0) throw new WireError('invalid-field', 'a complaint (round 0) goes to every party', 'recipient')
    return {
      session: bytes(e.sessionId, 'session_id', SESSION_ID_BYTES),
      round,
      from: uint(e.sender, 'sender', 1, MAX_PARTIES),
      to: recipient === 0 ? 'broadcast' : recipient,
      // every protocol payload holds at least its message-type tag
      payload: bytes(e.payload, 'payload', { min: 1, max: Number.MAX_SAFE_INTEGER }),
    }
  },
)

/** Complaint reasons are explanations for logs, bounded. */
export const MAX_COMPLAINT_REASON = 512

/** A complaint as it travels: the session's Complaint and the complainer's identity signature. */
export interface SignedComplaint extends Complaint {
  /** 64 bytes: Ed25519 over complaintStatement(...). */
  readonly signature: Uint8Array
}

/**
 * What a complainer signs: the coordinator's request nonce (which the coordinator knows,
 * so it can check a complaint other nodes relay, and which no other request shares), the
 * complainer's and the accused's peer ids, and the reason.
 */
export function complaintStatement(nonce: Uint8Array, accuser: string, accused: readonly string[], reason: string): Uint8Array {
  return sessionId('thresh/complaint/v1', nonce, accuser, accused.length, ...accused, reason)
}

/** The payload of a round-0 Envelope. */
export const complaintCodec: Codec<SignedComplaint> = protoCodec(
  'Complaint',
  thresh.v1.Complaint,
  (c) => ({ accused: [...c.accused], reason: c.reason.slice(0, MAX_COMPLAINT_REASON), signature: c.signature }),
  (c) => {
    const accused = list(c.accused, 'accused', 1, MAX_PARTIES).map((p, i) => uint(p, `accused[${i}]`, 1, 0xffffffff))
    if (accused.some((p, i) => i > 0 && p <= accused[i - 1]!)) throw new WireError('invalid-field', 'accused must be ascending and distinct', 'accused')
    const reason = c.reason ?? ''
    if (reason.length > MAX_COMPLAINT_REASON) throw new WireError('invalid-field', `reason must be at most ${MAX_COMPLAINT_REASON} characters`, 'reason')
    return { accused, reason, signature: bytes(c.signature, 'signature', 64) }
  },
)
