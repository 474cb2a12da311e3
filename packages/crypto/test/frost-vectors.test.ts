// RFC 9591 Appendix E vectors, reproduced through thresh's own API (see fixtures/rfc9591/README.md).
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { createPublicKey, verify as opensslVerify } from 'node:crypto'
import { secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { bytesToHex, hexToBytes } from '@noble/curves/utils.js'
import {
  FrostSigner, aggregateSignature, bindingFactors, groupOf, verifySchnorr, verifySignatureShare,
  type KeyShare, type Rng, type Scheme, type SigningCommitment,
} from '../src/index.js'

interface Vector {
  config: { MAX_PARTICIPANTS: string; MIN_PARTICIPANTS: string; NUM_PARTICIPANTS: string }
  inputs: {
    participant_list: number[]
    group_secret_key: string
    group_public_key: string
    message: string
    share_polynomial_coefficients: string[]
    participant_shares: { identifier: number; participant_share: string }[]
  }
  round_one_outputs: {
    outputs: {
      identifier: number
      hiding_nonce_randomness: string
      binding_nonce_randomness: string
      hiding_nonce: string
      binding_nonce: string
      hiding_nonce_commitment: string
      binding_nonce_commitment: string
      binding_factor: string
    }[]
  }
  round_two_outputs: { outputs: { identifier: number; sig_share: string }[] }
  final_output: { sig: string }
}

const load = (file: string): Vector => JSON.parse(readFileSync(new URL(`./fixtures/rfc9591/${file}`, import.meta.url), 'utf8'))

/** An rng that hands out exactly the given 32-byte values, in order, and nothing else. */
function scripted(values: string[]): Rng {
  const queue = values.map(hexToBytes)
  return (bytes) => {
    const next = queue.shift()
    if (!next || bytes !== 32) throw new Error(`unexpected rng call for ${bytes} bytes`)
    return next
  }
}

/** The vector's trusted-dealer key as thresh KeyShares, one per participant. */
function keyShares(v: Vector, scheme: Scheme): Map<number, KeyShare> {
  const group = groupOf(scheme === 'frost-ed25519' ? 'ed25519' : 'secp256k1')
  const { inputs } = v
  const threshold = Number(v.config.MIN_PARTICIPANTS)
  const groupPublicKey = hexToBytes(inputs.group_public_key)
  expect(group.encodePoint(group.base.multiply(group.decodeScalar(hexToBytes(inputs.group_secret_key))))).toEqual(groupPublicKey)
  const commitment = [groupPublicKey, ...inputs.share_polynomial_coefficients.map((c) => group.encodePoint(group.base.multiply(group.decodeScalar(hexToBytes(c)))))]
  const publicShares = new Map(inputs.participant_shares.map((s) => [s.identifier, group.encodePoint(group.base.multiply(group.decodeScalar(hexToBytes(s.participant_share))))] as const))
  const parties = inputs.participant_shares.map((s) => s.identifier)
  expect(parties.length).toBe(Number(v.config.MAX_PARTICIPANTS))
  return new Map(inputs.participant_shares.map((s) => [s.identifier, {
    keyId: 'rfc9591', scheme, curve: group.curve, threshold, parties, self: s.identifier,
    secretShare: hexToBytes(s.participant_share), publicShares, groupPublicKey, chainCode: new Uint8Array(32), commitment,
  } satisfies KeyShare]))
}

const cases: [string, Scheme, (sig: Uint8Array, msg: Uint8Array, pk: Uint8Array) => boolean][] = [
  ['frost-ed25519-sha512.json', 'frost-ed25519', (sig, msg, pk) => {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(pk).toString('base64url') }, format: 'jwk' })
    return opensslVerify(null, msg, key, sig)
  }],
  ['frost-secp256k1-sha256.json', 'frost-secp256k1', (sig, msg, pk) => secp256k1_FROST.verify(sig, msg, pk)],
]

describe.each(cases)('RFC 9591 vectors: %s', (file, scheme, independentVerify) => {
  const v = load(file)
  const keys = keyShares(v, scheme)
  const group = groupOf(keys.get(1)!.curve)
  const message = hexToBytes(v.inputs.message)
  const round1 = v.round_one_outputs.outputs
  expect(round1.map((o) => o.identifier)).toEqual(v.inputs.participant_list)

  // Round 1 through FrostSigner, its nonces drawn from the vector's randomness
  const signers = new Map(round1.map((o) => [o.identifier, new FrostSigner(keys.get(o.identifier)!, {
    rng: scripted([o.hiding_nonce_randomness, o.binding_nonce_randomness]),
  })]))
  const commitments: SigningCommitment[] = round1.map((o) => signers.get(o.identifier)!.commit())

  it('derives the nonces and commitments from the given randomness', () => {
    round1.forEach((o, i) => {
      const c = commitments[i]!
      expect(c.signer).toBe(o.identifier)
      expect(bytesToHex(c.hiding)).toBe(o.hiding_nonce_commitment)
      expect(bytesToHex(c.binding)).toBe(o.binding_nonce_commitment)
      // the commitment is nonce·G, so equal commitments mean equal nonces
      expect(group.encodePoint(group.base.multiply(group.decodeScalar(hexToBytes(o.hiding_nonce))))).toEqual(c.hiding)
      expect(group.encodePoint(group.base.multiply(group.decodeScalar(hexToBytes(o.binding_nonce))))).toEqual(c.binding)
    })
  })

  it('computes the binding factors', () => {
    const factors = bindingFactors(keys.get(1)!, commitments, message)
    expect([...factors].map(([p, f]) => [p, bytesToHex(f)])).toEqual(round1.map((o) => [o.identifier, o.binding_factor]))
  })

  const shares = new Map(round1.map((o, i) => [o.identifier, signers.get(o.identifier)!.signShare(commitments, message)] as const))

  it('produces the signature shares, each of which verifies', () => {
    for (const o of v.round_two_outputs.outputs) {
      expect(bytesToHex(shares.get(o.identifier)!)).toBe(o.sig_share)
      expect(verifySignatureShare(keys.get(1)!, commitments, message, o.identifier, shares.get(o.identifier)!)).toBe(true)
    }
  })

  it('aggregates the final signature, which independent verifiers accept', () => {
    const sig = aggregateSignature(keys.get(1)!, commitments, message, shares)
    expect(bytesToHex(sig)).toBe(v.final_output.sig)
    const pk = hexToBytes(v.inputs.group_public_key)
    expect(independentVerify(sig, message, pk)).toBe(true)
    expect(verifySchnorr(scheme, pk, message, sig)).toBe(true)
    const tampered = Uint8Array.from(sig)
    tampered[tampered.length - 1]! ^= 1
    expect(independentVerify(tampered, message, pk)).toBe(false)
    expect(verifySchnorr(scheme, pk, message, tampered)).toBe(false)
  })

  it('rejects a wrong share with the exact signer named', () => {
    const [first, second] = v.inputs.participant_list as [number, number]
    const bad = new Map(shares).set(second, group.encodeScalar(group.Fn.add(group.decodeScalar(shares.get(second)!), 1n)))
    expect(verifySignatureShare(keys.get(1)!, commitments, message, second, bad.get(second)!)).toBe(false)
    expect(verifySignatureShare(keys.get(1)!, commitments, message, first, bad.get(first)!)).toBe(true)
    expect(() => aggregateSignature(keys.get(1)!, commitments, message, bad)).toThrow(expect.objectContaining({ culprits: [second] }))
  })
})
