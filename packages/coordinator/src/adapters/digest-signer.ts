import type { Scheme } from '@thresh/crypto'
import { ConfigError } from '../errors.js'

/**
 * What the Ethereum adapters need from a thresh network: the key's public facts and
 * an ECDSA signature over a 32-byte digest. Coordinator implements it; tests may
 * substitute anything with the same shape.
 */
export interface DigestSigner {
  publicKey(keyId: string): Promise<{ readonly scheme: Scheme; readonly groupPublicKey: Uint8Array }>
  signDigest(options: { keyId: string; digest: Uint8Array }): Promise<{ readonly r: bigint; readonly s: bigint; readonly recoveryId: 0 | 1 }>
}

/** The key's compressed public key, refusing a key that is not ECDSA. */
export async function ecdsaPublicKey(source: DigestSigner, keyId: string): Promise<Uint8Array> {
  const key = await source.publicKey(keyId)
  if (key.scheme !== 'ecdsa') throw new ConfigError(`key ${keyId} is a ${key.scheme} key: Ethereum accounts need an ECDSA key`, 'keyId')
  return key.groupPublicKey
}
