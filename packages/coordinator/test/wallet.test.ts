// Wallet-grade signing against three real `thresh-node` processes (the built CLI): typed
// payloads the nodes decode and hash themselves, at BIP32 paths the nodes derive
// themselves; every signature checked by the ecosystem's own verifier (viem, ethers,
// @scure/btc-signer + noble, @solana/keys and OpenSSL). Malformed payloads are refused
// with bad-request before any session starts (the nodes' session counters stay put).
import { createPublicKey, verify as opensslVerify } from 'node:crypto'
import { schnorr, secp256k1 } from '@noble/curves/secp256k1.js'
import { HDKey } from '@scure/bip32'
import { hex } from '@scure/base'
import { OutScript, p2tr, p2wpkh, SigHash, Transaction, TEST_NETWORK } from '@scure/btc-signer'
import { getAddressDecoder, type Address } from '@solana/addresses'
import { AccountRole } from '@solana/instructions'
import { verifySignature, type SignatureBytes } from '@solana/keys'
import {
  appendTransactionMessageInstructions, createTransactionMessage, setTransactionMessageFeePayer, setTransactionMessageLifetimeUsingBlockhash,
} from '@solana/transaction-messages'
import { compileTransaction } from '@solana/transactions'
import { recoverAddress, Transaction as EthersTransaction } from 'ethers'
import {
  hexToBytes, keccak256, parseGwei, recoverTransactionAddress, serializeTransaction, verifyMessage, verifyTypedData,
  type TransactionSerializedEIP1559,
} from 'viem'
import { privateKeyToAccount, publicKeyToAddress } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CoordRequest, CoordResponse } from '@thresh/wire'
import { Coordinator, signPsbt, signSolanaTransaction, solanaAddress, type KeyInfo, type Scheme } from '../src/index.js'
import type { NodeTransport } from '../src/transport.js'
import { toThreshAccount } from '../src/viem.js'
import { ThreshSigner } from '../src/ethers.js'
import { startProcessCluster, type ProcessCluster } from './process-cluster.js'

let net: ProcessCluster
let c: Coordinator
const keys = new Map<Scheme, KeyInfo>()

beforeAll(async () => {
  net = await startProcessCluster('wallet')
  c = net.c
  for (const scheme of ['ecdsa', 'bip340', 'frost-secp256k1', 'frost-ed25519'] as const) {
    keys.set(scheme, await c.keygen({ scheme, threshold: 2, keyId: `wallet-${scheme}` }))
  }
}, 180_000)

afterAll(async () => {
  await net?.stop()
})

const key = (scheme: Scheme) => keys.get(scheme)!
const uncompressed = (compressed: Uint8Array) => secp256k1.Point.fromBytes(compressed).toBytes(false)
/** The address an ordinary wallet derives from the key's xpub (@scure/bip32, not thresh's derivation). */
async function walletAddress(keyId: string, path: string): Promise<string> {
  const child = HDKey.fromExtendedKey(await c.xpub(keyId)).derive(path)
  return publicKeyToAddress(`0x${hex.encode(uncompressed(child.publicKey!))}`)
}

const typedData = {
  domain: { name: 'Ether Mail', version: '1', chainId: 1, verifyingContract: '0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC' },
  types: { Person: [{ name: 'name', type: 'string' }, { name: 'wallet', type: 'address' }], Mail: [{ name: 'from', type: 'Person' }, { name: 'to', type: 'Person' }, { name: 'contents', type: 'string' }] },
  primaryType: 'Mail',
  message: { from: { name: 'Cow', wallet: '0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826' }, to: { name: 'Bob', wallet: '0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB' }, contents: 'Hello, Bob!' },
} as const

const tx1559 = {
  type: 'eip1559', chainId: 31337, nonce: 0, to: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  value: 10n ** 15n, gas: 21_000n, maxFeePerGas: parseGwei('30'), maxPriorityFeePerGas: parseGwei('1'),
} as const

describe('Ethereum at a derived path (ecdsa key)', () => {
  it('evm-tx (EIP-1559, legacy, EIP-2930), eip191 and eip712 verify under the address wallets derive for m/0/1', async () => {
    const keyId = key('ecdsa').keyId
    const expected = await walletAddress(keyId, 'm/0/1')
    const account = await toThreshAccount(c, keyId, { path: 'm/0/1' })
    expect(account.address).toBe(expected)
    const signed = await account.signTransaction(tx1559)
    expect(await recoverTransactionAddress({ serializedTransaction: signed as TransactionSerializedEIP1559 })).toBe(expected)
    for (const tx of [
      { type: 'legacy', chainId: 1, nonce: 1, to: tx1559.to, value: 1n, gas: 21_000n, gasPrice: parseGwei('2') },
      { type: 'eip2930', chainId: 1, nonce: 2, to: tx1559.to, value: 1n, gas: 30_000n, gasPrice: parseGwei('2'), accessList: [{ address: tx1559.to, storageKeys: [] }] },
    ] as const) {
      expect(await recoverTransactionAddress({ serializedTransaction: await account.signTransaction(tx) })).toBe(expected)
    }
    const message = 'thresh at m/0/1'
    expect(await verifyMessage({ address: expected, message, signature: await account.signMessage({ message }) })).toBe(true)
    expect(await verifyTypedData({ address: expected, signature: await account.signTypedData(typedData), ...typedData })).toBe(true)
    // EIP-7702: the nodes decode the authorization list too
    const authorization = await privateKeyToAccount(`0x${'11'.repeat(32)}`).signAuthorization({ contractAddress: tx1559.to, chainId: 1, nonce: 0 })
    const tx7702 = await account.signTransaction({ type: 'eip7702', chainId: 1, nonce: 3, to: tx1559.to, value: 0n, gas: 60_000n, maxFeePerGas: parseGwei('3'), maxPriorityFeePerGas: 1n, authorizationList: [authorization] })
    expect(await recoverTransactionAddress({ serializedTransaction: tx7702 })).toBe(expected)
    const signer = await ThreshSigner.create(c, keyId, null, { path: 'm/0/1' })
    const ethersTx = EthersTransaction.from(await signer.signTransaction({ type: 2, chainId: 1n, nonce: 4, to: tx1559.to, value: 7n, gasLimit: 21_000n, maxFeePerGas: 2n, maxPriorityFeePerGas: 1n }))
    expect(ethersTx.from).toBe(expected)
  })

  it('the summary the nodes judge is the decoded transaction; the signature is over keccak256 of the payload (ethers recoverAddress)', async () => {
    const keyId = key('ecdsa').keyId
    const unsigned = serializeTransaction(tx1559)
    const result = await c.sign({ keyId, payload: { kind: 'evm-tx', data: unsigned }, path: [0, 7] })
    expect(result.path).toBe('m/0/7')
    expect(result.summary).toMatchObject({ type: 'eip1559', chainId: 31337, to: tx1559.to, value: 10n ** 15n })
    const [sig] = result.signatures
    expect(sig!.digest).toEqual(hexToBytes(keccak256(unsigned)))
    const recovered = recoverAddress(keccak256(unsigned), { r: `0x${sig!.r!.toString(16).padStart(64, '0')}`, s: `0x${sig!.s!.toString(16).padStart(64, '0')}`, yParity: sig!.recoveryId! })
    expect(recovered).toBe(await walletAddress(keyId, 'm/0/7'))
    expect(recovered).not.toBe(await walletAddress(keyId, 'm/0/1'))
  })
})

describe('Bitcoin PSBTs', () => {
  /** A PSBT spending one output of a synthetic funding transaction that pays `script`. */
  function fundedPsbt(script: Uint8Array, amount: bigint): { psbt: Uint8Array; prevouts: { script: Uint8Array; amount: bigint }[] } {
    const funding = new Transaction({ allowUnknownOutputs: true })
    funding.addInput({ txid: new Uint8Array(32).fill(0x11), index: 0 })
    funding.addOutput({ script, amount })
    const spend = new Transaction()
    spend.addInput({ txid: funding.id, index: 0, witnessUtxo: { script, amount } })
    spend.addOutputAddress(p2wpkh(secp256k1.getPublicKey(new Uint8Array(32).fill(3), true), TEST_NETWORK).address!, amount - 1_000n, TEST_NETWORK)
    return { psbt: spend.toPSBT(), prevouts: [{ script, amount }] }
  }

  it('P2WPKH with an ecdsa key at m/0/2: finalized, extracted, the BIP143 signature verifies input by input', async () => {
    const keyId = key('ecdsa').keyId
    const pub = await c.publicKeyAt(keyId, 'm/0/2')
    expect(pub).toEqual(HDKey.fromExtendedKey(await c.xpub(keyId)).derive('m/0/2').publicKey)
    const { psbt, prevouts } = fundedPsbt(p2wpkh(pub).script, 50_000n)
    const signed = await signPsbt(c, keyId, psbt, { path: 'm/0/2', network: 'testnet' })
    expect(signed.signedInputs).toEqual([0])
    const tx = Transaction.fromRaw(signed.tx!)
    const [derSig, witnessKey] = tx.getInput(0).finalScriptWitness!
    expect(witnessKey).toEqual(pub)
    const sighash = tx.preimageWitnessV0(0, OutScript.encode({ type: 'pkh', hash: p2wpkh(pub).hash }), SigHash.ALL, prevouts[0]!.amount)
    expect(secp256k1.verify(derSig!.subarray(0, -1), sighash, pub, { prehash: false, format: 'der' })).toBe(true)
  })

  it('Taproot key path with a bip340 key at m/0/3: the BIP341 signature verifies under the output key', async () => {
    const keyId = key('bip340').keyId
    const internal = (await c.publicKeyAt(keyId, 'm/0/3')).subarray(1)
    const output = p2tr(internal, undefined, TEST_NETWORK)
    expect(await c.addressAt(keyId, 'btc-testnet', 'm/0/3')).toBe(output.address)
    expect(output.address).toMatch(/^tb1p/)
    const { psbt, prevouts } = fundedPsbt(output.script, 80_000n)
    const signed = await signPsbt(c, keyId, psbt, { path: 'm/0/3', network: 'testnet' })
    const tx = Transaction.fromRaw(signed.tx!)
    const [sig] = tx.getInput(0).finalScriptWitness!
    expect(sig).toHaveLength(64)
    const sighash = tx.preimageWitnessV1(0, prevouts.map((p) => p.script), SigHash.DEFAULT, prevouts.map((p) => p.amount))
    expect(schnorr.verify(sig!, sighash, output.tweakedPubkey)).toBe(true)
    expect(schnorr.verify(sig!, sighash, internal)).toBe(false)
  })
})

describe('Schnorr keys', () => {
  it('solana-tx with a frost-ed25519 key: @solana/keys (WebCrypto) and OpenSSL accept the signature', async () => {
    const keyId = key('frost-ed25519').keyId
    const payer = await solanaAddress(c, keyId)
    expect(await c.addressAt(keyId, 'sol')).toBe(payer)
    const system = '11111111111111111111111111111111' as Address
    const data = new Uint8Array(12)
    new DataView(data.buffer).setUint32(0, 2, true)
    new DataView(data.buffer).setBigUint64(4, 5000n, true)
    const message = appendTransactionMessageInstructions(
      [{ programAddress: system, accounts: [{ address: payer, role: AccountRole.WRITABLE_SIGNER }, { address: getAddressDecoder().decode(new Uint8Array(32).fill(9)), role: AccountRole.WRITABLE }], data }],
      setTransactionMessageLifetimeUsingBlockhash({ blockhash: 'EkSnNWid2cvwEVnVx9aBqawnmiCNiDgp3gUdkDPTKN1N' as never, lastValidBlockHeight: 100n }, setTransactionMessageFeePayer(payer, createTransactionMessage({ version: 0 }))),
    )
    const signed = await signSolanaTransaction(c, keyId, compileTransaction(message))
    const signature = signed.signatures[payer] as SignatureBytes
    const publicKey = key('frost-ed25519').groupPublicKey
    const cryptoKey = await crypto.subtle.importKey('raw', publicKey, 'Ed25519', true, ['verify'])
    expect(await verifySignature(cryptoKey, signature, signed.messageBytes)).toBe(true)
    const openssl = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey).toString('base64url') }, format: 'jwk' })
    expect(opensslVerify(null, signed.messageBytes, openssl, signature)).toBe(true)
  })

  it('bytes at a path: bip340 under the derived x-only key and (taproot) its BIP341 output key; frost-secp256k1 under the derived key', async () => {
    const message = new TextEncoder().encode('schnorr at m/4/2')
    const bip = key('bip340').keyId
    const child = HDKey.fromExtendedKey(await c.xpub(bip)).derive('m/4/2').publicKey!
    const plain = await c.sign({ keyId: bip, payload: { kind: 'bytes', data: message }, path: 'm/4/2' })
    expect(schnorr.verify(plain.signatures[0]!.signature, message, child.subarray(1))).toBe(true)
    const tr = await c.sign({ keyId: bip, payload: { kind: 'bytes', data: message, taproot: true }, path: 'm/4/2' })
    expect(schnorr.verify(tr.signatures[0]!.signature, message, p2tr(child.subarray(1)).tweakedPubkey)).toBe(true)
    const fs = key('frost-secp256k1').keyId
    const fsChild = HDKey.fromExtendedKey(await c.xpub(fs)).derive('m/4/2').publicKey!
    const r = await c.sign({ keyId: fs, payload: { kind: 'bytes', data: message }, path: 'm/4/2' })
    expect(r.publicKey).toEqual(fsChild)
  })
})

function varint(n: number): number[] {
  const out: number[] = []
  for (; n >= 0x80; n >>>= 7) out.push((n & 0x7f) | 0x80)
  return [...out, n]
}

function readVarint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0
  for (let shift = 0; ; shift += 7, at++) {
    value |= (bytes[at]! & 0x7f) << shift
    if (bytes[at]! < 0x80) return [value, at + 1]
  }
}

describe('what the nodes refuse', () => {
  const transport = () => (c as unknown as { transport: NodeTransport }).transport
  const members = () => net.cluster.members as { peerId: string; httpPort: number }[]
  const now = () => Math.floor(Date.now() / 1000)
  const send = (peer: string, request: CoordRequest): Promise<CoordResponse> => transport().request(peer, request, { signal: AbortSignal.timeout(20_000) })
  async function sessionsStarted(): Promise<number> {
    let total = 0
    for (const m of members()) {
      const text = await (await fetch(`http://127.0.0.1:${m.httpPort}/metrics`)).text()
      for (const line of text.split('\n')) if (line.startsWith('thresh_sessions_started_total')) total += Number(line.split(' ').at(-1))
    }
    return total
  }
  function signRequest(scheme: Scheme, payload: NonNullable<Extract<CoordRequest, { kind: 'sign' }>['payload']>, path: number[] = []): Extract<CoordRequest, { kind: 'sign' }> {
    const k = key(scheme)
    return { kind: 'sign', keyId: k.keyId, payload, ...(path.length ? { path } : {}), signers: k.parties.slice(0, 2), nonce: crypto.getRandomValues(new Uint8Array(32)), issuedAt: now(), epoch: k.epoch }
  }

  it('a malformed payload of every kind, a hardened or Ed25519 path, a wrong kind: bad-request, and no session starts', async () => {
    const before = await sessionsStarted()
    const cases: [Scheme, Extract<CoordRequest, { kind: 'sign' }>['payload'], number[]?][] = [
      ['ecdsa', { kind: 'evm-tx', data: hexToBytes('0x02c0') }],
      ['ecdsa', { kind: 'evm-tx', data: hexToBytes(serializeTransaction({ ...tx1559, type: 'eip4844', blobVersionedHashes: [`0x01${'00'.repeat(31)}`], maxFeePerBlobGas: 1n } as never)) }],
      ['ecdsa', { kind: 'eip712', data: new TextEncoder().encode('{"types":{}}') }],
      ['ecdsa', { kind: 'eip191', data: new Uint8Array(64 * 1024 + 1) }],
      ['ecdsa', { kind: 'psbt', data: new Uint8Array([0x70, 0x73, 0x62, 0x74, 0xff, 0x00]) }],
      ['frost-ed25519', { kind: 'solana-tx', data: new Uint8Array([1, 0, 0]) }],
      ['ecdsa', { kind: 'digest', data: new Uint8Array(31) }],
      ['bip340', { kind: 'bytes', data: new Uint8Array(64 * 1024 + 1) }],
      ['ecdsa', { kind: 'bytes', data: new Uint8Array(8) }],
      ['frost-secp256k1', { kind: 'bytes', data: new Uint8Array(8), taproot: true }],
      ['frost-ed25519', { kind: 'bytes', data: new Uint8Array(8) }, [0]],
    ]
    for (const [scheme, payload, path] of cases) {
      const request = signRequest(scheme, payload!, path)
      const answers = await Promise.all(request.signers.map((p) => send(p, request)))
      for (const a of answers) {
        expect(a.kind, `${payload!.kind} on ${scheme}`).toBe('error')
        expect((a as { code: string }).code, `${payload!.kind} on ${scheme}: ${(a as { message: string }).message}`).toBe('bad-request')
      }
    }
    expect(await sessionsStarted()).toBe(before)
  })

  it('a request cannot carry a tweak or a digest of its own: an injected field is refused, the legacy message cannot ride along', async () => {
    const request = signRequest('ecdsa', { kind: 'evm-tx', data: hexToBytes(serializeTransaction(tx1559)) }, [0, 1])
    // the wire codec has no field for them; a coordinator adding one to the SignRequest
    // (field 9, a 32-byte "tweak") is refused: unknown fields are not canonical
    const { coordRequestCodec } = await import('@thresh/wire')
    const encoded = coordRequestCodec.encode(request)
    expect(coordRequestCodec.decode(encoded)).toEqual(request)
    const [innerLength, headerLength] = readVarint(encoded, 1)
    expect(encoded[0]).toBe(0x12) // CoordRequest.sign: field 2, length-delimited
    const inner = Uint8Array.of(...encoded.subarray(headerLength, headerLength + innerLength), 0x4a, 32, ...new Uint8Array(32).fill(7))
    const forged = Uint8Array.of(0x12, ...varint(inner.length), ...inner)
    // (the node reads every request with this codec: rpcServerStream, a WireError answers bad-request)
    expect(() => coordRequestCodec.decode(forged)).toThrow(/canonical/)
    const both = { ...request, message: new Uint8Array(32).fill(1) }
    expect(() => coordRequestCodec.decode(coordRequestCodec.encode(both))).toThrow(/sign.message/)
  })

  it('signers given the same digest as an evm-tx payload and as a digest payload, or the same payload at two paths, never share a session', async () => {
    const unsigned = hexToBytes(serializeTransaction(tx1559))
    const base = signRequest('ecdsa', { kind: 'evm-tx', data: unsigned }, [0, 1])
    const [a, b] = base.signers
    for (const other of [
      { ...base, payload: { kind: 'digest' as const, data: hexToBytes(keccak256(unsigned)) } },
      { ...base, path: [0, 2] },
    ]) {
      // one request id (nonce, issued_at) and signer set, two different requests: a coordinator splitting what is signed
      const answers = await Promise.all([send(a!, { ...base, nonce: other.nonce }), send(b!, other)])
      for (const answer of answers) expect(answer.kind, JSON.stringify(answer).slice(0, 200)).toBe('error')
    }
  }, 60_000)

  it('the nodes derive the tweak and digest themselves: a raw evm-tx request at m/0/1 yields a signature for the wallet address of m/0/1', async () => {
    const unsigned = serializeTransaction(tx1559)
    const request = signRequest('ecdsa', { kind: 'evm-tx', data: hexToBytes(unsigned) }, [0, 1])
    const answers = await Promise.all(request.signers.map((p) => send(p, request)))
    const answer = answers.find((a) => a.kind === 'sign') as Extract<CoordResponse, { kind: 'sign' }>
    expect(answer).toBeDefined()
    const sig = secp256k1.Signature.fromBytes(answer.signature, 'compact').addRecoveryBit(answer.recoveryId)
    const signer = publicKeyToAddress(`0x${hex.encode(sig.recoverPublicKey(hexToBytes(keccak256(unsigned))).toBytes(false))}`)
    expect(signer).toBe(await walletAddress(key('ecdsa').keyId, 'm/0/1'))
  })
})
