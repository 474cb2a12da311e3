// FROST presignatures on real nodes in one process (libp2p between them): each node
// commits ahead (no session between nodes), the online request carries the commitment
// list, and the caller aggregates the shares (RFC 9591 §5.3) and verifies with noble's
// standard verifiers. Then the refusals that keep a nonce pair single-use and bound to
// what its node issued, the policy, and the drop at an epoch change.
import { randomBytes } from 'node:crypto'
import { ed25519 } from '@noble/curves/ed25519.js'
import { schnorr, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { p2tr } from '@scure/btc-signer'
import { HDKey } from '@scure/bip32'
import { combineFrostOnline, deriveKey, tweakFrostPublicKey, type FrostPublicKey, type FrostTweak, type PartyIndex, type Scheme } from '@thresh/crypto'
import type { CoordRequest, FrostPresignInfo, KeyInfo, SignPayload, WireFrostCommitment } from '@thresh/wire'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ThreshNode } from '../src/node.js'
import { addrOf, nonce, now, policyConfig, prepareMembers, removeDir, startNodes, TestCoordinator, type Member } from './cluster.js'

type FrostOnline = Extract<CoordRequest, { kind: 'frostOnlineSign' }>
const text = (s: string) => new TextEncoder().encode(s)
const bytesPayload = (s: string): SignPayload => ({ kind: 'bytes', data: text(s) })

function publicKeyOf(key: KeyInfo): FrostPublicKey {
  return {
    scheme: key.scheme as Exclude<Scheme, 'ecdsa'>, threshold: key.threshold, parties: key.parties.map((_, i) => i + 1),
    publicShares: new Map(key.publicShares.map((s, i) => [i + 1, s] as const)), groupPublicKey: key.groupPublicKey,
  }
}

describe('FROST presignatures on real nodes', () => {
  let root: string
  let members: Member[]
  let nodes: ThreshNode[]
  let coordinator: TestCoordinator
  const keys = new Map<string, KeyInfo>()
  const peer = (i: number) => members[i]!.peerId

  beforeAll(async () => {
    coordinator = await TestCoordinator.create()
    ;({ root, members } = await prepareMembers(3))
    const policy = await policyConfig(root, [
      { id: 'not-m-9', effect: 'deny', condition: 'request.path == [9]' },
      { id: 'rest', effect: 'allow', condition: 'true' },
    ])
    nodes = await startNodes(members, [coordinator.peerId], { extra: { policy, sessions: { presignaturesPerKey: 8 } } })
    for (const m of members) await coordinator.know(m.peerId, addrOf(m))
    for (const scheme of ['frost-ed25519', 'frost-secp256k1', 'bip340'] as const) {
      const [key] = await coordinator.keygen(members.map((m) => m.peerId), scheme, 2, `k-${scheme}`)
      keys.set(scheme, key!)
    }
  }, 120_000)

  afterAll(async () => {
    await coordinator?.stop()
    await Promise.all((nodes ?? []).map((n) => n.stop()))
    if (root) await removeDir(root)
  })

  /** Each signer's commitments for `count` fresh presign ids (one presign request per node, as the SDK sends). */
  const presign = async (key: KeyInfo, signers: number[], count = 1): Promise<Map<number, FrostPresignInfo>[]> => {
    const request: CoordRequest = {
      kind: 'presign', keyId: key.keyId, epoch: key.epoch, signers: signers.map(peer), presignIds: Array.from({ length: count }, () => new Uint8Array(randomBytes(32))),
      nonce: nonce(), issuedAt: now(),
    }
    const answers = await Promise.all(signers.map((i) => coordinator.exchange(peer(i), request)))
    return Array.from({ length: count }, (_, k) => new Map(answers.map((a, j) => {
      if (a.kind !== 'frostPresigned') throw new Error(`presign answered ${JSON.stringify(a)}`)
      expect(a.commitments[k]!.presignId).toEqual(request.presignIds[k])
      return [signers[j]!, a.commitments[k]!] as const
    })))
  }

  const listOf = (infos: Map<number, FrostPresignInfo>): WireFrostCommitment[] => [...infos].map(([i, c]) => ({ signer: peer(i), ...c }))

  const onlineRequest = (key: KeyInfo, infos: Map<number, FrostPresignInfo>, payload: SignPayload, options: { path?: number[]; list?: WireFrostCommitment[]; signers?: number[] } = {}): FrostOnline => ({
    kind: 'frostOnlineSign',
    commitments: options.list ?? listOf(infos),
    sign: {
      kind: 'sign', keyId: key.keyId, payload, signers: (options.signers ?? [...infos.keys()]).map(peer), nonce: nonce(), issuedAt: now(), epoch: key.epoch,
      ...(options.path ? { path: options.path } : {}),
    },
  })

  /** The shares of every signer, aggregated and checked (combineFrostOnline); `tweak` as the nodes derive it. */
  const onlineSign = async (key: KeyInfo, infos: Map<number, FrostPresignInfo>, payload: SignPayload, options: { path?: number[]; tweak?: FrostTweak } = {}) => {
    const request = onlineRequest(key, infos, payload, options)
    const answers = await Promise.all([...infos.keys()].map((i) => coordinator.exchange(peer(i), request)))
    const shares = new Map<PartyIndex, Uint8Array>()
    answers.forEach((a, k) => {
      if (a.kind !== 'frostShare') throw new Error(`online sign answered ${JSON.stringify(a)}`)
      shares.set([...infos.keys()][k]! + 1, a.z)
    })
    const commitments = [...infos].map(([i, c]) => ({ signer: i + 1, hiding: c.hiding, binding: c.binding }))
    const pub = options.tweak ? tweakFrostPublicKey(publicKeyOf(key), options.tweak) : publicKeyOf(key)
    return combineFrostOnline(pub, commitments, payload.data, shares)
  }

  it.each(['frost-ed25519', 'frost-secp256k1', 'bip340'] as const)('%s: commit ahead, one online request per signer; the signature verifies (noble)', async (scheme) => {
    const key = keys.get(scheme)!
    const batch = await presign(key, [0, 2], 2)
    for (const [k, infos] of batch.entries()) {
      const payload = bytesPayload(`${scheme} online ${k}`)
      const sig = await onlineSign(key, infos, payload)
      const Y = key.groupPublicKey
      const valid = scheme === 'frost-ed25519' ? ed25519.verify(sig, payload.data, Y, { zip215: false })
        : scheme === 'bip340' ? schnorr.verify(sig, payload.data, Y.subarray(1))
        : secp256k1_FROST.verify(sig, payload.data, Y)
      expect(valid).toBe(true)
    }
    expect(nodes[0]!.presignatures.count(key.keyId)).toBe(0)
  })

  it('bip340: the nodes apply the path and the Taproot tweak online; the signature verifies under the BIP86 output key', async () => {
    const key = keys.get('bip340')!
    const [infos] = await presign(key, [1, 2])
    const child = new HDKey({ publicKey: key.groupPublicKey, chainCode: key.chainCode }).derive('m/4/2').publicKey!
    const outputKey = p2tr(child.subarray(1)).tweakedPubkey
    const message = new Uint8Array(randomBytes(32))
    const { tweak } = deriveKey('bip340', key.groupPublicKey, key.chainCode, [4, 2])
    const sig = await onlineSign(key, infos!, { kind: 'bytes', data: message, taproot: true }, { path: [4, 2], tweak: { derivation: tweak, taproot: {} } })
    expect(schnorr.verify(sig, message, outputKey)).toBe(true)
  })

  it('a nonce pair answers once: a replayed request and concurrent requests get presign-used', async () => {
    const key = keys.get('frost-secp256k1')!
    const [infos] = await presign(key, [0, 1])
    const first = onlineRequest(key, infos!, bytesPayload('first'))
    expect(await coordinator.exchange(peer(0), first)).toMatchObject({ kind: 'frostShare' })
    expect(await coordinator.exchange(peer(0), first)).toMatchObject({ kind: 'error', code: 'presign-used' })
    expect(await coordinator.exchange(peer(0), onlineRequest(key, infos!, bytesPayload('second')))).toMatchObject({ kind: 'error', code: 'presign-used' })

    const [fresh] = await presign(key, [0, 1])
    const racing = await Promise.all(['a', 'b', 'c', 'd'].map((t) => coordinator.exchange(peer(1), onlineRequest(key, fresh!, bytesPayload(t)))))
    expect(racing.filter((r) => r.kind === 'frostShare')).toHaveLength(1)
    expect(racing.filter((r) => r.kind === 'error' && r.code === 'presign-used')).toHaveLength(3)
  })

  it('a commitment list that is not what the node issued, or another signer set, is refused and consumes nothing', async () => {
    const key = keys.get('frost-secp256k1')!
    const [infos, other] = await presign(key, [0, 1], 2)
    const list = listOf(infos!)
    const swapped = list.map((c) => (c.signer === peer(0) ? { ...c, hiding: c.binding, binding: c.hiding } : c))
    expect(await coordinator.exchange(peer(0), onlineRequest(key, infos!, bytesPayload('x'), { list: swapped })))
      .toMatchObject({ kind: 'error', code: 'presign-mismatch', message: expect.stringContaining('did not issue') })
    // node 0's entry with the commitments of its other presignature
    const crossed = list.map((c) => (c.signer === peer(0) ? { ...c, hiding: other!.get(0)!.hiding } : c))
    expect(await coordinator.exchange(peer(0), onlineRequest(key, infos!, bytesPayload('x'), { list: crossed })))
      .toMatchObject({ kind: 'error', code: 'presign-mismatch' })
    // a list for other signers than the sign request names, a repeated signer: refused by the decoder
    expect(await coordinator.exchange(peer(0), onlineRequest(key, infos!, bytesPayload('x'), { signers: [0, 1, 2] })))
      .toMatchObject({ kind: 'error', code: 'bad-request', message: expect.stringContaining('one entry for each signer') })
    expect(await coordinator.exchange(peer(0), onlineRequest(key, infos!, bytesPayload('x'), { list: [...list, list[1]!], signers: [0, 1] })))
      .toMatchObject({ kind: 'error', code: 'bad-request' })
    // node 2 issued nothing for these ids
    const third = new Map([[0, infos!.get(0)!], [2, infos!.get(1)!]])
    expect(await coordinator.exchange(peer(2), onlineRequest(key, third, bytesPayload('x'))))
      .toMatchObject({ kind: 'error', code: 'presign-unknown' })
    // the refusals consumed nothing
    const payload = bytesPayload('still there')
    expect(secp256k1_FROST.verify(await onlineSign(key, infos!, payload), payload.data, key.groupPublicKey)).toBe(true)
  })

  it('policy applies to the online step; a denied payload leaves the nonce pair unused', async () => {
    const key = keys.get('frost-secp256k1')!
    const held = nodes[1]!.presignatures.count(key.keyId)
    const [infos] = await presign(key, [1, 2])
    const denied = await coordinator.exchange(peer(1), onlineRequest(key, infos!, bytesPayload('at m/9'), { path: [9] }))
    expect(denied).toMatchObject({ kind: 'error', code: 'policy-denied', policy: { ruleId: 'not-m-9' } })
    expect(nodes[1]!.presignatures.count(key.keyId)).toBe(held + 1)
    const payload = bytesPayload('allowed')
    expect(secp256k1_FROST.verify(await onlineSign(key, infos!, payload), payload.data, key.groupPublicKey)).toBe(true)
    expect(nodes[1]!.presignatures.count(key.keyId)).toBe(held)
    // both went to the node's audit log with the payload it decoded and its policy verdict
    const log = await coordinator.exchange(peer(1), { kind: 'auditLog', fromSeq: 1, limit: 256 })
    if (log.kind !== 'auditLog') throw new Error(`audit log answered ${log.kind}`)
    const online = log.entries.map((e) => JSON.parse(e) as Record<string, any>).filter((e) => e.operation === 'frostOnlineSign' && e.keyId === key.keyId)
    expect(online.slice(-2)).toMatchObject([
      { outcome: 'denied', error: 'policy-denied', payload: { kind: 'bytes', path: 'm/9' }, policy: { decision: 'deny', ruleId: 'not-m-9' } },
      { outcome: 'ok', payload: { kind: 'bytes' }, policy: { decision: 'allow', ruleId: 'rest' } },
    ])
  })

  it('the commit of a refresh drops the old epoch\'s nonce pairs', async () => {
    let key = keys.get('frost-ed25519')!
    const held = nodes[0]!.presignatures.count(key.keyId)
    const [infos] = await presign(key, [0, 1])
    expect(nodes[0]!.presignatures.count(key.keyId)).toBe(held + 1)
    const all = members.map((m) => m.peerId)
    const refresh = { kind: 'reshare' as const, keyId: key.keyId, nonce: nonce(), issuedAt: now(), key, refresh: true, dealers: all, newParties: all, newThreshold: key.threshold }
    await Promise.all(all.map((p) => coordinator.call(p, refresh)))
    await coordinator.commit(all, { kind: 'commitKey', keyId: key.keyId, groupPublicKey: key.groupPublicKey, nonce: refresh.nonce })
    for (const n of nodes) expect(n.presignatures.count(key.keyId)).toBe(0)
    const stale = onlineRequest(key, infos!, bytesPayload('old epoch'))
    expect(await coordinator.exchange(peer(0), stale)).toMatchObject({ kind: 'error', code: 'stale-epoch' })
    // at the new epoch the old ids are nothing
    expect(await coordinator.exchange(peer(0), { ...stale, sign: { ...stale.sign, epoch: key.epoch + 1 } })).toMatchObject({ kind: 'error', code: 'presign-unknown' })
    key = { ...key, epoch: key.epoch + 1 }
    keys.set('frost-ed25519', key)
    const [next] = await presign(key, [0, 1])
    const payload = bytesPayload('new epoch')
    expect(ed25519.verify(await onlineSign(key, next!, payload), payload.data, key.groupPublicKey)).toBe(true)
  }, 60_000)
})
