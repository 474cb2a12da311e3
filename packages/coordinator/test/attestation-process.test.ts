// Attestation before a DKG in three real `thresh-node` processes, each with its own swtpm
// (its attestation key persisted in it, PCR 16 extended with a "release" measurement):
// every node pins the others' attestation keys and allows that release.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { QuotingTpm } from '../../attest/test/tpm-tools.js'
import { softTpm, type SoftTpm } from '../../store/test/swtpm.js'
import { startNode, stopProcesses, THRESH_CLI, waitReady } from '../../../scripts/testnet/cluster.mjs'
import { verifyIndependently } from '../../../scripts/testnet/verify.mjs'
import { Coordinator, keyInfoToJson, type KeyInfo } from '../src/index.js'
import { startProcessCluster, type ProcessCluster } from './process-cluster.js'

const AK_HANDLE = '0x81010002'
const RELEASE = createHash('sha256').update('thresh-node release 1 (package + config measurement)').digest('hex')

let net: ProcessCluster
const tpms: SoftTpm[] = []
const quoting: QuotingTpm[] = []

beforeAll(async () => {
  net = await startProcessCluster('attest', {
    timeouts: { roundMs: 3_000 },
    async beforeStart(cluster) {
      for (const m of cluster.members) {
        const tpm = await softTpm({ shared: true })
        tpms.push(tpm)
        const q = await QuotingTpm.create(tpm)
        quoting.push(q)
        q.run('tpm2_evictcontrol', ['-Q', '-C', 'o', '-c', join(q.dir, 'ak.ctx'), AK_HANDLE])
        q.run('tpm2_pcrextend', [`16:sha256=${RELEASE}`])
        await writeFile(join(cluster.dir, `${m.name}-ak.pem`), q.akPem)
      }
      // every TPM started fresh and took the same extend: one expected PCR 16 value
      const pcr16 = Buffer.from(await quoting[0]!.pcr(16)).toString('hex')
      for (const [i, m] of cluster.members.entries()) {
        const config = JSON.parse(await readFile(m.configFile, 'utf8'))
        config.sessions = { roundTimeoutMs: 3_000 }
        config.attestation = {
          quote: { tpmTcti: tpms[i]!.tcti, akHandle: AK_HANDLE, pcrs: [16] },
          releases: { 'release-1': { 16: pcr16 } },
          peers: Object.fromEntries(cluster.members.filter((o: { name: string }) => o !== m).map((o: { name: string; peerId: string }) => [o.peerId, { akPublicKey: `../${o.name}-ak.pem`, releases: ['release-1'] }])),
        }
        await writeFile(m.configFile, JSON.stringify(config, null, 2))
      }
    },
  })
}, 120_000)

afterAll(async () => {
  await net?.stop()
  for (const q of quoting) await q.close()
  for (const t of tpms) await t.stop()
})

const peer = (i: number): string => net.cluster.members[i]!.peerId

describe('attestation before a DKG, in real node processes', () => {
  let key: KeyInfo

  it('with every node in the allowed state, an attested keygen succeeds and the key signs', async () => {
    key = await net.c.keygen({ scheme: 'frost-ed25519', threshold: 2, keyId: 'attested-1', attestation: 'required' })
    expect(key.members).toEqual([0, 1, 2].map(() => ({ protection: 'passphrase', attested: true })))
    const message = new TextEncoder().encode('attested committee')
    const sig = await net.c.sign({ keyId: key.keyId, message })
    expect(await verifyIndependently(key.scheme, key.groupPublicKey, message, sig)).toBe(true)
    // a node's own view of the key carries the members too
    expect((await net.c.listKeys()).find((k) => k.keyId === key.keyId)?.members?.every((m) => m.attested)).toBe(true)
  }, 60_000)

  it('a refresh of an attested key attests the committee again, and the new epoch is attested', async () => {
    const refreshed = await net.c.refresh('attested-1')
    expect(refreshed).toMatchObject({ epoch: 1, groupPublicKey: key.groupPublicKey })
    expect(refreshed.members).toEqual([0, 1, 2].map(() => ({ protection: 'passphrase', attested: true })))
    key = refreshed
  }, 60_000)

  it('a node keeps the members\' record across a restart', async () => {
    const m = net.cluster.members[0]!
    await stopProcesses([net.children[0]!])
    net.children[0] = startNode(m)
    await waitReady(m, net.children[0], 30_000)
    // only this node's report
    const one = await Coordinator.connect({ nodes: [net.cluster.nodes[0]!], identity: net.cluster.coordinator.identityFile })
    try {
      const listed = (await one.listKeys()).find((k) => k.keyId === key.keyId)
      expect(listed?.holders).toEqual([peer(0)])
      expect(listed?.members).toEqual([0, 1, 2].map(() => ({ protection: 'passphrase', attested: true })))
    } finally {
      await one.close()
    }
  }, 60_000)

  it('thresh pubkey shows each member\'s share protection and attestation', async () => {
    const keysFile = net.cluster.coordinator.keysFile
    await writeFile(keysFile, JSON.stringify([keyInfoToJson(key)]))
    const { stdout } = await promisify(execFile)(process.execPath, [THRESH_CLI, 'pubkey', '--key', key.keyId, '--config', net.cluster.coordinator.clientConfig])
    for (let i = 0; i < 3; i++) expect(stdout).toContain(`${i + 1}  ${peer(i)}  share: passphrase, attested`)
  }, 30_000)

  it('a node whose PCR left the allowed state is refused by its peers, which name it', async () => {
    quoting[2]!.run('tpm2_pcrextend', [`16:sha256=${createHash('sha256').update('a swapped disk image').digest('hex')}`])
    const err = await net.c.keygen({ scheme: 'frost-ed25519', threshold: 2, keyId: 'attested-2', attestation: 'required' }).then(() => undefined, (e: unknown) => e)
    expect(err).toBeInstanceOf(Error)
    const { message, culprits } = err as Error & { culprits?: string[] }
    expect(message).toContain(`peer ${peer(2)}'s quote is refused: unexpected PCR values (allowed: release-1)`)
    expect(culprits).toEqual([peer(2)])
    // optional: a quote that is sent must still verify
    const optional = await net.c.keygen({ scheme: 'frost-ed25519', threshold: 2, keyId: 'attested-3', attestation: 'optional' }).then(() => undefined, (e: unknown) => e)
    expect((optional as { culprits?: string[] }).culprits).toEqual([peer(2)])
    // nor is the attested key shared with it again: a refresh of it is refused, naming the node
    const refresh = await net.c.refresh(key.keyId).then(() => undefined, (e: unknown) => e)
    expect((refresh as Error).message).toContain(`peer ${peer(2)}'s quote is refused: unexpected PCR values`)
    expect((refresh as { culprits?: string[] }).culprits).toEqual([peer(2)])
    // the same committee without attestation still makes keys (nothing else changed)
    const plain = await net.c.keygen({ scheme: 'frost-ed25519', threshold: 2, keyId: 'plain-1' })
    expect(plain.members).toBeUndefined()
  }, 60_000)
})
