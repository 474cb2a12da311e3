// Test helpers shared by the DKLs23 tests.
import { sha256 } from '@noble/hashes/sha2.js'
import type { Rng } from '../../src/index.js'

/** A deterministic Rng (SHA-256 in counter mode). */
export function seededRng(seed: string): Rng {
  let counter = 0
  return (bytes: number) => {
    const out = new Uint8Array(bytes)
    for (let off = 0; off < bytes; off += 32) {
      out.set(sha256(new TextEncoder().encode(`${seed}/${counter++}`)).subarray(0, Math.min(32, bytes - off)), off)
    }
    return out
  }
}

/** Flips bit `bit` of byte `index` of a copy of `bytes`. */
export function flipBit(bytes: Uint8Array, index: number, bit = 0): Uint8Array {
  const out = Uint8Array.from(bytes)
  out[index] = out[index]! ^ (1 << bit)
  return out
}
