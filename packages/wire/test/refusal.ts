import { expect } from 'vitest'
import { WireError, type Codec, type WireErrorCode } from '../src/index.js'

/** Asserts that `decode` throws a WireError (optionally with this code and field). */
export function expectRefused(decode: () => unknown, want: { code?: WireErrorCode; field?: string } = {}): WireError {
  let caught: unknown
  try {
    decode()
  } catch (err) {
    caught = err
  }
  expect(caught, 'expected a WireError').toBeInstanceOf(WireError)
  const err = caught as WireError
  expect(err.message.length).toBeGreaterThan(0)
  if (want.code) expect(err.code).toBe(want.code)
  if (want.field) expect(err.field).toBe(want.field)
  return err
}

/** Every strict prefix of `bytes`, the empty one included. */
export function* prefixes(bytes: Uint8Array): Generator<Uint8Array> {
  for (let n = 0; n < bytes.length; n++) yield bytes.subarray(0, n)
}

/**
 * The decoder contract on arbitrary input: a WireError, or a value whose one
 * encoding is exactly the input (so no two inputs decode to the same value).
 */
export function expectRefusedOrCanonical<T>(codec: Codec<T>, bytes: Uint8Array): void {
  let value: T
  try {
    value = codec.decode(bytes)
  } catch (err) {
    expect(err).toBeInstanceOf(WireError)
    return
  }
  expect(codec.encode(value)).toEqual(bytes)
}
