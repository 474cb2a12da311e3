import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** AES-256-GCM with a fresh random 96-bit nonce per message; 128-bit tag. */
export const NONCE_LENGTH = 12
export const TAG_LENGTH = 16
export const MAC_LENGTH = 32

/** Encrypts `plaintext` under `key`, binding `aad`. Returns nonce ‖ ciphertext ‖ tag. */
export function seal(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Uint8Array {
  const nonce = randomBytes(NONCE_LENGTH)
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_LENGTH })
  cipher.setAAD(aad)
  const body = cipher.update(plaintext)
  const final = cipher.final()
  return Buffer.concat([nonce, body, final, cipher.getAuthTag()])
}

/**
 * Opens nonce ‖ ciphertext ‖ tag from `seal`. Returns the plaintext in a fresh buffer
 * the caller owns (and should wipe), or undefined when authentication fails.
 */
export function unseal(key: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Uint8Array | undefined {
  if (sealed.length < NONCE_LENGTH + TAG_LENGTH) return undefined
  const nonce = sealed.subarray(0, NONCE_LENGTH)
  const body = sealed.subarray(NONCE_LENGTH, sealed.length - TAG_LENGTH)
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_LENGTH })
  decipher.setAAD(aad)
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_LENGTH))
  const plain = decipher.update(body)
  try {
    decipher.final()
  } catch {
    wipe(plain)
    return undefined
  }
  // Copy out of node's buffer so the caller gets memory no one else references.
  const out = new Uint8Array(plain.length)
  out.set(plain)
  wipe(plain)
  return out
}

export function mac(key: Uint8Array, data: Uint8Array): Uint8Array {
  return createHmac('sha256', key).update(data).digest()
}

export function macMatches(key: Uint8Array, data: Uint8Array, expected: Uint8Array): boolean {
  const actual = mac(key, data)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** Overwrites key material in place; JavaScript cannot reach copies the engine made. */
export function wipe(...buffers: Uint8Array[]): void {
  for (const b of buffers) b.fill(0)
}
