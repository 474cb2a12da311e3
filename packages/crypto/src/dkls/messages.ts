/*
 * DKLs23 messages: plain objects with a `type` discriminator and byte fields of fixed
 * length (packages/wire encodes them). Lengths: P = 33-byte compressed secp256k1 point,
 * S = 32-byte big-endian scalar below n, H = 32-byte hash.
 */
import { BASE_OT_RECEIVER_MESSAGE_BYTES, BASE_OT_SENDER_MESSAGE_BYTES } from './base-ot.js'
import { oteMessageSizes } from './ote.js'
import { KAPPA, XI } from './params.js'
import { A_TILDE_BYTES } from './vole.js'

const setupOte = oteMessageSizes(KAPPA)
const signOte = oteMessageSizes(XI)

/** Setup round 1, lower index → higher index of a pair: the base-OT receiver's message. */
export interface DklsSetupChooseMessage {
  readonly type: 'dkls/setup-choose'
  /** 16,640: the κ points R_i, 65-byte uncompressed. */
  readonly points: Uint8Array
  /** H: commitment to this party's zero-seed contribution. */
  readonly zeroCommitment: Uint8Array
}

/** Setup round 1, higher → lower: the base-OT sender's key. */
export interface DklsSetupOfferMessage {
  readonly type: 'dkls/setup-offer'
  /** P: Z = s·G. */
  readonly point: Uint8Array
  readonly zeroCommitment: Uint8Array
}

/** Setup round 2, higher → lower: OT extension of κ random OTs (the other direction's base OTs). */
export interface DklsSetupExtendMessage {
  readonly type: 'dkls/setup-extend'
  /** H: hash of the pair's round-1 messages as the sender saw them. */
  readonly transcript: Uint8Array
  /** 12,288: κ rows of 384 bits. */
  readonly u: Uint8Array
  /** 16. */
  readonly xCheck: Uint8Array
  /** 4,096: κ check values of 16 bytes. */
  readonly tCheck: Uint8Array
  /** 32: opens zeroCommitment. */
  readonly zeroContribution: Uint8Array
  /** 32. */
  readonly zeroSalt: Uint8Array
}

/** Setup round 2, lower → higher. */
export interface DklsSetupOpenMessage {
  readonly type: 'dkls/setup-open'
  readonly transcript: Uint8Array
  readonly zeroContribution: Uint8Array
  readonly zeroSalt: Uint8Array
}

export type DklsSetupMessage = DklsSetupChooseMessage | DklsSetupOfferMessage | DklsSetupExtendMessage | DklsSetupOpenMessage

/** Signing round 1, broadcast: commitment to the instance point R_i. */
export interface DklsSignCommitMessage {
  readonly type: 'dkls/sign-commit'
  /** H. */
  readonly commitment: Uint8Array
  /** SIG: the sender's identity signature over this message's digest (sign-session.ts). */
  readonly signature: Uint8Array
}

/** Signing round 1, direct to each peer: the sender is VOLE Bob; OT extension of ξ = 512 random OTs. */
export interface DklsSignExtendMessage {
  readonly type: 'dkls/sign-extend'
  /** 20,480: κ rows of 640 bits. */
  readonly u: Uint8Array
  /** 16. */
  readonly xCheck: Uint8Array
  /** 4,096. */
  readonly tCheck: Uint8Array
}

/** Signing round 2, broadcast. */
export interface DklsSignRevealMessage {
  readonly type: 'dkls/sign-reveal'
  /** P: R_i, opening the round-1 commitment. */
  readonly instancePoint: Uint8Array
  /** 32. */
  readonly salt: Uint8Array
  /** P: pk_i = sk_i·G. */
  readonly publicShare: Uint8Array
  /** (signers − 1)·33: z_ij·G for each other signer j in ascending order (zero-share.ts). */
  readonly zeroSharePoints: Uint8Array
  /** SIG: the sender's identity signature over this message's digest. */
  readonly signature: Uint8Array
}

/** Signing round 2, direct: the sender is VOLE Alice towards the recipient. */
export interface DklsSignMultiplyMessage {
  readonly type: 'dkls/sign-multiply'
  /** P: Γ^u = c_u·G. */
  readonly gammaU: Uint8Array
  /** P: Γ^v = c_v·G. */
  readonly gammaV: Uint8Array
  /** S: ψ = φ_i − χ_ij. */
  readonly psi: Uint8Array
  /** 49,152: ã, ξ·3 scalars. */
  readonly aTilde: Uint8Array
  /** S: η. */
  readonly eta: Uint8Array
  /** H: μ. */
  readonly mu: Uint8Array
}

/** Signing round 3, broadcast: the additive shares of the signature's numerator and denominator. */
export interface DklsSignShareMessage {
  readonly type: 'dkls/sign-share'
  /** S: u_i (zero in a refusal). */
  readonly u: Uint8Array
  /** S: w_i (zero in a refusal). */
  readonly w: Uint8Array
  /** 1 byte: 1 = a refusal (a signed broadcast failed a check everybody can run), else 0. */
  readonly refused: Uint8Array
  /**
   * The sender's views of rounds 1 and 2: for each signer in ascending order the 32-byte
   * digest of its commit message and its 64-byte signature, then the same for the reveals.
   */
  readonly views: Uint8Array
}

export type DklsSignMessage = DklsSignCommitMessage | DklsSignExtendMessage | DklsSignRevealMessage | DklsSignMultiplyMessage | DklsSignShareMessage

type Shape = Readonly<Record<string, number>>

/** One signer's entry in a view: a 32-byte digest and a 64-byte identity signature. */
export const VIEW_ENTRY = 96

/** Field lengths of every message type (zeroSharePoints: per signer count, see signShapes). */
export const SETUP_SHAPES: Readonly<Record<DklsSetupMessage['type'], Shape>> = {
  'dkls/setup-choose': { points: BASE_OT_RECEIVER_MESSAGE_BYTES, zeroCommitment: 32 },
  'dkls/setup-offer': { point: BASE_OT_SENDER_MESSAGE_BYTES, zeroCommitment: 32 },
  'dkls/setup-extend': { transcript: 32, u: setupOte.u, xCheck: setupOte.xCheck, tCheck: setupOte.tCheck, zeroContribution: 32, zeroSalt: 32 },
  'dkls/setup-open': { transcript: 32, zeroContribution: 32, zeroSalt: 32 },
}

export function signShapes(signers: number): Readonly<Record<DklsSignMessage['type'], Shape>> {
  return {
    'dkls/sign-commit': { commitment: 32, signature: 64 },
    'dkls/sign-extend': { u: signOte.u, xCheck: signOte.xCheck, tCheck: signOte.tCheck },
    'dkls/sign-reveal': { instancePoint: 33, salt: 32, publicShare: 33, zeroSharePoints: (signers - 1) * 33, signature: 64 },
    'dkls/sign-multiply': { gammaU: 33, gammaV: 33, psi: 32, aTilde: A_TILDE_BYTES, eta: 32, mu: 32 },
    'dkls/sign-share': { u: 32, w: 32, refused: 1, views: 2 * signers * VIEW_ENTRY },
  }
}

/** Throws unless `message` is an object of type `type` whose fields are exactly the byte strings of `shapes[type]`. */
export function assertShape<M extends { type: string }>(message: unknown, type: M['type'], shapes: Readonly<Record<string, Shape>>): asserts message is M {
  if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== type) {
    throw new Error(`expected a ${type} message`)
  }
  const shape = shapes[type]!
  const keys = Object.keys(message).filter((k) => k !== 'type')
  if (keys.length !== Object.keys(shape).length) throw new Error(`${type}: unexpected fields`)
  for (const [field, length] of Object.entries(shape)) {
    const value = (message as Record<string, unknown>)[field]
    if (!(value instanceof Uint8Array) || value.length !== length) throw new Error(`${type}.${field}: expected ${length} bytes`)
  }
}
