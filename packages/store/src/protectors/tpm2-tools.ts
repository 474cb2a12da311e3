import { spawn } from 'node:child_process'
import { PcrPolicyError, TpmError, TpmUnreachableError } from '../errors.js'

/**
 * Runs tpm2-tools (5.x) commands as child processes against one TPM, named by its TCTI
 * (TPM2TOOLS_TCTI): `device:/dev/tpmrm0` on a host, `swtpm:path=<socket>` or
 * `swtpm:host=127.0.0.1,port=<p>` for the swtpm emulator. Secrets travel only through
 * stdin and stdout pipes, never argv or files. Output on stderr (which holds no secret)
 * is mapped to typed errors.
 */
export class Tpm2Tools {
  /** One queue per TCTI in this process, shared by every instance: a flush must not hit another sequence's objects. */
  private static readonly queues = new Map<string, Promise<unknown>>()

  constructor(readonly tcti: string) {}

  /**
   * Runs `steps` with no other sequence on the same TCTI interleaved. Without a resource
   * manager (swtpm, /dev/tpm0) transient objects stay loaded between commands and the TPM
   * has room for only a few: every command is followed by flushing them all. (Other
   * processes on the same TPM need /dev/tpmrm0, whose resource manager isolates them.)
   */
  exclusive<T>(steps: () => Promise<T>): Promise<T> {
    const run = (Tpm2Tools.queues.get(this.tcti) ?? Promise.resolve()).then(async () => {
      await this.flush()
      try {
        return await steps()
      } finally {
        await this.flush().catch(() => undefined)
      }
    })
    Tpm2Tools.queues.set(this.tcti, run.catch(() => undefined))
    return run
  }

  /** Runs one tool; resolves with its stdout, flushing the transient objects it left loaded. */
  async run(tool: string, args: readonly string[], stdin?: Uint8Array): Promise<Buffer> {
    const out = await this.spawn(tool, args, stdin)
    await this.spawn('tpm2_flushcontext', ['-t'])
    return out
  }

  /** Flushes every transient object and every loaded and saved session (what a run, or a crashed one, left). */
  private async flush(): Promise<void> {
    for (const which of ['-t', '-l', '-s']) await this.spawn('tpm2_flushcontext', [which])
  }

  private spawn(tool: string, args: readonly string[], stdin?: Uint8Array): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = spawn(tool, args, {
        env: { ...process.env, TPM2TOOLS_TCTI: this.tcti },
        stdio: ['pipe', 'pipe', 'pipe'],
        timeout: 30_000,
      })
      const stdout: Buffer[] = []
      let stderr = ''
      child.stdout.on('data', (c: Buffer) => stdout.push(c))
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
      child.on('error', (err: NodeJS.ErrnoException) =>
        reject(err.code === 'ENOENT' ? new TpmUnreachableError(`${tool} not found: install tpm2-tools`) : err),
      )
      child.on('close', (code, signal) => {
        if (code === 0) return resolve(Buffer.concat(stdout))
        const out = Buffer.concat(stdout)
        out.fill(0)
        reject(toolError(tool, this.tcti, stderr, signal))
      })
      child.stdin.end(stdin === undefined ? undefined : Buffer.from(stdin))
    })
  }
}

function toolError(tool: string, tcti: string, stderr: string, signal: NodeJS.Signals | null): Error {
  if (/Could not load tcti|Failed to instantiate TCTI|Cannot connect|Failed to connect|No such file or directory/.test(stderr)) {
    return new TpmUnreachableError(`TPM unreachable through TCTI ${tcti} (${tool})`)
  }
  // TPM_RC_POLICY_FAIL (0x99D for session 1, 0x9nD for session n) and TPM_RC_PCR_CHANGED.
  if (/\(0x9[0-9A-F]D\)|policy check failed|\(0x128\)/i.test(stderr)) {
    return new PcrPolicyError(`the TPM refused to unseal: the PCRs do not hold the values the data key was sealed to (${tool})`)
  }
  const rc = /\((0x[0-9A-Fa-f]+)\)/.exec(stderr)?.[1]
  return new TpmError(`${tool} failed${rc ? ` with TPM response ${rc}` : signal ? ` (${signal})` : ''}: ${lastLine(stderr)}`)
}

const lastLine = (text: string): string => text.trim().split('\n').pop()?.slice(0, 200) ?? ''
