// Two-phase keygen on real nodes in one process: a keygen leaves pending shares that
// cannot be used; a commit for the same attempt activates them; an abort or a new
// attempt under the same key id replaces them; both states survive a restart.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { RpcError, type CoordRequest, type CoordResponse, type KeyInfo } from '@thresh/wire'
import { pino } from 'pino'
import { ThreshNode } from '../src/node.js'
import { SessionError } from '../src/session-manager.js'
import { addrOf, nonce, now, PASSPHRASE, prepareMembers, removeDir, signatures, startNodes, TestCoordinator, type Member } from './cluster.js'
import { signedBytes, verifiesSignature } from './verifiers.js'

type CommitKey = Extract<CoordRequest, { kind: 'commitKey' }>

describe('keygen is two-phase: pending until committed', () => {
  let root: string
  let members: Member[]
  let nodes: ThreshNode[]
  let coordinator: TestCoordinator

  beforeAll(async () => {
    coordinator = await TestCoordinator.create()
    ;({ root, members } = await prepareMembers(3))
    nodes = await startNodes(members, [coordinator.peerId])
    for (const m of members) await coordinator.know(m.peerId, addrOf(m))
  })

  afterAll(async () => {
    await coordinator?.stop()
    await Promise.all((nodes ?? []).map((n) => n.stop()))
    if (root) await removeDir(root)
  })

  const parties = () => members.map((m) => m.peerId)
  const ask = (i: number, request: CoordRequest): Promise<CoordResponse> => coordinator.exchange(members[i]!.peerId, request)
  const listed = async (i: number): Promise<string[]> => {
    const r = await ask(i, { kind: 'listKeys' })
    if (r.kind !== 'keys') throw new Error(`listKeys answered ${r.kind}`)
    return r.keys.map((k) => k.keyId)
  }
  const commitOf = (key: KeyInfo, requestNonce: Uint8Array): CommitKey => ({ kind: 'commitKey', keyId: key.keyId, groupPublicKey: key.groupPublicKey, nonce: requestNonce })
  const signAndVerify = async (key: KeyInfo, signers: readonly number[], text: string) => {
    const message = new TextEncoder().encode(text)
    const sigs = signatures(await coordinator.signAll(key.keyId, signers.map((i) => members[i]!.peerId), signedBytes(key.scheme, message)))
    for (const sig of sigs) expect(verifiesSignature(key.scheme, key.groupPublicKey, message, sig)).toBe(true)
  }

  it('a pending key cannot sign, is not listed and is unknown to queries', async () => {
    const { request, keys } = await coordinator.prepare(parties(), 'bip340', 2, 'lc-pending')
    expect(new Set(keys.map((k) => Buffer.from(k.groupPublicKey).toString('hex'))).size).toBe(1)
    for (let i = 0; i < 3; i++) {
      expect(await listed(i)).not.toContain('lc-pending')
      expect(await ask(i, { kind: 'getPublicKey', keyId: 'lc-pending' })).toMatchObject({ kind: 'error', code: 'unknown-key' })
      expect(nodes[i]!.keys.getPending('lc-pending')).toMatchObject({ keyId: 'lc-pending', state: 'pending', nonce: request.nonce })
    }
    const refused = await coordinator.signAll('lc-pending', [members[0]!.peerId, members[1]!.peerId], new Uint8Array(32))
    for (const r of refused) expect(r).toMatchObject({ kind: 'error', code: 'unknown-key' })
  })

  it('a new attempt under the same key id replaces a pending share; only its own commit, with its group key, activates it', async () => {
    const first = await coordinator.prepare(parties(), 'frost-ed25519', 2, 'lc-retry')
    const second = await coordinator.prepare(parties(), 'frost-ed25519', 2, 'lc-retry')
    const key = second.keys[0]!
    expect(key.groupPublicKey).not.toEqual(first.keys[0]!.groupPublicKey)
    // the replaced attempt can no longer be committed
    const stale = await ask(0, commitOf(first.keys[0]!, first.request.nonce))
    expect(stale).toMatchObject({ kind: 'error', code: 'unknown-key' })
    // the current attempt with another group key is refused
    const forged = await ask(0, { ...commitOf(key, second.request.nonce), groupPublicKey: first.keys[0]!.groupPublicKey })
    expect(forged).toMatchObject({ kind: 'error', code: 'bad-request' })
    expect(nodes[0]!.keys.getPending('lc-retry')).toBeDefined()

    const committed = await coordinator.commit(parties(), commitOf(key, second.request.nonce))
    for (const k of committed) expect(k).toEqual(key)
    for (let i = 0; i < 3; i++) expect(await listed(i)).toContain('lc-retry')
    await signAndVerify(key, [0, 2], 'committed after a retry')

    // committed means final: commit again is a no-op, keygen and abort are refused
    expect(await coordinator.commit(parties(), commitOf(key, second.request.nonce))).toEqual(committed)
    const again = await coordinator.call(members[1]!.peerId, { kind: 'keygen', scheme: 'frost-ed25519', threshold: 2, parties: parties(), keyId: 'lc-retry', nonce: nonce(), issuedAt: now() })
      .then(() => undefined, (e: unknown) => e)
    expect(again).toBeInstanceOf(RpcError)
    expect((again as RpcError).code).toBe('key-exists')
    expect(await ask(1, { kind: 'abortKey', keyId: 'lc-retry', nonce: second.request.nonce })).toMatchObject({ kind: 'error', code: 'key-exists' })
    expect(await ask(1, { kind: 'abortKey', keyId: 'lc-retry', nonce: first.request.nonce })).toEqual({ kind: 'keyAborted', dropped: false })
    await signAndVerify(key, [1, 2], 'still there after the refused abort')
  })

  it('pending shares are visible (healthz, metrics) and expire: dropped once older than the TTL, committed keys never', async () => {
    const { request } = await coordinator.prepare(parties(), 'frost-ed25519', 2, 'lc-expire')
    const node = nodes[1]!
    expect(node.health().pendingKeys).toBeGreaterThanOrEqual(1)
    expect(await node.metrics.registry.getSingleMetricAsString('thresh_pending_keys')).toMatch(new RegExp(`thresh_pending_keys ${node.keys.listPending().length}\\n?$`))
    const created = node.keys.getPending('lc-expire')!.createdAt!
    expect(created).toBeGreaterThan(Date.now() - 60_000)
    // the housekeeping's cut: shares stored before it go; not yet at created time, gone after
    expect(await node.keys.dropPendingBefore(created)).not.toContain('lc-expire') // (older leftovers of other tests may go)
    expect(await node.keys.dropPendingBefore(created + 1)).toContain('lc-expire')
    expect(node.keys.getPending('lc-expire')).toBeUndefined()
    // dropped for good: a commit of that attempt is now unknown there
    expect(await ask(1, { kind: 'commitKey', keyId: 'lc-expire', groupPublicKey: nodes[0]!.keys.getPending('lc-expire')!.groupPublicKey, nonce: request.nonce }))
      .toMatchObject({ kind: 'error', code: 'unknown-key' })
    for (const i of [0, 2]) await ask(i, { kind: 'abortKey', keyId: 'lc-expire', nonce: request.nonce })
    // active keys are not pending: the cut never touches them
    const before = node.keys.list().map((k) => k.keyId)
    await node.keys.dropPendingBefore(Date.now() + 1)
    expect(node.keys.list().map((k) => k.keyId)).toEqual(before)
  })

  it('abort drops a pending share (idempotently), after which the key id is free again', async () => {
    const { request } = await coordinator.prepare(parties(), 'frost-secp256k1', 2, 'lc-abort')
    const abort = { kind: 'abortKey', keyId: 'lc-abort', nonce: request.nonce } as const
    expect(await ask(0, abort)).toEqual({ kind: 'keyAborted', dropped: true })
    expect(await ask(0, abort)).toEqual({ kind: 'keyAborted', dropped: false })
    expect(nodes[0]!.keys.getPending('lc-abort')).toBeUndefined()
    // an abort naming another attempt leaves the pending share alone
    expect(await ask(1, { ...abort, nonce: nonce() })).toEqual({ kind: 'keyAborted', dropped: false })
    expect(nodes[1]!.keys.getPending('lc-abort')).toBeDefined()
    // node 1 cannot commit what node 0 dropped, so the coordinator aborts everywhere and starts over
    expect(await ask(0, { kind: 'commitKey', keyId: 'lc-abort', groupPublicKey: nodes[1]!.keys.getPending('lc-abort')!.groupPublicKey, nonce: request.nonce }))
      .toMatchObject({ kind: 'error', code: 'unknown-key' })
    for (const i of [1, 2]) expect(await ask(i, abort)).toEqual({ kind: 'keyAborted', dropped: true })
    const [key] = await coordinator.keygen(parties(), 'frost-secp256k1', 2, 'lc-abort')
    await signAndVerify(key!, [0, 1], 'the key id was free again')
  })

  it('pending and active states survive a restart; a coordinator that crashed mid-commit re-sends it', async () => {
    const { request, keys } = await coordinator.prepare(parties(), 'ecdsa', 2, 'lc-restart')
    const key = keys[0]!
    const commit = commitOf(key, request.nonce)
    // the coordinator reached nodes 2 and 3, then crashed
    await coordinator.commit([members[1]!.peerId, members[2]!.peerId], commit)
    await restart(0)
    expect(nodes[0]!.keys.getPending('lc-restart')).toMatchObject({ state: 'pending', nonce: request.nonce })
    expect(await ask(0, { kind: 'getPublicKey', keyId: 'lc-restart' })).toMatchObject({ kind: 'error', code: 'unknown-key' })
    // it comes back and sends the commit to every party again
    for (const k of await coordinator.commit(parties(), commit)) expect(k).toEqual(key)
    await restart(0)
    expect(nodes[0]!.keys.get('lc-restart')).toMatchObject({ state: 'active' })
    await signAndVerify(key, [0, 1], 'ECDSA after a restart between the phases')
  })

  it('a keygen request re-sent after its attempt was aborted and a node restarted is refused: its DKG session id is used', async () => {
    // a re-run of the same DKG session would let a cheater replay an honest party's signed
    // round-1 message of the first run as "equivocation" in the second
    const { request } = await coordinator.prepare(parties(), 'bip340', 2, 'lc-once')
    for (const i of [0, 1, 2]) expect(await ask(i, { kind: 'abortKey', keyId: 'lc-once', nonce: request.nonce })).toEqual({ kind: 'keyAborted', dropped: true })
    await restart(0)
    const again = await Promise.all([0, 1, 2].map((i) => ask(i, request)))
    expect(again[0]).toMatchObject({ kind: 'error', code: 'duplicate-session', message: expect.stringMatching(/has run before/) })
    for (const r of again.slice(1)) expect(r).toMatchObject({ kind: 'error', code: 'duplicate-session' })
    expect(nodes[0]!.keys.getPending('lc-once')).toBeUndefined()
  })

  it('an internal failure reaches the coordinator only as a generic message', async () => {
    const leak = 'keystore at /var/lib/thresh/keystore: record 0xdeadbeefcafe failed'
    const commit = vi.spyOn(nodes[2]!.keys, 'commit').mockRejectedValueOnce(new Error(leak))
    const run = vi.spyOn(nodes[2]!.sessions, 'run').mockRejectedValueOnce(new SessionError('internal', `internal error: ${leak}`))
    try {
      const committed = await ask(2, { kind: 'commitKey', keyId: 'lc-any', groupPublicKey: new Uint8Array(32), nonce: nonce() })
      expect(committed).toEqual({ kind: 'error', code: 'internal', message: 'internal error (see the node log)', culprits: [], accusations: [] })
      const keygen = await ask(2, { kind: 'keygen', scheme: 'bip340', threshold: 2, parties: [members[2]!.peerId, members[0]!.peerId], keyId: 'lc-internal', nonce: nonce(), issuedAt: now() })
      expect(keygen).toEqual({ kind: 'error', code: 'internal', message: 'internal error (see the node log)', culprits: [], accusations: [] })
      expect(run).toHaveBeenCalledTimes(1)
    } finally {
      commit.mockRestore()
      run.mockRestore()
    }
  })

  async function restart(i: number): Promise<void> {
    const config = nodes[i]!.config
    await nodes[i]!.stop()
    nodes[i] = await ThreshNode.start(config, PASSPHRASE, { logger: pino({ level: 'silent' }) })
    await waitConnected()
  }

  /** Every node connected to both others again (sessions need the mesh). */
  async function waitConnected(): Promise<void> {
    for (let tries = 0; tries < 200; tries++) {
      if (nodes.every((n) => (n.health().connectedPeers as string[]).length === 2)) return
      await new Promise((r) => setTimeout(r, 25))
    }
    throw new Error('the nodes did not reconnect')
  }
})
