/*
 * Wire codecs of the CGGMP sessions (packages/crypto/src/cggmp: aux-info, presign,
 * sign, and the identification rounds of the last two): proto CggmpPayload, a message
 * type and its fields as a tree of integers, byte strings, lists and records. Every
 * message type has a schema here — its exact field names, each field's kind and bound —
 * and decoding checks the whole tree against it before the engine sees anything:
 *
 *   modulus   N of an aux reveal: exactly PAILLIER_BITS (2048) bits, odd
 *   below-N   s, t of an aux reveal: fewer bits than N (the engine checks < N)
 *   cipher    a Paillier ciphertext: at most 2·PAILLIER_BITS (4096) bits (engine: < N_j², unit)
 *   scalar    δ_i, σ_i: below the secp256k1 order q
 *   point     33-byte compressed secp256k1 point, on the curve, not the identity
 *   bytes32   commitments, echoes, ρ, u
 *   ciphers   a list of exactly signers − 1 ciphertexts
 *   proof     a ZK proof as the engine packs it (payload.ts Packed): a record of at most
 *             MAX_PROOF_FIELDS fields, nested at most MAX_DEPTH deep, lists of at most
 *             MAX_PROOF_LIST entries (Π^mod and Π^prm: M = 128), signed integers of at
 *             most MAX_INTEGER_BITS (2·2048 + ℓ + ε + 64 = 4928) bits: Π^fac's widest
 *             response is ±2^(ℓ+ε)·N0·N̂, byte strings only as points; each
 *             verifier then checks its responses' exact ranges (range-checks.ts)
 *
 * Integers have one encoding (big-endian, no leading zero byte, zero empty and never
 * negative), record fields ascend strictly and the codec re-encodes every frame, so a
 * value has exactly one encoding. A frame that fails any of this does not decode, and
 * byteSession aborts the session naming its sender.
 */
import { MAX_INTEGER_BITS as CGGMP_MAX_INTEGER_BITS, PAILLIER_BITS as CGGMP_PAILLIER_BITS, q as Q, type CggmpAuxMessage, type CggmpPresignMessage, type CggmpSignMessage } from '@thresh/crypto'
import { thresh } from '../gen/thresh.js'
import { protoCodec, type Codec } from './codec.js'
import { WireError } from './errors.js'
import { MAX_PARTIES } from './limits.js'
import { validPoint } from './points.js'
import { checkCount } from './payloads/sizes.js'

/** Deepest nesting of a proof (a list of records of integers is 2). */
export const CGGMP_MAX_DEPTH = 4
/** Most entries of one list inside a proof (Π^mod / Π^prm repeat M = 128 times). */
export const CGGMP_MAX_PROOF_LIST = 256
/** Most fields of one record inside a proof. */
export const CGGMP_MAX_PROOF_FIELDS = 16
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,31}$/

type Kind =
  | 'modulus' | 'below-n' | 'cipher' | 'scalar' | 'point' | 'bytes32' | 'ciphers' | 'proof'

type Schema = Readonly<Record<string, Readonly<Record<string, Kind>>>>

const AUX_SCHEMA: Schema = {
  'cggmp/aux-commit': { commitment: 'bytes32' },
  'cggmp/aux-reveal': { N: 'modulus', s: 'below-n', t: 'below-n', prm: 'proof', rho: 'bytes32', u: 'bytes32' },
  'cggmp/aux-mod': { mod: 'proof' },
  'cggmp/aux-fac': { fac: 'proof' },
}

const PRESIGN_SCHEMA: Schema = {
  'cggmp/presign-k': { K: 'cipher', G: 'cipher' },
  'cggmp/presign-enc': { enc: 'proof' },
  'cggmp/presign-gamma': { Gamma: 'point', D: 'ciphers', F: 'ciphers', Dhat: 'ciphers', Fhat: 'ciphers', echo: 'bytes32' },
  'cggmp/presign-mta': { affG: 'proof', affGHat: 'proof', logStar: 'proof' },
  'cggmp/presign-delta': { delta: 'scalar', Delta: 'point', echo: 'bytes32' },
  'cggmp/presign-delta-proof': { logStar: 'proof' },
  'cggmp/presign-blame': { H: 'cipher', mul: 'proof' },
  'cggmp/presign-blame-dec': { dec: 'proof' },
}

const SIGN_SCHEMA: Schema = {
  'cggmp/sign-sigma': { sigma: 'scalar' },
  'cggmp/sign-blame': { H: 'cipher' },
  'cggmp/sign-blame-proof': { mulStar: 'proof', dec: 'proof' },
}

/** The schemas, for tests and docs: message type -> field -> kind. */
export const CGGMP_SCHEMAS = { aux: AUX_SCHEMA, presign: PRESIGN_SCHEMA, sign: SIGN_SCHEMA } as const

type WireValue = thresh.v1.CggmpValue.$Properties
type Tree = bigint | Uint8Array | readonly Tree[] | { readonly [k: string]: Tree }

function intBytes(v: bigint): Uint8Array {
  const m = v < 0n ? -v : v
  if (m === 0n) return new Uint8Array(0)
  let hex = m.toString(16)
  if (hex.length % 2) hex = `0${hex}`
  return new Uint8Array(Buffer.from(hex, 'hex'))
}

function bitLen(v: bigint): number {
  return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length
}

function toWire(v: Tree): WireValue {
  if (typeof v === 'bigint') return v < 0n ? { neg: intBytes(v) } : { uint: intBytes(v) }
  if (v instanceof Uint8Array) return { raw: v }
  if (Array.isArray(v)) return { list: { items: v.map(toWire) } }
  const entries = Object.entries(v as Record<string, Tree>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return { record: { fields: entries.map(([name, value]) => ({ name, value: toWire(value) })) } }
}

const bad = (field: string, why: string): never => {
  throw new WireError('invalid-field', `${field}: ${why}`, field)
}

/** A wire integer of at most `maxBits` bits; negative only when `signed`. */
function intFromWire(v: WireValue | null | undefined, field: string, maxBits: number, signed: boolean): bigint {
  const arm = (v as { v?: string } | null | undefined)?.v
  if (arm !== 'uint' && !(signed && arm === 'neg')) bad(field, signed ? 'must be an integer' : 'must be a non-negative integer')
  const raw = (arm === 'uint' ? v!.uint : v!.neg) ?? new Uint8Array(0)
  if (raw.length > Math.ceil(maxBits / 8) + 1) bad(field, `integer longer than ${maxBits} bits`)
  if (raw.length > 0 && raw[0] === 0) bad(field, 'integer has a leading zero byte')
  if (arm === 'neg' && raw.length === 0) bad(field, 'negative zero')
  const m = raw.length === 0 ? 0n : BigInt(`0x${Buffer.from(raw).toString('hex')}`)
  if (bitLen(m) > maxBits) bad(field, `integer longer than ${maxBits} bits`)
  return arm === 'neg' ? -m : m
}

function rawFromWire(v: WireValue | null | undefined, field: string, length: number): Uint8Array {
  if ((v as { v?: string } | null | undefined)?.v !== 'raw') bad(field, 'must be a byte string')
  const raw = v!.raw ?? new Uint8Array(0)
  if (raw.length !== length) bad(field, `must be ${length} bytes, got ${raw.length}`)
  return new Uint8Array(raw)
}

function pointFromWire(v: WireValue | null | undefined, field: string): Uint8Array {
  return validPoint('secp256k1', rawFromWire(v, field, 33), field)
}

function listFromWire(v: WireValue | null | undefined, field: string, min: number, max: number): WireValue[] {
  if ((v as { v?: string } | null | undefined)?.v !== 'list') bad(field, 'must be a list')
  const items = v!.list?.items ?? []
  if (items.length < min || items.length > max) bad(field, min === max ? `must list ${min} entries, got ${items.length}` : `must list ${min}..${max} entries, got ${items.length}`)
  return items
}

function recordFromWire(fields: thresh.v1.CggmpField.$Properties[] | null | undefined, field: string, maxFields: number): Map<string, WireValue> {
  const list = fields ?? []
  if (list.length > maxFields) bad(field, `more than ${maxFields} fields`)
  const out = new Map<string, WireValue>()
  let last = ''
  for (const f of list) {
    const name = f.name ?? ''
    if (!FIELD_NAME.test(name)) bad(field, 'a field name is malformed')
    if (out.size > 0 && name <= last) bad(field, 'field names must ascend strictly')
    last = name
    out.set(name, f.value ?? {})
  }
  return out
}

/** A proof subtree: signed integers, points, lists and records within the bounds above. */
function proofFromWire(v: WireValue | null | undefined, field: string, depth: number): Tree {
  if (depth > CGGMP_MAX_DEPTH) bad(field, 'proof nested too deeply')
  const arm = (v as { v?: string } | null | undefined)?.v
  switch (arm) {
    case 'uint':
    case 'neg':
      return intFromWire(v, field, CGGMP_MAX_INTEGER_BITS, true)
    case 'raw':
      return pointFromWire(v, field)
    case 'list':
      return listFromWire(v, field, 0, CGGMP_MAX_PROOF_LIST).map((x, i) => proofFromWire(x, `${field}[${i}]`, depth + 1))
    case 'record': {
      const rec = recordFromWire(v!.record?.fields, field, CGGMP_MAX_PROOF_FIELDS)
      return Object.fromEntries([...rec].map(([name, x]) => [name, proofFromWire(x, `${field}.${name}`, depth + 1)]))
    }
    default:
      return bad(field, 'missing value')
  }
}

function fieldFromWire(kind: Kind, v: WireValue, field: string, signers: number): Tree {
  switch (kind) {
    case 'modulus': {
      const N = intFromWire(v, field, CGGMP_PAILLIER_BITS, false)
      if (bitLen(N) !== CGGMP_PAILLIER_BITS || (N & 1n) === 0n) bad(field, `must be an odd ${CGGMP_PAILLIER_BITS}-bit modulus`)
      return N
    }
    case 'below-n':
      return intFromWire(v, field, CGGMP_PAILLIER_BITS, false)
    case 'cipher':
      return intFromWire(v, field, 2 * CGGMP_PAILLIER_BITS, false)
    case 'scalar': {
      const x = intFromWire(v, field, 256, false)
      if (x >= Q) bad(field, 'must be below the group order')
      return x
    }
    case 'point':
      return pointFromWire(v, field)
    case 'bytes32':
      return rawFromWire(v, field, 32)
    case 'ciphers':
      return listFromWire(v, field, signers - 1, signers - 1).map((x, i) => intFromWire(x, `${field}[${i}]`, 2 * CGGMP_PAILLIER_BITS, false))
    case 'proof':
      return proofFromWire(v, field, 0)
  }
}

function schemaCodec<M extends { readonly type: string }>(name: string, schema: Schema, signers: number): Codec<M> {
  return protoCodec<M, thresh.v1.CggmpPayload.$Properties>(
    name,
    thresh.v1.CggmpPayload,
    (m) => {
      const shape = schema[m.type]
      if (!shape) throw new RangeError(`${name}: no schema for ${m.type}`)
      const body: Record<string, Tree> = {}
      for (const field of Object.keys(shape)) body[field] = (m as unknown as Record<string, Tree>)[field]!
      return { type: m.type, body: (toWire(body) as { record: thresh.v1.CggmpRecord.$Properties }).record }
    },
    (p) => {
      const type = p.type ?? ''
      const shape = Object.prototype.hasOwnProperty.call(schema, type) ? schema[type] : undefined
      if (!shape) return bad('type', 'unknown message type')
      const fields = recordFromWire(p.body?.fields, 'body', Object.keys(shape!).length)
      const out: Record<string, unknown> = { type }
      for (const [field, kind] of Object.entries(shape!)) {
        const v = fields.get(field)
        if (v === undefined) bad(`body.${field}`, 'missing')
        out[field] = fieldFromWire(kind, v!, `body.${field}`, signers)
      }
      if (fields.size !== Object.keys(shape!).length) bad('body', 'has fields its type does not')
      return out as unknown as M
    },
  )
}

/** CggmpPayload of the aux-info session (no per-session sizes: every field's bound is fixed). */
export const cggmpAuxCodec: Codec<CggmpAuxMessage> = schemaCodec<CggmpAuxMessage>('CggmpPayload(aux)', AUX_SCHEMA, 1)

/** CggmpPayload of a presign session of `signers` signers. */
export function cggmpPresignCodec(context: { readonly signers: number }): Codec<CggmpPresignMessage> {
  return schemaCodec<CggmpPresignMessage>('CggmpPayload(presign)', PRESIGN_SCHEMA, checkCount(context.signers, 'signers', 1, MAX_PARTIES))
}

/** CggmpPayload of a sign session. */
export const cggmpSignCodec: Codec<CggmpSignMessage> = schemaCodec<CggmpSignMessage>('CggmpPayload(sign)', SIGN_SCHEMA, 1)
