/*
 * SHAKE128/256 from OpenSSL (node:crypto). The JS sponge was most of the signing time
 * (commitments hash K slots of w, ~3 KB each, at every signer). Outputs were checked
 * against @noble/hashes by the ML-DSA known-answer tests (keys and signatures of noble).
 */
import { createHash } from 'node:crypto'

export type ShakeAlgorithm = 'shake128' | 'shake256'

export function shake(algorithm: ShakeAlgorithm, parts: readonly Uint8Array[], length: number): Uint8Array {
  const h = createHash(algorithm, { outputLength: length })
  for (const p of parts) h.update(p)
  const out = h.digest()
  return new Uint8Array(out.buffer, out.byteOffset, out.length)
}

/**
 * Reads an XOF block by block. A SHAKE output is a prefix of every longer one, so
 * running out of bytes re-derives twice as many and continues where it was.
 */
export class XofReader {
  private buffer: Uint8Array
  private at = 0

  constructor(private readonly algorithm: ShakeAlgorithm, private readonly parts: readonly Uint8Array[], private readonly block: number, blocks: number) {
    this.buffer = shake(algorithm, parts, block * blocks)
  }

  next(): Uint8Array {
    if (this.at + this.block > this.buffer.length) this.buffer = shake(this.algorithm, this.parts, this.buffer.length * 2)
    const out = this.buffer.subarray(this.at, this.at + this.block)
    this.at += this.block
    return out
  }
}
