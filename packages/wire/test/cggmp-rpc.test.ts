// The RPC fields of CGGMP keys: the engine of a keygen request and of a KeyInfo (field 80),
// and a CGGMP online share (OnlineShareResult.cggmp_sigma, field 80).
import { describe, expect, it } from 'vitest'
import { secp256k1Group } from '@thresh/crypto'
import { coordRequestCodec, coordResponseCodec, type CoordRequest, type CoordResponse, type KeyInfo } from '../src/index.js'
import { thresh } from '../gen/thresh.js'
import { expectRefused } from './refusal.js'

const peers = [
  '12D3KooWNyThgEH8uQwwTUdFvq5sHFpiJVJCtBz387Cy8fAhXeEZ',
  '12D3KooWJpvkTc9WzGxgaGpZNvVpVRy2optMvgY1qEtZyLMz4KVM',
  '12D3KooWLMCvb3SPJdY9V9pY68PjqJvLkWorLcRJZdsF7ApwoU4R',
]
const keygen: CoordRequest = { kind: 'keygen', scheme: 'ecdsa', engine: 'cggmp', threshold: 2, parties: peers, keyId: 'k1', nonce: new Uint8Array(16).fill(9), issuedAt: 1_796_000_000 }
const point = (x: bigint) => secp256k1Group.encodePoint(secp256k1Group.base.multiply(x))
const key: KeyInfo = { keyId: 'k1', scheme: 'ecdsa', engine: 'cggmp', threshold: 2, parties: peers, groupPublicKey: point(7n), chainCode: new Uint8Array(32).fill(5), epoch: 1, publicShares: [1n, 2n, 3n].map(point) }

/** The request with its keygen fields changed on the wire. */
function keygenWith(change: (k: thresh.v1.KeygenRequest.$Properties) => void): Uint8Array {
  const m = thresh.v1.CoordRequest.decode(coordRequestCodec.encode(keygen))
  change(m.keygen!)
  return thresh.v1.CoordRequest.encode(m).finish()
}

describe('CGGMP RPC fields', () => {
  it('a keygen request and a KeyInfo carry the engine; dkls23 is the unset default', () => {
    expect(coordRequestCodec.decode(coordRequestCodec.encode(keygen))).toEqual(keygen)
    const { engine: _, ...dkls } = keygen as Extract<CoordRequest, { kind: 'keygen' }>
    expect(coordRequestCodec.decode(coordRequestCodec.encode(dkls))).toEqual(dkls)
    expect(coordRequestCodec.decode(coordRequestCodec.encode({ ...dkls, engine: 'dkls23' }))).toEqual(dkls)
    const response: CoordResponse = { kind: 'publicKey', key }
    expect(coordResponseCodec.decode(coordResponseCodec.encode(response))).toEqual(response)
  })

  it('refuses an unknown engine and an engine on another scheme, naming the field', () => {
    expectRefused(() => coordRequestCodec.decode(keygenWith((k) => { k.engine = 7 })), { field: 'keygen.engine' })
    expectRefused(() => coordRequestCodec.decode(keygenWith((k) => { k.scheme = 2 })), { field: 'keygen.engine' })
    const info = thresh.v1.CoordResponse.decode(coordResponseCodec.encode({ kind: 'publicKey', key }))
    info.publicKey!.key!.engine = 9
    expectRefused(() => coordResponseCodec.decode(thresh.v1.CoordResponse.encode(info).finish()), { field: 'public_key.key.engine' })
  })

  it('a CGGMP online share is 32 bytes with u and w empty', () => {
    const share: CoordResponse = { kind: 'cggmpOnlineShare', sigma: new Uint8Array(32).fill(3) }
    expect(coordResponseCodec.decode(coordResponseCodec.encode(share))).toEqual(share)
    const m = thresh.v1.CoordResponse.decode(coordResponseCodec.encode(share))
    m.onlineShare!.cggmpSigma = new Uint8Array(33)
    expectRefused(() => coordResponseCodec.decode(thresh.v1.CoordResponse.encode(m).finish()), { field: 'online_share.cggmp_sigma' })
    m.onlineShare!.cggmpSigma = new Uint8Array(32).fill(1)
    m.onlineShare!.u = new Uint8Array(32)
    expectRefused(() => coordResponseCodec.decode(thresh.v1.CoordResponse.encode(m).finish()), { field: 'online_share.u' })
  })
})
