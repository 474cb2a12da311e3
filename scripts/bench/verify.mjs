// The SDK's signature checks (packages/coordinator verify.ts), run on every signature a
// node returns, next to @noble/curves' verifiers that they replaced: one check each.
//   sdk-verify-<scheme>    the SDK's check (libsecp256k1 / OpenSSL)
//   noble-verify-<scheme>  the same check with @noble/curves
import { randomBytes } from 'node:crypto'
import { ed25519 } from '@noble/curves/ed25519.js'
import { schnorr, secp256k1 } from '@noble/curves/secp256k1.js'
import { verifyEcdsa, verifySchnorr } from '@thresh/coordinator'

const RUNS = 300

export async function run(bench) {
  const digest = randomBytes(32)
  const sk = secp256k1.utils.randomSecretKey()
  const pk = secp256k1.getPublicKey(sk, true)
  const rec = secp256k1.sign(digest, sk, { prehash: false, format: 'recovered' })
  const rs = rec.slice(1)
  await bench.measure('sdk-verify-ecdsa', { runs: RUNS }, () => { if (!verifyEcdsa(pk, digest, rs, rec[0])) throw new Error('ecdsa check failed') })
  await bench.measure('noble-verify-ecdsa', { runs: RUNS }, () => secp256k1.Signature.fromBytes(rs, 'compact').addRecoveryBit(rec[0]).recoverPublicKey(digest))

  const bsig = schnorr.sign(digest, sk)
  await bench.measure('sdk-verify-bip340', { runs: RUNS }, () => { if (!verifySchnorr('bip340', pk, digest, bsig)) throw new Error('bip340 check failed') })
  await bench.measure('noble-verify-bip340', { runs: RUNS }, () => schnorr.verify(bsig, digest, pk.subarray(1)))

  const esk = ed25519.utils.randomSecretKey()
  const epk = ed25519.getPublicKey(esk)
  const esig = ed25519.sign(digest, esk)
  await bench.measure('sdk-verify-ed25519', { runs: RUNS }, () => { if (!verifySchnorr('frost-ed25519', epk, digest, esig)) throw new Error('ed25519 check failed') })
  await bench.measure('noble-verify-ed25519', { runs: RUNS }, () => ed25519.verify(esig, digest, epk, { zip215: false }))
}
