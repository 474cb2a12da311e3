import type { Writer } from 'protobufjs/minimal.js'
import { WireError } from './errors.js'

/** The one binary encoding of a value of type T. `decode` throws WireError on any bad input. */
export interface Codec<T> {
  encode(value: T): Uint8Array
  decode(bytes: Uint8Array): T
}

/** The static encode/decode pair pbjs generates for one message type. */
export interface GeneratedMessage<M> {
  encode(message: M, writer?: Writer): Writer
  decode(reader: Uint8Array): M
}

/**
 * A strict codec over a generated protobuf message:
 * - decode failures of any kind (truncation, bad wire types, bad UTF-8) become WireError;
 * - `fromWire` checks every field and builds the typed value;
 * - the value is re-encoded and must equal the input byte for byte, so unknown fields,
 *   duplicated fields, explicit defaults and non-minimal varints are all refused and
 *   every value has exactly one encoding.
 */
export function protoCodec<T, M>(
  name: string,
  type: GeneratedMessage<M>,
  toWire: (value: T) => M,
  fromWire: (message: M) => T,
): Codec<T> {
  const encode = (value: T): Uint8Array => plain(type.encode(toWire(value)).finish())
  return {
    encode,
    decode(bytes: Uint8Array): T {
      if (!(bytes instanceof Uint8Array)) throw new WireError('malformed', `${name}: expected bytes`)
      let message: M
      try {
        message = type.decode(bytes)
      } catch (err) {
        throw new WireError('malformed', `${name}: ${err instanceof Error ? err.message : 'undecodable'}`)
      }
      let value: T
      try {
        value = fromWire(message)
      } catch (err) {
        if (err instanceof WireError) throw new WireError(err.code, `${name}: ${err.message}`, err.field)
        throw new WireError('invalid-field', `${name}: ${err instanceof Error ? err.message : 'invalid value'}`)
      }
      if (Buffer.compare(encode(value), bytes) !== 0) {
        throw new WireError('non-canonical', `${name}: not the canonical encoding of its value`)
      }
      return value
    },
  }
}

/** A plain Uint8Array view (protobufjs hands out Node Buffers). */
export function plain(bytes: Uint8Array): Uint8Array {
  return bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
