// CGGMP threshold ECDSA benchmarks (issue 15): all parties in one process, messages passed in
// memory through the simulator. Aux info includes every party's safe-prime generation
// (2048-bit Paillier-Blum moduli), so its spread is wide: few runs, p95 reported.
import { createHash, randomBytes } from 'node:crypto'
import {
  CggmpAuxSession, CggmpPresignSession, DkgSession, combineCggmpOnline, ed25519Identity, newCggmpPresignId, simulate,
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

/** Bytes of a payload's integers (minimal big-endian) and byte strings, recursively: what a codec would carry at least. */
function payloadBytes(v) {
  if (typeof v === 'bigint') return Math.ceil(v.toString(16).length / 2)
  if (v instanceof Uint8Array) return v.length
  if (Array.isArray(v)) return v.reduce((sum, x) => sum + payloadBytes(x), 0)
  if (v && typeof v === 'object') return Object.values(v).reduce((sum, x) => sum + payloadBytes(x), 0)
  return 0
}

/** One presignature by `signers`: theirs in signer order, and the payload bytes delivered. */
function presign(keys, signers) {
  const presignId = newCggmpPresignId()
  let bytes = 0
  const sessions = signers.map((self) => new CggmpPresignSession({ key: keys[self - 1], signers, presignId }))
  const r = check(simulate(sessions, { intercept: (t) => { bytes += payloadBytes(t.payload) } }), 'presigning')
  return Object.assign(signers.map((p) => r.results.get(p)), { bytes })
}

/** The online step as a combiner runs it: every signer's σ_i, σ = Σσ_i, low-S, verified (noble). */
function online(presignatures, digest = randomBytes(32)) {
  const [first] = presignatures
  const shares = new Map(presignatures.map((p) => [p.self, p.online(digest)]))
  return combineCggmpOnline({ presignId: first.presignId, instancePoint: first.instancePoint, publicKey: first.publicKey, digest }, shares)
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
    pool.push(presign(keys, signers))
    const extra = { bytes_per_presign: pool[0].bytes, note: 'three rounds, all signers together' }
    await bench.measure('cggmp-presign-2of3', { runs, warmup: 0, extra }, () => pool.push(presign(keys, signers)))
  }
  if (wantSign) {
    const signRuns = Math.max(runs, 10)
    while (pool.length < signRuns + 1) pool.push(presign(keys, signers))
    await bench.measure('cggmp-sign-2of3', { runs: signRuns, warmup: 1, extra: { note: 'every signer\'s σ_i + combine + verify' } }, () => online(pool.pop()))
  }
}
