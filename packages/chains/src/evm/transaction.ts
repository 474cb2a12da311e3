// Unsigned EVM transactions: legacy (EIP-155), EIP-2930, EIP-1559, EIP-7702, decoded and
// re-encoded by viem; the digest is keccak256 of the canonical unsigned serialization.
import { bytesToHex, getAddress, hexToBytes, keccak256, parseTransaction, serializeTransaction, type Hex } from 'viem'
import { decodeWith, PayloadError, requireBytes } from '../errors.js'
import { MAX_EVM_TX_BYTES } from '../limits.js'

export type EvmTxType = 'legacy' | 'eip2930' | 'eip1559' | 'eip7702'

/** An EIP-7702 authorization the transaction carries (each delegates an account's code). */
export interface EvmAuthorizationSummary {
  readonly chainId: number
  readonly address: Hex
  readonly nonce: number
}

export interface EvmTxSummary {
  readonly type: EvmTxType
  readonly chainId: number
  readonly nonce: number
  /** EIP-55 checksummed; null for a contract creation. */
  readonly to: Hex | null
  /** Wei, exact. */
  readonly value: bigint
  readonly gas: bigint
  /** legacy and EIP-2930. */
  readonly gasPrice?: bigint
  /** EIP-1559 and EIP-7702. */
  readonly maxFeePerGas?: bigint
  readonly maxPriorityFeePerGas?: bigint
  readonly data: Hex
  /** The 4-byte function selector when data has one, else null. */
  readonly selector: Hex | null
  readonly accessList: readonly { address: Hex; storageKeys: readonly Hex[] }[]
  /** EIP-7702 only. */
  readonly authorizationList?: readonly EvmAuthorizationSummary[]
}

const TYPE_BYTES: Readonly<Record<number, EvmTxType | 'eip4844'>> = { 0x01: 'eip2930', 0x02: 'eip1559', 0x03: 'eip4844', 0x04: 'eip7702' }

/** Decodes an unsigned serialized EVM transaction; digest = keccak256(serialization). */
export function decodeEvmTransaction(input: unknown): { digest: Uint8Array; summary: EvmTxSummary } {
  const bytes = requireBytes(input, 'evm-tx', MAX_EVM_TX_BYTES)
  if (bytes.length === 0) throw new PayloadError('bad-request', 'evm-tx: empty')
  const first = bytes[0]!
  if (first < 0xc0) {
    const type = TYPE_BYTES[first]
    if (type === undefined) throw new PayloadError('unsupported', `evm-tx: unknown transaction type 0x${first.toString(16).padStart(2, '0')}`)
    if (type === 'eip4844') throw new PayloadError('unsupported', 'evm-tx: blob (EIP-4844) transactions are not signed by thresh')
  }
  const hex = bytesToHex(bytes)
  const tx = decodeWith('evm-tx', () => parseTransaction(hex))
  if ('r' in tx || 's' in tx || 'v' in tx || 'yParity' in tx) {
    throw new PayloadError('unsupported', 'evm-tx: the transaction is already signed; send the unsigned serialization')
  }
  if (tx.chainId === undefined) {
    throw new PayloadError('unsupported', 'evm-tx: legacy transaction without EIP-155 chain id (replayable on every chain)')
  }
  // One byte string per transaction: anything viem would encode differently (leading
  // zeros in integers, non-minimal RLP lengths) is refused, so the digest is the
  // hash of exactly the bytes the summary describes.
  const canonical = decodeWith('evm-tx', () => serializeTransaction(tx))
  if (canonical !== hex) throw new PayloadError('bad-request', 'evm-tx: not the canonical unsigned serialization')
  return { digest: hexToBytes(keccak256(hex)), summary: summarize(tx as ParsedTx) }
}

interface ParsedTx {
  type: EvmTxType
  chainId: number
  nonce?: number
  to?: Hex | null
  value?: bigint
  gas?: bigint
  gasPrice?: bigint
  maxFeePerGas?: bigint
  maxPriorityFeePerGas?: bigint
  data?: Hex
  accessList?: readonly { address: Hex; storageKeys: readonly Hex[] }[]
  authorizationList?: readonly { chainId: number; address: Hex; nonce: number }[]
}

function summarize(tx: ParsedTx): EvmTxSummary {
  const data = tx.data ?? '0x'
  const fees = tx.type === 'legacy' || tx.type === 'eip2930'
    ? { gasPrice: tx.gasPrice ?? 0n }
    : { maxFeePerGas: tx.maxFeePerGas ?? 0n, maxPriorityFeePerGas: tx.maxPriorityFeePerGas ?? 0n }
  return {
    type: tx.type,
    chainId: tx.chainId,
    nonce: tx.nonce ?? 0,
    to: tx.to ? getAddress(tx.to) : null,
    value: tx.value ?? 0n,
    gas: tx.gas ?? 0n,
    ...fees,
    data,
    selector: data.length >= 10 ? (data.slice(0, 10) as Hex) : null,
    accessList: (tx.accessList ?? []).map(({ address, storageKeys }) => ({ address: getAddress(address), storageKeys: [...storageKeys] })),
    ...(tx.type === 'eip7702'
      ? { authorizationList: (tx.authorizationList ?? []).map(({ chainId, address, nonce }) => ({ chainId, address: getAddress(address), nonce })) }
      : {}),
  }
}
