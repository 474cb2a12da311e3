import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js'
import { createMLDSA44 } from '@oqs/liboqs-js/sig'
import { expect } from 'vitest'

/** liboqs (the C reference code, as WebAssembly): a verifier independent of noble. */
const liboqs = await createMLDSA44()

/** The signature is a standard ML-DSA-44 signature (empty context) for both verifiers. */
export function expectValid(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): void {
  expect(signature.length).toBe(2420)
  expect(publicKey.length).toBe(1312)
  expect(ml_dsa44.verify(signature, message, publicKey)).toBe(true)
  expect(liboqs.verify(message, signature, publicKey)).toBe(true)
}
