// The FROST half of the presignature RPC (frost-presign-rpc.ts): round trips, and the
// strict decoders — lengths, points (on the curve, not the identity, Ed25519 in the
// prime-order subgroup, one curve per list), signers exactly the sign request's and
// distinct, scalars in range, no ECDSA fields beside FROST ones.
import { describe, expect, it } from 'vitest'
import { ed25519 } from '@noble/curves/ed25519.js'
import { ed25519Group, secp256k1Group } from '@thresh/crypto'
import { coordRequestCodec, coordResponseCodec, type CoordRequest, type CoordResponse } from '../src/index.js'
import { thresh } from '../gen/thresh.js'
import { expectRefused, prefixes } from './refusal.js'

const peers = [
  '12D3KooWNyThgEH8uQwwTUdFvq5sHFpiJVJCtBz387Cy8fAhXeEZ',
  '12D3KooWJpvkTc9WzGxgaGpZNvVpVRy2optMvgY1qEtZyLMz4KVM',
  '12D3KooWLMCvb3SPJdY9V9pY68PjqJvLkWorLcRJZdsF7ApwoU4R',
]
const k1 = (x: bigint) => secp256k1Group.encodePoint(secp256k1Group.base.multiply(x))
const ed = (x: bigint) => ed25519Group.encodePoint(ed25519Group.base.multiply(x))
const id = (b: number) => new Uint8Array(32).fill(b)

const online: Extract<CoordRequest, { kind: 'frostOnlineSign' }> = {
  kind: 'frostOnlineSign',
  sign: { kind: 'sign', keyId: 'k1', payload: { kind: 'bytes', data: new Uint8Array([1, 2, 3]), taproot: true }, path: [1, 2], signers: [peers[0]!, peers[2]!], nonce: new Uint8Array(16).fill(9), issuedAt: 1_796_000_000, epoch: 2 },
  commitments: [
    { signer: peers[0]!, presignId: id(1), hiding: k1(11n), binding: k1(12n) },
    { signer: peers[2]!, presignId: id(1), hiding: k1(31n), binding: k1(32n) },
  ],
}
const presigned: CoordResponse = { kind: 'frostPresigned', commitments: [{ presignId: id(1), hiding: ed(5n), binding: ed(6n) }, { presignId: id(2), hiding: ed(7n), binding: ed(8n) }] }
const share: CoordResponse = { kind: 'frostShare', z: id(3) }

/** The request re-encoded after `edit` of its wire form. */
function edited(edit: (m: thresh.v1.CoordRequest) => void): Uint8Array {
  const m = thresh.v1.CoordRequest.decode(coordRequestCodec.encode(online))
  edit(m)
  return thresh.v1.CoordRequest.encode(m).finish()
}

function editedResponse(r: CoordResponse, edit: (m: thresh.v1.CoordResponse) => void): Uint8Array {
  const m = thresh.v1.CoordResponse.decode(coordResponseCodec.encode(r))
  edit(m)
  return thresh.v1.CoordResponse.encode(m).finish()
}

describe('FROST presignature RPC', () => {
  it('round-trips the online request, the commitments and the share; refuses every strict prefix', () => {
    expect(coordRequestCodec.decode(coordRequestCodec.encode(online))).toEqual(online)
    for (const r of [presigned, share]) expect(coordResponseCodec.decode(coordResponseCodec.encode(r))).toEqual(r)
    for (const p of prefixes(coordRequestCodec.encode(online))) expectRefused(() => coordRequestCodec.decode(p))
    for (const r of [presigned, share]) for (const p of prefixes(coordResponseCodec.encode(r))) expectRefused(() => coordResponseCodec.decode(p))
  })

  it('refuses a commitment list with a bad point, mixed curves, a repeated or foreign signer, or a presign id beside it', () => {
    const c = (m: thresh.v1.CoordRequest, i: number) => m.onlineSign!.commitments![i]!
    const offCurve = Uint8Array.from(k1(5n))
    offCurve[0] = 0x04
    const smallOrder = ed25519.Point.fromHex('ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f').add(ed25519.Point.BASE).toBytes()
    const cases: [Uint8Array, string][] = [
      [edited((m) => { c(m, 0).hiding = new Uint8Array(33) }), 'online_sign.commitments[0].hiding'],
      [edited((m) => { c(m, 1).binding = offCurve }), 'online_sign.commitments[1].binding'],
      [edited((m) => { c(m, 0).hiding = k1(1n).subarray(0, 32) }), 'online_sign.commitments[0].hiding'],
      [edited((m) => { c(m, 1).hiding = ed(3n); c(m, 1).binding = ed(4n) }), 'online_sign.commitments[1].hiding'],
      [edited((m) => { c(m, 0).presignId = id(1).subarray(0, 31) }), 'online_sign.commitments[0].presign_id'],
      [edited((m) => { c(m, 1).signer = peers[0]! }), 'online_sign.commitments'],
      [edited((m) => { c(m, 1).signer = peers[1]! }), 'online_sign.commitments'],
      [edited((m) => { m.onlineSign!.commitments!.push({ ...c(m, 1) }) }), 'online_sign.commitments'],
      [edited((m) => { m.onlineSign!.commitments = [c(m, 0)]; m.onlineSign!.sign!.signers = [peers[0]!] }), 'online_sign.commitments'],
      [edited((m) => { m.onlineSign!.presignId = id(1) }), 'online_sign.presign_id'],
    ]
    for (const [bytes, field] of cases) expectRefused(() => coordRequestCodec.decode(bytes), { code: 'invalid-field', field })
    // an Ed25519 point outside the prime-order subgroup (identity + base would pass; a torsion component must not)
    const torsion = editedResponse(presigned, (m) => { m.presigned!.presignatures![0]!.hiding = smallOrder })
    expectRefused(() => coordResponseCodec.decode(torsion), { field: 'presigned.presignatures[0].hiding' })
    const identity = editedResponse(presigned, (m) => { m.presigned!.presignatures![1]!.binding = ed25519.Point.ZERO.toBytes() })
    expectRefused(() => coordResponseCodec.decode(identity), { field: 'presigned.presignatures[1].binding' })
  })

  it('refuses ECDSA fields beside FROST ones, mixed curves in one answer, and a share out of range', () => {
    const mixed = editedResponse(presigned, (m) => { m.presigned!.presignatures![0]!.instancePoint = k1(2n) })
    expectRefused(() => coordResponseCodec.decode(mixed), { field: 'presigned.presignatures[0]' })
    const curves = editedResponse(presigned, (m) => { m.presigned!.presignatures![1]!.hiding = k1(2n); m.presigned!.presignatures![1]!.binding = k1(3n) })
    expectRefused(() => coordResponseCodec.decode(curves), { field: 'presigned.presignatures[1].hiding' })
    expectRefused(() => coordResponseCodec.decode(editedResponse(share, (m) => { m.onlineShare!.z = new Uint8Array(32).fill(0xff) })), { field: 'online_share.z' })
    expectRefused(() => coordResponseCodec.decode(editedResponse(share, (m) => { m.onlineShare!.z = new Uint8Array(31).fill(1) })), { field: 'online_share.z' })
    expectRefused(() => coordResponseCodec.decode(editedResponse(share, (m) => { m.onlineShare!.u = id(1) })), { field: 'online_share.u' })
  })
})
