// Shared fixtures of the presigning / identification proof tests: production-size keys
// (generated once per test file) and helpers that tamper with proofs field by field.
import {
  generatePaillierBlum, generateRingPedersen, mulG, Point, type CurvePoint, type PaillierSecretKey,
  type ProofContext, type RingPedersenParams,
} from '../../src/cggmp/index.js'

export interface Keys {
  /** The prover's Paillier key (N0 of Π^enc / Π^log* / Π^mul / Π^dec, N1 of Π^aff-g). */
  prover: PaillierSecretKey
  /** The verifier's Paillier key (N0 of Π^aff-g / Π^mul*), which also carries its ring-Pedersen parameters. */
  verifier: PaillierSecretKey
  aux: RingPedersenParams
}

/** Two 2048-bit Paillier-Blum keys (four safe primes) and the verifier's ring-Pedersen parameters. */
export function makeKeys(): Keys {
  const prover = generatePaillierBlum()
  const verifier = generatePaillierBlum()
  return { prover, verifier, aux: generateRingPedersen(verifier).params }
}

export const ctx: ProofContext = { sessionId: new TextEncoder().encode('presign session 7'), prover: 2 }
export const otherSession: ProofContext = { ...ctx, sessionId: new TextEncoder().encode('presign session 8') }
export const otherProver: ProofContext = { ...ctx, prover: 3 }

/** One copy of `proof` per field, with that field changed (integers +1, points moved by G). */
export function tamperedFields<P extends object>(proof: P): Array<[string, P]> {
  return Object.entries(proof).map(([name, value]) => {
    const changed = typeof value === 'bigint' ? value + 1n : (value as CurvePoint).add(mulG(1n))
    return [name, { ...proof, [name]: changed }]
  })
}

/** A point different from P (for "another public input"). */
export function otherPoint(P: CurvePoint): CurvePoint {
  return P.add(Point.BASE)
}
