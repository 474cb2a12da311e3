import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ed25519Group, secp256k1Group } from '@thresh/crypto'
import { coordRequestCodec, coordResponseCodec, type CoordRequest, type CoordResponse, type KeyInfo } from '../src/index.js'
import { expectRefused, expectRefusedOrCanonical, prefixes } from './refusal.js'
import { thresh } from '../gen/thresh.js'

const peers = [
  '12D3KooWNyThgEH8uQwwTUdFvq5sHFpiJVJCtBz387Cy8fAhXeEZ',
  '12D3KooWJpvkTc9WzGxgaGpZNvVpVRy2optMvgY1qEtZyLMz4KVM',
  '12D3KooWLMCvb3SPJdY9V9pY68PjqJvLkWorLcRJZdsF7ApwoU4R',
]
const secp256k1Peer = '16Uiu2HAmEZ5AJZahkWNyDwo6DrRCYfqehtDRoHd4w2whxAJRWfem'
// the same Ed25519 peer id as a CIDv1 string: valid, but not the canonical form
const cidPeer = 'bafzaajaiaejcap7sc7tml5yyz5ocbiij2vh2gurpabhh6plp4ekcyk3qhb76nheq'

const nonce = new Uint8Array(16).fill(9)
const issuedAt = 1_796_000_000
const key: KeyInfo = {
  keyId: 'treasury-1',
  scheme: 'bip340',
  threshold: 2,
  parties: peers,
  groupPublicKey: secp256k1Group.encodePoint(secp256k1Group.base.multiply(12345n)),
  chainCode: new Uint8Array(32).fill(5),
  epoch: 3,
  publicShares: [1n, 2n, 3n].map((x) => secp256k1Group.encodePoint(secp256k1Group.base.multiply(x))),
}

const requests: CoordRequest[] = [
  { kind: 'keygen', scheme: 'ecdsa', threshold: 2, parties: peers, keyId: 'k1', nonce, issuedAt },
  { kind: 'keygen', scheme: 'frost-ed25519', threshold: 3, parties: peers, keyId: 'a.b_c-d', nonce: new Uint8Array(64), issuedAt: 0xffffffff },
  { kind: 'sign', keyId: 'k1', message: new Uint8Array(32).fill(1), signers: peers.slice(0, 2), nonce, issuedAt, epoch: 0 },
  { kind: 'sign', keyId: 'k1', message: new Uint8Array(0), signers: [peers[2]!], nonce, issuedAt: 1, epoch: 7 },
  { kind: 'sign', keyId: 'k1', payload: { kind: 'evm-tx', data: new Uint8Array([0x02, 0xc0]) }, path: [0, 5], signers: peers.slice(0, 2), nonce, issuedAt, epoch: 1 },
  { kind: 'sign', keyId: 'k1', payload: { kind: 'psbt', data: new Uint8Array(10).fill(9), taproot: true, taprootMerkleRoot: new Uint8Array(32).fill(8), network: 'testnet' }, path: [0x7fffffff], signers: peers, nonce, issuedAt, epoch: 0 },
  { kind: 'sign', keyId: 'k1', payload: { kind: 'digest', data: new Uint8Array(32) }, signers: peers, nonce, issuedAt, epoch: 0 },
  { kind: 'listKeys' },
  { kind: 'getPublicKey', keyId: 'k1' },
  { kind: 'commitKey', keyId: 'k1', groupPublicKey: key.groupPublicKey, nonce },
  { kind: 'commitKey', keyId: 'k1', groupPublicKey: new Uint8Array(32).fill(7), nonce: new Uint8Array(64) },
  { kind: 'abortKey', keyId: 'k1', nonce },
  { kind: 'cancel', nonce },
  { kind: 'keyStatus', keyId: 'k1' },
  { kind: 'reshare', keyId: 'treasury-1', nonce, issuedAt, key, refresh: true, dealers: peers, newParties: peers, newThreshold: 2 },
  { kind: 'reshare', keyId: 'treasury-1', nonce, issuedAt, key, refresh: false, dealers: peers.slice(0, 2), newParties: [peers[0]!, peers[2]!], newThreshold: 1 },
  { kind: 'repair', keyId: 'treasury-1', nonce, issuedAt, key, lostIndex: 3, helpers: peers.slice(0, 2) },
  { kind: 'repair', keyId: 'treasury-1', nonce, issuedAt, key, lostIndex: 1, helpers: peers.slice(1), replacement: peers[0]! },
  {
    kind: 'importKey', keyId: 'imported', nonce, issuedAt, scheme: 'ecdsa', threshold: 2, parties: peers,
    commitment: key.publicShares.slice(0, 2), chainCode: new Uint8Array(32).fill(6), sealedShare: { keyId: 1, box: new Uint8Array(1137 + 32).fill(4) },
  },
  { kind: 'presign', keyId: 'k1', epoch: 2, signers: peers.slice(0, 2), presignIds: [new Uint8Array(32).fill(1), new Uint8Array(32).fill(2)], nonce, issuedAt },
  { kind: 'presign', keyId: 'k1', epoch: 0, signers: peers, path: [0, 7], presignIds: [new Uint8Array(32).fill(3)], nonce, issuedAt },
  { kind: 'onlineSign', sign: { kind: 'sign', keyId: 'k1', payload: { kind: 'digest', data: new Uint8Array(32) }, path: [3], signers: peers.slice(1), nonce, issuedAt, epoch: 1 }, presignId: new Uint8Array(32).fill(4) },
]

const responses: CoordResponse[] = [
  { kind: 'keygen', key },
  { kind: 'sign', signature: new Uint8Array(64).fill(3), recoveryId: 1 },
  { kind: 'sign', signature: new Uint8Array(65).fill(3), recoveryId: 0 },
  { kind: 'sign', signature: new Uint8Array(64).fill(3), recoveryId: 1, signatures: [{ signature: new Uint8Array(64).fill(3), recoveryId: 1 }, { signature: new Uint8Array(64).fill(4), recoveryId: 0 }] },
  { kind: 'keys', keys: [key, {
    ...key, keyId: 'k2', scheme: 'frost-ed25519', groupPublicKey: ed25519Group.encodePoint(ed25519Group.base.multiply(777n)),
    publicShares: [4n, 5n, 6n].map((x) => ed25519Group.encodePoint(ed25519Group.base.multiply(x))),
  }] },
  { kind: 'keys', keys: [] },
  { kind: 'publicKey', key },
  { kind: 'committed', key },
  { kind: 'keyAborted', dropped: true },
  { kind: 'keyAborted', dropped: false },
  { kind: 'cancelled', sessions: 2 },
  { kind: 'cancelled', sessions: 0 },
  { kind: 'lifecycle', key },
  { kind: 'lifecycle' },
  { kind: 'retired' },
  { kind: 'keyStatus' },
  { kind: 'keyStatus', active: key, activeNonce: nonce, pending: { ...key, epoch: 4 }, pendingNonce: new Uint8Array(32).fill(1), retiringNonce: new Uint8Array(16).fill(2) },
  { kind: 'error', code: 'timeout', message: 'round 2 deadline passed', culprits: [peers[1]!], accusations: [] },
  { kind: 'error', code: 'unauthorized', message: 'not a coordinator', culprits: [], accusations: [] },
  { kind: 'error', code: 'presign-used', message: 'used', culprits: [], accusations: [] },
  { kind: 'presigned', presignatures: [{ presignId: new Uint8Array(32).fill(1), instancePoint: key.groupPublicKey, publicKey: key.publicShares[0]! }] },
  { kind: 'onlineShare', u: new Uint8Array(32).fill(1), w: new Uint8Array(32).fill(2) },
  { kind: 'error', code: 'aborted', message: 'party 1 complained', culprits: [], accusations: [{ accuser: peers[0]!, accused: [peers[1]!, peers[2]!], reason: 'bad identity signature', signature: new Uint8Array(64).fill(2) }] },
]

describe('coordinator RPC codecs', () => {
  it('round-trip every request and response kind', () => {
    for (const r of requests) expect(coordRequestCodec.decode(coordRequestCodec.encode(r))).toEqual(r)
    for (const r of responses) expect(coordResponseCodec.decode(coordResponseCodec.encode(r))).toEqual(r)
  })

  it('refuse every strict prefix of every request and response', () => {
    for (const r of requests) for (const p of prefixes(coordRequestCodec.encode(r))) expectRefused(() => coordRequestCodec.decode(p))
    for (const r of responses) for (const p of prefixes(coordResponseCodec.encode(r))) expectRefused(() => coordResponseCodec.decode(p))
  })

  it('refuse random bytes with a WireError or decode them canonically', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expectRefusedOrCanonical(coordRequestCodec, bytes)
      expectRefusedOrCanonical(coordResponseCodec, bytes)
    }), { numRuns: 2000 })
  })

  it('name the offending field of a bad request', () => {
    const keygen = requests[0] as Extract<CoordRequest, { kind: 'keygen' }>
    const sign = requests[2] as Extract<CoordRequest, { kind: 'sign' }>
    const commit = requests.find((r) => r.kind === 'commitKey') as Extract<CoordRequest, { kind: 'commitKey' }>
    const abort = requests.find((r) => r.kind === 'abortKey') as Extract<CoordRequest, { kind: 'abortKey' }>
    const reshare = requests.find((r) => r.kind === 'reshare') as Extract<CoordRequest, { kind: 'reshare' }>
    const repair = requests.find((r) => r.kind === 'repair') as Extract<CoordRequest, { kind: 'repair' }>
    const importKey = requests.find((r) => r.kind === 'importKey') as Extract<CoordRequest, { kind: 'importKey' }>
    const presign = requests.find((r) => r.kind === 'presign') as Extract<CoordRequest, { kind: 'presign' }>
    const online = requests.find((r) => r.kind === 'onlineSign') as Extract<CoordRequest, { kind: 'onlineSign' }>
    const cases: [CoordRequest, string][] = [
      [{ ...keygen, threshold: 4 }, 'keygen.threshold'],
      [{ ...keygen, threshold: 0 }, 'keygen.threshold'],
      [{ ...keygen, parties: [peers[0]!, peers[0]!] }, 'keygen.parties'],
      [{ ...keygen, parties: [] }, 'keygen.parties'],
      [{ ...keygen, parties: [peers[0]!, 'not-a-peer'] }, 'keygen.parties[1]'],
      [{ ...keygen, parties: [secp256k1Peer] }, 'keygen.parties[0]'],
      [{ ...keygen, parties: [cidPeer] }, 'keygen.parties[0]'],
      [{ ...keygen, keyId: 'has space' }, 'keygen.key_id'],
      [{ ...keygen, keyId: 'x'.repeat(65) }, 'keygen.key_id'],
      [{ ...keygen, nonce: new Uint8Array(15) }, 'keygen.nonce'],
      [{ ...sign, message: new Uint8Array(64 * 1024 + 1) }, 'sign.message'],
      [{ ...sign, signers: Array(65).fill(peers[0]!) }, 'sign.signers'],
      [{ ...sign, path: [0x80000000] }, 'sign.path[0]'],
      [{ ...sign, path: [1, 0xffffffff] }, 'sign.path[1]'],
      [{ ...sign, path: Array(33).fill(0) }, 'sign.path'],
      [{ ...sign, message: new Uint8Array(32), payload: { kind: 'digest', data: new Uint8Array(32) } }, 'sign.message'],
      [{ ...sign, message: undefined, payload: { kind: 'psbt', data: new Uint8Array(1024 * 1024 + 1) } }, 'sign.payload.data'],
      [{ ...sign, message: undefined, payload: { kind: 'bytes', data: new Uint8Array(1), taprootMerkleRoot: new Uint8Array(31) } }, 'sign.payload.taproot_merkle_root'],
      [{ ...sign, nonce: new Uint8Array(65) }, 'sign.nonce'],
      [{ ...keygen, issuedAt: 0 }, 'keygen.issued_at'],
      [{ ...sign, issuedAt: 0 }, 'sign.issued_at'],
      [{ ...commit, keyId: '' }, 'commit_key.key_id'],
      [{ ...commit, groupPublicKey: new Uint8Array(31) }, 'commit_key.group_public_key'],
      [{ ...commit, groupPublicKey: new Uint8Array(34) }, 'commit_key.group_public_key'],
      [{ ...commit, nonce: new Uint8Array(0) }, 'commit_key.nonce'],
      [{ ...abort, keyId: 'a/b' }, 'abort_key.key_id'],
      [{ ...abort, nonce: new Uint8Array(15) }, 'abort_key.nonce'],
      [{ ...reshare, keyId: 'other' }, 'reshare.key'],
      [{ ...reshare, newThreshold: 4 }, 'reshare.new_threshold'],
      [{ ...reshare, dealers: [] }, 'reshare.dealers'],
      [{ ...reshare, key: { ...key, publicShares: [] } }, 'reshare.key.public_shares'],
      [{ ...repair, lostIndex: 4 }, 'repair.lost_index'],
      [{ ...repair, replacement: 'not-a-peer' }, 'repair.replacement'],
      [{ ...importKey, commitment: importKey.commitment.slice(1) }, 'import_key.commitment'],
      [{ ...importKey, sealedShare: { keyId: 0, box: importKey.sealedShare.box } }, 'import_key.sealed_share.key_id'],
      [{ ...importKey, sealedShare: { keyId: 1, box: new Uint8Array(1136) } }, 'import_key.sealed_share.box'],
      [{ ...importKey, chainCode: new Uint8Array(0) }, 'import_key.chain_code'],
      [{ ...presign, presignIds: [] }, 'presign.presign_ids'],
      [{ ...presign, presignIds: [new Uint8Array(32), new Uint8Array(32)] }, 'presign.presign_ids'],
      [{ ...presign, presignIds: Array.from({ length: 65 }, (_, i) => new Uint8Array(32).fill(i)) }, 'presign.presign_ids'],
      [{ ...presign, presignIds: [new Uint8Array(31)] }, 'presign.presign_ids[0]'],
      [{ ...presign, path: [0x80000000] }, 'presign.path[0]'],
      [{ ...presign, signers: [] }, 'presign.signers'],
      [{ ...online, presignId: new Uint8Array(33) }, 'online_sign.presign_id'],
      [{ ...online, sign: { ...online.sign, path: [0x80000001] } }, 'online_sign.sign.path[0]'],
    ]
    for (const [request, field] of cases) {
      const bytes = coordRequestCodec.encode(request)
      const err = expectRefused(() => coordRequestCodec.decode(bytes), { code: 'invalid-field', field })
      expect(err.message).toContain(field)
    }
    expectRefused(() => coordRequestCodec.decode(new Uint8Array(0)), { code: 'invalid-field', field: 'body' })
  })

  it('refuse an imported share in clear, and one that is not sealed at all', () => {
    const importKey = requests.find((r) => r.kind === 'importKey') as Extract<CoordRequest, { kind: 'importKey' }>
    const { kind: _, sealedShare, ...fields } = importKey
    const wire = { ...fields, scheme: 1, commitment: [...fields.commitment], parties: [...fields.parties] }
    // CoordRequest.import_key with the share in field 8 beside the sealed one, and without a sealed one
    const clear = thresh.v1.CoordRequest.encode({ importKey: { ...wire, share: new Uint8Array(32).fill(4), sealedShare } }).finish()
    expectRefused(() => coordRequestCodec.decode(clear), { code: 'invalid-field', field: 'import_key.share' })
    const unsealed = thresh.v1.CoordRequest.encode({ importKey: { ...wire, share: new Uint8Array(32).fill(4) } }).finish()
    expectRefused(() => coordRequestCodec.decode(unsealed), { code: 'invalid-field', field: 'import_key.share' })
    const control = thresh.v1.CoordRequest.encode({ importKey: { ...wire, sealedShare } }).finish()
    expect(coordRequestCodec.decode(control)).toEqual(importKey)
  })

  it('refuse an unknown scheme or error code', () => {
    // CoordRequest.keygen (field 1) holding scheme = 9
    expectRefused(() => coordRequestCodec.decode(Uint8Array.of(0x0a, 0x02, 0x08, 0x09)), { field: 'keygen.scheme' })
    // CoordResponse.error (field 5) holding code = 99
    expectRefused(() => coordResponseCodec.decode(Uint8Array.of(0x2a, 0x02, 0x08, 99)), { field: 'error.code' })
  })

  it('accept only the one encoding of an abort result', () => {
    // CoordResponse.key_aborted (field 7): dropped = true is 0x08 0x01; false is the empty message
    expect(coordResponseCodec.decode(Uint8Array.of(0x3a, 0x02, 0x08, 0x01))).toEqual({ kind: 'keyAborted', dropped: true })
    expect(coordResponseCodec.decode(Uint8Array.of(0x3a, 0x00))).toEqual({ kind: 'keyAborted', dropped: false })
    // an explicit false, and a bool encoded as 2, are not canonical
    expectRefused(() => coordResponseCodec.decode(Uint8Array.of(0x3a, 0x02, 0x08, 0x00)), { code: 'non-canonical' })
    expectRefused(() => coordResponseCodec.decode(Uint8Array.of(0x3a, 0x02, 0x08, 0x02)), { code: 'non-canonical' })
  })

  it('name the offending field of a bad response', () => {
    const cases: [CoordResponse, string][] = [
      [{ kind: 'keygen', key: { ...key, chainCode: new Uint8Array(31) } }, 'keygen.key.chain_code'],
      [{ kind: 'keygen', key: { ...key, threshold: 4 } }, 'keygen.key.threshold'],
      [{ kind: 'keygen', key: { ...key, groupPublicKey: new Uint8Array(33).fill(5) } }, 'keygen.key.group_public_key'],
      [{ kind: 'publicKey', key: { ...key, scheme: 'frost-ed25519' } }, 'public_key.key.group_public_key'],
      [{ kind: 'committed', key: { ...key, parties: [] } }, 'committed.key.parties'],
      [{ kind: 'committed', key: { ...key, groupPublicKey: new Uint8Array(33).fill(5) } }, 'committed.key.group_public_key'],
      [{ kind: 'publicKey', key: { ...key, publicShares: key.publicShares.slice(1) } }, 'public_key.key.public_shares'],
      [{ kind: 'publicKey', key: { ...key, publicShares: [key.publicShares[0]!, new Uint8Array(33).fill(5), key.publicShares[2]!] } }, 'public_key.key.public_shares[1]'],
      [{ kind: 'lifecycle', key: { ...key, threshold: 0 } }, 'lifecycle.key.threshold'],
      [{ kind: 'keyStatus', active: key, activeNonce: new Uint8Array(8) }, 'key_status.active_nonce'],
      [{ kind: 'sign', signature: new Uint8Array(63), recoveryId: 0 }, 'sign.signature'],
      [{ kind: 'sign', signature: new Uint8Array(64), recoveryId: 4 }, 'sign.recovery_id'],
      [{ kind: 'error', code: 'aborted', message: 'x', culprits: ['nobody'], accusations: [] }, 'error.culprits[0]'],
      [{ kind: 'error', code: 'aborted', message: 'x'.repeat(1025), culprits: [], accusations: [] }, 'error.message'],
      [{ kind: 'error', code: 'aborted', message: 'x', culprits: [], accusations: [{ accuser: 'nobody', accused: [peers[0]!], reason: '', signature: new Uint8Array(64) }] }, 'error.accusations[0].accuser'],
      [{ kind: 'error', code: 'aborted', message: 'x', culprits: [], accusations: [{ accuser: peers[0]!, accused: [], reason: '', signature: new Uint8Array(64) }] }, 'error.accusations[0].accused'],
      [{ kind: 'error', code: 'aborted', message: 'x', culprits: [], accusations: [{ accuser: peers[0]!, accused: [peers[1]!], reason: '', signature: new Uint8Array(63) }] }, 'error.accusations[0].signature'],
    ]
    for (const [response, field] of cases) {
      const bytes = coordResponseCodec.encode(response)
      expectRefused(() => coordResponseCodec.decode(bytes), { code: 'invalid-field', field })
    }
  })
})
