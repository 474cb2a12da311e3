// Key-lifecycle benchmarks (issue 11): all parties in one process, messages passed in
// memory through the simulator. Compare with `ecdsa-keygen-2of3` (DKG + DKLs23 setup):
// an ECDSA refresh / reshare is the lifecycle session + the DKLs23 setup of the new epoch.
// Names: refresh-ecdsa-2of3, refresh-frost-secp256k1-2of3, reshare-ecdsa-2of3-to-3of4.
import { createHash } from 'node:crypto'
import { DkgSession, DklsSetupSession, ReshareSession, ed25519Identity, simulate } from '@thresh/crypto'

const range = (n) => Array.from({ length: n }, (_, i) => i + 1)
const identityOf = (node) => ed25519Identity(createHash('sha256').update(`bench identity ${node}`).digest())

function check(result, what) {
  if (result.aborts.size > 0 || result.stalled.length > 0) {
    const [first] = result.aborts.values()
    throw new Error(`${what} failed: ${first ? first.message : `stalled ${result.stalled}`}`)
  }
  return result
}

function dkg(scheme, t, n) {
  const parties = range(n)
  const identities = new Map(parties.map((p) => [p, identityOf(p).publicKey]))
  const r = check(simulate(parties.map((self) => new DkgSession({ keyId: `bench-${scheme}`, scheme, threshold: t, parties, self, identity: identityOf(self), identities }))), 'DKG')
  return parties.map((p) => r.results.get(p))
}

const pinnedOf = (k) => ({
  keyId: k.keyId, scheme: k.scheme, epoch: k.epoch, threshold: k.threshold, parties: k.parties,
  publicShares: k.publicShares, groupPublicKey: k.groupPublicKey, chainCode: k.chainCode,
})

/** One refresh / reshare (node k holds old index k and next index k); the next committee's shares. */
function reshare(keys, mode, dealers, next, requestId) {
  const nodes = [...new Set([...dealers, ...next.parties])].sort((a, b) => a - b)
  const roster = nodes.map((k) => ({ identity: identityOf(k).publicKey, old: dealers.includes(k) ? k : undefined, next: next.parties.includes(k) ? k : undefined }))
  const key = pinnedOf(keys[0])
  const r = check(simulate(nodes.map((k, i) => new ReshareSession({
    key, mode, dealers, next, roster, requestId, self: i + 1, identity: identityOf(k), share: keys.find((s) => s.self === k),
  }))), mode)
  return [...r.results.values()].filter((k) => k !== null)
}

function dklsSetup(keys) {
  const r = check(simulate(keys.map((key) => new DklsSetupSession({ key }))), 'setup')
  return keys.map((k) => r.results.get(k.self))
}

export async function run(bench) {
  const RUNS = Number(process.env.LIFECYCLE_RUNS ?? 20)
  const ecdsa = dkg('ecdsa', 2, 3)
  const frost = dkg('frost-secp256k1', 2, 3)
  const same = { threshold: 2, parties: [1, 2, 3] }
  await bench.measure('refresh-ecdsa-2of3', { runs: RUNS, warmup: 1 }, (i) => dklsSetup(reshare(ecdsa, 'refresh', [1, 2, 3], same, `r${i}`)))
  await bench.measure('refresh-frost-secp256k1-2of3', { runs: RUNS, warmup: 2 }, (i) => reshare(frost, 'refresh', [1, 2, 3], same, `r${i}`))
  await bench.measure('reshare-ecdsa-2of3-to-3of4', { runs: RUNS, warmup: 1 }, (i) =>
    dklsSetup(reshare(ecdsa, 'reshare', [1, 3], { threshold: 3, parties: [1, 2, 3, 4] }, `r${i}`)))
}
