// Signing with imported keys in the simulator, checked by verifiers independent of thresh.
import { expect } from 'vitest'
import { createPublicKey, verify as opensslVerify } from 'node:crypto'
import { ed25519 } from '@noble/curves/ed25519.js'
import { schnorr, secp256k1, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { computeAddress, recoverAddress, Signature } from 'ethers'
import { DklsSetupSession, simulate, type EcdsaKeyShare, type KeyShare, type PartyIndex, type Scheme } from '../../src/index.js'
import { acceptImportedShare, type ImportDealing } from '../../src/lifecycle/import/index.js'
import { runFrost } from '../dkg-harness.js'
import { runSign } from '../dkls/harness.js'

export const hex = (b: Uint8Array) => '0x' + Buffer.from(b).toString('hex')
export const text = (s: string) => new TextEncoder().encode(s)

/** Every k-subset of `items`, in lexicographic order. */
export function subsets<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]]
  return items.flatMap((x, i) => subsets(items.slice(i + 1), k - 1).map((rest) => [x, ...rest]))
}

/** Every party of the dealing accepts its share; their KeyShares in party order. */
export function acceptAll(dealing: ImportDealing, keyId: string): KeyShare[] {
  return dealing.parties.map((self) => acceptImportedShare({
    keyId, scheme: dealing.scheme, threshold: dealing.threshold, parties: dealing.parties, self,
    commitment: dealing.commitment, share: dealing.shares.get(self)!, chainCode: dealing.chainCode,
  }))
}

/** FROST-signs with `signers` and checks the signature under `publicKey` (the original key's, as its own library computes it). */
export function frostSignsFor(scheme: Scheme, keys: readonly KeyShare[], signers: readonly PartyIndex[], publicKey: Uint8Array): void {
  const message = text(`${scheme} import, signed by ${signers.join(',')}`)
  const r = runFrost(keys, signers, message)
  expect(r.aborts.size).toBe(0)
  const sig = r.results.get(signers[0]!)!
  switch (scheme) {
    case 'frost-ed25519': {
      expect(ed25519.verify(sig, message, publicKey)).toBe(true)
      const jwk = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey).toString('base64url') }, format: 'jwk' })
      expect(opensslVerify(null, message, jwk, sig)).toBe(true)
      break
    }
    case 'bip340': expect(schnorr.verify(sig, message, publicKey)).toBe(true); break // x-only key
    default: expect(secp256k1_FROST.verify(sig, message, publicKey)).toBe(true)
  }
}

/** DKLs23 setup on imported ecdsa KeyShares (every party of the committee). */
export function dklsSetup(keys: readonly KeyShare[]): EcdsaKeyShare[] {
  const r = simulate(keys.map((key) => new DklsSetupSession({ key })))
  expect(r.aborts.size).toBe(0)
  expect(r.stalled).toEqual([])
  return keys.map((k) => r.results.get(k.self)!)
}

/**
 * DKLs23-signs SHA-256(message) with `signers` (for the child key of `tweak`, if given); checks the signature with noble, OpenSSL
 * (JWK key, P1363 signature) and ethers' recoverAddress against `address`.
 */
export function ecdsaSignsFor(keys: readonly EcdsaKeyShare[], signers: readonly PartyIndex[], publicKey: Uint8Array, address: string, tweak?: Uint8Array): void {
  const message = text(`ecdsa import, signed by ${signers.join(',')}`)
  const digest = sha256(message)
  const r = runSign({ keys, signers, digest, tweak })
  expect(r.aborts.size).toBe(0)
  const sig = r.results.get(signers[0]!)!
  const compact = new Uint8Array([...sig.r, ...sig.s])
  expect(secp256k1.verify(compact, digest, publicKey, { prehash: false, lowS: true })).toBe(true)
  const P = secp256k1.Point.fromBytes(publicKey).toAffine()
  const b64 = (v: bigint) => Buffer.from(v.toString(16).padStart(64, '0'), 'hex').toString('base64url')
  const jwk = createPublicKey({ key: { kty: 'EC', crv: 'secp256k1', x: b64(P.x), y: b64(P.y) }, format: 'jwk' })
  expect(opensslVerify('sha256', message, { key: jwk, dsaEncoding: 'ieee-p1363' }, compact)).toBe(true)
  const recovered = recoverAddress(hex(digest), Signature.from({ r: hex(sig.r), s: hex(sig.s), v: 27 + (sig.recovery & 1) }))
  expect(recovered).toBe(address)
  expect(computeAddress(hex(publicKey))).toBe(address)
}
