/*
 * Base OT: the endemic OT of Masny and Rindal (eprint 2019/706, Fig. 8), with
 * Diffie–Hellman on secp256k1 as its key agreement, run as one batch of κ = 256 random
 * OTs. DKLs23 (§5, "base OTs") asks for an endemic OT; the outputs seed OT extension.
 *
 *   Receiver, choice bit c_i:  a_i ← Z_n*,  m_i = a_i·G,  r_{1−c} ← random point,
 *                              r_c = m_i − H(sid, i, c, r_{1−c});  sends (r_0, r_1)_i.
 *   Sender:                    b ← Z_n*,  sends T = b·G  (independent of the receiver's
 *                              message, so both messages travel in the same round and T
 *                              serves the whole batch; every hash binds the index i).
 *   Sender keys:               k_{i,β} = KDF(sid, i, β, T, b·(r_β + H(sid, i, β, r_{1−β}))), β ∈ {0,1}
 *   Receiver key:              k_{i,c} = KDF(sid, i, c, T, a_i·T)
 *
 * H maps onto the group (hashToPoint: nobody knows its discrete logarithms), so the
 * receiver knows the discrete logarithm of at most one of r_β + H(..., r_{1−β}) and
 * learns at most one key (CDH); (r_0, r_1) are two uniform points whatever c is.
 * Points (r_0, r_1) travel uncompressed (65 bytes each: validating them needs no square
 * root); T travels compressed. Every point is fully validated before use.
 */
import type { Rng } from '../session/types.js'
import { KAPPA, SEED_BYTES } from './params.js'
import { add, compressPoint, decodePoint, decodeUncompressedPoint, hashToPoint, mul, mulBase, randomScalar, sub, type Point } from './group.js'
import { taggedHash, u32 } from './hash.js'
import { bitAt } from './bits.js'

/** Bytes of the receiver's message: κ pairs of uncompressed points. */
export const BASE_OT_RECEIVER_MESSAGE_BYTES = KAPPA * 2 * 65
/** Bytes of the sender's message: one compressed point. */
export const BASE_OT_SENDER_MESSAGE_BYTES = 33

const bit = (b: number) => Uint8Array.of(b)

function maskPoint(sid: Uint8Array, i: number, position: number, other: Point): Point {
  return hashToPoint('dkls23/base-ot/mask', [sid, u32(i), bit(position), other])
}

function kdf(sid: Uint8Array, i: number, position: number, senderKey: Uint8Array, shared: Point): Uint8Array {
  return taggedHash('dkls23/base-ot/key', [sid, u32(i), bit(position), senderKey, shared])
}

export interface BaseOtReceiver {
  /** κ choice bits, packed little-endian (bit i is bit i%8 of byte i/8). */
  readonly choices: Uint8Array
  readonly secrets: readonly bigint[]
  readonly message: Uint8Array
}

/** The receiver's half: random choice bits and the message (r_0, r_1)_i. */
export function baseOtReceive(sid: Uint8Array, rng: Rng): BaseOtReceiver {
  const choices = rng(KAPPA / 8)
  const secrets: bigint[] = []
  const message = new Uint8Array(BASE_OT_RECEIVER_MESSAGE_BYTES)
  for (let i = 0; i < KAPPA; i++) {
    const c = bitAt(choices, i)
    const a = randomScalar(rng)
    secrets.push(a)
    const other = hashToPoint('dkls23/base-ot/random', [rng(32)])
    const chosen = sub(mulBase(a), maskPoint(sid, i, c, other))
    message.set(c === 0 ? chosen : other, i * 130)
    message.set(c === 0 ? other : chosen, i * 130 + 65)
  }
  return { choices, secrets, message }
}

export interface BaseOtSender {
  readonly secret: bigint
  /** T = b·G, compressed. */
  readonly message: Uint8Array
}

export function baseOtSenderKey(rng: Rng): BaseOtSender {
  const secret = randomScalar(rng)
  return { secret, message: compressPoint(mulBase(secret)) }
}

/** The sender's κ key pairs (32 bytes each, concatenated). Throws on an invalid receiver message. */
export function baseOtSenderKeys(sid: Uint8Array, sender: BaseOtSender, receiverMessage: unknown): { keys0: Uint8Array; keys1: Uint8Array } {
  if (!(receiverMessage instanceof Uint8Array) || receiverMessage.length !== BASE_OT_RECEIVER_MESSAGE_BYTES) {
    throw new Error(`base OT message: expected ${BASE_OT_RECEIVER_MESSAGE_BYTES} bytes`)
  }
  const keys0 = new Uint8Array(KAPPA * SEED_BYTES)
  const keys1 = new Uint8Array(KAPPA * SEED_BYTES)
  for (let i = 0; i < KAPPA; i++) {
    const r0 = decodeUncompressedPoint(receiverMessage.subarray(i * 130, i * 130 + 65), `base OT point r0[${i}]`)
    const r1 = decodeUncompressedPoint(receiverMessage.subarray(i * 130 + 65, i * 130 + 130), `base OT point r1[${i}]`)
    const m0 = add(r0, maskPoint(sid, i, 0, r1))
    const m1 = add(r1, maskPoint(sid, i, 1, r0))
    keys0.set(kdf(sid, i, 0, sender.message, mul(m0, sender.secret)), i * SEED_BYTES)
    keys1.set(kdf(sid, i, 1, sender.message, mul(m1, sender.secret)), i * SEED_BYTES)
  }
  return { keys0, keys1 }
}

/** The receiver's κ chosen keys (32 bytes each, concatenated). Throws on an invalid sender message. */
export function baseOtReceiverKeys(sid: Uint8Array, receiver: BaseOtReceiver, senderMessage: unknown): Uint8Array {
  const T = decodePoint(senderMessage, 'base OT sender key')
  const keys = new Uint8Array(KAPPA * SEED_BYTES)
  for (let i = 0; i < KAPPA; i++) {
    keys.set(kdf(sid, i, bitAt(receiver.choices, i), senderMessage as Uint8Array, mul(T, receiver.secrets[i]!)), i * SEED_BYTES)
  }
  return keys
}
