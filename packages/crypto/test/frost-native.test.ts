// FROST on the native group operations: the BIP340 parity branches, point validation on
// the signing path, and the remembered signing packages.
import { describe, expect, it } from 'vitest'
import { ED25519_TORSION_SUBGROUP, ed25519 } from '@noble/curves/ed25519.js'
import { schnorr, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { numberToBytesBE } from '@noble/curves/utils.js'
import { FrostSigner, aggregateSignature, verifySignatureShare, type KeyShare, type SigningCommitment } from '../src/index.js'
import { signingPackage } from '../src/frost/signing.js'
import { runDkg, seededRng } from './dkg-harness.js'

const text = (s: string) => new TextEncoder().encode(s)

/** One 2-of-n signature by parties 1 and 2 through FrostSigner and aggregateSignature. */
function sign(keys: KeyShare[], message: Uint8Array, seed: string) {
  const signers = [1, 2].map((p) => new FrostSigner(keys[p - 1]!, { rng: seededRng(`${seed}/${p}`) }))
  const list = signers.map((s) => s.commit())
  const shares = new Map(signers.map((s, i) => [i + 1, s.signShare(list, message)] as const))
  return { list, signature: aggregateSignature(keys[0]!, list, message, shares) }
}

describe('BIP340 through native arithmetic', () => {
  it('signs under the x-only key with an odd-Y and an even-Y group commitment, for keys of either parity', () => {
    const seen = new Set<string>()
    for (let k = 0; k < 8 && seen.size < 4; k++) {
      const keys = runDkg('bip340', 2, 3)
      const keyParity = keys[0]!.groupPublicKey[0]
      for (let i = 0; i < 8; i++) {
        const message = text(`bip340 ${k}/${i}`)
        const { list, signature } = sign(keys, message, `bip340/${k}/${i}`)
        expect(schnorr.verify(signature, message, keys[0]!.groupPublicKey.subarray(1))).toBe(true)
        expect(schnorr.verify(signature, text('other'), keys[0]!.groupPublicKey.subarray(1))).toBe(false)
        seen.add(`${keyParity}/${signingPackage(keys[0]!, list, message).negateNonces}`)
      }
    }
    expect([...seen].sort()).toEqual(['2/false', '2/true', '3/false', '3/true'])
  })
})

describe('point validation on the native signing path', () => {
  const edKeys = runDkg('frost-ed25519', 2, 3)
  const k1Keys = runDkg('frost-secp256k1', 2, 3)
  const torsion = ed25519.Point.fromHex(ED25519_TORSION_SUBGROUP[1]!)
  const withTorsion = (p: Uint8Array) => ed25519.Point.fromBytes(p).add(torsion).toBytes()
  const offCurve = Uint8Array.from([2, ...numberToBytesBE(5n, 32)]) // x^3 + 7 is not a square

  it.each([
    ['ed25519 hiding commitment with a torsion component', edKeys, 'hiding', withTorsion],
    ['ed25519 binding commitment with a torsion component', edKeys, 'binding', withTorsion],
    ['secp256k1 hiding commitment off the curve', k1Keys, 'hiding', () => offCurve],
    ['secp256k1 binding commitment off the curve', k1Keys, 'binding', () => offCurve],
  ] as const)('a signer refuses a list with a %s', (_what, keys, which, corrupt) => {
    const [a, b] = [new FrostSigner(keys[0]!), new FrostSigner(keys[1]!)]
    const ca = a.commit()
    const cb = b.commit()
    const bad: SigningCommitment = { ...cb, [which]: corrupt(cb[which]) }
    const message = text('m')
    expect(() => a.signShare([ca, bad], message)).toThrow(new RegExp(`${which} commitment of party 2: not a valid point`))
    expect(() => verifySignatureShare(keys[0]!, [ca, bad], message, 1, new Uint8Array(32))).toThrow(/not a valid point/)
  })

  it('a key whose public share has a torsion component is refused', () => {
    const key = edKeys[0]!
    const dirty = { ...key, publicShares: new Map(key.publicShares).set(3, withTorsion(key.publicShares.get(3)!)) }
    const list = [new FrostSigner(edKeys[1]!).commit(), new FrostSigner(edKeys[2]!).commit()]
    expect(() => verifySignatureShare(dirty, list, text('m'), 2, new Uint8Array(32))).toThrow(/public share of party 3: not a valid point/)
  })

  it.each([
    ['ed25519 group key with a torsion component', edKeys, withTorsion],
    ['secp256k1 group key off the curve', k1Keys, () => offCurve],
  ] as const)('a %s is refused', (_what, keys, corrupt) => {
    const dirty = { ...keys[0]!, groupPublicKey: corrupt(keys[0]!.groupPublicKey) }
    const list = [new FrostSigner(keys[0]!).commit(), new FrostSigner(keys[1]!).commit()]
    expect(() => verifySignatureShare(dirty, list, text('m'), 1, new Uint8Array(32))).toThrow(/group public key: not a valid point/)
  })
})

describe('remembered signing packages', () => {
  it('a share valid for one message and list is invalid for another message or list', () => {
    const keys = runDkg('frost-secp256k1', 2, 3)
    const message = text('first')
    const { list, signature } = sign(keys, message, 'cache')
    expect(secp256k1_FROST.verify(signature, message, keys[0]!.groupPublicKey)).toBe(true)
    // a fresh share, checked (through the remembered package) against its own message and
    // list, then against a neighbouring message and list
    const [a, b] = [new FrostSigner(keys[0]!), new FrostSigner(keys[1]!)]
    const fresh = [a.commit(), b.commit()]
    const share = a.signShare(fresh, message)
    expect(verifySignatureShare(keys[0]!, fresh, message, 1, share)).toBe(true)
    expect(verifySignatureShare(keys[0]!, fresh, text('second'), 1, share)).toBe(false)
    expect(verifySignatureShare(keys[0]!, [fresh[0]!, list[1]!], message, 1, share)).toBe(false)
  })

  it('a remembered package keeps its own copies of the commitments', () => {
    const keys = runDkg('frost-ed25519', 2, 2)
    const [a, b] = [new FrostSigner(keys[0]!), new FrostSigner(keys[1]!)]
    const list = [a.commit(), b.commit()]
    const original = list.map((c) => ({ ...c, hiding: Uint8Array.from(c.hiding), binding: Uint8Array.from(c.binding) }))
    const message = text('copies')
    const share = a.signShare(list, message)
    list[1]!.hiding[0]! ^= 1 // the caller reuses its buffer
    expect(signingPackage(keys[0]!, original, message).commitments.get(2)!.hiding).toEqual(original[1]!.hiding)
    expect(verifySignatureShare(keys[0]!, original, message, 1, share)).toBe(true)
  })
})
