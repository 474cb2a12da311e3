// A signature never leaves a node whose audit log did not take its entry: when node 0's
// next append fails (here: its seq was taken behind the log's back, as a corrupted or
// hand-edited keystore could), its sign answer is withheld as `unavailable`, while the
// co-signer — whose log works — answers with the signature; reads are still answered.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { KeyStore } from '@thresh/store'
import type { ThreshNode } from '../src/node.js'
import { AUDIT_LOG, type AuditLog } from '../src/audit/log.js'
import { addrOf, prepareMembers, removeDir, startNodes, TestCoordinator, type Member } from './cluster.js'
import { signedBytes, verifiesSignature } from './verifiers.js'

let root: string
let members: Member[]
let nodes: ThreshNode[]
let coordinator: TestCoordinator

beforeAll(async () => {
  coordinator = await TestCoordinator.create()
  ;({ root, members } = await prepareMembers(2))
  nodes = await startNodes(members, [coordinator.peerId])
  for (const m of members) await coordinator.know(m.peerId, addrOf(m))
})

afterAll(async () => {
  await coordinator?.stop()
  await Promise.all((nodes ?? []).map((n) => n.stop()))
  if (root) await removeDir(root)
})

it('withholds a signature whose audit entry cannot be written, and still answers reads', async () => {
  const parties = members.map((m) => m.peerId)
  const [key] = await coordinator.keygen(parties, 'bip340', 2, 'withheld')
  // the node's own parts, reached for the test: its keystore and its audit log
  const parts = (nodes[0] as unknown as { parts: { store: KeyStore; audit: AuditLog } }).parts
  await parts.store.appendLog([{ log: AUDIT_LOG, seq: parts.audit.last!.seq + 1, value: new Uint8Array(Buffer.from('{}')) }])

  const message = new TextEncoder().encode('must be recorded')
  const [first, second] = await coordinator.signAll(key!.keyId, parties, signedBytes('bip340', message))
  expect(first).toMatchObject({ kind: 'error', code: 'unavailable', message: expect.stringMatching(/cannot write its audit log/) })
  expect(second!.kind).toBe('sign')
  const sig = second as { signature: Uint8Array; recoveryId: number }
  expect(verifiesSignature('bip340', key!.groupPublicKey, message, { signature: sig.signature, recoveryId: sig.recoveryId })).toBe(true)
  expect(await coordinator.exchange(parties[0]!, { kind: 'getPublicKey', keyId: 'withheld' })).toMatchObject({ kind: 'publicKey' })
}, 60_000)
