// PSBT (BIP174/BIP370) signing digests for the inputs a key owns: BIP143 for P2WPKH
// (ECDSA keys), BIP341 key path for P2TR (BIP340 keys). @scure/btc-signer parses the
// PSBT (checking every non-witness UTXO against its txid) and computes the sighashes.
import { Address, NETWORK, OutScript, p2pkh, p2wpkh, SigHash, TEST_NETWORK, Transaction } from '@scure/btc-signer'
import { hex } from '@scure/base'
import { equalBytes } from '@noble/curves/utils.js'
import { secp256k1Group, taprootTweak, type Scheme } from '@thresh/crypto'
import { decodeWith, PayloadError, requireBytes } from '../errors.js'
import { MAX_PSBT_BYTES, MAX_PSBT_IO } from '../limits.js'

export type BitcoinNetwork = 'mainnet' | 'testnet' | 'regtest'

const NETWORKS = {
  mainnet: NETWORK,
  testnet: TEST_NETWORK,
  regtest: { ...TEST_NETWORK, bech32: 'bcrt' },
} as const

export interface PsbtContext {
  /** 'ecdsa' signs P2WPKH inputs, 'bip340' signs Taproot key-path inputs. */
  readonly scheme: Scheme
  /** The signing key's (derived) public key, 33-byte compressed. For bip340 it is the Taproot internal key. */
  readonly publicKey: Uint8Array
  /** Network the addresses in the summary are shown for. */
  readonly network: BitcoinNetwork
  /** bip340 only: the script tree's merkle root, if the output commits to one (absent = BIP86 key-path only). */
  readonly taprootMerkleRoot?: Uint8Array
}

export interface PsbtInputSummary {
  readonly index: number
  /** Previous transaction id, display (big-endian) hex. */
  readonly txid: string
  readonly vout: number
  /** Satoshis of the spent output. */
  readonly amount: bigint
  /** Address of the spent output's script, or null when it has none. */
  readonly address: string | null
  readonly owned: boolean
}

export interface PsbtOutputSummary {
  /** null for scripts without an address (OP_RETURN, non-standard). */
  readonly address: string | null
  readonly script: string
  readonly amount: bigint
}

export interface PsbtSummary {
  readonly version: number
  readonly lockTime: number
  readonly inputs: readonly PsbtInputSummary[]
  readonly outputs: readonly PsbtOutputSummary[]
  /** Sum of inputs minus sum of outputs, satoshis. */
  readonly fee: bigint
  /**
   * Whether a signature commits to every input amount, so the fee above cannot be a lie:
   * always for BIP341 (its sighash covers all spent amounts and scripts); for BIP143 only
   * when every input carries its full previous transaction (checked against the txid).
   */
  readonly feeCommitted: boolean
  /** Indices of the inputs the key signs, in the order of the digests. */
  readonly ownedInputs: readonly number[]
}

/** Decodes a PSBT and computes one digest per input the context's key owns. */
export function decodePsbt(input: unknown, context: PsbtContext): { digests: Uint8Array[]; summary: PsbtSummary } {
  const bytes = requireBytes(input, 'psbt', MAX_PSBT_BYTES)
  if (!Object.hasOwn(NETWORKS, context.network)) throw new PayloadError('bad-request', 'psbt: context.network must be mainnet, testnet or regtest')
  const network = NETWORKS[context.network]
  const owner = ownedScript(context)
  // Scripts are not checked against redeem/witness scripts or Taproot trees: the node
  // uses none of those fields (it matches owned inputs by their exact output script),
  // and an output with a non-standard script must still show in the summary.
  const tx = decodeWith('psbt', () => Transaction.fromPSBT(bytes, { allowUnknownOutputs: true, allowLegacyWitnessUtxo: true, disableScriptCheck: true }))
  if (tx.inputsLength === 0 || tx.outputsLength === 0) throw new PayloadError('bad-request', 'psbt: needs at least one input and one output')
  if (tx.inputsLength > MAX_PSBT_IO || tx.outputsLength > MAX_PSBT_IO) throw new PayloadError('too-large', `psbt: more than ${MAX_PSBT_IO} inputs or outputs`)

  const prevouts = Array.from({ length: tx.inputsLength }, (_, i) => {
    const inp = tx.getInput(i)
    const prev = prevout(inp, i)
    return { inp, prev, owned: equalBytes(prev.script, owner.script) }
  })
  // A transaction spending one output twice is invalid, and its fee would count the amount twice.
  const outpoints = new Set(prevouts.map(({ inp }) => `${hex.encode(inp.txid!)}:${inp.index!}`))
  if (outpoints.size !== prevouts.length) throw new PayloadError('bad-request', 'psbt: an output is spent by two inputs')
  const ownedInputs = prevouts.flatMap((p, i) => (p.owned ? [i] : []))
  if (ownedInputs.length === 0) throw new PayloadError('nothing-to-sign', `psbt: no input is spendable by this ${context.scheme} key`)

  const digests = ownedInputs.map((i) => {
    const { inp, prev } = prevouts[i]!
    if (inp.finalScriptWitness !== undefined || inp.finalScriptSig !== undefined) throw new PayloadError('unsupported', `psbt: input ${i} is already finalized`)
    if (owner.taproot) {
      const hashType = inp.sighashType ?? SigHash.DEFAULT
      if (hashType !== SigHash.DEFAULT && hashType !== SigHash.ALL) throw new PayloadError('unsupported', `psbt: input ${i} asks for sighash type ${hashType}; only DEFAULT and ALL are signed`)
      return tx.preimageWitnessV1(i, prevouts.map((p) => p.prev.script), hashType, prevouts.map((p) => p.prev.amount))
    }
    const hashType = inp.sighashType ?? SigHash.ALL
    if (hashType !== SigHash.ALL) throw new PayloadError('unsupported', `psbt: input ${i} asks for sighash type ${hashType}; only ALL is signed`)
    // BIP143: the scriptCode of a P2WPKH input is the P2PKH script of its key hash.
    return tx.preimageWitnessV0(i, owner.scriptCode!, hashType, prev.amount)
  })

  const outputs = Array.from({ length: tx.outputsLength }, (_, i) => {
    const out = tx.getOutput(i)
    if (out.script === undefined || out.amount === undefined) throw new PayloadError('bad-request', `psbt: output ${i} has no script or amount`)
    return { address: addressOf(out.script, network), script: hex.encode(out.script), amount: out.amount }
  })
  const totalIn = prevouts.reduce((s, p) => s + p.prev.amount, 0n)
  const totalOut = outputs.reduce((s, o) => s + o.amount, 0n)
  if (totalOut > totalIn) throw new PayloadError('bad-request', 'psbt: outputs spend more than the inputs hold')

  return {
    digests,
    summary: {
      version: tx.version,
      lockTime: tx.lockTime,
      inputs: prevouts.map(({ inp, prev, owned }, index) => ({
        index, txid: hex.encode(inp.txid!), vout: inp.index!, amount: prev.amount, address: addressOf(prev.script, network), owned,
      })),
      outputs,
      fee: totalIn - totalOut,
      feeCommitted: owner.taproot || prevouts.every((p) => p.inp.nonWitnessUtxo !== undefined),
      ownedInputs,
    },
  }
}

/** The output script the context's key can spend, and for P2WPKH its BIP143 scriptCode. */
function ownedScript(context: PsbtContext): { script: Uint8Array; taproot: boolean; scriptCode?: Uint8Array } {
  const { scheme, publicKey, taprootMerkleRoot } = context
  if (scheme !== 'ecdsa' && scheme !== 'bip340') throw new PayloadError('wrong-scheme', `psbt: a ${scheme} key cannot sign Bitcoin inputs (ecdsa: P2WPKH, bip340: Taproot)`)
  try {
    secp256k1Group.decodePoint(publicKey, 'psbt: context.publicKey')
  } catch (e) {
    throw new PayloadError('bad-request', `${(e as Error).message} (a 33-byte compressed secp256k1 key)`)
  }
  if (scheme === 'ecdsa') {
    if (taprootMerkleRoot !== undefined) throw new PayloadError('bad-request', 'psbt: a taproot merkle root is only for bip340 keys')
    return { script: p2wpkh(publicKey).script, taproot: false, scriptCode: p2pkh(publicKey).script }
  }
  let outputKey: Uint8Array
  try {
    outputKey = taprootTweak(publicKey, taprootMerkleRoot).outputKey
  } catch (e) {
    throw new PayloadError('bad-request', `psbt: ${(e as Error).message}`)
  }
  return { script: OutScript.encode({ type: 'tr', pubkey: outputKey }), taproot: true }
}

function prevout(inp: ReturnType<Transaction['getInput']>, i: number): { script: Uint8Array; amount: bigint } {
  // btc-signer has already checked a non-witness UTXO against the input's txid and any witnessUtxo.
  const prev = inp.nonWitnessUtxo !== undefined && inp.index !== undefined ? inp.nonWitnessUtxo.outputs[inp.index] : inp.witnessUtxo
  if (prev === undefined || inp.txid === undefined || inp.index === undefined) {
    throw new PayloadError('bad-request', `psbt: input ${i} has no witnessUtxo or nonWitnessUtxo (its amount and script are needed)`)
  }
  return prev
}

function addressOf(script: Uint8Array, network: (typeof NETWORKS)[BitcoinNetwork]): string | null {
  try {
    return Address(network).encode(OutScript.decode(script))
  } catch {
    return null
  }
}
