import type { Scheme } from '@thresh/crypto'
import { ConfigError } from '../errors.js'
import type { PayloadSignature, SignPayloadOptions } from '../types.js'

/**
 * What the chain adapters need from a thresh network: the key's public facts and
 * signatures of typed payloads at a path, verified under the derived key.
 * Coordinator implements it; tests may substitute anything with the same shape.
 */
export interface PayloadSigner {
  publicKey(keyId: string): Promise<{ readonly scheme: Scheme; readonly groupPublicKey: Uint8Array; readonly chainCode: Uint8Array }>
  publicKeyAt(keyId: string, path: string | readonly number[]): Promise<Uint8Array>
  sign(options: SignPayloadOptions): Promise<PayloadSignature>
}

/** Where an adapter signs: a BIP32 path below the key (default: the key itself). */
export interface AdapterOptions {
  readonly path?: string | readonly number[]
}

/** The key's compressed public key at the adapter's path, refusing a key of another scheme. */
export async function adapterKey(source: PayloadSigner, keyId: string, scheme: Scheme, chain: string, options: AdapterOptions = {}): Promise<Uint8Array> {
  const key = await source.publicKey(keyId)
  if (key.scheme !== scheme) throw new ConfigError(`key ${keyId} is a ${key.scheme} key: ${chain} need ${scheme === 'ecdsa' ? 'an ECDSA' : `a ${scheme}`} key`, 'keyId')
  return source.publicKeyAt(keyId, options.path ?? [])
}

/** The one ECDSA signature of a single-digest payload as (r, s, yParity). */
export function ecdsaParts(result: PayloadSignature): { r: bigint; s: bigint; recoveryId: 0 | 1 } {
  const [sig] = result.signatures
  if (!sig || sig.r === undefined || sig.s === undefined || sig.recoveryId === undefined) throw new Error('expected one ECDSA signature')
  return { r: sig.r, s: sig.s, recoveryId: sig.recoveryId }
}
