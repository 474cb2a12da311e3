/**
 * PKCS#11 URIs (RFC 7512), the subset a store's wrapping key needs:
 *
 *   pkcs11:token=thresh;object=store-key;type=secret-key?module-path=/usr/lib/softhsm/libsofthsm2.so&pin-source=file:/etc/thresh/pin
 *
 * Path attributes select the token (token, manufacturer, serial, model, slot-id) and the
 * key (object = CKA_LABEL, id = CKA_ID); the query names the module and where the PIN
 * comes from. A PIN written into the URI (pin-value) is refused: it would end up in a
 * config file, argv or a log. Unknown attributes are refused rather than ignored, so a
 * typo cannot widen the token match.
 */
export interface Pkcs11Uri {
  readonly token?: string
  readonly manufacturer?: string
  readonly serial?: string
  readonly model?: string
  readonly slotId?: bigint
  /** The key's CKA_LABEL. */
  readonly object: string
  /** The key's CKA_ID, when given. */
  readonly id?: Uint8Array
  readonly modulePath?: string
  /** A file holding the PIN (pin-source=file:/path or an absolute path). */
  readonly pinFile?: string
}

const PATH_ATTRIBUTES = new Set(['token', 'manufacturer', 'serial', 'model', 'slot-id', 'object', 'id', 'type'])
const QUERY_ATTRIBUTES = new Set(['module-path', 'pin-source'])

export class Pkcs11UriError extends TypeError {}

export function parsePkcs11Uri(uri: string): Pkcs11Uri {
  if (typeof uri !== 'string' || !uri.startsWith('pkcs11:')) throw new Pkcs11UriError('a PKCS#11 URI starts with "pkcs11:"')
  const body = uri.slice('pkcs11:'.length)
  const q = body.indexOf('?')
  const pathBytes = attributes(q < 0 ? body : body.slice(0, q), ';', PATH_ATTRIBUTES, 'path')
  const queryBytes = attributes(q < 0 ? '' : body.slice(q + 1), '&', QUERY_ATTRIBUTES, 'query')
  const text = (map: Map<string, Buffer>) => ({ get: (name: string) => map.get(name)?.toString('utf8') })
  const path = text(pathBytes)
  const query = text(queryBytes)

  const type = path.get('type')
  if (type !== undefined && type !== 'secret-key') throw new Pkcs11UriError(`the wrapping key is a secret key (type=secret-key), not type=${type}`)
  const object = path.get('object')
  if (!object) throw new Pkcs11UriError('the PKCS#11 URI must name the key with object=<label>')
  const slot = path.get('slot-id')
  if (slot !== undefined && !/^\d{1,20}$/.test(slot)) throw new Pkcs11UriError('slot-id must be a decimal number')
  const id = pathBytes.get('id')
  const pinSource = query.get('pin-source')
  return {
    token: path.get('token'),
    manufacturer: path.get('manufacturer'),
    serial: path.get('serial'),
    model: path.get('model'),
    slotId: slot === undefined ? undefined : BigInt(slot),
    object,
    id: id === undefined ? undefined : Uint8Array.from(id),
    modulePath: query.get('module-path'),
    pinFile: pinSource === undefined ? undefined : pinFile(pinSource),
  }
}

function attributes(part: string, separator: string, allowed: ReadonlySet<string>, where: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  if (part === '') return out
  for (const pair of part.split(separator)) {
    const eq = pair.indexOf('=')
    const name = eq < 0 ? pair : pair.slice(0, eq)
    if (name === 'pin-value') throw new Pkcs11UriError('pin-value is refused: give the PIN in a file (pin-source) or an environment variable')
    if (!allowed.has(name)) throw new Pkcs11UriError(`unsupported PKCS#11 URI ${where} attribute "${name}"`)
    if (out.has(name)) throw new Pkcs11UriError(`PKCS#11 URI attribute "${name}" appears twice`)
    out.set(name, percentDecode(eq < 0 ? '' : pair.slice(eq + 1)))
  }
  return out
}

/** RFC 3986 percent-decoding to bytes (an id is bytes; labels are UTF-8). */
function percentDecode(value: string): Buffer {
  if (/%(?![0-9a-fA-F]{2})/.test(value)) throw new Pkcs11UriError('malformed percent-encoding in PKCS#11 URI')
  const bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '%') {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(value[i]!, 'utf8'))
    }
  }
  return Buffer.from(bytes)
}

function pinFile(source: string): string {
  const path = source.startsWith('file:') ? source.slice('file:'.length) : source
  if (!path.startsWith('/')) throw new Pkcs11UriError('pin-source must be an absolute path or a file: URI')
  return path
}
