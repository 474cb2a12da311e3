// A whole node lost and brought back from its backup, with real `thresh-node` processes:
// backup --all of the stopped node, its keystore wiped, restore into a new keystore,
// start, and the restored node signs in a committee with the same identity.
import { execFile } from 'node:child_process'
import { readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, startNode, stopProcesses, waitReady } from '../../../scripts/testnet/cluster.mjs'
import { verifyIndependently } from '../../../scripts/testnet/verify.mjs'
import type { KeyInfo } from '../src/index.js'
import { startProcessCluster, type ProcessCluster } from './process-cluster.js'

const NODE_CLI = join(ROOT, 'packages/node/dist/cli.js')
const env = { ...process.env, THRESH_BACKUP_PASSPHRASE: 'the backup passphrase of node1' }
const nodeCli = (args: string[]) => promisify(execFile)(process.execPath, [NODE_CLI, ...args], { env })

let net: ProcessCluster
beforeAll(async () => {
  net = await startProcessCluster('node-backup')
}, 120_000)
afterAll(async () => {
  await net?.stop()
})

describe('whole-node backup and restore', () => {
  it('backup --all, keystore wiped, restore: the node comes back with its identity and shares and signs', async () => {
    const keys: KeyInfo[] = [
      await net.c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'kept-ecdsa' }),
      await net.c.keygen({ scheme: 'frost-ed25519', threshold: 2, keyId: 'kept-ed25519' }),
    ]
    const m = net.cluster.members[0]!
    const file = join(net.cluster.dir, 'node1.backup')
    await stopProcesses([net.children[0]!])

    const made = await nodeCli(['backup', '--all', '--config', m.configFile, '--out', file, '--json'])
    expect(JSON.parse(made.stdout)).toEqual({ node: true, out: file })
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    for (const key of keys) expect((await readFile(file)).includes(Buffer.from(key.keyId))).toBe(false) // even the key ids are sealed

    await rm(join(m.dataDir, 'keystore'), { recursive: true, force: true }) // the disk is gone
    const restored = await nodeCli(['restore', '--in', file, '--config', m.configFile, '--json'])
    expect(JSON.parse(restored.stdout)).toMatchObject({ peerId: m.peerId, shares: 2 })
    // a second restore over the restored keystore is refused: it restores into a new one only
    const again = await nodeCli(['restore', '--in', file, '--config', m.configFile]).then(() => undefined, (e: { stderr: string }) => e.stderr)
    expect(again).toMatch(/already holds a keystore: a whole-node backup restores into a new data directory/)

    net.children[0] = startNode(m)
    await waitReady(m, net.children[0], 30_000)
    const signers = [m.peerId, net.cluster.members[1]!.peerId]
    for (const key of keys) {
      const message = new TextEncoder().encode(`signed by the restored node1 with ${key.keyId}`)
      const signature = await net.c.sign({ keyId: key.keyId, message, signers, strict: true, ...(key.scheme === 'ecdsa' ? { hash: 'sha256' as const } : {}) })
      expect(await verifyIndependently(key.scheme, key.groupPublicKey, message, signature)).toBe(true)
    }
  }, 120_000)
})
