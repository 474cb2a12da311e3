import { TpmReader } from '../bytes.js'
import { AttestationError } from '../errors.js'

/**
 * The TPM 2.0 structures a quote is made of (TPM 2.0 Library, Part 2: Structures):
 * TPMS_ATTEST (10.12.12) with TPMS_QUOTE_INFO (10.12.4), TPML_PCR_SELECTION (10.9.7)
 * and TPMT_SIGNATURE (11.3.4). All integers are big-endian.
 */
export const TPM_GENERATED_VALUE = 0xff544347
export const TPM_ST_ATTEST_QUOTE = 0x8018
export const TPM_ALG = { RSASSA: 0x0014, ECDSA: 0x0018, SHA256: 0x000b, SHA384: 0x000c } as const

export interface PcrSelection {
  readonly hash: number
  /** PCR indexes in ascending order. */
  readonly pcrs: readonly number[]
}

export interface TpmsAttest {
  readonly qualifiedSigner: Uint8Array
  /** The qualifying data given to TPM2_Quote: our nonce. */
  readonly extraData: Uint8Array
  readonly clock: bigint
  readonly resetCount: number
  readonly restartCount: number
  readonly safe: boolean
  readonly firmwareVersion: bigint
  readonly pcrSelections: readonly PcrSelection[]
  /** Hash, under the signing scheme's hash, of the selected PCR values in selection order. */
  readonly pcrDigest: Uint8Array
}

export type TpmtSignature =
  | { readonly alg: 'ecdsa'; readonly hash: number; readonly r: Uint8Array; readonly s: Uint8Array }
  | { readonly alg: 'rsassa'; readonly hash: number; readonly signature: Uint8Array }

/** Parses a quote's TPMS_ATTEST exactly (no trailing bytes). */
export function parseQuoteAttest(bytes: Uint8Array): TpmsAttest {
  return strictly('TPMS_ATTEST', bytes, (r) => {
    if (r.u32() !== TPM_GENERATED_VALUE) throw new AttestationError('malformed', 'TPMS_ATTEST magic is not TPM_GENERATED_VALUE (not made by a TPM)')
    if (r.u16() !== TPM_ST_ATTEST_QUOTE) throw new AttestationError('malformed', 'TPMS_ATTEST is not a quote (type != TPM_ST_ATTEST_QUOTE)')
    const qualifiedSigner = r.sized()
    const extraData = r.sized()
    const clock = r.u64()
    const resetCount = r.u32()
    const restartCount = r.u32()
    const safe = r.u8() === 1
    const firmwareVersion = r.u64()
    const pcrSelections = parsePcrSelections(r)
    const pcrDigest = r.sized()
    return { qualifiedSigner, extraData, clock, resetCount, restartCount, safe, firmwareVersion, pcrSelections, pcrDigest }
  })
}

/** Parses a TPMT_SIGNATURE (tpm2_quote's default "tss" format). */
export function parseSignature(bytes: Uint8Array): TpmtSignature {
  return strictly('TPMT_SIGNATURE', bytes, (r): TpmtSignature => {
    const alg = r.u16()
    const hash = r.u16()
    if (alg === TPM_ALG.ECDSA) return { alg: 'ecdsa', hash, r: r.sized(), s: r.sized() }
    if (alg === TPM_ALG.RSASSA) return { alg: 'rsassa', hash, signature: r.sized() }
    throw new AttestationError('unsupported-algorithm', `signature algorithm 0x${alg.toString(16)} (ECDSA and RSASSA are accepted)`)
  })
}

function parsePcrSelections(r: TpmReader): PcrSelection[] {
  const count = r.u32()
  if (count > 16) throw new AttestationError('malformed', `TPML_PCR_SELECTION claims ${count} banks`)
  const out: PcrSelection[] = []
  for (let i = 0; i < count; i++) {
    const hash = r.u16()
    const bitmap = r.take(r.u8())
    const pcrs: number[] = []
    bitmap.forEach((byte, j) => {
      for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) pcrs.push(8 * j + bit)
    })
    out.push({ hash, pcrs })
  }
  return out
}

function strictly<T>(what: string, bytes: Uint8Array, parse: (r: TpmReader) => T): T {
  const reader = new TpmReader(bytes)
  let out: T
  try {
    out = parse(reader)
  } catch (err) {
    if (err instanceof RangeError) throw new AttestationError('malformed', `${what} is truncated`)
    throw err
  }
  if (!reader.done) throw new AttestationError('malformed', `${what} has trailing bytes`)
  return out
}
