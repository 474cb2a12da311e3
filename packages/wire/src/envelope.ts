import { SEAL_OVERHEAD, sessionId, type Complaint, type Message } from '@thresh/crypto'
import { thresh } from '../gen/thresh.js'
import { protoCodec, type Codec } from './codec.js'
import { WireError } from './errors.js'
import { bytes, list, uint } from './fields.js'
import { MAX_PARTIES, MAX_ROUNDS, SESSION_ID_BYTES } from './limits.js'

/** A secret share message sealed to its recipient's KEM key (crypto xwingSeal). */
export interface SealedPayload {
  /** The recipient's KEM key id (KemAnnouncement.key_id) it is sealed to. */
  readonly keyId: number
  /** The sealed message: version | X-Wing ciphertext | AES-256-GCM ciphertext | tag. */
  readonly box: Uint8Array
}

/**
 * A protocol message on its way between nodes: the session's message with its payload
 * already encoded; or, when `sealed` is set, with an empty payload and the encoded
 * payload sealed to the recipient.
 */
export type WireMessage = Message<Uint8Array> & { readonly sealed?: SealedPayload }

/**
 * The Envelope frame of /thresh/session/2.0.0. Recipient 0 on the wire means broadcast.
 * The payload is opaque here; the session's payload codec decodes it. Round 0 carries a
 * Complaint (complaintCodec), always to everybody. A sealed envelope is direct, in a
 * protocol round, with an empty payload.
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
    ...(m.sealed ? { sealed: { keyId: m.sealed.keyId, box: m.sealed.box } } : {}),
  }),
  (e) => {
    const recipient = uint(e.recipient, 'recipient', 0, MAX_PARTIES)
    const round = uint(e.round, 'round', 0, MAX_ROUNDS)
    if (round === 0 && recipient !== 0) throw new WireError('invalid-field', 'a complaint (round 0) goes to every party', 'recipient')
    const header = {
      session: bytes(e.sessionId, 'session_id', SESSION_ID_BYTES),
      round,
      from: uint(e.sender, 'sender', 1, MAX_PARTIES),
      to: recipient === 0 ? ('broadcast' as const) : recipient,
    }
    if (e.sealed) {
      if (recipient === 0) throw new WireError('invalid-field', 'a sealed message is direct', 'recipient')
      bytes(e.payload, 'payload', 0)
      return { ...header, payload: new Uint8Array(0), sealed: sealedPayloadField(e.sealed, 'sealed') }
    }
    // every protocol payload holds at least its message-type tag
    return { ...header, payload: bytes(e.payload, 'payload', { min: 1, max: Number.MAX_SAFE_INTEGER }) }
  },
)

/** A SealedPayload field, checked: a key id and a box at least as long as an empty sealed message. */
export function sealedPayloadField(value: thresh.v1.SealedPayload.$Properties, field: string): SealedPayload {
  return { keyId: uint(value.keyId, `${field}.key_id`, 1, 0xffffffff), box: bytes(value.box, `${field}.box`, { min: SEAL_OVERHEAD, max: Number.MAX_SAFE_INTEGER }) }
}

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
