import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  KeyStore,
  PassphraseProtector,
  PcrPolicyError,
  ProtectorMismatchError,
  Tpm2Protector,
  TpmUnreachableError,
  WrappedKeyInvalidError,
  expectedMeasurementPcr,
  measureNode,
} from '../src/index.js'
import { LOW_KDF, PASS, PASSPHRASE_BLOB_OFFSET, editRaw, expectNothingInClear, hex, randomSecret, storePath } from './helpers.js'
import { softTpm } from './swtpm.js'

const sha256 = (s: string) => new Uint8Array(createHash('sha256').update(s).digest())

describe('tpm2 protector (swtpm)', () => {
  it('seals the data key to PCR 16 after a measurement, and opens while the measurement holds', async () => {
    const tpm = await softTpm()
    const protector = new Tpm2Protector({ tcti: tpm.tcti })
    const measurement = sha256('node package and config v1')
    await protector.measure(measurement)
    expect(hex(await protector.readPcr(16))).toBe(hex(expectedMeasurementPcr(measurement)))
    // tpm2-tools' own reading agrees.
    const shown = execFileSync('tpm2_pcrread', ['sha256:16'], { env: { ...process.env, TPM2TOOLS_TCTI: tpm.tcti } }).toString()
    expect(shown).toContain(`0x${hex(expectedMeasurementPcr(measurement)).toUpperCase()}`)

    const path = await storePath()
    const secret = randomSecret()
    const store = await KeyStore.create(path, protector)
    expect(store.protection).toBe('tpm2')
    await store.putShare('k', { meta: { scheme: 'bip340' }, secret })
    await store.close()

    // A restart re-measures the same state: PCR 16 is reset and extended to the same value.
    // Opened more times than the TPM has session slots: every unseal's policy session is flushed.
    await protector.measure(measurement)
    for (let i = 0; i < 5; i++) {
      const again = await KeyStore.open(path, new Tpm2Protector({ tcti: tpm.tcti }))
      expect(hex((await again.getShare('k')).secret)).toBe(hex(secret))
      await again.close()
    }
    // Nothing is left loaded in the TPM: no transient object, no session.
    for (const handles of ['handles-transient', 'handles-loaded-session', 'handles-saved-session']) {
      expect(execFileSync('tpm2_getcap', [handles], { env: { ...process.env, TPM2TOOLS_TCTI: tpm.tcti } }).toString().trim(), handles).toBe('')
    }
    await expectNothingInClear([path, tpm.dir], [secret])
  })

  it('refuses to open after a PCR extend, with the PCR policy error', async () => {
    const tpm = await softTpm()
    const protector = new Tpm2Protector({ tcti: tpm.tcti })
    await protector.measure(sha256('v1'))
    const path = await storePath()
    await (await KeyStore.create(path, protector)).close()

    execFileSync('tpm2_pcrextend', [`16:sha256=${hex(sha256('something else ran'))}`], { env: { ...process.env, TPM2TOOLS_TCTI: tpm.tcti } })
    await expect(KeyStore.open(path, protector)).rejects.toThrow(PcrPolicyError)
    // Another measured state (a changed package or config) is refused the same way.
    await protector.measure(sha256('v2'))
    const err = await KeyStore.open(path, protector).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PcrPolicyError)
    expect((err as Error).message).toMatch(/^the TPM refused to unseal: the PCRs do not hold the values the data key was sealed to/)
    // Back in the measured state, it opens.
    await protector.measure(sha256('v1'))
    await (await KeyStore.open(path, protector)).close()
  })

  it('refuses a modified TPM blob, a wrong protector, and an unreachable TPM', async () => {
    const tpm = await softTpm()
    const protector = new Tpm2Protector({ tcti: tpm.tcti })
    const path = await storePath()
    await (await KeyStore.create(path, protector)).close()
    await expect(KeyStore.open(path, PASS)).rejects.toThrow(ProtectorMismatchError)

    // The AES-GCM tag at the end of the blob (before the 32-byte header check), and the
    // store id, which the GCM AAD binds: refused by the unwrap itself, not the header check.
    for (const at of [(h: Uint8Array) => h.length - 32 - 3, () => 'thresh-keystore'.length + 1 + 7]) {
      await editRaw(path, 'header', (h) => void (h[at(h)]! ^= 1))
      await expect(KeyStore.open(path, protector)).rejects.toThrow(new WrappedKeyInvalidError(`store at ${path}: the TPM-wrapped data key failed authentication (modified?)`))
      await editRaw(path, 'header', (h) => void (h[at(h)]! ^= 1))
    }
    // The sealed object's public area (its policy digest lives there): the TPM refuses to load it.
    await editRaw(path, 'header', (h) => void (h[PASSPHRASE_BLOB_OFFSET + 1 + 1 + 2 + 40]! ^= 1))
    await expect(KeyStore.open(path, protector)).rejects.toThrow(/tpm2_load failed|failed authentication/)
    await editRaw(path, 'header', (h) => void (h[PASSPHRASE_BLOB_OFFSET + 1 + 1 + 2 + 40]! ^= 1))
    await (await KeyStore.open(path, protector)).close()

    await tpm.stop()
    await expect(KeyStore.open(path, protector)).rejects.toThrow(TpmUnreachableError)
    await expect(KeyStore.open(path, new Tpm2Protector({ tcti: 'device:/dev/no-such-tpm' }))).rejects.toThrow(TpmUnreachableError)
  })

  it('rewraps passphrase -> tpm2 -> passphrase with the data intact', async () => {
    const tpm = await softTpm()
    const path = await storePath()
    const secret = randomSecret()
    const store = await KeyStore.create(path, PASS, { kdf: LOW_KDF })
    await store.putSecret('identity', secret)
    await store.rewrap(new Tpm2Protector({ tcti: tpm.tcti }))
    await store.close()
    const sealed = await KeyStore.open(path, new Tpm2Protector({ tcti: tpm.tcti }))
    expect(hex(await sealed.getSecret('identity'))).toBe(hex(secret))
    await sealed.rewrap(new PassphraseProtector('after', LOW_KDF))
    await sealed.close()
    const back = await KeyStore.open(path, 'after')
    expect(hex(await back.getSecret('identity'))).toBe(hex(secret))
    await back.close()
  })
})

describe('measureNode', () => {
  it('changes with any file of the package or the config, and ignores node_modules', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thresh-measure-'))
    try {
      await mkdir(join(dir, 'dist'))
      await mkdir(join(dir, 'node_modules'))
      await writeFile(join(dir, 'package.json'), '{"name":"@thresh/node"}')
      await writeFile(join(dir, 'dist', 'cli.js'), 'console.log(1)')
      const config = Buffer.from('{"listen":"/ip4/127.0.0.1/tcp/0"}')
      const base = hex(await measureNode({ packageDir: dir, config }))
      expect(hex(await measureNode({ packageDir: dir, config }))).toBe(base)
      await writeFile(join(dir, 'node_modules', 'x.js'), 'ignored')
      expect(hex(await measureNode({ packageDir: dir, config }))).toBe(base)
      expect(hex(await measureNode({ packageDir: dir, config: Buffer.from('{}') }))).not.toBe(base)
      await writeFile(join(dir, 'dist', 'cli.js'), 'console.log(2)')
      expect(hex(await measureNode({ packageDir: dir, config }))).not.toBe(base)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
