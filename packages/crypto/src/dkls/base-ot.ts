/*
 * Base OT: one batch of κ = 256 random OTs per ordered pair direction, the seeds of OT
 * extension. DKLs23 asks for an endemic OT; we use the Diffie–Hellman random OT with a
 * common random point h whose discrete logarithm nobody knows, the construction of
 * Zhou et al.'s endemic OT (eprint 2022/1525, §3; it is also Bellare–Micali's OT):
 *
 *   Common:      h = hashToPoint(sid)   (hash to the curve: no party knows log h)
 *   Sender:      s ← Z_n*, sends Z = s·G once for the whole batch.
 *   Receiver:    choice bit c_i, x_i ← Z_n*, sends R_i = x_i·G + c_i·h.
 *   Sender keys: k_{i,0} = KDF(sid, i, Z, R_i, s·R_i),  k_{i,1} = KDF(sid, i, Z, R_i, s·R_i − s·h)
 *   Receiver:    k_{i,c_i} = KDF(sid, i, Z, R_i, x_i·Z)
 *
 * R_i is uniform whatever c_i is (perfect receiver privacy). The receiver knows the
 * discrete logarithm of R_i (c = 0) or of R_i − h (c = 1), never both (their difference is
 * h), so the other key needs a CDH value with Z: sender privacy in the random-oracle model,
 * the KDF binding the OT's whole transcript. The two messages are independent, so they
 * travel in the same round.
 *
 * Cost per OT: 1 base-point and 2 variable-base multiplications. Masny–Rindal's endemic
 * OT (2019/706, Fig. 8) needs 4 hashes to the curve and one more multiplication; measured
 * here it made the 2-of-3 setup 2.4× slower for no security the DKLs23 proof uses.
 * R_i travel uncompressed (65 bytes: validating needs no square root); Z compressed.
 * Every point is fully validated before use.
 */
import type { Rng } from '../session/types.js'
import { KAPPA, SEED_BYTES } from './params.js'
import { secp256k1Group } from '../curves/group.js'
import { add, compressPoint, decodePoint, decodeUncompressedPoint, hashToPoint, mul, mulBase, sub } from './group.js'
import { taggedHash, u32 } from './hash.js'
import { bitAt } from './bits.js'

/** Bytes of the receiver's message: κ uncompressed points. */
export const BASE_OT_RECEIVER_MESSAGE_BYTES = KAPPA * 65
/** Bytes of the sender's message: one compressed point. */
export const BASE_OT_SENDER_MESSAGE_BYTES = 33

function commonPoint(sid: Uint8Array) {
  return hashToPoint('dkls23/base-ot/h', [sid])
}

function kdf(sid: Uint8Array, i: number, senderKey: Uint8Array, receiverPoint: Uint8Array, shared: Uint8Array): Uint8Array {
  return taggedHash('dkls23/base-ot/key', [sid, u32(i), senderKey, receiverPoint, shared])
}

export interface BaseOtReceiver {
  /** κ choice bits, packed little-endian (bit i is bit i%8 of byte i/8). */
  readonly choices: Uint8Array
  readonly secrets: readonly bigint[]
  readonly message: Uint8Array
}

/** The receiver's half: random choice bits and the points R_i. */
export function baseOtReceive(sid: Uint8Array, rng: Rng): BaseOtReceiver {
  const h = commonPoint(sid)
  const choices = rng(KAPPA / 8)
  const secrets: bigint[] = []
  const message = new Uint8Array(BASE_OT_RECEIVER_MESSAGE_BYTES)
  for (let i = 0; i < KAPPA; i++) {
    const x = secp256k1Group.randomScalar(rng)
    secrets.push(x)
    const plain = mulBase(x)
    const shifted = add(plain, h) // computed for both choices alike
    message.set(bitAt(choices, i) === 1 ? shifted : plain, i * 65)
  }
  return { choices, secrets, message }
}

export interface BaseOtSender {
  readonly secret: bigint
  /** Z = s·G, compressed. */
  readonly message: Uint8Array
}

export function baseOtSenderKey(rng: Rng): BaseOtSender {
  const secret = secp256k1Group.randomScalar(rng)
  return { secret, message: compressPoint(mulBase(secret)) }
}

/** The sender's κ key pairs (32 bytes each, concatenated). Throws on an invalid receiver message. */
export function baseOtSenderKeys(sid: Uint8Array, sender: BaseOtSender, receiverMessage: unknown): { keys0: Uint8Array; keys1: Uint8Array } {
  if (!(receiverMessage instanceof Uint8Array) || receiverMessage.length !== BASE_OT_RECEIVER_MESSAGE_BYTES) {
    throw new Error(`base OT message: expected ${BASE_OT_RECEIVER_MESSAGE_BYTES} bytes`)
  }
  const sh = mul(commonPoint(sid), sender.secret)
  const keys0 = new Uint8Array(KAPPA * SEED_BYTES)
  const keys1 = new Uint8Array(KAPPA * SEED_BYTES)
  for (let i = 0; i < KAPPA; i++) {
    const bytes = receiverMessage.subarray(i * 65, i * 65 + 65)
    const shared = mul(decodeUncompressedPoint(bytes, `base OT point R[${i}]`), sender.secret)
    keys0.set(kdf(sid, i, sender.message, bytes, shared), i * SEED_BYTES)
    keys1.set(kdf(sid, i, sender.message, bytes, sub(shared, sh)), i * SEED_BYTES)
  }
  return { keys0, keys1 }
}

/** The receiver's κ chosen keys (32 bytes each, concatenated). Throws on an invalid sender message. */
export function baseOtReceiverKeys(sid: Uint8Array, receiver: BaseOtReceiver, senderMessage: unknown): Uint8Array {
  const Z = decodePoint(senderMessage, 'base OT sender key')
  const keys = new Uint8Array(KAPPA * SEED_BYTES)
  for (let i = 0; i < KAPPA; i++) {
    const point = receiver.message.subarray(i * 65, i * 65 + 65)
    keys.set(kdf(sid, i, senderMessage as Uint8Array, point, mul(Z, receiver.secrets[i]!)), i * SEED_BYTES)
  }
  return keys
}
