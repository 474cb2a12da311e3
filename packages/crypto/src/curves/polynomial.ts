import type { IField } from '@noble/curves/abstract/modular.js'
import type { PartyIndex, Rng } from '../session/types.js'
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

/**
 * One Feldman check for the shares several dealers sent the same recipient x:
 * (Σ_d share_d)·G = Σ_m (Σ_d commitment_d[m])·x^m. It holds whenever every dealer's own
 * check holds, and what it proves is what the recipient needs: its summed share is the
 * summed polynomial's value at x. Cost: one base multiplication and one commitment
 * evaluation in place of one of each per dealer, so a receiver's check grows with n only
 * by point additions. It cannot name a culprit: run feldmanVerify per dealer when it fails.
 */
export function feldmanVerifySum(group: CurveGroup, commitments: readonly (readonly GroupPoint[])[], x: bigint, shares: readonly bigint[]): boolean {
  if (commitments.length !== shares.length) throw new RangeError('one share per commitment')
  if (commitments.length === 0) return true
  const degree = commitments[0]!.length
  if (commitments.some((c) => c.length !== degree)) throw new RangeError('commitments of different lengths')
  const summed = Array.from({ length: degree }, (_, m) => commitments.reduce((acc, c) => acc.add(c[m]!), group.zero))
  return feldmanVerify(group, summed, x, shares.reduce((acc, share) => group.Fn.add(acc, share), group.Fn.ZERO))
}

/** A Shamir dealing of one constant: a random polynomial f with f(0) = constant, its Feldman commitment and f(j) for each recipient. */
export interface Dealing {
  /** a_m·G for m = 0..threshold-1 (entry 0 is constant·G; the identity when the constant is 0). */
  readonly commitment: readonly GroupPoint[]
  /** f(j) for every recipient j. Secret: the caller wipes what it no longer needs. */
  readonly shares: ReadonlyMap<PartyIndex, bigint>
}

/**
 * Deals `constant` to `recipients` (distinct positive indices) so that any `threshold`
 * of them can rebuild it: the step every dealer of a keygen, refresh, reshare or
 * import takes. The coefficients a_1.. are fresh random scalars from `rng`.
 */
export function deal(group: CurveGroup, constant: bigint, threshold: number, recipients: readonly PartyIndex[], rng?: Rng): Dealing {
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > recipients.length) {
    throw new RangeError(`threshold must be in 1..${recipients.length}, got ${threshold}`)
  }
  if (new Set(recipients).size !== recipients.length || recipients.some((j) => !Number.isInteger(j) || j < 1)) {
    throw new RangeError('recipients must be distinct positive integers')
  }
  const coefficients = [group.Fn.create(constant), ...Array.from({ length: threshold - 1 }, () => group.randomScalar(rng))]
  const commitment = coefficients.map((a) => (group.Fn.is0(a) ? group.zero : group.base.multiply(a)))
  const shares = new Map(recipients.map((j) => [j, evaluatePolynomial(group.Fn, coefficients, BigInt(j))] as const))
  coefficients.fill(0n)
  return { commitment, shares }
}
