/*
 * Signing for a tweaked key with FROST: a BIP32 child (additive tweak δ from the path,
 * bip32/derive.ts) and, for BIP340 keys, the BIP341 Taproot output key
 * (taproot_tweak_pubkey, bip32/taproot.ts) of that child.
 *
 * Adding a public scalar t to every Shamir share adds t to the shared secret (the
 * Lagrange coefficients at 0 sum to 1), so the tweaked key package is the old one with
 * s_i + t, X_i + t·G, the commitment's constant term + t·G, and group key X + t·G — a
 * standard FROST key package of the tweaked key, which noble's signer and aggregator
 * take unchanged. Negating every share negates the secret (BIP341 lifts the internal
 * key to even Y before tweaking: lift_x(x(P)) = -P when P has odd Y); BIP340 signing
 * then handles the output key's own parity as for any key.
 *
 * Every value here is public except the secret share; the tweaks come from public data
 * (the key's group key, chain code and the request's path), which each node derives
 * itself — never from a request.
 */
import { taprootTweak } from '../bip32/taproot.js'
import { groupOf, type CurveGroup } from '../curves/group.js'
import type { KeyShare } from '../keys/types.js'
import type { FrostPublicKey } from './suite.js'

/** What a FROST signature is tweaked by. */
export interface FrostTweak {
  /** The BIP32 additive tweak δ (32 bytes, DerivedKey.tweak); absent or zero: the key itself. */
  readonly derivation?: Uint8Array
  /** bip340 only: sign for the BIP341 output key of the (derived) key; `merkleRoot` absent = key-path only (BIP86). */
  readonly taproot?: { readonly merkleRoot?: Uint8Array }
}

/** The key package of the tweaked key (a new object; its secretShare is a fresh buffer the caller may wipe). */
export function tweakFrostKey(key: KeyShare, tweak: FrostTweak): KeyShare {
  if (key.curve !== 'secp256k1') throw new RangeError(`a ${key.scheme} key cannot be tweaked: there is no non-hardened derivation for it`)
  if (tweak.taproot !== undefined && key.scheme !== 'bip340') throw new RangeError('the Taproot tweak is for bip340 keys only')
  const group = groupOf(key.curve)
  let out = key
  if (tweak.derivation !== undefined) out = shift(group, out, group.decodeScalar(tweak.derivation, 'derivation tweak', { allowZero: true }), false)
  if (tweak.taproot !== undefined) {
    const t = taprootTweak(out.groupPublicKey, tweak.taproot.merkleRoot)
    out = shift(group, out, group.decodeScalar(t.tweak, 'taproot tweak', { allowZero: true }), t.internalNegated)
  }
  return out === key ? { ...key, secretShare: Uint8Array.from(key.secretShare) } : out
}

/**
 * The public half of tweakFrostKey: what a coordinator that aggregates and verifies
 * signature shares of the tweaked key needs (group key, every public share, and the
 * commitment when the key has one). Same arithmetic, so both halves always agree.
 */
export function tweakFrostPublicKey<K extends FrostPublicKey & { readonly curve?: KeyShare['curve'] }>(key: K, tweak: FrostTweak): K {
  if (key.scheme !== 'frost-secp256k1' && key.scheme !== 'bip340') throw new RangeError(`a ${key.scheme} key cannot be tweaked: there is no non-hardened derivation for it`)
  if (tweak.taproot !== undefined && key.scheme !== 'bip340') throw new RangeError('the Taproot tweak is for bip340 keys only')
  const group = groupOf('secp256k1')
  let out = key
  if (tweak.derivation !== undefined) out = shiftPublic(group, out, group.decodeScalar(tweak.derivation, 'derivation tweak', { allowZero: true }), false)
  if (tweak.taproot !== undefined) {
    const t = taprootTweak(out.groupPublicKey, tweak.taproot.merkleRoot)
    out = shiftPublic(group, out, group.decodeScalar(t.tweak, 'taproot tweak', { allowZero: true }), t.internalNegated)
  }
  return out
}

function movePointOf(group: CurveGroup, t: bigint, negate: boolean): (bytes: Uint8Array, constant: boolean) => Uint8Array {
  const tG = t === 0n ? undefined : group.base.multiply(t)
  return (bytes, constant) => {
    let p = group.decodePoint(bytes, 'key point')
    if (negate) p = p.negate()
    return group.encodePoint(constant && tG ? p.add(tG) : p)
  }
}

function shiftPublic<K extends FrostPublicKey>(group: CurveGroup, key: K, t: bigint, negate: boolean): K {
  const movePoint = movePointOf(group, t, negate)
  return {
    ...key,
    publicShares: new Map([...key.publicShares].map(([party, share]) => [party, movePoint(share, true)] as const)),
    groupPublicKey: movePoint(key.groupPublicKey, true),
    ...(key.commitment ? { commitment: key.commitment.map((c, i) => movePoint(c, i === 0)) } : {}),
  }
}

/** The key package of ±x + t: every share, public share and the commitment move alike. */
function shift(group: CurveGroup, key: KeyShare, t: bigint, negate: boolean): KeyShare {
  const { Fn } = group
  const s = group.decodeScalar(key.secretShare, 'secret share', { allowZero: true })
  return { ...shiftPublic(group, key, t, negate), secretShare: group.encodeScalar(Fn.add(negate ? Fn.neg(s) : s, t)) }
}
