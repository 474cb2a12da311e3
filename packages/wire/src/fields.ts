import { WireError } from './errors.js'

/**
 * Field checks for decoders. Each returns the checked value or throws WireError
 * ('invalid-field') naming the field. Byte fields are copied out of the input, so
 * a decoded value never aliases a network buffer that may be reused.
 */

export type Size = number | { readonly min: number; readonly max: number }

export function bytes(value: Uint8Array | null | undefined, field: string, size: Size): Uint8Array {
  const got = value ?? new Uint8Array(0)
  const [min, max] = typeof size === 'number' ? [size, size] : [size.min, size.max]
  if (got.length < min || got.length > max) {
    const want = min === max ? `${min}` : `${min}..${max}`
    throw new WireError('invalid-field', `${field} must be ${want} bytes, got ${got.length}`, field)
  }
  return Uint8Array.from(got)
}

export function uint(value: number | null | undefined, field: string, min: number, max: number): number {
  const got = value ?? 0
  if (!Number.isInteger(got) || got < min || got > max) {
    throw new WireError('invalid-field', `${field} must be an integer in ${min}..${max}, got ${got}`, field)
  }
  return got
}

export function list<T>(value: readonly T[] | null | undefined, field: string, min: number, max: number): T[] {
  const got = value ?? []
  if (got.length < min || got.length > max) {
    throw new WireError('invalid-field', `${field} must hold ${min}..${max} entries, got ${got.length}`, field)
  }
  return [...got]
}

export function present<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined) throw new WireError('invalid-field', `${field} is missing`, field)
  return value
}

/** Entries of a list must be distinct (compared by string form). */
export function distinct<T>(values: readonly T[], field: string, key: (v: T) => string = String): T[] {
  const seen = new Set<string>()
  for (const v of values) {
    const k = key(v)
    if (seen.has(k)) throw new WireError('invalid-field', `${field} repeats an entry`, field)
    seen.add(k)
  }
  return [...values]
}

/** Maps an enum number to its name; 0 (unspecified) and unknown numbers are refused. */
export function enumName<N extends string>(value: number | null | undefined, field: string, names: Readonly<Record<number, N>>): N {
  const name = value === null || value === undefined ? undefined : names[value]
  if (name === undefined) throw new WireError('invalid-field', `${field} has no valid value (${value ?? 0})`, field)
  return name
}

/** The reverse of enumName, for encoders. */
export function enumNumber<N extends string>(name: N, names: Readonly<Record<number, N>>): number {
  for (const [k, v] of Object.entries(names)) if (v === name) return Number(k)
  throw new RangeError(`no wire number for ${name}`)
}
