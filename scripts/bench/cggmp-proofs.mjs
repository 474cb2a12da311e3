// CGGMP auxiliary-information proofs (packages/crypto/src/cggmp/proofs), production sizes
// (2048-bit moduli, M = 128 repetitions of Π^mod and Π^prm):
//   cggmp-prove-mod / cggmp-verify-mod   Π^mod, Paillier-Blum modulus (fig. 16)
//   cggmp-prove-prm / cggmp-verify-prm   Π^prm, ring-Pedersen parameters (fig. 17)
//   cggmp-prove-fac / cggmp-verify-fac   Π^fac, no small factor, against another party's parameters (fig. 28)
// Keys are generated once (safe primes, a few seconds); few runs each.
import {
  generatePaillierBlum, generateRingPedersen, proveFac, proveMod, provePrm, verifyFac, verifyMod, verifyPrm,
} from '@thresh/crypto'

const RUNS = { runs: 5, warmup: 1 }

export async function run(bench) {
  if (!['cggmp-prove', 'cggmp-verify'].some((n) => ['mod', 'prm', 'fac'].some((p) => bench.wanted(`${n}-${p}`)))) return
  const ctx = { sessionId: new Uint8Array(32), prover: 1 }
  const key = generatePaillierBlum()
  const rp = generateRingPedersen(key)
  const other = generateRingPedersen(generatePaillierBlum()).params

  const mod = { N: key.N }
  const modProof = proveMod(ctx, mod, key)
  await bench.measure('cggmp-prove-mod', RUNS, () => proveMod(ctx, mod, key))
  await bench.measure('cggmp-verify-mod', RUNS, () => { if (!verifyMod(ctx, mod, modProof)) throw new Error('Π^mod did not verify') })

  const prm = { params: rp.params }
  const prmProof = provePrm(ctx, prm, rp)
  await bench.measure('cggmp-prove-prm', RUNS, () => provePrm(ctx, prm, rp))
  await bench.measure('cggmp-verify-prm', RUNS, () => { if (!verifyPrm(ctx, prm, prmProof)) throw new Error('Π^prm did not verify') })

  const fac = { N0: key.N, aux: other }
  const facProof = proveFac(ctx, fac, key)
  await bench.measure('cggmp-prove-fac', RUNS, () => proveFac(ctx, fac, key))
  await bench.measure('cggmp-verify-fac', RUNS, () => { if (!verifyFac(ctx, fac, facProof)) throw new Error('Π^fac did not verify') })
}
