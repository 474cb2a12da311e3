// The threshold ML-DSA-44 act of `npm run testnet` (issue 18): a 2-of-3 key from the
// distributed keygen, one signature, verified by @noble/post-quantum's ml_dsa44.verify
// (unmodified FIPS 204 verification) and, where the devDependency is installed, by
// liboqs (the C reference code as WebAssembly).
import { performance } from 'node:perf_hooks'
import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js'
import { abbreviate } from '@thresh/coordinator/text'

/**
 * Runs the act on `parties` (the first three nodes) and returns its row of the summary's
 * signature table: scheme, key, public key, signers, keygen time, sign time, verified.
 * `created` gets the new key, so the keys file pins it for the thresh CLI.
 */
export async function mldsaAct({ coordinator, parties, names, created, saveKeys, setStep }) {
  setStep('keygen ml-dsa-44 (2-of-3)')
  const t0 = performance.now()
  const key = await coordinator.keygen({ scheme: 'ml-dsa-44', threshold: 2, keyId: 'testnet-ml-dsa-44', parties: parties.slice(0, 3) })
  const keygenMs = performance.now() - t0
  if (key.groupPublicKey.length !== 1312) throw new Error(`the ML-DSA-44 public key has ${key.groupPublicKey.length} bytes, not 1312`)
  created.push(key)
  await saveKeys()

  setStep('sign with ml-dsa-44')
  const message = new TextEncoder().encode('thresh testnet: hello from ml-dsa-44')
  const t1 = performance.now()
  const sig = await coordinator.sign({ keyId: key.keyId, message })
  const signMs = performance.now() - t1

  setStep('verify the ml-dsa-44 signature with @noble/post-quantum')
  if (sig.signature.length !== 2420 || !ml_dsa44.verify(sig.signature, message, key.groupPublicKey)) throw new Error('the ml-dsa-44 signature did not verify')
  const verifiers = ['@noble/post-quantum']
  const liboqs = await import('@oqs/liboqs-js/sig').catch(() => undefined)
  if (liboqs) {
    if (!(await liboqs.createMLDSA44()).verify(message, sig.signature, key.groupPublicKey)) throw new Error('liboqs refused the ml-dsa-44 signature')
    verifiers.push('liboqs')
  }
  const attempts = sig.failedAttempts.length + 1
  return [
    'ml-dsa-44 (2-of-3)', key.keyId, abbreviate(Buffer.from(key.groupPublicKey).toString('hex'), 8), sig.signers.map((p) => names.get(p)).join(','),
    `${Math.round(keygenMs)} ms`, `${Math.round(signMs)} ms`, `yes (${verifiers.join(', ')}; ${attempts} attempt${attempts === 1 ? '' : 's'})`,
  ]
}
