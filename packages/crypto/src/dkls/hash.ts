import { Blake3 } from './blake3.js'

const encoder = new TextEncoder()

/**
 * BLAKE3 over a domain tag and length-prefixed parts: no two (tag, parts) tuples hash the
 * same input. Every hash in DKLs23 goes through here or through the keyed block helpers
 * of blake3.ts, each with its own tag.
 */
export function taggedHash(tag: string, parts: readonly Uint8Array[], length = 32): Uint8Array {
  const h = new Blake3()
  const prefix = new Uint8Array(4)
  const put = (bytes: Uint8Array) => {
    new DataView(prefix.buffer).setUint32(0, bytes.length)
    h.update(prefix).update(bytes)
  }
  put(encoder.encode(tag))
  for (const p of parts) put(p)
  return h.digest(length)
}

export function u32(value: number): Uint8Array {
  const out = new Uint8Array(4)
  new DataView(out.buffer).setUint32(0, value)
  return out
}
