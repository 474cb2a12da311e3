// stdout on a full disk (/dev/full answers every write with ENOSPC): the node must keep
// serving, count the lines it could not write, and stop cleanly. Before, pino's
// destination retried forever: the node hung, /healthz stopped answering.
import { spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { prepareMembers, removeDir } from './cluster.js'
import { build, CLI, cliEnv, waitFor, writeConfig } from './processes.js'

describe('a node whose stdout is a full disk', () => {
  let root: string | undefined
  afterAll(async () => {
    if (root) await removeDir(root)
  })

  it('keeps serving /healthz and /metrics, counts the dropped log lines, and stops on SIGTERM', async () => {
    build()
    const prepared = await prepareMembers(1)
    root = prepared.root
    const member = prepared.members[0]!
    const config = await writeConfig(root, [member], 0, [], { extra: { logLevel: 'debug' } })
    const full = openSync('/dev/full', 'w')
    const child = spawn(process.execPath, [CLI, 'start', '--config', config], { env: cliEnv(), stdio: ['ignore', full, 'pipe'] })
    closeSync(full)
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
    try {
      const health = `http://127.0.0.1:${member.httpPort}/healthz`
      await waitFor(async () => (await fetch(health)).status === 200, 20_000, 'healthz')
      const body = (await (await fetch(health)).json()) as { droppedLogLines: number; warnings: string[] }
      expect(body.droppedLogLines).toBeGreaterThan(0)
      expect(body.warnings.some((w) => /log lines could not be written/.test(w))).toBe(true)
      const metrics = await (await fetch(`http://127.0.0.1:${member.httpPort}/metrics`)).text()
      expect(metrics).toMatch(/^thresh_log_lines_dropped [1-9]/m)
    } finally {
      child.kill('SIGTERM')
      // a node hung on its log would never exit: do not leave it behind
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
    }
    expect(await exited).toBe(0)
  })
})
