// CGGMP presigning + signing end to end (honest runs): signatures verify under noble and OpenSSL,
// at a BIP32 path under the derived key; presignatures are single-use.
import { createPublicKey, verify as nodeVerify } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { HDKey } from '@scure/bip32'
import {
  CggmpSignSession, PresignatureUsedError, cggmpPresignSessionId, combineCggmpOnline, deriveKey, newCggmpPresignId, q,
  type CggmpPresignature, type EcdsaSignature,
} from '../../src/index.js'
import { assembleKeys, presign, runSign } from './protocol-harness.js'

// 2048-bit Paillier proofs: seconds per party, more on a loaded CI machine running two files at once
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 })

const keys23 = assembleKeys(2, 3)

function compact(sig: EcdsaSignature): Uint8Array {
  return new Uint8Array([...sig.r, ...sig.s])
}

function signOnce(keys: typeof keys23, signers: number[], digest: Uint8Array, tweak?: Uint8Array): EcdsaSignature {
  const r = runSign(keys, presign(keys, signers, tweak), digest)
  expect([...r.aborts.values()].map((a) => a.message)).toEqual([])
  expect(r.stalled).toEqual([])
  const sigs = signers.map((p) => r.results.get(p)!)
  for (const s of sigs) expect(s).toEqual(sigs[0])
  return sigs[0]!
}

/** OpenSSL's verdict on a signature of SHA-256(message): SPKI DER of the uncompressed key, P1363 (r ‖ s) encoding. */
function opensslVerifies(sig: EcdsaSignature, message: Uint8Array, publicKey: Uint8Array): boolean {
  const point = secp256k1.Point.fromBytes(publicKey).toBytes(false)
  // SEQUENCE { SEQUENCE { id-ecPublicKey, secp256k1 }, BIT STRING point }
  const prefix = Buffer.from('3056301006072a8648ce3d020106052b8104000a034200', 'hex')
  const key = createPublicKey({ key: Buffer.concat([prefix, point]), format: 'der', type: 'spki' })
  return nodeVerify('sha256', message, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(compact(sig)))
}

describe('CGGMP signing', () => {
  it('2-of-3: the signature verifies under noble and OpenSSL, low-S, with a recovery id that recovers the key', () => {
    const message = new TextEncoder().encode('cggmp 2-of-3')
    const digest = sha256(message)
    const sig = signOnce(keys23, [1, 3], digest)
    const pk = keys23[0]!.groupPublicKey
    expect(sig.publicKey).toEqual(pk)
    expect(secp256k1.verify(compact(sig), digest, pk, { prehash: false, lowS: true })).toBe(true)
    expect(opensslVerifies(sig, message, pk)).toBe(true)
    expect(opensslVerifies(sig, new TextEncoder().encode('another message'), pk)).toBe(false)
    const parsed = secp256k1.Signature.fromBytes(compact(sig)).addRecoveryBit(sig.recovery)
    expect(parsed.recoverPublicKey(digest).toBytes(true)).toEqual(pk)
  })

  it('3-of-5: the signature verifies under noble', () => {
    const keys = assembleKeys(3, 5)
    const digest = sha256(new TextEncoder().encode('cggmp 3-of-5'))
    const sig = signOnce(keys, [2, 4, 5], digest)
    expect(secp256k1.verify(compact(sig), digest, keys[0]!.groupPublicKey, { prehash: false, lowS: true })).toBe(true)
  })

  it('at a BIP32 path the signature verifies under the key @scure/bip32 derives, not under the root key', () => {
    const { tweak } = deriveKey('ecdsa', keys23[0]!.groupPublicKey, keys23[0]!.chainCode, [3, 1, 4])
    const expected = new HDKey({ publicKey: keys23[0]!.groupPublicKey, chainCode: keys23[0]!.chainCode }).derive('m/3/1/4').publicKey!
    const digest = sha256(new TextEncoder().encode('derived'))
    const sig = signOnce(keys23, [2, 3], digest, tweak)
    expect(sig.publicKey).toEqual(expected)
    expect(secp256k1.verify(compact(sig), digest, expected, { prehash: false })).toBe(true)
    expect(secp256k1.verify(compact(sig), digest, keys23[0]!.groupPublicKey, { prehash: false })).toBe(false)
  })

  it('a coordinator combines the online shares (σ_i) into a verified signature; a malformed share names its sender, a wrong one nobody', () => {
    const digest = sha256(new TextEncoder().encode('coordinator'))
    const target = (p: CggmpPresignature) => ({ presignId: p.presignId, instancePoint: p.instancePoint, publicKey: p.publicKey, digest })
    const presigs = presign(keys23, [1, 3])
    const shares = new Map(presigs.map((p) => [p.self, p.online(digest)]))
    const sig = combineCggmpOnline(target(presigs[0]!), shares)
    expect(secp256k1.verify(compact(sig), digest, keys23[0]!.groupPublicKey, { prehash: false, lowS: true })).toBe(true)
    const malformed = new Map(shares).set(3, q)
    expect(() => combineCggmpOnline(target(presigs[0]!), malformed)).toThrow(expect.objectContaining({ culprits: [3] }))
    const wrong = new Map(shares).set(3, (shares.get(3)! + 1n) % q)
    expect(() => combineCggmpOnline(target(presigs[0]!), wrong)).toThrow(expect.objectContaining({ culprits: [] }))
  })

  it('re-randomizes R per digest: r is not x(R) of the presignature', () => {
    const presigs = presign(keys23, [1, 2])
    const digest = sha256(new TextEncoder().encode('rerandomize'))
    const r = runSign(keys23, presigs, digest)
    const sig = r.results.get(1)!
    expect(sig.r).not.toEqual(presigs[0]!.instancePoint.subarray(1))
  })

  it('a presignature signs once: online() answers once, and a second signing session on it is refused', () => {
    const presigs = presign(keys23, [1, 2])
    const digest = sha256(new TextEncoder().encode('once'))
    const r = runSign(keys23, presigs, digest)
    expect(r.results.size).toBe(2)
    expect(presigs.every((p) => p.used)).toBe(true)
    expect(() => presigs[0]!.online(sha256(new TextEncoder().encode('twice')))).toThrow(PresignatureUsedError)
    expect(() => new CggmpSignSession({ key: keys23[0]!, presignature: presigs[0]!, digest })).toThrow(/single-use/)
  })

  it('the presign session id binds the tweak, the signers and the presign id', () => {
    const { tweak } = deriveKey('ecdsa', keys23[0]!.groupPublicKey, keys23[0]!.chainCode, [1])
    const id = newCggmpPresignId()
    const base = cggmpPresignSessionId(keys23[0]!, [1, 2], new Uint8Array(0), id)
    expect(cggmpPresignSessionId(keys23[0]!, [1, 2], tweak, id)).not.toEqual(base)
    expect(cggmpPresignSessionId(keys23[0]!, [1, 3], new Uint8Array(0), id)).not.toEqual(base)
    expect(cggmpPresignSessionId(keys23[0]!, [1, 2], new Uint8Array(0), newCggmpPresignId())).not.toEqual(base)
    expect(cggmpPresignSessionId(keys23[1]!, [2, 1], new Uint8Array(0), id)).toEqual(base)
  })
})
