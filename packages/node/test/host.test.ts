import { connect, type Socket } from 'node:net'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import type { Libp2p } from 'libp2p'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_INBOUND, type InboundLimits } from '../src/config.js'
import { createHost, type RefusedConnection } from '../src/host.js'
import { IpAllowList, parseIpRange } from '../src/ip-allow-list.js'
import { TestCoordinator } from './cluster.js'
import { waitFor } from './processes.js'

/** A started host on 127.0.0.1 that admits one client peer id; records the node's own refusals. */
async function hostFor(client: string, inbound: Partial<InboundLimits> = {}) {
  const refused: { reason: RefusedConnection; remote: string }[] = []
  const host = await createHost({
    privateKey: await generateKeyPair('Ed25519'),
    listen: ['/ip4/127.0.0.1/tcp/0'],
    announce: [],
    allowed: new Set([client]),
    inbound: { ...DEFAULT_INBOUND, ...inbound },
    onRefused: (reason, remote) => refused.push({ reason, remote }),
  })
  await host.start()
  const addr = host.getMultiaddrs()[0]!
  return { host, addr, port: Number(addr.getComponents().find((c) => c.name === 'tcp')!.value), refused }
}

/** A TCP socket to the host that sends nothing, from `localAddress` (any 127.x.y.z is this machine). */
interface IdleSocket {
  readonly socket: Socket
  readonly connected: Promise<void>
  /** Resolves with the ms from connect to close, and how many bytes the host sent. */
  readonly closed: Promise<{ afterMs: number; received: number }>
}

function idleSocket(port: number, localAddress: string): IdleSocket {
  const socket = connect({ host: '127.0.0.1', port, localAddress })
  let received = 0
  let connectedAt = 0
  socket.on('data', (d: Buffer) => (received += d.length))
  socket.on('error', () => undefined)
  const connected = new Promise<void>((resolve) => socket.once('connect', () => {
    connectedAt = performance.now()
    resolve()
  }))
  const closed = new Promise<{ afterMs: number; received: number }>((resolve) =>
    socket.once('close', () => resolve({ afterMs: performance.now() - connectedAt, received })))
  return { socket, connected, closed }
}

const settledWithin = <T>(p: Promise<T>, ms: number): Promise<boolean> =>
  Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))])

describe('libp2p host: inbound connections before authentication', () => {
  const cleanup: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const done of cleanup.splice(0).reverse()) await done()
  })

  async function setUp(inbound: Partial<InboundLimits> = {}) {
    const client = await TestCoordinator.create()
    const node = await hostFor(client.peerId, inbound)
    const sockets: IdleSocket[] = []
    cleanup.push(() => client.stop(), () => node.host.stop(), () => sockets.forEach((s) => s.socket.destroy()))
    const dial = (host: Libp2p = client.host) => host.dial(node.addr, { signal: AbortSignal.timeout(5_000) })
    return { client, node, sockets, dial }
  }

  it('idle sockets from many addresses do not lock out an authorized client, and are dropped after the upgrade timeout', async () => {
    const upgradeTimeoutMs = 1_000
    const { node, sockets, dial } = await setUp({ upgradeTimeoutMs })
    // 30 addresses × 5 sockets each: 15 times what filled libp2p's default pending limit
    for (let a = 2; a < 32; a++) for (let k = 0; k < 5; k++) sockets.push(idleSocket(node.port, `127.0.0.${a}`))
    await Promise.all(sockets.map((s) => s.connected))
    const connection = await dial()
    expect(connection.remotePeer.toString()).toBe(node.host.peerId.toString())
    expect(connection.status).toBe('open')
    // every idle socket was admitted to the handshake (none refused by a limit) and dropped at its deadline
    const closes = await Promise.all(sockets.map((s) => s.closed))
    for (const c of closes) {
      expect(c.received).toBe(0)
      expect(c.afterMs).toBeGreaterThanOrEqual(upgradeTimeoutMs - 50)
    }
    expect(node.refused).toEqual([])
  })

  it('idle sockets from the client\'s own address hold it off for at most the one-second rate window', async () => {
    const { node, sockets, dial } = await setUp()
    for (let k = 0; k < 10; k++) sockets.push(idleSocket(node.port, '127.0.0.1'))
    await Promise.all(sockets.map((s) => s.connected))
    await new Promise((r) => setTimeout(r, 1_100))
    // the admitted idle sockets are still in their handshake (3 s), yet the client gets in
    expect(sockets.filter((s) => !s.socket.destroyed)).toHaveLength(DEFAULT_INBOUND.connectionsPerSecond)
    expect((await dial()).status).toBe('open')
  })

  it(`admits ${DEFAULT_INBOUND.connectionsPerSecond} new connections per second from one address and refuses the rest at once`, async () => {
    const { node, sockets } = await setUp()
    for (let k = 0; k < 3 * DEFAULT_INBOUND.connectionsPerSecond; k++) sockets.push(idleSocket(node.port, '127.0.0.40'))
    const quick = await Promise.all(sockets.map((s) => settledWithin(s.closed, 500)))
    expect(quick.filter((closedAtOnce) => !closedAtOnce)).toHaveLength(DEFAULT_INBOUND.connectionsPerSecond)
    // another address has its own allowance
    const other = idleSocket(node.port, '127.0.0.41')
    sockets.push(other)
    expect(await settledWithin(other.closed, 500)).toBe(false)
  })

  it('refuses a connection from an address outside inbound.allowFrom before the handshake, whatever its peer id', async () => {
    const { node, sockets, dial } = await setUp({ allowFrom: ['127.0.0.2', '10.0.0.0/8'] })
    // the authorized client dials from 127.0.0.1: refused although its peer id is allowed
    await expect(dial()).rejects.toThrow()
    // a raw socket from outside gets no byte and is closed at once, long before the upgrade timeout
    const outside = idleSocket(node.port, '127.0.0.1')
    const inside = idleSocket(node.port, '127.0.0.2')
    sockets.push(outside, inside)
    expect(await settledWithin(outside.closed, 500)).toBe(true)
    expect((await outside.closed).received).toBe(0)
    expect(await settledWithin(inside.closed, 500)).toBe(false)
    // only the address rule fired: Noise never authenticated anybody from 127.0.0.1
    expect(node.refused.length).toBeGreaterThanOrEqual(2)
    for (const r of node.refused) {
      expect(r.reason).toBe('address')
      expect(r.remote).toMatch(/^\/ip4\/127\.0\.0\.1\/tcp\/\d+$/)
    }
  })

  it('admits an allowed address, and still refuses an unknown peer id there once Noise has authenticated it', async () => {
    const { node, dial } = await setUp({ allowFrom: ['127.0.0.0/8'] })
    expect((await dial()).status).toBe('open')
    const stranger = await TestCoordinator.create()
    cleanup.push(() => stranger.stop())
    // the stranger's side may see its dial succeed before the node drops the connection
    await dial(stranger.host).catch(() => undefined)
    await waitFor(async () => node.refused.length > 0, 5_000, 'the node to refuse the stranger')
    expect(node.host.getConnections().filter((c) => c.remotePeer.toString() === stranger.peerId)).toEqual([])
    expect(node.refused.map((r) => r.reason)).toEqual(['peer'])
    expect(node.refused[0]!.remote).toBe(stranger.peerId)
  })
})

describe('IpAllowList', () => {
  const ip4 = (a: string) => multiaddr(`/ip4/${a}/tcp/7000`)
  const ip6 = (a: string) => multiaddr(`/ip6/${a}/tcp/7000`)

  it('matches addresses and CIDR ranges of both families, IPv4-mapped IPv6 as IPv4', () => {
    const list = new IpAllowList(['203.0.113.7', '10.0.0.0/8', '2001:db8::/32'])
    expect(list.allows(ip4('203.0.113.7'))).toBe(true)
    expect(list.allows(ip4('203.0.113.8'))).toBe(false)
    expect(list.allows(ip4('10.255.0.1'))).toBe(true)
    expect(list.allows(ip4('11.0.0.1'))).toBe(false)
    expect(list.allows(ip6('2001:db8:1::5'))).toBe(true)
    expect(list.allows(ip6('2001:db9::1'))).toBe(false)
    expect(list.allows(ip6('::ffff:10.1.2.3'))).toBe(true)
    expect(list.allows(ip6('::ffff:11.1.2.3'))).toBe(false)
    expect(list.allows(multiaddr('/dns4/node-b.example.org/tcp/7000'))).toBe(false)
    expect(new IpAllowList([]).allows(ip4('127.0.0.1'))).toBe(false)
  })

  it.each(['', 'localhost', '10.0.0.0/33', '2001:db8::/129', '10.0.0.1/', '10.0.0.0/8/8', '10.0.0.0/-1', '300.1.1.1'])('refuses %j', (text) => {
    expect(() => parseIpRange(text)).toThrow(RangeError)
  })
})
