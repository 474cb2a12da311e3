// The fault-injecting TCP proxy of scripts/netem (used by the partition test and the WAN
// bench): every fault it claims to inject is observed on a real socket through it.
import { randomBytes } from 'node:crypto'
import { createConnection, createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM script without type declarations
import { LinkProxy } from '../../../scripts/netem/proxy.mjs'

interface Proxy {
  port: number
  pendingBytes: number
  stats: { connections: number; forwardBytes: number; backwardBytes: number; resets: number }
  set(shape: Record<string, unknown>): void
  close(): Promise<void>
}

const cleanup: (() => Promise<unknown> | void)[] = []
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f()
})

/** A TCP server that echoes, or (with `sink`) keeps what it receives. */
async function server(mode: 'echo' | 'sink'): Promise<{ port: number; received: () => Buffer; sockets: Socket[] }> {
  const chunks: Buffer[] = []
  const sockets: Socket[] = []
  const s: Server = createServer((sock) => {
    sockets.push(sock)
    sock.on('error', () => undefined)
    sock.on('data', (d) => (mode === 'echo' ? sock.write(d) : chunks.push(d)))
  })
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  cleanup.push(() => {
    sockets.forEach((x) => x.destroy())
    return new Promise((r) => s.close(r))
  })
  return { port: (s.address() as AddressInfo).port, received: () => Buffer.concat(chunks), sockets }
}

async function proxy(port: number, shape: Record<string, unknown> = {}): Promise<Proxy> {
  const p = (await LinkProxy.start({ port }, shape)) as Proxy
  cleanup.push(() => p.close())
  return p
}

async function connect(port: number): Promise<Socket> {
  const sock = createConnection({ host: '127.0.0.1', port })
  sock.on('error', () => undefined)
  await new Promise((r) => sock.once('connect', r))
  cleanup.push(() => sock.destroy())
  return sock
}

/** Collects `n` bytes from `sock`. */
function read(sock: Socket, n: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let got = 0
    const on = (d: Buffer) => {
      chunks.push(d)
      got += d.length
      if (got >= n) {
        sock.off('data', on)
        resolve(Buffer.concat(chunks))
      }
    }
    sock.on('data', on)
  })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await sleep(5)
  }
}

describe('netem LinkProxy', () => {
  it('forwards bytes both ways unchanged', async () => {
    const echo = await server('echo')
    const p = await proxy(echo.port)
    const sock = await connect(p.port)
    const data = randomBytes(200_000)
    const back = read(sock, data.length)
    sock.write(data)
    expect((await back).equals(data)).toBe(true)
    expect(p.stats.forwardBytes).toBe(data.length)
    expect(p.stats.backwardBytes).toBe(data.length)
  })

  it('adds the one-way delay in each direction (an echo takes at least 2 x delay)', async () => {
    const echo = await server('echo')
    const p = await proxy(echo.port, { delayMs: 60 })
    const sock = await connect(p.port)
    const t0 = performance.now()
    const back = read(sock, 5)
    sock.write('hello')
    expect((await back).toString()).toBe('hello')
    expect(performance.now() - t0).toBeGreaterThanOrEqual(119)
  })

  it('keeps byte order under jitter and loss', async () => {
    const sink = await server('sink')
    const p = await proxy(sink.port, { jitterMs: 15, lossRate: 0.3, retransmitMs: 20 })
    const sock = await connect(p.port)
    const parts = Array.from({ length: 40 }, (_, i) => Buffer.from(`<${i}>`))
    for (const part of parts) {
      sock.write(part)
      await sleep(1)
    }
    const all = Buffer.concat(parts)
    await until(() => sink.received().length === all.length)
    expect(sink.received().equals(all)).toBe(true)
  })

  it('caps bandwidth: 64 KiB at 256 KiB/s takes at least 250 ms', async () => {
    const sink = await server('sink')
    const p = await proxy(sink.port, { bytesPerSec: 256 * 1024 })
    const sock = await connect(p.port)
    const t0 = performance.now()
    sock.write(randomBytes(64 * 1024))
    await until(() => sink.received().length === 64 * 1024)
    expect(performance.now() - t0).toBeGreaterThanOrEqual(245)
  })

  it('a blackhole holds bytes (the connection stays open) and delivers them in order when lifted', async () => {
    const sink = await server('sink')
    const p = await proxy(sink.port)
    const sock = await connect(p.port)
    sock.write('before ')
    await until(() => sink.received().length === 7)
    p.set({ state: 'blackhole' })
    sock.write('during the partition')
    await sleep(300)
    expect(sink.received().toString()).toBe('before ')
    expect(p.pendingBytes).toBe('during the partition'.length)
    expect(sock.destroyed).toBe(false)
    // a connection made during the blackhole carries nothing either
    const late = await connect(p.port)
    late.write('late')
    await sleep(100)
    expect(sink.received().toString()).toBe('before ')
    p.set({ state: 'up' })
    await until(() => sink.received().length === 'before during the partition'.length + 4)
    const text = sink.received().toString()
    expect(text.startsWith('before ')).toBe(true)
    expect(text).toContain('during the partition')
    expect(text).toContain('late')
    expect(p.pendingBytes).toBe(0)
  })

  it("'closed' resets open connections and every new one", async () => {
    const echo = await server('echo')
    const p = await proxy(echo.port)
    const sock = await connect(p.port)
    const closed = new Promise<Error | undefined>((resolve) => {
      let error: Error | undefined
      sock.on('error', (err) => (error = err))
      sock.once('close', () => resolve(error))
    })
    p.set({ state: 'closed' })
    expect((await closed)?.message).toMatch(/ECONNRESET/)
    const again = createConnection({ host: '127.0.0.1', port: p.port })
    const refused = await new Promise<string>((resolve) => {
      again.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'))
      again.on('close', () => resolve('closed'))
    })
    expect(['ECONNRESET', 'closed']).toContain(refused)
    expect(p.stats.resets).toBeGreaterThanOrEqual(2)
    // and it opens again
    p.set({ state: 'up' })
    const sock2 = await connect(p.port)
    const back = read(sock2, 2)
    sock2.write('ok')
    expect((await back).toString()).toBe('ok')
  })

  it('refuses targets outside 127.0.0.0/8 and bad shapes', async () => {
    await expect(LinkProxy.start({ host: '10.0.0.1', port: 80 })).rejects.toThrow(/not on 127\.0\.0\.0\/8/)
    await expect(LinkProxy.start({ host: 'localhost', port: 80 })).rejects.toThrow(/not on 127/)
    await expect(LinkProxy.start({ port: 0 })).rejects.toThrow(/bad target port/)
    await expect(LinkProxy.start({ port: 80 }, { delayMs: -1 })).rejects.toThrow(/delayMs/)
    await expect(LinkProxy.start({ port: 80 }, { lossRate: 2 })).rejects.toThrow(/lossRate/)
    await expect(LinkProxy.start({ port: 80 }, { state: 'down' })).rejects.toThrow(/unknown state/)
  })
})
