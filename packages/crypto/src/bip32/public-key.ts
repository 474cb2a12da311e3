import { ripemd160 } from '@noble/hashes/legacy.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { secp256k1Group, type GroupPoint } from '../curves/group.js'
import { DerivationError } from './errors.js'

/** A 33-byte compressed secp256k1 point, fully validated (DerivationError 'bad-key' otherwise). */
export function decodePublicKey(bytes: Uint8Array, what = 'public key'): GroupPoint {
  try {
    return secp256k1Group.decodePoint(bytes, what)
  } catch (e) {
    throw new DerivationError('bad-key', `${(e as Error).message} (expected a 33-byte compressed secp256k1 point)`)
  }
}

/** BIP32 key identifier HASH160(serP(K)); the fingerprint is its first 32 bits. */
export function fingerprint(compressedPublicKey: Uint8Array): number {
  const id = ripemd160(sha256(compressedPublicKey))
  return new DataView(id.buffer, id.byteOffset, 4).getUint32(0, false)
}
