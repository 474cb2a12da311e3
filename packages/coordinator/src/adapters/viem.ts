import {
  bytesToHex,
  hexToBytes,
  numberToHex,
  serializeSignature,
  serializeTransaction,
  stringToBytes,

  type LocalAccount,
  type SerializeTransactionFn,
  type TransactionSerializable,
} from 'viem'
import { toAccount } from 'viem/accounts'
import { ethereumAddress } from '../ethereum.js'
import type { SignPayloadInput } from '../types.js'
import { uncompressedSecp256k1 } from '../verify.js'
import { adapterKey, ecdsaParts, type AdapterOptions, type PayloadSigner } from './digest-signer.js'

export type ThreshAccount = LocalAccount<'thresh'>

/**
 * A viem account backed by thresh ECDSA key `keyId` at BIP32 `options.path`: use it
 * wherever viem takes an account (walletClient, signMessage, sendTransaction, ...).
 * Transactions, EIP-191 messages and EIP-712 typed data go to the nodes as typed
 * payloads they decode and hash themselves; `sign({ hash })` is the raw digest escape
 * hatch. Every signature is verified under the derived key before it is returned.
 */
export async function toThreshAccount(source: PayloadSigner, keyId: string, options: AdapterOptions = {}): Promise<ThreshAccount> {
  const publicKey = await adapterKey(source, keyId, 'ecdsa', 'Ethereum accounts', options)
  const path = options.path ?? []
  const sign = async (payload: SignPayloadInput) => {
    const { r, s, recoveryId } = ecdsaParts(await source.sign({ keyId, payload, path }))
    return { r: numberToHex(r, { size: 32 }), s: numberToHex(s, { size: 32 }), v: 27n + BigInt(recoveryId), yParity: recoveryId }
  }
  const account = toAccount({
    address: ethereumAddress(publicKey),
    async sign({ hash }) {
      return serializeSignature(await sign({ kind: 'digest', data: hexToBytes(hash) }))
    },
    async signMessage({ message }) {
      const data = typeof message === 'string' ? stringToBytes(message) : typeof message.raw === 'string' ? hexToBytes(message.raw) : message.raw
      return serializeSignature(await sign({ kind: 'eip191', data }))
    },
    async signTypedData(typedData) {
      return serializeSignature(await sign({ kind: 'eip712', data: typedData }))
    },
    async signTransaction(transaction, options) {
      const serializer = (options?.serializer ?? serializeTransaction) as SerializeTransactionFn<TransactionSerializable>
      // the nodes refuse blob transactions (EIP-4844); they sign every other type as an evm-tx payload
      const signature = await sign({ kind: 'evm-tx', data: hexToBytes(await serializer(transaction)) })
      return await serializer(transaction, signature)
    },
  })
  return { ...account, publicKey: bytesToHex(uncompressedSecp256k1(publicKey)), source: 'thresh' }
}

