import { streamPair } from '@libp2p/utils'
import { describe, expect, it } from 'vitest'
import { COORD_CHANNEL_PROTOCOL, RpcChannel, serveChannel, type ChannelRequest, type CoordResponse } from '../src/index.js'

const keyInfoError = (message: string): CoordResponse => ({ kind: 'error', code: 'unknown-key', message, culprits: [], accusations: [] })
const busy = (): CoordResponse => ({ kind: 'error', code: 'busy', message: 'busy', culprits: [], accusations: [] })

/** A server that answers getPublicKey(k) with an error naming k after `delay(k)` ms. */
function server(stream: Parameters<typeof serveChannel>[0], delay: (keyId: string) => number, seen: ChannelRequest[] = [], maxConcurrent = 16) {
  return serveChannel(stream, async (input) => {
    seen.push(input)
    if ('refused' in input) return { kind: 'error', code: 'bad-request', message: input.refused.message, culprits: [], accusations: [] }
    const keyId = input.request.kind === 'getPublicKey' ? input.request.keyId : '?'
    await new Promise((r) => setTimeout(r, delay(keyId)))
    return keyInfoError(`no key ${keyId}`)
  }, { maxConcurrent, busy })
}

describe('coordinator channel (/thresh/coord/2.0.0)', () => {
  it('carries overlapping requests on one stream; each gets its own answer, in any order', async () => {
    const [a, b] = await streamPair({ protocol: COORD_CHANNEL_PROTOCOL })
    const serving = server(b, (k) => (k === 'slow' ? 100 : 1), [], 32)
    const channel = new RpcChannel(a)
    const slow = channel.request({ kind: 'getPublicKey', keyId: 'slow' })
    const fast = await Promise.all(Array.from({ length: 20 }, (_, i) => channel.request({ kind: 'getPublicKey', keyId: `k${i}` })))
    expect(fast.map((r) => (r.kind === 'error' ? r.message : ''))).toEqual(Array.from({ length: 20 }, (_, i) => `no key k${i}`))
    expect(channel.pending).toBe(1) // the slow one is still out: the fast ones overtook it
    expect(await slow).toEqual(keyInfoError('no key slow'))
    await channel.close()
    await serving
  })

  it('a request the caller stops waiting for rejects alone, and the node skips its answer', async () => {
    const [a, b] = await streamPair({ protocol: COORD_CHANNEL_PROTOCOL })
    const serving = server(b, (k) => (k === 'slow' ? 200 : 1))
    const channel = new RpcChannel(a)
    const controller = new AbortController()
    const slow = channel.request({ kind: 'getPublicKey', keyId: 'slow' }, { signal: controller.signal })
    setTimeout(() => controller.abort(new Error('gave up')), 20)
    await expect(slow).rejects.toThrow('gave up')
    expect(await channel.request({ kind: 'getPublicKey', keyId: 'after' })).toEqual(keyInfoError('no key after'))
    await new Promise((r) => setTimeout(r, 250))
    expect(channel.closed).toBe(false)
    await channel.close()
    await serving
  })

  it('answers `busy` beyond the concurrency limit without serving the request', async () => {
    const [a, b] = await streamPair({ protocol: COORD_CHANNEL_PROTOCOL })
    const seen: ChannelRequest[] = []
    const serving = server(b, () => 50, seen, 2)
    const channel = new RpcChannel(a)
    const answers = await Promise.all([1, 2, 3].map((i) => channel.request({ kind: 'getPublicKey', keyId: `k${i}` })))
    expect(answers.filter((r) => r.kind === 'error' && r.code === 'busy')).toHaveLength(1)
    expect(seen).toHaveLength(2)
    await channel.close()
    await serving
  })

  it('a request that does not decode is answered as refused, and the channel goes on', async () => {
    const [a, b] = await streamPair({ protocol: COORD_CHANNEL_PROTOCOL })
    const seen: ChannelRequest[] = []
    const serving = server(b, () => 1, seen)
    const { frameStream } = await import('../src/index.js')
    const raw = frameStream(a)
    await raw.write(Uint8Array.from([0, 0, 0, 7, 0xff, 0xff, 0xff]))
    const reply = await raw.read()
    expect(new DataView(reply!.buffer, reply!.byteOffset).getUint32(0)).toBe(7)
    expect(seen[0]).toHaveProperty('refused')
    await a.close()
    await serving
  })

  it('a frame without an id closes the channel; waiting requests reject', async () => {
    const [a, b] = await streamPair({ protocol: COORD_CHANNEL_PROTOCOL })
    const broken: string[] = []
    const serving = serveChannel(b, async () => keyInfoError('x'), { maxConcurrent: 4, busy, onBrokenFrame: (err) => broken.push(err.code) })
    const { frameStream } = await import('../src/index.js')
    await frameStream(a).write(Uint8Array.from([1, 2]))
    await serving
    expect(broken).toEqual(['malformed'])
  })

  it('rejects every waiting request when the node goes away, and reports itself closed', async () => {
    const [a, b] = await streamPair({ protocol: COORD_CHANNEL_PROTOCOL })
    const channel = new RpcChannel(a)
    const waiting = channel.request({ kind: 'listKeys' })
    b.abort(new Error('node stopped'))
    await expect(waiting).rejects.toBeInstanceOf(Error)
    expect(channel.closed).toBe(true)
    await expect(channel.request({ kind: 'listKeys' })).rejects.toBeInstanceOf(Error)
  })
})
