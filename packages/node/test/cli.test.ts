import { chmod, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PASSPHRASE, prepareMembers, removeDir, type Member } from './cluster.js'
import { build, cliEnv, runCli, writeConfig } from './processes.js'

const listen = (port: number): Promise<Server> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject).listen(port, '127.0.0.1', () => resolve(server))
  })
const close = (server: Server): Promise<void> => new Promise((resolve) => server.close(() => resolve()))

// The built `thresh-node` CLI, as an operator runs it.
describe('thresh-node CLI', () => {
  let root: string
  let member: Member

  beforeAll(async () => {
    build()
    ;({ root, members: [member] } = (await prepareMembers(1)) as { root: string; members: [Member] })
  })

  afterAll(async () => {
    if (root) await removeDir(root)
  })

  it('refuses a passphrase file that group or others may read, naming the file and the fix', async () => {
    const env = { ...process.env, THRESH_PASSPHRASE: '' }
    const files = await Promise.all(['640', '604', '644'].map(async (mode) => {
      const file = join(root, `passphrase-${mode}`)
      await writeFile(file, PASSPHRASE + '\n')
      await chmod(file, parseInt(mode, 8))
      return { mode, file }
    }))
    // one at a time: two commands on one keystore at once are refused as "in use"
    const runs = []
    for (const { file } of files) runs.push(await runCli(['info', '--data', member.dataDir, '--passphrase-file', file], env))
    runs.push(await runCli(['info', '--data', member.dataDir], { ...env, THRESH_PASSPHRASE_FILE: files[0]!.file }))
    for (const [i, run] of runs.entries()) {
      const { mode, file } = files[i] ?? files[0]!
      expect(run.code).toBe(2)
      expect(run.stderr).toBe(`thresh-node: passphrase file ${file} is accessible by other users (mode ${mode}): run chmod 600 ${file}\n`)
    }
    // an unknown option is a usage error too (exit code 2, as documented), not a crash
    const unknown = await runCli(['info', '--data', member.dataDir, '--verbose'], env)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^thresh-node: Unknown option '--verbose'/)
    await chmod(files[0]!.file, 0o600)
    const fixed = await runCli(['info', '--data', member.dataDir, '--passphrase-file', files[0]!.file, '--json'], env)
    expect(fixed.code, fixed.stderr).toBe(0)
    expect(JSON.parse(fixed.stdout).peerId).toBe(member.peerId)
  })

  it('start exits non-zero when its HTTP port is taken, and leaves the libp2p port free', async () => {
    const config = await writeConfig(root, [member], 0, [])
    const squatter = await listen(member.httpPort)
    try {
      const run = await runCli(['start', '--config', config], cliEnv(), 20_000)
      expect(run.killed, 'thresh-node start was still running after 20 s').toBe(false)
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/^thresh-node: listen EADDRINUSE.*:\d+\n$/)
      await close(await listen(member.port))
    } finally {
      await close(squatter)
    }
  })
})
