/*
 * Ring-Pedersen parameters (CGGMP eprint 2021/060, Definition 1.3 / the auxiliary-
 * information phase): over a party's own Paillier-Blum modulus N, t = τ² mod N for a
 * random τ ∈ Z*_N and s = t^λ mod N for a secret λ ∈ Z_φ(N). A commitment to x with
 * randomness y is s^x · t^y mod N. The owner proves s ∈ ⟨t⟩ with Π^prm
 * (proofs/prm.ts); every other party uses (N, s, t) to receive range proofs, so
 * their soundness rests on that proof (TSSHOCK's attacks used s, t outside ⟨t⟩).
 */
import { modPow, randomBelow, randomUnit } from './arith.js'
import type { PaillierSecretKey } from './paillier.js'

export interface RingPedersenParams {
  readonly N: bigint
  readonly s: bigint
  readonly t: bigint
}

export interface RingPedersenSecret {
  readonly params: RingPedersenParams
  /** s = t^λ mod N; the witness of Π^prm. */
  readonly lambda: bigint
  /** φ(N), the order bound the prover reduces by. */
  readonly phi: bigint
}

/** Fresh ring-Pedersen parameters over the modulus of `key`. */
export function generateRingPedersen(key: PaillierSecretKey): RingPedersenSecret {
  const tau = randomUnit(key.N)
  const t = modPow(tau, 2n, key.N)
  const lambda = randomBelow(key.phi)
  const s = modPow(t, lambda, key.N)
  return { params: { N: key.N, s, t }, lambda, phi: key.phi }
}

/** s^x · t^y mod N (x, y may be negative). */
export function ringPedersenCommit(params: RingPedersenParams, x: bigint, y: bigint): bigint {
  return (modPow(params.s, x, params.N) * modPow(params.t, y, params.N)) % params.N
}
