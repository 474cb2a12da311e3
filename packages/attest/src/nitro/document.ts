import { decode, encode } from 'cbor2'
import { AttestationError } from '../errors.js'

/**
 * An AWS Nitro Enclaves attestation document ("Nitro Enclaves attestation process",
 * aws-nitro-enclaves-nsm-api docs/attestation_process.md): a COSE_Sign1 (RFC 9052 §4.2)
 * [protected, unprotected, payload, signature] whose protected header is {1: -35} (ES384)
 * and whose payload is a CBOR map of the fields below.
 *
 * CBOR: cbor2 (by the author of node-cbor, maintained, no native code, no dependencies),
 * with its strict options on — duplicate map keys, indefinite lengths, undefined and
 * floats are refused — so one document cannot be read two ways.
 */
export interface NitroDocument {
  readonly moduleId: string
  readonly digest: 'SHA384'
  /** Milliseconds since the Unix epoch, as the Nitro hypervisor stamped it. */
  readonly timestamp: number
  readonly pcrs: ReadonlyMap<number, Uint8Array>
  /** DER of the leaf certificate that signed the document. */
  readonly certificate: Uint8Array
  /** DER certificates, root first, leading to `certificate`. */
  readonly cabundle: readonly Uint8Array[]
  readonly publicKey?: Uint8Array
  readonly userData?: Uint8Array
  readonly nonce?: Uint8Array
}

export interface CoseSign1 {
  readonly protectedHeader: Uint8Array
  readonly payload: Uint8Array
  readonly signature: Uint8Array
}

const STRICT = {
  preferMap: true,
  rejectDuplicateKeys: true,
  rejectStreaming: true,
  rejectUndefined: true,
  rejectFloats: true,
  rejectBigInts: true,
} as const
const COSE_SIGN1_TAG = 18
export const ES384 = -35
const FIELDS = new Set(['module_id', 'digest', 'timestamp', 'pcrs', 'certificate', 'cabundle', 'public_key', 'user_data', 'nonce'])

/** Decodes the COSE_Sign1 envelope (tagged 18 or not). */
export function decodeCoseSign1(bytes: Uint8Array): CoseSign1 {
  // A plain Uint8Array view: decoded byte strings are then plain too, and cbor2 encodes a
  // Node Buffer (a Uint8Array subclass) differently from a byte string in sigStructure.
  let value = strictDecode(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'COSE_Sign1')
  if (isTag(value)) {
    if (value.tag !== COSE_SIGN1_TAG) throw new AttestationError('malformed', `CBOR tag ${String(value.tag)} is not COSE_Sign1`)
    value = value.contents
  }
  if (!Array.isArray(value) || value.length !== 4) throw new AttestationError('malformed', 'COSE_Sign1 is not an array of 4')
  const [protectedHeader, unprotected, payload, signature] = value as unknown[]
  if (!(protectedHeader instanceof Uint8Array) || !(payload instanceof Uint8Array) || !(signature instanceof Uint8Array) || !(unprotected instanceof Map)) {
    throw new AttestationError('malformed', 'COSE_Sign1 fields have the wrong types')
  }
  const header = strictDecode(protectedHeader, 'protected header')
  if (!(header instanceof Map) || header.get(1) !== ES384) throw new AttestationError('unsupported-algorithm', 'the protected header does not say ES384 (alg -35)')
  return { protectedHeader, payload, signature }
}

/** The bytes ES384 signs: Sig_structure = ["Signature1", protected, external_aad = h'', payload] (RFC 9052 §4.4). */
export function sigStructure(cose: CoseSign1): Uint8Array {
  return encode(['Signature1', cose.protectedHeader, new Uint8Array(0), cose.payload])
}

/** Decodes and type-checks the payload; unknown fields are refused. */
export function decodeNitroPayload(payload: Uint8Array): NitroDocument {
  const map = strictDecode(payload, 'attestation document')
  if (!(map instanceof Map)) throw new AttestationError('malformed', 'attestation document is not a map')
  for (const key of map.keys()) if (typeof key !== 'string' || !FIELDS.has(key)) throw new AttestationError('malformed', `unknown field ${String(key)}`)
  const moduleId = map.get('module_id')
  const digest = map.get('digest')
  const timestamp = map.get('timestamp')
  const pcrs = map.get('pcrs')
  const certificate = map.get('certificate')
  const cabundle = map.get('cabundle')
  if (typeof moduleId !== 'string' || moduleId.length === 0) throw new AttestationError('malformed', 'module_id is missing')
  if (digest !== 'SHA384') throw new AttestationError('unsupported-algorithm', `digest ${String(digest)} (only SHA384 is defined)`)
  if (typeof timestamp !== 'number' || !Number.isSafeInteger(timestamp) || timestamp <= 0) throw new AttestationError('malformed', 'timestamp is not a positive integer')
  if (!(pcrs instanceof Map) || pcrs.size === 0 || pcrs.size > 32) throw new AttestationError('malformed', 'pcrs is not a map of 1..32 entries')
  for (const [index, value] of pcrs) {
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > 31) throw new AttestationError('malformed', `PCR index ${String(index)}`)
    if (!(value instanceof Uint8Array) || ![32, 48, 64].includes(value.length)) throw new AttestationError('malformed', `PCR ${index} is not a 32/48/64-byte value`)
  }
  if (!(certificate instanceof Uint8Array)) throw new AttestationError('malformed', 'certificate is missing')
  if (!Array.isArray(cabundle) || cabundle.length === 0 || !cabundle.every((c) => c instanceof Uint8Array)) throw new AttestationError('malformed', 'cabundle is not a non-empty list of certificates')
  return {
    moduleId,
    digest,
    timestamp,
    pcrs: pcrs as Map<number, Uint8Array>,
    certificate,
    cabundle: cabundle as Uint8Array[],
    publicKey: optionalBytes(map, 'public_key', 1024),
    userData: optionalBytes(map, 'user_data', 512),
    nonce: optionalBytes(map, 'nonce', 512),
  }
}

function optionalBytes(map: Map<unknown, unknown>, key: string, max: number): Uint8Array | undefined {
  const value = map.get(key)
  if (value === undefined || value === null) return undefined
  if (!(value instanceof Uint8Array) || value.length > max) throw new AttestationError('malformed', `${key} is not a byte string of at most ${max} bytes`)
  return value
}

function strictDecode(bytes: Uint8Array, what: string): unknown {
  try {
    return decode(bytes, STRICT)
  } catch (err) {
    throw new AttestationError('malformed', `${what} is not strict CBOR (${(err as Error).message})`, { cause: err })
  }
}

function isTag(value: unknown): value is { tag: number | bigint; contents: unknown } {
  return typeof value === 'object' && value !== null && 'tag' in value && 'contents' in value && value.constructor?.name === 'Tag'
}
