// A DKLs23 check failure bans the peer for the key, and the ban is on disk before the
// abort reaches the coordinator: a node killed right after answering still has it.
import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KeyStore } from '@thresh/store'
import { dklsSignCodec, envelopeCodec } from '@thresh/wire'
import { KeyRecords } from '../src/key-records.js'
import { keystorePath, type ThreshNode } from '../src/node.js'
import { addrOf, nonce, now, PASSPHRASE, prepareMembers, removeDir, startNodes, TestCoordinator, type Member } from './cluster.js'
import { signedBytes } from './verifiers.js'

describe('a ban on a DKLs23 check failure', () => {
  let root: string
  let members: Member[]
  let nodes: ThreshNode[]
  let coordinator: TestCoordinator

  beforeAll(async () => {
    coordinator = await TestCoordinator.create()
    ;({ root, members } = await prepareMembers(3))
    nodes = await startNodes(members, [coordinator.peerId])
    for (const m of members) await coordinator.know(m.peerId, addrOf(m))
  })

  afterAll(async () => {
    await coordinator?.stop()
    await Promise.all((nodes ?? []).map((n) => n.stop()))
    if (root) await removeDir(root)
  })

  it('is on disk when the abort is reported (a crash right after it keeps the ban)', async () => {
    const [a, b] = members as [Member, Member, Member]
    await coordinator.keygen(members.map((m) => m.peerId), 'ecdsa', 2, 'k-ban')
    // node b's OT-extension message to node a is corrupted on the way: a's check fails
    const codec = dklsSignCodec({ signers: 2 })
    const deliver = nodes[0]!.sessions.deliver.bind(nodes[0]!.sessions)
    nodes[0]!.sessions.deliver = (peer, frame) => {
      const m = envelopeCodec.decode(frame)
      if (peer === b.peerId && m.round === 1 && m.to === 1) {
        const payload = codec.decode(m.payload)
        if (payload.type === 'dkls/sign-extend') {
          const tCheck = Uint8Array.from(payload.tCheck)
          tCheck[7]! ^= 0x10
          return deliver(peer, envelopeCodec.encode({ ...m, payload: codec.encode({ ...payload, tCheck }) }))
        }
      }
      deliver(peer, frame)
    }
    const request = { kind: 'sign' as const, keyId: 'k-ban', message: signedBytes('ecdsa', new TextEncoder().encode('ban me')), signers: [a.peerId, b.peerId], nonce: nonce(), issuedAt: now() }
    const [answer] = await Promise.all([coordinator.exchange(a.peerId, request), coordinator.exchange(b.peerId, request)])
    // the moment a's answer is here: copy its keystore as a SIGKILL would leave it
    const crashed = await mkdtemp(join(tmpdir(), 'thresh-crashed-'))
    await cp(keystorePath(members[0]!.dataDir), join(crashed, 'keystore'), { recursive: true })
    expect(answer).toMatchObject({ kind: 'error', code: 'aborted', culprits: [b.peerId] })
    expect(nodes[0]!.keys.bans.banned('k-ban')).toEqual([2])
    try {
      const store = await KeyStore.open(join(crashed, 'keystore'), PASSPHRASE)
      try {
        expect((await KeyRecords.open(store)).bans.banned('k-ban')).toEqual([2])
      } finally {
        await store.close()
      }
    } finally {
      await removeDir(crashed)
    }
  })
})
