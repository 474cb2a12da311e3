// The node's own view of a sign request (sign-payload.ts): digests from the payload,
// the BIP32 tweak from the key's public facts and the path, the Taproot option, the
// session binding; refusals as bad-request.
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { HDKey } from '@scure/bip32'
import { deriveKey } from '@thresh/crypto'
import { hexToBytes, keccak256, serializeTransaction, parseGwei } from 'viem'
import { describe, expect, it } from 'vitest'
import { Refusal } from '../src/refusal.js'
import { resolveSignTarget, summaryLine } from '../src/sign-payload.js'

const ecdsa = { keyId: 'k', scheme: 'ecdsa' as const, groupPublicKey: secp256k1.getPublicKey(new Uint8Array(32).fill(5), true), chainCode: new Uint8Array(32).fill(9) }
const tx = serializeTransaction({ type: 'eip1559', chainId: 1, nonce: 3, to: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', value: 5n, gas: 21_000n, maxFeePerGas: parseGwei('3'), maxPriorityFeePerGas: 1n })
const evm = { kind: 'evm-tx' as const, data: hexToBytes(tx) }

function refused(fn: () => unknown, pattern: RegExp): void {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(Refusal)
    expect((err as Refusal).code).toBe('bad-request')
    expect((err as Error).message).toMatch(pattern)
    return
  }
  throw new Error('expected a refusal')
}

describe('resolveSignTarget', () => {
  it('computes the digest from the payload and the tweak from the key and path (as @scure/bip32 derives the child)', () => {
    const t = resolveSignTarget(ecdsa, { payload: evm, path: [0, 5] })
    expect(t.digests).toEqual([hexToBytes(keccak256(tx))])
    expect(t.path).toBe('m/0/5')
    const child = new HDKey({ publicKey: ecdsa.groupPublicKey, chainCode: ecdsa.chainCode }).derive('m/0/5').publicKey!
    const tweaked = secp256k1.Point.fromBytes(ecdsa.groupPublicKey).add(secp256k1.Point.BASE.multiply(BigInt(`0x${Buffer.from(t.derivation!).toString('hex')}`)))
    expect(tweaked.toBytes(true)).toEqual(child)
    expect(summaryLine(t)).toMatchObject({ kind: 'evm-tx', path: 'm/0/5', digests: 1, summary: { type: 'eip1559', chainId: 1, value: '5' } })
    expect(resolveSignTarget(ecdsa, { payload: evm }).derivation).toBeUndefined()
  })

  it('binds kind, path, payload bytes and options into the session binding', () => {
    const base = resolveSignTarget(ecdsa, { payload: evm, path: [0, 5] }).binding
    const others = [
      resolveSignTarget(ecdsa, { payload: evm, path: [0, 6] }),
      resolveSignTarget(ecdsa, { payload: evm }),
      resolveSignTarget(ecdsa, { payload: { kind: 'eip191', data: evm.data }, path: [0, 5] }),
      resolveSignTarget(ecdsa, { payload: { kind: 'digest', data: hexToBytes(keccak256(tx)) }, path: [0, 5] }),
    ].map((t) => t.binding)
    expect(new Set([base, ...others]).size).toBe(5)
  })

  it('maps the legacy message to the digest (ECDSA) and bytes (FROST) kinds', () => {
    expect(resolveSignTarget(ecdsa, { message: new Uint8Array(32).fill(1) })).toMatchObject({ kind: 'digest', digests: [new Uint8Array(32).fill(1)] })
    refused(() => resolveSignTarget(ecdsa, { message: new Uint8Array(31) }), /32 bytes/)
    const bip = { ...ecdsa, scheme: 'bip340' as const }
    expect(resolveSignTarget(bip, { message: new Uint8Array(3) })).toMatchObject({ kind: 'bytes', digests: [new Uint8Array(3)] })
  })

  it('bip340: the Taproot option is bound and only for bytes/digest; psbt implies it', () => {
    const bip = { ...ecdsa, scheme: 'bip340' as const }
    const t = resolveSignTarget(bip, { payload: { kind: 'bytes', data: new Uint8Array(4), taproot: true }, path: [1] })
    expect(t.taproot).toEqual({})
    expect(t.derivation).toEqual(deriveKey('bip340', bip.groupPublicKey, bip.chainCode, [1]).tweak)
    expect(t.binding).not.toBe(resolveSignTarget(bip, { payload: { kind: 'bytes', data: new Uint8Array(4) }, path: [1] }).binding)
    refused(() => resolveSignTarget(bip, { payload: { kind: 'bytes', data: new Uint8Array(4), taprootMerkleRoot: new Uint8Array(32) } }), /Taproot flag/)
    refused(() => resolveSignTarget(ecdsa, { payload: { kind: 'digest', data: new Uint8Array(32), taproot: true } }), /bip340/)
  })

  it('refuses hardened paths, paths on Ed25519 keys, malformed payloads and wrong kinds', () => {
    refused(() => resolveSignTarget(ecdsa, { payload: evm, path: [0x80000000] }), /hardened/)
    const ed = { ...ecdsa, scheme: 'frost-ed25519' as const, groupPublicKey: new Uint8Array(32).fill(2) }
    refused(() => resolveSignTarget(ed, { payload: { kind: 'bytes', data: new Uint8Array(1) }, path: [0] }), /Ed25519/)
    refused(() => resolveSignTarget(ecdsa, { payload: { kind: 'evm-tx', data: new Uint8Array([0x02, 0xc0]) } }), /evm-tx/)
    refused(() => resolveSignTarget(ecdsa, { payload: { kind: 'solana-tx', data: new Uint8Array(10) } }), /wrong-scheme/)
  })
})
