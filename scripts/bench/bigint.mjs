// Modular exponentiation for CGGMP's Paillier arithmetic (packages/crypto src/cggmp/arith.ts):
// one 2048-bit exponent modulo a 4096-bit N² (an encryption's ρ^N, a proof's masks), three
// ways on this machine:
//   modexp-4096-bigint    JavaScript BigInt square-and-multiply
//   modexp-4096-gmp-wasm  GMP compiled to WebAssembly (gmp-wasm, a devDependency for this row)
//   modexp-4096-openssl   OpenSSL through node:crypto (what arith.modPow runs: constant time in the exponent)
// and the owner's CRT shortcut: modexp-4096-openssl-crt (mod p² and q², recombined).
import { generatePrimeSync } from 'node:crypto'
import { modPow, mod, modInv } from '@thresh/crypto'

const RUNS = 20

export async function run(bench) {
  if (!['modexp-4096-bigint', 'modexp-4096-gmp-wasm', 'modexp-4096-openssl', 'modexp-4096-openssl-crt'].some((n) => bench.wanted(n))) return
  const p = generatePrimeSync(1024, { bigint: true })
  const q = generatePrimeSync(1024, { bigint: true })
  const N = p * q
  const N2 = N * N
  const base = (N2 * 7n) / 11n
  const exp = N - 12345n // 2048 bits, as ρ^N

  await bench.measure('modexp-4096-bigint', { runs: RUNS, warmup: 2 }, () => bigintPow(base, exp, N2))
  try {
    const { init } = await import('gmp-wasm')
    const gmp = await init()
    await bench.measure('modexp-4096-gmp-wasm', { runs: RUNS, warmup: 2 }, () => {
      const ctx = gmp.getContext()
      try {
        return ctx.Integer(base.toString()).pow(ctx.Integer(exp.toString()), ctx.Integer(N2.toString())).toString()
      } finally {
        ctx.destroy()
      }
    })
  } catch (err) {
    process.stderr.write(`  modexp-4096-gmp-wasm skipped: ${err.message}\n`)
  }
  await bench.measure('modexp-4096-openssl', { runs: RUNS, warmup: 2 }, () => modPow(base, exp, N2))
  const p2 = p * p
  const q2 = q * q
  const q2inv = modInv(q2, p2)
  await bench.measure('modexp-4096-openssl-crt', { runs: RUNS, warmup: 2 }, () => {
    const a = modPow(base % p2, exp % (p * (p - 1n)), p2)
    const b = modPow(base % q2, exp % (q * (q - 1n)), q2)
    return b + q2 * mod((a - b) * q2inv, p2)
  })
}

function bigintPow(b, e, m) {
  let r = 1n
  b %= m
  for (; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m
  return r
}
