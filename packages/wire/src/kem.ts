import { KEM_PUBLIC_KEY_LENGTH, sessionId } from '@thresh/crypto'
import { thresh } from '../gen/thresh.js'
import { protoCodec, type Codec } from './codec.js'
import { WireError } from './errors.js'
import { bytes, uint } from './fields.js'
import { peerIdString } from './peer-ids.js'

/** A node's KEM public key as it announces it (proto KemAnnouncement), signed by its identity key. */
export interface KemAnnouncement {
  readonly peerId: string
  /** Increases with every rotation; sealed payloads name it. */
  readonly keyId: number
  /** The X-Wing public key (1216 bytes). */
  readonly publicKey: Uint8Array
  /** Validity, unix seconds: issuedAt <= now < expiresAt. */
  readonly issuedAt: number
  readonly expiresAt: number
  /** 64 bytes: Ed25519 by the node's identity key over kemAnnouncementStatement(...). */
  readonly signature: Uint8Array
}

/** What the identity key signs: every field but the signature, under its own domain. */
export function kemAnnouncementStatement(a: Omit<KemAnnouncement, 'signature'>): Uint8Array {
  return sessionId('thresh/kem-announcement/v1', a.peerId, a.keyId, a.publicKey, a.issuedAt, a.expiresAt)
}

export const kemAnnouncementCodec: Codec<KemAnnouncement> = protoCodec(
  'KemAnnouncement',
  thresh.v1.KemAnnouncement,
  (a) => ({ peerId: a.peerId, keyId: a.keyId, publicKey: a.publicKey, issuedAt: a.issuedAt, expiresAt: a.expiresAt, signature: a.signature }),
  (a) => {
    const issuedAt = uint(a.issuedAt, 'issued_at', 1, 0xffffffff)
    const expiresAt = uint(a.expiresAt, 'expires_at', 1, 0xffffffff)
    if (expiresAt <= issuedAt) throw new WireError('invalid-field', 'expires_at must be after issued_at', 'expires_at')
    return {
      peerId: peerIdString(a.peerId, 'peer_id'),
      keyId: uint(a.keyId, 'key_id', 1, 0xffffffff),
      publicKey: bytes(a.publicKey, 'public_key', KEM_PUBLIC_KEY_LENGTH),
      issuedAt,
      expiresAt,
      signature: bytes(a.signature, 'signature', 64),
    }
  },
)
