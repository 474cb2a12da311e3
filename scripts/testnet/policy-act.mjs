// The testnet's policy act (docs/policy.md): three more nodes, each configured with the
// demo policy and its admins, and a coordinator that asks them to sign. Transfers of up to
// 1 ETH to an allowlisted address pass; larger ones need 2 of 3 approvers; everything else
// is denied (default deny). Shows a denied request, an approved one (its sender recovered
// by viem), and each node's policy version; it ends with the audit logs: `thresh audit
// compare` over the coordinator RPC, then `thresh-node audit verify` on every stopped node. Its own nodes, so the other acts keep signing
// without a policy. `demoPolicy` and `configurePolicy` are shared with the bench.
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { join } from 'node:path'
import { ed25519 } from '@noble/curves/ed25519.js'
import { schnorr } from '@noble/curves/secp256k1.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { approve, Coordinator, PolicyDeniedError } from '@thresh/coordinator'
import { parseEther, parseGwei, recoverTransactionAddress, serializeTransaction } from 'viem'
import { prepareCluster, ROOT, startNode, stopProcesses, waitReady } from './cluster.mjs'

export const ALLOWLIST = ['0x70997970c51812dc3a010c7d01b50e0d17dc79c8', '0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc']
const STRANGER = '0x90f79bf6eb2c4f870365e179ef5b5d3e3f0a8c1d'

/** Approver keys: two Ed25519, one BIP340 (secret keys stay here; the policy lists the public keys). */
export function demoApprovers() {
  return [
    { type: 'ed25519', secretKey: ed25519.utils.randomSecretKey() },
    { type: 'bip340', secretKey: schnorr.utils.randomSecretKey() },
    { type: 'ed25519', secretKey: ed25519.utils.randomSecretKey() },
  ]
}

const publicEntry = (a) => ({ type: a.type, publicKey: bytesToHex(a.type === 'ed25519' ? ed25519.getPublicKey(a.secretKey) : schnorr.getPublicKey(a.secretKey)) })

/** ECDSA keygens pass; <= 1 ETH to the allowlist on mainnet passes; up to 1000 ETH there needs 2 of 3 approvers; everything else is denied. */
export function demoPolicy(approvers) {
  const transfer = `request.payload == "evm-tx" && evm.chainId == 1 && evm.data == "0x" && evm.to in [${ALLOWLIST.map((a) => `"${a}"`).join(', ')}]`
  return {
    version: 1,
    rules: [
      { id: 'keygen-ecdsa', effect: 'allow', reason: 'ECDSA keys may be created', condition: 'request.operation == "keygen" && request.scheme == "ecdsa"' },
      { id: 'small-allowlisted', effect: 'allow', reason: 'up to 1 ETH to an allowlisted address', condition: `${transfer} && big_le(evm.value, units("1", 18))` },
      {
        id: 'large-approved', effect: 'allow', reason: 'up to 1000 ETH to an allowlisted address, with 2 of 3 approvers',
        condition: `${transfer} && big_le(evm.value, units("1000", 18))`, require: { approvals: { threshold: 2, approvers: approvers.map(publicEntry) } },
      },
    ],
  }
}

/** Writes `document` next to each member's config and adds the policy section (admins: 2 of 3 fresh Ed25519 keys). */
export async function configurePolicy(members, document) {
  const admins = { threshold: 2, approvers: [0, 1, 2].map(() => ({ type: 'ed25519', publicKey: bytesToHex(ed25519.getPublicKey(ed25519.utils.randomSecretKey())) })) }
  for (const m of members) {
    const file = join(m.dataDir, 'policy.json')
    await writeFile(file, JSON.stringify(document, null, 2) + '\n')
    const config = JSON.parse(await readFile(m.configFile, 'utf8'))
    await writeFile(m.configFile, JSON.stringify({ ...config, policy: { file, admins } }, null, 2) + '\n')
  }
}

/** Runs the act in `dir` (ports from basePort + 1 and + 101, as prepareCluster; 0: free ones); returns the summary rows [what, result, verified]. */
export async function policyAct({ dir, say, basePort = 0 }) {
  const cluster = await prepareCluster({ dir, nodes: 3, basePort, logLevel: 'warn' })
  const approvers = demoApprovers()
  await configurePolicy(cluster.members, demoPolicy(approvers))
  const children = cluster.members.map((m) => startNode(m))
  let c
  const rows = []
  try {
    await Promise.all(cluster.members.map((m, i) => waitReady(m, children[i], 30_000, 2)))
    c = await Coordinator.connect({ nodes: cluster.nodes, identity: cluster.coordinator.identityFile })
    const key = await c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'testnet-policy' })
    const address = (await c.address(key.keyId)).toLowerCase()
    say(`  policy act: 3 nodes with the demo policy, key ${key.keyId} (${address})`)
    let nonce = 0
    const tx = (to, eth) => ({ type: 'eip1559', chainId: 1, nonce: nonce++, to, value: parseEther(eth), gas: 21_000n, maxFeePerGas: parseGwei('20'), maxPriorityFeePerGas: parseGwei('1') })
    const payload = (t) => ({ kind: 'evm-tx', data: serializeTransaction(t) })
    const sender = async (t, sig) => {
      const s = sig.signatures[0]
      const hex = (n) => `0x${n.toString(16).padStart(64, '0')}`
      return (await recoverTransactionAddress({ serializedTransaction: serializeTransaction(t, { r: hex(s.r), s: hex(s.s), yParity: s.recoveryId }) })).toLowerCase()
    }
    const refused = async (what, t, policy) => {
      try {
        await c.sign({ keyId: key.keyId, payload: payload(t), ...(policy ? { policy } : {}) })
      } catch (err) {
        if (!(err instanceof PolicyDeniedError)) throw err
        const r = err.refusals[0]
        // the node's message is "policy v1 rule <id>: <why>"
        rows.push([what, `denied by ${err.refusals.length} node(s), ${r.ruleId ? `rule ${r.ruleId}` : 'default deny'}: ${r.reason.split(': ').slice(1).join(': ')}`, 'nothing signed'])
        return
      }
      throw new Error(`${what}: signed, but the policy should have denied it`)
    }
    const signed = async (what, t, policy) => {
      const sig = await c.sign({ keyId: key.keyId, payload: payload(t), ...(policy ? { policy } : {}) })
      const from = await sender(t, sig)
      if (from !== address) throw new Error(`${what}: recovered ${from}, expected ${address}`)
      rows.push([what, `signed by ${sig.signers.length} nodes`, 'yes (viem: sender = key address)'])
    }

    await signed('0.5 ETH to an allowlisted address', tx(ALLOWLIST[0], '0.5'))
    await refused('0.1 ETH to an address not on the allowlist', tx(STRANGER, '0.1'))
    await refused('5 ETH to an allowlisted address, no approvals', tx(ALLOWLIST[1], '5'))
    const large = tx(ALLOWLIST[1], '5')
    const request = await c.policyRequest({ keyId: key.keyId, payload: payload(large) })
    const one = { requestId: request.requestId, expiresAt: request.expiresAt, approvals: [approve(request, approvers[0])] }
    await refused('the same 5 ETH with 1 of 3 approvals', large, one)
    await signed('the same 5 ETH with 2 of 3 approvals (Ed25519 + BIP340)', large, { ...one, approvals: [...one.approvals, approve(request, approvers[1])] })
    const versions = (await c.getPolicy()).map((a) => (a.ok ? `v${a.value.version}` : a.code))
    rows.push(['each node\'s policy', versions.join(', '), ''])
    const compared = await c.compareAudit()
    rows.push([
      'audit compare (coordinator RPC)',
      `${compared.nodes.filter((n) => n.ok && n.value.ok).length}/3 logs verify, ${compared.requests} sign requests, ${compared.signed} signed`,
      compared.agree ? 'the nodes agree' : `DISAGREE: ${JSON.stringify(compared.disagreements)}`,
    ])
    if (!compared.agree) throw new Error(`policy act: the nodes' audit logs do not agree: ${JSON.stringify(compared.disagreements)}`)
  } finally {
    await c?.close()
    await stopProcesses(children)
  }
  // each operator's own check, on the stopped node (it signed its log's head at shutdown)
  for (const m of cluster.members) {
    const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'packages/node/dist/cli.js'), 'audit', 'verify', '--config', m.configFile, '--json'])
    const r = JSON.parse(stdout)
    rows.push([`thresh-node audit verify (${m.name})`, `${r.entries} entries, ${r.checkpoints} signed checkpoints`, 'verifies'])
  }
  return rows
}
