/*
 * The secret scalar of an existing private key, for splitting into a thresh key (issue 11
 * item 5a). Runs on the application's machine only; the nodes never see the whole key.
 *
 * secp256k1 schemes ('ecdsa', 'frost-secp256k1', 'bip340'): the key is the 32-byte
 * big-endian scalar s, 1 <= s < n (SEC 1 §2.3.7; what Ethereum and Bitcoin wallets hold).
 * BIP340: thresh keeps the untweaked point P = s·G of either Y parity and FROST negates
 * at signing time (as for DKG keys), so signatures verify under the x-only key of s.
 *
 * frost-ed25519: by default a 32-byte RFC 8032 seed, mapped by RFC 8032 §5.1.5 (SHA-512,
 * clamp, mod L) through noble's getExtendedPublicKey, so that signatures verify under the
 * seed's standard Ed25519 public key. A raw little-endian scalar is taken only with
 * { encoding: 'scalar' }: a seed and a scalar are both 32 bytes and cannot be told apart.
 */
import { ed25519 } from '@noble/curves/ed25519.js'
import { ed25519Group, secp256k1Group } from '../../curves/group.js'
import { curveOf, isScheme, type Scheme } from '../../keys/types.js'
import { ImportError, asImportError } from './errors.js'

export interface ImportedSecretOptions {
  /** frost-ed25519 only: 'seed' (RFC 8032, the default) or a raw little-endian 'scalar'. */
  readonly encoding?: 'seed' | 'scalar'
}

const KEY_BYTES = 32

/** 32 bytes from a Uint8Array or a 64-digit hex string (optional 0x). A fresh copy the caller of this function wipes. */
function keyBytes(key: Uint8Array | string): Uint8Array {
  if (key instanceof Uint8Array) {
    if (key.length !== KEY_BYTES) throw new ImportError('privateKey', `expected ${KEY_BYTES} bytes, got ${key.length}`)
    return Uint8Array.from(key)
  }
  if (typeof key !== 'string') throw new ImportError('privateKey', 'expected a Uint8Array or a hex string')
  const hex = key.startsWith('0x') || key.startsWith('0X') ? key.slice(2) : key
  if (hex.length !== 2 * KEY_BYTES) throw new ImportError('privateKey', `expected ${2 * KEY_BYTES} hex digits, got ${hex.length}`)
  if (!/^[0-9a-fA-F]*$/.test(hex)) throw new ImportError('privateKey', 'not hexadecimal')
  return Uint8Array.from({ length: KEY_BYTES }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16))
}

/** The secret scalar s of `key` for `scheme` (see the module comment); the imported key's public key is s·G. */
export function importedSecret(scheme: Scheme, key: Uint8Array | string, options: ImportedSecretOptions = {}): bigint {
  if (!isScheme(scheme)) throw new ImportError('scheme', `unknown scheme ${String(scheme)}`)
  const encoding = options.encoding ?? (curveOf(scheme) === 'ed25519' ? 'seed' : 'scalar')
  if (encoding !== 'seed' && encoding !== 'scalar') throw new ImportError('encoding', "expected 'seed' or 'scalar'")
  if (encoding === 'seed' && curveOf(scheme) !== 'ed25519') {
    throw new ImportError('encoding', `a ${scheme} private key is a scalar; 'seed' is for frost-ed25519`)
  }
  const bytes = keyBytes(key)
  try {
    if (curveOf(scheme) === 'secp256k1') return asImportError('privateKey', () => secp256k1Group.decodeScalar(bytes))
    if (encoding === 'scalar') return asImportError('privateKey', () => ed25519Group.decodeScalar(bytes))
    // Never 0: a clamped head is a multiple of 8 in [2^254, 2^255), where the only multiples of L are 4L..7L.
    return ed25519.utils.getExtendedPublicKey(bytes).scalar
  } finally {
    bytes.fill(0)
  }
}
