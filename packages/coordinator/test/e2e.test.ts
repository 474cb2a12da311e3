// End to end: the SDK against three real `thresh-node` processes (the built CLI, so
// this runs after `npm run build`), every signature checked by an independent verifier.
import { writeFile } from 'node:fs/promises'
import { execFile, type ChildProcess } from 'node:child_process'
import { promisify } from 'node:util'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { Transaction, verifyMessage as ethersVerifyMessage } from 'ethers'
import { parseGwei, parseTransaction, recoverTransactionAddress, verifyMessage, verifyTypedData } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// the plain-JavaScript launcher `npm run testnet` and the network benchmark use
import { signalGroup, THRESH_CLI } from '../../../scripts/testnet/cluster.mjs'
import { verifyIndependently } from '../../../scripts/testnet/verify.mjs'
import { ThreshSigner } from '../src/ethers.js'
import { Coordinator, keyInfoToJson, type KeyInfo, type NodeEntry, type Scheme, type Signature } from '../src/index.js'
import { toThreshAccount } from '../src/viem.js'
import { startProcessCluster, type ProcessCluster } from './process-cluster.js'

interface Member {
  readonly name: string
  readonly peerId: string
}

const text = (s: string) => new TextEncoder().encode(s)

/**
 * Independent of the SDK (the testnet's checks): OpenSSL for Ed25519 and ECDSA (signed
 * over sha256(message); its recovery id must also recover the key), noble's reference
 * verifiers for BIP340 and FROST(secp256k1).
 */
const independentlyValid = (key: KeyInfo, message: Uint8Array, sig: Signature | { signature: Uint8Array }): Promise<boolean> =>
  verifyIndependently(key.scheme, key.groupPublicKey, message, sig)

let members: Member[]
let children: ChildProcess[]
let c: Coordinator
let clientConfig: string
let keysFile: string
let identityFile: string
let nodes: NodeEntry[]
const keys = new Map<Scheme, KeyInfo>()

let net: ProcessCluster

beforeAll(async () => {
  net = await startProcessCluster('e2e')
  const { cluster } = net
  members = cluster.members
  children = net.children
  clientConfig = cluster.coordinator.clientConfig
  identityFile = cluster.coordinator.identityFile
  nodes = cluster.nodes
  keysFile = cluster.coordinator.keysFile
  c = net.c
}, 120_000)

afterAll(async () => {
  await net?.stop()
})

const peer = (i: number) => members[i]!.peerId

describe('SDK against three thresh-node processes', () => {
  it.each(['frost-ed25519', 'frost-secp256k1', 'bip340', 'ecdsa'] as const)('%s: keygen, then a signature an independent verifier accepts', async (scheme) => {
    const key = await c.keygen({ scheme, threshold: 2, keyId: `e2e-${scheme}` })
    keys.set(scheme, key)
    expect(key.parties).toEqual(members.map((m) => m.peerId))
    expect(await c.publicKey(key.keyId)).toEqual(key)
    const message = text(`e2e ${scheme}`)
    const sig = await c.sign({ keyId: key.keyId, message, ...(scheme === 'ecdsa' ? { hash: 'sha256' as const } : {}) })
    expect(sig.signers).toHaveLength(2)
    expect(await independentlyValid(key, message, sig)).toBe(true)
    expect(await independentlyValid(key, text('another message'), sig)).toBe(false)
  })

  it('lists the keys every node holds', async () => {
    const listed = await c.listKeys()
    for (const key of keys.values()) {
      expect(listed.find((k) => k.keyId === key.keyId)).toMatchObject({ groupPublicKey: key.groupPublicKey, holders: expect.arrayContaining(key.parties) })
    }
  })

  it('viem: a signed EIP-1559 transaction parses and recovers to the key address; messages and typed data verify', async () => {
    const account = await toThreshAccount(c, 'e2e-ecdsa')
    expect(account.address).toBe(await c.address('e2e-ecdsa'))
    const signed = await account.signTransaction({
      type: 'eip1559', chainId: 1, nonce: 1, to: '0x000000000000000000000000000000000000dEaD',
      value: 1n, gas: 21_000n, maxFeePerGas: parseGwei('20'), maxPriorityFeePerGas: parseGwei('1'),
    })
    expect(parseTransaction(signed)).toMatchObject({ type: 'eip1559', chainId: 1, nonce: 1, value: 1n })
    expect(await recoverTransactionAddress({ serializedTransaction: signed })).toBe(account.address)
    const message = 'thresh e2e'
    expect(await verifyMessage({ address: account.address, message, signature: await account.signMessage({ message }) })).toBe(true)
    const typed = {
      domain: { name: 'thresh', version: '1', chainId: 1 },
      types: { Payment: [{ name: 'to', type: 'address' }, { name: 'amount', type: 'uint256' }] },
      primaryType: 'Payment',
      message: { to: '0x000000000000000000000000000000000000dEaD', amount: 5n },
    } as const
    expect(await verifyTypedData({ address: account.address, signature: await account.signTypedData(typed), ...typed })).toBe(true)
  })

  it('ethers: Transaction.from(signed).from is the key address', async () => {
    const signer = await ThreshSigner.create(c, 'e2e-ecdsa')
    const signed = await signer.signTransaction({ type: 2, chainId: 1n, nonce: 2, to: '0x000000000000000000000000000000000000dEaD', value: 1n, gasLimit: 21_000n, maxFeePerGas: 10n ** 10n, maxPriorityFeePerGas: 10n ** 9n })
    expect(Transaction.from(signed).from).toBe(await c.address('e2e-ecdsa'))
    expect(ethersVerifyMessage('gm', await signer.signMessage('gm'))).toBe(signer.address)
  })

  it('an ECDSA digest signature is low-S and its recovery id recovers the key', async () => {
    const digest = sha256(text('digest'))
    const sig = await c.signDigest({ keyId: 'e2e-ecdsa', digest })
    expect(sig.s <= secp256k1.Point.CURVE().n / 2n).toBe(true)
    const recovered = secp256k1.Signature.fromBytes(sig.signature, 'compact').addRecoveryBit(sig.recoveryId).recoverPublicKey(digest)
    expect(recovered.toBytes(true)).toEqual(keys.get('ecdsa')!.groupPublicKey)
  })

  it('the built thresh CLI lists the keys and signs with one it pins from the keys file', async () => {
    const thresh = async (...args: string[]) => JSON.parse((await promisify(execFile)(process.execPath, [THRESH_CLI, '--config', clientConfig, '--json', ...args])).stdout)
    await writeFile(keysFile, JSON.stringify([...keys.values()].map(keyInfoToJson)))
    const listed = await thresh('keys')
    for (const key of keys.values()) expect(listed.find((k: { keyId: string }) => k.keyId === key.keyId)).toMatchObject({ pinned: true, holders: key.parties })
    const key = keys.get('frost-ed25519')!
    const sig = await thresh('sign', '--key', key.keyId, '--message', 'from the CLI')
    expect(await independentlyValid(key, text('from the CLI'), { signature: Buffer.from(sig.signature, 'hex') })).toBe(true)
  })

  it('a restarted application signs with the keys it pinned, and discovery confirms a key every node holds', async () => {
    const ecdsa = keys.get('ecdsa')!
    const pinned = await Coordinator.connect({ nodes, identity: identityFile, keys: [ecdsa] })
    const discovering = await Coordinator.connect({ nodes, identity: identityFile, trust: 'discover' })
    try {
      const sig = await pinned.sign({ keyId: ecdsa.keyId, message: text('pinned'), hash: 'sha256' })
      expect(await independentlyValid(ecdsa, text('pinned'), sig)).toBe(true)
      await expect(pinned.publicKey('e2e-bip340')).rejects.toMatchObject({ code: 'untrusted-key' })
      expect(await discovering.publicKey('e2e-bip340')).toEqual(keys.get('bip340'))
    } finally {
      await Promise.all([pinned.close(), discovering.close()])
    }
  })

  it('100 signatures in flight at once all succeed (the SDK queues beyond its per-node limit)', async () => {
    // 100 requests over 3 nodes is more than libp2p's 64 streams per connection and a
    // node's 64 sessions: without the SDK's in-flight limit most of them failed at once
    const key = keys.get('frost-secp256k1')!
    const messages = Array.from({ length: 100 }, (_, k) => text(`in flight ${k}`))
    const sigs = await Promise.all(messages.map((message) => c.sign({ keyId: key.keyId, message })))
    expect(sigs.filter((s) => s.failedAttempts.length > 0)).toEqual([])
    for (const [k, sig] of sigs.entries()) expect(await independentlyValid(key, messages[k]!, sig)).toBe(true)
  })

  it('a SIGSTOPped signer holds a hedged signature for the hedge delay plus one signature, not the attempt deadline', async () => {
    const ecdsa = keys.get('ecdsa')!
    const frozen = children[1]!
    const hedging = await Coordinator.connect({ nodes, identity: identityFile, keys: [...keys.values()], timeouts: { hedgeMs: 500 } })
    signalGroup(frozen.pid, 'SIGSTOP')
    try {
      const started = performance.now()
      const sig = await hedging.sign({ keyId: ecdsa.keyId, message: text('frozen'), hash: 'sha256', signers: [peer(0), peer(1)] })
      const elapsed = performance.now() - started
      expect(sig.signers).toEqual([peer(0), peer(2)])
      expect(await independentlyValid(ecdsa, text('frozen'), sig)).toBe(true)
      expect(elapsed).toBeLessThan(500 + 3_000) // the attempt's own deadline is 35 s
    } finally {
      signalGroup(frozen.pid, 'SIGCONT')
      await hedging.close()
    }
  })

  // Runs last: it kills node 2.
  it('a signer killed during sign: the SDK retries without it and succeeds', async () => {
    const ecdsa = keys.get('ecdsa')!
    const victim = children[1]!
    signalGroup(victim.pid, 'SIGSTOP') // frozen: the request reaches its socket but is never answered
    const pending = c.sign({ keyId: ecdsa.keyId, message: text('survive'), hash: 'sha256', signers: [peer(0), peer(1)] })
    await new Promise((r) => setTimeout(r, 300))
    signalGroup(victim.pid, 'SIGKILL')
    const sig = await pending
    expect(sig.signers).toEqual([peer(0), peer(2)])
    expect(sig.failedAttempts).toHaveLength(1)
    expect(sig.failedAttempts[0]!.signers).toEqual([peer(0), peer(1)])
    expect(sig.failedAttempts[0]!.failures.map((f) => f.peerId)).toEqual([peer(1)])
    expect(await independentlyValid(ecdsa, text('survive'), sig)).toBe(true)
    // and the network keeps signing with the two that are left
    for (const key of [keys.get('bip340')!, ecdsa]) {
      const again = await c.sign({ keyId: key.keyId, message: text('after'), ...(key.scheme === 'ecdsa' ? { hash: 'sha256' as const } : {}) })
      expect(again.signers).toEqual([peer(0), peer(2)])
      expect(await independentlyValid(key, text('after'), again)).toBe(true)
    }
  })
})
