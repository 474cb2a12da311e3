/*
 * CGGMP message payloads as plain data. Proofs are objects of bigint and curve-point
 * fields (the proof modules' contract), possibly in arrays or nested objects; a
 * message carries them packed: points as 33-byte compressed encodings, everything
 * else as is. Plain data survives the simulator's structured cloning and maps field
 * for field onto a wire codec. Unpacking is where received values are first checked:
 * only bigints of at most MAX_INTEGER_BITS, valid non-identity points, arrays and
 * plain objects get through, so a proof verifier sees nothing else.
 */
import { bitLength, toBytes } from './arith.js'
import { Point, decodeCurvePoint, type CurvePoint } from './group.js'
import { MAX_INTEGER_BITS } from './params.js'
import { Transcript, type ProofContext } from './transcript.js'

export type Packed = bigint | Uint8Array | readonly Packed[] | { readonly [field: string]: Packed }

/** Nesting deeper than this is refused (proofs are at most an array of small records). */
const MAX_DEPTH = 4
/** Longest array a proof may hold: Π^mod and Π^prm carry M = 128 entries per field. */
const MAX_ARRAY = 256

export function pack(value: unknown): Packed {
  if (typeof value === 'bigint') return value
  if (value instanceof Point) return value.toBytes(true)
  if (Array.isArray(value)) return value.map(pack)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pack(v)]))
  }
  throw new TypeError('pack: proofs hold bigints and curve points only')
}

/** The proof (or statement part) in `value`, structure-checked; throws RangeError on anything else. */
export function unpack<T>(value: unknown, what: string): T {
  return unpackAt(value, what, 0) as T
}

function unpackAt(value: unknown, what: string, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new RangeError(`${what}: nested too deeply`)
  if (typeof value === 'bigint') {
    if (bitLength(value) > MAX_INTEGER_BITS) throw new RangeError(`${what}: integer longer than ${MAX_INTEGER_BITS} bits`)
    return value
  }
  if (value instanceof Uint8Array) return decodeCurvePoint(value, what)
  if (Array.isArray(value)) {
    if (value.length > MAX_ARRAY) throw new RangeError(`${what}: array longer than ${MAX_ARRAY}`)
    return value.map((v) => unpackAt(v, what, depth + 1))
  }
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unpackAt(v, what, depth + 1)]))
  }
  throw new RangeError(`${what}: malformed`)
}

/** A received integer: a bigint in [0, bound), or a RangeError naming `what`. */
export function boundedInt(value: unknown, bound: bigint, what: string): bigint {
  if (typeof value !== 'bigint' || value < 0n || value >= bound) throw new RangeError(`${what}: not an integer in range`)
  return value
}

/** A received byte string of exactly `length` bytes. */
export function fixedBytes(value: unknown, length: number, what: string): Uint8Array {
  if (!(value instanceof Uint8Array) || value.length !== length) throw new RangeError(`${what}: must be ${length} bytes`)
  return value
}

/** A received array of exactly `length` entries. */
export function fixedArray(value: unknown, length: number, what: string): readonly unknown[] {
  if (!Array.isArray(value) || value.length !== length) throw new RangeError(`${what}: must list ${length} entries`)
  return value
}

/**
 * A 32-byte hash of labelled packed values under `domain`, bound to `ctx` (session and
 * party): the length-prefixed, type-tagged encoding of the proof transcripts, so no two
 * different inputs hash alike. Used for commitments and broadcast echoes.
 */
export function hashPacked(domain: string, ctx: ProofContext, fields: Readonly<Record<string, Packed | CurvePoint>>): Uint8Array {
  const t = new Transcript(domain, ctx)
  const put = (label: string, v: Packed | CurvePoint): void => {
    if (typeof v === 'bigint') t.int(label, v)
    else if (v instanceof Uint8Array) t.bytes(label, v)
    else if (v instanceof Point) t.point(label, v)
    else if (Array.isArray(v)) {
      t.int(`${label}#`, BigInt(v.length))
      v.forEach((x, i) => put(`${label}[${i}]`, x))
    } else {
      const entries = Object.entries(v as Record<string, Packed>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      t.int(`${label}{}`, BigInt(entries.length))
      for (const [k, x] of entries) put(`${label}.${k}`, x)
    }
  }
  for (const [label, v] of Object.entries(fields)) put(label, v)
  return toBytes(t.challengeBelow(1n << 256n), 32)
}
