import { ripemd160 } from '@noble/hashes/legacy.js'
import { sha256 } from '@noble/hashes/sha2.js'

/** BIP32 key identifier HASH160(serP(K)); the fingerprint is its first 32 bits. */
export function fingerprint(compressedPublicKey: Uint8Array): number {
  const id = ripemd160(sha256(compressedPublicKey))
  return new DataView(id.buffer, id.byteOffset, 4).getUint32(0, false)
}
