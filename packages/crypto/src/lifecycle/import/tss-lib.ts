/*
 * Migration from bnb-chain/tss-lib (issue 11 item 5b): its ECDSA keygen save files
 * (ecdsa/keygen LocalPartySaveData, one JSON file per party) become a fresh thresh dealing
 * of the same public key.
 *
 * The files hold a Shamir sharing of x over the curve order at x-coordinates Ks (tss-lib's
 * party keys, reduced mod n as its vss.CheckIndexes does): party i holds Xi = f(ShareID_i)
 * and everyone holds BigXj[j] = f(Ks[j])·G. From any t+1 files, x = Σ λ_i·x_i (Lagrange at 0
 * over their ShareIDs). Each chosen file deals its own λ_i·x_i with `deal` and the dealings
 * are summed share- and commitment-wise, so the whole key never sits in one variable (it
 * does pass through this one process, as every input file does: run it where the files
 * already are). The result is an ordinary ImportDealing, accepted by acceptImportedShare and
 * refreshed by the nodes right after.
 *
 * The Paillier keys, ring-Pedersen parameters (NTilde, H1, H2, Alpha, Beta, P, Q) and
 * PaillierPKs are parsed past and never kept. Go's encoding/json writes big.Int as bare
 * JSON numbers of up to ~600 digits; lossless-json parses them to exact bigints (JSON.parse
 * would round them to doubles) and refuses duplicate keys.
 */
import { parse as parseLosslessJson } from 'lossless-json'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { equalBytes } from '@noble/curves/utils.js'
import { deal } from '../../curves/polynomial.js'
import { secp256k1Group, type GroupPoint } from '../../curves/group.js'
import type { PartyIndex } from '../../session/types.js'
import { checkedCommittee, encodeDealing, type ImportDealing, type ImportDealingOptions } from './dealing.js'
import { ImportError, asImportError } from './errors.js'

/** What thresh keeps of one tss-lib save file. x-coordinates are reduced mod n. */
export interface TssLibShare {
  /** This party's x-coordinate (ShareID mod n). */
  readonly shareId: bigint
  /** This party's share x_i = f(shareId). Secret. */
  readonly xi: bigint
  /** Every party's x-coordinate (Ks mod n), in the file's order. */
  readonly ks: readonly bigint[]
  /** The group key, compressed (33 bytes). */
  readonly ecdsaPub: Uint8Array
  /** BigXj[j] = f(ks[j])·G, compressed, in the order of ks. */
  readonly bigXj: readonly Uint8Array[]
}

const group = secp256k1Group
const { Fn } = group

type Json = null | boolean | string | bigint | Json[] | { [key: string]: Json }

function parseJson(json: string): Json {
  if (typeof json !== 'string') throw new ImportError('saveData', 'expected a JSON string')
  try {
    return parseLosslessJson(json, null, (digits: string) => {
      if (!/^-?\d+$/.test(digits)) throw new Error('not an integer')
      return BigInt(digits)
    }) as Json
  } catch (e) {
    // lossless-json messages may quote the offending value (a share): report only where.
    const at = e instanceof Error ? /position (\d+)/.exec(e.message)?.[1] : undefined
    throw new ImportError('saveData', `not valid JSON with integer numbers${at === undefined ? '' : ` (position ${at})`}`)
  }
}

function field(obj: { [key: string]: Json }, name: string): Json {
  if (!Object.hasOwn(obj, name)) throw new ImportError(name, 'missing')
  return obj[name]!
}

function integer(value: Json, name: string): bigint {
  if (typeof value !== 'bigint') throw new ImportError(name, 'expected an integer')
  return value
}

function list(value: Json, name: string): Json[] {
  if (!Array.isArray(value) || value.length === 0) throw new ImportError(name, 'expected a non-empty array')
  return value
}

/** A tss-lib crypto.ECPoint: {"Curve":"secp256k1","Coords":[x,y]}, validated (on the curve, not the identity). */
function point(value: Json, name: string): GroupPoint {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ImportError(name, 'expected a point object')
  if (field(value, 'Curve') !== 'secp256k1') throw new ImportError(name, 'not a secp256k1 point')
  const coords = list(field(value, 'Coords'), `${name}.Coords`)
  if (coords.length !== 2) throw new ImportError(`${name}.Coords`, 'expected [x, y]')
  const [x, y] = coords.map((c) => integer(c, `${name}.Coords`))
  return asImportError(name, () => {
    const { Fp } = secp256k1.Point
    if (!Fp.isValid(x!) || !Fp.isValid(y!)) throw new Error('coordinate out of range')
    const P = secp256k1.Point.fromAffine({ x: x!, y: y! })
    P.assertValidity()
    return group.decodePoint(P.toBytes(true))
  })
}

/** Ks mod n, each non-zero and all distinct (tss-lib's vss.CheckIndexes). */
function xCoordinates(values: readonly bigint[], name: string): bigint[] {
  const ks = values.map((k) => Fn.create(k))
  if (ks.some((k) => Fn.is0(k))) throw new ImportError(name, 'an index is 0 mod n')
  if (new Set(ks).size !== ks.length) throw new ImportError(name, 'indices repeat mod n')
  return ks
}

/** Σ λ_i·P_i over the x-coordinates `xs`: the public image of Lagrange interpolation at 0. */
function interpolateAtZero(xs: readonly bigint[], points: readonly GroupPoint[]): GroupPoint {
  return xs.reduce((acc, _x, i) => acc.add(points[i]!.multiplyUnsafe(lagrange(xs, i))), group.zero)
}

/**
 * λ_i at 0 over the x-coordinates `xs`. curves/polynomial.ts lagrangeAtZero takes party
 * numbers (< 2^32); tss-lib's x-coordinates are 256-bit, hence this bigint form.
 */
function lagrange(xs: readonly bigint[], i: number): bigint {
  let num = Fn.ONE
  let den = Fn.ONE
  xs.forEach((xj, j) => {
    if (j === i) return
    num = Fn.mul(num, xj)
    den = Fn.mul(den, Fn.sub(xj, xs[i]!))
  })
  return Fn.div(num, den)
}

/**
 * Parses one tss-lib ECDSA LocalPartySaveData JSON file. Checks: Xi in 1..n−1, Ks non-empty,
 * non-zero and distinct mod n, ShareID among them, BigXj one valid point per Ks entry,
 * ECDSAPub a valid point, Xi·G = this party's BigXj entry, and the BigXj interpolate to
 * ECDSAPub. Throws ImportError naming the field; never echoes Xi.
 */
export function parseTssLibSaveData(json: string): TssLibShare {
  const root = parseJson(json)
  if (root === null || typeof root !== 'object' || Array.isArray(root)) throw new ImportError('saveData', 'expected a JSON object')
  const xi = integer(field(root, 'Xi'), 'Xi')
  if (xi <= 0n || xi >= Fn.ORDER) throw new ImportError('Xi', 'not a scalar in 1..n-1')
  const ks = xCoordinates(list(field(root, 'Ks'), 'Ks').map((k) => integer(k, 'Ks')), 'Ks')
  const shareId = Fn.create(integer(field(root, 'ShareID'), 'ShareID'))
  const own = ks.indexOf(shareId)
  if (own < 0) throw new ImportError('ShareID', 'not among Ks')
  const bigXjJson = list(field(root, 'BigXj'), 'BigXj')
  if (bigXjJson.length !== ks.length) throw new ImportError('BigXj', `expected ${ks.length} points (one per Ks entry), got ${bigXjJson.length}`)
  const bigXj = bigXjJson.map((p, j) => point(p, `BigXj[${j}]`))
  const ecdsaPub = point(field(root, 'ECDSAPub'), 'ECDSAPub')
  if (!group.base.multiply(xi).equals(bigXj[own]!)) throw new ImportError('Xi', "Xi·G does not equal this party's BigXj entry")
  if (!interpolateAtZero(ks, bigXj).equals(ecdsaPub)) throw new ImportError('BigXj', 'do not interpolate to ECDSAPub')
  return { shareId, xi, ks, ecdsaPub: group.encodePoint(ecdsaPub), bigXj: bigXj.map((P) => group.encodePoint(P)) }
}

/**
 * A fresh threshold-of-parties dealing of the tss-lib key from >= t+1 parsed save files
 * (tss-lib threshold t): each file deals λ_i·x_i, the dealings are summed. Checks: every
 * file has the same ECDSAPub, Ks and BigXj; distinct ShareIDs; each xi·G equals its BigXj
 * entry; the chosen BigXj interpolate to ECDSAPub (enough files). Together these make the
 * summed commitment's constant term Σ (λ_i·x_i)·G equal ECDSAPub.
 */
export function dealFromTssLib(saves: readonly TssLibShare[], options: ImportDealingOptions): ImportDealing {
  if (saves.length === 0) throw new ImportError('saves', 'expected at least one parsed save file')
  const parties = checkedCommittee(options.threshold, options.parties)
  const [first] = saves as [TssLibShare]
  const ecdsaPub = asImportError('ecdsaPub', () => group.decodePoint(first.ecdsaPub))
  const ks = xCoordinates(first.ks, 'ks')
  if (first.bigXj.length !== ks.length) throw new ImportError('bigXj', 'expected one point per ks entry')
  const bigXj = first.bigXj.map((P, j) => asImportError(`bigXj[${j}]`, () => group.decodePoint(P)))
  saves.forEach((s, i) => {
    if (!equalBytes(s.ecdsaPub, first.ecdsaPub)) throw new ImportError(`saves[${i}].ecdsaPub`, 'differs from the first file: not the same key')
    if (s.ks.length !== ks.length || s.ks.some((k, j) => Fn.create(k) !== ks[j])) throw new ImportError(`saves[${i}].ks`, 'differs from the first file')
    if (s.bigXj.length !== bigXj.length || s.bigXj.some((P, j) => !equalBytes(P, first.bigXj[j]!))) throw new ImportError(`saves[${i}].bigXj`, 'differs from the first file')
  })
  const ids = saves.map((s) => Fn.create(s.shareId))
  if (new Set(ids).size !== ids.length) throw new ImportError('saves', 'the same party appears twice')
  const rows = ids.map((id, i) => {
    const j = ks.indexOf(id)
    if (j < 0) throw new ImportError(`saves[${i}].shareId`, 'not among ks')
    const xi = saves[i]!.xi
    if (typeof xi !== 'bigint' || xi <= 0n || xi >= Fn.ORDER) throw new ImportError(`saves[${i}].xi`, 'not a scalar in 1..n-1')
    if (!group.base.multiply(xi).equals(bigXj[j]!)) throw new ImportError(`saves[${i}].xi`, "xi·G does not equal the party's BigXj entry")
    return bigXj[j]!
  })
  if (!interpolateAtZero(ids, rows).equals(ecdsaPub)) {
    throw new ImportError('saves', 'these files do not determine ECDSAPub: fewer than tss-lib threshold + 1 parties')
  }
  let commitment: GroupPoint[] = Array.from({ length: options.threshold }, () => group.zero)
  const shares = new Map<PartyIndex, bigint>(parties.map((j) => [j, Fn.ZERO]))
  saves.forEach((s, i) => {
    const d = deal(group, Fn.mul(lagrange(ids, i), s.xi), options.threshold, parties, options.rng)
    commitment = commitment.map((C, m) => C.add(d.commitment[m]!))
    for (const j of parties) shares.set(j, Fn.add(shares.get(j)!, d.shares.get(j)!))
  })
  const dealing = encodeDealing('ecdsa', options.threshold, parties, commitment, shares, options)
  shares.clear()
  return dealing
}
