// The audit log against three real `thresh-node` processes (the built CLIs): a signed and
// a policy-denied request end up in every node's log with the rule and the outcome;
// `thresh audit compare` finds that the nodes agree; `thresh-node audit verify` passes on
// every stopped node and names the entry an operator changed or deleted in LevelDB; a
// configured peer that is not a coordinator is refused the log; no secret reaches the log.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Level } from 'level'
import { getAddress, parseEther, parseGwei, serializeTransaction, type TransactionSerializableEIP1559 } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KeyStore } from '@thresh/store'
import { ROOT, stopProcesses } from '../../../scripts/testnet/cluster.mjs'
import { Coordinator, generateIdentity, PolicyDeniedError, writeIdentityFile, type KeyInfo } from '../src/index.js'
import { runCli } from '../src/cli/main.js'
import { startProcessCluster, type ProcessCluster } from './process-cluster.js'

const NODE_CLI_PATH = join(ROOT, 'packages/node/dist/cli.js')
const ALLOWED = '0x70997970c51812dc3a010c7d01b50e0d17dc79c8'
const STRANGER = '0x90f79bf6eb2c4f870365e179ef5b5d3e3f0a8c1d'
const evm = (cond: string) => `request.payload == "evm-tx" && ${cond}`
const policy = {
  version: 1,
  rules: [
    { id: 'deny-stranger', effect: 'deny', condition: evm(`evm.to == "${STRANGER}"`) },
    { id: 'ecdsa-keygen', effect: 'allow', condition: 'request.operation == "keygen" && request.scheme == "ecdsa"' },
    { id: 'refresh-ok', effect: 'allow', condition: 'request.operation == "refresh"' },
    { id: 'small', effect: 'allow', condition: evm(`evm.to == "${ALLOWED}" && big_le(evm.value, units("1", 18))`) },
  ],
}

let net: ProcessCluster
let key: KeyInfo
let outsiderFile: string
let signatureHash: string
const peer = (i: number): string => net.cluster.members[i]!.peerId
const member = (i: number) => net.cluster.members[i] as { configFile: string; dataDir: string; peerId: string }

function tx(to: string, value: bigint, nonce: number): TransactionSerializableEIP1559 {
  return { type: 'eip1559', chainId: 1, nonce, to: to as `0x${string}`, value, gas: 21_000n, maxFeePerGas: parseGwei('30'), maxPriorityFeePerGas: parseGwei('1') }
}

function nodeCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [NODE_CLI_PATH, ...args], (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }))
  })
}

async function thresh(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(['--config', net.cluster.coordinator.clientConfig, ...args], { out: (s) => { out += s }, err: (s) => { err += s } })
  return { code, out, err }
}

beforeAll(async () => {
  const outsider = await generateIdentity()
  net = await startProcessCluster('audit', {
    beforeStart: async (cluster) => {
      outsiderFile = join(cluster.dir, 'outsider.key')
      await writeIdentityFile(outsiderFile, outsider.key)
      for (const m of cluster.members as { configFile: string; dataDir: string }[]) {
        const file = join(m.dataDir, 'policy.json')
        await writeFile(file, JSON.stringify(policy))
        const config = JSON.parse(await readFile(m.configFile, 'utf8')) as { peers: unknown[] } & Record<string, unknown>
        // a configured peer (its connections pass the gater) that is not a coordinator
        await writeFile(m.configFile, JSON.stringify({ ...config, peers: [...config.peers, { id: outsider.peerId, addrs: ['/ip4/127.0.0.1/tcp/9'] }], policy: { file, admins: { threshold: 1, approvers: [{ type: 'ed25519', publicKey: '11'.repeat(32) }] } } }))
      }
    },
  })
  key = await net.c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'audit-ecdsa' })
}, 180_000)

afterAll(async () => {
  await net?.stop()
})

describe('the audit log on real nodes', () => {
  it('records a signature and a policy denial at every node, and compare finds the nodes agree', async () => {
    const sig = await net.c.sign({ keyId: key.keyId, payload: { kind: 'evm-tx', data: serializeTransaction(tx(ALLOWED, parseEther('0.5'), 0)) }, signers: [peer(0), peer(1)] })
    const s = sig.signatures[0]!
    // the node's signature is r ‖ s; its hash is computed here, not by thresh code
    signatureHash = createHash('sha256').update(Buffer.from(s.r!.toString(16).padStart(64, '0') + s.s!.toString(16).padStart(64, '0'), 'hex')).digest('hex')
    const err = await net.c.sign({ keyId: key.keyId, payload: { kind: 'evm-tx', data: serializeTransaction(tx(STRANGER, parseEther('0.1'), 1)) } }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PolicyDeniedError)

    for (const i of [0, 1]) {
      const log = await net.c.auditLog(peer(i))
      if (!log.ok) throw new Error(log.message)
      expect(log.value.verify).toMatchObject({ ok: true })
      const signs = log.value.items.filter((e) => 'operation' in e && e.operation === 'sign')
      const signed = signs.find((e) => 'outcome' in e && e.outcome === 'signed')!
      expect(signed).toMatchObject({
        caller: net.cluster.coordinator.peerId, keyId: key.keyId, epoch: 0, signatureHash,
        payload: { kind: 'evm-tx', digests: 1, summary: { to: getAddress(ALLOWED), value: parseEther('0.5').toString() } },
        policy: { enforced: true, version: 1, decision: 'allow', ruleId: 'small', approvers: [] },
      })
      const digest = createHash('sha256').update(sig.signatures[0]!.digest).digest('hex')
      expect((signed as { payload: { digestHash: string } }).payload.digestHash).toBe(digest)
    }
    // the denial is recorded by the signers it reached, with the rule
    const denials = await Promise.all([0, 1, 2].map(async (i) => {
      const log = await net.c.auditLog(peer(i))
      return log.ok ? log.value.items.filter((e) => 'outcome' in e && e.outcome === 'denied') : []
    }))
    expect(denials.flat().length).toBeGreaterThanOrEqual(1)
    for (const d of denials.flat()) expect(d).toMatchObject({ operation: 'sign', error: 'policy-denied', policy: { decision: 'deny', ruleId: 'deny-stranger', version: 1 }, payload: { summary: { to: getAddress(STRANGER) } } })

    const compare = await thresh(['audit', 'compare'])
    expect(compare.code, compare.out + compare.err).toBe(0)
    expect(compare.out).toContain('the nodes agree on what was signed')
    expect(compare.out).toMatch(/2 sign requests in the logs, 1 signed/)
    const json = await thresh(['audit', 'compare', '--json'])
    expect(JSON.parse(json.out)).toMatchObject({ agree: true, requests: 2, signed: 1, disagreements: [] })
  }, 120_000)

  it('records a lifecycle operation with the rule that allowed it, at every party', async () => {
    const refreshed = await net.c.refresh(key.keyId)
    expect(refreshed.epoch).toBe(1)
    for (const i of [0, 1, 2]) {
      const log = await net.c.auditLog(peer(i))
      if (!log.ok) throw new Error(log.message)
      expect(log.value.verify).toMatchObject({ ok: true })
      const ops = log.value.items.filter((e) => 'operation' in e && e.operation === 'reshare')
      expect(ops).toEqual([expect.objectContaining({ keyId: key.keyId, epoch: 0, outcome: 'ok', policy: expect.objectContaining({ decision: 'allow', ruleId: 'refresh-ok' }) })])
      expect(log.value.items.some((e) => 'operation' in e && e.operation === 'commitKey' && e.outcome === 'ok')).toBe(true)
    }
    key = refreshed
  }, 120_000)

  it('refuses the log to a configured peer that is not a coordinator, and records the refusal', async () => {
    const outsider = await Coordinator.connect({ nodes: net.cluster.nodes, identity: outsiderFile })
    try {
      const answer = await outsider.auditLog(peer(0))
      expect(answer).toMatchObject({ ok: false, code: 'unauthorized' })
    } finally {
      await outsider.close()
    }
    const log = await net.c.auditLog(peer(0))
    if (!log.ok) throw new Error(log.message)
    // among the last entries (this read's own entry is written after the page it returns)
    expect(log.value.items.slice(-2)).toContainEqual(expect.objectContaining({ operation: 'unknown', outcome: 'refused', error: 'unauthorized' }))
  }, 60_000)

  it('verifies on every stopped node, exports JSON lines without secrets, and names a changed or deleted entry', async () => {
    await net.c.close()
    await stopProcesses(net.children)
    for (const i of [0, 1, 2]) {
      const r = await nodeCli(['audit', 'verify', '--config', member(i).configFile, '--json'])
      expect(r.code, r.stdout + r.stderr).toBe(0)
      // shutdown signed the head
      expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, peerId: peer(i), checkpoints: 1 })
    }
    const exported = await nodeCli(['audit', 'export', '--config', member(0).configFile])
    expect(exported.code, exported.stderr).toBe(0)
    const lines = exported.stdout.trim().split('\n').map((l) => JSON.parse(l) as { seq: number; operation: string; outcome: string })
    expect(lines.map((l) => l.seq)).toEqual(lines.map((_, i) => i + 1))
    expect(lines.some((l) => l.operation === 'keygen' && l.outcome === 'ok')).toBe(true)

    // the secrets this node holds: its share of the key and its identity seed
    const passphrase = (await readFile(net.cluster.passphraseFile, 'utf8')).trim()
    const store = await KeyStore.open(join(member(0).dataDir, 'keystore'), passphrase)
    const secrets = [(await store.getShare(key.keyId)).secret, await store.getSecret('node-identity-ed25519-seed')]
    await store.close()
    for (const secret of secrets) {
      for (let at = 0; at + 16 <= secret.length; at += 16) {
        const window = Buffer.from(secret.subarray(at, at + 16))
        expect(exported.stdout.includes(window.toString('hex'))).toBe(false)
        expect(exported.stdout.includes(window.toString('base64').slice(0, 20))).toBe(false)
      }
    }

    // node 1: a byte changed on disk; node 2: an entry deleted
    await withLevel(join(member(1).dataDir, 'keystore'), async (db) => {
      const k = 'log:audit:000000000003'
      const v = Uint8Array.from((await db.get(k))!)
      v[v.length - 20]! ^= 1
      await db.put(k, v)
    })
    await withLevel(join(member(2).dataDir, 'keystore'), (db) => db.del('log:audit:000000000002'))
    const changed = await nodeCli(['audit', 'verify', '--config', member(1).configFile])
    expect(changed.code).toBe(1)
    expect(changed.stdout).toContain('BROKEN at entry 3 (modified)')
    const deleted = await nodeCli(['audit', 'verify', '--config', member(2).configFile, '--json'])
    expect(deleted.code).toBe(1)
    expect(JSON.parse(deleted.stdout)).toMatchObject({ ok: false, seq: 2, problem: 'deleted', message: 'entry 2 is missing' })
  }, 120_000)
})

async function withLevel(path: string, fn: (db: Level<string, Uint8Array>) => Promise<unknown>): Promise<void> {
  const db = new Level<string, Uint8Array>(path, { keyEncoding: 'utf8', valueEncoding: 'view', createIfMissing: false })
  await db.open()
  try {
    await fn(db)
  } finally {
    await db.close()
  }
}
