// BIP32 "Serialization format" for extended public keys, plain version bytes only
// (no SLIP-132 ypub/zpub: the script type is the wallet's choice, not the key's).
import { createBase58check } from '@scure/base'
import { sha256 } from '@noble/hashes/sha2.js'
import { checkExtendedKey, type ExtendedPublicKey } from './derive.js'
import { DerivationError } from './errors.js'

export type Bip32Network = 'mainnet' | 'testnet'

/** Version bytes: mainnet xpub 0x0488B21E, testnet tpub 0x043587CF. */
export const XPUB_VERSIONS: Readonly<Record<Bip32Network, number>> = { mainnet: 0x0488b21e, testnet: 0x043587cf }

const base58check = createBase58check(sha256)
const SERIALIZED_LENGTH = 78

/** Serializes an extended public key as an xpub (mainnet) or tpub (testnet) string. */
export function encodeExtendedPublicKey(key: ExtendedPublicKey, network: Bip32Network = 'mainnet'): string {
  if (!Object.hasOwn(XPUB_VERSIONS, network)) throw new DerivationError('bad-key', 'network must be mainnet or testnet')
  const version = XPUB_VERSIONS[network]
  const k = checkExtendedKey(key)
  const out = new Uint8Array(SERIALIZED_LENGTH)
  const view = new DataView(out.buffer)
  view.setUint32(0, version, false)
  out[4] = k.depth
  view.setUint32(5, k.parentFingerprint, false)
  view.setUint32(9, k.childNumber, false)
  out.set(k.chainCode, 13)
  out.set(k.publicKey, 45)
  return base58check.encode(out)
}

/**
 * Parses an xpub/tpub string with BIP32's checks (checksum, length, version, depth-0
 * consistency, valid point). Private-key versions (xprv/tprv) are refused.
 */
export function decodeExtendedPublicKey(text: string): ExtendedPublicKey & { network: Bip32Network } {
  if (typeof text !== 'string' || text.length > 120) throw new DerivationError('bad-extended-key', 'not an extended public key string')
  let bytes: Uint8Array
  try {
    bytes = base58check.decode(text)
  } catch {
    throw new DerivationError('bad-extended-key', 'extended key: bad base58 or checksum')
  }
  if (bytes.length !== SERIALIZED_LENGTH) throw new DerivationError('bad-extended-key', `extended key: expected ${SERIALIZED_LENGTH} bytes`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length)
  const version = view.getUint32(0, false)
  const network = (Object.keys(XPUB_VERSIONS) as Bip32Network[]).find((n) => XPUB_VERSIONS[n] === version)
  if (network === undefined) throw new DerivationError('bad-extended-key', 'extended key: not an xpub/tpub version')
  try {
    const key = checkExtendedKey({
      depth: bytes[4]!,
      parentFingerprint: view.getUint32(5, false),
      childNumber: view.getUint32(9, false),
      chainCode: bytes.slice(13, 45),
      publicKey: bytes.slice(45, 78),
    })
    return { ...key, network }
  } catch (e) {
    throw new DerivationError('bad-extended-key', `extended key: ${(e as Error).message}`)
  }
}
