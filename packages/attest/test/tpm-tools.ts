import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SoftTpm } from '../../store/test/swtpm.js'

/**
 * tpm2-tools against a swtpm, for producing real quotes. swtpm has no resource manager,
 * so transient objects and sessions are flushed after every command.
 */
export class QuotingTpm {
  private constructor(
    private readonly tpm: SoftTpm,
    readonly dir: string,
    /** The attestation key's public part (PEM), as tpm2_createak wrote it. */
    readonly akPem: string,
  ) {}

  static async create(tpm: SoftTpm, kind: 'ecc' | 'rsa' = 'ecc'): Promise<QuotingTpm> {
    const dir = await mkdtemp(join(tmpdir(), 'thresh-quote-'))
    const run = (tool: string, args: string[]) => tpmRun(tpm, tool, args)
    run('tpm2_createek', ['-Q', '-c', join(dir, 'ek.ctx'), '-G', kind, '-u', join(dir, 'ek.pub')])
    run('tpm2_createak', ['-Q', '-C', join(dir, 'ek.ctx'), '-c', join(dir, 'ak.ctx'), '-G', kind, '-g', 'sha256', '-s', kind === 'ecc' ? 'ecdsa' : 'rsassa', '-u', join(dir, 'ak.pem'), '-f', 'pem', '-n', join(dir, 'ak.name')])
    return new QuotingTpm(tpm, dir, await readFile(join(dir, 'ak.pem'), 'utf8'))
  }

  run(tool: string, args: string[]): Buffer {
    return tpmRun(this.tpm, tool, args)
  }

  /** tpm2_quote over sha256:<pcrs> with qualifying data `nonce`: the TPMS_ATTEST and TPMT_SIGNATURE it wrote. */
  async quote(pcrs: number[], nonce: Uint8Array): Promise<{ quoted: Uint8Array; signature: Uint8Array; files: { msg: string; sig: string; pcrs: string } }> {
    const files = { msg: join(this.dir, 'quote.msg'), sig: join(this.dir, 'quote.sig'), pcrs: join(this.dir, 'quote.pcrs') }
    this.run('tpm2_quote', ['-Q', '-c', join(this.dir, 'ak.ctx'), '-l', `sha256:${pcrs.join(',')}`, '-q', Buffer.from(nonce).toString('hex'), '-m', files.msg, '-s', files.sig, '-o', files.pcrs, '-g', 'sha256'])
    return { quoted: new Uint8Array(await readFile(files.msg)), signature: new Uint8Array(await readFile(files.sig)), files }
  }

  async pcr(index: number): Promise<Uint8Array> {
    const out = join(this.dir, 'pcr.bin')
    this.run('tpm2_pcrread', [`sha256:${index}`, '-o', out])
    return new Uint8Array(await readFile(out))
  }

  close(): Promise<void> {
    return rm(this.dir, { recursive: true, force: true })
  }
}

export function tpmRun(tpm: SoftTpm, tool: string, args: string[]): Buffer {
  const env = { ...process.env, TPM2TOOLS_TCTI: tpm.tcti }
  try {
    return execFileSync(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  } finally {
    for (const which of ['-t', '-l', '-s']) execFileSync('tpm2_flushcontext', [which], { env, stdio: 'ignore' })
  }
}
