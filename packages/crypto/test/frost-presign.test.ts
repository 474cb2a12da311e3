// FROST preprocessing (frost/preprocess.ts): commit ahead, one online round, aggregation
// by the coordinator. Signatures are checked with verifiers that share no code with the
// signing path: noble's ed25519.verify, secp256k1_FROST.verify and schnorr.verify, the
// child key from @scure/bip32 and the Taproot output key from @scure/btc-signer.
import { describe, expect, it } from 'vitest'
import { ed25519 } from '@noble/curves/ed25519.js'
import { schnorr, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { randomBytes } from '@noble/hashes/utils.js'
import { HDKey } from '@scure/bip32'
import { p2tr } from '@scure/btc-signer'
import {
  FrostNonceUsedError, FrostPresignMismatchError, ProtocolAbort, combineFrostOnline, deriveKey, frostPresign, tweakFrostPublicKey,
  type FrostPresignature, type FrostTweak, type KeyShare, type PartyIndex, type PresignedCommitment,
} from '../src/index.js'
import { runDkg } from './dkg-harness.js'

const text = (s: string) => new TextEncoder().encode(s)
const schemes = ['frost-ed25519', 'frost-secp256k1', 'bip340'] as const
const keysOf = Object.fromEntries(schemes.map((s) => [s, runDkg(s, 2, 3)])) as Record<(typeof schemes)[number], KeyShare[]>

/** One presignature per signer (each its own presign id, as nodes of a pool may hold). */
function presign(keys: readonly KeyShare[], signers: readonly PartyIndex[]): Map<PartyIndex, FrostPresignature> {
  return new Map(signers.map((p) => [p, frostPresign(keys[p - 1]!, [randomBytes(32)])[0]!] as const))
}

function listOf(presigs: ReadonlyMap<PartyIndex, FrostPresignature>): PresignedCommitment[] {
  return [...presigs.values()].map((p) => ({ ...p.commitment, presignId: p.presignId }))
}

function onlineSign(keys: readonly KeyShare[], signers: readonly PartyIndex[], message: Uint8Array, tweak?: FrostTweak): Uint8Array {
  const presigs = presign(keys, signers)
  const list = listOf(presigs)
  const shares = new Map([...presigs].map(([p, ps]) => [p, ps.signShare(keys[p - 1]!, list, message, tweak)] as const))
  const pub = tweak ? tweakFrostPublicKey(keys[0]!, tweak) : keys[0]!
  return combineFrostOnline(pub, list, message, shares)
}

function expectMismatch(fn: () => unknown, pattern: RegExp): void {
  let thrown: unknown
  try {
    fn()
  } catch (err) {
    thrown = err
  }
  expect(thrown).toBeInstanceOf(FrostPresignMismatchError)
  expect((thrown as Error).message).toMatch(pattern)
}

describe('FROST preprocessing (preprocess.ts)', () => {
  it.each(schemes)('%s: a signature from preprocessed nonces verifies under the standard verifier, for each signer set', (scheme) => {
    const keys = keysOf[scheme]
    for (const signers of [[1, 2], [1, 3], [2, 3], [1, 2, 3]]) {
      const message = text(`${scheme} online ${signers.join(',')}`)
      const sig = onlineSign(keys, signers, message)
      const Y = keys[0]!.groupPublicKey
      if (scheme === 'frost-ed25519') expect(ed25519.verify(sig, message, Y, { zip215: false })).toBe(true)
      else if (scheme === 'bip340') expect(schnorr.verify(sig, message, Y.subarray(1))).toBe(true)
      else expect(secp256k1_FROST.verify(sig, message, Y)).toBe(true)
      if (scheme === 'frost-ed25519') expect(ed25519.verify(sig, text('other'), Y, { zip215: false })).toBe(false)
    }
  })

  it.each(['frost-secp256k1', 'bip340'] as const)('%s: the path is applied online; the signature verifies under the child key @scure/bip32 derives', (scheme) => {
    const keys = keysOf[scheme]
    const child = new HDKey({ publicKey: keys[0]!.groupPublicKey, chainCode: keys[0]!.chainCode }).derive('m/0/7').publicKey!
    const { tweak } = deriveKey(scheme, keys[0]!.groupPublicKey, keys[0]!.chainCode, 'm/0/7')
    const message = text('child')
    const sig = onlineSign(keys, [1, 3], message, { derivation: tweak })
    if (scheme === 'bip340') {
      expect(schnorr.verify(sig, message, child.subarray(1))).toBe(true)
      expect(schnorr.verify(sig, message, keys[0]!.groupPublicKey.subarray(1))).toBe(false)
    } else {
      expect(secp256k1_FROST.verify(sig, message, child)).toBe(true)
      expect(secp256k1_FROST.verify(sig, message, keys[0]!.groupPublicKey)).toBe(false)
    }
  })

  it('bip340: a BIP32 path and the Taproot tweak give a signature under the BIP86 output key (@scure/btc-signer p2tr)', () => {
    const keys = keysOf.bip340
    for (const path of ['m', 'm/1/2']) {
      const derived = deriveKey('bip340', keys[0]!.groupPublicKey, keys[0]!.chainCode, path)
      const outputKey = p2tr(derived.publicKey.subarray(1)).tweakedPubkey
      const message = randomBytes(32)
      const tweak: FrostTweak = { ...(path === 'm' ? {} : { derivation: derived.tweak }), taproot: {} }
      const sig = onlineSign(keys, [2, 3], message, tweak)
      expect(schnorr.verify(sig, message, outputKey)).toBe(true)
    }
  })

  describe('a signer refuses a commitment list that is not what it issued (and burns the nonces)', () => {
    const keys = keysOf['frost-secp256k1']
    const setup = () => {
      const presigs = presign(keys, [1, 2, 3])
      return { presigs, list: listOf(presigs), mine: presigs.get(1)!, key: keys[0]! }
    }
    const message = text('refused')

    it('without its own entry', () => {
      const { list, mine, key } = setup()
      expectMismatch(() => mine.signShare(key, list.filter((c) => c.signer !== 1), message), /lacks signer 1's own entry/)
      expect(mine.used).toBe(true)
      expect(() => mine.signShare(key, list, message)).toThrow(FrostNonceUsedError)
    })

    it('with other commitments for it (another presignature\'s, or swapped D and E)', () => {
      const { list, mine, key } = setup()
      const other = frostPresign(key, [mine.presignId])[0]!
      const foreign = list.map((c) => (c.signer === 1 ? { ...c, hiding: other.commitment.hiding } : c))
      expectMismatch(() => mine.checkList(key, foreign), /did not issue/)
      const swapped = list.map((c) => (c.signer === 1 ? { ...c, hiding: c.binding, binding: c.hiding } : c))
      expectMismatch(() => mine.signShare(key, swapped, message), /did not issue/)
    })

    it('with another presign id for it', () => {
      const { list, mine, key } = setup()
      expectMismatch(() => mine.signShare(key, list.map((c) => (c.signer === 1 ? { ...c, presignId: randomBytes(32) } : c)), message), /another presign id/)
    })

    it('with a repeated signer, a signer outside the committee, or fewer than threshold signers', () => {
      const { list, mine, key } = setup()
      expectMismatch(() => mine.checkList(key, [...list, list[1]!]), /repeats party 2/)
      expectMismatch(() => mine.checkList(key, [...list, { ...list[1]!, signer: 4 }]), /party 4, which is not in the key's committee/)
      expectMismatch(() => mine.signShare(key, list.filter((c) => c.signer === 1), message), /at least 2 signers/)
    })

    it('with an invalid point for another signer (off the curve, or the identity)', () => {
      const { list, mine, key } = setup()
      const bad = Uint8Array.from(list[1]!.hiding)
      bad[0] = 0x05 // not a compressed point prefix
      expectMismatch(() => mine.signShare(key, list.map((c) => (c.signer === 2 ? { ...c, hiding: bad } : c)), message), /not a valid point/)
      const ed = keysOf['frost-ed25519']
      const p = presign(ed, [1, 2])
      const identity = new Uint8Array(32)
      identity[0] = 1 // the Ed25519 identity point
      expectMismatch(() => p.get(1)!.signShare(ed[0]!, listOf(p).map((c) => (c.signer === 2 ? { ...c, binding: identity } : c)), message), /not a valid point/)
    })

    it('for another key epoch or another party\'s share', () => {
      const { list, mine, key } = setup()
      expectMismatch(() => mine.checkList({ ...key, epoch: 1 }, list), /epoch 0/)
      expectMismatch(() => mine.signShare(keys[1]!, list, message), /party 1/)
    })
  })

  it('a nonce pair signs once: a second signShare throws even for the same list and message', () => {
    const keys = keysOf.bip340
    const presigs = presign(keys, [1, 2])
    const list = listOf(presigs)
    const p = presigs.get(1)!
    p.signShare(keys[0]!, list, text('once'))
    expect(() => p.signShare(keys[0]!, list, text('once'))).toThrow(FrostNonceUsedError)
  })

  it.each(schemes)('%s: the coordinator names the signer whose share is corrupted (RFC 9591 §5.4)', (scheme) => {
    const keys = keysOf[scheme]
    const presigs = presign(keys, [1, 2, 3])
    const list = listOf(presigs)
    const message = text('blame')
    const shares = new Map([...presigs].map(([p, ps]) => [p, ps.signShare(keys[p - 1]!, list, message)] as const))
    const bad = Uint8Array.from(shares.get(2)!)
    bad[bad.length === 32 && scheme === 'frost-ed25519' ? 0 : 31] ^= 1
    shares.set(2, bad)
    let thrown: unknown
    try {
      combineFrostOnline(keys[0]!, list, message, shares)
    } catch (err) {
      thrown = err
    }
    expect(thrown).toBeInstanceOf(ProtocolAbort)
    expect((thrown as ProtocolAbort).culprits).toEqual([2])
  })
})
