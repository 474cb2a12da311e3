import type { Scheme } from '@thresh/crypto'
import { decodePsbt, type BitcoinNetwork, type PsbtSummary } from './bitcoin/psbt.js'
import { PayloadError } from './errors.js'
import { decodeEip191, decodeEip712, type Eip191Summary, type Eip712Summary } from './evm/message.js'
import { decodeEvmTransaction, type EvmTxSummary } from './evm/transaction.js'
import { checkKindForScheme, type PayloadKind } from './kinds.js'
import { decodeBytes, decodeDigest, type BytesSummary, type DigestSummary } from './raw.js'
import { decodeSolanaMessage, type SolanaTxSummary } from './solana/message.js'

/** What the node knows about the signing key; never taken from the request itself. */
export interface PayloadContext {
  readonly scheme: Scheme
  /**
   * The signing key's (derived) public key: 33-byte compressed on secp256k1, 32 bytes on
   * ed25519. Required for psbt (finds the owned inputs); for solana-tx it must be a signer.
   */
  readonly publicKey?: Uint8Array
  /** psbt: the network the summary's addresses are for. */
  readonly network?: BitcoinNetwork
  /** psbt with a bip340 key: the Taproot script tree's merkle root, if any. */
  readonly taprootMerkleRoot?: Uint8Array
}

/** The summary type of each kind. */
export interface PayloadSummaries {
  'evm-tx': EvmTxSummary
  eip191: Eip191Summary
  eip712: Eip712Summary
  psbt: PsbtSummary
  'solana-tx': SolanaTxSummary
  bytes: BytesSummary
  digest: DigestSummary
}

/** A decoded payload; `DecodedPayload<'psbt'>` is the PSBT case, plain `DecodedPayload` any kind. */
export type DecodedPayload<K extends PayloadKind = PayloadKind> = {
  [k in K]: {
    readonly kind: k
    /** What the key must sign, in order: one digest, or one per owned PSBT input. */
    readonly digests: Uint8Array[]
    /** The decoded form, for policy and audit. */
    readonly summary: PayloadSummaries[k]
  }
}[K]

/**
 * Decodes a typed signing payload and computes what the key signs. Pure: no I/O, no
 * clock. Throws PayloadError (with a stable `code`) for anything it will not sign.
 * `input` is bytes for every kind; eip712 also takes its JSON as a string or object.
 */
export function decodePayload<K extends PayloadKind>(kind: K, input: Uint8Array | string | object, context: PayloadContext): DecodedPayload<K> {
  if (typeof context !== 'object' || context === null) throw new PayloadError('bad-request', 'a payload context is required')
  checkKindForScheme(kind, context.scheme)
  return decode(kind, input, context) as DecodedPayload<K>
}

function decode(kind: PayloadKind, input: unknown, context: PayloadContext): DecodedPayload {
  switch (kind) {
    case 'evm-tx': return one(kind, decodeEvmTransaction(input))
    case 'eip191': return one(kind, decodeEip191(input))
    case 'eip712': return one(kind, decodeEip712(input))
    case 'solana-tx': return one(kind, decodeSolanaMessage(input, context.publicKey === undefined ? {} : { publicKey: context.publicKey }))
    case 'bytes': return one(kind, decodeBytes(input))
    case 'digest': return one(kind, decodeDigest(input))
    case 'psbt': {
      const { publicKey, network, taprootMerkleRoot } = context
      if (publicKey === undefined || network === undefined) throw new PayloadError('bad-request', 'psbt: the context needs the key\'s publicKey and the network')
      return { kind, ...decodePsbt(input, { scheme: context.scheme, publicKey, network, ...(taprootMerkleRoot === undefined ? {} : { taprootMerkleRoot }) }) }
    }
  }
}

function one<K extends PayloadKind>(kind: K, { digest, summary }: { digest: Uint8Array; summary: PayloadSummaries[K] }): DecodedPayload<K> {
  return { kind, digests: [digest], summary } as DecodedPayload<K>
}
