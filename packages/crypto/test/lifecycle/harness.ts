// Shared by the lifecycle tests: pinned keys, rosters and simulated refresh / reshare / repair runs.
import { expect } from 'vitest'
import { createPublicKey, verify as opensslVerify } from 'node:crypto'
import { schnorr, secp256k1, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import {
  BanList, DklsSetupSession, DklsSignSession, RepairSession, ReshareSession, groupOf, lagrangeAtZero, simulate,
  type KeyShare, type PartyIndex, type PinnedKey, type ReshareMessage, type RosterEntry, type Scheme, type SimulatorOptions,
} from '../../src/index.js'
import { identityMap, identityOf, runFrost } from '../dkg-harness.js'

/** The coordinator's pinned view of a key, from any of its shares. */
export function pinnedOf(k: KeyShare): PinnedKey {
  return {
    keyId: k.keyId, scheme: k.scheme, epoch: k.epoch, threshold: k.threshold, parties: [...k.parties],
    publicShares: new Map(k.publicShares), groupPublicKey: k.groupPublicKey, chainCode: k.chainCode,
  }
}

/** Node n's identity key: nodes are numbered apart from committee indices (a node may take another index). */
export const nodeIdentity = (node: number) => identityOf(1000 + node)

/** One roster member: the node running it, its old and next committee index. */
export interface Member { node: number; old?: PartyIndex; next?: PartyIndex }

/** The usual roster: node k holds old index k (when it deals or stays) and next index k. */
export function defaultMembers(key: PinnedKey, dealers: readonly PartyIndex[], next: readonly PartyIndex[]): Member[] {
  const nodes = [...new Set([...dealers, ...next])].sort((a, b) => a - b)
  return nodes.map((k) => ({
    node: k,
    old: dealers.includes(k) || (key.parties.includes(k) && next.includes(k)) ? k : undefined,
    next: next.includes(k) ? k : undefined,
  }))
}

export interface ReshareRun {
  keys: readonly KeyShare[]
  mode: 'refresh' | 'reshare'
  dealers: readonly PartyIndex[]
  next: { threshold: number; parties: readonly PartyIndex[] }
  members?: Member[]
  requestId?: string
  /** Replaces the share a session party is given (by session party). */
  shareOf?: (s: PartyIndex, share: KeyShare | undefined) => KeyShare | undefined
}

export function rosterOf(members: readonly Member[]): RosterEntry[] {
  return members.map((m) => ({ identity: nodeIdentity(m.node).publicKey, old: m.old, next: m.next }))
}

export function reshareSessions(run: ReshareRun): ReshareSession[] {
  const key = pinnedOf(run.keys[0]!)
  const members = run.members ?? defaultMembers(key, run.dealers, run.next.parties)
  const roster = rosterOf(members)
  return members.map((m, i) => {
    const own = m.old === undefined ? undefined : run.keys.find((k) => k.self === m.old)
    const share = run.shareOf ? run.shareOf(i + 1, own) : own
    return new ReshareSession({
      key, mode: run.mode, dealers: run.dealers, next: run.next, roster, requestId: run.requestId,
      self: i + 1, identity: nodeIdentity(m.node), share,
    })
  })
}

/** Runs a refresh / reshare that must succeed; returns the next committee's shares by next index (ascending). */
export function runReshare(run: ReshareRun, options: SimulatorOptions<ReshareMessage> = {}): KeyShare[] {
  const sessions = reshareSessions(run)
  const r = simulate(sessions, options)
  expect(r.aborts.size).toBe(0)
  expect(r.stalled).toEqual([])
  expect(r.results.size).toBe(sessions.length)
  return [...r.results.values()].filter((k): k is KeyShare => k !== null).sort((a, b) => a.self - b.self)
}

/** Lagrange interpolation at 0 of the secret shares of `keys` (any mix of epochs). */
export function interpolateSecret(keys: readonly KeyShare[]): bigint {
  const group = groupOf(keys[0]!.curve)
  const { Fn } = group
  const ids = keys.map((k) => k.self)
  return keys.reduce((acc, k) => Fn.add(acc, Fn.mul(lagrangeAtZero(Fn, ids, k.self), group.decodeScalar(k.secretShare))), Fn.ZERO)
}

export function secretMatchesKey(keys: readonly KeyShare[]): boolean {
  const group = groupOf(keys[0]!.curve)
  const x = interpolateSecret(keys)
  return !group.Fn.is0(x) && group.encodePoint(group.base.multiply(x)).every((b, i) => b === keys[0]!.groupPublicKey[i])
}

/** Verifies with a verifier that shares no code with thresh's signing path. */
export function independentlyValid(scheme: Scheme, groupPublicKey: Uint8Array, message: Uint8Array, sig: Uint8Array): boolean {
  switch (scheme) {
    case 'frost-ed25519': {
      const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(groupPublicKey).toString('base64url') }, format: 'jwk' })
      return opensslVerify(null, message, key, sig)
    }
    case 'bip340': return schnorr.verify(sig, message, groupPublicKey.subarray(1))
    default: return secp256k1_FROST.verify(sig, message, groupPublicKey)
  }
}

/** FROST-signs with `signers`; true iff every signer returned one signature that verifies independently. */
export function frostSigns(keys: readonly KeyShare[], signers: readonly PartyIndex[], message: Uint8Array): boolean {
  const r = runFrost(keys, signers, message)
  if (r.aborts.size > 0 || r.results.size !== signers.length) return false
  const sig = r.results.get(signers[0]!)!
  return [...r.results.values()].every((s) => s.every((b, i) => b === sig[i])) && independentlyValid(keys[0]!.scheme, keys[0]!.groupPublicKey, message, sig)
}

/** DKLs23 setup on `keys` (the node's step after a refresh / reshare of an ecdsa key). */
export function dklsSetup(keys: readonly KeyShare[]) {
  const r = simulate(keys.map((key) => new DklsSetupSession({ key, requestId: `epoch-${key.epoch}` })))
  expect(r.aborts.size).toBe(0)
  expect(r.stalled).toEqual([])
  return keys.map((k) => r.results.get(k.self)!)
}

/** ECDSA-signs `digest` with `signers` of a set-up key; true iff every signer's signature verifies under noble's secp256k1. */
export function ecdsaSigns(keys: ReturnType<typeof dklsSetup>, signers: readonly PartyIndex[], digest: Uint8Array): boolean {
  const r = simulate(signers.map((self) => new DklsSignSession({
    key: keys.find((k) => k.self === self)!, signers, digest, bans: new BanList(), identity: identityOf(self), identities: identityMap(signers),
  })))
  if (r.aborts.size > 0 || r.results.size !== signers.length) return false
  return [...r.results.values()].every((sig) =>
    secp256k1.verify(new Uint8Array([...sig.r, ...sig.s]), digest, keys[0]!.groupPublicKey, { prehash: false, lowS: true }))
}

/** Every k-subset of `items`. */
export function subsets<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]]
  if (items.length < k) return []
  const [first, ...rest] = items
  return [...subsets(rest, k - 1).map((s) => [first!, ...s]), ...subsets(rest, k)]
}

export interface RepairRun {
  keys: readonly KeyShare[]
  lost: PartyIndex
  helpers: readonly PartyIndex[]
  /** Node taking index `lost` (default: the node that held it). */
  replacement?: number
  requestId?: string
}

/** Session parties: the helpers in the order given, then the lost party. */
export function repairSessions(run: RepairRun): RepairSession[] {
  const key = pinnedOf(run.keys[0]!)
  const members: Member[] = [...run.helpers.map((h) => ({ node: h, old: h })), { node: run.replacement ?? run.lost, old: run.lost }]
  const roster = rosterOf(members)
  return members.map((m, i) => new RepairSession({
    key, lost: run.lost, helpers: run.helpers, roster, requestId: run.requestId, self: i + 1, identity: nodeIdentity(m.node),
    share: m.old === run.lost ? undefined : run.keys.find((k) => k.self === m.old),
  }))
}
