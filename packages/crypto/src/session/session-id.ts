import { sha256 } from '@noble/hashes/sha2.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'

/** One field of a canonical request: each kind is tagged, so no two requests encode alike. */
export type CanonicalField = Uint8Array | string | number | readonly number[]

const DOMAIN = utf8ToBytes('thresh/session-id/v1')

function encodeField(field: CanonicalField): Uint8Array {
  let tag: number
  let body: Uint8Array
  if (field instanceof Uint8Array) {
    tag = 1
    body = field
  } else if (typeof field === 'string') {
    tag = 2
    body = utf8ToBytes(field)
  } else if (typeof field === 'number') {
    if (!Number.isSafeInteger(field) || field < 0) throw new RangeError('canonical numbers are non-negative safe integers')
    tag = 3
    body = new Uint8Array(8)
    new DataView(body.buffer).setBigUint64(0, BigInt(field))
  } else {
    tag = 4
    body = new Uint8Array(field.length * 4)
    const view = new DataView(body.buffer)
    field.forEach((v, i) => {
      if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new RangeError('canonical lists hold uint32 values')
      view.setUint32(i * 4, v)
    })
  }
  const out = new Uint8Array(5 + body.length)
  out[0] = tag
  new DataView(out.buffer).setUint32(1, body.length)
  out.set(body, 5)
  return out
}

/**
 * Session id = SHA-256 over a tagged, length-prefixed encoding of the canonical request
 * (protocol kind first). Parties given different requests derive different ids, so they
 * can never complete the same session.
 */
export function sessionId(kind: string, ...fields: CanonicalField[]): Uint8Array {
  const h = sha256.create().update(DOMAIN)
  for (const f of [kind, ...fields]) h.update(encodeField(f))
  return h.digest()
}
