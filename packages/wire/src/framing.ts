import { lpStream } from '@libp2p/utils'
import type { AbortOptions, MessageStream } from '@libp2p/interface'
import { plain } from './codec.js'
import { WireError } from './errors.js'
import { DEFAULT_MAX_FRAME } from './protocols.js'

/** Unsigned-varint length-prefixed frames over a libp2p stream, each at most `maxFrame` bytes. */
export interface FrameStream {
  /**
   * The next frame, or null once the remote end has closed the stream. Throws WireError
   * ('oversized') for a frame above the limit (its bytes are never buffered) and
   * ('malformed') for an undecodable length prefix; after either the stream is unusable.
   */
  read(options?: AbortOptions): Promise<Uint8Array | null>
  write(frame: Uint8Array, options?: AbortOptions): Promise<void>
}

export function frameStream(stream: MessageStream, maxFrame: number = DEFAULT_MAX_FRAME): FrameStream {
  // Two frames of buffered input: enough for a sender that pipelines, bounded for one that floods.
  const lp = lpStream(stream, {
    maxDataLength: maxFrame,
    lengthDecoder: boundedVarint(maxFrame),
    maxBufferSize: 2 * maxFrame + 16,
  })
  return {
    async read(options) {
      try {
        const frame = await lp.read(options)
        return plain(frame.subarray())
      } catch (err) {
        if (err instanceof WireError) throw err
        const name = err instanceof Error ? err.name : ''
        if (name === 'UnexpectedEOFError') return null
        if (name === 'InvalidDataLengthError' || name === 'InvalidDataLengthLengthError') {
          throw new WireError('oversized', `frame exceeds the ${maxFrame}-byte limit`)
        }
        if (name === 'InvalidMessageLengthError') throw new WireError('malformed', 'frame length prefix is invalid')
        if (name === 'StreamBufferError') throw new WireError('oversized', 'peer sent more than two frames ahead of the reader')
        throw err
      }
    },
    async write(frame, options) {
      if (frame.length > maxFrame) throw new WireError('oversized', `refusing to send a ${frame.length}-byte frame (limit ${maxFrame})`)
      await lp.write(frame, options)
    },
  }
}

/** Closes a stream, aborting it if a graceful close fails (libp2p's close() can reject). */
export async function closeStream(stream: MessageStream, options?: AbortOptions): Promise<void> {
  try {
    await stream.close(options)
  } catch (err) {
    stream.abort(err instanceof Error ? err : new Error('close failed'))
  }
}

/**
 * Decodes the unsigned-varint length prefix. lpStream keeps reading while the decoder
 * throws RangeError (prefix incomplete); this one gives up with WireError as soon as
 * the prefix is longer than any allowed length needs, so a peer cannot feed an
 * endless prefix.
 */
function boundedVarint(maxFrame: number): (data: { byteLength: number; get(i: number): number }) => number {
  const maxPrefix = Math.max(1, Math.ceil(Math.log2(maxFrame + 1) / 7))
  return (data) => {
    let value = 0
    for (let i = 0; i < data.byteLength; i++) {
      const byte = data.get(i)
      value += (byte & 0x7f) * 2 ** (7 * i)
      if ((byte & 0x80) === 0) return value
      if (i + 1 >= maxPrefix) throw new WireError('oversized', `frame exceeds the ${maxFrame}-byte limit`)
    }
    throw new RangeError('length prefix incomplete')
  }
}
