import { schnorr, secp256k1_hasher } from '@noble/curves/secp256k1.js'
import { bytesToNumberBE, bytesToNumberLE, concatBytes } from '@noble/curves/utils.js'
import { sha256, sha512 } from '@noble/hashes/sha2.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'
import type { NativeGroup } from '../curves/native-group.js'
import { nativeEd25519 } from '../curves/native-ed25519.js'
import { nativeSecp256k1 } from '../curves/native-secp256k1.js'
import type { Scheme } from '../keys/types.js'
import type { FrostScheme } from './suite.js'

/**
 * An RFC 9591 ciphersuite: the group (native arithmetic) and the hash functions H1–H5
 * of §6.1 FROST(Ed25519, SHA-512) and §6.5 FROST(secp256k1, SHA-256), hashed by noble.
 * BIP340 is FROST(secp256k1, SHA-256)-TR as noble's schnorr_FROST and frost-rs build it:
 * the "-TR-v1" context, even-Y group key and group commitment, and the BIP340
 * challenge over x-only encodings (see signing.ts).
 */
export interface Ciphersuite {
  readonly scheme: FrostScheme
  readonly group: NativeGroup
  readonly context: string
  /** rho: binding factor */
  H1(m: Uint8Array): bigint
  /** the challenge c = H2(R || PK || msg), or BIP340's tagged hash over x(R) || x(PK) || msg */
  challenge(R: Uint8Array, PK: Uint8Array, msg: Uint8Array): bigint
  /** nonce */
  H3(m: Uint8Array): bigint
  /** message digest */
  H4(m: Uint8Array): Uint8Array
  /** commitment-list digest */
  H5(m: Uint8Array): Uint8Array
}

function ed25519Suite(): Ciphersuite {
  const context = 'FROST-ED25519-SHA512-v1'
  const { Fn } = nativeEd25519
  const tag = (t: string) => utf8ToBytes(context + t)
  const toScalar = (prefix: Uint8Array, m: Uint8Array) => Fn.create(bytesToNumberLE(sha512(concatBytes(prefix, m))))
  const [rho, nonce, msg, com] = [tag('rho'), tag('nonce'), tag('msg'), tag('com')]
  return {
    scheme: 'frost-ed25519', group: nativeEd25519, context,
    H1: (m) => toScalar(rho, m),
    // H2 is undecorated: the challenge of RFC 8032 Ed25519
    challenge: (R, PK, m) => toScalar(new Uint8Array(0), concatBytes(R, PK, m)),
    H3: (m) => toScalar(nonce, m),
    H4: (m) => sha512(concatBytes(msg, m)),
    H5: (m) => sha512(concatBytes(com, m)),
  }
}

function secp256k1Suite(scheme: 'frost-secp256k1' | 'bip340'): Ciphersuite {
  const context = scheme === 'bip340' ? 'FROST-secp256k1-SHA256-TR-v1' : 'FROST-secp256k1-SHA256-v1'
  const { Fn } = nativeSecp256k1
  const toScalar = (t: string) => (m: Uint8Array) => secp256k1_hasher.hashToScalar(m, { DST: context + t })
  const [msg, com] = [utf8ToBytes(context + 'msg'), utf8ToBytes(context + 'com')]
  const chal = toScalar('chal')
  return {
    scheme, group: nativeSecp256k1, context,
    H1: toScalar('rho'),
    challenge: scheme === 'bip340'
      ? (R, PK, m) => Fn.create(bytesToNumberBE(schnorr.utils.taggedHash('BIP0340/challenge', R.subarray(1), PK.subarray(1), m)))
      : (R, PK, m) => chal(concatBytes(R, PK, m)),
    H3: toScalar('nonce'),
    H4: (m) => sha256(concatBytes(msg, m)),
    H5: (m) => sha256(concatBytes(com, m)),
  }
}

const suites: Record<FrostScheme, Ciphersuite> = {
  'frost-ed25519': ed25519Suite(),
  'frost-secp256k1': secp256k1Suite('frost-secp256k1'),
  bip340: secp256k1Suite('bip340'),
}

export function ciphersuiteOf(scheme: Scheme): Ciphersuite {
  const suite = scheme === 'ecdsa' ? undefined : suites[scheme]
  if (!suite) throw new RangeError(`${scheme} is not a FROST scheme`)
  return suite
}
