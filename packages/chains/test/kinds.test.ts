// Which kinds fit which scheme, and the two unstructured kinds (bytes, digest).
import { describe, expect, it } from 'vitest'
import { SCHEMES, type Scheme } from '@thresh/crypto'
import { checkKindForScheme, decodePayload, MAX_MESSAGE_BYTES, PAYLOAD_KINDS, type PayloadKind } from '../src/index.js'
import { rejects } from './reject.js'

const allowed: Record<PayloadKind, Scheme[]> = {
  'evm-tx': ['ecdsa'],
  eip191: ['ecdsa'],
  eip712: ['ecdsa'],
  psbt: ['ecdsa', 'bip340'],
  'solana-tx': ['frost-ed25519'],
  bytes: ['frost-ed25519', 'frost-secp256k1', 'bip340'],
  digest: ['ecdsa', 'frost-ed25519', 'frost-secp256k1', 'bip340'],
}

describe('checkKindForScheme', () => {
  const pairs = PAYLOAD_KINDS.flatMap((kind) => SCHEMES.map((scheme) => ({ kind, scheme, ok: allowed[kind].includes(scheme) })))
  it.each(pairs)('$kind with $scheme: allowed = $ok', ({ kind, scheme, ok }) => {
    if (ok) expect(() => checkKindForScheme(kind, scheme)).not.toThrow()
    else rejects(() => checkKindForScheme(kind, scheme), 'wrong-scheme', new RegExp(`${kind} payload cannot be signed by a ${scheme} key`))
  })

  it('refuses unknown kinds', () => {
    rejects(() => checkKindForScheme('eth_sign' as PayloadKind, 'ecdsa'), 'bad-request', /unknown payload kind/)
    rejects(() => decodePayload('raw' as PayloadKind, new Uint8Array(32), { scheme: 'ecdsa' }), 'bad-request')
  })

  it('decodePayload checks the scheme before decoding', () => {
    rejects(() => decodePayload('bytes', new Uint8Array(4), { scheme: 'ecdsa' }), 'wrong-scheme')
    rejects(() => decodePayload('evm-tx', new Uint8Array(4), { scheme: 'bip340' }), 'wrong-scheme')
    rejects(() => decodePayload('digest', new Uint8Array(32), null as never), 'bad-request')
  })
})

describe('bytes and digest', () => {
  it('bytes: the message itself is what a Schnorr key signs', () => {
    const message = new TextEncoder().encode('any message')
    const { digests, summary } = decodePayload('bytes', message, { scheme: 'frost-secp256k1' })
    expect(digests).toEqual([message])
    expect(digests[0]).not.toBe(message) // a copy: later changes to the request do not reach it
    expect(summary).toEqual({ length: message.length })
    expect(decodePayload('bytes', new Uint8Array(0), { scheme: 'bip340' }).digests).toEqual([new Uint8Array(0)])
  })

  it('bytes: refuses oversize and non-bytes', () => {
    rejects(() => decodePayload('bytes', new Uint8Array(MAX_MESSAGE_BYTES + 1), { scheme: 'bip340' }), 'too-large')
    rejects(() => decodePayload('bytes', 'text', { scheme: 'bip340' }), 'bad-request')
  })

  it('digest: exactly 32 bytes, for any scheme', () => {
    const digest = new Uint8Array(32).fill(0xab)
    for (const scheme of SCHEMES) {
      expect(decodePayload('digest', digest, { scheme })).toEqual({ kind: 'digest', digests: [digest], summary: { digest: 'ab'.repeat(32) } })
    }
    rejects(() => decodePayload('digest', new Uint8Array(31), { scheme: 'ecdsa' }), 'bad-request', /32 bytes/)
    rejects(() => decodePayload('digest', new Uint8Array(33), { scheme: 'ecdsa' }), 'too-large')
    rejects(() => decodePayload('digest', 'ab'.repeat(32), { scheme: 'ecdsa' }), 'bad-request')
  })
})
