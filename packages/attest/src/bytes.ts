import { timingSafeEqual } from 'node:crypto'

/** Length-checked constant-time equality (the lengths themselves are public). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b)
}

export const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

/** Big-endian reader over TPM structures; `take` past the end throws RangeError. */
export class TpmReader {
  private offset = 0
  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.offset === this.bytes.length
  }

  take(n: number): Uint8Array {
    if (this.offset + n > this.bytes.length) throw new RangeError('truncated')
    const out = this.bytes.subarray(this.offset, this.offset + n)
    this.offset += n
    return out
  }

  u8(): number {
    return this.take(1)[0]!
  }

  u16(): number {
    return Buffer.from(this.take(2)).readUInt16BE(0)
  }

  u32(): number {
    return Buffer.from(this.take(4)).readUInt32BE(0)
  }

  u64(): bigint {
    return Buffer.from(this.take(8)).readBigUInt64BE(0)
  }

  /** A TPM2B_*: u16 size ‖ bytes. */
  sized(): Uint8Array {
    return this.take(this.u16())
  }
}
