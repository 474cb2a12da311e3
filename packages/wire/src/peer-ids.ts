import { peerIdFromString } from '@libp2p/peer-id'
import type { Ed25519PeerId } from '@libp2p/interface'
import { WireError } from './errors.js'

/**
 * Checks that `value` is a canonical Ed25519 libp2p peer id string (thresh node
 * identities are Ed25519 keys; the peer id embeds the public key) and returns it.
 */
export function peerIdString(value: string | null | undefined, field: string): string {
  const id = parseEd25519PeerId(value ?? '', field)
  return id.toString()
}

export function parseEd25519PeerId(value: string, field: string): Ed25519PeerId {
  let id
  try {
    if (value.length === 0 || value.length > 128) throw new Error('bad length')
    id = peerIdFromString(value)
  } catch {
    throw new WireError('invalid-field', `${field} is not a peer id`, field)
  }
  if (id.type !== 'Ed25519') throw new WireError('invalid-field', `${field} is not an Ed25519 peer id`, field)
  if (id.toString() !== value) throw new WireError('invalid-field', `${field} is not in canonical form`, field)
  return id
}
