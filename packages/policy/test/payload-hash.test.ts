// payloadHash: the encoding docs/policy.md specifies, rebuilt here byte by byte with
// node:crypto (not the package's writer), and the fields it must bind.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { payloadHash } from '../src/index.js'

const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b }
const str = (s: string) => Buffer.concat([u32(Buffer.byteLength(s)), Buffer.from(s, 'utf8')])

function reference(kind: string, network: string, taproot: boolean, root: Uint8Array, data: Uint8Array): string {
  return createHash('sha256').update(Buffer.concat([
    Buffer.from('thresh/payload/v1\0'), str(kind), str(network), u32(taproot ? 1 : 0), u32(root.length), Buffer.from(root), u32(data.length), Buffer.from(data),
  ])).digest('hex')
}

describe('payloadHash', () => {
  const data = Uint8Array.from([2, 0xc0, 1, 2, 3])
  it('is SHA-256 over tag, kind, network, taproot flag, merkle root and data, each length-prefixed', () => {
    expect(payloadHash({ kind: 'evm-tx', data })).toBe(reference('evm-tx', '', false, new Uint8Array(0), data))
    const root = new Uint8Array(32).fill(7)
    expect(payloadHash({ kind: 'psbt', data, network: 'testnet', taproot: true, taprootMerkleRoot: root })).toBe(reference('psbt', 'testnet', true, root, data))
  })

  it('binds the kind, the network, the Taproot options and every byte of the payload', () => {
    const base = payloadHash({ kind: 'psbt', data, network: 'mainnet' })
    const others = [
      payloadHash({ kind: 'digest', data, network: 'mainnet' }),
      payloadHash({ kind: 'psbt', data, network: 'testnet' }),
      payloadHash({ kind: 'psbt', data }),
      payloadHash({ kind: 'psbt', data, network: 'mainnet', taproot: true }),
      payloadHash({ kind: 'psbt', data, network: 'mainnet', taprootMerkleRoot: new Uint8Array(32) }),
      payloadHash({ kind: 'psbt', data: data.subarray(1), network: 'mainnet' }),
    ]
    expect(new Set([base, ...others]).size).toBe(others.length + 1)
  })
})
