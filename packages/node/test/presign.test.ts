// Presignatures on real nodes in one process (libp2p between them): presign, the one-round
// online step combined by the caller and verified by noble, and the refusals that keep a
// presignature single-use and bound to its signer set and path.
import { randomBytes } from 'node:crypto'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { HDKey } from '@scure/bip32'
import { combineDklsOnline, type DklsOnlineShare, type PartyIndex } from '@thresh/crypto'
import type { CoordRequest, CoordResponse, KeyInfo, PresignInfo, SignPayload } from '@thresh/wire'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ThreshNode } from '../src/node.js'
import { addrOf, nonce, now, policyConfig, prepareMembers, removeDir, startNodes, TestCoordinator, type Member } from './cluster.js'

type OnlineSign = Extract<CoordRequest, { kind: 'onlineSign' }>

describe('presignatures on real nodes', () => {
  let root: string
  let members: Member[]
  let nodes: ThreshNode[]
  let coordinator: TestCoordinator
  let key: KeyInfo
  const peer = (i: number) => members[i]!.peerId

  beforeAll(async () => {
    coordinator = await TestCoordinator.create()
    ;({ root, members } = await prepareMembers(3))
    // every node: eip191 payloads are denied, everything else allowed
    const policy = await policyConfig(root, [
      { id: 'no-eip191', effect: 'deny', condition: 'request.payload == "eip191"' },
      { id: 'rest', effect: 'allow', condition: 'true' },
    ])
    nodes = await startNodes(members, [coordinator.peerId], { extra: { policy, sessions: { presignaturesPerKey: 8 } } })
    for (const m of members) await coordinator.know(m.peerId, addrOf(m))
    ;[key] = await coordinator.keygen(members.map((m) => m.peerId), 'ecdsa', 2, 'k-presign') as [KeyInfo]
  }, 120_000)

  afterAll(async () => {
    await coordinator?.stop()
    await Promise.all((nodes ?? []).map((n) => n.stop()))
    if (root) await removeDir(root)
  })

  const presign = async (signers: number[], count = 1, path?: number[], epoch = key.epoch): Promise<PresignInfo[]> => {
    const request: CoordRequest = {
      kind: 'presign', keyId: key.keyId, epoch, signers: signers.map(peer), presignIds: Array.from({ length: count }, () => new Uint8Array(randomBytes(32))),
      nonce: nonce(), issuedAt: now(), ...(path ? { path } : {}),
    }
    const answers = await Promise.all(signers.map((i) => coordinator.call(peer(i), request)))
    const infos = answers.map((a) => {
      if (a.kind !== 'presigned') throw new Error(`presign answered ${a.kind}`)
      return a.presignatures
    })
    for (const other of infos.slice(1)) expect(other).toEqual(infos[0])
    return infos[0]!
  }

  const onlineRequest = (info: PresignInfo, signers: number[], payload: SignPayload, path?: number[]): OnlineSign => ({
    kind: 'onlineSign',
    presignId: info.presignId,
    sign: { kind: 'sign', keyId: key.keyId, payload, signers: signers.map(peer), nonce: nonce(), issuedAt: now(), epoch: key.epoch, ...(path ? { path } : {}) },
  })

  const digestPayload = (text: string): SignPayload => ({ kind: 'digest', data: sha256(new TextEncoder().encode(text)) })

  /** Each signer's online share; the signature combined and verified by noble under `publicKey`. */
  const onlineSign = async (info: PresignInfo, signers: number[], payload: SignPayload, path?: number[]) => {
    const request = onlineRequest(info, signers, payload, path)
    const answers = await Promise.all(signers.map((i) => coordinator.exchange(peer(i), request)))
    const shares = new Map<PartyIndex, DklsOnlineShare>()
    answers.forEach((a, k) => {
      if (a.kind !== 'onlineShare') throw new Error(`online sign answered ${JSON.stringify(a)}`)
      shares.set(signers[k]! + 1, a)
    })
    return combineDklsOnline({ instancePoint: info.instancePoint, publicKey: info.publicKey, presignId: info.presignId, digest: payload.data }, shares)
  }

  const verifies = (sig: { r: Uint8Array; s: Uint8Array }, digest: Uint8Array, publicKey: Uint8Array) =>
    secp256k1.verify(new Uint8Array([...sig.r, ...sig.s]), digest, publicKey, { prehash: false, lowS: true })

  it('presign then one online round per signer: the signature verifies under the group key (noble)', async () => {
    const infos = await presign([0, 2], 2)
    expect(infos).toHaveLength(2)
    for (const [k, info] of infos.entries()) {
      expect(info.publicKey).toEqual(key.groupPublicKey)
      const payload = digestPayload(`online ${k}`)
      const sig = await onlineSign(info, [0, 2], payload)
      expect(verifies(sig, payload.data, key.groupPublicKey)).toBe(true)
    }
    expect(nodes[0]!.presignatures.count(key.keyId)).toBe(0)
  })

  it('at a BIP32 path the signature verifies under the key @scure/bip32 derives; another path is refused (path binding)', async () => {
    const [info] = await presign([0, 1], 1, [4, 2]) as [PresignInfo]
    const derived = new HDKey({ publicKey: key.groupPublicKey, chainCode: key.chainCode }).derive('m/4/2').publicKey!
    expect(info.publicKey).toEqual(derived)
    const payload = digestPayload('derived')
    for (const path of [[4, 3], [4], undefined]) {
      const refused = await coordinator.exchange(peer(0), onlineRequest(info, [0, 1], payload, path))
      expect(refused).toMatchObject({ kind: 'error', code: 'presign-mismatch', message: expect.stringContaining('path') })
    }
    const sig = await onlineSign(info, [0, 1], payload, [4, 2])
    expect(verifies(sig, payload.data, derived)).toBe(true)
  })

  it('a presignature answers once: sequential, replayed and concurrent online requests get presign-used', async () => {
    const [info] = await presign([0, 1]) as [PresignInfo]
    const first = onlineRequest(info, [0, 1], digestPayload('first'))
    expect(await coordinator.exchange(peer(0), first)).toMatchObject({ kind: 'onlineShare' })
    // the same request replayed, and a new request for another digest
    expect(await coordinator.exchange(peer(0), first)).toMatchObject({ kind: 'error', code: 'presign-used' })
    expect(await coordinator.exchange(peer(0), onlineRequest(info, [0, 1], digestPayload('second')))).toMatchObject({ kind: 'error', code: 'presign-used' })

    const [fresh] = await presign([0, 1]) as [PresignInfo]
    const racing = await Promise.all(['a', 'b', 'c', 'd'].map((t) => coordinator.exchange(peer(1), onlineRequest(fresh, [0, 1], digestPayload(t)))))
    expect(racing.filter((r) => r.kind === 'onlineShare')).toHaveLength(1)
    expect(racing.filter((r) => r.kind === 'error' && r.code === 'presign-used')).toHaveLength(3)
  })

  it('an unknown presign id and another signer set are refused', async () => {
    const [info] = await presign([0, 1]) as [PresignInfo]
    const unknown = { ...info, presignId: new Uint8Array(32).fill(7) }
    expect(await coordinator.exchange(peer(0), onlineRequest(unknown, [0, 1], digestPayload('x')))).toMatchObject({ kind: 'error', code: 'presign-unknown' })
    expect(await coordinator.exchange(peer(0), onlineRequest(info, [0, 1, 2], digestPayload('x')))).toMatchObject({ kind: 'error', code: 'presign-mismatch', message: expect.stringContaining('signer set') })
    // node 3 never took part: it has no such presignature
    expect(await coordinator.exchange(peer(2), onlineRequest(info, [0, 2], digestPayload('x')))).toMatchObject({ kind: 'error', code: 'presign-unknown' })
    // the refusals consumed nothing
    const sig = await onlineSign(info, [0, 1], digestPayload('still there'))
    expect(verifies(sig, digestPayload('still there').data, key.groupPublicKey)).toBe(true)
  })

  it('policy applies to the online step; a denied payload leaves the presignature unused', async () => {
    const held = nodes[1]!.presignatures.count(key.keyId)
    const [info] = await presign([1, 2]) as [PresignInfo]
    const eip191: SignPayload = { kind: 'eip191', data: new TextEncoder().encode('hello') }
    const denied = await coordinator.exchange(peer(1), onlineRequest(info, [1, 2], eip191))
    expect(denied).toMatchObject({ kind: 'error', code: 'policy-denied', policy: { ruleId: 'no-eip191' } })
    expect(nodes[1]!.presignatures.count(key.keyId)).toBe(held + 1)
    const payload = digestPayload('allowed')
    expect(verifies(await onlineSign(info, [1, 2], payload), payload.data, key.groupPublicKey)).toBe(true)
    expect(nodes[1]!.presignatures.count(key.keyId)).toBe(held)
  })

  it('holds at most sessions.presignaturesPerKey per key', async () => {
    const request: CoordRequest = { kind: 'presign', keyId: key.keyId, epoch: key.epoch, signers: [peer(0), peer(1)], presignIds: Array.from({ length: 9 }, () => new Uint8Array(randomBytes(32))), nonce: nonce(), issuedAt: now() }
    const answer: CoordResponse = await coordinator.exchange(peer(0), request)
    expect(answer).toMatchObject({ kind: 'error', code: 'busy' })
  })

  it('the commit of a refresh drops the old epoch\'s presignatures', async () => {
    const [info] = await presign([0, 1]) as [PresignInfo]
    expect(nodes[0]!.presignatures.count(key.keyId)).toBeGreaterThan(0)
    const all = members.map((m) => m.peerId)
    const refresh = { kind: 'reshare' as const, keyId: key.keyId, nonce: nonce(), issuedAt: now(), key, refresh: true, dealers: all, newParties: all, newThreshold: key.threshold }
    await Promise.all(all.map((p) => coordinator.call(p, refresh)))
    // pending: the old epoch's are still there
    expect(nodes[0]!.presignatures.peek(key.keyId, key.epoch, info.presignId)).toMatchObject({ path: 'm' })
    await coordinator.commit(all, { kind: 'commitKey', keyId: key.keyId, groupPublicKey: key.groupPublicKey, nonce: refresh.nonce })
    for (const n of nodes) expect(n.presignatures.count(key.keyId)).toBe(0)
    const stale = onlineRequest(info, [0, 1], digestPayload('old epoch'))
    // presignatures are held by (key, epoch, presign id): at the new epoch the old id is nothing
    expect(await coordinator.exchange(peer(0), { ...stale, sign: { ...stale.sign, epoch: key.epoch + 1 } })).toMatchObject({ kind: 'error', code: 'presign-unknown' })
    expect(await coordinator.exchange(peer(0), stale)).toMatchObject({ kind: 'error', code: 'stale-epoch' })
    key = { ...key, epoch: key.epoch + 1 }
    const [next] = await presign([0, 1])
    const payload = digestPayload('new epoch')
    expect(verifies(await onlineSign(next!, [0, 1], payload), payload.data, key.groupPublicKey)).toBe(true)
  }, 60_000)
})
