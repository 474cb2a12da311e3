// A Solana signer for frost-ed25519 keys: the nodes decode the transaction message
// (@thresh/chains solana/message.ts), check that the key is one of its required
// signers and sign the message bytes (Ed25519); the SDK verifies the signature before
// it lands in the transaction's signature map (@solana/transactions, part of @solana/kit).
import { getAddressDecoder, type Address } from '@solana/addresses'
import type { SignatureBytes } from '@solana/keys'
import type { Transaction } from '@solana/transactions'
import type { PayloadSigner } from './digest-signer.js'
import { adapterKey } from './digest-signer.js'

/** The key's Solana address (base58 of its Ed25519 group key). */
export async function solanaAddress(source: PayloadSigner, keyId: string): Promise<Address> {
  return getAddressDecoder().decode(await adapterKey(source, keyId, 'frost-ed25519', 'Solana signers'))
}

/** Signs `transaction` (a compiled @solana/kit Transaction) with the key: returns it with the key's signature added. */
export async function signSolanaTransaction<T extends Transaction>(source: PayloadSigner, keyId: string, transaction: T): Promise<T> {
  const address = await solanaAddress(source, keyId)
  const result = await source.sign({ keyId, payload: { kind: 'solana-tx', data: Uint8Array.from(transaction.messageBytes) } })
  const signature = result.signatures[0]!.signature as SignatureBytes
  return { ...transaction, signatures: Object.freeze({ ...transaction.signatures, [address]: signature }) }
}
