// Property (issue 13): whatever subset of the nodes' policies refuses a request, the SDK
// returns a signature only when at least t of the signers it used allowed it — never by
// routing around a refusal to fewer than t willing nodes. Nodes of the fake network answer
// policy-denied or take part in the session; every returned signature is checked with noble.
import { schnorr } from '@noble/curves/secp256k1.js'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Coordinator, PolicyDeniedError, type KeyInfo } from '../src/index.js'
import { startFakeNetwork, type FakeNetwork } from './fake-network.js'

const N = 4
let net: FakeNetwork
let c: Coordinator
const keys = new Map<number, KeyInfo>()

beforeAll(async () => {
  net = await startFakeNetwork(N)
  c = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey })
  for (const t of [2, 3]) keys.set(t, await c.keygen({ scheme: 'bip340', threshold: t, keyId: `property-${t}of${N}` }))
})
afterAll(async () => {
  await c?.close()
  await net?.stop()
})

it('a signature only when at least t signers allowed', async () => {
  let run = 0
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(2, 3), fc.subarray([0, 1, 2, 3]), async (t, allowed) => {
      const key = keys.get(t)!
      const willing = new Set(allowed.map((i) => net.nodes[i]!.peerId))
      // as in a real session: a willing signer completes only if every co-signer joins it
      // (a fake node holds the whole key; without this it would sign alone), otherwise its
      // session times out naming the ones that stayed away
      for (const node of net.nodes) {
        node.sign = (request) => {
          if (!willing.has(node.peerId)) return { error: 'policy-denied' }
          const absent = request.signers.filter((p) => !willing.has(p)).map((p) => net.nodes.findIndex((n) => n.peerId === p))
          return absent.length === 0 ? 'honest' : { error: 'timeout', culprits: absent }
        }
      }
      const message = new TextEncoder().encode(`property run ${run++}`)
      const outcome = await c.sign({ keyId: key.keyId, message }).catch((e: unknown) => e)
      if (outcome instanceof Error) {
        // a refusal is reported as such, naming refusing nodes only
        if (outcome instanceof PolicyDeniedError) for (const r of outcome.refusals) expect(willing.has(r.peerId)).toBe(false)
        return
      }
      const sig = outcome as { signature: Uint8Array; signers: readonly string[] }
      expect(schnorr.verify(sig.signature, message, key.groupPublicKey.subarray(1))).toBe(true)
      expect(sig.signers.length).toBeGreaterThanOrEqual(t)
      for (const s of sig.signers) expect(willing.has(s)).toBe(true)
      expect(allowed.length).toBeGreaterThanOrEqual(t)
    }),
    { numRuns: 40 },
  )
  // both sides of the property were exercised: an all-willing network signs
  for (const node of net.nodes) node.sign = 'honest'
  const message = new TextEncoder().encode('everyone allows')
  const sig = await c.sign({ keyId: keys.get(2)!.keyId, message })
  expect(schnorr.verify(sig.signature, message, keys.get(2)!.groupPublicKey.subarray(1))).toBe(true)
}, 60_000)
