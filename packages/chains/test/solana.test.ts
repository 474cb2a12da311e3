// solana-tx: messages built with @solana/transaction-messages, compiled by
// @solana/transactions; an Ed25519 signature over our digest is checked by @solana/keys
// (WebCrypto) and by OpenSSL (node:crypto).
import { describe, expect, it } from 'vitest'
import { createPublicKey, verify as opensslVerify } from 'node:crypto'
import { ed25519 } from '@noble/curves/ed25519.js'
import { getAddressDecoder, type Address } from '@solana/addresses'
import { AccountRole } from '@solana/instructions'
import { verifySignature } from '@solana/keys'
import {
  appendTransactionMessageInstructions, compressTransactionMessageUsingAddressLookupTables, createTransactionMessage,
  setTransactionMessageFeePayer, setTransactionMessageLifetimeUsingBlockhash,
} from '@solana/transaction-messages'
import { compileTransaction } from '@solana/transactions'
import { decodePayload, MAX_SOLANA_MESSAGE_BYTES } from '../src/index.js'
import { rejects } from './reject.js'

const secret = new Uint8Array(32).fill(7)
const publicKey = ed25519.getPublicKey(secret)
const addr = (bytes: Uint8Array) => getAddressDecoder().decode(bytes)
const payer = addr(publicKey)
const recipient = addr(new Uint8Array(32).fill(9))
const system = '11111111111111111111111111111111' as Address
const memo = 'MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr' as Address
const blockhash = 'EkSnNWid2cvwEVnVx9aBqawnmiCNiDgp3gUdkDPTKN1N' as never
const frost = { scheme: 'frost-ed25519', publicKey } as const

function transferData(lamports: bigint): Uint8Array {
  const data = new Uint8Array(12)
  const view = new DataView(data.buffer)
  view.setUint32(0, 2, true) // SystemProgram::Transfer
  view.setBigUint64(4, lamports, true)
  return data
}

const instructions = [
  { programAddress: system, accounts: [{ address: payer, role: AccountRole.WRITABLE_SIGNER }, { address: recipient, role: AccountRole.WRITABLE }], data: transferData(1_500_000n) },
  { programAddress: memo, accounts: [], data: new TextEncoder().encode('thresh') },
]

function message(version: 'legacy' | 0) {
  const base = setTransactionMessageLifetimeUsingBlockhash(
    { blockhash, lastValidBlockHeight: 100n },
    setTransactionMessageFeePayer(payer, createTransactionMessage({ version })),
  )
  return appendTransactionMessageInstructions(instructions, base)
}

describe('solana-tx', () => {
  it.each(['legacy', 0] as const)('version %s: the digest is the message, and Solana\'s verifiers accept a signature over it', async (version) => {
    const compiled = compileTransaction(message(version))
    const bytes = Uint8Array.from(compiled.messageBytes)
    const { digests, summary } = decodePayload('solana-tx', bytes, frost)
    expect(digests).toEqual([bytes])
    const signature = ed25519.sign(digests[0]!, secret)
    const key = await crypto.subtle.importKey('raw', publicKey, 'Ed25519', true, ['verify'])
    expect(await verifySignature(key, signature as never, compiled.messageBytes)).toBe(true)
    const der = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey).toString('base64url') }, format: 'jwk' })
    expect(opensslVerify(null, bytes, der, signature)).toBe(true)
    expect(summary).toMatchObject({
      version, feePayer: payer, signers: [payer], recentBlockhash: blockhash, programIds: [system, memo],
      header: { numSignerAccounts: 1, numReadonlySignerAccounts: 0, numReadonlyNonSignerAccounts: 2 },
      instructions: [
        { programId: system, accountIndices: [0, 1], data: Buffer.from(transferData(1_500_000n)).toString('hex') },
        { programId: memo, accountIndices: [], data: Buffer.from('thresh').toString('hex') },
      ],
      addressTableLookups: [],
    })
  })

  it('v0 with an address lookup table lists the table and its indices', () => {
    const table = addr(new Uint8Array(32).fill(0x33))
    const v0 = appendTransactionMessageInstructions(instructions, setTransactionMessageLifetimeUsingBlockhash(
      { blockhash, lastValidBlockHeight: 100n },
      setTransactionMessageFeePayer(payer, createTransactionMessage({ version: 0 })),
    ))
    const compressed = compressTransactionMessageUsingAddressLookupTables(v0, { [table]: [recipient] })
    const bytes = Uint8Array.from(compileTransaction(compressed).messageBytes)
    const { summary } = decodePayload('solana-tx', bytes, frost)
    expect(summary.addressTableLookups).toEqual([{ table, writableIndexes: [0], readonlyIndexes: [] }])
    expect(summary.staticAccounts).not.toContain(recipient)
    // The recipient is the first loaded account, after the static ones.
    expect(summary.instructions[0]!.accountIndices).toEqual([0, summary.staticAccounts.length])
  })

  const good = () => Uint8Array.from(compileTransaction(message('legacy')).messageBytes)

  it('refuses a key that is not a signer of the message', () => {
    rejects(() => decodePayload('solana-tx', good(), { scheme: 'frost-ed25519', publicKey: new Uint8Array(32).fill(9) }), 'nothing-to-sign')
    rejects(() => decodePayload('solana-tx', good(), { scheme: 'frost-ed25519', publicKey: publicKey.slice(1) }), 'bad-request')
    expect(decodePayload('solana-tx', good(), { scheme: 'frost-ed25519' }).digests).toHaveLength(1)
  })

  // Legacy layout: 3 header bytes, account count (4), 4 keys, blockhash, instruction count, then
  // the first instruction's program index.
  const PROGRAM_INDEX = 3 + 1 + 4 * 32 + 32 + 1
  it.each([
    ['empty', () => new Uint8Array(0), /decode/],
    ['truncated', () => good().slice(0, 40), /expected 32 bytes/],
    ['trailing bytes', () => Uint8Array.of(...good(), 0), /trailing/],
    ['no signer', () => { const b = good(); b[0] = 0; return b }, /header/],
    ['readonly fee payer', () => { const b = good(); b[1] = 1; return b }, /header/],
    ['more accounts in the header than listed', () => { const b = good(); b[2] = 9; return b }, /header/],
    ['program index out of range', () => { const b = good(); b[PROGRAM_INDEX] = 4; return b }, /program index/],
    ['the fee payer as program', () => { const b = good(); b[PROGRAM_INDEX] = 0; return b }, /program index/],
    ['an account index out of range', () => { const b = good(); b[PROGRAM_INDEX + 3] = 4; return b }, /refers to an account/],
    ['a non-minimal account count', () => { const b = good(); return Uint8Array.of(...b.subarray(0, 3), 0x84, 0x00, ...b.subarray(4)) }, /canonical/],
    ['a duplicate account', () => { const b = good(); b.set(b.subarray(4, 36), 36); return b }, /duplicate/],
  ] as const)('refuses a malformed message: %s', (_name, make, message) => {
    rejects(() => decodePayload('solana-tx', make(), frost), 'bad-request', message)
  })

  it('refuses oversize messages and the wrong scheme', () => {
    rejects(() => decodePayload('solana-tx', new Uint8Array(MAX_SOLANA_MESSAGE_BYTES + 1), frost), 'too-large')
    rejects(() => decodePayload('solana-tx', good(), { scheme: 'ecdsa' }), 'wrong-scheme')
  })
})
