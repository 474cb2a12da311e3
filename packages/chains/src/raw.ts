// The two kinds without structure: a message a Schnorr scheme signs as is, and a
// 32-byte digest (the escape hatch: nothing about it can be checked or summarized).
import { hex } from '@scure/base'
import { PayloadError, requireBytes } from './errors.js'
import { MAX_MESSAGE_BYTES } from './limits.js'

export interface BytesSummary {
  readonly length: number
}

export interface DigestSummary {
  /** The digest, hex. */
  readonly digest: string
}

export function decodeBytes(input: unknown): { digest: Uint8Array; summary: BytesSummary } {
  const bytes = requireBytes(input, 'bytes', MAX_MESSAGE_BYTES)
  return { digest: Uint8Array.from(bytes), summary: { length: bytes.length } }
}

export function decodeDigest(input: unknown): { digest: Uint8Array; summary: DigestSummary } {
  const bytes = requireBytes(input, 'digest', 32)
  if (bytes.length !== 32) throw new PayloadError('bad-request', 'digest must be exactly 32 bytes')
  return { digest: Uint8Array.from(bytes), summary: { digest: hex.encode(bytes) } }
}
