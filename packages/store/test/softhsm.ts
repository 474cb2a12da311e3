import { execFileSync } from 'node:child_process'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

/** Debian's softhsm2 package puts its module here. */
export const SOFTHSM_MODULE = '/usr/lib/softhsm/libsofthsm2.so'
export const USER_PIN = '246810'

export interface SoftToken {
  readonly dir: string
  /** The token directory (what a stolen disk would hold). */
  readonly tokens: string
  readonly label: string
  readonly pinFile: string
  /** A URI naming this token and key `keyLabel`, with the module path. */
  uri(keyLabel?: string, extra?: string): string
}

const made: string[] = []
const savedConf = process.env.SOFTHSM2_CONF
afterEach(async () => {
  if (savedConf === undefined) delete process.env.SOFTHSM2_CONF
  else process.env.SOFTHSM2_CONF = savedConf
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

/**
 * A fresh SoftHSM2 token in its own temp directory (removed after the test), initialized
 * with softhsm2-util. SOFTHSM2_CONF points this process (and children that inherit the
 * environment) at it; the module rereads it at every C_Initialize.
 */
export async function softToken(label = 'thresh-test'): Promise<SoftToken> {
  const dir = await mkdtemp(join(tmpdir(), 'thresh-softhsm-'))
  made.push(dir)
  const tokens = join(dir, 'tokens')
  await mkdir(tokens)
  const conf = join(dir, 'softhsm2.conf')
  await writeFile(conf, `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n`)
  process.env.SOFTHSM2_CONF = conf
  execFileSync('softhsm2-util', ['--init-token', '--free', '--label', label, '--pin', USER_PIN, '--so-pin', '13579111'], {
    env: { ...process.env, SOFTHSM2_CONF: conf },
    stdio: 'ignore',
  })
  const pinFile = join(dir, 'pin')
  await writeFile(pinFile, `${USER_PIN}\n`, { mode: 0o600 })
  return {
    dir,
    tokens,
    label,
    pinFile,
    uri: (keyLabel = 'store-key', extra = '') => `pkcs11:token=${label};object=${keyLabel};type=secret-key?module-path=${SOFTHSM_MODULE}${extra}`,
  }
}
