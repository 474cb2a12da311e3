import type { AbortOptions, MessageStream } from '@libp2p/interface'
import { closeStream, frameStream } from './framing.js'
import { DEFAULT_MAX_FRAME } from './protocols.js'
import { WireError } from './errors.js'
import { coordRequestCodec, coordResponseCodec, RpcError, type CoordRequest, type CoordResponse } from './rpc.js'

/**
 * The two ends of one /thresh/coord/1.0.0 exchange: the caller writes one CoordRequest
 * frame, the node answers with one CoordResponse frame and closes the stream.
 */

export interface RpcOptions extends AbortOptions {
  maxFrame?: number
}

/** Caller side: sends `request` on a freshly opened coord stream and returns the node's response. */
export async function exchange(stream: MessageStream, request: CoordRequest, options: RpcOptions = {}): Promise<CoordResponse> {
  const frames = frameStream(stream, options.maxFrame ?? DEFAULT_MAX_FRAME)
  try {
    await frames.write(coordRequestCodec.encode(request), options)
    const reply = await frames.read(options)
    if (reply === null) throw new WireError('malformed', 'node closed the stream without a response')
    return coordResponseCodec.decode(reply)
  } finally {
    await closeStream(stream, options)
  }
}

/** Like exchange, but an error response is thrown as RpcError. */
export async function call(stream: MessageStream, request: CoordRequest, options: RpcOptions = {}): Promise<Exclude<CoordResponse, { kind: 'error' }>> {
  const response = await exchange(stream, request, options)
  if (response.kind === 'error') throw new RpcError(response.code, response.message, response.culprits)
  return response
}

/** Node side of one exchange: read the request, then respond exactly once (which closes the stream). */
export interface RpcServerStream {
  /**
   * The request; null when the caller closed the stream without sending one (a stream it
   * opened ahead of use and did not need). Throws WireError on a bad frame.
   */
  readRequest(options?: AbortOptions): Promise<CoordRequest | null>
  respond(response: CoordResponse, options?: AbortOptions): Promise<void>
}

export function rpcServerStream(stream: MessageStream, maxFrame: number = DEFAULT_MAX_FRAME): RpcServerStream {
  const frames = frameStream(stream, maxFrame)
  return {
    async readRequest(options) {
      const frame = await frames.read(options)
      return frame === null ? null : coordRequestCodec.decode(frame)
    },
    async respond(response, options) {
      try {
        await frames.write(coordResponseCodec.encode(response), options)
      } finally {
        await closeStream(stream, options)
      }
    },
  }
}
