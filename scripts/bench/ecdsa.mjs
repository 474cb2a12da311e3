// DKLs23 threshold ECDSA benchmarks (issue 3): all parties in one process, messages passed
// in memory through the simulator. Keygen = Pedersen DKG + DKLs23 setup.
// Bytes per signature: the sum of the byte-field lengths of every message copy delivered.
import { createHash, randomBytes } from 'node:crypto'
import { BanList, combineDklsOnline, DkgSession, DklsPresignSession, DklsSetupSession, DklsSignSession, ed25519Identity, newPresignId, simulate } from '@thresh/crypto'
// internal: the OT-extension consistency check (constant-time in the secret rows), for its own figure
import { CheckHash } from '../../packages/crypto/dist/dkls/ote.js'
import { transpose256 } from '../../packages/crypto/dist/dkls/bits.js'

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

/** DKG + setup: every party's EcdsaKeyShare, in party order. */
export function keygen(t, n, keyId = `bench-${t}of${n}-${randomBytes(4).toString('hex')}`) {
  const parties = range(n)
  const identities = new Map(parties.map((p) => [p, identityOf(p).publicKey]))
  const dkg = check(simulate(parties.map((self) => new DkgSession({ keyId, scheme: 'ecdsa', threshold: t, parties, self, identity: identityOf(self), identities }))), 'DKG')
  const setup = check(simulate(parties.map((self) => new DklsSetupSession({ key: dkg.results.get(self) }))), 'setup')
  return parties.map((p) => setup.results.get(p))
}

function payloadBytes(payload) {
  return Object.values(payload).reduce((sum, v) => sum + (v instanceof Uint8Array ? v.length : 0), 0)
}

/** One signature by `signers`; returns the total payload bytes delivered. */
export function sign(keys, signers, digest = randomBytes(32)) {
  let bytes = 0
  const identities = new Map(signers.map((p) => [p, identityOf(p).publicKey]))
  const sessions = signers.map((self) => new DklsSignSession({ key: keys[self - 1], signers, digest, bans: new BanList(), identity: identityOf(self), identities }))
  check(simulate(sessions, { intercept: (t) => { bytes += payloadBytes(t.payload) } }), 'signing')
  return bytes
}

/** One presignature by `signers` (rounds 1-2 and the views): every signer's DklsPresignature. */
export function presign(keys, signers) {
  const identities = new Map(signers.map((p) => [p, identityOf(p).publicKey]))
  const presignId = newPresignId()
  const sessions = signers.map((self) => new DklsPresignSession({ key: keys[self - 1], signers, presignId, bans: new BanList(), identity: identityOf(self), identities }))
  return [...check(simulate(sessions), 'presigning').results.values()]
}

/** The online step: every signer's (u'_i, w_i) for `digest`, combined and verified. */
export function online(presignatures, digest = randomBytes(32)) {
  const [first] = presignatures
  const shares = new Map(presignatures.map((p) => [p.self, p.online(digest)]))
  return combineDklsOnline({ instancePoint: first.instancePoint, publicKey: first.publicKey, presignId: first.presignId, digest }, shares)
}

export async function run(bench) {
  // One signing extension's check on one side: 4 challenges, 256 rows of 640 bits, transposed.
  const rows = new Uint32Array(Uint8Array.from(randomBytes(256 * 20 * 4)).buffer)
  const chi = new Uint32Array(Uint8Array.from(randomBytes(64)).buffer)
  const columns = transpose256(rows, 20, 640)
  await bench.measure('ecdsa-ote-check', { runs: 200, warmup: 20 }, () => new CheckHash(chi).columns(columns))
  const keygenRuns = Number(process.env.ECDSA_KEYGEN_RUNS ?? 20)
  await bench.measure('ecdsa-keygen-2of3', { runs: keygenRuns, warmup: 1 }, () => keygen(2, 3))
  for (const [t, n] of [[2, 3], [3, 5]]) {
    const name = `ecdsa-sign-${t}of${n}`
    if (!bench.wanted(name)) continue
    const keys = keygen(t, n)
    const signers = range(t)
    const bytes = sign(keys, signers)
    await bench.measure(name, { runs: 30, warmup: 3, extra: { bytes_per_signature: bytes } }, () => sign(keys, signers))
  }
  if (bench.wanted('ecdsa-presign-2of3') || bench.wanted('ecdsa-online-2of3')) {
    const keys = keygen(2, 3)
    const signers = [1, 2]
    const runs = 30
    const warmup = 3
    const pool = []
    await bench.measure('ecdsa-presign-2of3', { runs, warmup, extra: { note: 'rounds 1-2 and the views, all signers together' } }, () => pool.push(presign(keys, signers)))
    while (pool.length < runs + warmup) pool.push(presign(keys, signers))
    // one online step per presignature made above: each signer's share, the combination and its verification
    await bench.measure('ecdsa-online-2of3', { runs, warmup, extra: { note: 'every signer\'s online share + combine + verify' } }, () => online(pool.pop()))
  }
}
