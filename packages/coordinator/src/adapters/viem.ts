import {
  bytesToHex,
  hashMessage,
  hashTypedData,
  hexToBytes,
  keccak256,
  numberToHex,
  serializeSignature,
  serializeTransaction,
  type Hex,
  type LocalAccount,
  type SerializeTransactionFn,
  type TransactionSerializable,
} from 'viem'
import { toAccount } from 'viem/accounts'
import { ethereumAddress } from '../ethereum.js'
import { uncompressedSecp256k1 } from '../verify.js'
import { ecdsaPublicKey, type DigestSigner } from './digest-signer.js'

export type ThreshAccount = LocalAccount<'thresh'>

/**
 * A viem account backed by thresh ECDSA key `keyId`: use it wherever viem takes an
 * account (walletClient, signMessage, sendTransaction, ...). Signing goes through
 * the network; the signature is verified before the account returns it.
 */
export async function toThreshAccount(source: DigestSigner, keyId: string): Promise<ThreshAccount> {
  const publicKey = await ecdsaPublicKey(source, keyId)
  const signHash = async (hash: Hex) => {
    const { r, s, recoveryId } = await source.signDigest({ keyId, digest: hexToBytes(hash) })
    return { r: numberToHex(r, { size: 32 }), s: numberToHex(s, { size: 32 }), v: 27n + BigInt(recoveryId), yParity: recoveryId }
  }
  const account = toAccount({
    address: ethereumAddress(publicKey),
    async sign({ hash }) {
      return serializeSignature(await signHash(hash))
    },
    async signMessage({ message }) {
      return serializeSignature(await signHash(hashMessage(message)))
    },
    async signTypedData(typedData) {
      return serializeSignature(await signHash(hashTypedData(typedData)))
    },
    async signTransaction(transaction, options) {
      const serializer = (options?.serializer ?? serializeTransaction) as SerializeTransactionFn<TransactionSerializable>
      // EIP-4844: the signature covers the transaction without its blob sidecars.
      const signable = transaction.type === 'eip4844' ? { ...transaction, sidecars: false as const } : transaction
      const signature = await signHash(keccak256(await serializer(signable)))
      return await serializer(transaction, signature)
    },
  })
  return { ...account, publicKey: bytesToHex(uncompressedSecp256k1(publicKey)), source: 'thresh' }
}
