import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Reader, Truncated, concat, u16, u8 } from '../bytes.js'
import { StoreFormatError, TpmError, WrappedKeyInvalidError } from '../errors.js'
import { seal, unseal, wipe } from '../primitives.js'
import type { Protector } from '../protector.js'
import { Tpm2Tools } from './tpm2-tools.js'

export interface Tpm2ProtectorOptions {
  /** The TPM's TCTI; default `device:/dev/tpmrm0` (the kernel resource manager). */
  readonly tcti?: string
  /** SHA-256 PCRs the key-encryption key is sealed to; default [16], where the node extends its measurement. */
  readonly pcrs?: readonly number[]
}

/** PCR 16 is the debug PCR: resettable from locality 0, so a node can re-measure itself at every start. */
export const MEASUREMENT_PCR = 16
export const DEFAULT_TCTI = 'device:/dev/tpmrm0'
const KEK_LENGTH = 32
const MAX_PCR = 23

/**
 * A TPM 2.0 seals a random AES-256 key-encryption key (KEK) to a PCR policy: a sealed
 * data object under the owner hierarchy's ECC primary key (re-derived from the TPM's seed
 * at every use, so nothing persists in the TPM), whose only authorization is
 * PolicyPCR over the chosen SHA-256 PCRs at their values when it was sealed. The KEK
 * wraps the data key with AES-256-GCM in this process. Blob:
 *
 *   u8 count ‖ PCR indexes ‖ u16 ‖ TPM2B_PUBLIC ‖ u16 ‖ TPM2B_PRIVATE ‖ nonce ‖ ciphertext ‖ tag
 *
 * with AAD = binding ‖ everything before the nonce. A node whose measured state changed
 * (another package or config extended into PCR 16) gets PcrPolicyError from the TPM.
 *
 * Drives tpm2-tools as child processes (Tpm2Tools): the maintained reference tools of
 * the tpm2-software project; no npm TPM library is maintained well enough to trust here.
 */
export class Tpm2Protector implements Protector {
  readonly kind = 'tpm2'
  readonly description: string
  readonly pcrs: readonly number[]
  private readonly tools: Tpm2Tools

  constructor(options: Tpm2ProtectorOptions = {}) {
    this.pcrs = checkPcrs(options.pcrs ?? [MEASUREMENT_PCR])
    this.tools = new Tpm2Tools(options.tcti ?? DEFAULT_TCTI)
    this.description = `tpm2 (${this.tools.tcti}, PCR ${this.pcrs.join(',')})`
  }

  async wrap(dataKey: Uint8Array, binding: Uint8Array): Promise<Uint8Array> {
    const kek = randomBytes(KEK_LENGTH)
    try {
      const { pub, priv } = await this.inTempDir((dir) =>
        this.tools.exclusive(async () => {
          await this.primary(dir)
          // A trial PolicyPCR session over the PCRs' current values, in one command.
          await this.tools.run('tpm2_createpolicy', ['-Q', '--policy-pcr', '-l', this.selection(), '-L', join(dir, 'policy')])
          await this.tools.run(
            'tpm2_create',
            ['-Q', '-C', join(dir, 'primary.ctx'), '-L', join(dir, 'policy'), '-a', 'fixedtpm|fixedparent', '-i', '-', '-u', join(dir, 'pub'), '-r', join(dir, 'priv')],
            kek,
          )
          return { pub: await readFile(join(dir, 'pub')), priv: await readFile(join(dir, 'priv')) }
        }),
      )
      const params = concat([u8(this.pcrs.length), Uint8Array.from(this.pcrs), u16(pub.length), pub, u16(priv.length), priv])
      return concat([params, seal(kek, dataKey, concat([binding, params]))])
    } finally {
      wipe(kek)
    }
  }

  async unwrap(blob: Uint8Array, binding: Uint8Array, what: string): Promise<Uint8Array> {
    const { pcrs, pub, priv, params, sealed } = parseBlob(blob, what)
    if (pcrs.join(',') !== this.pcrs.join(',')) throw new StoreFormatError(`${what} is sealed to PCR ${pcrs.join(',')}, not the configured PCR ${this.pcrs.join(',')}`)
    const kek = await this.inTempDir((dir) =>
      this.tools.exclusive(async () => {
        await writeFile(join(dir, 'pub'), pub)
        await writeFile(join(dir, 'priv'), priv)
        await this.primary(dir)
        await this.tools.run('tpm2_load', ['-Q', '-C', join(dir, 'primary.ctx'), '-u', join(dir, 'pub'), '-r', join(dir, 'priv'), '-c', join(dir, 'sealed.ctx')])
        return this.tools.run('tpm2_unseal', ['-c', join(dir, 'sealed.ctx'), '-p', `pcr:${this.selection()}`])
      }),
    )
    try {
      if (kek.length !== KEK_LENGTH) throw new TpmError(`${what}: the TPM unsealed ${kek.length} bytes, not a ${KEK_LENGTH}-byte key`)
      const dataKey = unseal(kek, sealed, concat([binding, params]))
      if (!dataKey) throw new WrappedKeyInvalidError(`${what}: the TPM-wrapped data key failed authentication (modified?)`)
      return dataKey
    } finally {
      wipe(kek)
    }
  }

  /**
   * Resets `pcr` (default 16) and extends it with `measurement` (32 bytes), so that it
   * holds expectedMeasurementPcr(measurement) whatever ran before. A node calls this at
   * start, before opening its store, with measureNode()'s digest.
   */
  measure(measurement: Uint8Array, pcr = MEASUREMENT_PCR): Promise<void> {
    if (measurement.length !== 32) throw new RangeError('a measurement is a 32-byte SHA-256 digest')
    checkPcrs([pcr])
    return this.tools.exclusive(async () => {
      await this.tools.run('tpm2_pcrreset', [String(pcr)])
      await this.tools.run('tpm2_pcrextend', [`${pcr}:sha256=${Buffer.from(measurement).toString('hex')}`])
    })
  }

  /** Reads one SHA-256 PCR. */
  async readPcr(pcr: number): Promise<Uint8Array> {
    checkPcrs([pcr])
    return this.inTempDir(async (dir) => {
      await this.tools.exclusive(() => this.tools.run('tpm2_pcrread', [`sha256:${pcr}`, '-o', join(dir, 'pcr')]))
      return new Uint8Array(await readFile(join(dir, 'pcr')))
    })
  }

  private selection(): string {
    return `sha256:${this.pcrs.join(',')}`
  }

  /** The owner hierarchy's default ECC P-256 primary: the same key from the same seed every time. */
  private primary(dir: string): Promise<Buffer> {
    return this.tools.run('tpm2_createprimary', ['-Q', '-C', 'o', '-g', 'sha256', '-G', 'ecc', '-c', join(dir, 'primary.ctx')])
  }

  /** A private scratch directory for context and object files (TPM-encrypted, never a secret in clear). */
  private async inTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(join(tmpdir(), 'thresh-tpm2-'))
    try {
      return await fn(dir)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
}

/** The value PCR 16 holds after a reset and one extend with `measurement`: SHA-256(0^32 ‖ measurement). */
export function expectedMeasurementPcr(measurement: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(new Uint8Array(32)).update(measurement).digest())
}

function checkPcrs(pcrs: readonly number[]): readonly number[] {
  if (pcrs.length === 0 || pcrs.length > MAX_PCR + 1) throw new RangeError('give 1..24 PCRs')
  for (const pcr of pcrs) if (!Number.isInteger(pcr) || pcr < 0 || pcr > MAX_PCR) throw new RangeError(`PCR ${pcr} is not in 0..${MAX_PCR}`)
  if (new Set(pcrs).size !== pcrs.length) throw new RangeError('PCRs must not repeat')
  return [...pcrs].sort((a, b) => a - b)
}

function parseBlob(blob: Uint8Array, what: string) {
  const reader = new Reader(blob)
  try {
    const pcrs = [...reader.take(reader.u8())]
    const pub = reader.take(reader.u16())
    const priv = reader.take(reader.u16())
    const params = blob.subarray(0, reader.position)
    return { pcrs, pub, priv, params, sealed: reader.rest() }
  } catch (err) {
    if (err instanceof Truncated) throw new StoreFormatError(`${what} has a truncated TPM blob`)
    throw err
  }
}
