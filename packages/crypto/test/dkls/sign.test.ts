import { describe, expect, it } from 'vitest'
import { createPublicKey, verify as opensslVerify } from 'node:crypto'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { computeAddress, recoverAddress, Signature } from 'ethers'
import { simulate, type EcdsaKeyShare, type EcdsaSignature, type PartyIndex } from '../../src/index.js'
import { ecdsaKeys, runSign, signSessions } from './harness.js'

/** DER encoding of (r, s): the form OpenSSL verifies. */
function der(sig: EcdsaSignature): Buffer {
  const int = (b: Uint8Array) => {
    let i = 0
    while (i < b.length - 1 && b[i] === 0) i++
    const v = b.subarray(i)
    return v[0]! & 0x80 ? Buffer.concat([Buffer.from([0x02, v.length + 1, 0]), v]) : Buffer.concat([Buffer.from([0x02, v.length]), v])
  }
  const body = Buffer.concat([int(sig.r), int(sig.s)])
  return Buffer.concat([Buffer.from([0x30, body.length]), body])
}

/** SPKI (id-ecPublicKey, secp256k1) around a 33- or 65-byte SEC1 point. */
function spki(point: Uint8Array) {
  const oids = Buffer.from('301006072a8648ce3d020106052b8104000a', 'hex')
  const bits = Buffer.concat([Buffer.from([0x03, point.length + 1, 0x00]), point])
  const body = Buffer.concat([oids, bits])
  return createPublicKey({ key: Buffer.concat([Buffer.from([0x30, body.length]), body]), format: 'der', type: 'spki' })
}

/** `digest` = SHA-256(message): OpenSSL hashes the message itself. */
function expectValid(sig: EcdsaSignature, message: Uint8Array, digest: Uint8Array, publicKey: Uint8Array) {
  expect(sha256(message)).toEqual(digest)
  const compact = new Uint8Array([...sig.r, ...sig.s])
  expect(secp256k1.verify(compact, digest, publicKey, { prehash: false, lowS: true })).toBe(true)
  expect(sig.publicKey).toEqual(publicKey)
  for (const point of [publicKey, secp256k1.Point.fromBytes(publicKey).toBytes(false)]) {
    expect(opensslVerify('sha256', message, spki(point), der(sig))).toBe(true)
  }
  const v = 27 + (sig.recovery & 1)
  const hex = (b: Uint8Array) => '0x' + Buffer.from(b).toString('hex')
  expect(recoverAddress(hex(digest), Signature.from({ r: hex(sig.r), s: hex(sig.s), v }))).toBe(computeAddress(hex(publicKey)))
}

const keyCache = new Map<string, EcdsaKeyShare[]>()
function keysFor(t: number, n: number): EcdsaKeyShare[] {
  const id = `${t}/${n}`
  if (!keyCache.has(id)) keyCache.set(id, ecdsaKeys(t, n))
  return keyCache.get(id)!
}

describe('DKLs23 signing end to end (DKG → setup → sign)', () => {
  const cases: [number, number, PartyIndex[][]][] = [
    // t = 1: one signer alone holds a key share that is the whole key (the SDK and nodes
    // need an explicit opt-in for such keys); two signers of a 1-of-n key work too
    [1, 1, [[1]]],
    [1, 3, [[2], [1, 3]]],
    [2, 2, [[1, 2]]],
    [2, 3, [[1, 2], [1, 3], [2, 3], [1, 2, 3]]],
    [3, 5, [[1, 2, 3], [2, 4, 5]]],
    [5, 9, [[1, 3, 5, 7, 9]]],
  ]
  for (const [t, n, sets] of cases) {
    it(`${t}-of-${n}: every signer set's signature verifies with noble, OpenSSL and ethers`, () => {
      const keys = keysFor(t, n)
      for (const signers of sets) {
        const message = new TextEncoder().encode(`${t}-of-${n} by ${signers.join(',')}`)
        const digest = sha256(message)
        const r = runSign({ keys, signers, digest })
        expect(r.aborts.size).toBe(0)
        expect(r.stalled).toEqual([])
        const sigs = signers.map((p) => r.results.get(p)!)
        for (const sig of sigs) expect(sig).toEqual(sigs[0])
        expectValid(sigs[0]!, message, digest, keys[0]!.groupPublicKey)
      }
    })
  }

  it('signs for the tweaked key X + δ·G when given a tweak', () => {
    const keys = keysFor(2, 3)
    const tweak = sha256(new TextEncoder().encode('tweak'))
    const message = new TextEncoder().encode('tweaked')
    const digest = sha256(message)
    const r = runSign({ keys, signers: [2, 3], digest, tweak })
    expect(r.aborts.size).toBe(0)
    const X = secp256k1.Point.fromBytes(keys[0]!.groupPublicKey)
    const expected = X.add(secp256k1.Point.BASE.multiply(BigInt('0x' + Buffer.from(tweak).toString('hex')))).toBytes(true)
    expectValid(r.results.get(2)!, message, digest, expected)
    expect(r.results.get(3)).toEqual(r.results.get(2))
  })

  it('gives the same signature under shuffled, delayed and duplicated delivery', () => {
    const keys = keysFor(2, 3)
    const message = new TextEncoder().encode('shuffled')
    const digest = sha256(message)
    const r = runSign({ keys, signers: [1, 2, 3], digest }, {
      shuffleSeed: 7,
      delay: (t) => (t.from === 3 && t.round === 2 ? 5 : 0),
      intercept: (t) => (t.round === 1 ? [t, structuredClone(t)] : undefined),
    })
    expect(r.aborts.size).toBe(0)
    expectValid(r.results.get(1)!, message, digest, keys[0]!.groupPublicKey)
  })

  it('waits for a silent signer and names it', () => {
    const keys = keysFor(2, 3)
    const sessions = signSessions({ keys, signers: [1, 2], digest: sha256(new Uint8Array(1)) })
    const r = simulate(sessions, { intercept: (t) => (t.from === 2 && t.round === 2 ? [] : undefined) })
    expect(r.stalled).toEqual([1, 2])
    expect(sessions[0]!.waitingFor()).toEqual([2])
  })
})
