import { bytesToHex, type Address } from 'viem'
import { publicKeyToAddress } from 'viem/accounts'
import { uncompressedSecp256k1 } from './verify.js'

/** The checksummed Ethereum address of a compressed secp256k1 public key. */
export function ethereumAddress(publicKey: Uint8Array): Address {
  return publicKeyToAddress(bytesToHex(uncompressedSecp256k1(publicKey)))
}
