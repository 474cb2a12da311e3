import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { KeyStore, Pkcs11Protector, Tpm2Protector, measureNode, type Protection } from '@thresh/store'
import { softToken } from '../../store/test/softhsm.js'
import { softTpm } from '../../store/test/swtpm.js'
import { loadIdentity } from '../src/identity.js'
import { keystorePath } from '../src/node.js'
import { build, CLI, runCli } from './processes.js'

const NODE_PACKAGE = fileURLToPath(new URL('..', import.meta.url))
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'thresh-cli-protect-'))
  dirs.push(dir)
  return dir
}

/** The peer id in the keystore of `dataDir`, opened with `protection`. */
async function peerIdIn(dataDir: string, protection: Protection): Promise<string> {
  const store = await KeyStore.open(keystorePath(dataDir), protection)
  try {
    return (await loadIdentity(store)).peerId
  } finally {
    await store.close()
  }
}

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ ...process.env, THRESH_PASSPHRASE: '', THRESH_NEW_PASSPHRASE: '', ...extra })

// The built `thresh-node` CLI: init --protect and rewrap, against SoftHSM2 and swtpm.
describe('thresh-node init --protect / rewrap', () => {
  beforeAll(() => build())

  it('pkcs11: init on a token, rewrap to a passphrase and back, keeping the node identity', async () => {
    const token = await softToken()
    const dataDir = join(await tempDir(), 'node')
    const uri = token.uri('node-store')
    const init = await runCli(['init', '--data', dataDir, '--protect', 'pkcs11', '--pkcs11-uri', uri, '--pin-file', token.pinFile, '--json'], env())
    expect(init.code, init.stderr).toBe(0)
    const { peerId, protect } = JSON.parse(init.stdout) as { peerId: string; protect: string }
    expect(protect).toBe('pkcs11')
    const onToken = new Pkcs11Protector({ uri, pin: { file: token.pinFile } })
    expect(await peerIdIn(dataDir, onToken)).toBe(peerId)
    await expect(KeyStore.open(keystorePath(dataDir), 'any passphrase')).rejects.toThrow('is protected by pkcs11, not passphrase')

    const toPass = await runCli(['rewrap', '--data', dataDir, '--to', 'passphrase', '--pkcs11-uri', uri, '--pin-file', token.pinFile, '--json'], env({ THRESH_NEW_PASSPHRASE: 'operator passphrase two' }))
    expect(toPass.code, toPass.stderr).toBe(0)
    expect(JSON.parse(toPass.stdout)).toMatchObject({ from: 'pkcs11', to: 'passphrase' })
    expect(await peerIdIn(dataDir, 'operator passphrase two')).toBe(peerId)

    const back = await runCli(['rewrap', '--data', dataDir, '--to', 'pkcs11', '--pkcs11-uri', uri], env({ THRESH_PASSPHRASE: 'operator passphrase two', THRESH_PKCS11_PIN: '246810' }))
    expect(back.code, back.stderr).toBe(0)
    expect(await peerIdIn(dataDir, onToken)).toBe(peerId)
  })

  it('pkcs11: a wrong PIN fails init with the PIN error and creates nothing; the PIN never shows', async () => {
    const token = await softToken()
    const root = await tempDir()
    const pinFile = join(root, 'pin')
    await writeFile(pinFile, '777777\n', { mode: 0o600 })
    const run = await runCli(['init', '--data', join(root, 'node'), '--protect', 'pkcs11', '--pkcs11-uri', token.uri(), '--pin-file', pinFile], env())
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(`thresh-node: the token refused the PIN (CKR_PIN_INCORRECT) for pkcs11 ${token.uri().split('?')[0]}\n`)
    await expect(KeyStore.protectionOf(keystorePath(join(root, 'node')))).rejects.toThrow('no keystore at')
    const noUri = await runCli(['init', '--data', join(root, 'node'), '--protect', 'pkcs11'], env())
    expect(noUri.code).toBe(2)
    expect(noUri.stderr).toBe('thresh-node: pkcs11 needs --pkcs11-uri (or THRESH_PKCS11_URI)\n')
    const bogus = await runCli(['init', '--data', join(root, 'node'), '--protect', 'yubikey'], env())
    expect(bogus.code).toBe(2)
    expect(bogus.stderr).toBe('thresh-node: --protect must be one of passphrase, pkcs11, tpm2\n')
  })

  it('tpm2: init seals to the measured package and config; a changed config cannot open; rewrap back to a passphrase', async () => {
    const tpm = await softTpm()
    const root = await tempDir()
    const dataDir = join(root, 'node')
    const config = join(root, 'node.json')
    await writeFile(config, JSON.stringify({ dataDir, listen: ['/ip4/127.0.0.1/tcp/0'] }))
    const init = await runCli(['init', '--data', dataDir, '--protect', 'tpm2', '--tpm-tcti', tpm.tcti, '--config', config, '--json'], env())
    expect(init.code, init.stderr).toBe(0)
    const { peerId } = JSON.parse(init.stdout) as { peerId: string }

    // What the node does at start: measure, then open.
    const sealed = new Tpm2Protector({ tcti: tpm.tcti })
    await sealed.measure(await measureNode({ packageDir: NODE_PACKAGE, config: await readFile(config) }))
    expect(await peerIdIn(dataDir, sealed)).toBe(peerId)

    const original = await readFile(config)
    await writeFile(config, JSON.stringify({ dataDir, listen: ['/ip4/0.0.0.0/tcp/0'] }))
    const changed = await runCli(['rewrap', '--data', dataDir, '--to', 'passphrase', '--tpm-tcti', tpm.tcti, '--config', config], env({ THRESH_NEW_PASSPHRASE: 'p' }))
    expect(changed.code).toBe(1)
    expect(changed.stderr).toMatch(/^thresh-node: the TPM refused to unseal: the PCRs do not hold the values the data key was sealed to/)

    await writeFile(config, original)
    const back = await runCli(['rewrap', '--data', dataDir, '--to', 'passphrase', '--tpm-tcti', tpm.tcti, '--config', config], env({ THRESH_NEW_PASSPHRASE: 'after the tpm' }))
    expect(back.code, back.stderr).toBe(0)
    expect(await peerIdIn(dataDir, 'after the tpm')).toBe(peerId)
  })

  it('start and info open a pkcs11 or tpm2 keystore from the config\'s protect section', async () => {
    const token = await softToken()
    const tpm = await softTpm()
    const root = await tempDir()
    for (const kind of ['pkcs11', 'tpm2'] as const) {
      const dataDir = join(root, kind)
      const config = join(root, `${kind}.json`)
      const protect = kind === 'pkcs11' ? { pkcs11Uri: token.uri(`${kind}-store`), pinFile: token.pinFile } : { tpmTcti: tpm.tcti }
      await writeFile(config, JSON.stringify({ dataDir, listen: ['/ip4/127.0.0.1/tcp/0'], peers: [], coordinators: [], protect, logLevel: 'info' }))
      const flags = kind === 'pkcs11' ? ['--pkcs11-uri', protect.pkcs11Uri!, '--pin-file', token.pinFile] : ['--tpm-tcti', tpm.tcti, '--config', config]
      const init = await runCli(['init', '--data', dataDir, '--protect', kind, ...flags, '--json'], env())
      expect(init.code, init.stderr).toBe(0)
      const { peerId } = JSON.parse(init.stdout) as { peerId: string }
      const info = await runCli(['info', '--config', config, '--json'], env())
      expect(info.code, info.stderr).toBe(0)
      expect(JSON.parse(info.stdout).peerId).toBe(peerId)
      expect(await startsAs(config, peerId)).toBe(0)
    }
  })
})

/** Runs `thresh-node start`, waits for its "node started" line naming `peerId`, stops it with SIGTERM; the exit code. */
async function startsAs(config: string, peerId: string): Promise<number | null> {
  const child = spawn(process.execPath, [CLI, 'start', '--config', config], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  const started = new Promise<boolean>((done) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('"node started"') && line.includes(peerId)) done(true)
    })
    void exited.then(() => done(false))
  })
  expect(await started, stderr).toBe(true)
  child.kill('SIGTERM')
  return exited
}

