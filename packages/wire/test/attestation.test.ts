import { describe, expect, it } from 'vitest'
import { secp256k1Group } from '@thresh/crypto'
import { thresh } from '../gen/thresh.js'
import { attestationCodec, coordRequestCodec, coordResponseCodec, WireError, type AttestationMessage, type KeyInfo } from '../src/index.js'

const peers = [
  '12D3KooWNyThgEH8uQwwTUdFvq5sHFpiJVJCtBz387Cy8fAhXeEZ',
  '12D3KooWJpvkTc9WzGxgaGpZNvVpVRy2optMvgY1qEtZyLMz4KVM',
  '12D3KooWLMCvb3SPJdY9V9pY68PjqJvLkWorLcRJZdsF7ApwoU4R',
]
const point = (x: bigint) => secp256k1Group.encodePoint(secp256k1Group.base.multiply(x))
const key: KeyInfo = {
  keyId: 'k1', scheme: 'bip340', threshold: 2, parties: peers, groupPublicKey: point(9n), chainCode: new Uint8Array(32).fill(5), epoch: 0,
  publicShares: [1n, 2n, 3n].map(point),
}
const quote = { quoted: new Uint8Array(150).fill(1), signature: new Uint8Array(72).fill(2), binding: { sessionId: new Uint8Array(32).fill(3), peerId: peers[0]!, identityPublicKey: new Uint8Array(32).fill(4) } }

const refusal = (fn: () => unknown): string | undefined => {
  try {
    fn()
  } catch (err) {
    if (err instanceof WireError) return err.code
    throw err
  }
  return undefined
}

describe('attestation on the wire', () => {
  it('round-trips the exchange message with and without a quote', () => {
    for (const m of [{ type: 'attest/evidence', protection: 'tpm2', quote }, { type: 'attest/evidence', protection: 'passphrase' }, { type: 'attest/evidence', protection: 'unknown' }, { type: 'attest/confirm', transcript: new Uint8Array(32).fill(7) }] as AttestationMessage[]) {
      expect(attestationCodec.decode(attestationCodec.encode(m))).toEqual(m)
    }
  })

  it('refuses an oversized or empty quote part, a short session id and an unknown protection', () => {
    const encode = (p: thresh.v1.AttestationEvidence.$Properties) => thresh.v1.AttestationPayload.encode({ evidence: p }).finish()
    const wire = { quoted: quote.quoted, signature: quote.signature, sessionId: quote.binding.sessionId, peerId: quote.binding.peerId, identityPublicKey: quote.binding.identityPublicKey }
    expect(refusal(() => attestationCodec.decode(encode({ protection: 3, tpmQuote: wire })))).toBeUndefined()
    expect(refusal(() => attestationCodec.decode(encode({ protection: 3, tpmQuote: { ...wire, quoted: new Uint8Array(1025) } })))).toBe('invalid-field')
    expect(refusal(() => attestationCodec.decode(encode({ protection: 3, tpmQuote: { ...wire, signature: new Uint8Array(0) } })))).toBe('invalid-field')
    expect(refusal(() => attestationCodec.decode(encode({ protection: 3, tpmQuote: { ...wire, sessionId: new Uint8Array(31) } })))).toBe('invalid-field')
    expect(refusal(() => attestationCodec.decode(encode({ protection: 3, tpmQuote: { ...wire, peerId: 'nope' } })))).toBe('invalid-field')
    expect(refusal(() => attestationCodec.decode(encode({ protection: 9 })))).toBe('invalid-field')
    expect(refusal(() => attestationCodec.decode(thresh.v1.AttestationPayload.encode({ confirm: new Uint8Array(31) }).finish()))).toBe('invalid-field')
    expect(refusal(() => attestationCodec.decode(new Uint8Array(0)))).toBe('invalid-field')
  })

  it('carries a keygen\'s attestation mode ("off" as older requests have it: absent)', () => {
    const base = { kind: 'keygen' as const, scheme: 'ecdsa' as const, threshold: 2, parties: peers, keyId: 'k1', nonce: new Uint8Array(16), issuedAt: 1_796_000_000 }
    for (const mode of ['optional', 'required'] as const) expect(coordRequestCodec.decode(coordRequestCodec.encode({ ...base, attestation: mode }))).toEqual({ ...base, attestation: mode })
    expect(coordRequestCodec.encode({ ...base, attestation: 'off' })).toEqual(coordRequestCodec.encode(base))
    expect(coordRequestCodec.decode(coordRequestCodec.encode(base))).toEqual(base)
  })

  it('carries one member entry per party in a KeyInfo, or none', () => {
    const members = [{ protection: 'tpm2', attested: true }, { protection: 'pkcs11', attested: false }, { protection: 'passphrase', attested: true }] as const
    expect(coordResponseCodec.decode(coordResponseCodec.encode({ kind: 'publicKey', key: { ...key, members } }))).toEqual({ kind: 'publicKey', key: { ...key, members } })
    expect(coordResponseCodec.decode(coordResponseCodec.encode({ kind: 'publicKey', key }))).toEqual({ kind: 'publicKey', key })
    expect(refusal(() => coordResponseCodec.decode(coordResponseCodec.encode({ kind: 'publicKey', key: { ...key, members: members.slice(0, 2) } })))).toBe('invalid-field')
  })
})
