import type { IField } from '@noble/curves/abstract/modular.js'
import type { PartyIndex } from '../session/types.js'
import type { CurveGroup, GroupPoint } from './group.js'

/** f(x) = Σ coefficients[m]·x^m over the scalar field (Horner). */
export function evaluatePolynomial(Fn: IField<bigint>, coefficients: readonly bigint[], x: bigint): bigint {
  if (coefficients.length === 0) throw new Error('empty polynomial')
  let acc = Fn.ZERO
  for (let m = coefficients.length - 1; m >= 0; m--) acc = Fn.add(Fn.mul(acc, x), coefficients[m]!)
  return acc
}

/**
 * Feldman evaluation F(x) = Σ commitment[m]·x^m: the public image f(x)·G of a
 * polynomial committed to as commitment[m] = a_m·G. Public inputs only (variable time).
 */
export function evaluateCommitment(group: CurveGroup, commitment: readonly GroupPoint[], x: bigint): GroupPoint {
  if (commitment.length === 0) throw new Error('empty commitment')
  let acc = group.zero
  for (let m = commitment.length - 1; m >= 0; m--) {
    acc = acc.is0() ? acc : acc.multiplyUnsafe(x)
    acc = acc.add(commitment[m]!)
  }
  return acc
}

/**
 * The Lagrange coefficient λ_i at 0 for the interpolation set `parties`:
 * λ_i = Π_{j≠i} j / (j − i). Σ λ_i·f(i) = f(0) for any polynomial of degree < |parties|.
 */
export function lagrangeAtZero(Fn: IField<bigint>, parties: readonly PartyIndex[], i: PartyIndex): bigint {
  if (new Set(parties).size !== parties.length) throw new RangeError('interpolation set repeats a party')
  if (!parties.includes(i)) throw new RangeError(`party ${i} is not in the interpolation set`)
  let num = Fn.ONE
  let den = Fn.ONE
  const xi = Fn.create(BigInt(i))
  for (const j of parties) {
    if (j === i) continue
    const xj = Fn.create(BigInt(j))
    num = Fn.mul(num, xj)
    den = Fn.mul(den, Fn.sub(xj, xi))
  }
  return Fn.div(num, den)
}

/**
 * Feldman VSS check: share·G = Σ commitment[m]·x^m. `share` is secret (constant-time
 * multiplication); a zero share is checked against the identity.
 */
export function feldmanVerify(group: CurveGroup, commitment: readonly GroupPoint[], x: bigint, share: bigint): boolean {
  const lhs = group.Fn.is0(share) ? group.zero : group.base.multiply(share)
  return lhs.equals(evaluateCommitment(group, commitment, x))
}
