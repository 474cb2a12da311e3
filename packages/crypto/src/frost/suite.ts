import { createFROST, type FROST, type FrostPublic, type NonceCommitments } from '@noble/curves/abstract/frost.js'
import { sha512 } from '@noble/hashes/sha2.js'
import { schnorr_FROST, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import type { TArg } from '@noble/curves/utils.js'
import { Ed25519SubgroupPoint } from '../curves/ed25519-subgroup.js'
import { groupOf, type CurveGroup } from '../curves/group.js'
import { curveOf, type KeyShare, type Scheme } from '../keys/types.js'
import type { PartyIndex } from '../session/types.js'

/** The Schnorr schemes FROST signs: FROST(Ed25519, SHA-512), FROST(secp256k1, SHA-256), BIP340. */
export type FrostScheme = Exclude<Scheme, 'ecdsa'>

export function isFrostScheme(scheme: Scheme): scheme is FrostScheme {
  return scheme === 'frost-ed25519' || scheme === 'frost-secp256k1' || scheme === 'bip340'
}

/** What a verifier of signature shares needs: the public half of a KeyShare. */
export type FrostPublicKey = Pick<KeyShare, 'scheme' | 'threshold' | 'parties' | 'publicShares' | 'groupPublicKey' | 'commitment'>

/** One signer's round-1 output: commitments to its hiding and binding nonces (points P). */
export interface SigningCommitment {
  readonly signer: PartyIndex
  readonly hiding: Uint8Array
  readonly binding: Uint8Array
}

/**
 * FROST(Ed25519, SHA-512), built exactly as noble's ed25519_FROST but without its
 * validatePoint hook (it repeats the torsion check createFROST already makes on every
 * point) and on points that remember a passed torsion check: noble re-parses every
 * commitment in sign, aggregate and verify, which otherwise doubles the cost of an
 * Ed25519 signer. The RFC 9591 vectors pin this suite to the standard.
 */
const ed25519Frost = createFROST({ name: 'FROST-ED25519-SHA512-v1', Point: Ed25519SubgroupPoint, hash: sha512, H2: '' })

export function frostSuite(scheme: Scheme): FROST {
  switch (scheme) {
    case 'frost-ed25519': return ed25519Frost
    case 'frost-secp256k1': return secp256k1_FROST
    case 'bip340': return schnorr_FROST
    default: throw new RangeError(`${scheme} is not a FROST scheme`)
  }
}

export function frostGroup(scheme: Scheme): CurveGroup {
  frostSuite(scheme)
  return groupOf(curveOf(scheme))
}

/** noble's identifier for a party: its index as a canonical scalar, hex. */
export function nobleId(scheme: Scheme, party: PartyIndex): string {
  return frostSuite(scheme).Identifier.fromNumber(party)
}

/**
 * noble's public key package. noble, like frost-rs, requires min >= 2; a 1-of-n key
 * (every share equals the secret) signs with two or more signers, so min = max(2, t)
 * only bounds the commitment-list length, which checkCommitmentList enforces anyway.
 */
export function noblePublic(key: FrostPublicKey): TArg<FrostPublic> {
  const n = key.parties.length
  if (key.commitment.length !== key.threshold) throw new Error('key commitment must have threshold points')
  return {
    signers: { min: Math.max(2, key.threshold), max: Math.max(2, n) },
    commitments: [...key.commitment],
    verifyingShares: Object.fromEntries(key.parties.map((p) => {
      const share = key.publicShares.get(p)
      if (!share) throw new Error(`key has no public share for party ${p}`)
      return [nobleId(key.scheme, p), share]
    })),
  }
}

/**
 * Validates a commitment list against a key — every entry a distinct party of the
 * committee, points of the right length, at least `threshold` and at least two
 * entries — and returns it sorted by signer. noble fully validates the points
 * (on curve, not identity, prime-order subgroup) wherever it uses them.
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

export function nobleCommitments(scheme: Scheme, list: readonly SigningCommitment[]): TArg<NonceCommitments[]> {
  return list.map((c) => ({ identifier: nobleId(scheme, c.signer), hiding: c.hiding, binding: c.binding }))
}
