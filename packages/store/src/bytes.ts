/** Fixed-width big-endian encoders and a bounds-checked reader for the on-disk layouts. */

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  return Buffer.concat(parts)
}

export function u8(n: number): Uint8Array {
  return Uint8Array.of(n)
}

export function u16(n: number): Uint8Array {
  const b = Buffer.alloc(2)
  b.writeUInt16BE(n)
  return b
}

export function u32(n: number): Uint8Array {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}

export const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8')

/** Thrown by Reader when the input is shorter than its layout says; callers map it. */
export class Truncated extends Error {}

export class Reader {
  private offset = 0
  constructor(private readonly bytes: Uint8Array) {}

  get position(): number {
    return this.offset
  }

  take(n: number): Uint8Array {
    if (n < 0 || this.offset + n > this.bytes.length) throw new Truncated()
    const out = this.bytes.subarray(this.offset, this.offset + n)
    this.offset += n
    return out
  }

  u8(): number {
    return this.take(1)[0]!
  }

  u16(): number {
    const b = this.take(2)
    return (b[0]! << 8) | b[1]!
  }

  u32(): number {
    const b = this.take(4)
    return ((b[0]! << 24) >>> 0) + ((b[1]! << 16) | (b[2]! << 8) | b[3]!)
  }

  /** Everything not read yet. */
  rest(): Uint8Array {
    return this.take(this.bytes.length - this.offset)
  }
}
