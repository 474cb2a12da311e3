// BIP32 public child key derivation (CKDpub, "Public parent key -> public child key")
// for threshold keys: the group public key and the DKG's joint chain code form the
// root extended public key; each node derives the child and the additive tweak itself.
import { hmac } from '@noble/hashes/hmac.js'
import { sha512 } from '@noble/hashes/sha2.js'
import { bytesToNumberBE } from '@noble/curves/utils.js'
import { secp256k1Group } from '../curves/group.js'
import type { GroupPoint } from '../curves/group.js'
import type { Scheme } from '../keys/types.js'
import { DerivationError } from './errors.js'
import { decodePublicKey, fingerprint } from './public-key.js'
import { parseDerivationPath } from './path.js'

/** BIP32's serialized depth is one byte. */
const MAX_BIP32_DEPTH = 255

/** The public half of a BIP32 node (what an xpub serializes). */
export interface ExtendedPublicKey {
  /** 0 for the root (the group key itself). */
  readonly depth: number
  /** First 4 bytes of HASH160 of the parent's public key, as a uint32; 0 at depth 0. */
  readonly parentFingerprint: number
  /** The index this node was derived with; 0 at depth 0. */
  readonly childNumber: number
  /** 32 bytes. */
  readonly chainCode: Uint8Array
  /** 33-byte compressed secp256k1 point. */
  readonly publicKey: Uint8Array
}

/** A node derived from a parent by a non-hardened path, with what a signer needs. */
export interface DerivedKey extends ExtendedPublicKey {
  /** The path from the parent, parsed. */
  readonly path: readonly number[]
  /**
   * The additive tweak t = sum of the IL's mod n, 32 bytes big-endian (zero for the
   * empty path): derived public key = parent public key + t·G, and a signer holding
   * the parent's secret x signs for the child with x + t.
   */
  readonly tweak: Uint8Array
}

/** The depth-0 extended public key of a threshold key: its group public key and joint chain code. */
export function rootExtendedKey(groupPublicKey: Uint8Array, chainCode: Uint8Array): ExtendedPublicKey {
  return checkExtendedKey({ depth: 0, parentFingerprint: 0, childNumber: 0, chainCode, publicKey: groupPublicKey })
}

/**
 * Derives a secp256k1 key's child for a non-hardened path (string or index array).
 * Ed25519 keys are refused: there is no non-hardened derivation standard for Ed25519
 * (SLIP-10 defines hardened derivation only), so no wallet could recompute the child.
 */
export function deriveKey(scheme: Scheme, groupPublicKey: Uint8Array, chainCode: Uint8Array, path: string | readonly number[]): DerivedKey {
  if (scheme === 'frost-ed25519') {
    throw new DerivationError('unsupported-scheme', 'frost-ed25519 keys cannot be derived: Ed25519 has no non-hardened derivation standard (SLIP-10 is hardened-only)')
  }
  return derivePublic({ depth: 0, parentFingerprint: 0, childNumber: 0, chainCode, publicKey: groupPublicKey }, path)
}

/** CKDpub applied along `path` from `parent`; also returns the accumulated tweak. */
export function derivePublic(parent: ExtendedPublicKey, path: string | readonly number[]): DerivedKey {
  const indices = parseDerivationPath(path)
  const checked = checkFields(parent)
  let node = checked.key
  let point = checked.point
  if (node.depth + indices.length > MAX_BIP32_DEPTH) {
    throw new DerivationError('too-deep', `derived depth ${node.depth + indices.length} exceeds BIP32's ${MAX_BIP32_DEPTH}`)
  }
  const Fn = secp256k1Group.Fn
  let tweak = 0n
  for (const index of indices) {
    const step = childKey(point, node, index)
    tweak = Fn.add(tweak, step.il)
    point = step.point
    node = step.node
  }
  return { ...node, path: indices, tweak: Fn.toBytes(tweak) }
}

/** BIP32 CKDpub for one non-hardened index (already range-checked by the path parser). */
function childKey(parentPoint: GroupPoint, parent: ExtendedPublicKey, index: number): { point: GroupPoint; node: ExtendedPublicKey; il: bigint } {
  const data = new Uint8Array(37)
  data.set(parent.publicKey, 0)
  new DataView(data.buffer).setUint32(33, index, false)
  const I = hmac(sha512, parent.chainCode, data)
  const il = bytesToNumberBE(I.subarray(0, 32))
  // BIP32: "In case parse256(IL) >= n or Ki is the point at infinity, the resulting key
  // is invalid, and one should proceed with the next value for i." (probability < 2^-127)
  if (il >= secp256k1Group.Fn.ORDER) throw new DerivationError('invalid-child', `index ${index} gives an invalid child (IL >= n); use the next index`)
  const point = secp256k1Group.base.multiplyUnsafe(il).add(parentPoint)
  if (point.is0()) throw new DerivationError('invalid-child', `index ${index} gives the point at infinity; use the next index`)
  const node: ExtendedPublicKey = {
    depth: parent.depth + 1,
    parentFingerprint: fingerprint(parent.publicKey),
    childNumber: index,
    chainCode: I.slice(32),
    publicKey: secp256k1Group.encodePoint(point),
  }
  return { point, node, il }
}

/** Validates every field of an extended public key (the point fully, through decodePoint). */
export function checkExtendedKey(key: ExtendedPublicKey): ExtendedPublicKey {
  return checkFields(key).key
}

function checkFields(key: ExtendedPublicKey): { key: ExtendedPublicKey; point: GroupPoint } {
  const { depth, parentFingerprint, childNumber, chainCode, publicKey } = key
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_BIP32_DEPTH) throw new DerivationError('bad-key', 'depth must be an integer in 0..255')
  if (!isUint32(parentFingerprint) || !isUint32(childNumber)) throw new DerivationError('bad-key', 'parent fingerprint and child number must be uint32')
  if (depth === 0 && (parentFingerprint !== 0 || childNumber !== 0)) {
    throw new DerivationError('bad-key', 'a depth-0 key must have a zero parent fingerprint and child number')
  }
  if (!(chainCode instanceof Uint8Array) || chainCode.length !== 32) throw new DerivationError('bad-key', 'chain code must be 32 bytes')
  const point = decodePublicKey(publicKey)
  return { key: { depth, parentFingerprint, childNumber, chainCode: Uint8Array.from(chainCode), publicKey: Uint8Array.from(publicKey) }, point }
}

function isUint32(x: number): boolean {
  return Number.isInteger(x) && x >= 0 && x <= 0xffff_ffff
}
