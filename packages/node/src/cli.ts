#!/usr/bin/env node
import '@thresh/wire/polyfill'
import { mkdir, open, readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  DEFAULT_TCTI,
  KeyStore,
  MEASUREMENT_PCR,
  PassphraseProtector,
  Pkcs11Protector,
  StoreExistsError,
  StoreLockedError,
  Tpm2Protector,
  isNodeBackup,
  measureNode,
  type Protector,
  type ProtectorKind,
} from '@thresh/store'
import { safeErrorMessage } from '@thresh/crypto'
import { auditExportLines, verifyStoredLog } from './audit/log.js'
import { ConfigError, ENV_OVERRIDES, loadConfig, type NodeConfig } from './config.js'
import { createIdentity, loadIdentity } from './identity.js'
import { KEM_RETIRED_RETENTION_SECONDS, NodeKemKeys } from './kem-keys.js'
import { KeyRecords } from './key-records.js'
import { keysReport, keystorePath, passphraseWarning, ThreshNode } from './node.js'

const USAGE = `thresh-node: a thresh signer node

Usage:
  thresh-node init  --data DIR [--protect passphrase|pkcs11|tpm2] [protector options] [--json]
      Creates DIR with a new keystore and node identity; prints the peer id. The
      keystore's data key is wrapped by the chosen protector (default: passphrase).
  thresh-node rewrap --data DIR --to passphrase|pkcs11|tpm2 [protector options] [--json]
      Moves a stopped node's keystore to another protector: the new wrapping is written
      and checked by a real unwrap before the old one is removed.
  thresh-node start --config FILE [--passphrase-file FILE] [protector options]
      Runs the node until SIGINT/SIGTERM. Logs are JSON lines on stdout. The keystore
      opens with the protector init chose; the config's "protect" section (pkcs11Uri,
      pinFile, tpmTcti, tpmPcrs) or the options below say where to reach it.
  thresh-node info  (--config FILE | --data DIR) [--passphrase-file FILE] [protector options] [--json]
      Prints the peer id, addresses and keys of a stopped node.
  thresh-node keys (--config FILE | --data DIR) [--json]
                           the node's keys, active and pending, with their epochs: from the
                           running node (its loopback /admin/keys) or its stopped keystore
  thresh-node pending (--config FILE | --data DIR) [--json]
      Lists a stopped node's pending shares: keygens never committed or aborted (a
      running node drops them after pendingTtlSec, default 1 hour).
  thresh-node purge-pending (--config FILE | --data DIR) [--older-than SECONDS] [--json]
      Deletes a stopped node's pending shares (all, or those older than SECONDS).
  thresh-node verify-store (--config FILE | --data DIR) [--json]
      Decrypts and checks every record of a stopped node's keystore; names each bad one
      (exit code 1 if any).
  thresh-node rotate-passphrase (--config FILE | --data DIR) [--new-passphrase-file FILE]
      Re-encrypts a stopped node's passphrase keystore under a new passphrase and data key.
  thresh-node rotate-kem (--config FILE | --data DIR) [--json]
      Gives a stopped node a new KEM key (the X-Wing key peers seal share messages to)
      and retires the current one, which stays for 48 hours so that messages peers
      sealed to it before they saw the new announcement still open.
  thresh-node backup (--key ID | --all) --out FILE (--config FILE | --data DIR) [--backup-passphrase-file FILE]
      Writes one key share (--key) or the whole node (--all: identity and every share),
      encrypted under a backup passphrase (THRESH_BACKUP_PASSPHRASE), to FILE (created
      with mode 600, never overwritten).
  thresh-node restore --in FILE (--config FILE | --data DIR) [--backup-passphrase-file FILE]
                      [--protect passphrase|pkcs11|tpm2] [protector options]
      Puts a backed-up key share back into a stopped node (refuses to replace a key); a
      whole-node backup becomes a new keystore in DIR (which must not hold one), wrapped
      by the protector --protect names (default: passphrase), as init makes one.
  thresh-node audit verify (--config FILE | --data DIR) [--json]
      Checks a stopped node's audit log: the hash chain and the checkpoints signed by its
      identity. Names the first broken entry (modified, deleted, reordered, truncated, a
      forged checkpoint) and exits 1.
  thresh-node audit export (--config FILE | --data DIR) [--from SEQ] [--out FILE]
      Writes a stopped node's audit log as JSON lines (one entry per line, as hashed) for
      a SIEM, to stdout or FILE (created with mode 600, never overwritten).
  thresh-node delete-key --key ID --yes (--config FILE | --data DIR)
      Deletes one key share for good (its other parties keep theirs: the key survives
      while a threshold of them does).

The keystore passphrase comes from --passphrase-file, else THRESH_PASSPHRASE_FILE, else
the config's passphraseFile, else the THRESH_PASSPHRASE environment variable; never from
a command-line argument. rewrap --to passphrase takes the new one from
--new-passphrase-file or THRESH_NEW_PASSPHRASE.

Protector options:
  pkcs11: --pkcs11-uri URI (RFC 7512, with module-path; or THRESH_PKCS11_URI)
          [--pin-file FILE] (else the URI's pin-source, else THRESH_PKCS11_PIN).
          init and rewrap create the AES-256 key on the token if the label is new.
  tpm2:   [--tpm-tcti TCTI] (or THRESH_TPM_TCTI; default ${DEFAULT_TCTI})
          [--tpm-pcrs 16[,n...]] and --config FILE when PCR ${MEASUREMENT_PCR} is sealed: the node
          package and that config file are measured into PCR ${MEASUREMENT_PCR} first.
Config environment overrides: ${Object.keys(ENV_OVERRIDES).join(', ')}.
Config schema: packages/node/README.md.`

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = asUsageError(() => parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      data: { type: 'string' },
      config: { type: 'string' },
      'passphrase-file': { type: 'string' },
      'new-passphrase-file': { type: 'string' },
      protect: { type: 'string' },
      to: { type: 'string' },
      'pkcs11-uri': { type: 'string' },
      'pin-file': { type: 'string' },
      'tpm-tcti': { type: 'string' },
      'tpm-pcrs': { type: 'string' },
      'older-than': { type: 'string' },
      from: { type: 'string' },
      key: { type: 'string' },
      out: { type: 'string' },
      in: { type: 'string' },
      'backup-passphrase-file': { type: 'string' },
      yes: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }))
  const command = positionals[0]
  if (values.help || command === undefined) {
    process.stdout.write(USAGE + '\n')
    return command === undefined && !values.help ? 2 : 0
  }
  if (command === 'audit') return audit(positionals[1], positionals.slice(2), values)
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${positionals[1]}`)
  switch (command) {
    case 'init':
      return init(required(values.data, '--data'), protectorKind(values.protect ?? 'passphrase', '--protect'), values)
    case 'rewrap':
      return rewrap(required(values.data, '--data'), protectorKind(required(values.to, '--to'), '--to'), values)
    case 'start':
      return start(required(values.config, '--config'), values)
    case 'info':
      return info(values, values.json)
    case 'keys':
      return keysCommand(values, values.json)
    case 'pending':
      return pending(values, values.json)
    case 'purge-pending':
      return purgePending(values, values.json)
    case 'verify-store':
      return verifyStore(values, values.json)
    case 'rotate-passphrase':
      return rotatePassphrase(values, values.json)
    case 'rotate-kem':
      return rotateKem(values, values.json)
    case 'delete-key':
      return deleteKey(values, values.json)
    case 'backup':
      return backup(values, values.json)
    case 'restore':
      return restore(values, values.json)
    default:
      throw new UsageError(`unknown command ${command}`)
  }
}

/** Runs `parse`, turning its refusals (parseArgs: unknown option, missing value) into usage errors: exit code 2. */
function asUsageError<T>(parse: () => T): T {
  try {
    return parse()
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined) throw new UsageError(`${flag} is required`)
  return value
}

/**
 * A secret passphrase from a file readable only by its owner (`file`, else the `fileEnv`
 * variable), else the `env` variable: never from a command-line argument.
 */
async function secretPhrase(file: string | undefined, names: { what: string; flag: string; fileEnv?: string; env: string }): Promise<string> {
  const path = file ?? (names.fileEnv === undefined ? undefined : process.env[names.fileEnv] || undefined)
  if (path !== undefined) {
    const phrase = (await readPrivateFile(resolve(path), `${names.what} file`)).replace(/\r?\n$/, '')
    if (phrase.length === 0) throw new UsageError(`${names.what} file ${path} is empty`)
    return phrase
  }
  const value = process.env[names.env]
  if (value === undefined || value.length === 0) {
    throw new UsageError(`no ${names.what}: pass ${names.flag}, or set ${[names.fileEnv, names.env].filter(Boolean).join(' or ')}`)
  }
  return value
}

/** The keystore passphrase; start and info pass the config's passphraseFile (which holds THRESH_PASSPHRASE_FILE as its override) as `file`. */
const passphrase = (file: string | undefined) =>
  secretPhrase(file, { what: 'passphrase', flag: '--passphrase-file', fileEnv: 'THRESH_PASSPHRASE_FILE', env: 'THRESH_PASSPHRASE' })

/** Reads a secret file, refusing one that group or others may access (as ssh does with keys). */
async function readPrivateFile(path: string, what: string): Promise<string> {
  const file = await open(path, 'r').catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${what} ${path}: ${err.code ?? err.message}`)
  })
  try {
    // the mode of the file opened, not of whatever the path names a moment later
    const { mode } = await file.stat()
    if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
      throw new UsageError(`${what} ${path} is accessible by other users (mode ${(mode & 0o777).toString(8)}): run chmod 600 ${path}`)
    }
    return await file.readFile('utf8')
  } finally {
    await file.close()
  }
}

type ProtectorOptions = {
  config?: string | undefined
  'passphrase-file'?: string | undefined
  'new-passphrase-file'?: string | undefined
  'pkcs11-uri'?: string | undefined
  'pin-file'?: string | undefined
  'tpm-tcti'?: string | undefined
  'tpm-pcrs'?: string | undefined
  json?: boolean | undefined
}

const PROTECTORS: readonly ProtectorKind[] = ['passphrase', 'pkcs11', 'tpm2']

function protectorKind(value: string, flag: string): ProtectorKind {
  if (!(PROTECTORS as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${PROTECTORS.join(', ')}`)
  return value as ProtectorKind
}

/**
 * The protector of `kind` from the options. `role` says whether it wraps a new store or
 * wrapping ('new': a pkcs11 key is created if missing; a passphrase is the new one for
 * rewrap) or opens an existing one. A tpm2 protector sealed to PCR 16 first measures the
 * node package and config into it, as the node does at start.
 */
async function protectorFor(kind: ProtectorKind, values: ProtectorOptions, role: 'new' | 'open' | 'rewrap-to', warnings: string[] = []): Promise<Protector> {
  switch (kind) {
    case 'passphrase': {
      const phrase = role === 'rewrap-to' ? await newPassphrase(values['new-passphrase-file']) : await passphrase(values['passphrase-file'])
      const weak = passphraseWarning(phrase)
      if (weak) warnings.push(weak)
      return new PassphraseProtector(phrase)
    }
    case 'pkcs11': {
      const uri = values['pkcs11-uri'] ?? (process.env.THRESH_PKCS11_URI || undefined)
      if (uri === undefined) throw new UsageError('pkcs11 needs --pkcs11-uri (or THRESH_PKCS11_URI)')
      const pinFile = values['pin-file']
      if (pinFile !== undefined) await readPrivateFile(resolve(pinFile), 'PIN file') // same mode check as a passphrase file
      return new Pkcs11Protector({ uri, createKey: role !== 'open', ...(pinFile === undefined ? {} : { pin: { file: resolve(pinFile) } }) })
    }
    case 'tpm2': {
      const pcrs = values['tpm-pcrs'] === undefined ? [MEASUREMENT_PCR] : parsePcrs(values['tpm-pcrs'])
      const tpm = new Tpm2Protector({ tcti: values['tpm-tcti'] ?? (process.env.THRESH_TPM_TCTI || DEFAULT_TCTI), pcrs })
      if (pcrs.includes(MEASUREMENT_PCR)) {
        if (values.config === undefined) throw new UsageError(`tpm2 with PCR ${MEASUREMENT_PCR} needs --config: the config the node will start with is measured into it`)
        const packageDir = fileURLToPath(new URL('..', import.meta.url))
        await tpm.measure(await measureNode({ packageDir, config: await readFile(resolve(values.config)) }))
      }
      return tpm
    }
  }
}

function parsePcrs(text: string): number[] {
  const pcrs = text.split(',').map((p) => Number(p.trim()))
  if (pcrs.some((p) => !Number.isInteger(p) || p < 0 || p > 23)) throw new UsageError('--tpm-pcrs is a comma-separated list of PCR indexes 0..23')
  return pcrs
}

const newPassphrase = (file: string | undefined) =>
  secretPhrase(file, { what: 'new passphrase', flag: '--new-passphrase-file', fileEnv: 'THRESH_NEW_PASSPHRASE_FILE', env: 'THRESH_NEW_PASSPHRASE' })

async function init(dataDir: string, kind: ProtectorKind, values: ProtectorOptions): Promise<number> {
  const dir = resolve(dataDir)
  const protector = await protectorFor(kind, values, 'new')
  await mkdir(dir, { recursive: true })
  const store = await KeyStore.create(keystorePath(dir), protector)
  try {
    const identity = await createIdentity(store)
    const kem = (await NodeKemKeys.load(store)).current
    print(values.json === true, { peerId: identity.peerId, kemKeyId: kem.keyId, dataDir: dir, protect: kind }, `created node ${identity.peerId} in ${dir} (keystore protected by ${protector.description})`)
  } finally {
    await store.close()
  }
  return 0
}

async function rewrap(dataDir: string, to: ProtectorKind, values: ProtectorOptions): Promise<number> {
  const path = keystorePath(resolve(dataDir))
  let store: KeyStore
  try {
    const from = await KeyStore.protectionOf(path)
    store = await KeyStore.open(path, await protectorFor(from, values, 'open'))
  } catch (err) {
    if (err instanceof StoreLockedError) throw new UsageError(`the keystore in ${dataDir} is in use by a running node or another thresh-node command: stop it first`)
    throw err
  }
  try {
    const from = store.protection
    const target = await protectorFor(to, values, 'rewrap-to')
    await store.rewrap(target)
    print(values.json === true, { dataDir: resolve(dataDir), from, to }, `keystore in ${resolve(dataDir)} moved from ${from} to ${target.description}`)
  } finally {
    await store.close()
  }
  return 0
}

/**
 * The protector that opens the keystore of `dataDir`: the kind its header names (init chose
 * it), reached through the flags, the config's `protect` section or the environment.
 */
async function openingProtector(
  dataDir: string, values: ProtectorOptions, config: NodeConfig | undefined, configPath: string | undefined, warnings: string[] = [],
): Promise<Protector> {
  let kind: ProtectorKind
  try {
    kind = await KeyStore.protectionOf(keystorePath(dataDir))
  } catch (err) {
    if (err instanceof StoreLockedError) throw new UsageError(`the keystore in ${dataDir} is in use by a running node or another thresh-node command: stop it first (or query its /healthz)`)
    throw err
  }
  const p = config?.protect
  return protectorFor(kind, {
    ...values,
    config: configPath,
    'passphrase-file': values['passphrase-file'] ?? config?.passphraseFile,
    'pkcs11-uri': values['pkcs11-uri'] ?? p?.pkcs11Uri,
    'pin-file': values['pin-file'] ?? p?.pinFile,
    'tpm-tcti': values['tpm-tcti'] ?? p?.tpmTcti,
    'tpm-pcrs': values['tpm-pcrs'] ?? p?.tpmPcrs?.join(','),
  }, 'open', warnings)
}

async function start(configPath: string, values: ProtectorOptions): Promise<number> {
  const config = await loadConfig(configPath)
  const warnings: string[] = []
  const protector = await openingProtector(config.dataDir, values, config, configPath, warnings)
  const node = await ThreshNode.start(config, protector, { warnings })
  await new Promise<void>((done) => {
    const stop = (signal: string): void => {
      node.log.info({ signal }, 'signal received')
      node.stop().then(done, (err: unknown) => {
        node.log.error({ err: safeErrorMessage(err) }, 'stop failed')
        done()
      })
    }
    process.once('SIGINT', () => stop('SIGINT'))
    process.once('SIGTERM', () => stop('SIGTERM'))
  })
  return 0
}

/** Opens the keystore of a stopped node (from --data or the config's dataDir) and runs `use` on it. */
type StoppedNodeOptions = ProtectorOptions & { data?: string | undefined; 'backup-passphrase-file'?: string | undefined }

async function withStoppedStore<T>(values: StoppedNodeOptions, use: (store: KeyStore, dataDir: string, config: NodeConfig | undefined) => Promise<T>): Promise<T> {
  const config = values.config === undefined ? undefined : await loadConfig(values.config)
  const dataDir = values.data === undefined ? config?.dataDir : resolve(values.data)
  if (dataDir === undefined) throw new UsageError('--config or --data is required')
  let store: KeyStore
  try {
    store = await KeyStore.open(keystorePath(dataDir), await openingProtector(dataDir, values, config, values.config))
  } catch (err) {
    if (err instanceof StoreLockedError) {
      throw new UsageError(`the keystore in ${dataDir} is in use by a running node or another thresh-node command: stop it first (or query its /healthz)`)
    }
    throw err
  }
  try {
    return await use(store, dataDir, config)
  } finally {
    await store.close()
  }
}

async function info(values: ProtectorOptions & { data?: string | undefined }, json: boolean): Promise<number> {
  return withStoppedStore(values, async (store, dataDir, config) => {
    const identity = await loadIdentity(store)
    const records = await KeyRecords.open(store)
    const keys = records.list().map((k) => ({
      keyId: k.keyId,
      scheme: k.scheme,
      threshold: k.threshold,
      parties: k.parties.length,
      groupPublicKey: Buffer.from(k.groupPublicKey).toString('hex'),
    }))
    const pendingKeys = records.listPending().length
    const out = { peerId: identity.peerId, dataDir, listen: config?.listen ?? [], keys, pendingKeys }
    const text = [
      `peer id: ${out.peerId}`,
      `data:    ${dataDir}`,
      ...(config ? [`listen:  ${config.listen.join(', ')}`] : []),
      `keys:    ${keys.length}${pendingKeys > 0 ? ` (and ${pendingKeys} pending: thresh-node pending)` : ''}`,
      ...keys.map((k) => `  ${k.keyId}  ${k.scheme}  ${k.threshold}-of-${k.parties}  ${k.groupPublicKey}`),
    ].join('\n')
    print(json, out, text)
    return 0
  })
}

/**
 * The node's keys (active and pending, with epochs): asked of the running node at its
 * loopback /admin/keys when it runs, read from the keystore when it is stopped.
 */
async function keysCommand(values: ProtectorOptions & { data?: string | undefined }, json: boolean): Promise<number> {
  const config = values.config === undefined ? undefined : await loadConfig(values.config)
  let report: ReturnType<typeof keysReport> | undefined
  let source = 'the stopped node\'s keystore'
  if (config?.httpListen) {
    const idx = config.httpListen.lastIndexOf(':')
    const host = config.httpListen.slice(0, idx).replace(/^\[|\]$/g, '')
    const local = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : config.httpListen.slice(0, idx)
    try {
      const res = await fetch(`http://${local}:${config.httpListen.slice(idx + 1)}/admin/keys`, { signal: AbortSignal.timeout(3_000) })
      if (res.ok) {
        report = (await res.json()) as ReturnType<typeof keysReport>
        source = `the running node (${config.httpListen})`
      }
    } catch {
      // not running (or not reachable): read the keystore instead
    }
  }
  report ??= await withStoppedStore(values, async (store) => keysReport(await KeyRecords.open(store)))
  const line = (k: Record<string, unknown>) => `  ${String(k.keyId)}  ${String(k.scheme)}  ${String(k.threshold)}-of-${(k.parties as unknown[]).length}  epoch ${String(k.epoch)}  ${String(k.groupPublicKey)}${k.leavingAtCommit ? '  (leaves this node at the pending commit)' : ''}`
  const text = [
    `keys of ${source}: ${report.keys.length}`,
    ...report.keys.map((k) => line(k as Record<string, unknown>)),
    ...(report.pending.length > 0 ? [`pending: ${report.pending.length}`, ...report.pending.map((k) => line(k as Record<string, unknown>))] : []),
  ].join('\n')
  print(json, { source, ...report }, text)
  return 0
}

/** Lists a stopped node's pending shares: keygens neither committed nor aborted. */
async function pending(values: ProtectorOptions & { data?: string | undefined }, json: boolean): Promise<number> {
  return withStoppedStore(values, async (store) => {
    const now = Date.now()
    const rows = (await KeyRecords.open(store)).listPending().map((k) => ({
      keyId: k.keyId,
      scheme: k.scheme,
      threshold: k.threshold,
      parties: k.parties.length,
      createdAt: k.createdAt === undefined ? null : new Date(k.createdAt).toISOString(),
      ageSec: k.createdAt === undefined ? null : Math.round((now - k.createdAt) / 1000),
    }))
    const text = rows.length === 0
      ? 'no pending keys'
      : rows.map((k) => `${k.keyId}  ${k.scheme}  ${k.threshold}-of-${k.parties}  ${k.createdAt ?? 'created before creation times were recorded'}${k.ageSec === null ? '' : `  (${k.ageSec} s ago)`}`).join('\n')
    print(json, { pending: rows }, text)
    return 0
  })
}

/** Drops a stopped node's pending shares (all, or those older than --older-than seconds). */
async function purgePending(values: ProtectorOptions & { data?: string | undefined; 'older-than'?: string | undefined }, json: boolean): Promise<number> {
  const olderThan = values['older-than'] === undefined ? 0 : Number(values['older-than'])
  if (!Number.isSafeInteger(olderThan) || olderThan < 0) throw new UsageError('--older-than is a number of seconds')
  return withStoppedStore(values, async (store) => {
    const dropped = await (await KeyRecords.open(store)).dropPendingBefore(Date.now() - olderThan * 1000 + 1)
    print(json, { dropped }, dropped.length === 0 ? 'no pending keys dropped' : `dropped ${dropped.length} pending key${dropped.length === 1 ? '' : 's'}: ${dropped.join(', ')}`)
    return 0
  })
}

async function verifyStore(values: StoppedNodeOptions, json: boolean): Promise<number> {
  return withStoppedStore(values, async (store, dataDir) => {
    const { records, bad } = await store.verify()
    const text = bad.length === 0
      ? `keystore in ${dataDir}: all ${records} records decrypt and authenticate`
      : [`keystore in ${dataDir}: ${bad.length} of ${records} records are damaged or tampered with:`, ...bad.map((b) => `  ${b.record}: ${b.reason}`)].join('\n')
    print(json, { dataDir, records, bad }, text)
    return bad.length === 0 ? 0 : 1
  })
}

/** thresh-node audit verify | export: the stopped node's audit log (docs/operator.md, "Audit log"). */
async function audit(sub: string | undefined, rest: readonly string[], values: StoppedNodeOptions & { from?: string | undefined; out?: string | undefined; json?: boolean | undefined }): Promise<number> {
  if (rest.length > 0) throw new UsageError(`unexpected argument ${rest[0]}`)
  if (sub === 'verify') {
    return withStoppedStore(values, async (store, dataDir) => {
      const identity = await loadIdentity(store)
      const result = await verifyStoredLog(store, identity.key.publicKey)
      const text = result.ok
        ? `audit log of ${identity.peerId} (${dataDir}): ${result.entries} entries and ${result.checkpoints} signed checkpoints verify${result.head ? `; head ${result.head.seq} ${result.head.hash}` : ''}`
        : `audit log of ${identity.peerId} (${dataDir}) is BROKEN at entry ${result.seq} (${result.problem}): ${result.message}`
      print(values.json === true, { peerId: identity.peerId, dataDir, ...result }, text)
      return result.ok ? 0 : 1
    })
  }
  if (sub === 'export') {
    const from = values.from === undefined ? 1 : Number(values.from)
    if (!Number.isSafeInteger(from) || from < 1) throw new UsageError('--from must be a positive integer')
    return withStoppedStore(values, async (store) => {
      const lines = await auditExportLines(store, from)
      const body = lines.map((l) => `${l}\n`).join('')
      if (values.out === undefined) process.stdout.write(body)
      else await writeFile(values.out, body, { mode: 0o600, flag: 'wx' })
      if (values.out !== undefined) process.stderr.write(`${lines.length} audit entries written to ${values.out}\n`)
      return 0
    })
  }
  throw new UsageError(sub === undefined ? 'audit needs a subcommand: verify or export' : `unknown audit subcommand ${sub} (verify or export)`)
}

async function rotatePassphrase(values: StoppedNodeOptions, json: boolean): Promise<number> {
  const next = await newPassphrase(values['new-passphrase-file'])
  return withStoppedStore(values, async (store, dataDir) => {
    if (store.protection !== 'passphrase') throw new UsageError(`the keystore in ${dataDir} is protected by ${store.protection}: use rewrap`)
    await store.rotatePassphrase(next)
    print(json, { dataDir, rotated: true }, `keystore in ${dataDir} re-encrypted under the new passphrase (the old one no longer opens it)`)
    return 0
  })
}

async function rotateKem(values: StoppedNodeOptions, json: boolean): Promise<number> {
  return withStoppedStore(values, async (store, dataDir) => {
    const kem = await NodeKemKeys.load(store)
    const retired = kem.current.keyId
    const keyId = await kem.rotate(store)
    print(json, { dataDir, kemKeyId: keyId, retired }, `new KEM key ${keyId} in ${dataDir}; key ${retired} retired (kept ${KEM_RETIRED_RETENTION_SECONDS / 3600} hours for sessions sealed to it)`)
    return 0
  })
}

async function deleteKey(values: StoppedNodeOptions & { key?: string | undefined; yes?: boolean | undefined }, json: boolean): Promise<number> {
  const keyId = required(values.key, '--key')
  if (values.yes !== true) {
    throw new UsageError(`delete-key removes this node's share of ${keyId} for good: pass --yes to confirm (the key lives on only while a threshold of its other parties keep theirs)`)
  }
  return withStoppedStore(values, async (store, dataDir) => {
    if (!(await store.deleteShare(keyId))) throw new UsageError(`no key ${keyId} in ${dataDir}`)
    print(json, { dataDir, deleted: keyId }, `deleted this node's share of ${keyId}`)
    return 0
  })
}

async function backup(values: StoppedNodeOptions & { key?: string | undefined; out?: string | undefined; all?: boolean | undefined }, json: boolean): Promise<number> {
  if ((values.key === undefined) === (values.all !== true)) throw new UsageError('backup needs --key ID (one share) or --all (the whole node)')
  const out = resolve(required(values.out, '--out'))
  const secret = await backupPassphrase(values['backup-passphrase-file'])
  return withStoppedStore(values, async (store) => {
    const keyId = values.key
    const bytes = keyId === undefined ? await store.exportNode(secret) : await store.exportKey(keyId, secret)
    await writeFile(out, bytes, { mode: 0o600, flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
      throw new UsageError(err.code === 'EEXIST' ? `${out} exists: refusing to overwrite a backup` : `cannot write ${out}: ${err.code ?? err.message}`)
    })
    if (keyId === undefined) print(json, { node: true, out }, `backup of the whole node (identity and every share) written to ${out} (encrypted under the backup passphrase)`)
    else print(json, { keyId, out }, `backup of ${keyId} written to ${out} (encrypted under the backup passphrase)`)
    return 0
  })
}

/** Restores a one-key backup into a stopped node, or a whole-node backup into a new keystore. */
async function restore(values: StoppedNodeOptions & { in?: string | undefined; protect?: string | undefined }, json: boolean): Promise<number> {
  const file = resolve(required(values.in, '--in'))
  const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${file}: ${err.code ?? err.message}`)
  })
  if (isNodeBackup(bytes)) return restoreNode(values, bytes, json)
  const secret = await backupPassphrase(values['backup-passphrase-file'])
  return withStoppedStore(values, async (store) => {
    const keyId = await store.importKey(bytes, secret)
    print(json, { keyId }, `restored this node's share of ${keyId}`)
    return 0
  })
}

/**
 * A whole-node backup becomes a new keystore (the data directory must not hold one),
 * wrapped by the protector --protect names, as init makes one: the node returns with its
 * identity and every share.
 */
async function restoreNode(values: StoppedNodeOptions & { protect?: string | undefined }, bytes: Uint8Array, json: boolean): Promise<number> {
  const config = values.config === undefined ? undefined : await loadConfig(values.config)
  const dataDir = values.data === undefined ? config?.dataDir : resolve(values.data)
  if (dataDir === undefined) throw new UsageError('--config or --data is required')
  const kind = protectorKind(values.protect ?? 'passphrase', '--protect')
  const secret = await backupPassphrase(values['backup-passphrase-file'])
  const protector = await protectorFor(kind, { ...values, 'passphrase-file': values['passphrase-file'] ?? config?.passphraseFile }, 'new')
  await mkdir(dataDir, { recursive: true })
  const { store, shares } = await KeyStore.restoreNode(keystorePath(dataDir), protector, bytes, secret).catch((err: unknown) => {
    if (err instanceof StoreExistsError) throw new UsageError(`${dataDir} already holds a keystore: a whole-node backup restores into a new data directory`)
    throw err
  })
  try {
    const identity = await loadIdentity(store)
    print(json, { peerId: identity.peerId, dataDir, shares }, `restored node ${identity.peerId} into ${dataDir} with ${shares} share record(s) (keystore protected by ${protector.description})`)
  } finally {
    await store.close()
  }
  return 0
}

const backupPassphrase = (file: string | undefined) =>
  secretPhrase(file, { what: 'backup passphrase', flag: '--backup-passphrase-file', env: 'THRESH_BACKUP_PASSPHRASE' })

function print(json: boolean, value: unknown, text: string): void {
  process.stdout.write((json ? JSON.stringify(value) : text) + '\n')
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    process.stderr.write(`thresh-node: ${safeErrorMessage(err)}\n`)
    if (process.env.THRESH_DEBUG && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n')
    process.exitCode = err instanceof UsageError || err instanceof ConfigError ? 2 : 1
    // A failed start stops what it started, so the process ends on its own; should
    // anything still hold the event loop, exit anyway rather than linger half-started.
    setTimeout(() => process.exit(), 2_000).unref()
  },
)
