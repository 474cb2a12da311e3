// Test helpers shared by the DKLs23 tests.
export { seededRng } from '../dkg-harness.js'

/** Flips bit `bit` of byte `index` of a copy of `bytes`. */
export function flipBit(bytes: Uint8Array, index: number, bit = 0): Uint8Array {
  const out = Uint8Array.from(bytes)
  out[index] = out[index]! ^ (1 << bit)
  return out
}
