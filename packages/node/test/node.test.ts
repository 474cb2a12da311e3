import { cp, mkdtemp } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Scheme } from '@thresh/crypto'
import { KeyStore } from '@thresh/store'
import { dklsSignCodec, envelopeCodec, RpcError } from '@thresh/wire'
import { pino } from 'pino'
import { keystorePath, ThreshNode } from '../src/node.js'
import { isLoopback } from '../src/http.js'
import { KeyRecords } from '../src/key-records.js'
import type { NodeMetrics } from '../src/metrics.js'
import { addrOf, nodeConfig, nonce, now, PASSPHRASE, prepareMembers, removeDir, signatures, startNodes, TestCoordinator, type ClusterOptions, type Member } from './cluster.js'
import { signedBytes, verifiesSignature } from './verifiers.js'

describe('three nodes in one process', () => {
  let root: string
  let members: Member[]
  let nodes: ThreshNode[]
  let coordinator: TestCoordinator
  /** A configured signer peer that is not a coordinator (and runs no node). */
  let observer: TestCoordinator
  /** Known to nobody. */
  let stranger: TestCoordinator

  beforeAll(async () => {
    coordinator = await TestCoordinator.create()
    observer = await TestCoordinator.create()
    stranger = await TestCoordinator.create()
    ;({ root, members } = await prepareMembers(3))
    nodes = await startNodes(members, [coordinator.peerId], { extraPeers: [{ id: observer.peerId, addrs: ['/ip4/127.0.0.1/tcp/9'] }] })
    for (const m of members) {
      for (const c of [coordinator, observer, stranger]) await c.know(m.peerId, addrOf(m))
    }
  })

  afterAll(async () => {
    await Promise.all([coordinator, observer, stranger].map((c) => c?.stop()))
    await Promise.all((nodes ?? []).map((n) => n.stop()))
    if (root) await removeDir(root)
  })

  const parties = () => members.map((m) => m.peerId)

  it.each<Scheme>(['ecdsa', 'frost-ed25519', 'frost-secp256k1', 'bip340'])('generates a %s key and signs with every pair of signers', async (scheme) => {
    const keys = await coordinator.keygen(parties(), scheme, 2, `k-${scheme}`)
    expect(new Set(keys.map((k) => Buffer.from(k.groupPublicKey).toString('hex'))).size).toBe(1)
    const key = keys[0]!
    expect(key).toMatchObject({ keyId: `k-${scheme}`, scheme, threshold: 2, parties: parties() })
    for (const pair of [[0, 1], [1, 2], [0, 2]]) {
      const message = new TextEncoder().encode(`message for ${pair.join('+')}`)
      const sigs = signatures(await coordinator.signAll(key.keyId, pair.map((i) => members[i]!.peerId), signedBytes(scheme, message)))
      for (const sig of sigs) expect(verifiesSignature(scheme, key.groupPublicKey, message, sig)).toBe(true)
    }
  })

  it('cancel stops a session at once and refuses the cancelled request if it arrives later', async () => {
    const [a, b] = members as [Member, Member, Member]
    const digest = signedBytes('ecdsa', new TextEncoder().encode('cancelled'))
    const request = { kind: 'sign' as const, keyId: 'k-ecdsa', message: digest, signers: [a.peerId, b.peerId], nonce: nonce(), issuedAt: now() }
    // only node a is asked: its session waits for node b, which never joins
    const pending = coordinator.exchange(a.peerId, request)
    await new Promise((r) => setTimeout(r, 200))
    expect(await coordinator.exchange(a.peerId, { kind: 'cancel', nonce: request.nonce })).toEqual({ kind: 'cancelled', sessions: 1 })
    expect(await pending).toMatchObject({ kind: 'error', code: 'cancelled' })
    // node b gets the request after the cancel: refused, nothing runs
    expect(await coordinator.exchange(b.peerId, { kind: 'cancel', nonce: request.nonce })).toEqual({ kind: 'cancelled', sessions: 0 })
    expect(await coordinator.exchange(b.peerId, request)).toMatchObject({ kind: 'error', code: 'cancelled' })
  })

  it('lists keys and returns a public key', async () => {
    const r = await coordinator.call(members[0]!.peerId, { kind: 'listKeys' })
    expect(r.kind === 'keys' && r.keys.map((k) => k.keyId)).toEqual(['k-bip340', 'k-ecdsa', 'k-frost-ed25519', 'k-frost-secp256k1'])
    const pk = await coordinator.call(members[2]!.peerId, { kind: 'getPublicKey', keyId: 'k-bip340' })
    expect(pk.kind === 'publicKey' && pk.key.keyId).toBe('k-bip340')
  })

  it('writes a DKLs23 ban to disk before the abort is reported (a crash right after it keeps the ban)', async () => {
    const [a, b] = members as [Member, Member, Member]
    await coordinator.keygen(members.map((m) => m.peerId), 'ecdsa', 2, 'k-ban')
    // node b's OT-extension message to node a is corrupted on the way: a's check fails
    const codec = dklsSignCodec({ signers: 2 })
    const sessions = nodes[0]!.sessions
    const deliver = sessions.deliver.bind(sessions)
    sessions.deliver = (peer, frame) => {
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
      .finally(() => (sessions.deliver = deliver))
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

  it('refuses ECDSA signing with a peer banned for the key, and keeps the ban across a restart', async () => {
    const [a, b, c] = members as [Member, Member, Member]
    // as a DKLs23 session does when a check fails: node a bans party 2 (node b) for the key
    nodes[0]!.keys.bans.ban('k-ecdsa', [2])
    await nodes[0]!.keys.saveBans()
    const config = nodes[0]!.config
    await nodes[0]!.stop()
    nodes[0] = await ThreshNode.start(config, PASSPHRASE, { logger: pino({ level: 'silent' }) })
    const digest = signedBytes('ecdsa', new TextEncoder().encode('after the ban'))
    const refused = await coordinator.exchange(a.peerId, { kind: 'sign', keyId: 'k-ecdsa', message: digest, signers: [a.peerId, b.peerId], nonce: nonce(), issuedAt: now() })
    expect(refused).toMatchObject({ kind: 'error', code: 'aborted', culprits: [b.peerId] })
    // the other pair still signs
    const key = (await coordinator.call(a.peerId, { kind: 'getPublicKey', keyId: 'k-ecdsa' })) as { key: { groupPublicKey: Uint8Array } }
    for (const sig of signatures(await coordinator.signAll('k-ecdsa', [a.peerId, c.peerId], digest))) {
      expect(verifiesSignature('ecdsa', key.key.groupPublicKey, new TextEncoder().encode('after the ban'), sig)).toBe(true)
    }
  })

  it('serves its keys\' public facts at /admin/keys to loopback clients (thresh-node keys on a running node)', async () => {
    const res = await fetch(`http://127.0.0.1:${members[0]!.httpPort}/admin/keys`)
    expect(res.status).toBe(200)
    const report = (await res.json()) as { keys: { keyId: string; epoch: number; parties: string[] }[]; pending: unknown[] }
    expect(report.keys.find((k) => k.keyId === 'k-bip340')).toMatchObject({ scheme: 'bip340', epoch: 0, threshold: 2, parties: members.map((m) => m.peerId) })
    expect(JSON.stringify(report)).not.toMatch(/secret/i)
    expect(isLoopback('127.0.0.1') && isLoopback('::1') && isLoopback('::ffff:127.0.0.1')).toBe(true)
    expect(isLoopback('10.0.0.5') || isLoopback('::ffff:10.0.0.5') || isLoopback(undefined)).toBe(false)
  })

  it('refuses a peer it does not know at connection time', async () => {
    const target = members[0]!.peerId
    const err = await stranger.exchange(target, { kind: 'listKeys' }, 5_000).then(() => undefined, (e: unknown) => e)
    // the gater drops the connection once Noise has authenticated the stranger: no response ever comes
    expect(err).toBeInstanceOf(Error)
    expect(err).not.toBeInstanceOf(RpcError)
    expect(stranger.host.getConnections().filter((c) => c.remotePeer.toString() === target && c.status === 'open')).toEqual([])
  })

  it('lets a known peer that is not a coordinator neither call nor start a session', async () => {
    const target = members[0]!
    const err = await observer.call(target.peerId, { kind: 'keygen', scheme: 'bip340', threshold: 1, parties: [target.peerId], keyId: 'sneaky', nonce: nonce(), issuedAt: now() })
      .then(() => undefined, (e: unknown) => e)
    expect(err).toBeInstanceOf(RpcError)
    expect((err as RpcError).code).toBe('unauthorized')
    const r = await coordinator.call(target.peerId, { kind: 'listKeys' })
    expect(r.kind === 'keys' && r.keys.map((k) => k.keyId)).not.toContain('sneaky')
  })

  it('refuses bad requests with typed errors', async () => {
    const [a, b] = members
    const expectError = async (peer: string, request: Parameters<TestCoordinator['call']>[1], code: string) => {
      const err = await coordinator.call(peer, request).then(() => undefined, (e: unknown) => e)
      expect(err).toBeInstanceOf(RpcError)
      expect((err as RpcError).code).toBe(code)
    }
    await expectError(a!.peerId, { kind: 'getPublicKey', keyId: 'nope' }, 'unknown-key')
    await expectError(a!.peerId, { kind: 'keygen', scheme: 'bip340', threshold: 2, parties: parties(), keyId: 'k-bip340', nonce: nonce(), issuedAt: now() }, 'key-exists')
    await expectError(a!.peerId, { kind: 'keygen', scheme: 'bip340', threshold: 1, parties: [b!.peerId], keyId: 'x', nonce: nonce(), issuedAt: now() }, 'not-a-party')
    await expectError(a!.peerId, { kind: 'keygen', scheme: 'bip340', threshold: 1, parties: [a!.peerId, coordinator.peerId], keyId: 'x', nonce: nonce(), issuedAt: now() }, 'unknown-peer')
    // threshold 1 gives every party the whole key: refused unless the operator set minThreshold: 1
    const single = await coordinator.exchange(a!.peerId, { kind: 'keygen', scheme: 'bip340', threshold: 1, parties: parties(), keyId: 'single', nonce: nonce(), issuedAt: now() })
    expect(single).toMatchObject({ kind: 'error', code: 'bad-request', message: expect.stringMatching(/below this node's minThreshold \(2\)/) })
    await expectError(a!.peerId, { kind: 'sign', keyId: 'k-bip340', message: new Uint8Array(32), signers: [a!.peerId], nonce: nonce(), issuedAt: now() }, 'bad-request')
    await expectError(a!.peerId, { kind: 'sign', keyId: 'k-bip340', message: new Uint8Array(32), signers: [b!.peerId, members[2]!.peerId], nonce: nonce(), issuedAt: now() }, 'not-a-party')
    await expectError(a!.peerId, { kind: 'sign', keyId: 'k-ecdsa', message: new Uint8Array(31), signers: [a!.peerId, b!.peerId], nonce: nonce(), issuedAt: now() }, 'bad-request')
  })

  it('a refresh ends the bans of the key: the banned pair signs again, at the new epoch', async () => {
    const [a, b, c] = members as [Member, Member, Member]
    expect(nodes[0]!.keys.bans.banned('k-ecdsa')).toEqual([2]) // from the test before
    const got = await coordinator.call(a.peerId, { kind: 'getPublicKey', keyId: 'k-ecdsa' })
    if (got.kind !== 'publicKey') throw new Error(`getPublicKey answered ${got.kind}`)
    const key = got.key
    const all = [a.peerId, b.peerId, c.peerId]
    const refresh = { kind: 'reshare' as const, keyId: key.keyId, nonce: nonce(), issuedAt: now(), key, refresh: true, dealers: all, newParties: all, newThreshold: key.threshold }
    const answers = await Promise.all(all.map((p) => coordinator.call(p, refresh)))
    for (const r of answers) expect(r).toMatchObject({ kind: 'lifecycle', key: { epoch: 1, groupPublicKey: key.groupPublicKey } })
    // pending: the ban still holds and the old epoch still signs
    expect(nodes[0]!.keys.bans.banned('k-ecdsa')).toEqual([2])
    await coordinator.commit(all, { kind: 'commitKey', keyId: key.keyId, groupPublicKey: key.groupPublicKey, nonce: refresh.nonce })
    expect(nodes[0]!.keys.bans.banned('k-ecdsa')).toEqual([])
    const message = new TextEncoder().encode('after the refresh')
    for (const sig of signatures(await coordinator.signAll('k-ecdsa', [a.peerId, b.peerId], signedBytes('ecdsa', message), undefined, 1))) {
      expect(verifiesSignature('ecdsa', key.groupPublicKey, message, sig)).toBe(true)
    }
  })
})

describe('one node: start failures and inbound address rules', () => {
  let root: string
  let member: Member
  const quiet = { logger: pino({ level: 'silent' }) }

  beforeAll(async () => {
    ;({ root, members: [member] } = (await prepareMembers(1)) as { root: string; members: [Member] })
  })

  afterAll(async () => {
    if (root) await removeDir(root)
  })

  /** A TCP server on 127.0.0.1 that counts and drops connections. */
  async function tcpServer(port = 0): Promise<{ server: Server; port: number; accepted: () => number }> {
    let accepted = 0
    const server = createServer((socket) => {
      accepted++
      socket.destroy()
    })
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve))
    return { server, port: (server.address() as import('node:net').AddressInfo).port, accepted: () => accepted }
  }
  const randomPeerId = async () => peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
  const close = (server: Server) => new Promise((resolve) => server.close(resolve))

  it('stops everything it started when a start fails (HTTP port taken): libp2p port, keystore and redials', async () => {
    const http = await tcpServer(member.httpPort)
    // a configured peer that is never a libp2p node: the peer keeper redials it every 50..1000 ms
    const peer = await tcpServer()
    try {
      const config = nodeConfig([member], 0, [], { extraPeers: [{ id: await randomPeerId(), addrs: [`/ip4/127.0.0.1/tcp/${peer.port}`] }] })
      await expect(ThreshNode.start(config, PASSPHRASE, quiet)).rejects.toThrow(/EADDRINUSE/)
      // the libp2p port is free again and the keystore is unlocked
      await close((await tcpServer(member.port)).server)
      await (await KeyStore.open(keystorePath(member.dataDir), PASSPHRASE)).close()
      // and nothing dials any more (a dial already on its way may still land)
      await new Promise((r) => setTimeout(r, 200))
      const dials = peer.accepted()
      await new Promise((r) => setTimeout(r, 1_200))
      expect(peer.accepted()).toBe(dials)
    } finally {
      await Promise.all([close(http.server), close(peer.server)])
    }
  })

  async function refusedByAddress(metrics: NodeMetrics): Promise<number> {
    const metric = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === 'thresh_refused_connections_total')
    return metric?.values.find((v) => v.labels.reason === 'address')?.value ?? 0
  }

  it.each<[string, string, boolean]>([
    ['refuses a coordinator whose address is neither listed nor a peer\'s', '127.0.0.2', false],
    ['admits a coordinator on a configured peer\'s IP address', '127.0.0.1', true],
  ])('inbound.allowFrom = []: %s', async (_, peerIp, admitted) => {
    const coordinator = await TestCoordinator.create()
    const options: ClusterOptions = {
      extraPeers: [{ id: await randomPeerId(), addrs: [`/ip4/${peerIp}/tcp/9`] }],
      extra: { inbound: { allowFrom: [] } },
    }
    const node = await ThreshNode.start(nodeConfig([member], 0, [coordinator.peerId], options), PASSPHRASE, quiet)
    try {
      await coordinator.know(member.peerId, addrOf(member))
      const outcome = await coordinator.exchange(member.peerId, { kind: 'listKeys' }, 5_000).then((r) => r.kind, () => 'refused')
      expect(outcome).toBe(admitted ? 'keys' : 'refused')
      expect(await refusedByAddress(node.metrics)).toBe(admitted ? 0 : 1)
    } finally {
      await Promise.all([coordinator.stop(), node.stop()])
    }
  })
})
