// EIP-191 personal_sign messages and EIP-712 typed data, hashed by viem.
import { hashMessage, hashTypedData, hexToBytes, validateTypedData, type TypedDataDomain } from 'viem'
import { decodeWith, PayloadError, requireBytes } from '../errors.js'
import { MAX_MESSAGE_BYTES } from '../limits.js'

export interface Eip191Summary {
  readonly length: number
  /** The message as text when it is valid UTF-8, else null. */
  readonly text: string | null
}

/** personal_sign: digest = keccak256("\x19Ethereum Signed Message:\n" || len || message). */
export function decodeEip191(input: unknown): { digest: Uint8Array; summary: Eip191Summary } {
  const bytes = requireBytes(input, 'eip191', MAX_MESSAGE_BYTES)
  return { digest: hexToBytes(hashMessage({ raw: bytes })), summary: { length: bytes.length, text: utf8OrNull(bytes) } }
}

export interface Eip712Summary {
  readonly domain: TypedDataDomain
  readonly primaryType: string
  /** The message as signed: every field declared by its type, nothing else. */
  readonly message: Record<string, unknown>
}

type TypeFields = readonly { name: string; type: string }[]
type Types = Record<string, TypeFields>

const DOMAIN_FIELDS: Readonly<Record<string, string>> = {
  name: 'string', version: 'string', chainId: 'uint256', verifyingContract: 'address', salt: 'bytes32',
}

/**
 * eth_signTypedData_v4 input: `{ types, primaryType, domain, message }` as UTF-8 JSON
 * bytes, a JSON string, or the parsed object. Every struct must carry exactly its
 * declared fields (an undeclared field would show in the summary without being signed);
 * viem's validateTypedData checks the values, hashTypedData computes the digest.
 */
export function decodeEip712(input: unknown): { digest: Uint8Array; summary: Eip712Summary } {
  const data = parseTypedDataJson(input)
  const { types, primaryType, domain, message } = data
  if (!isRecord(types) || !Object.values(types).every(isTypeFields)) throw new PayloadError('bad-request', 'eip712: types must map type names to [{ name, type }] lists')
  if (typeof primaryType !== 'string' || primaryType === 'EIP712Domain' || !Object.hasOwn(types, primaryType)) {
    throw new PayloadError('bad-request', 'eip712: primaryType must name a declared struct other than EIP712Domain')
  }
  if (!isRecord(domain) || !isRecord(message)) throw new PayloadError('bad-request', 'eip712: domain and message must be objects')
  const domainFields: TypeFields = Object.hasOwn(types, 'EIP712Domain') ? (types as Types).EIP712Domain! : Object.keys(domain).map((name) => ({ name, type: DOMAIN_FIELDS[name] ?? '' }))
  for (const { name, type } of domainFields) {
    if (!Object.hasOwn(DOMAIN_FIELDS, name) || DOMAIN_FIELDS[name] !== type) throw new PayloadError('bad-request', `eip712: domain field ${JSON.stringify(name).slice(0, 60)} is not an EIP-712 domain field of that type`)
  }
  checkFields(types as Types, domainFields, domain, 'domain', 0)
  checkFields(types as Types, (types as Types)[primaryType]!, message, 'message', 0)
  const typed = { types: types as Types, primaryType, domain: domain as TypedDataDomain, message }
  decodeWith('eip712', () => validateTypedData(typed))
  const digest = decodeWith('eip712', () => hashTypedData(typed))
  return { digest: hexToBytes(digest), summary: { domain: domain as TypedDataDomain, primaryType, message } }
}

function parseTypedDataJson(input: unknown): Record<string, unknown> {
  let value = input
  if (input instanceof Uint8Array || typeof input === 'string') {
    const text = input instanceof Uint8Array ? utf8OrNull(requireBytes(input, 'eip712', MAX_MESSAGE_BYTES)) : input
    if (text === null) throw new PayloadError('bad-request', 'eip712: not UTF-8 JSON')
    if (text.length > MAX_MESSAGE_BYTES) throw new PayloadError('too-large', `eip712: more than ${MAX_MESSAGE_BYTES} characters`)
    // JSON numbers past 2^53 lose precision silently; such values must be strings.
    value = decodeWith('eip712: JSON', () => JSON.parse(text, (_key, v: unknown) => {
      if (typeof v === 'number' && !Number.isSafeInteger(v)) throw new Error('a number is not a safe integer; write large or fractional values as strings')
      return v
    }))
  }
  if (!isRecord(value)) throw new PayloadError('bad-request', 'eip712: expected { types, primaryType, domain, message }')
  const extra = Object.keys(value).filter((k) => !['types', 'primaryType', 'domain', 'message'].includes(k))
  if (extra.length > 0) throw new PayloadError('bad-request', 'eip712: unexpected top-level fields')
  return value
}

/** Nesting bound: typed data deeper than this is not something a person reviews. */
const MAX_STRUCT_DEPTH = 16

/** The value's keys are exactly the struct's fields, recursively through structs and arrays. */
function checkFields(types: Types, fields: TypeFields, value: unknown, where: string, depth: number): void {
  if (depth > MAX_STRUCT_DEPTH) throw new PayloadError('bad-request', `eip712: nested deeper than ${MAX_STRUCT_DEPTH}`)
  if (!isRecord(value)) throw new PayloadError('bad-request', `eip712: ${where} must be an object`)
  const declared = new Set(fields.map((f) => f.name))
  for (const key of Object.keys(value)) {
    if (!declared.has(key)) throw new PayloadError('bad-request', `eip712: ${where} has a field its type does not declare`)
  }
  for (const { name, type } of fields) {
    if (!Object.hasOwn(value, name)) throw new PayloadError('bad-request', `eip712: ${where}.${name} is missing`)
    checkValue(types, type, value[name], `${where}.${name}`, depth + 1)
  }
}

function checkValue(types: Types, type: string, value: unknown, where: string, depth: number): void {
  const array = /^(.*)\[(\d*)\]$/.exec(type)
  if (array) {
    if (!Array.isArray(value)) throw new PayloadError('bad-request', `eip712: ${where} must be an array`)
    if (array[2] !== '' && value.length !== Number(array[2])) throw new PayloadError('bad-request', `eip712: ${where} must have ${array[2]} elements`)
    value.forEach((v, i) => checkValue(types, array[1]!, v, `${where}[${i}]`, depth + 1))
    return
  }
  if (Object.hasOwn(types, type)) return checkFields(types, types[type]!, value, where, depth)
  // Atomic types: the JSON type must fit, so the summary shows the value as it is signed
  // (viem checks ranges, lengths and address form).
  const kind = ATOMIC_JSON_TYPES.find(([pattern]) => pattern.test(type))
  if (kind === undefined) throw new PayloadError('bad-request', `eip712: ${where} has an unknown type`)
  if (!kind[1].includes(typeof value)) throw new PayloadError('bad-request', `eip712: ${where} must be a JSON ${kind[1].join(' or ')}`)
}

const ATOMIC_JSON_TYPES: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^string$/, ['string']],
  [/^bool$/, ['boolean']],
  [/^(address|bytes|bytes([1-9]|[12]\d|3[0-2]))$/, ['string']],
  [/^u?int(8|16|24|32|40|48|56|64|72|80|88|96|104|112|120|128|136|144|152|160|168|176|184|192|200|208|216|224|232|240|248|256)$/, ['string', 'number', 'bigint']],
]

function isTypeFields(v: unknown): v is TypeFields {
  return Array.isArray(v) && v.every((f) => isRecord(f) && typeof f.name === 'string' && typeof f.type === 'string' && Object.keys(f).length === 2)
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array)
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes)
  } catch {
    return null
  }
}
