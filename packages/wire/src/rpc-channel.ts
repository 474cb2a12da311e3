import type { AbortOptions, MessageStream } from '@libp2p/interface'
import { closeStream, frameStream, type FrameStream } from './framing.js'
import { DEFAULT_MAX_FRAME } from './protocols.js'
import { WireError } from './errors.js'
import { coordRequestCodec, coordResponseCodec, type CoordRequest, type CoordResponse } from './rpc.js'

/*
 * /thresh/coord/2.0.0: the coordinator's requests to one node multiplexed over one
 * long-lived stream. Each frame is a 4-byte big-endian request id followed by one
 * CoordRequest (caller -> node) or CoordResponse (node -> caller); responses come in any
 * order. A frame of the id alone (caller -> node) says the caller stopped waiting for
 * that request (the node may skip the answer; cancelling the work is the `cancel`
 * request's job, as with 1.0.0).
 *
 * Why: a 1.0.0 exchange opens a yamux stream, negotiates the protocol and closes the
 * stream again for every request. Measured between two libp2p hosts on this machine
 * (scripts/bench/libp2p.mjs, loaded machine): 3.3–5 ms of CPU at each end and 6–11 ms of
 * latency per request that way, 0.4 ms and 0.4 ms on a stream kept open — the larger
 * part of a networked signature's cost before this protocol.
 */

const ID_BYTES = 4

/** Largest id before the caller starts a new stream (ids are never reused on one stream). */
const MAX_ID = 0xffffffff

function frameOf(id: number, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(ID_BYTES + body.length)
  new DataView(out.buffer).setUint32(0, id)
  out.set(body, ID_BYTES)
  return out
}

function idOf(frame: Uint8Array): number {
  if (frame.length < ID_BYTES) throw new WireError('malformed', `channel frame of ${frame.length} bytes has no request id`)
  return new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getUint32(0)
}

/** Writes whole frames one after another: concurrent senders never interleave bytes. */
function serialWriter(frames: FrameStream): (frame: Uint8Array, options?: AbortOptions) => Promise<void> {
  let tail: Promise<void> = Promise.resolve()
  return (frame, options) => {
    const next = tail.then(() => frames.write(frame, options))
    tail = next.catch(() => undefined)
    return next
  }
}

export interface RpcChannelOptions {
  maxFrame?: number
}

/**
 * Caller side of a /thresh/coord/2.0.0 stream. Requests may overlap; each resolves with
 * its own response. When the stream ends or fails, every waiting request rejects and
 * `closed` turns true (the caller then opens a new channel for the next request).
 */
export class RpcChannel {
  private readonly frames: FrameStream
  private readonly write: (frame: Uint8Array, options?: AbortOptions) => Promise<void>
  private readonly waiting = new Map<number, { resolve: (r: CoordResponse) => void; reject: (e: unknown) => void }>()
  private nextId = 1
  private failure: Error | undefined

  constructor(private readonly stream: MessageStream, options: RpcChannelOptions = {}) {
    this.frames = frameStream(stream, options.maxFrame ?? DEFAULT_MAX_FRAME)
    this.write = serialWriter(this.frames)
    void this.readLoop()
  }

  /** True once the stream can carry no more requests. */
  get closed(): boolean {
    return this.failure !== undefined || this.nextId > MAX_ID
  }

  /** Requests sent and not answered yet. */
  get pending(): number {
    return this.waiting.size
  }

  async request(request: CoordRequest, options: AbortOptions = {}): Promise<CoordResponse> {
    if (this.failure) throw this.failure
    if (this.nextId > MAX_ID) throw new WireError('malformed', 'channel request ids exhausted')
    options.signal?.throwIfAborted()
    const id = this.nextId++
    const answer = new Promise<CoordResponse>((resolve, reject) => this.waiting.set(id, { resolve, reject }))
    const onAbort = () => {
      if (!this.waiting.has(id)) return
      this.waiting.get(id)!.reject(options.signal!.reason)
      this.waiting.delete(id)
      void this.write(frameOf(id, new Uint8Array(0))).catch(() => undefined)
    }
    options.signal?.addEventListener('abort', onAbort, { once: true })
    try {
      await this.write(frameOf(id, coordRequestCodec.encode(request)), options)
      return await answer
    } catch (err) {
      this.waiting.delete(id)
      throw err
    } finally {
      options.signal?.removeEventListener('abort', onAbort)
    }
  }

  /** Closes the stream; waiting requests reject. */
  async close(): Promise<void> {
    this.fail(new WireError('malformed', 'channel closed'))
    await closeStream(this.stream)
  }

  private async readLoop(): Promise<void> {
    try {
      for (;;) {
        const frame = await this.frames.read()
        if (frame === null) throw new WireError('malformed', 'node closed the channel')
        const id = idOf(frame)
        const waiter = this.waiting.get(id)
        if (!waiter) continue // answer to a request the caller stopped waiting for
        this.waiting.delete(id)
        try {
          waiter.resolve(coordResponseCodec.decode(frame.subarray(ID_BYTES)))
        } catch (err) {
          waiter.reject(err)
        }
      }
    } catch (err) {
      this.fail(err instanceof Error ? err : new Error(String(err)))
      this.stream.abort(this.failure!)
    }
  }

  private fail(err: Error): void {
    this.failure ??= err
    for (const { reject } of this.waiting.values()) reject(this.failure)
    this.waiting.clear()
  }
}

/** What the node's handler gets for one frame: the request, or why its body was refused. */
export type ChannelRequest = { readonly request: CoordRequest } | { readonly refused: WireError }

export interface ServeChannelOptions {
  maxFrame?: number
  /** Requests served at once on this stream; one more is answered by `busy` without being served. */
  maxConcurrent: number
  /** The answer to a request beyond maxConcurrent. */
  busy: () => CoordResponse
  /** A frame that cannot be read at all (no id, oversized): the stream is closed after it. */
  onBrokenFrame?: (err: WireError) => void
}

/**
 * Node side of a /thresh/coord/2.0.0 stream: reads frames until the caller closes the
 * stream, runs `handle` for each request (concurrently, at most maxConcurrent at once)
 * and writes each response under its request's id. Resolves when the stream is done.
 */
export async function serveChannel(
  stream: MessageStream,
  handle: (input: ChannelRequest) => Promise<CoordResponse>,
  options: ServeChannelOptions,
): Promise<void> {
  const frames = frameStream(stream, options.maxFrame ?? DEFAULT_MAX_FRAME)
  const write = serialWriter(frames)
  // ids being served, and those of them the caller stopped waiting for (never more than running)
  const running = new Map<number, Promise<void>>()
  const abandoned = new Set<number>()
  const answer = async (id: number, input: ChannelRequest): Promise<void> => {
    let response: CoordResponse
    try {
      response = await handle(input)
    } catch {
      response = { kind: 'error', code: 'internal', message: 'internal error', culprits: [], accusations: [] }
    }
    if (abandoned.delete(id)) return
    await write(frameOf(id, coordResponseCodec.encode(response))).catch(() => undefined)
  }
  try {
    for (;;) {
      let frame: Uint8Array | null
      try {
        frame = await frames.read()
      } catch (err) {
        if (err instanceof WireError) options.onBrokenFrame?.(err)
        break
      }
      if (frame === null) break
      let id: number
      try {
        id = idOf(frame)
      } catch (err) {
        options.onBrokenFrame?.(err as WireError)
        break
      }
      if (frame.length === ID_BYTES) {
        if (running.has(id)) abandoned.add(id)
        continue
      }
      if (running.has(id)) {
        options.onBrokenFrame?.(new WireError('malformed', `request id ${id} is already being served`))
        break
      }
      if (running.size >= options.maxConcurrent) {
        await write(frameOf(id, coordResponseCodec.encode(options.busy()))).catch(() => undefined)
        continue
      }
      let input: ChannelRequest
      try {
        input = { request: coordRequestCodec.decode(frame.subarray(ID_BYTES)) }
      } catch (err) {
        if (!(err instanceof WireError)) throw err
        input = { refused: err }
      }
      const task = answer(id, input).finally(() => running.delete(id))
      running.set(id, task)
    }
  } finally {
    await Promise.allSettled(running.values())
    await closeStream(stream)
  }
}
