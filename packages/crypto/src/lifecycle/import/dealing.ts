/*
 * Import by dealing (issue 11 item 5): the application's machine splits a secret it holds
 * with one Feldman-committed Shamir dealing (curves/polynomial.ts `deal`), and each node
 * checks its share against the commitment before it keeps it (Feldman 1987, "A practical
 * scheme for non-interactive verifiable secret sharing").
 *
 * What this protects: a node accepts only a share consistent with a degree-(t−1)
 * polynomial whose constant term is the announced group key, so the committee holds a
 * valid t-of-n sharing of that key whenever every node accepted the same commitment (the
 * coordinator compares the KeyInfo all nodes report, as at keygen). What it does not: the
 * dealer knows the whole key and the polynomial; the nodes' refresh right after import
 * makes the dealt shares worthless to it, not the key itself.
 */
import { randomBytes } from '@noble/curves/utils.js'
import { deal, evaluateCommitment, feldmanVerify } from '../../curves/polynomial.js'
import { groupOf, type CurveGroup, type GroupPoint } from '../../curves/group.js'
import { MAX_DKG_PARTIES } from '../../dkg/session.js'
import { curveOf, isScheme, type KeyShare, type Scheme } from '../../keys/types.js'
import type { PartyIndex, Rng } from '../../session/types.js'
import { ImportError, asImportError } from './errors.js'

const CHAIN_CODE_BYTES = 32

export interface ImportDealing {
  readonly scheme: Scheme
  readonly threshold: number
  /** The committee, ascending. */
  readonly parties: readonly PartyIndex[]
  /** Compressed: 33 bytes on secp256k1, 32 on ed25519. */
  readonly groupPublicKey: Uint8Array
  /** 32 bytes: the given one, or random. */
  readonly chainCode: Uint8Array
  /** `threshold` encoded points a_m·G; entry 0 is the group key. */
  readonly commitment: readonly Uint8Array[]
  /** Each party's share f(j), as encoded scalar bytes. Secret: send each to its party only. */
  readonly shares: ReadonlyMap<PartyIndex, Uint8Array>
}

export interface ImportDealingOptions {
  readonly threshold: number
  readonly parties: readonly PartyIndex[]
  /** 32 bytes, e.g. the chain code of the wallet the key comes from; random if absent. */
  readonly chainCode?: Uint8Array
  readonly rng?: Rng
}

/** The committee sorted ascending, after checking it and the threshold as keygen does. */
export function checkedCommittee(threshold: number, parties: readonly PartyIndex[]): PartyIndex[] {
  if (!Array.isArray(parties)) throw new ImportError('parties', 'expected an array')
  const sorted = [...parties].sort((a, b) => a - b)
  const n = sorted.length
  if (n < 1 || n > MAX_DKG_PARTIES) throw new ImportError('parties', `a key needs 1..${MAX_DKG_PARTIES} parties, got ${n}`)
  if (sorted.some((p, i) => !Number.isInteger(p) || p < 1 || p > 0xffffffff || p === sorted[i - 1])) {
    throw new ImportError('parties', 'must be distinct integers in 1..2^32-1')
  }
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > n) {
    throw new ImportError('threshold', `must be in 1..${n}, got ${threshold}`)
  }
  return sorted
}

function checkedScheme(scheme: Scheme): CurveGroup {
  if (!isScheme(scheme)) throw new ImportError('scheme', `unknown scheme ${String(scheme)}`)
  return groupOf(curveOf(scheme))
}

function checkedChainCode(chainCode: Uint8Array): Uint8Array {
  if (!(chainCode instanceof Uint8Array) || chainCode.length !== CHAIN_CODE_BYTES) {
    throw new ImportError('chainCode', `expected ${CHAIN_CODE_BYTES} bytes`)
  }
  return Uint8Array.from(chainCode)
}

/**
 * Encodes a summed or single dealing (commitment points, shares as scalars) for sending.
 * Shared by dealImport and dealFromTssLib.
 */
export function encodeDealing(
  scheme: Scheme, threshold: number, parties: readonly PartyIndex[], commitment: readonly GroupPoint[],
  shares: ReadonlyMap<PartyIndex, bigint>, options: { chainCode?: Uint8Array; rng?: Rng },
): ImportDealing {
  const group = groupOf(curveOf(scheme))
  const encoded = commitment.map((P, m) => asImportError(`commitment[${m}]`, () => group.encodePoint(P)))
  return {
    scheme,
    threshold,
    parties,
    groupPublicKey: encoded[0]!,
    chainCode: options.chainCode === undefined ? (options.rng ?? randomBytes)(CHAIN_CODE_BYTES) : checkedChainCode(options.chainCode),
    commitment: encoded,
    shares: new Map(parties.map((j) => [j, group.encodeScalar(shares.get(j)!)] as const)),
  }
}

/** Splits `secret` (1 <= secret < group order, e.g. from importedSecret) into a threshold-of-parties dealing. */
export function dealImport(scheme: Scheme, secret: bigint, options: ImportDealingOptions): ImportDealing {
  const group = checkedScheme(scheme)
  const parties = checkedCommittee(options.threshold, options.parties)
  if (typeof secret !== 'bigint' || secret <= 0n || secret >= group.Fn.ORDER) {
    throw new ImportError('secret', 'must be a scalar in 1..order-1')
  }
  const dealing = deal(group, secret, options.threshold, parties, options.rng)
  const result = encodeDealing(scheme, options.threshold, parties, dealing.commitment, dealing.shares, options)
  ;(dealing.shares as Map<PartyIndex, bigint>).clear()
  return result
}

export interface AcceptImportedShareArgs {
  readonly keyId: string
  readonly scheme: Scheme
  readonly threshold: number
  readonly parties: readonly PartyIndex[]
  readonly self: PartyIndex
  readonly commitment: readonly Uint8Array[]
  /** This party's share, an encoded scalar. Secret. */
  readonly share: Uint8Array
  readonly chainCode: Uint8Array
}

/**
 * Node side of an import: validates every field (committee, commitment length = threshold,
 * every point canonical and not the identity, the share canonical and non-zero, chain code
 * length), checks share·G = Σ commitment[m]·self^m (Feldman), and returns this party's
 * KeyShare at epoch 0 with publicShares evaluated from the commitment. Throws ImportError
 * naming the field; never the share.
 */
export function acceptImportedShare(args: AcceptImportedShareArgs): KeyShare {
  const group = checkedScheme(args.scheme)
  if (typeof args.keyId !== 'string' || args.keyId.length === 0) throw new ImportError('keyId', 'must be a non-empty string')
  const parties = checkedCommittee(args.threshold, args.parties)
  if (!parties.includes(args.self)) throw new ImportError('self', `party ${String(args.self)} is not in the committee`)
  if (!Array.isArray(args.commitment) || args.commitment.length !== args.threshold) {
    throw new ImportError('commitment', `expected ${args.threshold} points (one per coefficient), got ${Array.isArray(args.commitment) ? args.commitment.length : 'none'}`)
  }
  const commitment = args.commitment.map((c, m) => asImportError(`commitment[${m}]`, () => group.decodePoint(c)))
  const chainCode = checkedChainCode(args.chainCode)
  const share = asImportError('share', () => group.decodeScalar(args.share))
  if (!feldmanVerify(group, commitment, BigInt(args.self), share)) {
    throw new ImportError('share', 'does not match the commitment (Feldman check failed)')
  }
  const publicShares = new Map<PartyIndex, Uint8Array>()
  for (const j of parties) {
    const X = evaluateCommitment(group, commitment, BigInt(j))
    if (X.is0()) throw new ImportError('commitment', `the public share of party ${j} is the identity`)
    publicShares.set(j, group.encodePoint(X))
  }
  const encoded = commitment.map((P) => group.encodePoint(P))
  return {
    keyId: args.keyId,
    scheme: args.scheme,
    curve: group.curve,
    threshold: args.threshold,
    parties,
    self: args.self,
    secretShare: group.encodeScalar(share),
    publicShares,
    groupPublicKey: encoded[0]!,
    chainCode,
    commitment: encoded,
    epoch: 0,
  }
}
