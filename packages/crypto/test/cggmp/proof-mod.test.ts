import { generatePrimeSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  bitLength, generatePaillierBlum, jacobi, M, mod, modInv, modPow, proveMod, randomUnit, Transcript, verifyMod,
  type ModProof, type ProofContext,
} from '../../src/cggmp/index.js'

const key = generatePaillierBlum() // production size, 2048 bits
const ctx: ProofContext = { sessionId: new Uint8Array([1, 2, 3]), prover: 1 }
const proof = proveMod(ctx, { N: key.N }, { p: key.p, q: key.q })

/** A prime of `bits` bits ≡ rem mod 4. */
const prime = (bits: number, rem: bigint) => generatePrimeSync(bits, { bigint: true, add: 4n, rem })

/** Distinct primes of the given sizes (≡ rem mod 4) whose product has exactly 2048 bits. */
function primesOf2048(sizes: number[], rem: bigint[]): bigint[] {
  for (;;) {
    const ps = sizes.map((s, i) => prime(s, rem[i]!))
    if (new Set(ps).size === ps.length && bitLength(ps.reduce((x, y) => x * y, 1n)) === 2048) return ps
  }
}

/**
 * The strongest cheating prover for a squarefree modulus whose primes (each ≡ 3 mod 4) it
 * knows: N-th roots (gcd(N, φ) = 1 here), fourth roots wherever (−1)^a·w^b·y is a residue
 * mod every prime, anything elsewhere. It draws the verifier's challenges the way
 * proofs/mod.ts does.
 */
function forgeMod(c: ProofContext, primes: bigint[]): { proof: ModProof; ys: bigint[] } {
  const N = primes.reduce((x, y) => x * y, 1n)
  const phi = primes.reduce((x, p) => x * (p - 1n), 1n)
  let w = randomUnit(N)
  while (jacobi(w, N) !== -1) w = randomUnit(N)
  const tr = new Transcript('cggmp/mod', c).int('N', N).int('w', w)
  const ys = Array.from({ length: M }, () => tr.challengeBelow(N))
  const nInv = modInv(N, phi)
  const crt = (rs: bigint[]) =>
    rs.reduce((acc, r, i) => {
      const Ni = N / primes[i]!
      return mod(acc + r * Ni * modInv(Ni, primes[i]!), N)
    }, 0n)
  const x: bigint[] = [], a: bigint[] = [], b: bigint[] = [], z: bigint[] = []
  for (const y of ys) {
    z.push(modPow(y, nInv, N))
    const choice = ([[0n, 0n], [1n, 0n], [0n, 1n], [1n, 1n]] as const).find(([ai, bi]) => {
      const yy = mod((ai ? -1n : 1n) * (bi ? w : 1n) * y, N)
      return primes.every((p) => modPow(yy % p, (p - 1n) / 2n, p) === 1n)
    })
    const [ai, bi] = choice ?? [0n, 0n]
    const yy = mod((ai ? -1n : 1n) * (bi ? w : 1n) * y, N)
    x.push(choice ? crt(primes.map((p) => modPow(yy % p, mod(((p + 1n) / 4n) ** 2n, p - 1n), p))) : 1n)
    a.push(ai)
    b.push(bi)
  }
  return { proof: { w, x, a, b, z }, ys }
}

const replace = <T>(xs: readonly T[], i: number, v: T): T[] => xs.map((x, j) => (j === i ? v : x))

describe('Π^mod (Paillier-Blum modulus, fig. 16)', () => {
  it('an honest proof verifies at 2048 bits with M = 128 repetitions', () => {
    expect(proof.x).toHaveLength(M)
    expect(M).toBe(128)
    expect(verifyMod(ctx, { N: key.N }, proof)).toBe(true)
  })

  it('tampered responses and first message fail', () => {
    const N = key.N
    expect(verifyMod(ctx, { N }, { ...proof, x: replace(proof.x, 5, mod(proof.x[5]! + 1n, N)) })).toBe(false)
    expect(verifyMod(ctx, { N }, { ...proof, z: replace(proof.z, 7, mod(proof.z[7]! * 2n, N)) })).toBe(false)
    expect(verifyMod(ctx, { N }, { ...proof, a: replace(proof.a, 0, 1n - proof.a[0]!) })).toBe(false)
    expect(verifyMod(ctx, { N }, { ...proof, b: replace(proof.b, 0, 2n) })).toBe(false)
    // another w of Jacobi −1: the challenges change, the answers no longer fit
    let w = randomUnit(N)
    while (jacobi(w, N) !== -1 || w === proof.w) w = randomUnit(N)
    expect(verifyMod(ctx, { N }, { ...proof, w })).toBe(false)
    // w of Jacobi +1 is refused outright
    expect(verifyMod(ctx, { N }, { ...proof, w: mod(proof.w * proof.w, N) })).toBe(false)
    // out-of-range and malformed responses
    expect(verifyMod(ctx, { N }, { ...proof, x: replace(proof.x, 1, proof.x[1]! + N) })).toBe(false)
    expect(verifyMod(ctx, { N }, { ...proof, z: proof.z.slice(1) })).toBe(false)
    expect(verifyMod(ctx, { N }, { ...proof, x: replace(proof.x, 2, key.p) })).toBe(false)
    expect(verifyMod(ctx, { N }, { ...proof, x: undefined } as unknown as ModProof)).toBe(false)
  })

  it('another session id, prover index or modulus fails', () => {
    expect(verifyMod({ ...ctx, sessionId: new Uint8Array([1, 2, 4]) }, { N: key.N }, proof)).toBe(false)
    expect(verifyMod({ ...ctx, prover: 2 }, { N: key.N }, proof)).toBe(false)
    expect(verifyMod({ ...ctx, rho: new Uint8Array([9]) }, { N: key.N }, proof)).toBe(false)
    const other = generatePaillierBlum()
    expect(verifyMod(ctx, { N: other.N }, proof)).toBe(false)
    // a wrong witness (the other key's primes) does not prove this modulus
    expect(verifyMod(ctx, { N: key.N }, proveMod(ctx, { N: key.N }, { p: other.p, q: other.q }))).toBe(false)
  })

  it('moduli of another size or even are refused', () => {
    const small = generatePaillierBlum(1024)
    expect(verifyMod(ctx, { N: small.N }, proveMod(ctx, { N: small.N }, { p: small.p, q: small.q }))).toBe(false)
    expect(verifyMod(ctx, { N: key.N * 2n }, proof)).toBe(false)
  })

  // Non-Blum modulus: p ≡ 1 mod 4, so −1 is a residue mod p and only half of the residues mod p
  // have fourth roots; each repetition fails with probability 1/2.
  it('refuses a non-Blum modulus (p ≡ 1 mod 4)', () => {
    const [p, q] = primesOf2048([1024, 1024], [1n, 3n])
    const N = p! * q!
    expect(verifyMod(ctx, { N }, proveMod(ctx, { N }, { p: p!, q: q! }))).toBe(false)
  })

  // Three primes ≡ 3 mod 4: −1 and w reach only 4 of the 8 quadratic characters, so about half
  // of the y_i have no admissible fourth root even for a prover who knows the factors.
  it('refuses a product of three Blum primes', () => {
    const primes = primesOf2048([683, 683, 682], [3n, 3n, 3n])
    const N = primes.reduce((x, y) => x * y, 1n)
    const { proof: forged } = forgeMod(ctx, primes)
    expect(forged.x.filter((x) => x === 1n).length).toBeGreaterThan(M / 4)
    expect(verifyMod(ctx, { N }, forged)).toBe(false)
  })

  // Square factor r²·s: r divides both N and φ(N), so the N-th power map is not onto and
  // z_i^N = y_i has no solution for almost every y_i.
  it('refuses a modulus with a square factor', () => {
    let [r, s] = [prime(512, 3n), prime(1024, 3n)]
    while (bitLength(r * r * s) !== 2048) [r, s] = [prime(512, 3n), prime(1024, 3n)]
    const N = r * r * s
    expect(verifyMod(ctx, { N }, proveMod(ctx, { N }, { p: r * r, q: s }))).toBe(false)
  })

  // A prime N ≡ 3 mod 4 answers every repetition (N-th roots exist since gcd(N, N − 1) = 1,
  // and ±y is always a residue): only the figure's "N is composite" check refuses it.
  it('refuses a prime N even though every equation holds', () => {
    const N = primesOf2048([2048], [3n])[0]!
    const { proof: forged, ys } = forgeMod(ctx, [N])
    for (let i = 0; i < M; i++) {
      expect(modPow(forged.z[i]!, N, N)).toBe(ys[i])
      expect(modPow(forged.x[i]!, 4n, N)).toBe(mod((forged.a[i] ? -1n : 1n) * (forged.b[i] ? forged.w : 1n) * ys[i]!, N))
    }
    expect(verifyMod(ctx, { N }, forged)).toBe(false)
  })
})
