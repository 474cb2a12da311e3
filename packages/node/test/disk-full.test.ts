// A full disk (a small tmpfs this test mounts; CI runs as root): the node stays up,
// /healthz says degraded: disk, requests that need a write are refused `unavailable`
// (nothing half-done), reads still work, and once space returns the node recovers by
// itself — the same request then succeeds and its signature verifies.
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { ThreshNode } from '../src/node.js'
import { DISK_PROBE_MS } from '../src/disk-health.js'
import { addrOf, prepareMembers, signatures, startNodes, TestCoordinator, type Member } from './cluster.js'
import { signedBytes, verifiesSignature } from './verifiers.js'

let mountPoint: string
let members: Member[]
let nodes: ThreshNode[]
let coordinator: TestCoordinator

beforeAll(async () => {
  mountPoint = await mkdtemp(join(tmpdir(), 'thresh-tmpfs-'))
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mountPoint])
  coordinator = await TestCoordinator.create()
  ;({ members } = await prepareMembers(3, mountPoint))
  nodes = await startNodes(members, [coordinator.peerId])
  for (const m of members) await coordinator.know(m.peerId, addrOf(m))
}, 60_000)

afterAll(async () => {
  await coordinator?.stop()
  await Promise.all((nodes ?? []).map((n) => n.stop()))
  if (mountPoint) {
    execFileSync('umount', [mountPoint])
    await rm(mountPoint, { recursive: true, force: true })
  }
})

const filler = () => join(mountPoint, 'filler')

/** Fills the file system to the last byte. */
async function fillDisk(): Promise<void> {
  try {
    execFileSync('dd', ['if=/dev/zero', `of=${filler()}`, 'bs=64k'], { stdio: 'ignore' })
  } catch {
    // dd stops at ENOSPC, as intended
  }
  await writeFile(join(mountPoint, 'crumbs'), new Uint8Array(4096)).catch(() => undefined)
}

it('a full disk degrades the nodes and refuses writes as unavailable; freeing space heals them without a restart', async () => {
  const parties = members.map((m) => m.peerId)
  const [key] = await coordinator.keygen(parties, 'frost-ed25519', 2, 'before-full')
  await fillDisk()

  // an ECDSA keygen writes ~50 KB per party (its DKLs23 material): it cannot land
  const request = { kind: 'keygen' as const, scheme: 'ecdsa' as const, threshold: 2, parties, keyId: 'on-full-disk', nonce: new Uint8Array(16).fill(3), issuedAt: Math.floor(Date.now() / 1000) }
  const refused = await Promise.all(parties.map((p) => coordinator.exchange(p, request)))
  for (const r of refused) expect(r).toMatchObject({ kind: 'error', code: 'unavailable', message: expect.stringMatching(/cannot write to its disk/) })
  expect(nodes[0]!.health()).toMatchObject({ status: 'degraded', degraded: ['disk'], disk: { reason: expect.stringMatching(/No space left on device/) } })
  const res = await fetch(`http://127.0.0.1:${members[0]!.httpPort}/healthz`)
  expect(res.status).toBe(503)
  expect(await res.json()).toMatchObject({ status: 'degraded', degraded: ['disk'] })
  // reads still work; nothing of the refused keygen was kept
  expect(await coordinator.call(parties[0]!, { kind: 'getPublicKey', keyId: 'before-full' })).toMatchObject({ kind: 'publicKey' })
  for (const n of nodes) expect(n.keys.getPending('on-full-disk')).toBeUndefined()

  await rm(filler())
  await rm(join(mountPoint, 'crumbs'), { force: true })
  const healed = Date.now() + 3 * DISK_PROBE_MS + 2_000
  while (nodes.some((n) => n.health().status !== 'ok') && Date.now() < healed) await new Promise((r) => setTimeout(r, 100))
  for (const n of nodes) expect(n.health().status).toBe('ok')
  const message = new TextEncoder().encode('after the disk healed')
  for (const sig of signatures(await coordinator.signAll(key!.keyId, parties.slice(0, 2), signedBytes('frost-ed25519', message)))) {
    expect(verifiesSignature('frost-ed25519', key!.groupPublicKey, message, sig)).toBe(true)
  }
}, 60_000)
