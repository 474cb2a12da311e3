#!/usr/bin/env node
// `npm run testnet`: a whole thresh network on this machine. Starts N signer nodes
// (each its own process), creates a key for every scheme through the coordinator
// SDK, signs with each, verifies every signature independently, does the same for an ECDSA
// key on the CGGMP engine (keygen with aux-info, presign + sign), signs an EIP-1559
// transaction through the viem adapter and recovers its sender; then the lifecycle act:
// it refreshes the ECDSA key, starts two more nodes, reshares the key from t-of-n to
// (t+1)-of-(n+1) without the last of the first n nodes, signs with the new committee and
// shows that the node left out no longer signs; then the wallet act: a thresh-signed
// EIP-1559 transfer at a BIP32 path mined on a local Ethereum chain, the key's xpub, a
// Taproot address and PSBT spend, a Solana address. Prints a summary. Where SoftHSM2 and
// swtpm are installed, node2's keystore is protected by a SoftHSM2 token and node3's by a
// swtpm (PCR 16); otherwise by passphrases, as the output says.
//
//   npm run testnet -- [--nodes N] [--threshold T] [--base-port P] [--schemes a,b] [--keep] [--stop]
//   npm run testnet -- --compose [--nodes N]   prepare testnet/docker-compose.yml's data instead (see testnet/README.md)
import '@thresh/wire/polyfill'
import { access, readFile, rm, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { Coordinator, keyInfoToJson } from '@thresh/coordinator'
import { SCHEMES } from '@thresh/crypto'
import { abbreviate, formatTable } from '@thresh/coordinator/text'
import { toThreshAccount } from '@thresh/coordinator/viem'
import { createPublicClient, createWalletClient, formatEther, http, parseEther, parseGwei, parseTransaction, recoverTransactionAddress } from 'viem'
import { schnorr } from '@noble/curves/secp256k1.js'
import { p2tr, SigHash, TEST_NETWORK, Transaction as BtcTransaction } from '@scure/btc-signer'
import { signPsbt } from '@thresh/coordinator'
import { startEvmChain } from './testnet/evm-chain.mjs'
import { logTail, prepareCluster, ROOT, signalGroup, softwareHardware, startNode, stopProcesses, waitReady } from './testnet/cluster.mjs'
import { verifyIndependently } from './testnet/verify.mjs'
import { mldsaAct } from './testnet/mldsa-act.mjs'
import { policyAct } from './testnet/policy-act.mjs'

const DATA = join(ROOT, 'testnet/.data/local')
/** Nodes configured from the start but started only in the lifecycle act (the reshare's new members). */
const SPARES = 2
const COMPOSE_DATA = join(ROOT, 'testnet/.data/compose')
const PIDS = join(DATA, 'pids.json')
/** What the summary says about each node's keystore protector. */
const PROTECTOR_TEXT = {
  passphrase: 'passphrase (scrypt + AES-256-GCM)',
  pkcs11: 'pkcs11: a non-extractable AES key in a SoftHSM2 token',
  tpm2: 'tpm2: sealed by a swtpm to PCR 16 (package + config measurement)',
}

const { values: args } = parseArgs({
  options: {
    nodes: { type: 'string', default: '3' },
    threshold: { type: 'string', default: '2' },
    'base-port': { type: 'string', default: '7100' },
    schemes: { type: 'string', default: SCHEMES.join(',') },
    keep: { type: 'boolean', default: false },
    stop: { type: 'boolean', default: false },
    compose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
})

if (args.help) {
  console.log('npm run testnet -- [--nodes N] [--threshold T] [--base-port P] [--schemes ecdsa,frost-ed25519,...] [--keep] [--stop]')
  console.log('npm run testnet -- --compose [--nodes N]   (data and configs for testnet/docker-compose.yml)')
  process.exit(0)
}

const say = (text) => process.stderr.write(`${text}\n`)

if (args.stop) {
  process.exit((await stopKept()) ? 0 : 1)
}

const n = Number(args.nodes)
const t = Number(args.threshold)
const basePort = Number(args['base-port'])
const schemes = args.schemes.split(',').map((s) => s.trim()).filter(Boolean)
if (!Number.isInteger(n) || n < 2 || n > 64) fail('--nodes must be an integer in 2..64')
if (!Number.isInteger(t) || t < 2 || t > n) fail(`--threshold must be an integer in 2..${n} (threshold 1 would put the whole key on every node)`)
if (!Number.isInteger(basePort) || basePort < 0 || basePort > 65_000 - 200) fail('--base-port must be a port number')
for (const s of schemes) if (!SCHEMES.includes(s)) fail(`unknown scheme ${s} (known: ${SCHEMES.join(', ')})`)

if (args.compose) {
  await prepareCompose()
  process.exit(0)
}

const children = []
let cluster
let first = []
let spares = []
/** The keys made, as the keys file pins them for the thresh CLI (thresh.json names it). */
const created = []
const saveKeys = () => writeFile(cluster.coordinator.keysFile, JSON.stringify(created.map(keyInfoToJson), null, 2) + '\n')
let coordinator
let step = 'check that no kept testnet is running'
let stopping = false

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    say(`\n${signal}: stopping ${children.length} node process(es)`)
    shutdown().finally(() => process.exit(130))
  })
}

try {
  await refuseIfRunning()

  step = 'prepare node data and configs'
  say(`preparing ${n} nodes (threshold ${t}) and ${SPARES} spare nodes for the lifecycle act in ${relative(process.cwd(), DATA) || DATA}`)
  const protectors = hardwareProtectors()
  // the spares are every node's configured peers from the start; they start in the lifecycle act
  cluster = await prepareCluster({ dir: DATA, nodes: n + SPARES, basePort, protectors, detached: args.keep })
  children.push(...cluster.helpers) // the swtpm: stopped (or kept) with the nodes
  first = cluster.members.slice(0, n)
  spares = cluster.members.slice(n)

  step = 'start nodes'
  const nodes = first.map((m) => startNode(m, { detached: args.keep }))
  children.push(...nodes)
  if (args.keep) await writeFile(PIDS, JSON.stringify(children.map((c) => c.pid)) + '\n')

  step = 'wait for nodes to be ready'
  await Promise.all(first.map((m, i) => waitReady(m, nodes[i], 30_000, n - 1)))
  for (const m of first) say(`  ${m.name}  ${m.peerId}  ${m.addr}  http://127.0.0.1:${m.httpPort}/healthz  keystore: ${m.protector}`)

  step = 'connect the coordinator'
  coordinator = await Coordinator.connect({ nodes: cluster.nodes, identity: cluster.coordinator.identityFile })
  const names = new Map(cluster.members.map((m) => [m.peerId, m.name]))
  const rows = []

  for (const scheme of schemes) {
    step = `keygen ${scheme}`
    const t0 = performance.now()
    const key = await coordinator.keygen({ scheme, threshold: t, keyId: `testnet-${scheme}`, parties: first.map((m) => m.peerId) })
    const keygenMs = performance.now() - t0
    created.push(key)
    // the keys file pins them for the thresh CLI (thresh.json names it): keygen's KeyInfo is the trust anchor
    await saveKeys()

    step = `sign with ${scheme}`
    const message = new TextEncoder().encode(`thresh testnet: hello from ${scheme}`)
    const t1 = performance.now()
    const sig = await coordinator.sign({ keyId: key.keyId, message, ...(scheme === 'ecdsa' ? { hash: 'sha256' } : {}) })
    const signMs = performance.now() - t1

    step = `verify the ${scheme} signature independently`
    const verified = await verifyIndependently(scheme, key.groupPublicKey, message, sig)
    if (!verified) throw new Error(`the ${scheme} signature did not verify`)
    rows.push([scheme, key.keyId, abbreviate(Buffer.from(key.groupPublicKey).toString('hex'), 8), sig.signers.map((p) => names.get(p)).join(','), ms(keygenMs), ms(signMs), 'yes'])
  }

  if (schemes.includes('ecdsa')) {
    // the same scheme on the CGGMP engine: DKG + aux-info (safe primes: seconds), presign + sign per request
    step = 'keygen ecdsa (engine cggmp)'
    const t0 = performance.now()
    const key = await coordinator.keygen({ scheme: 'ecdsa', engine: 'cggmp', threshold: t, keyId: 'testnet-ecdsa-cggmp', parties: first.map((m) => m.peerId) })
    const keygenMs = performance.now() - t0
    created.push(key)
    await saveKeys()
    step = 'sign with ecdsa (engine cggmp)'
    const message = new TextEncoder().encode('thresh testnet: hello from CGGMP')
    const t1 = performance.now()
    const sig = await coordinator.sign({ keyId: key.keyId, message, hash: 'sha256' })
    const signMs = performance.now() - t1
    step = 'verify the CGGMP signature independently'
    if (!(await verifyIndependently('ecdsa', key.groupPublicKey, message, sig))) throw new Error('the CGGMP signature did not verify')
    rows.push(['ecdsa (cggmp)', key.keyId, abbreviate(Buffer.from(key.groupPublicKey).toString('hex'), 8), sig.signers.map((p) => names.get(p)).join(','), ms(keygenMs), ms(signMs), 'yes'])
  }

  if (schemes.includes('ecdsa')) {
    step = 'sign an EIP-1559 transaction through the viem adapter'
    const account = await toThreshAccount(coordinator, 'testnet-ecdsa')
    const t2 = performance.now()
    const signed = await account.signTransaction({
      type: 'eip1559', chainId: 1, nonce: 0, to: '0x000000000000000000000000000000000000dEaD',
      value: 10n ** 15n, gas: 21_000n, maxFeePerGas: parseGwei('20'), maxPriorityFeePerGas: parseGwei('1'),
    })
    const txMs = performance.now() - t2
    step = 'recover the transaction sender'
    const tx = parseTransaction(signed)
    const sender = await recoverTransactionAddress({ serializedTransaction: signed })
    if (tx.type !== 'eip1559' || sender !== account.address) throw new Error(`recovered sender ${sender}, expected ${account.address}`)
    rows.push(['ecdsa eip-1559 tx', 'testnet-ecdsa', abbreviate(account.address, 8), '', '', ms(txMs), 'yes (sender = address)'])
  }

  if (n >= 3) rows.push(await mldsaAct({ coordinator, parties: first.map((m) => m.peerId), names, created, saveKeys, setStep: (s) => (step = s) }))

  const lifecycle = schemes.includes('ecdsa') ? await lifecycleAct() : []
  const wallet = await walletAct()
  step = 'policy act'
  const policy = await policyAct({ dir: join(DATA, 'policy'), say, basePort: basePort === 0 ? 0 : basePort + 10 })

  console.log(`\nthresh testnet: ${n} nodes, threshold ${t}\n`)
  console.log(formatTable(['node', 'keystore protected by'], first.map((m) => [m.name, PROTECTOR_TEXT[m.protector]])))
  console.log('')
  console.log(formatTable(['scheme', 'key', 'public key / address', 'signers', 'keygen', 'sign', 'verified'], rows))
  console.log(`\nall ${rows.length} signatures verified`)
  if (lifecycle.length > 0) {
    console.log(`\nkey lifecycle (testnet-ecdsa)\n`)
    console.log(formatTable(['step', 'epoch', 'committee', 'signers', 'time', 'verified'], lifecycle))
    console.log(`\nlifecycle: all ${lifecycle.filter((r) => r[5].startsWith('yes')).length} checks verified`)
  }
  if (wallet.length > 0) {
    console.log(`\nwallet (typed payloads at BIP32 paths; local Ethereum chain: Hardhat Network / EDR)\n`)
    console.log(formatTable(['what', 'key', 'path', 'result', 'verified'], wallet))
  }
  console.log(`\npolicy (3 more nodes with the demo policy: <= 1 ETH to the allowlist; more needs 2 of 3 approvers; else denied), then their audit logs\n`)
  console.log(formatTable(['request / check', 'outcome', 'signature / verdict'], policy))

  await coordinator.close()
  coordinator = undefined
  if (args.keep) {
    await writeFile(PIDS, JSON.stringify(children.map((c) => c.pid)) + '\n')
    const config = relative(process.cwd(), cluster.coordinator.clientConfig)
    console.log(`\nnodes left running (pids ${children.map((c) => c.pid).join(', ')}); logs in ${relative(process.cwd(), DATA)}/node*/node.log`)
    console.log(`try:  node packages/coordinator/dist/cli/bin.js --config ${config} keys`)
    console.log(`      node packages/coordinator/dist/cli/bin.js --config ${config} sign --key testnet-bip340 --message hi`)
    console.log('stop: npm run testnet -- --stop')
    process.exit(0)
  }
  await shutdown()
  process.exit(0)
} catch (err) {
  if (stopping) await new Promise(() => {}) // Ctrl-C: the signal handler stops everything and exits
  say(`\ntestnet FAILED at step "${step}": ${err instanceof Error ? err.message : String(err)}`)
  if (err?.attempts?.length) say(`sign attempts: ${JSON.stringify(err.attempts, null, 2)}`)
  for (const m of cluster?.members ?? []) say(`\n--- ${m.name} log (last lines of ${relative(process.cwd(), m.logFile)}) ---\n${await logTail(m)}`)
  await shutdown()
  process.exit(1)
}

/**
 * Refresh the ECDSA key; start the spare nodes; reshare it from t-of-n to (t+1)-of-(n+1)
 * without the n-th node; sign with the new committee; show that the n-th node, left
 * out, no longer signs. Every signature verified independently. Rows of the summary.
 */
async function lifecycleAct() {
  const keyId = 'testnet-ecdsa'
  const names = new Map(cluster.members.map((m) => [m.peerId, m.name]))
  const committee = (key) => `${key.threshold}-of-${key.parties.length}: ${key.parties.map((p) => names.get(p)).join(',')}`
  const rows = []
  const signAndVerify = async (key, text) => {
    const message = new TextEncoder().encode(text)
    const t0 = performance.now()
    const sig = await coordinator.sign({ keyId, message, hash: 'sha256' })
    const took = performance.now() - t0
    if (!(await verifyIndependently('ecdsa', key.groupPublicKey, message, sig))) throw new Error(`the signature after ${text} did not verify`)
    return { sig, took }
  }
  const before = coordinator.pinnedKeys().find((k) => k.keyId === keyId)

  step = 'refresh the ECDSA key'
  let t0 = performance.now()
  const refreshed = await coordinator.refresh(keyId)
  const refreshMs = performance.now() - t0
  if (Buffer.compare(Buffer.from(refreshed.groupPublicKey), Buffer.from(before.groupPublicKey)) !== 0) throw new Error('the refresh changed the group key')
  step = 'sign after the refresh'
  let { sig, took } = await signAndVerify(refreshed, 'refresh')
  rows.push(['refresh', String(refreshed.epoch), committee(refreshed), '', ms(refreshMs), 'yes (same public key)'])
  rows.push(['sign after refresh', String(refreshed.epoch), committee(refreshed), sig.signers.map((p) => names.get(p)).join(','), ms(took), 'yes'])

  step = 'start the spare nodes'
  const started = spares.map((m) => startNode(m, { detached: args.keep }))
  children.push(...started)
  await Promise.all(spares.map((m, i) => waitReady(m, started[i])))
  for (const m of spares) say(`  ${m.name}  ${m.peerId}  ${m.addr}  (started for the reshare)`)

  const leaving = first[first.length - 1]
  const parties = [...first.slice(0, -1), ...spares].map((m) => m.peerId)
  step = `reshare the ECDSA key to ${t + 1}-of-${parties.length} without ${leaving.name}`
  t0 = performance.now()
  const reshared = await coordinator.reshare(keyId, { parties, threshold: t + 1 })
  const reshareMs = performance.now() - t0
  if (Buffer.compare(Buffer.from(reshared.groupPublicKey), Buffer.from(before.groupPublicKey)) !== 0) throw new Error('the reshare changed the group key')
  created.splice(created.findIndex((k) => k.keyId === keyId), 1, reshared)
  await saveKeys()
  rows.push([`reshare ${before.threshold}-of-${before.parties.length} -> ${reshared.threshold}-of-${reshared.parties.length}`, String(reshared.epoch), committee(reshared), '', ms(reshareMs), 'yes (same public key)'])

  step = 'sign with the new committee'
  ;({ sig, took } = await signAndVerify(reshared, 'reshare'))
  rows.push(['sign, new committee', String(reshared.epoch), committee(reshared), sig.signers.map((p) => names.get(p)).join(','), ms(took), 'yes'])

  step = `show that ${leaving.name} no longer signs`
  // a coordinator that still trusts the old committee asks the old signers, the removed node among them
  const stale = await Coordinator.connect({ nodes: cluster.nodes, identity: cluster.coordinator.identityFile, keys: [refreshed] })
  try {
    const signers = [first[0].peerId, leaving.peerId]
    await stale.sign({ keyId, message: new TextEncoder().encode('old share'), hash: 'sha256', signers, strict: true })
    throw new Error(`${leaving.name}'s old share still signed`)
  } catch (err) {
    if (err instanceof Error && err.message.includes('still signed')) throw err
    const why = (err?.attempts?.[0]?.failures ?? []).map((f) => `${names.get(f.peerId) ?? f.peerId}: ${f.detail.split(':')[0]}`).join('; ')
    // and the node itself no longer holds any share of the key
    const holders = (await coordinator.listKeys()).find((k) => k.keyId === keyId)?.holders ?? []
    if (holders.includes(leaving.peerId)) throw new Error(`${leaving.name} still holds a share of ${keyId}`)
    rows.push([`${leaving.name}'s old share`, String(refreshed.epoch), committee(refreshed), `${first[0].name},${leaving.name}`, '', `yes (refused${why ? `: ${why}` : ''}; ${leaving.name} holds no share)`])
  } finally {
    await stale.close()
  }
  return rows
}

/**
 * Wallet-grade signing: start a local Ethereum chain, fund the ECDSA key's address at
 * m/0/1 from the chain's dev account, send a thresh-signed EIP-1559 transfer, show the
 * balances once it is mined; print the key's xpub, a Taproot (tb1p) address of the
 * bip340 key and a Solana address of the frost-ed25519 key; sign a PSBT spending a
 * synthetic funding output with the bip340 key and verify it with the library. Rows of
 * the summary.
 */
async function walletAct() {
  const rows = []
  const has = (scheme) => created.some((k) => k.keyId === `testnet-${scheme}`)
  if (has('ecdsa')) {
    const keyId = 'testnet-ecdsa'
    step = 'print the ECDSA key\'s xpub'
    rows.push(['xpub', keyId, 'm', await coordinator.xpub(keyId), 'yes (BIP32 serialization)'])
    step = 'start a local Ethereum chain'
    const chain = await startEvmChain()
    try {
      const transport = http(chain.rpcUrl)
      const client = createPublicClient({ transport })
      const account = await toThreshAccount(coordinator, keyId, { path: 'm/0/1' })
      step = 'fund the thresh address at m/0/1 from the chain\'s dev account'
      const [dev] = await client.request({ method: 'eth_accounts' })
      const fund = await createWalletClient({ transport }).sendTransaction({ account: dev, to: account.address, value: parseEther('1'), chain: null })
      await client.waitForTransactionReceipt({ hash: fund })
      rows.push(['fund from dev account', keyId, 'm/0/1', `${account.address} has ${formatEther(await client.getBalance({ address: account.address }))} ETH`, 'yes (mined)'])
      step = 'send a thresh-signed EIP-1559 transfer'
      const recipient = '0x000000000000000000000000000000000000bEEF'
      const before = await client.getBalance({ address: recipient })
      const t0 = performance.now()
      const hash = await createWalletClient({ account, transport }).sendTransaction({ to: recipient, value: parseEther('0.25'), type: 'eip1559', chain: null })
      const receipt = await client.waitForTransactionReceipt({ hash })
      const took = performance.now() - t0
      const after = await client.getBalance({ address: recipient })
      if (receipt.status !== 'success' || after - before !== parseEther('0.25')) throw new Error('the transfer did not move the balance')
      rows.push(['EIP-1559 transfer, mined', keyId, 'm/0/1', `block ${receipt.blockNumber}: ${abbreviate(recipient, 6)} ${formatEther(before)} -> ${formatEther(after)} ETH; sender left ${formatEther(await client.getBalance({ address: account.address }))} (${ms(took)})`, 'yes (receipt success)'])
    } finally {
      await chain.stop()
    }
  }
  if (has('bip340')) {
    const keyId = 'testnet-bip340'
    step = 'Taproot address and PSBT of the bip340 key'
    const address = await coordinator.addressAt(keyId, 'btc-testnet', 'm/0/0')
    rows.push(['Taproot address (BIP86)', keyId, 'm/0/0', address, 'yes (@scure/btc-signer)'])
    const internal = (await coordinator.publicKeyAt(keyId, 'm/0/0')).subarray(1)
    const output = p2tr(internal, undefined, TEST_NETWORK)
    // a synthetic funding transaction (no Bitcoin node here) paying the Taproot output
    const funding = new BtcTransaction({ allowUnknownOutputs: true })
    funding.addInput({ txid: new Uint8Array(32).fill(0x42), index: 0 })
    funding.addOutput({ script: output.script, amount: 100_000n })
    const spend = new BtcTransaction()
    spend.addInput({ txid: funding.id, index: 0, witnessUtxo: { script: output.script, amount: 100_000n } })
    spend.addOutputAddress(address, 99_000n, TEST_NETWORK)
    const signed = await signPsbt(coordinator, keyId, spend.toPSBT(), { path: 'm/0/0', network: 'testnet' })
    const tx = BtcTransaction.fromRaw(signed.tx)
    const [sig] = tx.getInput(0).finalScriptWitness
    const sighash = tx.preimageWitnessV1(0, [output.script], SigHash.DEFAULT, [100_000n])
    if (!schnorr.verify(sig, sighash, output.tweakedPubkey)) throw new Error('the Taproot key-path signature did not verify')
    rows.push(['PSBT key-path spend', keyId, 'm/0/0', `txid ${abbreviate(signed.txid, 8)}, fee ${(signed.result.summary).fee} sat`, 'yes (BIP341 sighash, schnorr.verify)'])
  }
  if (has('frost-ed25519')) {
    step = 'Solana address of the frost-ed25519 key'
    rows.push(['Solana address', 'testnet-frost-ed25519', 'm', await coordinator.addressAt('testnet-frost-ed25519', 'sol'), 'yes (base58 Ed25519 key)'])
  }
  return rows
}

/**
 * node2 on SoftHSM2 and node3 on swtpm where those are installed; otherwise passphrases,
 * said plainly. A testnet convenience only: a configured node never falls back.
 */
function hardwareProtectors() {
  const { softhsm, swtpm } = softwareHardware()
  const protectors = {}
  if (n >= 2 && softhsm) protectors[1] = 'pkcs11'
  if (n >= 3 && swtpm) protectors[2] = 'tpm2'
  if (!softhsm) say('SoftHSM2 is not installed (softhsm2-util, /usr/lib/softhsm/libsofthsm2.so): node2 uses a passphrase instead of pkcs11 (apt-get install softhsm2)')
  if (!swtpm) say('swtpm or tpm2-tools is not installed: node3 uses a passphrase instead of tpm2 (apt-get install swtpm tpm2-tools libtss2-tcti-swtpm0)')
  return protectors
}

/** Node data, configs, passphrase secret and client config for testnet/docker-compose.yml; starts nothing. */
async function prepareCompose() {
  if (await access(COMPOSE_DATA).then(() => true, () => false)) {
    fail(`${relative(process.cwd(), COMPOSE_DATA)} exists and holds node keystores: remove it yourself to start over`)
  }
  const cluster = await prepareCluster({ dir: COMPOSE_DATA, nodes: n, basePort: 7100, network: 'compose' })
  for (const m of cluster.members) say(`  ${m.name}  ${m.peerId}  published on ${m.addr}, http://127.0.0.1:${m.httpPort}/healthz`)
  console.log(`\nprepared ${n} nodes in ${relative(process.cwd(), COMPOSE_DATA)} (coordinator ${cluster.coordinator.peerId})`)
  console.log('next: docker compose -f testnet/docker-compose.yml up -d --build')
  console.log(`then: node packages/coordinator/dist/cli/bin.js --config ${relative(process.cwd(), cluster.coordinator.clientConfig)} keygen --scheme bip340 --threshold 2`)
}

async function shutdown() {
  await coordinator?.close().catch(() => {})
  await stopProcesses(children)
  if (args.keep && children.length > 0) await rm(PIDS, { force: true }) // ours: another run's stays
}

/** Another testnet must not be running on the same data directory (its nodes hold the keystores). */
async function refuseIfRunning() {
  const pids = await keptPids()
  const alive = pids.filter(isAlive)
  if (alive.length > 0) throw new Error(`a kept testnet is still running (pids ${alive.join(', ')}): stop it with npm run testnet -- --stop`)
}

async function stopKept() {
  const pids = (await keptPids()).filter(isAlive)
  for (const pid of pids) signalGroup(pid, 'SIGTERM')
  const deadline = Date.now() + 10_000
  while (pids.some(isAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  for (const pid of pids.filter(isAlive)) signalGroup(pid, 'SIGKILL')
  await rm(PIDS, { force: true })
  say(pids.length === 0 ? 'no kept testnet is running' : `stopped ${pids.length} node process(es)`)
  return true
}

async function keptPids() {
  try {
    return JSON.parse(await readFile(PIDS, 'utf8'))
  } catch {
    return []
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function ms(x) {
  return `${Math.round(x)} ms`
}

function fail(message) {
  say(`testnet: ${message}`)
  process.exit(2)
}
