import { schnorr, secp256k1 } from '@noble/curves/secp256k1.js'
import { hexToBytes } from '@noble/hashes/utils.js'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bytesToHex, hashMessage, recoverMessageAddress } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/main.js'
import { HDKey } from '@scure/bip32'
import { p2wpkh, TEST_NETWORK } from '@scure/btc-signer'

import { publicKeyToAddress } from 'viem/accounts'
import { loadIdentity, peerIdOf, writeIdentityFile } from '../src/index.js'
import { startFakeNetwork, type FakeNetwork } from './fake-network.js'

let net: FakeNetwork
let dir: string
let config: string

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

async function json(...argv: string[]): Promise<Record<string, unknown>> {
  const r = await cli('--config', config, '--json', ...argv)
  expect(r.code, r.out + r.err).toBe(0)
  return JSON.parse(r.out)
}

beforeAll(async () => {
  net = await startFakeNetwork(3)
  dir = await mkdtemp(join(tmpdir(), 'thresh-cli-'))
  await writeIdentityFile(join(dir, 'coordinator.key'), net.coordinatorKey)
  config = join(dir, 'thresh.json')
  await writeFile(config, JSON.stringify({ identity: 'coordinator.key', nodes: net.entries, keys: 'keys.json', timeouts: { signMs: 5000, roundMs: 1000 } }))
})
afterAll(async () => {
  await net.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('thresh CLI', () => {
  it('keygen pins the key in the keys file; keys, pubkey and address agree with it', async () => {
    const { keysFile, ...key } = await json('keygen', '--scheme', 'ecdsa', '--threshold', '2', '--key-id', 'cli-eth')
    expect(key).toMatchObject({ keyId: 'cli-eth', scheme: 'ecdsa', threshold: 2, parties: net.entries.map((e) => e.peerId) })
    expect(keysFile).toBe(join(dir, 'keys.json'))
    expect(JSON.parse(await readFile(join(dir, 'keys.json'), 'utf8'))).toEqual([key])
    const listed = (await json('keys')) as unknown as Record<string, unknown>[]
    expect(listed.find((k) => k.keyId === 'cli-eth')).toMatchObject({ publicKey: key.publicKey, holders: expect.any(Array), pinned: true })
    expect(await json('pubkey', '--key', 'cli-eth')).toEqual({ ...key, trust: 'pinned' })
    expect(await json('address', '--key', 'cli-eth')).toEqual({ keyId: 'cli-eth', chain: 'eth', path: 'm', address: key.address })
  })

  it('xpub and address at a path agree with @scure/bip32 and @scure/btc-signer', async () => {
    const { xpub } = await json('xpub', '--key', 'cli-eth')
    expect(xpub).toMatch(/^xpub/)
    expect((await json('xpub', '--key', 'cli-eth', '--testnet')).xpub).toMatch(/^tpub/)
    const child = HDKey.fromExtendedKey(xpub as string).derive('m/0/5').publicKey!
    const eth = await json('address', '--key', 'cli-eth', '--path', 'm/0/5')
    expect(eth.address).toBe(publicKeyToAddress(bytesToHex(secp256k1.Point.fromBytes(child).toBytes(false))))
    expect((await json('address', '--key', 'cli-eth', '--path', 'm/0/5', '--chain', 'btc-testnet')).address).toBe(p2wpkh(child, TEST_NETWORK).address)
    const hardened = await cli('--config', config, '--json', 'address', '--key', 'cli-eth', '--path', "m/0'")
    expect(hardened.code).toBe(1)
    expect(hardened.out).toMatch(/hardened/)
  })

  it('uses a key that is not pinned only with --discover', async () => {
    const other = join(dir, 'other-keys.json')
    const made = await json('--keys', other, 'keygen', '--scheme', 'frost-ed25519', '--threshold', '2', '--key-id', 'cli-elsewhere')
    const refused = await cli('--config', config, '--json', 'sign', '--key', 'cli-elsewhere', '--message', 'hi')
    expect(refused.code).toBe(1)
    expect(JSON.parse(refused.out).error).toMatchObject({ name: 'UntrustedKeyError', code: 'untrusted-key', keyId: 'cli-elsewhere' })
    expect(await json('--discover', 'pubkey', '--key', 'cli-elsewhere')).toMatchObject({ publicKey: made.publicKey, trust: 'discovered' })
    const sig = await json('--discover', 'sign', '--key', 'cli-elsewhere', '--message', 'hi')
    expect(sig.verified).toBe(true)
  })

  it('signs a message with a Schnorr key; the JSON output verifies', async () => {
    const key = await json('keygen', '--scheme', 'bip340', '--threshold', '2', '--key-id', 'cli-tr')
    const sig = await json('sign', '--key', 'cli-tr', '--message', 'to the moon')
    expect(sig.verified).toBe(true)
    const pub = hexToBytes(key.publicKey as string).subarray(1)
    expect(schnorr.verify(hexToBytes(sig.signature as string), new TextEncoder().encode('to the moon'), pub)).toBe(true)
  })

  it('signs ECDSA: a digest, and an EIP-191 message that recovers to the address', async () => {
    const digest = '11'.repeat(32)
    const sig = await json('sign', '--key', 'cli-eth', '--digest', `0x${digest}`)
    const key = await json('pubkey', '--key', 'cli-eth')
    expect(secp256k1.verify(hexToBytes(sig.signature as string), hexToBytes(digest), hexToBytes(key.publicKey as string), { prehash: false })).toBe(true)
    const eth = await json('sign', '--key', 'cli-eth', '--message', 'gm', '--eip191')
    expect(eth.digest).toBe(hashMessage('gm').slice(2))
    expect(await recoverMessageAddress({ message: 'gm', signature: eth.ethereumSignature as `0x${string}` })).toBe(key.address)
  })

  it('prints human-readable text by default', async () => {
    const r = await cli('--config', config, 'sign', '--key', 'cli-tr', '--message-hex', 'c0ffee')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^key +cli-tr \(bip340\)$/m)
    expect(r.out).toMatch(/^verified +yes \(\d+ ms\)$/m)
    const keys = await cli('--config', config, 'keys')
    expect(keys.out.split('\n')[0]).toMatch(/^key +scheme +threshold +holders +pinned +public key$/)
  })

  it('exits 2 on usage errors and 1 with a typed JSON error on failures', async () => {
    expect((await cli('frobnicate')).code).toBe(2)
    expect((await cli('--config', config, 'sign', '--key', 'cli-tr')).code).toBe(2)
    expect((await cli('--bogus')).code).toBe(2)
    const r = await cli('--config', config, '--json', 'sign', '--key', 'cli-eth', '--message', 'no hash given')
    expect(r.code).toBe(1)
    expect(JSON.parse(r.out).error).toMatchObject({ name: 'ConfigError', code: 'config', field: 'hash' })
    const scheme = await cli('--config', config, '--json', 'keygen', '--scheme', 'rsa', '--threshold', '2')
    expect(JSON.parse(scheme.out).error).toMatchObject({ code: 'config', field: 'scheme' })
    const engine = await cli('--config', config, '--json', 'keygen', '--scheme', 'ecdsa', '--engine', 'gg18', '--threshold', '2')
    expect(JSON.parse(engine.out).error).toMatchObject({ code: 'config', field: 'engine' })
    const frostEngine = await cli('--config', config, '--json', 'keygen', '--scheme', 'bip340', '--engine', 'cggmp', '--threshold', '2')
    expect(JSON.parse(frostEngine.out).error).toMatchObject({ code: 'config', field: 'engine' })
    const missing = await cli('--config', config, '--json', '--discover', 'pubkey', '--key', 'missing-key')
    expect(JSON.parse(missing.out).error).toMatchObject({ name: 'UnknownKeyError', keyId: 'missing-key' })
  })

  it('takes nodes from --node flags', async () => {
    const nodes = net.entries.flatMap((e) => ['--node', `${e.addrs[0]}/p2p/${e.peerId}`])
    const r = await cli('--json', '--identity', join(dir, 'coordinator.key'), '--keys', join(dir, 'keys.json'), ...nodes, 'address', '--key', 'cli-eth')
    expect(r.code, r.out + r.err).toBe(0)
    const bad = await cli('--json', '--identity', join(dir, 'coordinator.key'), '--node', '/ip4/127.0.0.1/tcp/1', 'keys')
    expect(JSON.parse(bad.out).error).toMatchObject({ code: 'config', field: '--node[0]' })
  })

  it('identity new writes a private key file that identity show reads back', async () => {
    const file = join(dir, 'new.key')
    const made = await cli('--json', 'identity', 'new', '--out', file)
    expect(made.code).toBe(0)
    const { peerId } = JSON.parse(made.out)
    expect(peerIdOf(await loadIdentity(file))).toBe(peerId)
    expect(JSON.parse((await cli('--json', 'identity', 'show', '--identity', file)).out).peerId).toBe(peerId)
    const again = await cli('identity', 'new', '--out', file)
    expect(again.code).toBe(1)
    expect(again.err).toMatch(/refusing to overwrite/)
    await chmod(file, 0o644)
    const open = await cli('identity', 'show', '--identity', file)
    expect(open.err).toMatch(/chmod 600/)
  })
})
