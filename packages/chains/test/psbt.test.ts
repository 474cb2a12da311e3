// psbt: BIP143 and BIP341 sighashes against the BIPs' own examples, and signatures over
// our digests put into the PSBT, finalized, and compared with @scure/btc-signer's own
// signing of the same input (deterministic nonces: equal signatures mean equal digests).
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { secp256k1, schnorr } from '@noble/curves/secp256k1.js'
import { bytesToHex, hexToBytes, bytesToNumberBE, concatBytes } from '@noble/curves/utils.js'
import { NETWORK, OutScript, p2tr, p2wpkh, SigHash, Transaction } from '@scure/btc-signer'
import { secp256k1Group, taprootTweak } from '@thresh/crypto'
import { decodePayload, type PayloadContext } from '../src/index.js'
import { rejects } from './reject.js'

const bip143 = JSON.parse(readFileSync(new URL('./fixtures/bip143-p2wpkh.json', import.meta.url), 'utf8'))
interface Bip341KeyPath {
  rawUnsignedTx: string
  utxosSpent: { scriptPubKey: string; amountSats: number }[]
  inputs: { txinIndex: number; hashType: number; internalPrivkey: string; merkleRoot: string; sigHash: string }[]
}
const bip341 = JSON.parse(readFileSync(new URL('./fixtures/bip341-keypath.json', import.meta.url), 'utf8')) as Bip341KeyPath

const TX_OPTS = { allowUnknownOutputs: true, allowLegacyWitnessUtxo: true, allowUnknownInputs: true, disableScriptCheck: true }

/** A PSBT of a raw unsigned transaction with the spent outputs as witness UTXOs. */
function psbtOf(raw: string, spent: { scriptPubKey: string; amountSats: number }[], sighash: Record<number, number> = {}): Uint8Array {
  const tx = Transaction.fromRaw(hexToBytes(raw), TX_OPTS)
  spent.forEach((u, i) => tx.updateInput(i, { witnessUtxo: { script: hexToBytes(u.scriptPubKey), amount: BigInt(u.amountSats) }, ...(sighash[i] === undefined ? {} : { sighashType: sighash[i] }) }, true))
  return tx.toPSBT()
}

// A derived key of a threshold key, simulated: secret x, tweak t; the key signs with x + t.
const Fn = secp256k1Group.Fn
const secret = Fn.toBytes(0x1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a7988n)
const publicKey = secp256k1.getPublicKey(secret, true)
const foreign = secp256k1.getPublicKey(Fn.toBytes(12345n), true)
describe('psbt known answers', () => {
  it('BIP143 native P2WPKH example: sighash of the owned input', () => {
    // Input 0 spends a P2PK output, which a PSBT cannot carry as a witness UTXO; BIP143
    // commits to no other input's script, so a P2WPKH stand-in leaves input 1's sighash as is.
    const spent = [{ ...bip143.spent[0], scriptPubKey: bytesToHex(p2wpkh(foreign).script) }, bip143.spent[1]]
    const psbt = psbtOf(bip143.unsignedTx, spent)
    const { digests, summary } = decodePayload('psbt', psbt, { scheme: 'ecdsa', publicKey: hexToBytes(bip143.publicKey), network: 'mainnet' })
    expect(summary.ownedInputs).toEqual([bip143.signedInput])
    expect(digests.map(bytesToHex)).toEqual([bip143.sigHash])
    expect(summary.fee).toBe(625000000n + 600000000n - 112340000n - 223450000n)
    expect(summary.feeCommitted).toBe(false)
    expect(summary.outputs.map((o) => [o.script, o.amount])).toEqual([
      ['76a9148280b37df378db99f66f85c95a783a76ac7a6d5988ac', 112340000n], ['76a9143bde42dbee7e4dbe6a21b2d50ce2f0167faa815988ac', 223450000n],
    ])
    expect(summary.outputs.map((o) => o.address)).toEqual([expect.stringMatching(/^1/), expect.stringMatching(/^1/)])
    expect(summary.inputs.map((i) => i.address)).toEqual([p2wpkh(foreign).address, p2wpkh(hexToBytes(bip143.publicKey)).address])
  })

  it.each(bip341.inputs)('BIP341 keyPathSpending input $txinIndex (hash type $hashType): sighash', (v) => {
    // SIGHASH_DEFAULT is the absence of a PSBT sighash type; ALL is written out.
    const psbt = psbtOf(bip341.rawUnsignedTx, bip341.utxosSpent, v.hashType === 0 ? {} : { [v.txinIndex]: v.hashType })
    const context: PayloadContext = {
      scheme: 'bip340', publicKey: secp256k1.getPublicKey(hexToBytes(v.internalPrivkey), true), network: 'mainnet', taprootMerkleRoot: hexToBytes(v.merkleRoot),
    }
    const { digests, summary } = decodePayload('psbt', psbt, context)
    expect(summary.ownedInputs).toEqual([v.txinIndex])
    expect(digests.map(bytesToHex)).toEqual([v.sigHash])
    expect(summary.feeCommitted).toBe(true)
  })
})

const txid = (b: number) => new Uint8Array(32).fill(b)

function twoInputPsbt(owned: Uint8Array, opts: { sighashType?: number; omitWitnessUtxo?: boolean; tapInternalKey?: Uint8Array } = {}): Transaction {
  const tx = new Transaction(TX_OPTS)
  tx.addInput({
    txid: txid(1), index: 0, witnessUtxo: { script: owned, amount: 50_000n },
    ...(opts.sighashType === undefined ? {} : { sighashType: opts.sighashType }),
    ...(opts.tapInternalKey === undefined ? {} : { tapInternalKey: opts.tapInternalKey }),
  })
  tx.addInput({ txid: txid(2), index: 3, ...(opts.omitWitnessUtxo ? {} : { witnessUtxo: { script: p2wpkh(foreign).script, amount: 30_000n } }) })
  tx.addOutputAddress('bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el', 60_000n, NETWORK)
  tx.addOutput({ script: OutScript.encode({ type: 'unknown', script: hexToBytes('6a0568656c6c6f') }), amount: 0n })
  return tx
}

describe('psbt segwit v0 (ECDSA key)', () => {
  const psbt = twoInputPsbt(p2wpkh(publicKey).script).toPSBT()
  const context: PayloadContext = { scheme: 'ecdsa', publicKey, network: 'mainnet' }

  it('a signature over the digest finalizes the input exactly as btc-signer signs it', () => {
    const { digests, summary } = decodePayload('psbt', psbt, context)
    expect(summary.ownedInputs).toEqual([0])
    const sig = secp256k1.sign(digests[0]!, secret, { prehash: false, format: 'der' })
    expect(secp256k1.verify(sig, digests[0]!, publicKey, { prehash: false, format: 'der' })).toBe(true)
    const ours = Transaction.fromPSBT(psbt, TX_OPTS)
    ours.updateInput(0, { partialSig: [[publicKey, concatBytes(sig, Uint8Array.of(SigHash.ALL))]] })
    ours.finalizeIdx(0)
    const theirs = Transaction.fromPSBT(psbt, TX_OPTS)
    theirs.signIdx(secret, 0)
    theirs.finalizeIdx(0)
    expect(bytesToHex(ours.getInput(0).finalScriptWitness![0]!)).toBe(bytesToHex(theirs.getInput(0).finalScriptWitness![0]!))
  })

  it('summarizes outputs, inputs and fee', () => {
    const { summary } = decodePayload('psbt', psbt, context)
    expect(summary.outputs).toEqual([
      { address: 'bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el', script: expect.stringMatching(/^0014/), amount: 60_000n },
      { address: null, script: '6a0568656c6c6f', amount: 0n },
    ])
    expect(summary.fee).toBe(20_000n)
    expect(summary.inputs.map((i) => [i.index, i.vout, i.amount, i.owned])).toEqual([[0, 0, 50_000n, true], [1, 3, 30_000n, false]])
    expect(summary.inputs[0]!.address).toBe(p2wpkh(publicKey).address)
    const testnet = decodePayload('psbt', psbt, { ...context, network: 'testnet' }).summary
    expect(testnet.outputs[0]!.address).toMatch(/^tb1q/)
    expect(decodePayload('psbt', psbt, { ...context, network: 'regtest' }).summary.outputs[0]!.address).toMatch(/^bcrt1q/)
  })

  it('refuses PSBTs the key cannot sign', () => {
    rejects(() => decodePayload('psbt', psbt, { ...context, publicKey: secp256k1.getPublicKey(Fn.toBytes(777n), true) }), 'nothing-to-sign')
    rejects(() => decodePayload('psbt', twoInputPsbt(p2wpkh(publicKey).script, { sighashType: SigHash.NONE }).toPSBT(), context), 'unsupported')
    rejects(() => decodePayload('psbt', twoInputPsbt(p2wpkh(publicKey).script, { omitWitnessUtxo: true }).toPSBT(), context), 'bad-request', /witnessUtxo/)
    rejects(() => decodePayload('psbt', psbt, { ...context, scheme: 'frost-secp256k1' }), 'wrong-scheme')
    rejects(() => decodePayload('psbt', psbt, { scheme: 'ecdsa', network: 'mainnet' }), 'bad-request')
    rejects(() => decodePayload('psbt', psbt, { ...context, publicKey: publicKey.slice(1) }), 'bad-request')
    rejects(() => decodePayload('psbt', psbt, { ...context, network: 'signet' as never }), 'bad-request')
    rejects(() => decodePayload('psbt', psbt, { ...context, network: 'toString' as never }), 'bad-request')
    rejects(() => decodePayload('psbt', psbt, { ...context, taprootMerkleRoot: new Uint8Array(32) }), 'bad-request')
  })

  it('refuses outputs above the inputs', () => {
    const tx = twoInputPsbt(p2wpkh(publicKey).script)
    tx.addOutputAddress('bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el', 30_000n, NETWORK)
    rejects(() => decodePayload('psbt', tx.toPSBT(), context), 'bad-request', /spend more/)
  })

  it('refuses an output spent twice', () => {
    const tx = twoInputPsbt(p2wpkh(publicKey).script)
    tx.addInput({ txid: txid(1), index: 0, witnessUtxo: { script: p2wpkh(publicKey).script, amount: 50_000n } })
    rejects(() => decodePayload('psbt', tx.toPSBT(), context), 'bad-request', /spent by two inputs/)
  })

  it('refuses an input already finalized', () => {
    const tx = Transaction.fromPSBT(psbt, TX_OPTS)
    tx.signIdx(secret, 0)
    tx.finalizeIdx(0)
    rejects(() => decodePayload('psbt', tx.toPSBT(), context), 'unsupported', /finalized/)
  })

  it.each([
    ['empty', new Uint8Array(0)],
    ['garbage', hexToBytes('70736274ff01deadbeef')],
    ['a raw transaction', hexToBytes(bip143.unsignedTx)],
    ['truncated', psbt.slice(0, psbt.length - 5)],
  ])('refuses a malformed PSBT: %s', (_name, bytes) => {
    rejects(() => decodePayload('psbt', bytes, context), 'bad-request')
  })

  it('refuses oversize PSBTs', () => {
    rejects(() => decodePayload('psbt', new Uint8Array(1024 * 1024 + 1), context), 'too-large')
  })
})

describe('psbt taproot key path (BIP340 key)', () => {
  const internal = publicKey // a derived key, compressed: internalNegated carries its parity
  const tweak = taprootTweak(internal)
  const psbt = twoInputPsbt(p2tr(internal.slice(1)).script, { tapInternalKey: internal.slice(1) }).toPSBT()
  const context: PayloadContext = { scheme: 'bip340', publicKey: internal, network: 'mainnet' }
  const aux = new Uint8Array(32).fill(0x42)

  it('a signature over the digest verifies under the output key and matches btc-signer\'s', () => {
    const { digests, summary } = decodePayload('psbt', psbt, context)
    expect(summary.ownedInputs).toEqual([0])
    expect(summary.feeCommitted).toBe(true)
    const d = bytesToNumberBE(secret)
    const outputSecret = Fn.toBytes(Fn.add(tweak.internalNegated ? Fn.neg(d) : d, bytesToNumberBE(tweak.tweak)))
    const sig = schnorr.sign(digests[0]!, outputSecret, aux)
    expect(schnorr.verify(sig, digests[0]!, tweak.outputKey)).toBe(true)
    const ours = Transaction.fromPSBT(psbt, TX_OPTS)
    ours.updateInput(0, { tapKeySig: sig })
    ours.finalizeIdx(0)
    const theirs = Transaction.fromPSBT(psbt, TX_OPTS)
    theirs.signIdx(secret, 0, undefined, aux)
    theirs.finalizeIdx(0)
    expect(bytesToHex(ours.getInput(0).finalScriptWitness![0]!)).toBe(bytesToHex(theirs.getInput(0).finalScriptWitness![0]!))
  })

  it('SIGHASH_ALL gives a different digest than DEFAULT and is signed too', () => {
    const all = decodePayload('psbt', twoInputPsbt(p2tr(internal.slice(1)).script, { sighashType: SigHash.ALL }).toPSBT(), context).digests[0]!
    expect(bytesToHex(all)).not.toBe(bytesToHex(decodePayload('psbt', psbt, context).digests[0]!))
  })

  it('refuses taproot inputs with other sighash types, or with another script tree', () => {
    rejects(() => decodePayload('psbt', twoInputPsbt(p2tr(internal.slice(1)).script, { sighashType: SigHash.SINGLE }).toPSBT(), context), 'unsupported')
    rejects(() => decodePayload('psbt', psbt, { ...context, taprootMerkleRoot: new Uint8Array(32).fill(1) }), 'nothing-to-sign')
    rejects(() => decodePayload('psbt', psbt, { ...context, scheme: 'ecdsa' }), 'nothing-to-sign')
  })

  it('needs every input\'s amount and script (BIP341 commits to all of them)', () => {
    rejects(() => decodePayload('psbt', twoInputPsbt(p2tr(internal.slice(1)).script, { omitWitnessUtxo: true }).toPSBT(), context), 'bad-request', /input 1/)
  })
})

