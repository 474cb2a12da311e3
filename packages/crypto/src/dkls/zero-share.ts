/*
 * Zero sharing, DKLs23 Functionality 3.4: each pair {i, j} of signers shares a seed from
 * the setup; per signing session both derive z_ij = PRF(seed, sid, n_lo, n_hi), with the
 * round-1 nonces of the lower and the higher index (sign-session.ts), so a request run
 * again gets fresh values; signer i adds ζ_i = Σ_{j≠i} ±z_ij (+ when i < j, − when i > j),
 * so Σ ζ_i = 0 over the signer set. Signing uses ζ_i to re-randomize i's additive key share.
 */
import type { PartyIndex } from '../session/types.js'
import { N, readUint256 } from './group.js'
import { taggedHash } from './hash.js'

/** z_ij for the pair's seed, a signing session and the pair's nonces: a uniform scalar (64-byte wide reduction). */
export function pairZeroShare(seed: Uint8Array, sid: Uint8Array, nonceLo: Uint8Array, nonceHi: Uint8Array): bigint {
  const wide = taggedHash('dkls23/zero-share', [seed, sid, nonceLo, nonceHi], 64)
  const z = ((readUint256(wide, 0) << 256n) | readUint256(wide, 32)) % N
  wide.fill(0)
  return z
}

/** The sign with which party `self` adds the pair value it shares with `peer`. */
export function zeroShareSign(self: PartyIndex, peer: PartyIndex): 1n | -1n {
  return self < peer ? 1n : -1n
}
