// A fault-injecting TCP proxy for links between local node processes (this machine's
// kernel has no netem). One LinkProxy is one link: it listens on 127.0.0.1 and forwards
// every connection to one target on 127.0.0.0/8, shaping each direction on its own:
//   delayMs      one-way delay added to every chunk (a link's RTT is 2 x delayMs)
//   jitterMs     a further uniform 0..jitterMs per chunk; never reorders bytes (TCP does not)
//   bytesPerSec  bandwidth cap per direction (0: none): a chunk occupies the link for its size / cap
//   lossRate     share of chunks delayed by one retransmission timeout (retransmitMs, 200 ms:
//                Linux's minimum RTO): what a lost segment costs a TCP stream, which never
//                loses bytes outright
//   state        'up'; 'blackhole': connections stay open and every byte (and FIN) is held,
//                new connections are accepted (and opened upstream) but carry nothing, until the state leaves
//                'blackhole' (then held bytes go on in order, as TCP retransmission would
//                deliver them); 'closed': every connection is reset and new ones are reset
//                at accept
// Everything is switchable at run time with set(). Held and delayed bytes stay in memory
// (no backpressure): this is a test and benchmark tool for short runs.
// npm has no maintained equivalent: toxiproxy-node-client drives Shopify's toxiproxy
// server (a Go binary, not in Debian), toxy shapes HTTP only, @sitespeed.io/throttle
// needs tc/netem, node-tcp-proxy and tcp-proxy.js forward without faults.
import { createConnection, createServer, isIPv4 } from 'node:net'

/** @typedef {{ delayMs?: number, jitterMs?: number, bytesPerSec?: number, lossRate?: number, retransmitMs?: number, state?: 'up' | 'blackhole' | 'closed' }} LinkShape */

const DEFAULT_SHAPE = { delayMs: 0, jitterMs: 0, bytesPerSec: 0, lossRate: 0, retransmitMs: 200, state: 'up' }
const END = Symbol('end')

export class LinkProxy {
  /** @type {import('node:net').Server} */
  #server
  #shape
  #target
  /** @type {Set<Connection>} */
  #connections = new Set()
  stats = { connections: 0, forwardBytes: 0, backwardBytes: 0, resets: 0 }

  /** @param {import('node:net').Server} server */
  constructor(server, target, shape) {
    this.#server = server
    this.#target = target
    this.#shape = shape
  }

  /**
   * Starts a proxy to `target` (a port on 127.0.0.0/8) listening on a free port of 127.0.0.1.
   * @param {{ host?: string, port: number }} target
   * @param {LinkShape} [shape]
   */
  static async start(target, shape = {}) {
    const host = target.host ?? '127.0.0.1'
    if (!isLoopback(host)) throw new RangeError(`netem proxy: target ${host} is not on 127.0.0.0/8`)
    if (!Number.isInteger(target.port) || target.port < 1 || target.port > 65535) throw new RangeError(`netem proxy: bad target port ${target.port}`)
    const server = createServer({ noDelay: true })
    const proxy = new LinkProxy(server, { host, port: target.port }, checkShape({ ...DEFAULT_SHAPE, ...shape }))
    server.on('connection', (socket) => proxy.#accept(socket))
    await new Promise((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', resolve)
    })
    return proxy
  }

  get port() {
    return /** @type {import('node:net').AddressInfo} */ (this.#server.address()).port
  }

  /** The multiaddr a libp2p node dials to reach the target through this link. */
  get multiaddr() {
    return `/ip4/127.0.0.1/tcp/${this.port}`
  }

  get shape() {
    return { ...this.#shape }
  }

  /** Bytes held by a blackhole or waiting out a delay, both directions, all connections. */
  get pendingBytes() {
    let n = 0
    for (const c of this.#connections) n += c.forward.pendingBytes + c.backward.pendingBytes
    return n
  }

  /** Changes the link's shape now; fields left out keep their value. @param {LinkShape} shape */
  set(shape) {
    this.#shape = checkShape({ ...this.#shape, ...shape })
    if (this.#shape.state === 'closed') for (const c of [...this.#connections]) this.#reset(c)
    else if (this.#shape.state === 'up') for (const c of this.#connections) c.release()
  }

  async close() {
    for (const c of [...this.#connections]) this.#reset(c)
    await new Promise((resolve) => this.#server.close(() => resolve(undefined)))
  }

  #accept(client) {
    if (this.#shape.state === 'closed') {
      this.stats.resets += 1
      client.resetAndDestroy()
      return
    }
    this.stats.connections += 1
    const upstream = createConnection({ host: this.#target.host, port: this.#target.port, noDelay: true })
    const shape = () => this.#shape
    const conn = new Connection(client, upstream, shape, this.stats)
    this.#connections.add(conn)
    conn.closed.then(() => this.#connections.delete(conn))
  }

  #reset(conn) {
    this.stats.resets += 1
    conn.reset()
    this.#connections.delete(conn)
  }
}

/** One proxied connection: two independent directions. */
class Connection {
  constructor(client, upstream, shape, stats) {
    this.client = client
    this.upstream = upstream
    this.forward = new Direction(client, upstream, shape, (n) => (stats.forwardBytes += n))
    this.backward = new Direction(upstream, client, shape, (n) => (stats.backwardBytes += n))
    this.closed = new Promise((resolve) => {
      let open = 2
      const done = () => --open === 0 && resolve(undefined)
      client.once('close', done)
      upstream.once('close', done)
    })
    // one side failing (or refusing the connection) ends the other at once
    client.on('error', () => upstream.destroy())
    upstream.on('error', () => client.resetAndDestroy())
  }

  release() {
    this.forward.pump()
    this.backward.pump()
  }

  reset() {
    this.forward.clear()
    this.backward.clear()
    this.client.resetAndDestroy()
    this.upstream.resetAndDestroy()
  }
}

/**
 * Bytes from `src` to `dst`, in order: each chunk gets a due time (delay, jitter, a lost
 * segment's retransmission, its serialization at the bandwidth cap), never earlier than the
 * chunk before it; one timer at a time drains the head of the queue.
 */
class Direction {
  /** @type {{ data: Buffer | typeof END, due: number | undefined }[]} */
  queue = []
  pendingBytes = 0
  lastDue = 0
  timer = undefined

  constructor(src, dst, shape, count) {
    this.dst = dst
    this.shape = shape
    this.count = count
    src.on('data', (data) => this.push(data))
    src.on('end', () => this.push(END))
  }

  push(data) {
    const size = data === END ? 0 : data.length
    this.pendingBytes += size
    this.queue.push({ data, due: undefined })
    this.pump()
  }

  /** Gives chunks their due times (unless blackholed) and delivers what is due. */
  pump() {
    const s = this.shape()
    if (s.state !== 'up') return
    const now = performance.now()
    for (const item of this.queue) {
      if (item.due !== undefined) continue
      let due = now + s.delayMs + Math.random() * s.jitterMs
      if (s.lossRate > 0 && Math.random() < s.lossRate) due += s.retransmitMs
      due = Math.max(due, this.lastDue)
      if (s.bytesPerSec > 0 && item.data !== END) due += (item.data.length / s.bytesPerSec) * 1000
      item.due = due
      this.lastDue = due
    }
    this.deliver()
  }

  deliver() {
    if (this.timer !== undefined) return
    for (;;) {
      if (this.shape().state !== 'up') return
      const head = this.queue[0]
      if (!head || head.due === undefined) return
      const wait = head.due - performance.now()
      if (wait > 0.5) {
        this.timer = setTimeout(() => {
          this.timer = undefined
          this.deliver()
        }, Math.round(wait))
        return
      }
      this.queue.shift()
      if (this.dst.destroyed) continue
      if (head.data === END) {
        this.dst.end()
        continue
      }
      this.pendingBytes -= head.data.length
      this.count(head.data.length)
      this.dst.write(head.data)
    }
  }

  clear() {
    clearTimeout(this.timer)
    this.timer = undefined
    this.queue = []
    this.pendingBytes = 0
  }
}

function isLoopback(host) {
  return isIPv4(host) && host.split('.')[0] === '127'
}

function checkShape(s) {
  for (const k of ['delayMs', 'jitterMs', 'bytesPerSec', 'retransmitMs']) {
    if (!Number.isFinite(s[k]) || s[k] < 0) throw new RangeError(`netem proxy: ${k} must be a finite number >= 0, got ${s[k]}`)
  }
  if (!(s.lossRate >= 0 && s.lossRate <= 1)) throw new RangeError(`netem proxy: lossRate must be in [0, 1], got ${s.lossRate}`)
  if (!['up', 'blackhole', 'closed'].includes(s.state)) throw new RangeError(`netem proxy: unknown state ${s.state}`)
  return s
}
