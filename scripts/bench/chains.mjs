// Typed-payload decoding and BIP32 derivation: what a node does per sign request before
// it joins a session. Names: chains-decode-evm-tx (EIP-1559 ERC-20 transfer),
// chains-decode-psbt (2 P2WPKH inputs, both owned: 2 BIP143 sighashes),
// chains-decode-psbt-taproot (2 P2TR key-path inputs, both owned), bip32-derive-depth5.
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { p2tr, p2wpkh, Transaction } from '@scure/btc-signer'
import { hexToBytes, serializeTransaction } from 'viem'
import { decodePayload } from '@thresh/chains'
import { deriveKey } from '@thresh/crypto'

const RUNS = 200

const publicKey = secp256k1.getPublicKey(new Uint8Array(32).fill(5), true)

function twoInputPsbt(script) {
  const tx = new Transaction()
  for (const b of [1, 2]) tx.addInput({ txid: new Uint8Array(32).fill(b), index: 0, witnessUtxo: { script, amount: 100_000n } })
  tx.addOutputAddress('bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el', 150_000n)
  tx.addOutput({ script: p2wpkh(publicKey).script, amount: 40_000n })
  return tx.toPSBT()
}

export async function run(bench) {
  const evmTx = hexToBytes(serializeTransaction({
    type: 'eip1559', chainId: 1, nonce: 42, maxFeePerGas: 30_000_000_000n, maxPriorityFeePerGas: 1_000_000_000n, gas: 65_000n,
    to: '0xdAC17F958D2ee523a2206206994597C13D831ec7', value: 0n,
    data: '0xa9059cbb00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c800000000000000000000000000000000000000000000000000000000000f4240',
  }))
  await bench.measure('chains-decode-evm-tx', { runs: RUNS, warmup: 20 }, () => {
    decodePayload('evm-tx', evmTx, { scheme: 'ecdsa' })
  })

  const segwit = twoInputPsbt(p2wpkh(publicKey).script)
  await bench.measure('chains-decode-psbt', { runs: RUNS, warmup: 20 }, () => {
    if (decodePayload('psbt', segwit, { scheme: 'ecdsa', publicKey, network: 'mainnet' }).digests.length !== 2) throw new Error('bench: expected 2 digests')
  })

  const taproot = twoInputPsbt(p2tr(publicKey.slice(1)).script)
  await bench.measure('chains-decode-psbt-taproot', { runs: RUNS, warmup: 20 }, () => {
    if (decodePayload('psbt', taproot, { scheme: 'bip340', publicKey, network: 'mainnet' }).digests.length !== 2) throw new Error('bench: expected 2 digests')
  })

  const chainCode = new Uint8Array(32).fill(7)
  await bench.measure('bip32-derive-depth5', { runs: RUNS, warmup: 20 }, (i) => {
    deriveKey('ecdsa', publicKey, chainCode, [44, 60, 0, 0, i])
  })
}
