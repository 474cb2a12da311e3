import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Scheme } from '@thresh/crypto'
import type { KeyInfo } from '@thresh/wire'
import { addrOf, freePorts, now, removeDir, signatures, TestCoordinator, type Member } from './cluster.js'
import { build, NodeProcess, runCli, writeConfig } from './processes.js'
import { signedBytes, verifiesSignature } from './verifiers.js'

const ROUND_TIMEOUT_MS = 2000
const SCHEMES: Scheme[] = ['ecdsa', 'frost-ed25519', 'frost-secp256k1', 'bip340']

// Three `thresh-node` processes (the built CLI) on 127.0.0.1, driven over libp2p by a
// coordinator in the test process.
describe('three thresh-node processes', () => {
  let root: string
  let members: Member[]
  let configs: string[]
  const nodes: NodeProcess[] = []
  let coordinator: TestCoordinator
  const keys = new Map<Scheme, KeyInfo>()

  const peerIds = () => members.map((m) => m.peerId)
  const logPath = (i: number) => join(root, `node${i + 1}.log`)

  beforeAll(async () => {
    build()
    root = await mkdtemp(join(tmpdir(), 'thresh-e2e-'))
    coordinator = await TestCoordinator.create()
    const ports = await freePorts(6)
    const inits = await Promise.all([0, 1, 2].map((i) => runCli(['init', '--data', join(root, `node${i + 1}`), '--json'])))
    members = inits.map((r, i) => {
      expect(r.code, r.stderr).toBe(0)
      const out = JSON.parse(r.stdout) as { peerId: string; dataDir: string }
      return { peerId: out.peerId, dataDir: out.dataDir, port: ports[2 * i]!, httpPort: ports[2 * i + 1]! }
    })
    configs = await Promise.all(members.map((_, i) => writeConfig(root, members, i, [coordinator.peerId], { extra: { sessions: { roundTimeoutMs: ROUND_TIMEOUT_MS } } })))
    nodes.push(...(await Promise.all(members.map((m, i) => NodeProcess.start(m, configs[i]!, logPath(i))))))
    await Promise.all(nodes.map((n) => n.waitConnected(2)))
    for (const m of members) await coordinator.know(m.peerId, addrOf(m))
  })

  afterAll(async () => {
    await coordinator?.stop()
    await Promise.all(nodes.map((n) => n.stop().catch(() => undefined)))
    if (root && !process.env.KEEP) await removeDir(root)
  })

  it('init refuses to run twice on one data directory, and info reads a stopped node', async () => {
    const again = await runCli(['init', '--data', members[0]!.dataDir])
    expect(again.code).not.toBe(0)
    expect(again.stderr).toMatch(/exists/)
    const running = await runCli(['info', '--data', members[0]!.dataDir])
    expect(running.code).not.toBe(0)
    expect(running.stderr).toMatch(/in use by a running node/)
    const noPass = await runCli(['init', '--data', join(root, 'x')], { ...process.env, THRESH_PASSPHRASE: '' })
    expect(noPass.code).toBe(2)
    expect(noPass.stderr).toMatch(/THRESH_PASSPHRASE/)
    // THRESH_PASSPHRASE_FILE works for every command, and a wrong passphrase is refused at open
    const passFile = join(root, 'passphrase')
    await writeFile(passFile, 'a passphrase from a file\n', { mode: 0o600 })
    const fileEnv = { ...process.env, THRESH_PASSPHRASE: '', THRESH_PASSPHRASE_FILE: passFile }
    const viaFile = await runCli(['init', '--data', join(root, 'y'), '--json'], fileEnv)
    expect(viaFile.code, viaFile.stderr).toBe(0)
    const infoViaFile = await runCli(['info', '--data', join(root, 'y'), '--json'], fileEnv)
    expect(infoViaFile.code, infoViaFile.stderr).toBe(0)
    expect(JSON.parse(infoViaFile.stdout).peerId).toBe(JSON.parse(viaFile.stdout).peerId)
    const wrong = await runCli(['info', '--data', join(root, 'y')], { ...process.env, THRESH_PASSPHRASE: 'not the passphrase' })
    expect(wrong.code).not.toBe(0)
    expect(wrong.stderr).toMatch(/wrong passphrase/i)
    const bad = join(root, 'bad.json')
    await writeFile(bad, JSON.stringify({ ...JSON.parse(await readFile(configs[0]!, 'utf8')), sessions: { roundTimeoutMs: 'fast' } }))
    const badStart = await runCli(['start', '--config', bad])
    expect(badStart.code).toBe(2)
    expect(badStart.stderr).toMatch(/sessions\.roundTimeoutMs must be an integer/)
  })

  it.each(SCHEMES)('runs keygen for %s on all three nodes and signs with every pair', async (scheme) => {
    const infos = await coordinator.keygen(peerIds(), scheme, 2, `e2e-${scheme}`)
    expect(new Set(infos.map((k) => Buffer.from(k.groupPublicKey).toString('hex'))).size).toBe(1)
    const key = infos[0]!
    keys.set(scheme, key)
    for (const pair of [[0, 1], [0, 2], [1, 2]]) {
      const message = new TextEncoder().encode(`${scheme} payment signed by ${pair.join(' and ')}`)
      const sigs = signatures(await coordinator.signAll(key.keyId, pair.map((i) => peerIds()[i]!), signedBytes(scheme, message)))
      for (const sig of sigs) expect(verifiesSignature(scheme, key.groupPublicKey, message, sig)).toBe(true)
    }
  })

  it('signs again with the stored share after a node restarts, and refuses to run a session of before the restart again', async () => {
    // a request both signers served before the restart: its session id must stay used
    const [a, , c] = peerIds() as [string, string, string]
    // a keygen the coordinator never commits leaves a pending share on every party
    await coordinator.prepare(peerIds(), 'bip340', 2, 'e2e-uncommitted')
    const ran = { kind: 'sign' as const, keyId: keys.get('bip340')!.keyId, message: signedBytes('bip340', new TextEncoder().encode('once only')), signers: [a, c], nonce: new Uint8Array(16).fill(7), issuedAt: now() }
    for (const r of await Promise.all([coordinator.exchange(a, ran), coordinator.exchange(c, ran)])) expect(r.kind).toBe('sign')
    expect(await nodes[2]!.stop()).toBe(0)
    const info = await runCli(['info', '--config', configs[2]!, '--json'])
    expect(info.code, info.stderr).toBe(0)
    expect(JSON.parse(info.stdout).pendingKeys).toBe(1)
    // the operator sees the stopped node's pending share and purges it
    const pending = await runCli(['pending', '--config', configs[2]!, '--json'])
    expect(pending.code, pending.stderr).toBe(0)
    expect(JSON.parse(pending.stdout).pending).toEqual([expect.objectContaining({ keyId: 'e2e-uncommitted', scheme: 'bip340', threshold: 2, parties: 3 })])
    const young = await runCli(['purge-pending', '--config', configs[2]!, '--older-than', '3600', '--json'])
    expect(JSON.parse(young.stdout).dropped).toEqual([]) // not an hour old yet
    const purge = await runCli(['purge-pending', '--config', configs[2]!, '--json'])
    expect(JSON.parse(purge.stdout).dropped).toEqual(['e2e-uncommitted'])
    expect(JSON.parse((await runCli(['pending', '--config', configs[2]!, '--json'])).stdout).pending).toEqual([])
    const listed = JSON.parse(info.stdout) as { peerId: string; keys: { keyId: string }[] }
    expect(listed.peerId).toBe(members[2]!.peerId)
    expect(listed.keys.map((k) => k.keyId).sort()).toEqual(SCHEMES.map((s) => `e2e-${s}`).sort())

    nodes[2] = await NodeProcess.start(members[2]!, configs[2]!, logPath(2))
    await Promise.all(nodes.map((n) => n.waitConnected(2)))
    // the restarted node remembers the session from its keystore, the other from memory and keystore alike
    expect(await coordinator.exchange(c, ran, 5_000)).toMatchObject({ kind: 'error', code: 'duplicate-session', message: expect.stringMatching(/has run before/) })
    expect(await coordinator.exchange(a, ran, 5_000)).toMatchObject({ kind: 'error', code: 'duplicate-session' })
    // a request older than the acceptance window (300 s by default) is refused before anything runs
    const stale = { ...ran, nonce: new Uint8Array(16).fill(8), issuedAt: now() - 301 }
    expect(await coordinator.exchange(c, stale, 5_000)).toMatchObject({ kind: 'error', code: 'stale-request' })
    expect(await coordinator.exchange(c, { ...stale, issuedAt: now() + 120 }, 5_000)).toMatchObject({ kind: 'error', code: 'stale-request' })
    for (const scheme of SCHEMES) {
      const key = keys.get(scheme)!
      const message = new TextEncoder().encode(`after restart (${scheme})`)
      for (const pair of [[0, 2], [2, 1]]) {
        const sigs = signatures(await coordinator.signAll(key.keyId, pair.map((i) => peerIds()[i]!), signedBytes(scheme, message)))
        for (const sig of sigs) expect(verifiesSignature(scheme, key.groupPublicKey, message, sig)).toBe(true)
      }
    }
  })

  it('aborts a signing session whose third signer is SIGKILLed, naming it, and signs without it', async () => {
    const key = keys.get('frost-secp256k1')!
    const [a, b, c] = peerIds() as [string, string, string]
    const before = await Promise.all([nodes[0]!, nodes[1]!].map((n) => n.metric('thresh_sessions_started_total', { kind: 'frost-sign' })))
    const message = new TextEncoder().encode('signed by three')
    const request = { kind: 'sign' as const, keyId: key.keyId, message, signers: [a, b, c], nonce: new Uint8Array(16).fill(1), issuedAt: now() }
    // nodes 1 and 2 start the session; node 3 dies before it can take part
    const pending = [coordinator.exchange(a, request), coordinator.exchange(b, request)]
    await Promise.all([nodes[0]!, nodes[1]!].map(async (n, i) => {
      for (let tries = 0; (await n.metric('thresh_sessions_started_total', { kind: 'frost-sign' })) === before[i]; tries++) {
        if (tries > 200) throw new Error('session did not start')
        await new Promise((r) => setTimeout(r, 10))
      }
    }))
    const killedAt = performance.now()
    nodes[2]!.kill()
    const responses = await Promise.all(pending)
    const elapsed = performance.now() - killedAt
    for (const r of responses) expect(r).toMatchObject({ kind: 'error', code: 'timeout', culprits: [c] })
    expect(elapsed).toBeLessThan(ROUND_TIMEOUT_MS + 1500)
    expect(await nodes[2]!.exited).toBeNull()

    for (const n of [nodes[0]!, nodes[1]!]) {
      const h = await n.health()
      expect(h.httpStatus).toBe(200)
      expect(h.body.status).toBe('ok')
      expect(await n.metric('thresh_sessions_aborted_total', { kind: 'frost-sign', reason: 'timeout' })).toBeGreaterThanOrEqual(1)
    }
    const sigs = signatures(await coordinator.signAll(key.keyId, [a, b], message))
    for (const sig of sigs) expect(verifiesSignature('frost-secp256k1', key.groupPublicKey, message, sig)).toBe(true)
  })
})
