// Post-quantum benchmarks. X-Wing sealed share messages (a 32-byte secret share in a
// sealed message) and threshold ML-DSA-44 (ePrint 2026/013): every party in this one
// process, messages moved by the in-memory simulator, so a sample is the protocol's
// CPU time across all parties. A signing sample runs attempts (fresh sessions) until
// one yields a signature, as a driver does, so it includes honest rejections.
// Names: xwing-seal, xwing-open, mldsa44-keygen-<t>of<n>, mldsa44-sign-<t>of<n>.
import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js'
import {
  MlDsaKeygenSession, MlDsaSignSession, generateKemKeyPair, signWithRetries, simulate, xwingOpen, xwingSeal,
} from '@thresh/crypto'

const SIZES = [[3, 5]]
const range = (n) => Array.from({ length: n }, (_, i) => i + 1)

function keygen(threshold, n, keyId) {
  const parties = range(n)
  const r = simulate(parties.map((self) => new MlDsaKeygenSession({ keyId, threshold, parties, self })))
  if (r.results.size !== n) throw new Error(`benchmark keygen failed: ${[...r.aborts.values()].map((e) => e.message).join('; ')}`)
  return parties.map((p) => r.results.get(p))
}

const attemptsSeen = []
async function sign(keys, signers, message) {
  const { signature, attempts } = await signWithRetries((attempt) => {
    const r = simulate(signers.map((p) => new MlDsaSignSession({ key: keys[p - 1], signers, message, attempt })))
    const result = r.results.get(signers[0])
    if (!result) throw new Error(`benchmark signing failed: ${[...r.aborts.values()].map((e) => e.message).join('; ')}`)
    return result
  })
  attemptsSeen.push(attempts)
  return signature
}

export async function run(bench) {
  const recipient = generateKemKeyPair()
  const context = { sessionId: new Uint8Array(32).fill(7), sender: 1, recipient: 2, round: 2, messageType: 'dkg/share' }
  const share = new Uint8Array(32).fill(9)
  await bench.measure('xwing-seal', { runs: 50 }, () => xwingSeal(recipient.publicKey, context, share))
  const sealed = xwingSeal(recipient.publicKey, context, share)
  await bench.measure('xwing-open', { runs: 50 }, () => xwingOpen(recipient.secretKey, context, sealed))

  for (const [t, n] of SIZES) {
    await bench.measure(`mldsa44-keygen-${t}of${n}`, { runs: 10, extra: { parties: n } }, (i) => keygen(t, n, `bench-${i}`))
    const label = `mldsa44-sign-${t}of${n}`
    if (!bench.wanted(label)) continue
    const keys = keygen(t, n, `bench-${label}`)
    const signers = range(t)
    attemptsSeen.length = 0
    const row = await bench.measure(label, { runs: 30, warmup: 3, extra: { parties: t } }, async (i) => {
      const message = new TextEncoder().encode(`message ${i}`)
      const signature = await sign(keys, signers, message)
      if (!ml_dsa44.verify(signature, message, keys[0].publicKey)) throw new Error('benchmark signature does not verify')
    })
    row.attempts_mean = Math.round((attemptsSeen.reduce((a, b) => a + b, 0) / attemptsSeen.length) * 100) / 100
  }
}
