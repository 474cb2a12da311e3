// CGGMP threshold ECDSA benchmarks (issue 15): all parties in one process, messages passed in
// memory through the simulator. Aux info includes every party's safe-prime generation
// (2048-bit Paillier-Blum moduli), so its spread is wide: few runs, p95 reported.
import { createHash, randomBytes } from 'node:crypto'
import {
  CggmpAuxSession, CggmpPresignSession, DkgSession, cggmpSignatureFrom, ed25519Identity, newCggmpPresignId, rerandomized, simulate,
} from '@thresh/crypto'

const range = (n) => Array.from({ length: n }, (_, i) => i + 1)

function identityOf(p) {
  return ed25519Identity(createHash('sha256').update(`bench identity ${p}`).digest())
}

function check(result, what) {
  if (result.aborts.size > 0 || result.stalled.length > 0) {
    const [first] = result.aborts.values()
    throw new Error(`${what} failed: ${first ? first.message : `stalled ${result.stalled}`}`)
  }
  return result
}

function dkg(t, n) {
  const parties = range(n)
  const keyId = `bench-cggmp-${t}of${n}-${randomBytes(4).toString('hex')}`
  const identities = new Map(parties.map((p) => [p, identityOf(p).publicKey]))
  const r = check(simulate(parties.map((self) => new DkgSession({ keyId, scheme: 'ecdsa', threshold: t, parties, self, identity: identityOf(self), identities }))), 'DKG')
  return parties.map((p) => r.results.get(p))
}

/** Aux info on a DKG output, every party generating its Paillier-Blum key in the session: CggmpKeyShares in party order. */
function aux(shares) {
  const r = check(simulate(shares.map((key) => new CggmpAuxSession({ key }))), 'aux info')
  return shares.map((s) => r.results.get(s.self))
}

function presign(keys, signers) {
  const presignId = newCggmpPresignId()
  const r = check(simulate(signers.map((self) => new CggmpPresignSession({ key: keys[self - 1], signers, presignId }))), 'presigning')
  return signers.map((p) => r.results.get(p))
}

/** The online step as a combiner runs it: every signer's σ_i, σ = Σσ_i, low-S, verified (noble). */
function online(presignatures, digest = randomBytes(32)) {
  const [first] = presignatures
  const sigma = presignatures.reduce((sum, p) => sum + p.online(digest), 0n)
  const sig = cggmpSignatureFrom(sigma, rerandomized(first, digest).point, digest, first.publicKey)
  if (!sig) throw new Error('online signature does not verify')
  return sig
}

export async function run(bench) {
  const wantAux = bench.wanted('cggmp-aux-2of3')
  const wantPresign = bench.wanted('cggmp-presign-2of3')
  const wantSign = bench.wanted('cggmp-sign-2of3')
  if (!wantAux && !wantPresign && !wantSign) return
  let keys
  if (wantAux) {
    const dkgSamples = []
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now()
      dkg(2, 3)
      dkgSamples.push(performance.now() - t0)
    }
    const dkgMedian = dkgSamples.sort((a, b) => a - b)[1]
    const runs = Number(process.env.CGGMP_AUX_RUNS ?? 5)
    await bench.measure('cggmp-aux-2of3', { runs, warmup: 0, extra: { dkg_median_ms: Math.round(dkgMedian), note: '3 parties, safe primes included' } }, () => {
      keys = aux(dkg(2, 3))
    })
  } else {
    keys = aux(dkg(2, 3))
  }
  const signers = [1, 2]
  const runs = Number(process.env.CGGMP_PRESIGN_RUNS ?? 10)
  const pool = []
  if (wantPresign) {
    await bench.measure('cggmp-presign-2of3', { runs, warmup: 1, extra: { note: 'three rounds, all signers together' } }, () => pool.push(presign(keys, signers)))
  }
  if (wantSign) {
    const signRuns = Math.max(runs, 10)
    while (pool.length < signRuns + 1) pool.push(presign(keys, signers))
    await bench.measure('cggmp-sign-2of3', { runs: signRuns, warmup: 1, extra: { note: 'every signer\'s σ_i + combine + verify' } }, () => online(pool.pop()))
  }
}
