import type { FROST } from '@noble/curves/abstract/frost.js'
import { ed25519_FROST } from '@noble/curves/ed25519.js'
import { schnorr_FROST, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { groupOf, type CurveGroup } from '../curves/group.js'
import { curveOf, type KeyShare, type Scheme } from '../keys/types.js'
import type { PartyIndex } from '../session/types.js'

/** The Schnorr schemes FROST signs: FROST(Ed25519, SHA-512), FROST(secp256k1, SHA-256), BIP340. */
export type FrostScheme = Exclude<Scheme, 'ecdsa'>

export function isFrostScheme(scheme: Scheme): scheme is FrostScheme {
  return scheme === 'frost-ed25519' || scheme === 'frost-secp256k1' || scheme === 'bip340'
}

/**
 * What a verifier of signature shares needs: the public half of a KeyShare. The Feldman
 * commitment is optional (a coordinator knows the public shares from KeyInfo, not the
 * commitment); when present it is checked to have threshold points.
 */
export type FrostPublicKey = Pick<KeyShare, 'scheme' | 'threshold' | 'parties' | 'publicShares' | 'groupPublicKey'> & { readonly commitment?: KeyShare['commitment'] }

/** One signer's round-1 output: commitments to its hiding and binding nonces (points P). */
export interface SigningCommitment {
  readonly signer: PartyIndex
  readonly hiding: Uint8Array
  readonly binding: Uint8Array
}

/** noble's FROST suites: single-party signing (a 1-of-n key) and the FROST(secp256k1) verifier. */
export function frostSuite(scheme: Scheme): FROST {
  switch (scheme) {
    case 'frost-ed25519': return ed25519_FROST
    case 'frost-secp256k1': return secp256k1_FROST
    case 'bip340': return schnorr_FROST
    default: throw new RangeError(`${scheme} is not a FROST scheme`)
  }
}

export function frostGroup(scheme: Scheme): CurveGroup {
  frostSuite(scheme)
  return groupOf(curveOf(scheme))
}

/**
 * Validates a commitment list against a key — every entry a distinct party of the
 * committee, points of the right length, at least `threshold` and at least two
 * entries — and returns it sorted by signer. signingPackage validates the points
 * (canonical, on curve, not identity, prime-order subgroup) before any use.
 */
export function checkCommitmentList(key: Pick<FrostPublicKey, 'scheme' | 'threshold' | 'parties'>, list: readonly SigningCommitment[]): SigningCommitment[] {
  if (!Array.isArray(list)) throw new TypeError('commitment list must be an array')
  const needed = Math.max(2, key.threshold)
  if (list.length < needed) throw new Error(`FROST signing needs at least ${needed} signers of this ${key.threshold}-of-${key.parties.length} key, got ${list.length}`)
  const group = frostGroup(key.scheme)
  const seen = new Set<PartyIndex>()
  for (const c of list) {
    if (!key.parties.includes(c.signer)) throw new Error(`commitment list names party ${c.signer}, which is not in the key's committee`)
    if (seen.has(c.signer)) throw new Error(`commitment list repeats party ${c.signer}`)
    seen.add(c.signer)
    for (const [what, point] of [['hiding', c.hiding], ['binding', c.binding]] as const) {
      if (!(point instanceof Uint8Array) || point.length !== group.pointLength) {
        throw new Error(`${what} commitment of party ${c.signer}: expected ${group.pointLength} bytes`)
      }
    }
  }
  return [...list].sort((a, b) => a.signer - b.signer)
}
