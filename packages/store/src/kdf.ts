import { scrypt } from 'node:crypto'
import { wipe } from './primitives.js'

/** scrypt cost parameters (RFC 7914). N must be a power of two. */
export interface KdfParams {
  readonly N: number
  readonly r: number
  readonly p: number
}

/** DESIGN.md §4: N=2^17, r=8, p=1 — 128 MiB and a few hundred ms per derivation. */
export const DEFAULT_KDF: KdfParams = Object.freeze({ N: 2 ** 17, r: 8, p: 1 })

export const SALT_LENGTH = 32
const KEY_LENGTH = 32
/** Bounds for parameters read from disk, so a crafted header cannot ask for unbounded memory. */
const MIN_LOG2_N = 10
const MAX_MEMORY = 2 ** 30
const MAX_R = 32
const MAX_P = 16

/** Why `params` is unacceptable, or undefined when it is fine. */
export function kdfProblem(params: KdfParams): string | undefined {
  const { N, r, p } = params
  if (!Number.isInteger(N) || N < 2 ** MIN_LOG2_N || (N & (N - 1)) !== 0) return `scrypt N must be a power of two >= 2^${MIN_LOG2_N} (got ${N})`
  if (!Number.isInteger(r) || r < 1 || r > MAX_R) return `scrypt r must be an integer in 1..${MAX_R} (got ${r})`
  if (!Number.isInteger(p) || p < 1 || p > MAX_P) return `scrypt p must be an integer in 1..${MAX_P} (got ${p})`
  if (128 * N * r > MAX_MEMORY) return `scrypt N=${N}, r=${r} needs more than ${MAX_MEMORY / 2 ** 20} MiB`
  return undefined
}

/** Fills in defaults and rejects bad caller-supplied parameters. */
export function resolveKdf(partial: Partial<KdfParams> | undefined, base: KdfParams = DEFAULT_KDF): KdfParams {
  const params = { N: partial?.N ?? base.N, r: partial?.r ?? base.r, p: partial?.p ?? base.p }
  const problem = kdfProblem(params)
  if (problem) throw new RangeError(problem)
  return params
}

/** The two keys derived from a passphrase: AES-256-GCM for records, HMAC-SHA256 for clear data. */
export interface MasterKeys {
  readonly enc: Uint8Array
  readonly mac: Uint8Array
}

/**
 * scrypt(passphrase, salt) -> 64 bytes, split into the encryption and MAC keys.
 * Runs on the libuv pool, so opening a store does not block the event loop.
 */
export async function deriveKeys(passphrase: string | Uint8Array, salt: Uint8Array, params: KdfParams): Promise<MasterKeys> {
  const secret = passphraseBytes(passphrase)
  const { N, r, p } = params
  // OpenSSL needs 128·r·(N + p + 2) bytes; Node's default maxmem (32 MiB) is below the default cost.
  const maxmem = 128 * r * (N + p + 2) + 2 ** 20
  try {
    const out = await new Promise<Buffer>((resolve, reject) =>
      scrypt(secret, salt, 2 * KEY_LENGTH, { N, r, p, maxmem }, (err, key) => (err ? reject(err) : resolve(key))),
    )
    return { enc: out.subarray(0, KEY_LENGTH), mac: out.subarray(KEY_LENGTH) }
  } finally {
    wipe(secret)
  }
}

export function wipeKeys(keys: MasterKeys): void {
  wipe(keys.enc, keys.mac)
}

/** A private copy of the passphrase bytes (strings are NFC-normalized UTF-8). */
function passphraseBytes(passphrase: string | Uint8Array): Buffer {
  if (typeof passphrase === 'string') {
    if (passphrase.length === 0) throw new TypeError('passphrase must not be empty')
    return Buffer.from(passphrase.normalize('NFC'), 'utf8')
  }
  if (!(passphrase instanceof Uint8Array)) throw new TypeError('passphrase must be a string or a Uint8Array')
  if (passphrase.length === 0) throw new TypeError('passphrase must not be empty')
  return Buffer.from(passphrase)
}
