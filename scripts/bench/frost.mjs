// DKG and FROST signing benchmarks: every party in this one process, messages moved by
// the in-memory simulator, so a sample is the whole protocol's CPU time across all n
// parties (a networked party does roughly 1/n of it). Names: dkg-<curve>-<t>of<n>,
// frost-sign-<scheme>-<t>of<n>, frost-online-secp256k1-2of3 (RFC 9591 with preprocessing:
// nonce commitments made ahead, then every signer's share, the aggregation and its
// verification; the commit-ahead cost per signature is reported beside it).
import { createHash, randomBytes } from 'node:crypto'
import { DkgSession, FrostSignSession, combineFrostOnline, ed25519Identity, frostPresign, simulate } from '@thresh/crypto'

const RUNS = 20
// A FROST signature takes ~2 ms on native curve arithmetic: more samples and warm-up runs
// (JIT) keep the median of the signing rows steady on a shared machine.
const SIGN_RUNS = 100
const SIGN_WARMUP = 10
const SIZES = [[2, 3], [3, 5]]
const DKG_CURVES = [['secp256k1', 'frost-secp256k1'], ['ed25519', 'frost-ed25519']]
const FROST_SCHEMES = [['ed25519', 'frost-ed25519'], ['secp256k1', 'frost-secp256k1'], ['bip340', 'bip340']]

const range = (n) => Array.from({ length: n }, (_, i) => i + 1)
// A node loads its identity key once at start-up; building one (an OpenSSL PKCS#8
// import, ~1.7 ms) inside a sample would count start-up work as protocol time.
const identities = new Map()
function identity(p) {
  if (!identities.has(p)) identities.set(p, ed25519Identity(new Uint8Array(createHash('sha256').update(`bench identity ${p}`).digest())))
  return identities.get(p)
}

export function dkg(scheme, threshold, n, keyId) {
  const parties = range(n)
  const ids = new Map(parties.map((p) => [p, identity(p)]))
  const identities = new Map(parties.map((p) => [p, ids.get(p).publicKey]))
  const r = simulate(parties.map((self) => new DkgSession({ keyId, scheme, threshold, parties, self, identity: ids.get(self), identities })))
  if (r.results.size !== n) throw new Error(`benchmark DKG failed: ${[...r.aborts.values()].map((e) => e.message).join('; ')}`)
  return parties.map((p) => r.results.get(p))
}

export function sign(keys, signers, message) {
  const identities = new Map(signers.map((p) => [p, identity(p).publicKey]))
  const sessions = signers.map((self) => new FrostSignSession({
    key: keys[self - 1], signers, message, identity: identity(self), identities,
  }))
  const r = simulate(sessions)
  if (r.results.size !== signers.length) throw new Error(`benchmark signing failed: ${[...r.aborts.values()].map((e) => e.message).join('; ')}`)
  return r.results.get(signers[0])
}

/** Every signer's commitments for one presign id (RFC 9591 round 1, ahead of time). */
export function presign(keys, signers) {
  const presignId = new Uint8Array(randomBytes(32))
  return signers.map((p) => frostPresign(keys[p - 1], [presignId])[0])
}

/** The online step: each signer's share over the commitment list, aggregated (and checked) by the coordinator. */
export function online(keys, presignatures, message) {
  const list = presignatures.map((p) => ({ ...p.commitment, presignId: p.presignId }))
  const shares = new Map(presignatures.map((p) => [p.self, p.signShare(keys[p.self - 1], list, message)]))
  return combineFrostOnline(keys[0], list, message, shares)
}

export async function run(bench) {
  for (const [t, n] of SIZES) {
    for (const [curve, scheme] of DKG_CURVES) {
      await bench.measure(`dkg-${curve}-${t}of${n}`, { runs: RUNS, extra: { parties: n } }, (i) => dkg(scheme, t, n, `bench-${i}`))
    }
  }
  for (const [t, n] of SIZES) {
    for (const [name, scheme] of FROST_SCHEMES) {
      const label = `frost-sign-${name}-${t}of${n}`
      if (!bench.wanted(label)) continue
      const keys = dkg(scheme, t, n, `bench-${label}`)
      const signers = range(t)
      await bench.measure(label, { runs: SIGN_RUNS, warmup: SIGN_WARMUP, extra: { parties: t } }, (i) => sign(keys, signers, new TextEncoder().encode(`message ${i}`)))
    }
  }
  if (bench.wanted('frost-online-secp256k1-2of3')) {
    const keys = dkg('frost-secp256k1', 2, 3, 'bench-frost-online')
    const signers = [1, 2]
    const count = SIGN_RUNS + SIGN_WARMUP
    const t0 = performance.now()
    const pool = Array.from({ length: count }, () => presign(keys, signers))
    const presignMs = (performance.now() - t0) / count
    await bench.measure('frost-online-secp256k1-2of3', {
      runs: SIGN_RUNS, warmup: SIGN_WARMUP,
      extra: { parties: 2, note: 'every signer\'s share + aggregate (checked by the verification equation, as frost-sign-*), commitments made ahead', presign_ms_each: Math.round(presignMs * 100) / 100 },
    }, (i) => online(keys, pool.pop(), new TextEncoder().encode(`online ${i}`)))
  }
}
