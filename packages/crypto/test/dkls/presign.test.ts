import { describe, expect, it } from 'vitest'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { HDKey } from '@scure/bip32'
import {
  BanList, DklsPresignSession, PresignatureUsedError, combineDklsOnline, deriveKey, newPresignId, simulate,
  type DklsOnlineShare, type DklsPresignature, type EcdsaKeyShare, type EcdsaSignature, type PartyIndex,
} from '../../src/index.js'
import { identityMap, identityOf } from '../dkg-harness.js'
import { ecdsaKeys } from './harness.js'

const keys = ecdsaKeys(2, 3)

function presign(signers: PartyIndex[], options: { tweak?: Uint8Array; presignId?: Uint8Array } = {}): Map<PartyIndex, DklsPresignature> {
  const presignId = options.presignId ?? newPresignId()
  const r = simulate(signers.map((self) => new DklsPresignSession({
    key: keys.find((k: EcdsaKeyShare) => k.self === self)!,
    signers,
    presignId,
    ...(options.tweak ? { tweak: options.tweak } : {}),
    bans: new BanList(),
    identity: identityOf(self),
    identities: identityMap(signers),
  })))
  expect(r.aborts.size).toBe(0)
  expect(r.results.size).toBe(signers.length)
  return r.results
}

function online(presigs: Map<PartyIndex, DklsPresignature>, digest: Uint8Array): { sig: EcdsaSignature; shares: Map<PartyIndex, DklsOnlineShare> } {
  const shares = new Map([...presigs].map(([p, ps]) => [p, ps.online(digest)] as const))
  const any = presigs.values().next().value!
  return { sig: combineDklsOnline({ instancePoint: any.instancePoint, publicKey: any.publicKey, presignId: any.presignId, digest }, shares), shares }
}

function verifies(sig: EcdsaSignature, digest: Uint8Array, publicKey: Uint8Array): boolean {
  return secp256k1.verify(new Uint8Array([...sig.r, ...sig.s]), digest, publicKey, { prehash: false, lowS: true })
}

describe('DKLs23 presignatures (presign-session.ts)', () => {
  it('presign then one online round gives a signature noble verifies under the group key, for each signer set', () => {
    for (const signers of [[1, 2], [1, 3], [2, 3], [1, 2, 3]]) {
      const presigs = presign(signers)
      const [first, ...rest] = [...presigs.values()]
      for (const p of rest) {
        expect(p.instancePoint).toEqual(first!.instancePoint)
        expect(p.publicKey).toEqual(first!.publicKey)
        expect(p.signers).toEqual(signers)
      }
      expect(first!.publicKey).toEqual(keys[0]!.groupPublicKey)
      const digest = sha256(new TextEncoder().encode(`online ${signers.join(',')}`))
      const { sig } = online(presigs, digest)
      expect(verifies(sig, digest, keys[0]!.groupPublicKey)).toBe(true)
      // recovery id: noble recovers the group key from it
      const recovered = new secp256k1.Signature(BigInt('0x' + Buffer.from(sig.r).toString('hex')), BigInt('0x' + Buffer.from(sig.s).toString('hex')), sig.recovery).recoverPublicKey(digest)
      expect(recovered.toBytes(true)).toEqual(keys[0]!.groupPublicKey)
    }
  })

  it('at a BIP32 path the signature verifies under the public key @scure/bip32 derives', () => {
    const path = [7, 0, 42]
    const { tweak } = deriveKey('ecdsa', keys[0]!.groupPublicKey, keys[0]!.chainCode, path)
    const presigs = presign([1, 3], { tweak })
    const expected = new HDKey({ publicKey: keys[0]!.groupPublicKey, chainCode: keys[0]!.chainCode }).derive('m/7/0/42').publicKey!
    expect(presigs.get(1)!.publicKey).toEqual(expected)
    const digest = sha256(new TextEncoder().encode('derived'))
    const { sig } = online(presigs, digest)
    expect(verifies(sig, digest, expected)).toBe(true)
    expect(verifies(sig, digest, keys[0]!.groupPublicKey)).toBe(false)
  })

  it('re-randomizes R per digest: r is not x(R) of the presignature (Groth–Shoup)', () => {
    const presigs = presign([1, 2])
    const digest = sha256(new TextEncoder().encode('rerandomize'))
    const { sig } = online(presigs, digest)
    expect(sig.r).not.toEqual(presigs.get(1)!.instancePoint.subarray(1))
  })

  it('a presignature answers once: a second online() throws, for the same or another digest', () => {
    const presigs = presign([1, 2])
    const p = presigs.get(1)!
    const d1 = sha256(new TextEncoder().encode('one'))
    p.online(d1)
    expect(p.used).toBe(true)
    expect(() => p.online(d1)).toThrow(PresignatureUsedError)
    expect(() => p.online(sha256(new TextEncoder().encode('two')))).toThrow(PresignatureUsedError)
  })

  it('two presignatures have different instance points; a repeated presign id repeats the session id', () => {
    const id = newPresignId()
    const a = presign([1, 2], { presignId: id })
    const b = presign([1, 2], { presignId: id })
    const c = presign([1, 2])
    expect(a.get(1)!.sessionId).toEqual(b.get(1)!.sessionId)
    expect(a.get(1)!.sessionId).not.toEqual(c.get(1)!.sessionId)
    expect(a.get(1)!.instancePoint).not.toEqual(c.get(1)!.instancePoint)
  })

  it('the session id binds the tweak and the signer set: presign sessions that differ do not talk', () => {
    const presignId = newPresignId()
    const { tweak } = deriveKey('ecdsa', keys[0]!.groupPublicKey, keys[0]!.chainCode, [1])
    const make = (self: PartyIndex, signers: PartyIndex[], t?: Uint8Array) => new DklsPresignSession({
      key: keys[self - 1]!, signers, presignId, ...(t ? { tweak: t } : {}), bans: new BanList(), identity: identityOf(self), identities: identityMap(signers),
    })
    expect(make(1, [1, 2]).id).not.toEqual(make(1, [1, 2], tweak).id)
    expect(make(1, [1, 2]).id).not.toEqual(make(1, [1, 2, 3]).id)
    const r = simulate([make(1, [1, 2]), make(2, [1, 2], tweak)])
    expect(r.results.size).toBe(0)
  })

  it('a malformed online share names its sender; a wrong one makes the signature fail, naming nobody', () => {
    const digest = sha256(new TextEncoder().encode('blame'))
    const presigs = presign([1, 3])
    const shares = new Map([...presigs].map(([p, ps]) => [p, ps.online(digest)] as const))
    const target = { instancePoint: presigs.get(1)!.instancePoint, publicKey: presigs.get(1)!.publicKey, presignId: presigs.get(1)!.presignId, digest }
    expect(verifies(combineDklsOnline(target, shares), digest, target.publicKey)).toBe(true)
    const tooLong = new Map(shares).set(3, { u: shares.get(3)!.u, w: new Uint8Array(33) })
    expect(() => combineDklsOnline(target, tooLong)).toThrow(expect.objectContaining({ culprits: [3] }))
    const overN = new Map(shares).set(1, { u: new Uint8Array(32).fill(0xff), w: shares.get(1)!.w })
    expect(() => combineDklsOnline(target, overN)).toThrow(expect.objectContaining({ culprits: [1] }))
    const w = Uint8Array.from(shares.get(3)!.w)
    w[31] ^= 1
    expect(() => combineDklsOnline(target, new Map(shares).set(3, { u: shares.get(3)!.u, w }))).toThrow(expect.objectContaining({ culprits: [], message: expect.stringContaining('does not verify') }))
    // another digest than the shares were made for
    expect(() => combineDklsOnline({ ...target, digest: sha256(digest) }, shares)).toThrow(/does not verify/)
  })
})
