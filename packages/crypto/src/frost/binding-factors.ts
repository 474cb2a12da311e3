import { secp256k1_hasher } from '@noble/curves/secp256k1.js'
import { bytesToNumberLE, concatBytes } from '@noble/curves/utils.js'
import { sha256, sha512 } from '@noble/hashes/sha2.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'
import type { PartyIndex } from '../session/types.js'
import { checkCommitmentList, frostGroup, type FrostPublicKey, type SigningCommitment } from './suite.js'

/*
 * RFC 9591 §4.4 compute_binding_factors, for auditing a signing transcript (noble
 * computes the same values internally when it signs and verifies shares; the RFC
 * vector tests pin both). The ciphersuite hashes, §6.1 and §6.5 (BIP340 is noble's
 * FROST(secp256k1, SHA-256)-TR suite, which binds the even-Y group key).
 */
interface SuiteHashes {
  context: string
  /** The suite's hash function H (H4 and H5 prefix it with context||"msg" / "com"). */
  H: (m: Uint8Array) => Uint8Array
  /** H1(m): hash to scalar with the context||"rho" prefix. */
  H1: (m: Uint8Array) => bigint
}

function hashesOf(scheme: FrostPublicKey['scheme']): SuiteHashes {
  if (scheme === 'frost-ed25519') {
    const context = 'FROST-ED25519-SHA512-v1'
    const { Fn } = frostGroup(scheme)
    return { context, H: sha512, H1: (m) => Fn.create(bytesToNumberLE(sha512(concatBytes(utf8ToBytes(context + 'rho'), m)))) }
  }
  const context = scheme === 'bip340' ? 'FROST-secp256k1-SHA256-TR-v1' : 'FROST-secp256k1-SHA256-v1'
  return { context, H: sha256, H1: (m) => secp256k1_hasher.hashToScalar(m, { DST: context + 'rho' }) }
}

/** ρ_i for every signer of the list, as canonical scalars (RFC 9591 §4.4). */
export function bindingFactors(
  key: Pick<FrostPublicKey, 'scheme' | 'threshold' | 'parties' | 'groupPublicKey'>,
  commitments: readonly SigningCommitment[],
  message: Uint8Array,
): Map<PartyIndex, Uint8Array> {
  const group = frostGroup(key.scheme)
  const list = checkCommitmentList(key, commitments)
  const { context, H, H1 } = hashesOf(key.scheme)
  let groupKey = group.decodePoint(key.groupPublicKey, 'group public key')
  if (key.scheme === 'bip340' && key.groupPublicKey[0] === 0x03) groupKey = groupKey.negate()
  const id = (p: PartyIndex) => group.encodeScalar(BigInt(p))
  const encodedList = concatBytes(...list.flatMap((c) => [id(c.signer), c.hiding, c.binding]))
  const prefix = concatBytes(
    group.encodePoint(groupKey),
    H(concatBytes(utf8ToBytes(context + 'msg'), message)),
    H(concatBytes(utf8ToBytes(context + 'com'), encodedList)),
  )
  return new Map(list.map((c) => [c.signer, group.encodeScalar(H1(concatBytes(prefix, id(c.signer))))]))
}
