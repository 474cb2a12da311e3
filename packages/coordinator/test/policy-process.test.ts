// Node policies against three real `thresh-node` processes (the built CLI): every node
// decodes the transaction itself and judges it by its own copy of the policy before it
// sends a session message. A configured coordinator (the SDK's own transport, used as a
// hostile one would) cannot get a transfer over the limit or to an address outside the
// allowlist signed; approvals, time locks and velocity limits hold as docs/policy.md
// says, also across restarts; policy updates need the admins' quorum. Signatures are
// checked with viem (recoverTransactionAddress), not with thresh code.
import { once } from 'node:events'
import { writeFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ed25519 } from '@noble/curves/ed25519.js'
import { schnorr } from '@noble/curves/secp256k1.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { parseEther, parseGwei, recoverTransactionAddress, serializeTransaction, type TransactionSerializableEIP1559 } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CoordRequest, CoordResponse } from '@thresh/wire'
import { startNode, waitReady } from '../../../scripts/testnet/cluster.mjs'
import { approve, approveCancel, approvePolicy, PolicyDeniedError, type Approval, type Coordinator, type KeyInfo, type PayloadSignature } from '../src/index.js'
import type { NodeTransport } from '../src/transport.js'
import { runCli } from '../src/cli/main.js'
import { startProcessCluster, type ProcessCluster } from './process-cluster.js'

const ALLOWED = '0x70997970c51812dc3a010c7d01b50e0d17dc79c8'
const LOCKED = '0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc'
const STRANGER = '0x90f79bf6eb2c4f870365e179ef5b5d3e3f0a8c1d'
/** Only node 0's policy denies this destination; the others allow small transfers to it. */
const CONTESTED = '0x15d34aaf54267db7d7c367839aaf71a00a2c6a65'
const DELAY = 4

const secret = () => ed25519.utils.randomSecretKey()
const admins = [secret(), secret(), secret()]
const approvers = [{ type: 'ed25519' as const, secretKey: secret() }, { type: 'bip340' as const, secretKey: schnorr.utils.randomSecretKey() }, { type: 'ed25519' as const, secretKey: secret() }]
const approverEntry = (a: (typeof approvers)[number]) => ({
  type: a.type, publicKey: bytesToHex(a.type === 'ed25519' ? ed25519.getPublicKey(a.secretKey) : schnorr.getPublicKey(a.secretKey)),
})
const quorum = { threshold: 2, approvers: approvers.map(approverEntry) }
const adminQuorum = { threshold: 2, approvers: admins.map((k) => ({ type: 'ed25519', publicKey: bytesToHex(ed25519.getPublicKey(k)) })) }
const admin = (i: number) => ({ type: 'ed25519' as const, secretKey: admins[i]! })

const evm = (cond: string) => `request.payload == "evm-tx" && ${cond}`
const baseRules = [
  { id: 'ecdsa-keygen', effect: 'allow', condition: 'request.operation == "keygen" && request.scheme == "ecdsa"' },
  { id: 'small', effect: 'allow', condition: evm(`evm.to == "${ALLOWED}" && big_le(evm.value, units("1", 18))`) },
  { id: 'large', effect: 'allow', condition: evm(`evm.to == "${ALLOWED}" && big_le(evm.value, units("100", 18))`), require: { approvals: quorum } },
  { id: 'locked', effect: 'allow', condition: evm(`evm.to == "${LOCKED}"`), require: { timeLock: { delaySeconds: DELAY, cancel: quorum } } },
]
const limits = [{ id: 'chain5-daily', chain: 'eip155:5', per: 'key', windowSeconds: 86_400, max: parseEther('2').toString() }]
/** Node 0 denies CONTESTED; nodes 1 and 2 allow small transfers to it. */
const policyOf = (i: number) => ({
  version: 1,
  rules: i === 0
    ? [{ id: 'deny-contested', effect: 'deny', condition: evm(`evm.to == "${CONTESTED}"`) }, ...baseRules]
    : [...baseRules, { id: 'contested-ok', effect: 'allow', condition: evm(`evm.to == "${CONTESTED}" && big_le(evm.value, units("1", 18))`) }],
  limits,
})

let net: ProcessCluster
let c: Coordinator
let key: KeyInfo
let nonce = 0
const peer = (i: number): string => net.cluster.members[i]!.peerId

beforeAll(async () => {
  net = await startProcessCluster('policy', {
    beforeStart: async (cluster) => {
      for (const [i, m] of (cluster.members as { configFile: string; dataDir: string }[]).entries()) {
        const file = join(m.dataDir, 'policy.json')
        await writeFile(file, JSON.stringify(policyOf(i)))
        const config = JSON.parse(await readFile(m.configFile, 'utf8')) as Record<string, unknown>
        await writeFile(m.configFile, JSON.stringify({ ...config, policy: { file, admins: adminQuorum } }))
      }
    },
  })
  c = net.c
  key = await c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'policy-ecdsa' })
}, 180_000)

afterAll(async () => {
  await net?.stop()
})

function tx(to: string, value: bigint, chainId = 31337): TransactionSerializableEIP1559 {
  return { type: 'eip1559', chainId, nonce: nonce++, to: to as `0x${string}`, value, gas: 21_000n, maxFeePerGas: parseGwei('30'), maxPriorityFeePerGas: parseGwei('1') }
}
const payloadOf = (t: TransactionSerializableEIP1559) => ({ kind: 'evm-tx' as const, data: serializeTransaction(t) })

/** The signed transaction's sender, recovered by viem. */
async function sender(t: TransactionSerializableEIP1559, sig: PayloadSignature): Promise<string> {
  const s = sig.signatures[0]!
  const signed = serializeTransaction(t, { r: `0x${s.r!.toString(16).padStart(64, '0')}`, s: `0x${s.s!.toString(16).padStart(64, '0')}`, yParity: s.recoveryId! })
  return (await recoverTransactionAddress({ serializedTransaction: signed })).toLowerCase()
}

async function denied(p: Promise<unknown>): Promise<PolicyDeniedError> {
  const err = await p.then(() => undefined, (e: unknown) => e)
  expect(err).toBeInstanceOf(PolicyDeniedError)
  return err as PolicyDeniedError
}

const transport = () => (c as unknown as { transport: NodeTransport }).transport
const send = (to: string, request: CoordRequest): Promise<CoordResponse> => transport().request(to, request, { signal: AbortSignal.timeout(20_000) })

async function metric(i: number, name: string, labels = ''): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${(net.cluster.members[i] as { httpPort: number }).httpPort}/metrics`)).text()
  return text.split('\n').filter((l) => l.startsWith(name) && l.includes(labels)).reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0)
}
const sessionsStarted = async () => (await Promise.all([0, 1, 2].map((i) => metric(i, 'thresh_sessions_started_total')))).reduce((a, b) => a + b)

describe('a configured but hostile coordinator', () => {
  it('asks every node for a transfer over the limit and one to a stranger: each refuses with policy-denied, naming the rule, and no session starts', async () => {
    const before = await sessionsStarted()
    const now = Math.floor(Date.now() / 1000)
    for (const [t, ruleId, reason] of [
      [tx(ALLOWED, parseEther('5')), 'large', /approvals: 0 of 2 required/],
      [tx(STRANGER, parseEther('0.5')), null, /default deny/],
    ] as const) {
      for (let i = 0; i < 3; i++) {
        const request: CoordRequest = {
          kind: 'sign', keyId: key.keyId, payload: { kind: 'evm-tx', data: Buffer.from(serializeTransaction(t).slice(2), 'hex') },
          signers: [peer(i), peer((i + 1) % 3)], nonce: crypto.getRandomValues(new Uint8Array(32)), issuedAt: now, epoch: key.epoch,
        }
        const answer = await send(peer(i), request)
        expect(answer).toMatchObject({ kind: 'error', code: 'policy-denied', policy: { ruleId, version: 1 } })
        expect((answer as { message: string }).message).toMatch(reason)
      }
    }
    expect(await sessionsStarted()).toBe(before)
    // the SDK reports the refusals of the signers it asked, with rule and reason
    const err = await denied(c.sign({ keyId: key.keyId, payload: payloadOf(tx(ALLOWED, parseEther('5'))) }))
    expect(err.refusals.length).toBeGreaterThanOrEqual(1)
    for (const r of err.refusals) expect(r).toMatchObject({ ruleId: 'large', version: 1 })
    expect(await sessionsStarted()).toBe(before)
  })
})

describe('keygen and lifecycle operations', () => {
  it('are ruled too: a keygen of a scheme the policy does not allow and a refresh nobody allowed are refused by every node', async () => {
    const keygen = await denied(c.keygen({ scheme: 'frost-ed25519', threshold: 2, keyId: 'policy-not-allowed' }))
    expect(keygen.refusals.map((r) => r.peerId).sort()).toEqual([peer(0), peer(1), peer(2)].sort())
    for (const r of keygen.refusals) expect(r).toMatchObject({ ruleId: null, reason: expect.stringMatching(/default deny/) })
    expect((await c.listKeys()).map((k) => k.keyId)).not.toContain('policy-not-allowed')
    const refresh = await denied(c.refresh(key.keyId))
    expect(refresh.refusals).toHaveLength(3)
    expect((await c.publicKey(key.keyId)).epoch).toBe(key.epoch)
  })
})

describe('approvals', () => {
  let signedRequest: { id: string; expiresAt: number; approvals: Approval[]; t: TransactionSerializableEIP1559 }

  it('the same transfer with an approver quorum (Ed25519 + BIP340) signs; viem recovers the key\'s address', async () => {
    const t = tx(ALLOWED, parseEther('5'))
    const request = await c.policyRequest({ keyId: key.keyId, payload: payloadOf(t) })
    const approvals = [approve(request, approvers[0]!), approve(request, approvers[1]!)]
    const sig = await c.sign({ keyId: key.keyId, payload: payloadOf(t), policy: { requestId: request.requestId, expiresAt: request.expiresAt, approvals } })
    expect(await sender(t, sig)).toBe((await c.address(key.keyId)).toLowerCase())
    signedRequest = { id: request.requestId, expiresAt: request.expiresAt, approvals, t }
  })

  it('one approval too few, a forged approval, approvals replayed onto another request, and the signed request replayed: all refused', async () => {
    const t = tx(ALLOWED, parseEther('5'))
    const request = await c.policyRequest({ keyId: key.keyId, payload: payloadOf(t) })
    const sign = (approvals: Approval[], r = request, payload = payloadOf(t)) =>
      c.sign({ keyId: key.keyId, payload, policy: { requestId: r.requestId, expiresAt: r.expiresAt, approvals } })
    const one = await denied(sign([approve(request, approvers[0]!)]))
    expect(one.refusals[0]).toMatchObject({ ruleId: 'large' })
    expect(one.refusals[0]!.reason).toMatch(/approvals: 1 of 2 required/)
    // approver 2's key with a signature made by another key
    const forged = { ...approve(request, { type: 'bip340', secretKey: schnorr.utils.randomSecretKey() }), publicKey: quorum.approvers[1]!.publicKey }
    const f = await denied(sign([approve(request, approvers[0]!), forged]))
    expect(f.refusals[0]!.reason).toMatch(/1 of 2 required; refused: .*bad signature/)
    // the first test's approvals on this (different) request
    const r = await denied(sign(signedRequest.approvals))
    expect(r.refusals[0]!.reason).toMatch(/0 of 2 required/)
    // the signed request again, approvals and all
    const again = await denied(sign(signedRequest.approvals, { ...request, requestId: signedRequest.id, expiresAt: signedRequest.expiresAt }, payloadOf(signedRequest.t)))
    expect(again.refusals[0]!.reason).toMatch(/signed already \(a replay\)/)
  })
})

describe('time locks', () => {
  it('a time-locked request is refused before it is announced and before its delay, and signs after it', async () => {
    const t = tx(LOCKED, parseEther('50'))
    const request = await c.policyRequest({ keyId: key.keyId, payload: payloadOf(t) })
    const policy = { requestId: request.requestId, expiresAt: request.expiresAt }
    const unannounced = await denied(c.sign({ keyId: key.keyId, payload: payloadOf(t), policy }))
    expect(unannounced.refusals[0]!.reason).toMatch(/not announced/)
    const answers = await c.announce(request)
    expect(answers.every((a) => a.ok && a.value.signableAt === a.value.announcedAt + DELAY && !a.value.cancelled)).toBe(true)
    const early = await denied(c.sign({ keyId: key.keyId, payload: payloadOf(t), policy }))
    expect(early.refusals[0]!).toMatchObject({ ruleId: 'locked' })
    expect(early.refusals[0]!.reason).toMatch(/time lock: signable from/)
    const ready = Math.max(...answers.map((a) => (a.ok ? a.value.signableAt : 0)))
    await new Promise((r) => setTimeout(r, (ready + 1) * 1000 - Date.now()))
    const sig = await c.sign({ keyId: key.keyId, payload: payloadOf(t), policy })
    expect(await sender(t, sig)).toBe((await c.address(key.keyId)).toLowerCase())
  }, 30_000)

  it('a cancelled request never signs; one cancel signature is not a quorum', async () => {
    const t = tx(LOCKED, parseEther('60'))
    const request = await c.policyRequest({ keyId: key.keyId, payload: payloadOf(t) })
    await c.announce(request)
    const weak = await c.announce(request, { cancellations: [approveCancel(request, approvers[0]!)] })
    for (const a of weak) expect(a).toMatchObject({ ok: false, code: 'policy-denied', message: expect.stringMatching(/cancel: 1 of 2/) })
    const cancelled = await c.announce(request, { cancellations: [approveCancel(request, approvers[0]!), approveCancel(request, approvers[2]!)] })
    for (const a of cancelled) expect(a).toMatchObject({ ok: true, value: { cancelled: true } })
    await new Promise((r) => setTimeout(r, (DELAY + 1) * 1000))
    const err = await denied(c.sign({ keyId: key.keyId, payload: payloadOf(t), policy: { requestId: request.requestId, expiresAt: request.expiresAt } }))
    expect(err.refusals[0]!.reason).toMatch(/cancelled by a cancel quorum/)
  }, 30_000)
})

describe('the SDK and refusals', () => {
  it('does not retry around a policy refusal: one signer refuses, sign() fails, and the third node is never asked', async () => {
    const asked = await metric(2, 'thresh_rpc_requests_total', 'op="sign"')
    const before = await sessionsStarted()
    const err = await denied(c.sign({ keyId: key.keyId, payload: payloadOf(tx(CONTESTED, parseEther('0.1'))), signers: [peer(0), peer(1)] }))
    expect(err.refusals).toEqual([expect.objectContaining({ peerId: peer(0), ruleId: 'deny-contested', version: 1 })])
    expect(await metric(2, 'thresh_rpc_requests_total', 'op="sign"')).toBe(asked)
    // node 1 allowed it and may have started its session; none completed a signature
    expect(await sessionsStarted()).toBeLessThanOrEqual(before + 1)
  })

  it('policy test reports each node\'s own decision, with the trace, and records nothing', async () => {
    const answers = await c.testPolicy({ keyId: key.keyId, payload: payloadOf(tx(CONTESTED, parseEther('0.1'))) })
    const byPeer = new Map(answers.map((a) => [a.peerId, a]))
    expect(byPeer.get(peer(0))).toMatchObject({ ok: true, value: { decision: 'deny', ruleId: 'deny-contested', dryRun: true, version: 1 } })
    expect(byPeer.get(peer(1))).toMatchObject({ ok: true, value: { decision: 'allow', ruleId: 'contested-ok' } })
    const trace = (byPeer.get(peer(1)) as { value: { trace: { ruleId: string; outcome: string }[] } }).value.trace
    expect(trace.find((x) => x.ruleId === 'contested-ok')?.outcome).toBe('match')
  })
})

describe('signers in the request context', () => {
  it('a policy sees each signer and how it holds its share: "a hardware-protected share in every quorum" is decided by every node', async () => {
    const payload = payloadOf(tx(ALLOWED, parseEther('0.1')))
    // keys made without attestation have no members record: every signer's protection is unknown
    const hardware = { version: 9, rules: [
      { id: 'needs-hardware', effect: 'deny', condition: "!request.signers.exists(s, s.protection in ['pkcs11', 'tpm2'])" },
      { id: 'rest', effect: 'allow', condition: 'true' },
    ] }
    for (const a of await c.testPolicy({ keyId: key.keyId, payload, document: hardware })) {
      expect(a).toMatchObject({ ok: true, value: { decision: 'deny', ruleId: 'needs-hardware' } })
    }
    const seen = { version: 9, rules: [{ id: 'signers-seen', effect: 'allow', condition: `request.signers.size() == 3 && request.signers.all(s, s.protection == 'unknown' && !s.attested) && request.signers.exists(s, s.peerId == "${peer(2)}")` }] }
    for (const a of await c.testPolicy({ keyId: key.keyId, payload, document: seen })) {
      expect(a).toMatchObject({ ok: true, value: { decision: 'allow', ruleId: 'signers-seen' } })
    }
  })
})

describe('the thresh CLI', () => {
  async function thresh(...argv: string[]): Promise<Record<string, unknown> & unknown[]> {
    let out = ''
    let err = ''
    const code = await runCli(['--config', net.cluster.coordinator.clientConfig, '--discover', '--json', ...argv], { out: (t) => (out += t), err: (t) => (err += t) })
    expect(code, `${argv.join(' ')}: ${out}${err}`).toBe(0)
    return JSON.parse(out) as Record<string, unknown> & unknown[]
  }

  it('policy request, approve (offline) by two approvers, sign --request with the approvals; policy test and get per node', async () => {
    const dir = net.cluster.dir as string
    const t = tx(ALLOWED, parseEther('7'))
    const requestFile = join(dir, 'request.json')
    const approvalsFile = join(dir, 'approvals.json')
    await thresh('policy', 'request', '--key', key.keyId, '--payload-kind', 'evm-tx', '--payload-hex', serializeTransaction(t), '--out', requestFile)
    for (const i of [0, 2]) {
      const keyFile = join(dir, `approver${i}.json`)
      await writeFile(keyFile, JSON.stringify({ type: approvers[i]!.type, secretKey: bytesToHex(approvers[i]!.secretKey) }))
      // approve is offline: no config, no nodes
      let out = ''
      expect(await runCli(['approve', '--request', requestFile, '--approver-key', keyFile, '--out', approvalsFile, '--json'], { out: (x) => (out += x), err: (x) => (out += x) }), out).toBe(0)
    }
    const tested = await thresh('policy', 'test', '--request', requestFile, '--approvals', approvalsFile)
    for (const a of tested) expect(a).toMatchObject({ ok: true, value: { decision: 'allow', ruleId: 'large', approvers: expect.arrayContaining([quorum.approvers[0]!.publicKey, quorum.approvers[2]!.publicKey]) } })
    const signed = await thresh('sign', '--request', requestFile, '--approvals', approvalsFile)
    const [s] = signed.signatures as { signature: string; recoveryId: number }[]
    const raw = serializeTransaction(t, { r: `0x${s!.signature.slice(0, 64)}`, s: `0x${s!.signature.slice(64, 128)}`, yParity: s!.recoveryId })
    expect((await recoverTransactionAddress({ serializedTransaction: raw })).toLowerCase()).toBe((await c.address(key.keyId)).toLowerCase())
    const got = await thresh('policy', 'get')
    expect(got).toHaveLength(3)
    for (const a of got) expect(a).toMatchObject({ ok: true, value: { version: 1, enforced: true } })
  })
})

describe('policy updates', () => {
  const v2 = { ...policyOf(1), version: 2, rules: [...policyOf(1).rules, { id: 'no-strangers', effect: 'deny', condition: evm(`evm.to == "${STRANGER}"`) }] }

  it('without an admin quorum every node refuses the new version; with it every node takes it; an older version is refused', async () => {
    const weak = await c.setPolicy(v2, [approvePolicy(v2, admin(0))])
    for (const a of weak) expect(a).toMatchObject({ ok: false, code: 'policy-refused', message: expect.stringMatching(/admin signatures: 1 of 2 required/) })
    // signatures by keys that are not admins do not count
    const outsiders = await c.setPolicy(v2, [approvePolicy(v2, admin(0)), approvePolicy(v2, { type: 'ed25519', secretKey: secret() })])
    for (const a of outsiders) expect(a.ok).toBe(false)
    for (const a of await c.getPolicy()) expect(a).toMatchObject({ ok: true, value: { version: 1, enforced: true } })
    const accepted = await c.setPolicy(v2, [approvePolicy(v2, admin(0)), approvePolicy(v2, admin(2))])
    for (const a of accepted) expect(a).toMatchObject({ ok: true, value: { version: 2 } })
    const stale = await c.setPolicy({ ...v2, version: 2, rules: baseRules }, [approvePolicy({ ...v2, rules: baseRules }, admin(0)), approvePolicy({ ...v2, rules: baseRules }, admin(1))])
    for (const a of stale) expect(a).toMatchObject({ ok: false, code: 'policy-refused', message: expect.stringMatching(/not higher/) })
  })
})

describe('velocity limits', () => {
  async function restartAll(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      const old = net.children[i]!
      old.kill('SIGTERM')
      await once(old, 'exit')
    }
    for (let i = 0; i < 3; i++) net.children[i] = startNode(net.cluster.members[i], {})
    await Promise.all([0, 1, 2].map((i) => waitReady(net.cluster.members[i], net.children[i], 30_000, 2)))
  }

  it('a velocity limit holds across a restart of every node, and the accepted policy version survives it', async () => {
    const signers = [peer(0), peer(1)]
    const ids: string[] = []
    for (let i = 0; i < 2; i++) {
      const t = tx(ALLOWED, parseEther('1'), 5)
      const request = await c.policyRequest({ keyId: key.keyId, payload: payloadOf(t) })
      const sig = await c.sign({ keyId: key.keyId, payload: payloadOf(t), signers, strict: true, policy: { requestId: request.requestId, expiresAt: request.expiresAt } })
      expect(await sender(t, sig)).toBe((await c.address(key.keyId)).toLowerCase())
      ids.push(request.requestId)
    }
    const version = ((await c.getPolicy())[0] as { value: { version: number } }).value.version
    await restartAll()
    const err = await denied(c.sign({ keyId: key.keyId, payload: payloadOf(tx(ALLOWED, parseEther('0.5'), 5)), signers, strict: true }))
    expect(err.refusals.map((r) => r.peerId).sort()).toEqual([...signers].sort())
    for (const r of err.refusals) expect(r).toMatchObject({ ruleId: 'chain5-daily', version })
    // a counted request's id on another transfer (the limit skips a request's own entries): refused
    const t5 = tx(ALLOWED, parseEther('0.5'), 5)
    const reuse = await denied(c.sign({ keyId: key.keyId, payload: payloadOf(t5), signers, strict: true, policy: { requestId: ids[0]!, expiresAt: Math.floor(Date.now() / 1000) + 600 } }))
    expect(reuse.refusals[0]!.reason).toMatch(/was used for another request/)
    // other chains are not limited
    const t = tx(ALLOWED, parseEther('1'))
    expect(await sender(t, await c.sign({ keyId: key.keyId, payload: payloadOf(t) }))).toBe((await c.address(key.keyId)).toLowerCase())
    for (const a of await c.getPolicy()) expect(a).toMatchObject({ ok: true, value: { version } })
  }, 90_000)
})
