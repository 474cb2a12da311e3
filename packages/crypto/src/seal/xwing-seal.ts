/*
 * Sealed share messages: a message carrying secret share material, encrypted end to
 * end to its recipient's KEM key, so that neither a relay nor a later break of the
 * transport (Noise is X25519 only) exposes it.
 *
 * KEM: X-Wing (draft-connolly-cfrg-xwing-kem: ML-KEM-768 + X25519, SHA3-256
 * combiner), `ml_kem768_x25519` of @noble/post-quantum. The shared secret stays secret
 * as long as either component does, so a sealed message recorded today stays closed
 * when X25519 falls to a quantum computer (the tests hand the X25519 secret to the
 * attacker and check it).
 * AEAD: AES-256-GCM from node:crypto. OpenSSL's AES runs on AES-NI / constant-time
 * code; a pure-JS AES (noble's) uses table lookups whose timing depends on the key.
 * Every seal encapsulates afresh, so each AEAD key is used exactly once; key and
 * nonce both come from HKDF-SHA-256 over the KEM shared secret.
 * Associated data: session id, sender, recipient, round and message type, each
 * length-prefixed after a domain label, so no two different contexts encode alike;
 * a sealed message moved to another session, round, sender, recipient or message
 * type does not open.
 *
 * Layout of a sealed message: version (1 byte, 1) | X-Wing ciphertext (1120 bytes) |
 * AES-GCM ciphertext (plaintext length) | tag (16 bytes).
 */
import { createCipheriv, createDecipheriv } from 'node:crypto'
import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { randomBytes, utf8ToBytes } from '@noble/hashes/utils.js'
import { ml_kem768_x25519 } from '@noble/post-quantum/hybrid.js'
import type { PartyIndex, Rng } from '../session/types.js'

export const SEAL_VERSION = 1
/** X-Wing sizes (draft-connolly-cfrg-xwing-kem §2): ML-KEM-768 part first, then X25519. */
export const KEM_PUBLIC_KEY_LENGTH = 1216
export const KEM_SECRET_KEY_LENGTH = 32
export const KEM_CIPHERTEXT_LENGTH = 1120
const KEM_SEED_LENGTH = 32
const KEM_RANDOMNESS_LENGTH = 64
const TAG_LENGTH = 16
const KEY_LENGTH = 32
const NONCE_LENGTH = 12
/** The smallest sealed message: version, KEM ciphertext and tag around an empty plaintext. */
export const SEAL_OVERHEAD = 1 + KEM_CIPHERTEXT_LENGTH + TAG_LENGTH

const AAD_DOMAIN = utf8ToBytes('thresh/seal/v1/aad')
const KDF_INFO = utf8ToBytes('thresh/seal/v1/aes-256-gcm key and nonce')
const MAX_SESSION_ID_LENGTH = 64
const MAX_TYPE_LENGTH = 64

/** The context a sealed message belongs to; all of it is authenticated. */
export interface SealContext {
  /** The protocol session's id (1..64 bytes). */
  readonly sessionId: Uint8Array
  readonly sender: PartyIndex
  readonly recipient: PartyIndex
  readonly round: number
  /** The protocol's message type, e.g. 'dkg/share' (1..64 printable ASCII characters). */
  readonly messageType: string
}

export interface KemKeyPair {
  /** X-Wing public key (1216 bytes): ML-KEM-768 encapsulation key | X25519 point. */
  readonly publicKey: Uint8Array
  /** X-Wing secret key: its 32-byte seed. Secret. */
  readonly secretKey: Uint8Array
}

export type SealFailure = 'input' | 'format' | 'authentication'

/**
 * A message that cannot be sealed or opened. `failure` says why: bad arguments
 * ('input'), a sealed message of the wrong shape ('format'), or one that does not
 * authenticate under this key and context ('authentication': tampered, truncated,
 * for another recipient or another context; these are deliberately not told apart).
 */
export class SealError extends Error {
  readonly failure: SealFailure
  constructor(failure: SealFailure, message: string) {
    super(message)
    this.name = 'SealError'
    this.failure = failure
  }
}

function assertBytes(value: unknown, what: string, length?: number): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array)) throw new SealError('input', `${what} must be bytes`)
  if (length !== undefined && value.length !== length) throw new SealError('input', `${what} must be ${length} bytes, got ${value.length}`)
}

function assertUint32(value: unknown, what: string, min: number): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > 0xffffffff) {
    throw new SealError('input', `${what} must be an integer in [${min}, 2^32)`)
  }
}

/** An X-Wing key pair; from `seed` (32 bytes) when given, else from the CSPRNG. */
export function generateKemKeyPair(seed?: Uint8Array): KemKeyPair {
  if (seed !== undefined) assertBytes(seed, 'KEM seed', KEM_SEED_LENGTH)
  const { publicKey, secretKey } = ml_kem768_x25519.keygen(seed ?? randomBytes(KEM_SEED_LENGTH))
  return { publicKey, secretKey }
}

/** The X-Wing public key of a secret key (its seed). */
export function kemPublicKey(secretKey: Uint8Array): Uint8Array {
  assertBytes(secretKey, 'KEM secret key', KEM_SECRET_KEY_LENGTH)
  return ml_kem768_x25519.getPublicKey(secretKey)
}

/**
 * The associated data of a context: domain label, then session id, sender, recipient,
 * round and message type, each as a 4-byte big-endian length and its bytes
 * (numbers as 4-byte big-endian values).
 */
export function encodeSealContext(context: SealContext): Uint8Array {
  if (typeof context !== 'object' || context === null) throw new SealError('input', 'seal context must be an object')
  const { sessionId, sender, recipient, round, messageType } = context
  assertBytes(sessionId, 'session id')
  if (sessionId.length < 1 || sessionId.length > MAX_SESSION_ID_LENGTH) {
    throw new SealError('input', `session id must be 1..${MAX_SESSION_ID_LENGTH} bytes`)
  }
  assertUint32(sender, 'sender', 1)
  assertUint32(recipient, 'recipient', 1)
  assertUint32(round, 'round', 1)
  if (typeof messageType !== 'string' || !/^[\x21-\x7e]{1,64}$/.test(messageType)) {
    throw new SealError('input', `message type must be 1..${MAX_TYPE_LENGTH} printable ASCII characters`)
  }
  const fields = [AAD_DOMAIN, sessionId, uint32(sender), uint32(recipient), uint32(round), utf8ToBytes(messageType)]
  const out = new Uint8Array(fields.reduce((n, f) => n + 4 + f.length, 0))
  const view = new DataView(out.buffer)
  let at = 0
  for (const f of fields) {
    view.setUint32(at, f.length)
    out.set(f, at + 4)
    at += 4 + f.length
  }
  return out
}

function uint32(value: number): Uint8Array {
  const out = new Uint8Array(4)
  new DataView(out.buffer).setUint32(0, value)
  return out
}

/** AES-256-GCM key and nonce for one KEM shared secret (used once: every seal encapsulates afresh). */
function aeadKeyAndNonce(sharedSecret: Uint8Array): { key: Uint8Array; nonce: Uint8Array } {
  const okm = hkdf(sha256, sharedSecret, undefined, KDF_INFO, KEY_LENGTH + NONCE_LENGTH)
  return { key: okm.subarray(0, KEY_LENGTH), nonce: okm.subarray(KEY_LENGTH) }
}

/**
 * Seals `plaintext` to the holder of the X-Wing secret key behind `recipientPublicKey`,
 * bound to `context`. `rng` supplies the encapsulation randomness (tests only).
 */
export function seal(recipientPublicKey: Uint8Array, context: SealContext, plaintext: Uint8Array, rng: Rng = randomBytes): Uint8Array {
  assertBytes(recipientPublicKey, 'recipient KEM public key', KEM_PUBLIC_KEY_LENGTH)
  assertBytes(plaintext, 'plaintext')
  const aad = encodeSealContext(context)
  const randomness = rng(KEM_RANDOMNESS_LENGTH)
  assertBytes(randomness, 'rng output', KEM_RANDOMNESS_LENGTH)
  let encapsulation: { sharedSecret: Uint8Array; cipherText: Uint8Array }
  try {
    encapsulation = ml_kem768_x25519.encapsulate(recipientPublicKey, randomness)
  } catch {
    // noble refuses an ML-KEM key with out-of-range coefficients and a low-order X25519 point.
    throw new SealError('input', 'recipient KEM public key is not a valid X-Wing public key')
  }
  const { key, nonce } = aeadKeyAndNonce(encapsulation.sharedSecret)
  encapsulation.sharedSecret.fill(0)
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_LENGTH })
  key.fill(0)
  cipher.setAAD(aad)
  const body = cipher.update(plaintext)
  const final = cipher.final()
  const tag = cipher.getAuthTag()
  const out = new Uint8Array(1 + KEM_CIPHERTEXT_LENGTH + body.length + final.length + TAG_LENGTH)
  out[0] = SEAL_VERSION
  out.set(encapsulation.cipherText, 1)
  out.set(body, 1 + KEM_CIPHERTEXT_LENGTH)
  out.set(final, 1 + KEM_CIPHERTEXT_LENGTH + body.length)
  out.set(tag, out.length - TAG_LENGTH)
  return out
}

/** Splits a sealed message into its KEM ciphertext and AEAD part, checking version and length. */
export function parseSealed(sealed: Uint8Array): { kemCiphertext: Uint8Array; aeadCiphertext: Uint8Array; tag: Uint8Array } {
  assertBytes(sealed, 'sealed message')
  if (sealed.length < SEAL_OVERHEAD) throw new SealError('format', `sealed message is ${sealed.length} bytes, shorter than the ${SEAL_OVERHEAD}-byte minimum`)
  if (sealed[0] !== SEAL_VERSION) throw new SealError('format', `unknown sealed message version ${sealed[0]}`)
  return {
    kemCiphertext: sealed.subarray(1, 1 + KEM_CIPHERTEXT_LENGTH),
    aeadCiphertext: sealed.subarray(1 + KEM_CIPHERTEXT_LENGTH, sealed.length - TAG_LENGTH),
    tag: sealed.subarray(sealed.length - TAG_LENGTH),
  }
}

/**
 * Opens a sealed message with the recipient's X-Wing secret key; the context must be
 * the one it was sealed under. Throws SealError on any failure; never returns
 * unauthenticated bytes.
 */
export function open(secretKey: Uint8Array, context: SealContext, sealed: Uint8Array): Uint8Array {
  assertBytes(secretKey, 'KEM secret key', KEM_SECRET_KEY_LENGTH)
  const aad = encodeSealContext(context)
  const { kemCiphertext } = parseSealed(sealed)
  // ML-KEM decapsulation never fails (implicit rejection): a wrong key or ciphertext
  // yields an unrelated secret, which the AEAD then refuses.
  const sharedSecret = ml_kem768_x25519.decapsulate(kemCiphertext, secretKey)
  try {
    return openWithSharedSecret(sharedSecret, aad, sealed)
  } finally {
    sharedSecret.fill(0)
  }
}

/** The AEAD half of `open`, given the KEM shared secret and the encoded context. */
export function openWithSharedSecret(sharedSecret: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Uint8Array {
  const { aeadCiphertext, tag } = parseSealed(sealed)
  const { key, nonce } = aeadKeyAndNonce(sharedSecret)
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_LENGTH })
  key.fill(0)
  decipher.setAAD(aad)
  decipher.setAuthTag(tag)
  const body = decipher.update(aeadCiphertext)
  try {
    decipher.final()
  } catch {
    body.fill(0)
    throw new SealError('authentication', 'sealed message does not open: wrong recipient key, wrong context, or tampered')
  }
  const out = Uint8Array.from(body)
  body.fill(0)
  return out
}
