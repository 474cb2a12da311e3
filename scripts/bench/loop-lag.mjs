// How long one node's event loop stalls while it runs its party of a DKLs23 setup (the
// longest CPU work of an ECDSA keygen or refresh), inline vs in a session worker thread
// (issue 10 item 1; packages/node/src/session-workers.ts). Real SessionManagers in one
// process: the other parties always run in workers, so the main thread carries only the
// measured node's party (when inline) and the message routing.
// Names: node-loop-lag-ecdsa-setup-{t}of{n}-{inline,worker}: median and p95 over runs of
// the largest event-loop delay seen during one setup (monitorEventLoopDelay, 5 ms resolution).
import { createHash, randomBytes } from 'node:crypto'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { pino } from 'pino'
import { DkgSession, ed25519Identity, generateKemKeyPair, simulate } from '@thresh/crypto'
import { DEFAULT_SESSIONS } from '../../packages/node/dist/config.js'
import { NodeMetrics } from '../../packages/node/dist/metrics.js'
import { dklsSetupSpec } from '../../packages/node/dist/protocols.js'
import { SessionManager } from '../../packages/node/dist/session-manager.js'
import { SessionWorkers } from '../../packages/node/dist/session-workers.js'

const RUNS = Number(process.env.LOOP_LAG_RUNS ?? 5)
const silent = pino({ level: 'silent' })
const range = (n) => Array.from({ length: n }, (_, i) => i + 1)
const identityOf = (p) => ed25519Identity(createHash('sha256').update(`bench identity ${p}`).digest())

function dkgShares(t, n) {
  const parties = range(n)
  const identities = new Map(parties.map((p) => [p, identityOf(p).publicKey]))
  const keyId = `lag-${randomBytes(4).toString('hex')}`
  const run = simulate(parties.map((self) => new DkgSession({ keyId, scheme: 'ecdsa', threshold: t, parties, self, identity: identityOf(self), identities })))
  if (run.aborts.size > 0) throw new Error('DKG failed')
  return parties.map((p) => run.results.get(p))
}

/** One setup over n managers; manager 1 inline or hosted; returns the largest loop delay (ms) during it. */
async function setupLag(t, n, inline, pools) {
  const peers = range(n).map((i) => `P${i}`)
  // the setup's round 2 is sealed to each recipient's KEM key, as between nodes
  const kems = new Map(peers.map((p) => [p, generateKemKeyPair(createHash('sha256').update(`lag kem ${p}`).digest())]))
  const managers = new Map()
  let claimed = 0
  for (const [i, self] of peers.entries()) {
    managers.set(self, new SessionManager({
      limits: { ...DEFAULT_SESSIONS, roundTimeoutMs: 120_000 },
      metrics: new NodeMetrics(),
      log: silent,
      ...(i === 0 && inline ? {} : { workers: pools[i] }),
      claim: () => Promise.resolve(++claimed > 0),
      signComplaint: () => new Uint8Array(64),
      verifyComplaint: () => false,
      onDiskError: () => undefined,
      kem: {
        keysOf: (others) => Promise.resolve(new Map(others.map((p) => [p, { keyId: 1, publicKey: kems.get(p).publicKey }]))),
        secretKey: (keyId) => (keyId === 1 ? kems.get(self).secretKey : undefined),
      },
      send: (to, frame) => setImmediate(() => managers.get(to).deliver(self, frame)),
    }))
  }
  const shares = dkgShares(t, n)
  const params = { parties: peers, requestId: randomBytes(8).toString('hex'), issuedAt: 1, nonce: randomBytes(16) }
  const histogram = monitorEventLoopDelay({ resolution: 5 })
  histogram.enable()
  await Promise.all(shares.map((share, i) => {
    const m = managers.get(peers[i])
    return m.run(dklsSetupSpec(share, params, m.workers))
  }))
  histogram.disable()
  return histogram.max / 1e6
}

export async function run(bench) {
  for (const [t, n] of [[2, 3], [3, 5]]) {
    const names = ['inline', 'worker'].map((mode) => `node-loop-lag-ecdsa-setup-${t}of${n}-${mode}`)
    if (!names.some((name) => bench.wanted(name))) continue
    // one single-thread pool per party, as each node has its own
    const pools = range(n).map(() => new SessionWorkers(1, silent))
    try {
      await setupLag(t, n, false, pools) // warm-up: workers started, code compiled
      for (const [mode, name] of [['inline', names[0]], ['worker', names[1]]]) {
        if (!bench.wanted(name)) continue
        const samples = []
        for (let r = 0; r < RUNS; r++) samples.push(await setupLag(t, n, mode === 'inline', pools))
        bench.record(name, samples, { unit: 'max event-loop delay per setup (ms)' })
      }
    } finally {
      await Promise.all(pools.map((p) => p.close()))
    }
  }
}
