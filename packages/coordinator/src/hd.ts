// BIP32 public derivation and addresses of a thresh key, computed by the SDK from the
// key's public facts alone (the group public key and the DKG's joint chain code), with
// @thresh/crypto's bip32 module; the nodes derive the same tweak themselves when they sign.
import { p2tr, p2wpkh, NETWORK, TEST_NETWORK } from '@scure/btc-signer'
import { getAddressDecoder } from '@solana/addresses'
import {
  deriveKey, encodeExtendedPublicKey, parseDerivationPath, rootExtendedKey, type Scheme,
} from '@thresh/crypto'
import type { KeyInfo } from '@thresh/wire'
import { ConfigError } from './errors.js'
import { ethereumAddress } from './ethereum.js'

export type AddressChain = 'eth' | 'btc' | 'btc-testnet' | 'sol'

/** The key's depth-0 extended public key: xpub, or tpub with `testnet`. Refused for Ed25519 keys. */
export function xpubOf(key: Pick<KeyInfo, 'keyId' | 'scheme' | 'groupPublicKey' | 'chainCode'>, options: { testnet?: boolean } = {}): string {
  if (key.scheme === 'frost-ed25519') throw new ConfigError(`key ${key.keyId} is a frost-ed25519 key: Ed25519 has no BIP32 extended public key`, 'keyId')
  return encodeExtendedPublicKey(rootExtendedKey(key.groupPublicKey, key.chainCode), options.testnet === true ? 'testnet' : 'mainnet')
}

/**
 * The public key at `path` (string "m/0/5" or indices): 33-byte compressed on
 * secp256k1; an Ed25519 key only at "m" (its group key). Hardened indices are refused.
 */
export function publicKeyAtPath(key: Pick<KeyInfo, 'keyId' | 'scheme' | 'groupPublicKey' | 'chainCode'>, path: string | readonly number[] = []): Uint8Array {
  if (key.scheme === 'ml-dsa-44') throw new ConfigError(`key ${key.keyId} is an ml-dsa-44 key: it has no derivation paths or chain addresses`, 'keyId')
  const indices = checkedPath(key.scheme, path)
  if (key.scheme === 'frost-ed25519') return Uint8Array.from(key.groupPublicKey)
  return indices.length === 0 ? Uint8Array.from(key.groupPublicKey) : deriveKey(key.scheme, key.groupPublicKey, key.chainCode, indices).publicKey
}

/** Parses a path for a key of `scheme`: ConfigError for a bad or hardened path, or any path on an Ed25519 key. */
export function checkedPath(scheme: Scheme, path: string | readonly number[] = []): number[] {
  let indices: number[]
  try {
    indices = parseDerivationPath(path)
  } catch (err) {
    throw new ConfigError((err as Error).message, 'path')
  }
  if (indices.length > 0 && scheme === 'frost-ed25519') {
    throw new ConfigError('frost-ed25519 keys cannot be derived: Ed25519 has no non-hardened derivation standard (SLIP-10 is hardened-only)', 'path')
  }
  return indices
}

/**
 * The address of the key at `path` on `chain`: eth (EIP-55, ECDSA keys); btc/btc-testnet
 * (P2WPKH bc1q/tb1q for ECDSA keys, BIP86 Taproot bc1p/tb1p for bip340 keys); sol (the
 * base58 Ed25519 key of a frost-ed25519 key).
 */
export function addressAt(key: Pick<KeyInfo, 'keyId' | 'scheme' | 'groupPublicKey' | 'chainCode'>, chain: AddressChain, path: string | readonly number[] = []): string {
  const publicKey = publicKeyAtPath(key, path)
  switch (chain) {
    case 'eth':
      if (key.scheme !== 'ecdsa') break
      return ethereumAddress(publicKey)
    case 'btc':
    case 'btc-testnet': {
      const network = chain === 'btc' ? NETWORK : TEST_NETWORK
      if (key.scheme === 'ecdsa') return p2wpkh(publicKey, network).address!
      if (key.scheme === 'bip340') return p2tr(publicKey.subarray(1), undefined, network).address! // BIP86: p2tr applies the key-path tweak
      break
    }
    case 'sol':
      if (key.scheme !== 'frost-ed25519') break
      return getAddressDecoder().decode(publicKey)
    default:
      throw new ConfigError(`unknown chain ${String(chain)}: eth, btc, btc-testnet or sol`, 'chain')
  }
  throw new ConfigError(`a ${key.scheme} key has no ${chain} address (eth: ecdsa; btc: ecdsa or bip340; sol: frost-ed25519)`, 'chain')
}
