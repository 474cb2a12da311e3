import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { DEFAULT_MAX_FRAME, parseEd25519PeerId } from '@thresh/wire'
import { parseIpRange } from './ip-allow-list.js'
import { parsePolicyConfig, type PolicyConfig } from './policy/config.js'
import { defaultWorkerThreads } from './session-workers.js'

/**
 * The node's configuration: a JSON file (schema in packages/node/README.md) with
 * environment overrides. Every refusal names the offending field or variable.
 */

export interface PeerConfig {
  /** The peer's libp2p peer id (Ed25519). */
  readonly id: string
  /** Where to dial it. */
  readonly addrs: readonly string[]
}

/** Where a pkcs11 or tpm2 protector lives; ignored for a passphrase-protected store. */
export interface ProtectConfig {
  /** RFC 7512 URI of the token and key (else THRESH_PKCS11_URI). */
  readonly pkcs11Uri: string | undefined
  /** File holding the token PIN (else THRESH_PKCS11_PIN). */
  readonly pinFile: string | undefined
  /** tpm2-tools TCTI (else THRESH_TPM_TCTI, else the default device). */
  readonly tpmTcti: string | undefined
  /** PCRs the store is sealed to (default: 16, the measurement of the package and this config). */
  readonly tpmPcrs: readonly number[] | undefined
}

/** How this node quotes its own state for the attestation exchange before a DKG. */
export interface QuoteConfig {
  /** tpm2-tools TCTI of the TPM holding the attestation key (else protect.tpmTcti, THRESH_TPM_TCTI, the default device). */
  readonly tpmTcti: string | undefined
  /** Persistent handle of the attestation key (tpm2_createak, then tpm2_evictcontrol), e.g. 0x81010002. */
  readonly akHandle: string
  /** SHA-256 PCRs the quote covers. */
  readonly pcrs: readonly number[]
}

/** What this node accepts from one peer: its attestation key, and the PCR values it may be in. */
export interface PeerAttestation {
  /** PEM file of the peer's attestation key (SPKI), as its operator exported it. */
  readonly akPublicKeyFile: string
  /** Allowed states: each a name (a release, or "pcrs" for an inline set) and its SHA-256 PCR values. */
  readonly allowed: readonly { readonly name: string; readonly pcrs: ReadonlyMap<number, Uint8Array> }[]
}

export interface AttestationConfig {
  /** Absent: this node does not attest (it can still check its peers). */
  readonly quote: QuoteConfig | undefined
  /** The allowlist, by peer id. A peer missing here cannot attest to this node. */
  readonly peers: ReadonlyMap<string, PeerAttestation>
}

export interface SessionLimits {
  /** A round that does not complete in this time aborts the session naming the silent parties. */
  readonly roundTimeoutMs: number
  /** Sessions running at once; more requests are refused with `busy`. */
  readonly maxConcurrent: number
  /** Messages kept from one peer for a session this node has not started yet. */
  readonly earlyMessagesPerPeer: number
  /** Bytes of such early messages kept per sending peer. */
  readonly earlyBytesPerPeer: number
  /** Early messages older than this are dropped. */
  readonly earlyTtlMs: number
  /**
   * A keygen or sign request issued (its issued_at) longer ago than this is refused as
   * stale. Session ids are remembered durably for this long (plus the skew), which is
   * what makes them single-use across restarts.
   */
  readonly requestMaxAgeSec: number
  /** How far in the future a request's issued_at may be (the coordinator's clock running ahead). */
  readonly clockSkewSec: number
  /**
   * Worker threads for the sessions whose steps are long CPU work (the DKLs23 setup of an
   * ECDSA keygen or refresh), so that they never stall the event loop; 0 runs them inline.
   */
  readonly workerThreads: number
  /** Presignatures held per key (memory only; presign-store.ts): a presign request beyond it is refused `busy`. */
  readonly presignaturesPerKey: number
  /** An unused presignature is dropped this long after it was made. */
  readonly presignatureTtlSec: number
}

/** Who may open a connection to the node, and how fast, before any authentication. */
export interface InboundLimits {
  /** IP addresses and CIDR ranges allowed to connect (the peers' own IPs are added); null: any address. */
  readonly allowFrom: readonly string[] | null
  /** New connections accepted per second from one remote IP address. */
  readonly connectionsPerSecond: number
  /** Inbound connections still in their handshake at once, over all addresses. */
  readonly maxPending: number
  /** An inbound connection must finish its handshake (Noise and Yamux) in this time. */
  readonly upgradeTimeoutMs: number
}

export interface NodeConfig {
  /** Holds the keystore (identity key and key shares). */
  readonly dataDir: string
  /** libp2p listen multiaddrs. */
  readonly listen: readonly string[]
  /** Addresses to announce instead of the listen addresses (optional). */
  readonly announce: readonly string[]
  /** The other signer nodes: the only nodes this one talks to. */
  readonly peers: readonly PeerConfig[]
  /** Peer ids allowed to call the coordinator protocol. */
  readonly coordinators: readonly string[]
  /** File holding the keystore passphrase (else THRESH_PASSPHRASE). */
  readonly passphraseFile: string | undefined
  /** How to reach the keystore's hardware protector, if it has one (`thresh-node init --protect`). */
  readonly protect: ProtectConfig
  /** Attestation before a DKG that asks for it: this node's quote and its allowlist of peers. */
  readonly attestation: AttestationConfig
  /** `host:port` for /metrics and /healthz, or null for none. */
  readonly httpListen: string | null
  readonly sessions: SessionLimits
  readonly inbound: InboundLimits
  /**
   * The smallest threshold this node takes part in a keygen for. Threshold 1 gives every
   * party the whole key, so it needs an explicit 1 here.
   */
  readonly minThreshold: number
  /**
   * A keygen's share stays pending until the coordinator commits or aborts it; one never
   * committed (the coordinator crashed between the phases) is dropped after this long.
   */
  readonly pendingTtlSec: number
  /** Largest frame accepted or sent on any protocol. */
  readonly maxFrameBytes: number
  readonly reconnect: { readonly minDelayMs: number; readonly maxDelayMs: number }
  readonly logLevel: LogLevel
  /** The signing policy (policy/config.ts); undefined: none, the node signs what its coordinators ask. */
  readonly policy: PolicyConfig | undefined
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

export const DEFAULT_SESSIONS: SessionLimits = {
  roundTimeoutMs: 10_000,
  maxConcurrent: 64,
  // a round sends this node at most one broadcast and one direct message from each
  // peer, and the longest protocols (DKG, DKLs23 signing) have 3 rounds
  earlyMessagesPerPeer: 6,
  earlyBytesPerPeer: 8 * 1024 * 1024,
  earlyTtlMs: 30_000,
  requestMaxAgeSec: 300,
  clockSkewSec: 60,
  workerThreads: defaultWorkerThreads(),
  presignaturesPerKey: 256,
  presignatureTtlSec: 3_600,
}

/** A pending share (a keygen neither committed nor aborted) lives this long by default: an hour. */
export const DEFAULT_PENDING_TTL_SEC = 3_600

export const DEFAULT_INBOUND: InboundLimits = {
  allowFrom: null,
  connectionsPerSecond: 5,
  // one address can hold at most connectionsPerSecond × upgradeTimeout (s) handshakes open
  maxPending: 256,
  upgradeTimeoutMs: 3_000,
}

export class ConfigError extends Error {
  /** The field (dotted path) or environment variable at fault. */
  readonly field: string

  constructor(field: string, message: string) {
    super(`config: ${field} ${message}`)
    this.name = 'ConfigError'
    this.field = field
  }
}

/** Environment variables that override config fields. */
export const ENV_OVERRIDES = {
  THRESH_DATA_DIR: 'dataDir',
  THRESH_LISTEN: 'listen (comma-separated)',
  THRESH_HTTP_LISTEN: 'httpListen ("off" for none)',
  THRESH_LOG_LEVEL: 'logLevel',
  THRESH_ROUND_TIMEOUT_MS: 'sessions.roundTimeoutMs',
  THRESH_MAX_FRAME_BYTES: 'maxFrameBytes',
  THRESH_PASSPHRASE_FILE: 'passphraseFile',
} as const

export async function loadConfig(file: string, env: NodeJS.ProcessEnv = process.env): Promise<NodeConfig> {
  const path = resolve(file)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw new ConfigError(path, `cannot be read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new ConfigError(path, `is not JSON: ${(err as Error).message}`)
  }
  return parseConfig(json, { baseDir: dirname(path), env })
}

/** Validates a parsed config object; relative paths resolve against `baseDir`. */
export function parseConfig(json: unknown, options: { baseDir: string; env?: NodeJS.ProcessEnv }): NodeConfig {
  const env = options.env ?? {}
  const root = object(json, '(config)')
  allowOnly(root, '', ['dataDir', 'listen', 'announce', 'peers', 'coordinators', 'passphraseFile', 'protect', 'attestation', 'http', 'sessions', 'inbound', 'minThreshold', 'pendingTtlSec', 'maxFrameBytes', 'reconnect', 'logLevel', 'policy'])

  const dataDir = env.THRESH_DATA_DIR ?? string(root.dataDir, 'dataDir')
  const listen = env.THRESH_LISTEN !== undefined
    ? multiaddrs(env.THRESH_LISTEN.split(',').map((s) => s.trim()).filter(Boolean), 'THRESH_LISTEN', 1)
    : multiaddrs(root.listen, 'listen', 1)
  const announce = root.announce === undefined ? [] : multiaddrs(root.announce, 'announce', 0)

  const peers = array(root.peers, 'peers').map((p, i) => {
    const field = `peers[${i}]`
    const peer = object(p, field)
    allowOnly(peer, field, ['id', 'addrs'])
    return { id: peerId(peer.id, `${field}.id`), addrs: multiaddrs(peer.addrs, `${field}.addrs`, 1) }
  })
  unique(peers.map((p) => p.id), 'peers', 'lists a peer id twice')
  const coordinators = array(root.coordinators, 'coordinators').map((c, i) => peerId(c, `coordinators[${i}]`))
  unique(coordinators, 'coordinators', 'lists a peer id twice')

  const passphraseFile = env.THRESH_PASSPHRASE_FILE ?? (root.passphraseFile === undefined ? undefined : string(root.passphraseFile, 'passphraseFile'))
  const pr = root.protect === undefined ? {} : object(root.protect, 'protect')
  allowOnly(pr, 'protect', ['pkcs11Uri', 'pinFile', 'tpmTcti', 'tpmPcrs'])
  const protect: ProtectConfig = {
    pkcs11Uri: pr.pkcs11Uri === undefined ? undefined : string(pr.pkcs11Uri, 'protect.pkcs11Uri'),
    pinFile: pr.pinFile === undefined ? undefined : resolve(options.baseDir, string(pr.pinFile, 'protect.pinFile')),
    tpmTcti: pr.tpmTcti === undefined ? undefined : string(pr.tpmTcti, 'protect.tpmTcti'),
    tpmPcrs: pr.tpmPcrs === undefined ? undefined : array(pr.tpmPcrs, 'protect.tpmPcrs').map((p, i) => integer(p, `protect.tpmPcrs[${i}]`, 0, 23)),
  }
  const attestation = parseAttestation(root.attestation, options.baseDir)
  const httpListen = env.THRESH_HTTP_LISTEN !== undefined
    ? httpAddress(env.THRESH_HTTP_LISTEN === 'off' ? null : env.THRESH_HTTP_LISTEN, 'THRESH_HTTP_LISTEN')
    : parseHttp(root.http)

  const s = root.sessions === undefined ? {} : object(root.sessions, 'sessions')
  allowOnly(s, 'sessions', Object.keys(DEFAULT_SESSIONS))
  const limit = (key: keyof SessionLimits, min: number, max: number): number => optionalInteger(s, 'sessions', key, DEFAULT_SESSIONS[key], min, max)
  const sessions: SessionLimits = {
    roundTimeoutMs: env.THRESH_ROUND_TIMEOUT_MS !== undefined
      ? integer(Number(env.THRESH_ROUND_TIMEOUT_MS), 'THRESH_ROUND_TIMEOUT_MS', 100, 600_000)
      : limit('roundTimeoutMs', 100, 600_000),
    maxConcurrent: limit('maxConcurrent', 1, 10_000),
    earlyMessagesPerPeer: limit('earlyMessagesPerPeer', 2, 1000),
    earlyBytesPerPeer: limit('earlyBytesPerPeer', 1024, 1024 ** 3),
    earlyTtlMs: limit('earlyTtlMs', 100, 3_600_000),
    requestMaxAgeSec: limit('requestMaxAgeSec', 10, 7 * 86_400),
    clockSkewSec: limit('clockSkewSec', 0, 3_600),
    workerThreads: limit('workerThreads', 0, 64),
    presignaturesPerKey: limit('presignaturesPerKey', 0, 100_000),
    presignatureTtlSec: limit('presignatureTtlSec', 1, 7 * 86_400),
  }

  const inb = root.inbound === undefined ? {} : object(root.inbound, 'inbound')
  allowOnly(inb, 'inbound', Object.keys(DEFAULT_INBOUND))
  const inbound: InboundLimits = {
    allowFrom: inb.allowFrom === undefined || inb.allowFrom === null
      ? null
      : array(inb.allowFrom, 'inbound.allowFrom').map((a, i) => ipRange(a, `inbound.allowFrom[${i}]`)),
    connectionsPerSecond: optionalInteger(inb, 'inbound', 'connectionsPerSecond', DEFAULT_INBOUND.connectionsPerSecond, 1, 100_000),
    maxPending: optionalInteger(inb, 'inbound', 'maxPending', DEFAULT_INBOUND.maxPending, 1, 100_000),
    upgradeTimeoutMs: optionalInteger(inb, 'inbound', 'upgradeTimeoutMs', DEFAULT_INBOUND.upgradeTimeoutMs, 500, 60_000),
  }

  const maxFrameBytes = env.THRESH_MAX_FRAME_BYTES !== undefined
    ? integer(Number(env.THRESH_MAX_FRAME_BYTES), 'THRESH_MAX_FRAME_BYTES', 1024, 64 * 1024 * 1024)
    : root.maxFrameBytes === undefined ? DEFAULT_MAX_FRAME : integer(root.maxFrameBytes, 'maxFrameBytes', 1024, 64 * 1024 * 1024)

  const r = root.reconnect === undefined ? {} : object(root.reconnect, 'reconnect')
  allowOnly(r, 'reconnect', ['minDelayMs', 'maxDelayMs'])
  const minDelayMs = r.minDelayMs === undefined ? 250 : integer(r.minDelayMs, 'reconnect.minDelayMs', 10, 600_000)
  const maxDelayMs = r.maxDelayMs === undefined ? Math.max(30_000, minDelayMs) : integer(r.maxDelayMs, 'reconnect.maxDelayMs', minDelayMs, 3_600_000)

  const level = env.THRESH_LOG_LEVEL ?? (root.logLevel === undefined ? 'info' : root.logLevel)
  if (!LOG_LEVELS.includes(level as LogLevel)) {
    throw new ConfigError(env.THRESH_LOG_LEVEL !== undefined ? 'THRESH_LOG_LEVEL' : 'logLevel', `must be one of ${LOG_LEVELS.join(', ')}`)
  }

  return {
    dataDir: resolve(options.baseDir, dataDir),
    listen,
    announce,
    peers,
    coordinators,
    passphraseFile: passphraseFile === undefined ? undefined : resolve(options.baseDir, passphraseFile),
    protect,
    attestation,
    minThreshold: root.minThreshold === undefined ? 2 : integer(root.minThreshold, 'minThreshold', 1, 64),
    pendingTtlSec: root.pendingTtlSec === undefined ? DEFAULT_PENDING_TTL_SEC : integer(root.pendingTtlSec, 'pendingTtlSec', 60, 30 * 86_400),
    httpListen,
    sessions,
    inbound,
    maxFrameBytes,
    reconnect: { minDelayMs, maxDelayMs },
    logLevel: level as LogLevel,
    policy: parsePolicyConfig(root.policy, options.baseDir),
  }
}

/**
 * attestation: { quote?: { tpmTcti?, akHandle, pcrs }, releases?: { name: { pcr: hex } },
 * peers?: { peerId: { akPublicKey: file, releases?: [name], pcrs?: { pcr: hex } } } }
 */
function parseAttestation(value: unknown, baseDir: string): AttestationConfig {
  if (value === undefined) return { quote: undefined, peers: new Map() }
  const a = object(value, 'attestation')
  allowOnly(a, 'attestation', ['quote', 'releases', 'peers'])
  let quote: QuoteConfig | undefined
  if (a.quote !== undefined) {
    const q = object(a.quote, 'attestation.quote')
    allowOnly(q, 'attestation.quote', ['tpmTcti', 'akHandle', 'pcrs'])
    const akHandle = string(q.akHandle, 'attestation.quote.akHandle')
    if (!/^0x81[0-9a-fA-F]{6}$/.test(akHandle)) throw new ConfigError('attestation.quote.akHandle', 'must be a persistent handle 0x81xxxxxx')
    const pcrs = array(q.pcrs, 'attestation.quote.pcrs').map((p, i) => integer(p, `attestation.quote.pcrs[${i}]`, 0, 23))
    if (pcrs.length === 0) throw new ConfigError('attestation.quote.pcrs', 'must list at least one PCR')
    unique(pcrs.map(String), 'attestation.quote.pcrs', 'lists a PCR twice')
    quote = { tpmTcti: q.tpmTcti === undefined ? undefined : string(q.tpmTcti, 'attestation.quote.tpmTcti'), akHandle, pcrs: [...pcrs].sort((x, y) => x - y) }
  }
  const rel = a.releases === undefined ? {} : object(a.releases, 'attestation.releases')
  const releases = new Map(Object.entries(rel).map(([name, v]) => [name, pcrValues(v, `attestation.releases.${name}`)] as const))
  const peers = new Map<string, PeerAttestation>()
  for (const [id, v] of Object.entries(a.peers === undefined ? {} : object(a.peers, 'attestation.peers'))) {
    const field = `attestation.peers.${id}`
    const peer = object(v, field)
    allowOnly(peer, field, ['akPublicKey', 'releases', 'pcrs'])
    const allowed = (peer.releases === undefined ? [] : array(peer.releases, `${field}.releases`)).map((r, i) => {
      const name = string(r, `${field}.releases[${i}]`)
      const pcrs = releases.get(name)
      if (!pcrs) throw new ConfigError(`${field}.releases[${i}]`, `names release ${JSON.stringify(name)}, which attestation.releases does not define`)
      return { name, pcrs }
    })
    if (peer.pcrs !== undefined) allowed.push({ name: 'pcrs', pcrs: pcrValues(peer.pcrs, `${field}.pcrs`) })
    if (allowed.length === 0) throw new ConfigError(field, 'must allow at least one state (releases or pcrs)')
    peers.set(peerId(id, field), { akPublicKeyFile: resolve(baseDir, string(peer.akPublicKey, `${field}.akPublicKey`)), allowed })
  }
  return { quote, peers }
}

/** { "16": "<64 hex digits>", ... }: expected SHA-256 PCR values. */
function pcrValues(value: unknown, field: string): Map<number, Uint8Array> {
  const entries = Object.entries(object(value, field))
  if (entries.length === 0) throw new ConfigError(field, 'must give at least one PCR value')
  return new Map(entries.map(([pcr, hex]) => {
    const index = /^\d{1,2}$/.test(pcr) ? Number(pcr) : -1
    if (index < 0 || index > 23) throw new ConfigError(`${field}.${pcr}`, 'must be a PCR index 0..23')
    if (typeof hex !== 'string' || !/^[0-9a-fA-F]{64}$/.test(hex)) throw new ConfigError(`${field}.${pcr}`, 'must be a SHA-256 PCR value (64 hex digits)')
    return [index, new Uint8Array(Buffer.from(hex, 'hex'))] as const
  }))
}

function parseHttp(value: unknown): string | null {
  if (value === undefined || value === null) return null
  const http = object(value, 'http')
  allowOnly(http, 'http', ['listen'])
  return httpAddress(string(http.listen, 'http.listen'), 'http.listen')
}

function httpAddress(value: string | null, field: string): string | null {
  if (value === null) return null
  const m = /^([^:]+|\[[0-9a-fA-F:]+\]):(\d{1,5})$/.exec(value)
  if (!m || Number(m[2]) > 65535) throw new ConfigError(field, 'must be host:port (e.g. 127.0.0.1:9464)')
  return value
}

function object(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(field, 'must be an object')
  return value as Record<string, unknown>
}

function allowOnly(obj: Record<string, unknown>, prefix: string, keys: readonly string[]): void {
  for (const k of Object.keys(obj)) {
    if (!keys.includes(k)) throw new ConfigError(prefix ? `${prefix}.${k}` : k, `is not a known field (known: ${keys.join(', ')})`)
  }
}

function array(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new ConfigError(field, 'must be an array')
  return value
}

function string(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new ConfigError(field, 'must be a non-empty string')
  return value
}

function integer(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(field, `must be an integer in ${min}..${max}`)
  }
  return value
}

function optionalInteger(obj: Record<string, unknown>, prefix: string, key: string, fallback: number, min: number, max: number): number {
  return obj[key] === undefined ? fallback : integer(obj[key], `${prefix}.${key}`, min, max)
}

function ipRange(value: unknown, field: string): string {
  const text = string(value, field)
  try {
    parseIpRange(text)
  } catch (err) {
    throw new ConfigError(field, `must be an IP address or CIDR range such as 203.0.113.7 or 10.0.0.0/8 (${(err as Error).message})`)
  }
  return text
}

function peerId(value: unknown, field: string): string {
  const text = string(value, field)
  try {
    return parseEd25519PeerId(text, field).toString()
  } catch (err) {
    throw new ConfigError(field, `must be a canonical Ed25519 libp2p peer id (${(err as Error).message})`)
  }
}

function multiaddrs(value: unknown, field: string, min: number): string[] {
  const list = array(value, field)
  if (list.length < min) throw new ConfigError(field, `must list at least ${min} multiaddr`)
  return list.map((a, i) => {
    const text = string(a, `${field}[${i}]`)
    try {
      return multiaddr(text).toString()
    } catch {
      throw new ConfigError(`${field}[${i}]`, `is not a multiaddr: ${JSON.stringify(text)}`)
    }
  })
}

function unique(values: readonly string[], field: string, message: string): void {
  if (new Set(values).size !== values.length) throw new ConfigError(field, message)
}
