// Settings that work but should not go unnoticed: logged at start and listed in /healthz.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ed25519 } from '@noble/curves/ed25519.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { KeyStore } from '@thresh/store'
import { pino } from 'pino'
import { afterAll, describe, expect, it } from 'vitest'
import { createIdentity } from '../src/identity.js'
import { keystorePath, ThreshNode } from '../src/node.js'
import { nodeConfig, PASSPHRASE, prepareMembers, removeDir, TEST_KDF } from './cluster.js'

describe('start-up warnings', () => {
  const roots: string[] = []
  afterAll(async () => {
    for (const r of roots) await removeDir(r)
  })

  it('an HTTP port beyond loopback and a short passphrase are reported; a sound setup reports nothing', async () => {
    const { root, members } = await prepareMembers(2)
    roots.push(root)
    // node 1: sound (loopback HTTP, the long test passphrase); its peer is not running
    const lines: Record<string, unknown>[] = []
    const logger = pino({ level: 'warn' }, { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) })
    // a sound node has a policy (here: deny everything, admins a 1-of-1 Ed25519 key)
    const policyFile = join(root, 'policy.json')
    await writeFile(policyFile, JSON.stringify({ version: 1, rules: [] }))
    const admins = { threshold: 1, approvers: [{ type: 'ed25519', publicKey: bytesToHex(ed25519.getPublicKey(ed25519.utils.randomSecretKey())) }] }
    const sound = await ThreshNode.start(nodeConfig(members, 0, [], { extra: { policy: { file: policyFile, admins } } }), PASSPHRASE, { logger })
    try {
      expect(sound.health().warnings).toEqual([])
      expect(lines.filter((l) => l.level === 40)).toEqual([])
    } finally {
      await sound.stop()
    }
    // node 2: a short passphrase, HTTP on every interface
    const shortDir = `${members[1]!.dataDir}-short`
    const store = await KeyStore.create(keystorePath(shortDir), 'hunter2', { kdf: TEST_KDF })
    await createIdentity(store)
    await store.close()
    const config = nodeConfig(members, 1, [], { extra: { dataDir: shortDir, http: { listen: '0.0.0.0:0' } } })
    const risky = await ThreshNode.start(config, 'hunter2', { logger })
    try {
      const warnings = risky.health().warnings as string[]
      expect(warnings).toEqual([
        expect.stringMatching(/^http.listen 0.0.0.0:0 serves \/metrics and \/healthz beyond this machine/),
        expect.stringMatching(/passphrase is shorter than 12 characters/),
        expect.stringMatching(/^no policy section in the config: this node signs whatever its configured coordinators ask/),
      ])
      for (const w of warnings) expect(lines.map((l) => l.msg)).toContain(w)
    } finally {
      await risky.stop()
    }
  })

  it('a one-sided peer entry (the peer does not list this node) backs off instead of looping, and is named in /healthz', async () => {
    const { root, members } = await prepareMembers(2)
    roots.push(root)
    const lines: Record<string, unknown>[] = []
    const logger = pino({ level: 'debug' }, { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) })
    // node 1 lists node 2; node 2 lists nobody, so its gater closes node 1's connections once Noise has run
    const lonely = await ThreshNode.start(nodeConfig(members, 1, [], { extra: { peers: [] } }), PASSPHRASE, { logger: pino({ level: 'silent' }) })
    const eager = await ThreshNode.start(nodeConfig(members, 0, []), PASSPHRASE, { logger })
    try {
      await new Promise((r) => setTimeout(r, 4_000))
      const closedAtOnce = lines.filter((l) => l.msg === 'peer connection closed at once' || l.msg === 'peer closes every connection right after it opens: does it list this node in its peers?')
      // reconnect delay 50 ms: without backoff ~80 connections in 4 s; with it, the delays double (50, 100, ... 1000 ms)
      expect(closedAtOnce.length).toBeGreaterThanOrEqual(3)
      expect(closedAtOnce.length).toBeLessThanOrEqual(12)
      expect(lines.filter((l) => l.msg === 'peer connected').length).toBeLessThanOrEqual(1) // not one info line per flap
      expect(eager.health().warnings).toContainEqual(expect.stringMatching(new RegExp(`^peer ${members[1]!.peerId} closed \\d+ connections in a row right after they opened: it probably does not list this node`)))
    } finally {
      await eager.stop()
      await lonely.stop()
    }
  })
})
