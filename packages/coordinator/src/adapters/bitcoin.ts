// A Bitcoin PSBT signer for thresh keys: the nodes decode the PSBT and compute the
// BIP143 (P2WPKH, ecdsa keys) or BIP341 key-path (Taproot, bip340 keys) sighash of each
// input the key owns at `path`; the SDK verifies every signature under the derived
// (output) key; @scure/btc-signer places them (partialSig / tapKeySig), finalizes the
// inputs and extracts the transaction.
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { SigHash, Transaction } from '@scure/btc-signer'
import type { PsbtSummary } from '@thresh/chains'
import { ConfigError } from '../errors.js'
import type { BitcoinNetwork, PayloadSignature } from '../types.js'
import type { AdapterOptions, PayloadSigner } from './digest-signer.js'

export interface PsbtSignOptions extends AdapterOptions {
  /** The network the summary's addresses are for (default mainnet). */
  readonly network?: BitcoinNetwork
  /** bip340: the Taproot script tree's merkle root, if the output commits to one. */
  readonly taprootMerkleRoot?: Uint8Array
}

export interface SignedPsbt {
  /** The PSBT with the key's inputs signed and finalized. */
  readonly psbt: Uint8Array
  /** The extracted network transaction, when every input is finalized; else undefined. */
  readonly tx: Uint8Array | undefined
  readonly txid: string | undefined
  /** The inputs this key signed. */
  readonly signedInputs: readonly number[]
  readonly result: PayloadSignature
}

/** Same parsing options as the nodes' decoder (packages/chains bitcoin/psbt.ts). */
const PSBT_OPTIONS = { allowUnknownOutputs: true, allowLegacyWitnessUtxo: true, disableScriptCheck: true } as const

export async function signPsbt(source: PayloadSigner, keyId: string, psbt: Uint8Array, options: PsbtSignOptions = {}): Promise<SignedPsbt> {
  const key = await source.publicKey(keyId)
  if (key.scheme !== 'ecdsa' && key.scheme !== 'bip340') throw new ConfigError(`key ${keyId} is a ${key.scheme} key: Bitcoin inputs need an ecdsa (P2WPKH) or bip340 (Taproot) key`, 'keyId')
  const path = options.path ?? []
  const publicKey = await source.publicKeyAt(keyId, path)
  const result = await source.sign({
    keyId, path,
    payload: { kind: 'psbt', data: psbt, ...(options.network ? { network: options.network } : {}), ...(options.taprootMerkleRoot ? { taprootMerkleRoot: options.taprootMerkleRoot } : {}) },
  })
  const owned = (result.summary as PsbtSummary).ownedInputs
  const tx = Transaction.fromPSBT(psbt, PSBT_OPTIONS)
  owned.forEach((index, k) => {
    const { signature } = result.signatures[k]!
    const sighash = tx.getInput(index).sighashType
    if (key.scheme === 'ecdsa') {
      const der = secp256k1.Signature.fromBytes(signature, 'compact').toBytes('der')
      tx.updateInput(index, { partialSig: [[publicKey, Uint8Array.of(...der, SigHash.ALL)]] }, true)
    } else {
      // BIP341: a DEFAULT signature is 64 bytes, any other type appends its byte
      tx.updateInput(index, { tapKeySig: sighash === undefined || sighash === SigHash.DEFAULT ? signature : Uint8Array.of(...signature, sighash) }, true)
    }
    tx.finalizeIdx(index)
  })
  const complete = tx.isFinal
  return {
    psbt: tx.toPSBT(),
    tx: complete ? tx.extract() : undefined,
    txid: complete ? tx.id : undefined,
    signedInputs: owned,
    result,
  }
}

