import { x25519 } from '@noble/curves/ed25519.js'
import { sha3_256, shake256 } from '@noble/hashes/sha3.js'
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js'
import { ml_kem768 } from '@noble/post-quantum/ml-kem.js'
import { describe, expect, it } from 'vitest'
import {
  KEM_CIPHERTEXT_LENGTH, SEAL_OVERHEAD, SealError, encodeSealContext, generateKemKeyPair, kemPublicKey, open,
  openWithSharedSecret, parseSealed, seal, type SealContext,
} from '../../src/seal/xwing-seal.js'

const seed = (n: number) => new Uint8Array(32).fill(n)
const context: SealContext = { sessionId: seed(7), sender: 2, recipient: 3, round: 2, messageType: 'dkg/share' }
const plaintext = utf8ToBytes('share material: 0123456789abcdef')
const recipient = generateKemKeyPair(seed(1))

function expectFailure(fn: () => unknown, failure: SealError['failure']): void {
  let caught: unknown
  try {
    fn()
  } catch (err) {
    caught = err
  }
  expect(caught).toBeInstanceOf(SealError)
  expect((caught as SealError).failure).toBe(failure)
}

describe('X-Wing sealed messages', () => {
  it('round-trips and is randomized', () => {
    const a = seal(recipient.publicKey, context, plaintext)
    const b = seal(recipient.publicKey, context, plaintext)
    expect(a.length).toBe(SEAL_OVERHEAD + plaintext.length)
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false)
    expect(open(recipient.secretKey, context, a)).toEqual(plaintext)
    expect(open(recipient.secretKey, context, b)).toEqual(plaintext)
    expect(open(recipient.secretKey, context, seal(recipient.publicKey, context, new Uint8Array(0)))).toEqual(new Uint8Array(0))
  })

  it('derives keys deterministically from a seed', () => {
    expect(generateKemKeyPair(seed(1))).toEqual(recipient)
    expect(kemPublicKey(recipient.secretKey)).toEqual(recipient.publicKey)
    expect(generateKemKeyPair(seed(2)).publicKey).not.toEqual(recipient.publicKey)
  })

  it('does not open for another recipient', () => {
    const sealed = seal(recipient.publicKey, context, plaintext)
    expectFailure(() => open(generateKemKeyPair(seed(9)).secretKey, context, sealed), 'authentication')
  })

  it('does not open under a context differing in any one field', () => {
    const sealed = seal(recipient.publicKey, context, plaintext)
    const changed: SealContext[] = [
      { ...context, sessionId: seed(8) },
      { ...context, sender: 1 },
      { ...context, recipient: 4 },
      { ...context, round: 3 },
      { ...context, messageType: 'dkg/shares' },
    ]
    for (const other of changed) expectFailure(() => open(recipient.secretKey, other, sealed), 'authentication')
  })

  it('does not open when replayed into another session', () => {
    const sealed = seal(recipient.publicKey, context, plaintext)
    const replayed = { ...context, sessionId: concatBytes(context.sessionId.subarray(0, 31), Uint8Array.of(context.sessionId[31]! ^ 1)) }
    expectFailure(() => open(recipient.secretKey, replayed, sealed), 'authentication')
  })

  it('encodes contexts unambiguously (length-prefixed fields)', () => {
    // Without length prefixes, moving a byte from the session id into the type would collide.
    const a = encodeSealContext({ ...context, sessionId: utf8ToBytes('ab'), messageType: 'cd' })
    const b = encodeSealContext({ ...context, sessionId: utf8ToBytes('a'), messageType: 'bcd' })
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false)
    expect(encodeSealContext(context)).toEqual(encodeSealContext({ ...context }))
    // The layout itself: each field as a 4-byte big-endian length and its bytes.
    const field = (b: Uint8Array) => concatBytes(Uint8Array.of(0, 0, 0, b.length), b)
    const u32 = (n: number) => Uint8Array.of(0, 0, 0, n)
    expect(encodeSealContext({ sessionId: Uint8Array.of(9, 8), sender: 2, recipient: 3, round: 4, messageType: 'x/y' })).toEqual(concatBytes(
      field(utf8ToBytes('thresh/seal/v1/aad')), field(Uint8Array.of(9, 8)), field(u32(2)), field(u32(3)), field(u32(4)), field(utf8ToBytes('x/y')),
    ))
  })

  it('refuses every truncation and every single-bit flip region', () => {
    const sealed = seal(recipient.publicKey, context, plaintext)
    for (const cut of [1, 15, 16, 17, plaintext.length + 16]) {
      const truncated = sealed.subarray(0, sealed.length - cut)
      expectFailure(() => open(recipient.secretKey, context, truncated), truncated.length < SEAL_OVERHEAD ? 'format' : 'authentication')
    }
    expectFailure(() => open(recipient.secretKey, context, sealed.subarray(0, 100)), 'format')
    // Flip one bit in the version, the ML-KEM ciphertext, the X25519 ciphertext, the body and the tag.
    for (const at of [0, 1, 500, KEM_CIPHERTEXT_LENGTH - 5, KEM_CIPHERTEXT_LENGTH + 3, sealed.length - 20, sealed.length - 1]) {
      const flipped = Uint8Array.from(sealed)
      flipped[at]! ^= 0x01
      expectFailure(() => open(recipient.secretKey, context, flipped), at === 0 ? 'format' : 'authentication')
    }
  })

  it('validates inputs with typed errors', () => {
    expectFailure(() => seal(recipient.publicKey.subarray(1), context, plaintext), 'input')
    expectFailure(() => seal(recipient.publicKey, { ...context, round: 0 }, plaintext), 'input')
    expectFailure(() => seal(recipient.publicKey, { ...context, sender: 1.5 }, plaintext), 'input')
    expectFailure(() => seal(recipient.publicKey, { ...context, sessionId: new Uint8Array(0) }, plaintext), 'input')
    expectFailure(() => seal(recipient.publicKey, { ...context, messageType: 'has space' }, plaintext), 'input')
    expectFailure(() => open(recipient.secretKey.subarray(1), context, seal(recipient.publicKey, context, plaintext)), 'input')
    expectFailure(() => generateKemKeyPair(new Uint8Array(31)), 'input')
    // An ML-KEM key with a coefficient >= q, and an all-zero (low-order) X25519 point.
    const badMlKem = Uint8Array.from(recipient.publicKey).fill(0xff, 0, 3)
    const badX25519 = Uint8Array.from(recipient.publicKey).fill(0, 1184)
    expectFailure(() => seal(badMlKem, context, plaintext), 'input')
    expectFailure(() => seal(badX25519, context, plaintext), 'input')
  })

  /*
   * "X25519 broken later": the attacker learns the recipient's X25519 secret (as a
   * quantum computer would from its public key). X-Wing's secret key is a 32-byte seed
   * that SHAKE256 expands to the ML-KEM-768 seed (64 bytes) then the X25519 secret
   * (32 bytes); its shared secret is SHA3-256(ss_MLKEM | ss_X25519 | ct_X25519 |
   * pk_X25519 | label) (draft-connolly-cfrg-xwing-kem §5). The attacker decapsulates
   * by hand with the true X25519 half and an ML-KEM secret of its own.
   */
  describe('with the X25519 secret handed to the attacker', () => {
    const LABEL = utf8ToBytes('\\.//^\\')
    const expanded = shake256(recipient.secretKey, { dkLen: 96 })
    const x25519Secret = expanded.subarray(64)
    const x25519Public = recipient.publicKey.subarray(1184)
    const trueMlKem = ml_kem768.keygen(expanded.subarray(0, 64))

    function handDecapsulate(mlKemSecret: Uint8Array, sealed: Uint8Array): Uint8Array {
      const { kemCiphertext } = parseSealed(sealed)
      const ctX = kemCiphertext.subarray(1088)
      const ssM = ml_kem768.decapsulate(kemCiphertext.subarray(0, 1088), mlKemSecret)
      const ssX = x25519.getSharedSecret(x25519Secret, ctX)
      return sha3_256(concatBytes(ssM, ssX, ctX, x25519Public, LABEL))
    }

    it('the key structure is as modelled', () => {
      expect(x25519.getPublicKey(x25519Secret)).toEqual(x25519Public)
      expect(trueMlKem.publicKey).toEqual(recipient.publicKey.subarray(0, 1184))
    })

    it('the hand-made decapsulation opens with the true ML-KEM secret (control)', () => {
      const sealed = seal(recipient.publicKey, context, plaintext)
      expect(openWithSharedSecret(handDecapsulate(trueMlKem.secretKey, sealed), encodeSealContext(context), sealed)).toEqual(plaintext)
    })

    it('does not open without the ML-KEM secret', () => {
      const sealed = seal(recipient.publicKey, context, plaintext)
      for (const n of [1, 2, 3]) {
        const attackerMlKem = ml_kem768.keygen(new Uint8Array(64).fill(100 + n)).secretKey
        expectFailure(() => openWithSharedSecret(handDecapsulate(attackerMlKem, sealed), encodeSealContext(context), sealed), 'authentication')
      }
      // Nor with the X25519 shared secret alone as the key.
      const ssX = x25519.getSharedSecret(x25519Secret, parseSealed(sealed).kemCiphertext.subarray(1088))
      expectFailure(() => openWithSharedSecret(ssX, encodeSealContext(context), sealed), 'authentication')
    })
  })
})

describe('X-Wing sizes', () => {
  it('match the library', async () => {
    const { ml_kem768_x25519 } = await import('@noble/post-quantum/hybrid.js')
    const { KEM_PUBLIC_KEY_LENGTH, KEM_SECRET_KEY_LENGTH } = await import('../../src/seal/xwing-seal.js')
    expect(ml_kem768_x25519.lengths).toMatchObject({
      publicKey: KEM_PUBLIC_KEY_LENGTH, secretKey: KEM_SECRET_KEY_LENGTH, cipherText: KEM_CIPHERTEXT_LENGTH, seed: 32, msgRand: 64,
    })
  })
})
