import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

export interface SoftTpm {
  readonly dir: string
  /** TPM2TOOLS_TCTI for tpm2-tools: swtpm over a unix socket (no port to collide on). */
  readonly tcti: string
  stop(): Promise<void>
}

const running: SoftTpm[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((tpm) => tpm.stop()))
})

/**
 * A fresh swtpm TPM 2.0 (its state in a temp dir, removed with it) listening on a unix
 * socket, already started (startup-clear). Stopped after the test, unless `shared` (for a
 * beforeAll: then the caller stops it in afterAll).
 */
export async function softTpm(options: { shared?: boolean } = {}): Promise<SoftTpm> {
  const dir = await mkdtemp(join(tmpdir(), 'thresh-swtpm-'))
  const socket = join(dir, 'tpm.sock')
  const child: ChildProcess = spawn(
    'swtpm',
    ['socket', '--tpm2', '--tpmstate', `dir=${dir}`, '--server', `type=unixio,path=${socket}`, '--ctrl', `type=unixio,path=${socket}.ctrl`, '--flags', 'not-need-init,startup-clear'],
    { stdio: 'ignore' },
  )
  for (let i = 0; i < 100 && !(existsSync(socket) && existsSync(`${socket}.ctrl`)); i++) await new Promise((r) => setTimeout(r, 20))
  if (!existsSync(socket)) throw new Error('swtpm did not start')
  const tpm: SoftTpm = {
    dir,
    tcti: `swtpm:path=${socket}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        await once(child, 'exit')
      }
      await rm(dir, { recursive: true, force: true })
    },
  }
  if (!options.shared) running.push(tpm)
  return tpm
}
