// CGGMP presigning proofs at production sizes (2048-bit Paillier-Blum moduli, ℓ = 256,
// ℓ' = 1280, ε = 512): prove and verify of Π^enc, Π^aff-g (the MtA proof) and Π^log*.
// Keys (two Paillier-Blum moduli from safe primes, the verifier's ring-Pedersen
// parameters) are generated once, untimed.
// Names: cggmp-prove-<proof>, cggmp-verify-<proof> for enc, aff-g, log-star.
// internal: the CGGMP module is not part of @thresh/crypto's public index yet
import {
  generatePaillierBlum, generateRingPedersen, L, L_PRIME, mulG, paillierAdd, paillierEncrypt, paillierMul, paillierNonce,
  proveAffG, proveEnc, proveLogStar, randomSigned, verifyAffG, verifyEnc, verifyLogStar,
} from '../../packages/crypto/dist/cggmp/index.js'

export async function run(bench) {
  const names = ['enc', 'aff-g', 'log-star'].flatMap((p) => [`cggmp-prove-${p}`, `cggmp-verify-${p}`])
  if (!names.some(bench.wanted)) return
  const prover = generatePaillierBlum()
  const verifier = generatePaillierBlum()
  const aux = generateRingPedersen(verifier).params
  const ctx = { sessionId: new TextEncoder().encode('bench'), prover: 1 }
  const opts = { runs: 10, warmup: 1 }

  const k = randomSigned(L)
  const rho = paillierNonce(prover)
  const enc = { key: prover, K: paillierEncrypt(prover, k, rho), aux }
  const encProof = proveEnc(ctx, enc, { k, rho })
  await bench.measure('cggmp-prove-enc', opts, () => proveEnc(ctx, enc, { k, rho }))
  await bench.measure('cggmp-verify-enc', opts, () => check(verifyEnc(ctx, enc, encProof)))

  const x = randomSigned(L)
  const y = randomSigned(L_PRIME)
  const r0 = paillierNonce(verifier)
  const rY = paillierNonce(prover)
  const K = paillierEncrypt(verifier, randomSigned(L), paillierNonce(verifier))
  const D = paillierAdd(verifier, paillierMul(verifier, K, x), paillierEncrypt(verifier, y, r0))
  const aff = { key0: verifier, key1: prover, C: K, D, Y: paillierEncrypt(prover, y, rY), X: mulG(x), aux }
  const affW = { x, y, rho: r0, rhoY: rY }
  const affProof = proveAffG(ctx, aff, affW)
  await bench.measure('cggmp-prove-aff-g', opts, () => proveAffG(ctx, aff, affW))
  await bench.measure('cggmp-verify-aff-g', opts, () => check(verifyAffG(ctx, aff, affProof)))

  const log = { key: prover, C: enc.K, X: mulG(k), g: mulG(1n), aux }
  const logProof = proveLogStar(ctx, log, { x: k, rho })
  await bench.measure('cggmp-prove-log-star', opts, () => proveLogStar(ctx, log, { x: k, rho }))
  await bench.measure('cggmp-verify-log-star', opts, () => check(verifyLogStar(ctx, log, logProof)))
}

function check(ok) {
  if (!ok) throw new Error('cggmp bench: an honest proof did not verify')
}
