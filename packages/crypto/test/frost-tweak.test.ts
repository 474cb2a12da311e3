// FROST signing for BIP32 children and BIP341 Taproot output keys (frost/tweak.ts),
// checked by verifiers that share no code with the tweak: noble's schnorr.verify and
// secp256k1_FROST.verify, @scure/bip32 for the child key, @scure/btc-signer's p2tr for
// the Taproot output key.
import { describe, expect, it } from 'vitest'
import { schnorr, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { HDKey } from '@scure/bip32'
import { p2tr } from '@scure/btc-signer'
import { deriveKey, frostSignSessionId, simulate, FrostSignSession, type FrostTweak, type KeyShare, type PartyIndex } from '../src/index.js'
import { identityMap, identityOf, runDkg } from './dkg-harness.js'

const text = (s: string) => new TextEncoder().encode(s)

function signTweaked(keys: readonly KeyShare[], signers: PartyIndex[], message: Uint8Array, tweak: FrostTweak): Uint8Array {
  const identities = identityMap(signers)
  const sessions = signers.map((self) => new FrostSignSession({ key: keys.find((k) => k.self === self)!, signers, message, tweak, identity: identityOf(self), identities }))
  const r = simulate(sessions)
  expect(r.aborts.size).toBe(0)
  const sigs = [...r.results.values()]
  expect(sigs).toHaveLength(signers.length)
  for (const s of sigs) expect(s).toEqual(sigs[0])
  return sigs[0]!
}

/** BIP341 taproot_tweak_pubkey, written from the BIP's text with noble's primitives. */
function bip341OutputKey(internal: Uint8Array, merkleRoot?: Uint8Array): Uint8Array {
  const P = schnorr.utils.lift_x(BigInt('0x' + Buffer.from(internal).toString('hex')))
  const t = BigInt('0x' + Buffer.from(schnorr.utils.taggedHash('TapTweak', internal, merkleRoot ?? new Uint8Array(0))).toString('hex'))
  return P.add(schnorr.Point.BASE.multiply(t)).toBytes(true).subarray(1)
}

/** The child public key an ordinary BIP32 wallet computes from the key's xpub. */
function scureChild(key: KeyShare, path: string): Uint8Array {
  return new HDKey({ publicKey: key.groupPublicKey, chainCode: key.chainCode }).derive(path).publicKey!
}

describe('FROST signing at a BIP32 path', () => {
  it.each(['frost-secp256k1', 'bip340'] as const)('%s 2-of-3 signs under the child key wallets derive', (scheme) => {
    const keys = runDkg(scheme, 2, 3)
    const derived = deriveKey(scheme, keys[0]!.groupPublicKey, keys[0]!.chainCode, 'm/0/7')
    const child = scureChild(keys[0]!, 'm/0/7')
    expect(derived.publicKey).toEqual(child)
    const message = text(`${scheme} at m/0/7`)
    const sig = signTweaked(keys, [1, 3], message, { derivation: derived.tweak })
    if (scheme === 'bip340') {
      expect(schnorr.verify(sig, message, child.subarray(1))).toBe(true)
      expect(schnorr.verify(sig, message, keys[0]!.groupPublicKey.subarray(1))).toBe(false)
    } else {
      expect(secp256k1_FROST.verify(sig, message, child)).toBe(true)
      expect(secp256k1_FROST.verify(sig, message, keys[0]!.groupPublicKey)).toBe(false)
    }
  })

  it('bip340 signs for the BIP341 output key of a derived key, with and without a script tree', () => {
    const keys = runDkg('bip340', 2, 3)
    for (const [path, merkleRoot] of [['m/1/2', undefined], ['m/9', new Uint8Array(32).fill(0xab)], ['m', undefined]] as const) {
      const derived = deriveKey('bip340', keys[0]!.groupPublicKey, keys[0]!.chainCode, path)
      const internal = derived.publicKey.subarray(1)
      const outputKey = bip341OutputKey(internal, merkleRoot)
      if (!merkleRoot) expect(p2tr(internal).tweakedPubkey).toEqual(outputKey)
      const message = text(`taproot ${path}`)
      const sig = signTweaked(keys, [2, 3], message, { derivation: derived.tweak, taproot: merkleRoot ? { merkleRoot } : {} })
      expect(schnorr.verify(sig, message, outputKey)).toBe(true)
      expect(schnorr.verify(sig, message, internal)).toBe(false)
    }
  })

  it('binds the tweak into the session id', () => {
    const [key] = runDkg('bip340', 2, 2)
    const base = { keyId: key!.keyId, scheme: key!.scheme, groupPublicKey: key!.groupPublicKey, epoch: 0, signers: [1, 2], message: text('m') }
    const ids = [
      frostSignSessionId(base),
      frostSignSessionId({ ...base, tweak: { derivation: new Uint8Array(32).fill(1) } }),
      frostSignSessionId({ ...base, tweak: { derivation: new Uint8Array(32).fill(2) } }),
      frostSignSessionId({ ...base, tweak: { taproot: {} } }),
      frostSignSessionId({ ...base, tweak: { taproot: { merkleRoot: new Uint8Array(32) } } }),
    ].map((id) => Buffer.from(id).toString('hex'))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('refuses to tweak an ed25519 key, and a Taproot tweak on a non-bip340 key', () => {
    const ed = runDkg('frost-ed25519', 2, 2)
    const identities = identityMap([1, 2])
    expect(() => new FrostSignSession({ key: ed[0]!, signers: [1, 2], message: text('x'), tweak: { derivation: new Uint8Array(32) }, identity: identityOf(1), identities })).toThrow(/cannot be tweaked/)
    const k = runDkg('frost-secp256k1', 2, 2)
    expect(() => new FrostSignSession({ key: k[0]!, signers: [1, 2], message: text('x'), tweak: { taproot: {} }, identity: identityOf(1), identities })).toThrow(/bip340/)
  })
})
