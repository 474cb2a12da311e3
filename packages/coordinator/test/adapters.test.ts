import { Transaction, verifyMessage as ethersVerifyMessage, verifyTypedData as ethersVerifyTypedData } from 'ethers'
import {
  bytesToHex,
  parseGwei,
  parseTransaction,
  recoverTransactionAddress,
  verifyMessage,
  verifyTypedData,
  type TransactionSerializedEIP1559,
} from 'viem'
import { privateKeyToAccount, publicKeyToAddress } from 'viem/accounts'
import { HDKey } from '@scure/bip32'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ThreshSigner } from '../src/ethers.js'
import { Coordinator } from '../src/index.js'
import { toThreshAccount, type ThreshAccount } from '../src/viem.js'
import { startFakeNetwork, type FakeNetwork } from './fake-network.js'

const typedData = {
  domain: { name: 'Ether Mail', version: '1', chainId: 1, verifyingContract: '0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC' },
  types: {
    Person: [
      { name: 'name', type: 'string' },
      { name: 'wallet', type: 'address' },
    ],
    Mail: [
      { name: 'from', type: 'Person' },
      { name: 'to', type: 'Person' },
      { name: 'contents', type: 'string' },
    ],
  },
  primaryType: 'Mail',
  message: {
    from: { name: 'Cow', wallet: '0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826' },
    to: { name: 'Bob', wallet: '0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB' },
    contents: 'Hello, Bob!',
  },
} as const

const tx1559 = {
  type: 'eip1559',
  chainId: 1,
  nonce: 7,
  to: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  value: 10n ** 15n,
  gas: 21_000n,
  maxFeePerGas: parseGwei('30'),
  maxPriorityFeePerGas: parseGwei('1'),
} as const

let net: FakeNetwork
let c: Coordinator
let account: ThreshAccount
let whole: ReturnType<typeof privateKeyToAccount>

beforeAll(async () => {
  net = await startFakeNetwork(3)
  c = await Coordinator.connect({ nodes: net.entries, identity: net.coordinatorKey })
  await c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'eth' })
  await c.keygen({ scheme: 'bip340', threshold: 2, keyId: 'taproot' })
  account = await toThreshAccount(c, 'eth')
  // the same key held whole, only as an oracle for what the answers must be
  whole = privateKeyToAccount(bytesToHex(net.secretOf('eth')))
})
afterAll(async () => {
  await c.close()
  await net.stop()
})

describe('viem account', () => {
  it('has the key address and public key', () => {
    expect(account.address).toBe(whole.address)
    expect(account.publicKey).toBe(whole.publicKey)
    expect(account.type).toBe('local')
  })

  it('signs an EIP-1559 transaction that parses and recovers to the key address', async () => {
    const signed = await account.signTransaction(tx1559)
    const parsed = parseTransaction(signed as TransactionSerializedEIP1559)
    expect(parsed).toMatchObject({ type: 'eip1559', chainId: 1, nonce: 7, to: tx1559.to.toLowerCase(), value: tx1559.value, gas: 21_000n })
    expect(await recoverTransactionAddress({ serializedTransaction: signed as TransactionSerializedEIP1559 })).toBe(account.address)
  })

  it('signs a legacy (EIP-155) transaction', async () => {
    const signed = await account.signTransaction({ type: 'legacy', chainId: 5, nonce: 0, to: tx1559.to, value: 1n, gas: 21_000n, gasPrice: parseGwei('2') })
    expect(await recoverTransactionAddress({ serializedTransaction: signed })).toBe(account.address)
    expect(parseTransaction(signed).chainId).toBe(5)
  })

  it('signMessage (EIP-191) verifies with verifyMessage, for text and raw bytes', async () => {
    const signature = await account.signMessage({ message: 'hello thresh' })
    expect(await verifyMessage({ address: account.address, message: 'hello thresh', signature })).toBe(true)
    expect(await verifyMessage({ address: account.address, message: 'hello thresh!', signature })).toBe(false)
    const raw = await account.signMessage({ message: { raw: '0xdeadbeef' } })
    expect(await verifyMessage({ address: account.address, message: { raw: '0xdeadbeef' }, signature: raw })).toBe(true)
  })

  it('signTypedData (EIP-712) verifies with verifyTypedData', async () => {
    const signature = await account.signTypedData(typedData)
    expect(await verifyTypedData({ address: account.address, signature, ...typedData })).toBe(true)
  })

  it('is refused for a Schnorr key', async () => {
    await expect(toThreshAccount(c, 'taproot')).rejects.toThrow(/need an ECDSA key/)
  })
})

describe('adapters at a BIP32 path', () => {
  it('viem and ethers sign as the child key an ordinary wallet derives from the xpub (@scure/bip32)', async () => {
    const child = HDKey.fromExtendedKey(await c.xpub('eth')).derive('m/0/1')
    const expected = publicKeyToAddress(bytesToHex(secp256k1.Point.fromBytes(child.publicKey!).toBytes(false)))
    expect(expected).not.toBe(whole.address)
    const atPath = await toThreshAccount(c, 'eth', { path: 'm/0/1' })
    expect(atPath.address).toBe(expected)
    const signed = await atPath.signTransaction(tx1559)
    expect(await recoverTransactionAddress({ serializedTransaction: signed as TransactionSerializedEIP1559 })).toBe(expected)
    const signature = await atPath.signTypedData(typedData)
    expect(await verifyTypedData({ address: expected, signature, ...typedData })).toBe(true)
    const signer = await ThreshSigner.create(c, 'eth', null, { path: [0, 1] })
    expect(await signer.getAddress()).toBe(expected)
    expect(ethersVerifyMessage('at a path', await signer.signMessage('at a path'))).toBe(expected)
  })

  it('the SDK refuses signatures that do not verify under the derived key (a node signing at the root, a node forging)', async () => {
    const digest = new Uint8Array(32).fill(0x5a)
    const root = secp256k1.Signature.fromBytes(secp256k1.sign(digest, net.secretOf('eth'), { prehash: false, format: 'recovered' }), 'recovered')
    // every node answers with a valid signature of the right digest, but for the key itself, not for m/0/1
    for (const node of net.nodes) {
      node.override = (r) => (r.kind === 'sign' ? { kind: 'sign', signature: root.toBytes('compact'), recoveryId: root.recovery! } : undefined)
    }
    try {
      await expect(c.sign({ keyId: 'eth', payload: { kind: 'digest', data: digest }, path: 'm/0/1' })).rejects.toThrow(/does not verify/)
      const atRoot = await c.sign({ keyId: 'eth', payload: { kind: 'digest', data: digest } })
      expect(atRoot.signatures[0]!.signature).toEqual(root.toBytes('compact'))
    } finally {
      for (const node of net.nodes) node.override = undefined
    }
  })

  it('refuses a hardened path', async () => {
    await expect(toThreshAccount(c, 'eth', { path: "m/44'/60'" })).rejects.toThrow(/hardened/)
  })
})

describe('ethers signer', () => {
  it('signs a transaction whose sender is the key address', async () => {
    const signer = await ThreshSigner.create(c, 'eth')
    expect(await signer.getAddress()).toBe(whole.address)
    const signed = await signer.signTransaction({
      type: 2,
      chainId: 1n,
      nonce: 3,
      to: tx1559.to,
      value: 5n,
      gasLimit: 21_000n,
      maxFeePerGas: tx1559.maxFeePerGas,
      maxPriorityFeePerGas: tx1559.maxPriorityFeePerGas,
    })
    const tx = Transaction.from(signed)
    expect(tx.from).toBe(whole.address)
    expect(tx.type).toBe(2)
    expect(tx.nonce).toBe(3)
  })

  it('refuses a transaction from another address', async () => {
    const signer = await ThreshSigner.create(c, 'eth')
    await expect(signer.signTransaction({ from: tx1559.to, to: tx1559.to, chainId: 1n, nonce: 0, gasLimit: 21_000n, gasPrice: 1n })).rejects.toThrow(/cannot be signed/)
  })

  it('signMessage and signTypedData recover to the key address', async () => {
    const signer = await ThreshSigner.create(c, 'eth')
    const sig = await signer.signMessage('hello ethers')
    expect(ethersVerifyMessage('hello ethers', sig)).toBe(whole.address)
    const { domain, types, message } = JSON.parse(JSON.stringify(typedData)) // ethers wants mutable objects
    const typed = await signer.signTypedData(domain, types, message)
    expect(ethersVerifyTypedData(domain, types, message, typed)).toBe(whole.address)
  })
})
