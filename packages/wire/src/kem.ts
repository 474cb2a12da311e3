import type { AbortOptions, MessageStream } from '@libp2p/interface'
import { KEM_PUBLIC_KEY_LENGTH, sessionId, verifyIdentitySignature, type SealContext } from '@thresh/crypto'
import { thresh } from '../gen/thresh.js'
import { protoCodec, type Codec } from './codec.js'
import { WireError } from './errors.js'
import { bytes, uint } from './fields.js'
import { closeStream, frameStream } from './framing.js'
import { parseEd25519PeerId, peerIdString } from './peer-ids.js'
import type { ImportKeyRequest } from './rpc.js'

const canonicalId = sessionId

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

/** Clock skew allowed on an announcement's issued_at. */
const MAX_SKEW_SECONDS = 300

/**
 * Why `announcement` is not `peer`'s own at `now` (unix seconds): another peer's, not
 * signed by the identity key `peer` embeds, issued in the future or expired. Undefined
 * when it checks out; then its key is the one to seal to for that peer.
 */
export function kemAnnouncementProblem(peer: string, announcement: KemAnnouncement, now: number): string | undefined {
  if (announcement.peerId !== peer) return `it names another peer (${announcement.peerId})`
  const { signature, ...body } = announcement
  const identity = parseEd25519PeerId(peer, 'peer').publicKey.raw
  if (!verifyIdentitySignature(identity, kemAnnouncementStatement(body), signature)) return 'its signature is not by the peer\'s identity key'
  if (announcement.issuedAt > now + MAX_SKEW_SECONDS) return 'it is issued in the future'
  if (announcement.expiresAt <= now) return 'it has expired'
  return undefined
}

/** Reads the one KemAnnouncement a /thresh/kem/1.0.0 stream carries, and closes the stream. */
export async function readKemAnnouncement(stream: MessageStream, options: AbortOptions = {}): Promise<KemAnnouncement> {
  const frames = frameStream(stream, MAX_ANNOUNCEMENT_FRAME)
  try {
    const frame = await frames.read(options)
    if (frame === null) throw new WireError('malformed', 'peer closed the stream without a KEM announcement')
    return kemAnnouncementCodec.decode(frame)
  } finally {
    await closeStream(stream).catch(() => undefined)
  }
}

/** Far above an announcement's size (about 1.4 KB). */
export const MAX_ANNOUNCEMENT_FRAME = 4096

/**
 * What a sealed import share is bound to: the request (key id, nonce, scheme, threshold,
 * committee, commitment, chain code; not issued_at, which the SDK stamps as it sends) as
 * the session id, and the recipient party. The dealer (the SDK) is no party: `sender`
 * repeats the recipient.
 */
export function importShareContext(request: Omit<ImportKeyRequest, 'kind' | 'sealedShare' | 'issuedAt'>, recipient: number): SealContext {
  const sessionId = canonicalId('thresh/import-share/v1', request.keyId, request.nonce, request.scheme, request.threshold,
    request.parties.length, ...request.parties, ...request.commitment, request.chainCode)
  return { sessionId, sender: recipient, recipient, round: 1, messageType: 'import/share' }
}
