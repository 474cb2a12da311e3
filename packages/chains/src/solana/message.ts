// Solana transaction messages (legacy and v0): Ed25519 signs the message bytes
// themselves, so the digest is the message; @solana/transaction-messages decodes it
// for the summary and the node checks the structure Solana's sanitizer would.
import { getCompiledTransactionMessageDecoder, getCompiledTransactionMessageEncoder } from '@solana/transaction-messages'
import { getAddressDecoder } from '@solana/addresses'
import { hex } from '@scure/base'
import { equalBytes } from '@noble/curves/utils.js'
import { decodeWith, PayloadError, requireBytes } from '../errors.js'
import { MAX_SOLANA_MESSAGE_BYTES } from '../limits.js'

export interface SolanaContext {
  /** The signing key (32-byte Ed25519); when given it must be one of the message's required signers. */
  readonly publicKey?: Uint8Array
}

export interface SolanaInstructionSummary {
  readonly programId: string
  /** Indices into staticAccounts followed by the accounts loaded from lookup tables. */
  readonly accountIndices: readonly number[]
  readonly data: string
}

export interface SolanaTxSummary {
  readonly version: 'legacy' | 0
  /** The first signer pays the fee. */
  readonly feePayer: string
  /** Every required signer, in order. */
  readonly signers: readonly string[]
  readonly staticAccounts: readonly string[]
  /** Number of signers that may write (pay, transfer), then read-only signers, read-only non-signers. */
  readonly header: { readonly numSignerAccounts: number; readonly numReadonlySignerAccounts: number; readonly numReadonlyNonSignerAccounts: number }
  /** A recent blockhash, or a durable nonce value (base58). */
  readonly recentBlockhash: string
  readonly programIds: readonly string[]
  readonly instructions: readonly SolanaInstructionSummary[]
  readonly addressTableLookups: readonly { readonly table: string; readonly writableIndexes: readonly number[]; readonly readonlyIndexes: readonly number[] }[]
}

const decoder = getCompiledTransactionMessageDecoder()
const encoder = getCompiledTransactionMessageEncoder()
const addressDecoder = getAddressDecoder()

export function decodeSolanaMessage(input: unknown, context: SolanaContext = {}): { digest: Uint8Array; summary: SolanaTxSummary } {
  const bytes = requireBytes(input, 'solana-tx', MAX_SOLANA_MESSAGE_BYTES)
  const [message, end] = decodeWith('solana-tx', () => decoder.read(bytes, 0))
  if (end !== bytes.length) throw new PayloadError('bad-request', 'solana-tx: trailing bytes after the message')
  if (message.version !== 'legacy' && message.version !== 0) throw new PayloadError('unsupported', `solana-tx: message version ${String(message.version)} is not supported (legacy and v0 are)`)
  if (!equalBytes(decodeWith('solana-tx', () => encoder.encode(message)) as Uint8Array, bytes)) {
    throw new PayloadError('bad-request', 'solana-tx: not the canonical encoding of its message')
  }
  const { header, staticAccounts, instructions } = message
  const lookups = message.version === 0 ? message.addressTableLookups ?? [] : []
  const loaded = lookups.reduce((n, l) => n + l.writableIndexes.length + l.readonlyIndexes.length, 0)
  const { numSignerAccounts: signers, numReadonlySignerAccounts: roSigners, numReadonlyNonSignerAccounts: roOthers } = header
  if (signers < 1 || roSigners >= signers || signers + roOthers > staticAccounts.length) {
    throw new PayloadError('bad-request', 'solana-tx: header counts do not fit the account list (the fee payer must be a writable signer)')
  }
  if (new Set(staticAccounts).size !== staticAccounts.length) throw new PayloadError('bad-request', 'solana-tx: duplicate account keys')
  const summarized = instructions.map((ix, n) => {
    // Program ids must be static accounts, and never the fee payer.
    if (ix.programAddressIndex === 0 || ix.programAddressIndex >= staticAccounts.length) throw new PayloadError('bad-request', `solana-tx: instruction ${n} has an invalid program index`)
    const accountIndices = [...(ix.accountIndices ?? [])]
    if (accountIndices.some((a) => a >= staticAccounts.length + loaded)) throw new PayloadError('bad-request', `solana-tx: instruction ${n} refers to an account the message does not have`)
    return { programId: staticAccounts[ix.programAddressIndex]!, accountIndices, data: hex.encode(Uint8Array.from(ix.data ?? [])) }
  })
  const signerKeys = staticAccounts.slice(0, signers)
  if (context.publicKey !== undefined) {
    if (!(context.publicKey instanceof Uint8Array) || context.publicKey.length !== 32) throw new PayloadError('bad-request', 'solana-tx: context.publicKey must be a 32-byte Ed25519 key')
    const self = addressDecoder.decode(context.publicKey)
    if (!signerKeys.includes(self)) throw new PayloadError('nothing-to-sign', 'solana-tx: the key is not a required signer of this message')
  }
  return {
    digest: Uint8Array.from(bytes),
    summary: {
      version: message.version,
      feePayer: staticAccounts[0]!,
      signers: signerKeys,
      staticAccounts: [...staticAccounts],
      header: { numSignerAccounts: signers, numReadonlySignerAccounts: roSigners, numReadonlyNonSignerAccounts: roOthers },
      recentBlockhash: message.lifetimeToken,
      programIds: [...new Set(summarized.map((i) => i.programId))],
      instructions: summarized,
      addressTableLookups: lookups.map((l) => ({ table: l.lookupTableAddress, writableIndexes: [...l.writableIndexes], readonlyIndexes: [...l.readonlyIndexes] })),
    },
  }
}
