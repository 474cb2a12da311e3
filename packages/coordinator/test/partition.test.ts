// A partition in the middle of a signing round, with real node processes: every link of
// the cluster (node to node, SDK to node) goes through a netem proxy (scripts/netem), and
// one signer is blackholed while its round messages are in flight. The session must abort
// within its deadline naming that signer, a retry with the other signers must succeed, and
// once the partition heals the signer must sign again. Signatures are checked outside the SDK.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM script without type declarations
import { meshCluster } from '../../../scripts/netem/mesh.mjs'
import { verifyIndependently } from '../../../scripts/testnet/verify.mjs'
import { ThreshError, type KeyInfo } from '../src/index.js'
import { startProcessCluster, type ProcessCluster } from './process-cluster.js'

interface Mesh {
  setAll(shape: Record<string, unknown>): void
  setNode(name: string, shape: Record<string, unknown>): void
  bytes(): number
  close(): Promise<void>
}

/** The nodes' round deadline and the SDK's: short, so that the aborts come quickly. */
const ROUND_MS = 1_500
const TIMEOUTS = { roundMs: ROUND_MS, signMs: 3 * ROUND_MS + 1_000, graceMs: 250, keygenMs: 8_000, queryMs: 3_000 }
/** One-way delay on every link while the partition starts: round messages are in flight for that long. */
const ONE_WAY_MS = 150

let net: ProcessCluster
let mesh: Mesh
let ids: { a: string; b: string; c: string }

const sha256 = (m: Uint8Array) => new Uint8Array(createHash('sha256').update(m).digest())
const text = (s: string) => new TextEncoder().encode(s)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

beforeAll(async () => {
  net = await startProcessCluster('partition', {
    timeouts: TIMEOUTS,
    env: { THRESH_ROUND_TIMEOUT_MS: String(ROUND_MS) },
    beforeStart: async (cluster) => {
      mesh = (await meshCluster(cluster)) as Mesh
    },
  })
  const [a, b, c] = net.cluster.members.map((m: { peerId: string }) => m.peerId)
  ids = { a, b, c }
}, 120_000)

afterAll(async () => {
  await net?.stop()
  await mesh?.close()
})

/** Signs `message` by `signers` only (no retry with others); the error when it fails. */
async function signEcdsa(key: KeyInfo, message: Uint8Array, signers: string[]) {
  return net.c.signDigest({ keyId: key.keyId, digest: sha256(message), signers, strict: true })
}

/** Starts `run`, then blackholes node3 (every link to and from it) once its round messages are under way. */
async function partitionMidRound<T>(run: () => Promise<T>): Promise<{ error: unknown; ms: number }> {
  mesh.setAll({ delayMs: ONE_WAY_MS })
  const t0 = performance.now()
  const outcome = run().then(() => undefined, (err: unknown) => err)
  // the request reaches the signers after ONE_WAY_MS; their first round messages are on the links then
  await sleep(ONE_WAY_MS * 1.5)
  mesh.setNode('node3', { state: 'blackhole' })
  const error = await outcome
  return { error, ms: performance.now() - t0 }
}

function heal(): void {
  mesh.setAll({ delayMs: 0, state: 'up' })
}

/** Every reason the SDK gives for leaving node3 out, over all attempts. */
function blamed(err: unknown, peer: string): string[] {
  expect(err).toBeInstanceOf(ThreshError)
  const attempts = (err as ThreshError).attempts
  return [
    ...attempts.flatMap((a) => a.failures.filter((f) => f.peerId === peer).map((f) => f.reason)),
    ...attempts.flatMap((a) => a.accusations.filter((x) => x.accused === peer).map((x) => x.reason)),
  ]
}

describe('a signer partitioned mid-round (real nodes behind netem proxies)', () => {
  it('ECDSA 2-of-3: aborts within the deadline naming the silent signer; the other signers sign; after healing it signs again', async () => {
    const key = await net.c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'partition-ecdsa' })
    expect(mesh.bytes()).toBeGreaterThan(0) // the traffic goes through the proxies

    const { error, ms } = await partitionMidRound(() => signEcdsa(key, text('during the partition'), [ids.a, ids.c]))
    expect(blamed(error, ids.c)).toContain('silent')
    expect(blamed(error, ids.a)).toEqual([])
    // node1's own round deadline named node3 (not only the SDK's wait for node3's answer)
    const accusations = (error as ThreshError).attempts.flatMap((a) => a.accusations)
    expect(accusations).toContainEqual(expect.objectContaining({ accuser: ids.a, accused: ids.c, reason: 'silent' }))
    // one attempt (strict signers): its deadline, not a hang
    expect(ms).toBeLessThan(TIMEOUTS.signMs + 4_000)

    // the partition holds: node3 still cannot take part
    const again = await signEcdsa(key, text('still partitioned'), [ids.a, ids.c]).then(() => undefined, (err: unknown) => err)
    expect(blamed(again, ids.c)).toContain('silent')

    const retry = text('retry without node3')
    const sig = await signEcdsa(key, retry, [ids.a, ids.b])
    expect([...sig.signers].sort()).toEqual([ids.a, ids.b].sort())
    expect(await verifyIndependently('ecdsa', key.groupPublicKey, retry, sig)).toBe(true)

    heal()
    const healed = text('after the partition healed')
    const back = await signEcdsa(key, healed, [ids.a, ids.c])
    expect([...back.signers].sort()).toEqual([ids.a, ids.c].sort())
    expect(await verifyIndependently('ecdsa', key.groupPublicKey, healed, back)).toBe(true)
  })

  it('FROST keygen: a party partitioned mid-DKG fails the keygen naming it; without it the keygen succeeds; healed, it joins the next one', async () => {
    const parties = [ids.a, ids.b, ids.c]
    const { error, ms } = await partitionMidRound(() => net.c.keygen({ scheme: 'frost-secp256k1', threshold: 2, parties, keyId: 'partition-dkg' }))
    expect(error).toBeInstanceOf(ThreshError)
    expect((error as Error).message).toContain(ids.c)
    expect((error as Error).message).not.toContain(ids.a)
    // the keygen's deadline, then the pending shares' abort (which waits queryMs for the partitioned party)
    expect(ms).toBeLessThan(TIMEOUTS.keygenMs + TIMEOUTS.queryMs + 4_000)

    const two = await net.c.keygen({ scheme: 'frost-secp256k1', threshold: 2, parties: [ids.a, ids.b], keyId: 'partition-dkg-2' })
    const m1 = text('two parties')
    const s1 = await net.c.sign({ keyId: two.keyId, message: m1 })
    expect(await verifyIndependently('frost-secp256k1', two.groupPublicKey, m1, s1)).toBe(true)

    heal()
    const three = await net.c.keygen({ scheme: 'frost-secp256k1', threshold: 2, parties, keyId: 'partition-dkg-3' })
    const m2 = text('healed')
    const s2 = await net.c.sign({ keyId: three.keyId, message: m2, signers: [ids.b, ids.c], strict: true })
    expect(await verifyIndependently('frost-secp256k1', three.groupPublicKey, m2, s2)).toBe(true)
  })
})
