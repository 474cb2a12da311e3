/*
 * FROST signing arithmetic, RFC 9591 §4.4–§5.4, on native group operations (see
 * ../curves/native-group.ts): binding factors, group commitment, signature shares, share
 * verification and aggregation. BIP340 follows FROST(secp256k1, SHA-256)-TR as noble's
 * schnorr_FROST and frost-rs define it: a group key with odd Y is negated together with
 * every share of it, and when the group commitment R has odd Y every signer negates its
 * nonces, so the signature's x(R) and z verify under BIP340 with the x-only group key.
 * The RFC 9591 vectors (test/frost-vectors.test.ts) pin this module to the standard.
 */
import { bytesToHex, concatBytes, equalBytes } from '@noble/curves/utils.js'
import { lagrangeAtZero } from '../curves/polynomial.js'
import type { PartyIndex } from '../session/types.js'
import { ciphersuiteOf, type Ciphersuite } from './ciphersuite.js'
import type { FrostPublicKey, SigningCommitment } from './suite.js'

/** A key's public points, validated, in the form signing uses (BIP340: even-Y group key). */
export interface PreparedKey {
  readonly groupKey: Uint8Array
  readonly shares: ReadonlyMap<PartyIndex, Uint8Array>
  /** BIP340 with an odd-Y group key: secret shares are negated when they sign. */
  readonly negated: boolean
}

/** Everything about one (key, commitment list, message) that every signer and the aggregator compute alike. */
export interface SigningPackage {
  readonly signers: readonly PartyIndex[]
  readonly commitments: ReadonlyMap<PartyIndex, SigningCommitment>
  readonly bindingFactors: ReadonlyMap<PartyIndex, bigint>
  /** The group commitment R as the signature carries it (BIP340: even Y). */
  readonly R: Uint8Array
  /** BIP340 with an odd-Y sum of commitments: every nonce is negated. */
  readonly negateNonces: boolean
  readonly challenge: bigint
}

// Key objects are read-only: their points are validated once, not per signature.
const preparedKeys = new WeakMap<FrostPublicKey, PreparedKey>()

export function prepareKey(key: FrostPublicKey): PreparedKey {
  const cached = preparedKeys.get(key)
  if (cached) return cached
  const suite = ciphersuiteOf(key.scheme)
  const { group } = suite
  if (key.commitment !== undefined && key.commitment.length !== key.threshold) throw new Error('key commitment must have threshold points')
  if (!group.isValidPoint(key.groupPublicKey)) throw new Error('group public key: not a valid point')
  const negated = suite.scheme === 'bip340' && key.groupPublicKey[0] === 3
  // copies (negate copies too): the prepared key outlives the caller's arrays
  const adjust = (p: Uint8Array) => (negated ? group.negate(p) : Uint8Array.from(p))
  const shares = new Map(key.parties.map((p) => {
    const share = key.publicShares.get(p)
    if (!share) throw new Error(`key has no public share for party ${p}`)
    if (!group.isValidPoint(share)) throw new Error(`public share of party ${p}: not a valid point`)
    return [p, adjust(share)] as const
  }))
  const prepared = { groupKey: adjust(key.groupPublicKey), shares, negated }
  preparedKeys.set(key, prepared)
  return prepared
}

/**
 * RFC 9591 §4.4 compute_binding_factors over a checked, sorted list, and the prefix they
 * hash (the group key as signing uses it, the message digest, the §4.3 list digest).
 */
export function computeBindingFactors(
  suite: Ciphersuite, groupKey: Uint8Array, list: readonly SigningCommitment[], message: Uint8Array,
): { prefix: Uint8Array; factors: Map<PartyIndex, bigint> } {
  const { Fn } = suite.group
  const id = (p: PartyIndex) => Fn.toBytes(BigInt(p))
  const encodedList = concatBytes(...list.flatMap((c) => [id(c.signer), c.hiding, c.binding]))
  const prefix = concatBytes(groupKey, suite.H4(message), suite.H5(encodedList))
  return { prefix, factors: new Map(list.map((c) => [c.signer, suite.H1(concatBytes(prefix, id(c.signer)))])) }
}

/*
 * The package is a function of public inputs only, and the same signer computes it to
 * sign and again to aggregate: the last few are remembered, keyed by scheme and the
 * binding prefix (group key, message digest and commitment-list digest). Points are
 * validated before a package is made, so a remembered package holds only valid ones.
 */
const MAX_PACKAGES = 64
const packages = new Map<string, SigningPackage>()

/** `list` must be checked and sorted (checkCommitmentList); every point is validated here. */
export function signingPackage(key: FrostPublicKey, list: readonly SigningCommitment[], message: Uint8Array): SigningPackage {
  const suite = ciphersuiteOf(key.scheme)
  const { group } = suite
  const { groupKey } = prepareKey(key)
  const { prefix, factors: bindingFactors } = computeBindingFactors(suite, groupKey, list, message)
  const cacheKey = `${suite.scheme}:${bytesToHex(prefix)}`
  const cached = packages.get(cacheKey)
  if (cached) return cached
  for (const c of list) {
    if (!group.isValidPoint(c.hiding)) throw new Error(`hiding commitment of party ${c.signer}: not a valid point`)
    if (!group.isValidPoint(c.binding)) throw new Error(`binding commitment of party ${c.signer}: not a valid point`)
  }
  // R = Σ D_i + ρ_i·E_i (§4.5)
  let R: Uint8Array | null = null
  for (const c of list) R = group.add(group.add(R, c.hiding), group.multiply(c.binding, bindingFactors.get(c.signer)!))
  if (R === null) throw new Error('the group commitment is the identity element')
  const negateNonces = suite.scheme === 'bip340' && R[0] === 3
  if (negateNonces) R = group.negate(R)
  const pkg: SigningPackage = {
    signers: list.map((c) => c.signer),
    // copies: the package outlives the caller's arrays, which it must not share
    commitments: new Map(list.map((c) => [c.signer, { signer: c.signer, hiding: Uint8Array.from(c.hiding), binding: Uint8Array.from(c.binding) }])),
    bindingFactors,
    R,
    negateNonces,
    challenge: suite.challenge(R, groupKey, message),
  }
  if (packages.size >= MAX_PACKAGES) packages.delete(packages.keys().next().value!)
  packages.set(cacheKey, pkg)
  return pkg
}

/** §5.2: z_i = d_i + e_i·ρ_i + λ_i·s_i·c (BIP340: with the negations above). */
export function signatureShare(
  key: FrostPublicKey, pkg: SigningPackage, signer: PartyIndex, secretShare: bigint, hiding: bigint, binding: bigint,
): bigint {
  const { Fn } = ciphersuiteOf(key.scheme).group
  const { negated } = prepareKey(key)
  const s = negated ? Fn.neg(secretShare) : secretShare
  const [d, e] = pkg.negateNonces ? [Fn.neg(hiding), Fn.neg(binding)] : [hiding, binding]
  const lambda = lagrangeAtZero(Fn, pkg.signers, signer)
  return Fn.add(Fn.add(d, Fn.mul(e, pkg.bindingFactors.get(signer)!)), Fn.mul(Fn.mul(lambda, s), pkg.challenge))
}

/** §5.4: z_i·G == (D_i + ρ_i·E_i) + (c·λ_i)·Y_i, with R's negation applied to the commitment share. */
export function shareIsValid(key: FrostPublicKey, pkg: SigningPackage, signer: PartyIndex, share: bigint): boolean {
  const { group } = ciphersuiteOf(key.scheme)
  const c = pkg.commitments.get(signer)!
  let commitmentShare = group.add(c.hiding, group.multiply(c.binding, pkg.bindingFactors.get(signer)!))
  if (commitmentShare && pkg.negateNonces) commitmentShare = group.negate(commitmentShare)
  const lambda = lagrangeAtZero(group.Fn, pkg.signers, signer)
  const right = group.add(commitmentShare, group.multiply(prepareKey(key).shares.get(signer)!, group.Fn.mul(pkg.challenge, lambda)))
  return samePoint(baseMultiplyOrIdentity(key, share), right)
}

/**
 * §5.3: z = Σ z_i, then the group equation z·G == R + c·Y. With R and Y in the
 * prime-order subgroup this is the scheme's verification equation (RFC 8032's
 * cofactored check, BIP340's with even-Y R and Y). Returns the encoded signature,
 * or undefined when the equation fails (some share is wrong).
 */
export function aggregateShares(key: FrostPublicKey, pkg: SigningPackage, shares: readonly bigint[]): Uint8Array | undefined {
  const { group } = ciphersuiteOf(key.scheme)
  const z = shares.reduce((a, b) => group.Fn.add(a, b), group.Fn.ZERO)
  const right = group.add(pkg.R, group.multiply(prepareKey(key).groupKey, pkg.challenge))
  if (!samePoint(baseMultiplyOrIdentity(key, z), right)) return undefined
  return concatBytes(key.scheme === 'bip340' ? pkg.R.subarray(1) : pkg.R, group.Fn.toBytes(z))
}

function baseMultiplyOrIdentity(key: FrostPublicKey, k: bigint): Uint8Array | null {
  const { group } = ciphersuiteOf(key.scheme)
  return group.Fn.is0(k) ? null : group.baseMultiply(k)
}

function samePoint(a: Uint8Array | null, b: Uint8Array | null): boolean {
  return a === null || b === null ? a === b : equalBytes(a, b)
}
