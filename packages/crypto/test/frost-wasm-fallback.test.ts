// FROST(secp256k1) and BIP340 where the N-API binding has no binary: the whole signing path
// on the WebAssembly build of libsecp256k1, checked by noble's independent verifiers.
import { describe, expect, it, vi } from 'vitest'
import { schnorr, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { range, runDkg, runFrost } from './dkg-harness.js'

vi.mock('../src/curves/native-secp256k1.js', async () => {
  const { wasmSecp256k1 } = await import('../src/curves/wasm-secp256k1.js')
  return { nativeSecp256k1: wasmSecp256k1, secp256k1Backend: 'wasm' }
})

const text = (s: string) => new TextEncoder().encode(s)

describe('FROST on the WebAssembly stand-in', () => {
  it('runs on it', async () => {
    const { nativeSecp256k1, secp256k1Backend } = await import('../src/curves/native-secp256k1.js')
    const { wasmSecp256k1 } = await import('../src/curves/wasm-secp256k1.js')
    expect(secp256k1Backend).toBe('wasm')
    expect(nativeSecp256k1).toBe(wasmSecp256k1)
  })

  it.each(['frost-secp256k1', 'bip340'] as const)('%s 2-of-3 signatures verify independently', (scheme) => {
    const keys = runDkg(scheme, 2, 3)
    for (let i = 0; i < 4; i++) {
      const message = text(`wasm ${scheme} ${i}`)
      const r = runFrost(keys, range(2), message)
      expect(r.aborts.size).toBe(0)
      const sig = r.results.get(1)!
      const key = keys[0]!.groupPublicKey
      const valid = (m: Uint8Array) => (scheme === 'bip340' ? schnorr.verify(sig, m, key.subarray(1)) : secp256k1_FROST.verify(sig, m, key))
      expect(valid(message)).toBe(true)
      expect(valid(text('other'))).toBe(false)
    }
  })
})
