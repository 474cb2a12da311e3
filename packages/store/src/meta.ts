import { utf8 } from './bytes.js'

/** A JSON value, as kept in a share's public metadata. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue }

/** Public metadata of a key share (scheme, threshold, committee, group key…), stored in clear. */
export type ShareMeta = { readonly [key: string]: JsonValue }

/**
 * Serializes metadata, refusing anything JSON would silently change (a Uint8Array
 * becomes an index map, undefined vanishes, NaN becomes null, a bigint throws late).
 */
export function encodeMeta(meta: ShareMeta): Uint8Array {
  if (!isPlainObject(meta)) throw new TypeError('share meta must be a plain JSON object')
  checkJson(meta, 'meta')
  return utf8(JSON.stringify(meta))
}

export function decodeMeta(bytes: Uint8Array): ShareMeta {
  return JSON.parse(Buffer.from(bytes).toString('utf8')) as ShareMeta
}

function checkJson(value: unknown, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${path} is not a finite number`)
    return
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkJson(v, `${path}[${i}]`))
    return
  }
  if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) checkJson(v, `${path}.${k}`)
    return
  }
  const kind = value instanceof Uint8Array ? 'a Uint8Array (encode bytes as hex)' : typeof value
  throw new TypeError(`${path} is ${kind}, which is not JSON`)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
