import { streamPair } from '@libp2p/utils'
import { describe, expect, it } from 'vitest'
import { call, COORD_PROTOCOL, exchange, frameStream, rpcServerStream, RpcError, WireError } from '../src/index.js'

const peer = '12D3KooWNyThgEH8uQwwTUdFvq5sHFpiJVJCtBz387Cy8fAhXeEZ'

describe('frame streams', () => {
  it('carry frames in order and end with null when the sender closes', async () => {
    const [a, b] = await streamPair()
    const tx = frameStream(a, 1024)
    const rx = frameStream(b, 1024)
    const sent = [Uint8Array.of(1), new Uint8Array(1024).fill(7), Uint8Array.of(2, 3)]
    for (const f of sent) await tx.write(f)
    await a.close()
    const got: Uint8Array[] = []
    for (let f = await rx.read(); f !== null; f = await rx.read()) got.push(f)
    expect(got).toEqual(sent)
  })

  it('refuse a frame over the limit before reading its body', async () => {
    const [a, b] = await streamPair()
    const tx = frameStream(a, 4096)
    const rx = frameStream(b, 1024)
    await tx.write(new Uint8Array(1025))
    await expect(rx.read()).rejects.toMatchObject({ name: 'WireError', code: 'oversized' })
    await expect(tx.write(new Uint8Array(4097))).rejects.toBeInstanceOf(WireError)
  })

  it('refuse a length prefix that never ends', async () => {
    const [a, b] = await streamPair()
    a.send(new Uint8Array(12).fill(0xff))
    await expect(frameStream(b, 1024).read()).rejects.toMatchObject({ name: 'WireError', code: 'oversized' })
  })
})

describe('coord exchange', () => {
  it('carries one request and one response', async () => {
    const [client, server] = await streamPair({ protocol: COORD_PROTOCOL })
    const serving = (async () => {
      const rpc = rpcServerStream(server)
      const req = await rpc.readRequest()
      expect(req).toEqual({ kind: 'getPublicKey', keyId: 'k' })
      await rpc.respond({ kind: 'error', code: 'unknown-key', message: 'no key k', culprits: [], accusations: [] })
    })()
    await expect(call(client, { kind: 'getPublicKey', keyId: 'k' })).rejects.toEqual(new RpcError('unknown-key', 'no key k'))
    await serving
  })

  it('reads null when the caller closes a stream without a request (a spare it did not need)', async () => {
    const [client, server] = await streamPair({ protocol: COORD_PROTOCOL })
    const reading = rpcServerStream(server).readRequest()
    await client.close()
    expect(await reading).toBeNull()
  })

  it('returns error responses as values from exchange, with culprits', async () => {
    const [client, server] = await streamPair()
    const rpc = rpcServerStream(server)
    void rpc.readRequest().then(() => rpc.respond({ kind: 'error', code: 'aborted', message: 'bad share', culprits: [peer], accusations: [] }))
    const res = await exchange(client, { kind: 'listKeys' })
    expect(res).toEqual({ kind: 'error', code: 'aborted', message: 'bad share', culprits: [peer], accusations: [] })
  })

  it('reports a node that closes without answering', async () => {
    const [client, server] = await streamPair()
    void rpcServerStream(server).readRequest().then(() => server.close())
    await expect(exchange(client, { kind: 'listKeys' })).rejects.toMatchObject({ name: 'WireError', code: 'malformed' })
  })
})
