// Hardware-rooted keystore and attestation benchmarks:
//   store-open-pkcs11   open + close of a store whose data key a SoftHSM2 token key wraps
//   store-open-tpm2     open + close of a store whose KEK an swtpm seals to PCR 16
//                       (tpm2-tools child processes: createprimary, load, unseal, flushes)
//   attest-verify-tpm2  verifyTpmQuote on an ECDSA P-256 quote made by swtpm
//   attest-quote-tpm2   tpm2_quote by a persistent ECDSA P-256 attestation key in swtpm:
//                       what each node adds to an attested keygen before its exchange
//   attest-verify-nitro verifyNitroDocument on the real Nitro document in packages/attest/test/fixtures
// Needs softhsm2, swtpm and tpm2-tools (Debian packages); skips a row whose tool is missing.
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { attestationNonce, verifyNitroDocument, verifyTpmQuote } from '@thresh/attest'
import { KeyStore, Pkcs11Protector, Tpm2Protector } from '@thresh/store'

const SOFTHSM_MODULE = '/usr/lib/softhsm/libsofthsm2.so'
const has = (tool) => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export async function run(bench) {
  const dir = await mkdtemp(join(tmpdir(), 'thresh-bench-hardware-'))
  try {
    if (bench.wanted('store-open-pkcs11')) {
      if (has('softhsm2-util') && existsSync(SOFTHSM_MODULE)) await storeOpenPkcs11(bench, dir)
      else process.stderr.write('  store-open-pkcs11: skipped (softhsm2 not installed)\n')
    }
    if (['store-open-tpm2', 'attest-verify-tpm2', 'attest-quote-tpm2'].some((n) => bench.wanted(n))) {
      if (has('swtpm') && has('tpm2_createprimary')) await withSwtpm(dir, (tcti) => tpmRows(bench, dir, tcti))
      else process.stderr.write('  store-open-tpm2, attest-verify-tpm2, attest-quote-tpm2: skipped (swtpm or tpm2-tools not installed)\n')
    }
    if (bench.wanted('attest-verify-nitro')) await nitro(bench)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function storeOpenPkcs11(bench, dir) {
  const tokens = join(dir, 'tokens')
  await mkdir(tokens)
  const conf = join(dir, 'softhsm2.conf')
  await writeFile(conf, `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\n`)
  const saved = process.env.SOFTHSM2_CONF
  process.env.SOFTHSM2_CONF = conf
  try {
    execFileSync('softhsm2-util', ['--init-token', '--free', '--label', 'bench', '--pin', '246810', '--so-pin', '13579111'], { stdio: 'ignore' })
    const pinFile = join(dir, 'pin')
    await writeFile(pinFile, '246810\n', { mode: 0o600 })
    const uri = `pkcs11:token=bench;object=store-key?module-path=${SOFTHSM_MODULE}`
    const path = join(dir, 'store-pkcs11')
    await (await KeyStore.create(path, new Pkcs11Protector({ uri, pin: { file: pinFile }, createKey: true }))).close()
    const protector = new Pkcs11Protector({ uri, pin: { file: pinFile } })
    await bench.measure('store-open-pkcs11', { runs: 20, warmup: 2 }, async () => (await KeyStore.open(path, protector)).close())
  } finally {
    if (saved === undefined) delete process.env.SOFTHSM2_CONF
    else process.env.SOFTHSM2_CONF = saved
  }
}

async function withSwtpm(dir, fn) {
  const state = join(dir, 'swtpm')
  await mkdir(state)
  const socket = join(state, 'tpm.sock')
  const child = spawn('swtpm', ['socket', '--tpm2', '--tpmstate', `dir=${state}`, '--server', `type=unixio,path=${socket}`, '--ctrl', `type=unixio,path=${socket}.ctrl`, '--flags', 'not-need-init,startup-clear'], { stdio: 'ignore' })
  try {
    for (let i = 0; i < 100 && !existsSync(`${socket}.ctrl`); i++) await new Promise((r) => setTimeout(r, 20))
    await fn(`swtpm:path=${socket}`)
  } finally {
    child.kill('SIGTERM')
  }
}

async function tpmRows(bench, dir, tcti) {
  const protector = new Tpm2Protector({ tcti })
  await protector.measure(createHash('sha256').update('bench node').digest())
  if (bench.wanted('store-open-tpm2')) {
    const path = join(dir, 'store-tpm2')
    await (await KeyStore.create(path, protector)).close()
    await bench.measure('store-open-tpm2', { runs: 10, warmup: 1 }, async () => (await KeyStore.open(path, protector)).close())
  }
  if (bench.wanted('attest-verify-tpm2') || bench.wanted('attest-quote-tpm2')) {
    const env = { ...process.env, TPM2TOOLS_TCTI: tcti }
    const tool = (name, args) => {
      execFileSync(name, args, { env, stdio: 'ignore' })
      for (const which of ['-t', '-l', '-s']) execFileSync('tpm2_flushcontext', [which], { env, stdio: 'ignore' })
    }
    const f = (name) => join(dir, name)
    const binding = { sessionId: createHash('sha256').update('bench session').digest(), peerId: '12D3KooWBench', identityPublicKey: new Uint8Array(32).fill(1) }
    tool('tpm2_createek', ['-Q', '-c', f('ek.ctx'), '-G', 'ecc', '-u', f('ek.pub')])
    tool('tpm2_createak', ['-Q', '-C', f('ek.ctx'), '-c', f('ak.ctx'), '-G', 'ecc', '-g', 'sha256', '-s', 'ecdsa', '-u', f('ak.pem'), '-f', 'pem', '-n', f('ak.name')])
    tool('tpm2_quote', ['-Q', '-c', f('ak.ctx'), '-l', 'sha256:16', '-q', Buffer.from(attestationNonce(binding)).toString('hex'), '-m', f('q.msg'), '-s', f('q.sig'), '-g', 'sha256'])
    const evidence = { quoted: await readFile(f('q.msg')), signature: await readFile(f('q.sig')), binding }
    const expected = { attestationKey: await readFile(f('ak.pem'), 'utf8'), binding, pcrs: new Map([[16, await protector.readPcr(16)]]) }
    if (bench.wanted('attest-verify-tpm2')) await bench.measure('attest-verify-tpm2', { runs: 300, warmup: 20 }, () => void verifyTpmQuote(evidence, expected))
    if (bench.wanted('attest-quote-tpm2')) {
      // as the node quotes (packages/node/src/attestation.ts): a persistent key, no flushes needed
      tool('tpm2_evictcontrol', ['-Q', '-C', 'o', '-c', f('ak.ctx'), '0x81010002'])
      const quote = ['-Q', '-c', '0x81010002', '-l', 'sha256:16', '-q', Buffer.from(attestationNonce(binding)).toString('hex'), '-m', f('q.msg'), '-s', f('q.sig'), '-g', 'sha256']
      await bench.measure('attest-quote-tpm2', { runs: 20, warmup: 2 }, () => void execFileSync('tpm2_quote', quote, { env, stdio: 'ignore' }))
    }
  }
}

async function nitro(bench) {
  const fixture = fileURLToPath(new URL('../../packages/attest/test/fixtures/nitro-attestation.b64', import.meta.url))
  const doc = Buffer.from((await readFile(fixture, 'utf8')).trim(), 'base64')
  const hex = (h) => Buffer.from(h, 'hex')
  const expected = {
    pcrs: new Map([[3, [hex('671ca1e328f75015b2aeee60639cc5252bc835d8bb690444d1f8e2bf4260f73dc1b71e07a14a770c7d0becac6eb3b53f')]]]),
    nonce: hex('0000000000000000000000000000000000000001'),
    allowDebug: true,
  }
  await bench.measure('attest-verify-nitro', { runs: 300, warmup: 20 }, () => void verifyNitroDocument(doc, expected))
}
