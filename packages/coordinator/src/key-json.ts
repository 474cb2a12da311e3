import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import type { KeyInfo, MemberSecurity } from '@thresh/wire'
import { ConfigError } from './errors.js'
import { ethereumAddress } from './ethereum.js'
import { checkKeyInfo } from './key-consensus.js'

/**
 * A KeyInfo as JSON, the form in which applications (and the `thresh` CLI's keys
 * file) store the keys they pin: bytes as lowercase hex; ECDSA keys also carry their
 * Ethereum address, which must match the public key when read back.
 */
export interface KeyInfoJson {
  readonly keyId: string
  readonly scheme: KeyInfo['scheme']
  readonly threshold: number
  readonly parties: readonly string[]
  readonly publicKey: string
  readonly chainCode: string
  /** The key's generation (0 from keygen, +1 per refresh, reshare or repair). */
  readonly epoch: number
  /** Each party's public share, in `parties` order. */
  readonly publicShares: readonly string[]
  readonly address?: string
  /** Keys made with an attestation exchange: per member, its share protection and whether it attested. */
  readonly members?: readonly MemberSecurity[]
  /** ECDSA keys of the CGGMP engine: 'cggmp' (absent: DKLs23). */
  readonly engine?: 'cggmp'
}

export function keyInfoToJson(key: KeyInfo): KeyInfoJson {
  return {
    keyId: key.keyId,
    scheme: key.scheme,
    threshold: key.threshold,
    parties: [...key.parties],
    publicKey: bytesToHex(key.groupPublicKey),
    chainCode: bytesToHex(key.chainCode),
    epoch: key.epoch,
    publicShares: key.publicShares.map(bytesToHex),
    ...(key.scheme === 'ecdsa' ? { address: ethereumAddress(key.groupPublicKey) } : {}),
    ...(key.members ? { members: key.members.map((m) => ({ protection: m.protection, attested: m.attested })) } : {}),
    ...(key.engine === 'cggmp' ? { engine: 'cggmp' as const } : {}),
  }
}

const FIELDS = new Set(['keyId', 'scheme', 'threshold', 'parties', 'publicKey', 'chainCode', 'epoch', 'publicShares', 'address', 'members', 'engine'])

/** Reads keyInfoToJson's output back, checking every field (`field` names the entry in errors). */
export function keyInfoFromJson(json: unknown, field = 'key'): KeyInfo {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ConfigError(`${field} must be a JSON object`, field)
  const o = json as Record<string, unknown>
  for (const k of Object.keys(o)) if (!FIELDS.has(k)) throw new ConfigError(`${field}: unknown field "${k}"`, `${field}.${k}`)
  const hexOf = (v: unknown, name: string): Uint8Array => {
    if (typeof v !== 'string' || !/^([0-9a-f]{2})+$/.test(v)) throw new ConfigError(`${field}.${name} must be lowercase hex`, `${field}.${name}`)
    return hexToBytes(v)
  }
  const hex = (name: string): Uint8Array => hexOf(o[name], name)
  if (!Array.isArray(o.publicShares)) throw new ConfigError(`${field}.publicShares must be an array of hex public shares (a key pinned before epochs: pin it again from the nodes)`, `${field}.publicShares`)
  const key = checkKeyInfo({
    keyId: o.keyId as string,
    scheme: o.scheme as KeyInfo['scheme'],
    threshold: o.threshold as number,
    parties: o.parties as string[],
    groupPublicKey: hex('publicKey'),
    // ml-dsa-44 keys have no chain code
    chainCode: o.scheme === 'ml-dsa-44' && o.chainCode === '' ? new Uint8Array(0) : hex('chainCode'),
    epoch: o.epoch as number,
    publicShares: o.publicShares.map((s: unknown, i: number) => hexOf(s, `publicShares[${i}]`)),
    ...(o.members === undefined ? {} : { members: membersOf(o.members, field) }),
    ...(o.engine === undefined ? {} : { engine: engineOf(o.engine, o.scheme, field) }),
  }, field)
  if (o.address !== undefined && (key.scheme !== 'ecdsa' || o.address !== ethereumAddress(key.groupPublicKey))) {
    throw new ConfigError(`${field}.address does not belong to its public key`, `${field}.address`)
  }
  return key
}

function engineOf(value: unknown, scheme: unknown, field: string): 'cggmp' {
  if (value !== 'cggmp' || scheme !== 'ecdsa') throw new ConfigError(`${field}.engine must be "cggmp" (ecdsa keys only) or absent`, `${field}.engine`)
  return value
}

const PROTECTIONS: readonly MemberSecurity['protection'][] = ['unknown', 'passphrase', 'pkcs11', 'tpm2']

function membersOf(value: unknown, field: string): MemberSecurity[] {
  const ok = (m: unknown): m is MemberSecurity => typeof m === 'object' && m !== null &&
    PROTECTIONS.includes((m as MemberSecurity).protection) && typeof (m as MemberSecurity).attested === 'boolean' && Object.keys(m).length === 2
  if (!Array.isArray(value) || !value.every(ok)) throw new ConfigError(`${field}.members must be a list of { protection, attested }`, `${field}.members`)
  return value.map((m) => ({ protection: m.protection, attested: m.attested }))
}
