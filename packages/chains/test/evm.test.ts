// evm-tx, eip191, eip712: digests signed with a plain noble key and checked by viem's and
// ethers' own verifiers (recoverTransactionAddress, verifyMessage, verifyTypedData).
import { describe, expect, it } from 'vitest'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { bytesToHex as nobleHex } from '@noble/curves/utils.js'
import {
  bytesToHex, hexToBytes, recoverTransactionAddress, serializeTransaction, toRlp, verifyMessage, verifyTypedData,
  type Hex, type TransactionSerializable,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { TypedDataEncoder, verifyMessage as ethersVerifyMessage, verifyTypedData as ethersVerifyTypedData } from 'ethers'
import { decodePayload, MAX_EVM_TX_BYTES, MAX_MESSAGE_BYTES } from '../src/index.js'
import { rejects } from './reject.js'

const secret = hexToBytes('0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318')
const account = privateKeyToAccount(bytesToHex(secret))
const ecdsa = { scheme: 'ecdsa' } as const

function sign(digest: Uint8Array) {
  const sig = secp256k1.sign(digest, secret, { prehash: false, format: 'recovered' })
  const yParity = sig[0]!
  // v is for legacy transactions (viem adds the EIP-155 chain id), yParity for typed ones.
  return { r: `0x${nobleHex(sig.slice(1, 33))}` as Hex, s: `0x${nobleHex(sig.slice(33))}` as Hex, yParity, v: 27n + BigInt(yParity) }
}

function signatureHex(digest: Uint8Array): Hex {
  const { r, s, v } = sign(digest)
  return `${r}${s.slice(2)}${v.toString(16)}` as Hex
}

const to = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' as const
const transfer = '0xa9059cbb000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb922660000000000000000000000000000000000000000000000000de0b6b3a7640000' as const

describe('evm-tx', () => {
  const cases: { name: string; tx: TransactionSerializable; fees: Record<string, bigint> }[] = [
    { name: 'legacy (EIP-155)', tx: { type: 'legacy', chainId: 1, nonce: 7, gasPrice: 20_000_000_000n, gas: 21_000n, to, value: 10n ** 18n }, fees: { gasPrice: 20_000_000_000n } },
    { name: 'EIP-2930', tx: { type: 'eip2930', chainId: 10, nonce: 0, gasPrice: 1n, gas: 60_000n, to, value: 0n, data: transfer, accessList: [{ address: to, storageKeys: [`0x${'00'.repeat(31)}01`] }] }, fees: { gasPrice: 1n } },
    { name: 'EIP-1559', tx: { type: 'eip1559', chainId: 8453, nonce: 300, maxFeePerGas: 3_000_000_000n, maxPriorityFeePerGas: 1_000_000_000n, gas: 90_000n, to, value: 123456789012345678901234567890n, data: transfer }, fees: { maxFeePerGas: 3_000_000_000n, maxPriorityFeePerGas: 1_000_000_000n } },
  ]

  it.each(cases)('$name: viem recovers the signer from the signed transaction', async ({ tx, fees }) => {
    const bytes = hexToBytes(serializeTransaction(tx))
    const { digests, summary } = decodePayload('evm-tx', bytes, ecdsa)
    expect(digests).toHaveLength(1)
    const signed = serializeTransaction(tx, sign(digests[0]!))
    expect(await recoverTransactionAddress({ serializedTransaction: signed as never })).toBe(account.address)
    expect(summary).toMatchObject({
      type: tx.type, chainId: tx.chainId, nonce: tx.nonce, to, value: tx.value, gas: tx.gas, ...fees,
      data: tx.data ?? '0x', selector: tx.data ? '0xa9059cbb' : null,
    })
  })

  it('EIP-7702: signs the type-4 transaction and lists its authorizations', async () => {
    const authorization = await account.signAuthorization({ chainId: 1, address: to, nonce: 5 })
    const tx: TransactionSerializable = { type: 'eip7702', chainId: 1, nonce: 4, maxFeePerGas: 2n, maxPriorityFeePerGas: 1n, gas: 100_000n, to: account.address, value: 0n, authorizationList: [authorization] }
    const { digests, summary } = decodePayload('evm-tx', hexToBytes(serializeTransaction(tx)), ecdsa)
    expect(await recoverTransactionAddress({ serializedTransaction: serializeTransaction(tx, sign(digests[0]!)) as never })).toBe(account.address)
    expect(summary).toMatchObject({ type: 'eip7702', authorizationList: [{ chainId: 1, address: to, nonce: 5 }] })
  })

  it('contract creation has to = null', () => {
    const tx: TransactionSerializable = { type: 'eip1559', chainId: 1, nonce: 0, maxFeePerGas: 2n, maxPriorityFeePerGas: 1n, gas: 500_000n, data: '0x6080604052' }
    expect(decodePayload('evm-tx', hexToBytes(serializeTransaction(tx)), ecdsa).summary).toMatchObject({ to: null, value: 0n, selector: '0x60806040' })
  })

  it('refuses blob (EIP-4844) transactions', () => {
    const blob = serializeTransaction({
      type: 'eip4844', chainId: 1, nonce: 0, maxFeePerGas: 2n, maxPriorityFeePerGas: 1n, maxFeePerBlobGas: 1n, gas: 21_000n, to,
      blobVersionedHashes: [`0x01${'ab'.repeat(31)}`],
    })
    rejects(() => decodePayload('evm-tx', hexToBytes(blob), ecdsa), 'unsupported', /EIP-4844/)
  })

  it('refuses signed transactions', () => {
    const tx = cases[2]!.tx
    const signed = serializeTransaction(tx, { r: `0x${'11'.repeat(32)}`, s: `0x${'22'.repeat(32)}`, yParity: 1 })
    rejects(() => decodePayload('evm-tx', hexToBytes(signed), ecdsa), 'unsupported', /already signed/)
    const legacySigned = serializeTransaction(cases[0]!.tx, { r: `0x${'11'.repeat(32)}`, s: `0x${'22'.repeat(32)}`, v: 37n })
    rejects(() => decodePayload('evm-tx', hexToBytes(legacySigned), ecdsa), 'unsupported', /already signed/)
  })

  it('refuses legacy transactions without an EIP-155 chain id', () => {
    const tx: TransactionSerializable = { type: 'legacy', nonce: 7, gasPrice: 20_000_000_000n, gas: 21_000n, to, value: 10n ** 18n }
    rejects(() => decodePayload('evm-tx', hexToBytes(serializeTransaction(tx)), ecdsa), 'unsupported', /EIP-155/)
  })

  it('refuses non-canonical encodings', () => {
    // nonce 7 written as 0x0007 (a leading zero byte): same fields, different bytes.
    const fields: Hex[] = ['0x0007', '0x04a817c800', '0x5208', to, '0x0de0b6b3a7640000', '0x', '0x01', '0x', '0x']
    rejects(() => decodePayload('evm-tx', hexToBytes(toRlp(fields)), ecdsa), 'bad-request')
  })

  it.each([
    ['empty', new Uint8Array(0), 'bad-request'],
    ['trailing byte', hexToBytes(`${serializeTransaction(cases[2]!.tx)}00` as Hex), 'bad-request'],
    ['truncated', hexToBytes(serializeTransaction(cases[2]!.tx)).slice(0, 20), 'bad-request'],
    ['garbage typed', hexToBytes('0x02c3010203'), 'bad-request'],
    ['garbage legacy', hexToBytes('0xc3010203'), 'bad-request'],
    ['unknown type', hexToBytes('0x05c0'), 'unsupported'],
    ['too large', new Uint8Array(MAX_EVM_TX_BYTES + 1).fill(0xc0), 'too-large'],
  ] as const)('refuses a malformed transaction: %s', (_name, bytes, code) => {
    rejects(() => decodePayload('evm-tx', bytes, ecdsa), code)
  })

  it('refuses a non-bytes input', () => {
    rejects(() => decodePayload('evm-tx', serializeTransaction(cases[2]!.tx), ecdsa), 'bad-request')
  })
})

describe('eip191', () => {
  it('viem and ethers verify a signature over the digest', async () => {
    const message = new TextEncoder().encode('Sign in to example.org\nNonce: 42')
    const { digests, summary } = decodePayload('eip191', message, ecdsa)
    const signature = signatureHex(digests[0]!)
    expect(await verifyMessage({ address: account.address, message: { raw: message }, signature })).toBe(true)
    expect(ethersVerifyMessage(message, signature)).toBe(account.address)
    expect(summary).toEqual({ length: message.length, text: 'Sign in to example.org\nNonce: 42' })
  })

  it('summarizes binary messages without text', async () => {
    const message = Uint8Array.of(0xff, 0xfe, 0x00, 0x80)
    const { digests, summary } = decodePayload('eip191', message, ecdsa)
    expect(summary).toEqual({ length: 4, text: null })
    expect(await verifyMessage({ address: account.address, message: { raw: message }, signature: signatureHex(digests[0]!) })).toBe(true)
  })

  it('refuses oversize and non-bytes messages', () => {
    rejects(() => decodePayload('eip191', new Uint8Array(MAX_MESSAGE_BYTES + 1), ecdsa), 'too-large')
    rejects(() => decodePayload('eip191', 'hello', ecdsa), 'bad-request')
  })
})

describe('eip712', () => {
  const typed = {
    types: {
      EIP712Domain: [
        { name: 'name', type: 'string' }, { name: 'version', type: 'string' },
        { name: 'chainId', type: 'uint256' }, { name: 'verifyingContract', type: 'address' },
      ],
      Person: [{ name: 'name', type: 'string' }, { name: 'wallet', type: 'address' }],
      Mail: [{ name: 'from', type: 'Person' }, { name: 'to', type: 'Person[]' }, { name: 'contents', type: 'string' }, { name: 'amount', type: 'uint256' }],
    },
    primaryType: 'Mail',
    domain: { name: 'Ether Mail', version: '1', chainId: 1, verifyingContract: '0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC' },
    message: {
      from: { name: 'Cow', wallet: '0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826' },
      to: [{ name: 'Bob', wallet: '0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB' }],
      contents: 'Hello, Bob!',
      amount: '115792089237316195423570985008687907853269984665640564039457584007913129639935',
    },
  }
  const json = JSON.stringify(typed)

  it('viem and ethers verify a signature over the digest', async () => {
    const { digests, summary } = decodePayload('eip712', new TextEncoder().encode(json), ecdsa)
    const signature = signatureHex(digests[0]!)
    expect(await verifyTypedData({ address: account.address, ...typed, signature } as never)).toBe(true)
    const { EIP712Domain: _, ...ethersTypes } = typed.types
    expect(ethersVerifyTypedData(typed.domain, ethersTypes, typed.message, signature)).toBe(account.address)
    expect(summary.primaryType).toBe('Mail')
    expect(summary.domain).toEqual(typed.domain)
    expect(summary.message).toEqual(typed.message)
  })

  it('takes bytes, a JSON string or the object alike, and derives the domain type when absent', () => {
    const fromBytes = decodePayload('eip712', new TextEncoder().encode(json), ecdsa).digests[0]
    expect(decodePayload('eip712', json, ecdsa).digests[0]).toEqual(fromBytes)
    expect(decodePayload('eip712', typed, ecdsa).digests[0]).toEqual(fromBytes)
    const { EIP712Domain: _, ...types } = typed.types
    expect(decodePayload('eip712', { ...typed, types }, ecdsa).digests[0]).toEqual(fromBytes)
    expect(bytesToHex(fromBytes!)).toBe(TypedDataEncoder.hash(typed.domain, types, typed.message))
  })

  const mutate = (f: (t: any) => void) => {
    const t = JSON.parse(json)
    f(t)
    return JSON.stringify(t)
  }
  it.each([
    ['an undeclared message field', mutate((t) => { t.message.extra = 1 })],
    ['an undeclared nested field', mutate((t) => { t.message.to[0].extra = 'x' })],
    ['a missing field', mutate((t) => { delete t.message.contents })],
    ['an unknown primaryType', mutate((t) => { t.primaryType = 'Nope' })],
    ['EIP712Domain as primaryType', mutate((t) => { t.primaryType = 'EIP712Domain' })],
    ['a bad address', mutate((t) => { t.message.from.wallet = '0x1234' })],
    ['a uint256 overflow', mutate((t) => { t.message.amount = (2n ** 256n).toString() })],
    ['a non-array for Person[]', mutate((t) => { t.message.to = t.message.from })],
    ['an unknown domain field', mutate((t) => { t.domain.foo = 'x'; t.types.EIP712Domain.push({ name: 'foo', type: 'string' }) })],
    ['a domain field its type omits', mutate((t) => { t.domain.salt = `0x${'00'.repeat(32)}` })],
    ['a top-level extra', mutate((t) => { t.extra = 1 })],
    ['a prototype key as type', mutate((t) => { t.types.Mail.push({ name: 'x', type: 'constructor' }); t.message.x = {} })],
    ['a number for a string', mutate((t) => { t.message.contents = 5 })],
    ['a string for a bool', mutate((t) => { t.types.Mail.push({ name: 'urgent', type: 'bool' }); t.message.urgent = 'yes' })],
    ['an unknown atomic type', mutate((t) => { t.types.Mail.push({ name: 'x', type: 'uint7' }); t.message.x = 1 })],
    ['a number past 2^53', json.replace('"amount":"115792089237316195423570985008687907853269984665640564039457584007913129639935"', '"amount":9007199254740993')],
    ['not JSON', '{"types":'],
    ['a JSON array', '[]'],
  ])('refuses typed data with %s', (_name, text) => {
    rejects(() => decodePayload('eip712', text, ecdsa), 'bad-request')
  })

  it('names a missing field and an undeclared one', () => {
    rejects(() => decodePayload('eip712', mutate((t) => { delete t.message.contents }), ecdsa), 'bad-request', /message\.contents is missing/)
    rejects(() => decodePayload('eip712', mutate((t) => { delete t.message.from }), ecdsa), 'bad-request', /message\.from is missing/)
    rejects(() => decodePayload('eip712', mutate((t) => { t.message.to[0].x = 1 }), ecdsa), 'bad-request', /message\.to\[0\] has a field its type does not declare/)
  })

  it('refuses oversize and non-UTF-8 input', () => {
    rejects(() => decodePayload('eip712', new Uint8Array(MAX_MESSAGE_BYTES + 1), ecdsa), 'too-large')
    rejects(() => decodePayload('eip712', Uint8Array.of(0xff, 0xfe), ecdsa), 'bad-request')
  })
})
