import { open as openFile, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { Level } from 'level'
import { decodeBackup, decodeNodeBackup, encodeBackup, encodeNodeBackup, type BackupRecord } from './backup.js'
import { timingSafeEqual } from 'node:crypto'
import {
  KeyExistsError,
  KeyNotFoundError,
  LogConflictError,
  ProtectorMismatchError,
  StoreClosedError,
  StoreExistsError,
  StoreFormatError,
  StoreLockedError,
  StoreNotFoundError,
  WrappedKeyInvalidError,
} from './errors.js'
import { resolveKdf, wipeKeys, type KdfParams, type MasterKeys } from './kdf.js'
import { decodeMeta, encodeMeta, type ShareMeta } from './meta.js'
import { wipe } from './primitives.js'
import type { Protector, ProtectorKind } from './protector.js'
import { PassphraseProtector, parsePassphraseBlob } from './protectors/passphrase.js'
import { encodeRecord, openRecord, readPublic } from './record.js'
import {
  joinDataKey,
  newDataKey,
  newStoreId,
  readStoreHeader,
  sealStoreHeader,
  splitDataKey,
  unlockStoreHeader,
  type StoreHeader,
} from './store-header.js'

export interface KeyStoreOptions {
  /** scrypt cost when a passphrase is given; defaults to DEFAULT_KDF (N=2^17, r=8, p=1). */
  readonly kdf?: Partial<KdfParams>
}

/** A protector of the store's data key, or a passphrase (a PassphraseProtector with `kdf`). */
export type Protection = Protector | string | Uint8Array

/**
 * The steps of `rewrap`, reported as each one completes (a crash after any of them
 * leaves a store that opens with exactly one protector, the old one until `swapped`).
 */
export type RewrapStep = 'wrapped' | 'pending-written' | 'verified' | 'swapped'

export interface RewrapOptions {
  readonly onStep?: (step: RewrapStep) => void | Promise<void>
}

/** What a caller stores for one key: public metadata and the secret share bytes. */
export interface ShareInput {
  readonly meta: ShareMeta
  readonly secret: Uint8Array
}

export interface StoredShare extends ShareInput {
  readonly keyId: string
}

export interface KeyInfo {
  readonly keyId: string
  readonly meta: ShareMeta
}

/** One record of an append-only log (appendLog): entry `seq` of log `log`. */
export interface LogRecordInput {
  readonly log: string
  readonly seq: number
  readonly value: Uint8Array
}

/** A stored log record, or the reason it does not open (modified on disk). */
export type LogRecord = { readonly seq: number; readonly value: Uint8Array } | { readonly seq: number; readonly error: string }

/** One write of an atomic batch. */
export type BatchOp =
  | { readonly type: 'putShare'; readonly keyId: string; readonly share: ShareInput }
  | { readonly type: 'deleteShare'; readonly keyId: string }
  | { readonly type: 'putSecret'; readonly name: string; readonly secret: Uint8Array }
  | { readonly type: 'deleteSecret'; readonly name: string }

type Db = Level<string, Uint8Array>
type Write = { type: 'put'; key: string; value: Uint8Array } | { type: 'del'; key: string }

// LevelDB keys. ';' sorts right after ':', which bounds a prefix scan.
const HEADER_KEY = 'header'
/** A new wrapping written by `rewrap` and not yet swapped in; ignored and removed by open. */
const PENDING_HEADER_KEY = 'header-pending'
const SHARE_PREFIX = 'share:'
const SECRET_PREFIX = 'secret:'
/** Append-only logs (the audit log): `log:<name>:<seq, 12 digits>`, so key order is seq order. */
const LOG_PREFIX = 'log:'
const LOG_NAME = /^[a-z0-9-]{1,32}$/
const SEQ_DIGITS = 12
const MAX_NAME_LENGTH = 256
/** Every write is fsynced before it is acknowledged. */
const DURABLE = { sync: true } as const

const storeWhat = (path: string): string => `store at ${path}`

function protectorOf(protection: Protection, options: KeyStoreOptions = {}): Protector {
  if (typeof protection === 'string' || protection instanceof Uint8Array) return new PassphraseProtector(protection, options.kdf)
  return protection
}

/**
 * An encrypted keystore on LevelDB: key shares (clear, authenticated metadata plus an
 * AES-256-GCM-encrypted secret) and named secrets, under a data key wrapped by one
 * protector (passphrase, PKCS#11 token or TPM 2.0). One instance per directory;
 * LevelDB's LOCK keeps other processes out. Operations on one instance run one at a
 * time, in call order.
 */
export class KeyStore {
  private tail: Promise<unknown> = Promise.resolve()
  private closed = false

  private constructor(
    /** Absolute path of the LevelDB directory. */
    readonly path: string,
    private readonly db: Db,
    private keys: MasterKeys,
    private header: StoreHeader,
  ) {}

  /**
   * Creates a new store at `path` (atomically: it appears complete or not at all), its
   * fresh random data key wrapped by `protection`.
   */
  static async create(path: string, protection: Protection, options: KeyStoreOptions = {}): Promise<KeyStore> {
    const protector = protectorOf(protection, options)
    const where = resolve(path)
    if (await holdsLevelDb(where)) throw new StoreExistsError(where)
    const dataKey = newDataKey()
    const keys = splitDataKey(dataKey)
    let bytes: Uint8Array
    try {
      bytes = await sealStoreHeader(protector, dataKey, newStoreId())
    } catch (err) {
      wipe(dataKey)
      throw err
    }
    const header = readStoreHeader(bytes, storeWhat(where))
    const parent = dirname(where)
    let staging: string | undefined
    try {
      await mkdir(parent, { recursive: true })
      // Build the store beside its destination and rename it into place, so a crash
      // mid-create never leaves a half-made store behind under the real name.
      staging = await mkdtemp(join(parent, `.${basename(where)}.creating-`))
      const db = await openLevel(staging, { createIfMissing: true, errorIfExists: true })
      try {
        await db.put(HEADER_KEY, bytes, DURABLE)
      } finally {
        await db.close()
      }
      await rename(staging, where).catch((err: unknown) => {
        throw errnoOf(err, 'ENOTEMPTY', 'EEXIST', 'ENOTDIR') ? new StoreExistsError(where) : err
      })
      await fsyncDirectory(parent)
      return new KeyStore(where, await openLevel(where, { createIfMissing: false }), keys, header)
    } catch (err) {
      wipeKeys(keys)
      if (staging !== undefined) await rm(staging, { recursive: true, force: true })
      throw err
    }
  }

  /**
   * Opens an existing store with the protector that wraps it (a passphrase stands for a
   * PassphraseProtector). A wrong passphrase, PIN or PCR state fails here, before any
   * record is read; another kind of protector than the store's fails with
   * ProtectorMismatchError and is never tried in place of it.
   */
  static async open(path: string, protection: Protection): Promise<KeyStore> {
    const protector = protectorOf(protection)
    const where = resolve(path)
    const db = await openExisting(where)
    try {
      const header = await readHeaderRecord(db, where)
      if (header.kind !== protector.kind) throw new ProtectorMismatchError(where, header.kind, protector.kind)
      const keys = await unlock(header, protector, where)
      try {
        // A rewrap that crashed before its swap: its wrapping never became the store's.
        if ((await db.get(PENDING_HEADER_KEY)) !== undefined) await db.del(PENDING_HEADER_KEY, DURABLE)
      } catch (err) {
        wipeKeys(keys)
        throw err
      }
      return new KeyStore(where, db, keys, header)
    } catch (err) {
      await db.close()
      throw err
    }
  }

  /** Which kind of protector wraps the store at `path`, read from its header without unlocking anything. */
  static async protectionOf(path: string): Promise<ProtectorKind> {
    const where = resolve(path)
    const db = await openExisting(where)
    try {
      return (await readHeaderRecord(db, where)).kind
    } finally {
      await db.close()
    }
  }

  /** Which kind of protector wraps the store's data key. */
  get protection(): ProtectorKind {
    return this.header.kind
  }

  /** The scrypt parameters of a passphrase-protected store; undefined for other protectors. */
  get kdf(): KdfParams | undefined {
    const header = this.header
    if (header.version === 1) return { ...header.legacy.params }
    return header.kind === 'passphrase' ? parsePassphraseBlob(header.blob, storeWhat(this.path)).kdf : undefined
  }

  /** Stores (or replaces) a key share. The caller keeps ownership of `share.secret`. */
  putShare(keyId: string, share: ShareInput): Promise<void> {
    return this.batch([{ type: 'putShare', keyId, share }])
  }

  /** Reads and decrypts a key share; the returned secret is the caller's to wipe. */
  getShare(keyId: string): Promise<StoredShare> {
    const key = shareKey(keyId)
    return this.exclusive(async (db, keys) => {
      const { publicBytes, secret } = openRecord(keys, key, await this.read(db, key, `no key share '${keyId}'`))
      return { keyId, meta: decodeMeta(publicBytes), secret }
    })
  }

  hasShare(keyId: string): Promise<boolean> {
    const key = shareKey(keyId)
    return this.exclusive((db) => db.has(key))
  }

  /** Deletes a key share; false when there was none. */
  deleteShare(keyId: string): Promise<boolean> {
    return this.remove(shareKey(keyId))
  }

  /**
   * Compacts the share records' on-disk tables, so that superseded versions (an old
   * epoch's share replaced in place, a deleted key) are gone from the files and not
   * only from the index: LevelDB keeps an overwritten value until a compaction.
   */
  compactShares(): Promise<void> {
    return this.exclusive(async (db) => {
      await (db as unknown as { compactRange(start: string, end: string): Promise<void> }).compactRange(SHARE_PREFIX, prefixEnd(SHARE_PREFIX))
    })
  }

  /** Every key id with its metadata (authenticated, no secret decrypted), sorted by key id. */
  listKeys(): Promise<KeyInfo[]> {
    return this.exclusive(async (db, keys) => {
      const out: KeyInfo[] = []
      for await (const [key, value] of db.iterator({ gt: SHARE_PREFIX, lt: prefixEnd(SHARE_PREFIX) })) {
        out.push({ keyId: key.slice(SHARE_PREFIX.length), meta: decodeMeta(readPublic(keys, key, value)) })
      }
      return out
    })
  }

  /** Stores (or replaces) a named secret such as the node identity key. */
  putSecret(name: string, secret: Uint8Array): Promise<void> {
    return this.batch([{ type: 'putSecret', name, secret }])
  }

  /** Reads a named secret; the returned bytes are the caller's to wipe. */
  getSecret(name: string): Promise<Uint8Array> {
    const key = secretKey(name)
    return this.exclusive(async (db, keys) => openRecord(keys, key, await this.read(db, key, `no secret '${name}'`)).secret)
  }

  hasSecret(name: string): Promise<boolean> {
    const key = secretKey(name)
    return this.exclusive((db) => db.has(key))
  }

  deleteSecret(name: string): Promise<boolean> {
    return this.remove(secretKey(name))
  }

  /** Names of the secrets whose name starts with `prefix`, sorted; nothing is decrypted. */
  listSecretNames(prefix: string): Promise<string[]> {
    const start = secretKey(prefix)
    return this.exclusive(async (db) => {
      const names: string[] = []
      for await (const key of db.keys({ gte: start, lt: prefixEnd(start) })) names.push(key.slice(SECRET_PREFIX.length))
      return names
    })
  }

  /**
   * Appends records to append-only logs, all in one durable batch: every one lands, or
   * none. A seq that is already stored is never overwritten (LogConflictError, nothing
   * written). Values are encrypted like every record (AAD = the record key).
   */
  appendLog(records: readonly LogRecordInput[]): Promise<void> {
    const keysOf = records.map((r) => logKey(r.log, r.seq))
    if (new Set(keysOf).size !== keysOf.length) throw new LogConflictError(keysOf.find((k, i) => keysOf.indexOf(k) !== i)!)
    return this.exclusive(async (db, keys) => {
      const writes = records.map((r, i) => ({ type: 'put' as const, key: keysOf[i]!, value: encodeRecord(keys, keysOf[i]!, new Uint8Array(0), secretBytes(r.value)) }))
      const existing = await db.getMany(keysOf)
      const taken = existing.findIndex((v) => v !== undefined)
      if (taken >= 0) throw new LogConflictError(keysOf[taken]!)
      if (writes.length > 0) await db.batch(writes, DURABLE)
    })
  }

  /**
   * Records of log `log` with from <= seq <= to, in seq order, at most `limit`. A record
   * that fails authentication is returned with its error (an audit verify names it).
   */
  readLog(log: string, range: { readonly from?: number; readonly to?: number; readonly limit?: number } = {}): Promise<LogRecord[]> {
    const gte = logKey(log, range.from ?? 1)
    const prefix = logPrefix(log)
    const lt = range.to === undefined ? prefixEnd(prefix) : logKey(log, range.to + 1)
    return this.exclusive(async (db, keys) => {
      const out: LogRecord[] = []
      for await (const [key, value] of db.iterator({ gte, lt, ...(range.limit !== undefined ? { limit: range.limit } : {}) })) {
        const seq = Number(key.slice(prefix.length))
        try {
          out.push({ seq, value: openRecord(keys, key, value).secret })
        } catch (err) {
          out.push({ seq, error: err instanceof Error ? err.message : String(err) })
        }
      }
      return out
    })
  }

  /** The log's record with the highest seq, or null when it is empty. */
  async lastLog(log: string): Promise<LogRecord | null> {
    const prefix = logPrefix(log)
    const last = await this.exclusive(async (db) => {
      for await (const key of db.keys({ gt: prefix, lt: prefixEnd(prefix), reverse: true, limit: 1 })) return Number(key.slice(prefix.length))
      return null
    })
    if (last === null) return null
    return (await this.readLog(log, { from: last, to: last }))[0] ?? null
  }

  /**
   * Decrypts and authenticates every record (shares, their metadata, named secrets) and
   * names each one that fails, without stopping at the first: what an operator runs
   * after a disk scare or before a backup. Nothing is changed; every secret is wiped.
   */
  verify(): Promise<{ readonly records: number; readonly bad: readonly { readonly record: string; readonly reason: string }[] }> {
    return this.exclusive(async (db, keys) => {
      let records = 0
      const bad: { record: string; reason: string }[] = []
      for await (const [key, value] of db.iterator()) {
        if (!isRecordKey(key)) continue
        records += 1
        try {
          const { publicBytes, secret } = openRecord(keys, key, value)
          wipe(secret)
          if (key.startsWith(SHARE_PREFIX)) decodeMeta(publicBytes)
        } catch (err) {
          bad.push({ record: key, reason: err instanceof Error ? err.message : String(err) })
        }
      }
      return { records, bad }
    })
  }

  /** Applies all `ops` in one LevelDB write batch: all of them land, or none. */
  batch(ops: readonly BatchOp[]): Promise<void> {
    return this.exclusive(async (db, keys) => {
      const writes = ops.map((op) => encodeOp(keys, op)) // validates everything before writing anything
      if (writes.length > 0) await db.batch(writes, DURABLE)
    })
  }

  /**
   * Re-seals the store under a new passphrase (and optionally new scrypt parameters,
   * default: the current ones): a new salt and keys, every record decrypted and
   * re-encrypted, all written with the new header in one batch. A record that fails
   * authentication aborts the rotation with nothing changed.
   */
  rotatePassphrase(newPassphrase: string | Uint8Array, options: KeyStoreOptions = {}): Promise<void> {
    return this.exclusive(async (db, oldKeys) => {
      const current = this.kdf
      if (this.header.kind !== 'passphrase' || !current) throw new ProtectorMismatchError(this.path, this.header.kind, 'passphrase')
      const protector = new PassphraseProtector(newPassphrase, resolveKdf(options.kdf, current))
      const dataKey = newDataKey()
      const keys = splitDataKey(dataKey)
      try {
        const bytes = await sealStoreHeader(protector, dataKey, this.header.version === 2 ? this.header.storeId : newStoreId())
        const header = readStoreHeader(bytes, storeWhat(this.path))
        const writes: Write[] = [
          { type: 'put', key: HEADER_KEY, value: bytes },
          { type: 'del', key: PENDING_HEADER_KEY },
        ]
        for await (const [key, value] of db.iterator()) {
          if (!isRecordKey(key)) continue
          const { publicBytes, secret } = openRecord(oldKeys, key, value)
          writes.push({ type: 'put', key, value: encodeRecord(keys, key, publicBytes, secret) })
          wipe(secret)
        }
        await db.batch(writes, DURABLE)
        this.header = header
      } catch (err) {
        wipeKeys(keys)
        throw err
      }
      wipeKeys(oldKeys)
      this.keys = keys
    })
  }

  /**
   * Moves the store to another protector without touching a record: the same data key,
   * wrapped by `to`. The new header is written beside the old one, read back and
   * unwrapped through `to` (a real unwrap by the token or TPM), and only then swapped in
   * by one batch that also removes the pending copy. A crash before the swap leaves the
   * old protector in charge (open drops the pending copy); after it, the new one.
   */
  rewrap(to: Protector, options: RewrapOptions = {}): Promise<void> {
    const step = async (name: RewrapStep): Promise<void> => void (await options.onStep?.(name))
    return this.exclusive(async (db, keys) => {
      const what = storeWhat(this.path)
      const dataKey = joinDataKey(keys)
      try {
        const bytes = await sealStoreHeader(to, dataKey, this.header.version === 2 ? this.header.storeId : newStoreId())
        await step('wrapped')
        await db.put(PENDING_HEADER_KEY, bytes, DURABLE)
        await step('pending-written')
        const written = await db.get(PENDING_HEADER_KEY)
        if (written === undefined) throw new StoreFormatError(`${what}: the pending header vanished during rewrap`)
        const header = readStoreHeader(written, what)
        if (header.version !== 2) throw new StoreFormatError(`${what}: rewrap wrote a version-1 header`)
        const reopened = await unlockStoreHeader(header, to, what)
        const same = timingSafeEqual(joinDataKey(reopened), dataKey)
        wipeKeys(reopened)
        if (!same) throw new WrappedKeyInvalidError(`${what}: the new wrapping did not give back the data key`)
        await step('verified')
        await db.batch(
          [
            { type: 'put', key: HEADER_KEY, value: written },
            { type: 'del', key: PENDING_HEADER_KEY },
          ],
          DURABLE,
        )
        this.header = header
        await step('swapped')
      } finally {
        wipe(dataKey)
      }
    })
  }

  /**
   * A self-contained encrypted backup of one key share under `backupPassphrase`, with its
   * own salt and scrypt parameters (default: the store's, or DEFAULT_KDF for a store
   * without a passphrase).
   */
  async exportKey(keyId: string, backupPassphrase: string | Uint8Array, options: KeyStoreOptions = {}): Promise<Uint8Array> {
    const params = resolveKdf(options.kdf, this.kdf)
    const share = await this.getShare(keyId)
    try {
      return await encodeBackup({ keyId, metaBytes: encodeMeta(share.meta), secret: share.secret }, backupPassphrase, params)
    } finally {
      wipe(share.secret)
    }
  }

  /** Restores a backup from exportKey; refuses to replace an existing key unless `overwrite`. Returns the key id. */
  async importKey(backup: Uint8Array, backupPassphrase: string | Uint8Array, options: { readonly overwrite?: boolean } = {}): Promise<string> {
    const { keyId, metaBytes, secret } = await decodeBackup(backup, backupPassphrase)
    try {
      const key = shareKey(keyId)
      const meta = decodeMeta(metaBytes)
      await this.exclusive(async (db, keys) => {
        if (!options.overwrite && (await db.has(key))) throw new KeyExistsError(keyId)
        await db.put(key, encodeRecord(keys, key, encodeMeta(meta), secret), DURABLE)
      })
      return keyId
    } finally {
      wipe(secret)
    }
  }

  /**
   * The whole node in one encrypted backup (backup.ts): every share and named secret
   * (the identity key included), decrypted and sealed under `backupPassphrase`. A record
   * that fails authentication aborts the export: a backup of a damaged store is refused.
   */
  exportNode(backupPassphrase: string | Uint8Array, options: KeyStoreOptions = {}): Promise<Uint8Array> {
    const params = resolveKdf(options.kdf, this.kdf)
    return this.exclusive(async (db, keys) => {
      const records: BackupRecord[] = []
      try {
        for await (const [key, value] of db.iterator()) {
          if (!isRecordKey(key)) continue
          const { publicBytes, secret } = openRecord(keys, key, value)
          records.push({ name: key, publicBytes, secret })
        }
        return await encodeNodeBackup(records, backupPassphrase, params)
      } finally {
        for (const r of records) wipe(r.secret)
      }
    })
  }

  /**
   * Creates a store at `path` (which must not hold one) from a whole-node backup, under
   * a new data key wrapped by `protection`: the node comes back with its identity and
   * every share. Every record is checked before the store appears.
   */
  static async restoreNode(path: string, protection: Protection, backup: Uint8Array, backupPassphrase: string | Uint8Array, options: KeyStoreOptions = {}): Promise<{ store: KeyStore; shares: number; secrets: number; logRecords: number }> {
    const records = await decodeNodeBackup(backup, backupPassphrase)
    try {
      for (const r of records) {
        if (r.name.startsWith(SHARE_PREFIX)) decodeMeta(r.publicBytes)
        else if (r.name.startsWith(LOG_PREFIX)) parseLogKey(r.name)
        else if (!r.name.startsWith(SECRET_PREFIX)) throw new StoreFormatError(`node backup holds an unknown record ${JSON.stringify(r.name)}`)
        checkName('record name', r.name.slice(r.name.indexOf(':') + 1))
      }
      const store = await KeyStore.create(path, protection, options)
      try {
        await store.exclusive(async (db, keys) => {
          await db.batch(records.map((r) => ({ type: 'put' as const, key: r.name, value: encodeRecord(keys, r.name, r.publicBytes, r.secret) })), DURABLE)
        })
      } catch (err) {
        await store.close()
        await rm(store.path, { recursive: true, force: true }) // it was made here, and holds nothing yet
        throw err
      }
      const shares = records.filter((r) => r.name.startsWith(SHARE_PREFIX)).length
      const logRecords = records.filter((r) => r.name.startsWith(LOG_PREFIX)).length
      return { store, shares, secrets: records.length - shares - logRecords, logRecords }
    } finally {
      for (const r of records) wipe(r.secret)
    }
  }

  /** Closes the database and wipes the keys. Idempotent; later calls fail with StoreClosedError. */
  close(): Promise<void> {
    return this.serialize(async () => {
      if (this.closed) return
      this.closed = true
      wipeKeys(this.keys)
      await this.db.close()
    })
  }

  private async read(db: Db, key: string, missing: string): Promise<Uint8Array> {
    const value = await db.get(key)
    if (value === undefined) throw new KeyNotFoundError(key, `${missing} in store at ${this.path}`)
    return value
  }

  private remove(key: string): Promise<boolean> {
    return this.exclusive(async (db) => {
      if (!(await db.has(key))) return false
      await db.del(key, DURABLE)
      return true
    })
  }

  /** Runs `fn` after every earlier operation, so rotation never races a read or write. */
  private serialize<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn)
    this.tail = run.catch(() => undefined)
    return run
  }

  private exclusive<T>(fn: (db: Db, keys: MasterKeys) => Promise<T>): Promise<T> {
    return this.serialize(() => {
      if (this.closed) throw new StoreClosedError(this.path)
      return fn(this.db, this.keys)
    })
  }
}

async function openExisting(where: string): Promise<Db> {
  if (!(await holdsLevelDb(where))) {
    // LevelDB files without CURRENT: a damaged store, not a missing one (creating one here would hide it)
    const files = await readdir(where).catch(() => [] as string[])
    if (files.some((f) => f.startsWith('MANIFEST-') || f.endsWith('.ldb') || f.endsWith('.log'))) {
      throw new StoreFormatError(`the keystore at ${where} is damaged: its LevelDB CURRENT file is missing (restore the data directory from a backup; do not create a new store over it)`)
    }
    throw new StoreNotFoundError(where)
  }
  return openLevel(where, { createIfMissing: false })
}

async function readHeaderRecord(db: Db, where: string): Promise<StoreHeader> {
  const bytes = await db.get(HEADER_KEY)
  if (bytes === undefined) throw new StoreFormatError(`store at ${where} has no header record: not a thresh keystore`)
  return readStoreHeader(bytes, storeWhat(where))
}

/** The record keys for `header`: the data key a protector unwraps, or scrypt's output for a version-1 store. */
async function unlock(header: StoreHeader, protector: Protector, where: string): Promise<MasterKeys> {
  if (header.version === 2) return unlockStoreHeader(header, protector, storeWhat(where))
  if (!(protector instanceof PassphraseProtector)) throw new ProtectorMismatchError(where, 'passphrase', protector.kind)
  return protector.unlockLegacy(header.legacy, storeWhat(where))
}

const isRecordKey = (key: string): boolean => key.startsWith(SHARE_PREFIX) || key.startsWith(SECRET_PREFIX) || key.startsWith(LOG_PREFIX)

function logPrefix(log: string): string {
  if (typeof log !== 'string' || !LOG_NAME.test(log)) throw new TypeError('log name must be 1..32 characters of [a-z0-9-]')
  return `${LOG_PREFIX}${log}:`
}

function logKey(log: string, seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1 || seq >= 10 ** SEQ_DIGITS) throw new TypeError(`log seq must be an integer in 1..${10 ** SEQ_DIGITS - 1}`)
  return logPrefix(log) + String(seq).padStart(SEQ_DIGITS, '0')
}

/** Checks a log record key from a backup: log name and a 12-digit seq. */
function parseLogKey(key: string): void {
  const m = /^log:([a-z0-9-]{1,32}):(\d{12})$/.exec(key)
  if (!m || Number(m[2]) < 1) throw new StoreFormatError(`node backup holds a malformed log record ${JSON.stringify(key)}`)
}

function encodeOp(keys: MasterKeys, op: BatchOp): Write {
  switch (op.type) {
    case 'putShare': {
      const key = shareKey(op.keyId)
      return { type: 'put', key, value: encodeRecord(keys, key, encodeMeta(op.share.meta), secretBytes(op.share.secret)) }
    }
    case 'putSecret': {
      const key = secretKey(op.name)
      return { type: 'put', key, value: encodeRecord(keys, key, new Uint8Array(0), secretBytes(op.secret)) }
    }
    case 'deleteShare':
      return { type: 'del', key: shareKey(op.keyId) }
    case 'deleteSecret':
      return { type: 'del', key: secretKey(op.name) }
    default:
      throw new TypeError(`unknown batch operation ${JSON.stringify((op as { type?: unknown }).type)}`)
  }
}

const shareKey = (keyId: string): string => SHARE_PREFIX + checkName('key id', keyId)
const secretKey = (name: string): string => SECRET_PREFIX + checkName('secret name', name)

function checkName(what: string, name: string): string {
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME_LENGTH) {
    throw new TypeError(`${what} must be a string of 1..${MAX_NAME_LENGTH} characters`)
  }
  if (/[\u0000-\u001f\u007f]/.test(name)) throw new TypeError(`${what} must not contain control characters`)
  return name
}

function secretBytes(secret: Uint8Array): Uint8Array {
  if (!(secret instanceof Uint8Array) || secret.length === 0) throw new TypeError('secret must be a non-empty Uint8Array')
  return secret
}

function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)
}

async function openLevel(path: string, options: { createIfMissing: boolean; errorIfExists?: boolean }): Promise<Db> {
  const db = new Level<string, Uint8Array>(path, { keyEncoding: 'utf8', valueEncoding: 'view', ...options })
  try {
    await db.open()
  } catch (err) {
    // level wraps LevelDB's "lock ... already held" as LEVEL_DATABASE_NOT_OPEN caused by LEVEL_LOCKED.
    const cause = (err as { cause?: { code?: unknown; message?: unknown } }).cause
    if (cause?.code === 'LEVEL_LOCKED') throw new StoreLockedError(path, { cause: err })
    // say why, and what to do: level's own message is only "Database failed to open"
    if (cause?.code === 'LEVEL_CORRUPTION') {
      throw new StoreFormatError(`the keystore at ${path} is damaged (LevelDB: ${String(cause.message)}): restore the data directory from a backup`, { cause: err })
    }
    const io = errnoCode(cause)
    if (io === 'EACCES' || io === 'EPERM' || io === 'EROFS') {
      throw new StoreFormatError(`the keystore at ${path} cannot be opened for writing (${io}: a read-only file system or wrong permissions); the node writes to it`, { cause: err })
    }
    if (cause?.message !== undefined) throw new StoreFormatError(`the keystore at ${path} failed to open: ${String(cause.message)}`, { cause: err })
    throw err
  }
  return db
}

/** The errno code behind a LevelDB I/O failure, from its code or its message ("IO error: …: Permission denied"). */
function errnoCode(cause: { code?: unknown; message?: unknown } | undefined): string | undefined {
  if (!cause) return undefined
  const text = `${String(cause.code ?? '')} ${String(cause.message ?? '')}`
  if (/EACCES|Permission denied/.test(text)) return 'EACCES'
  if (/EROFS|Read-only file system/.test(text)) return 'EROFS'
  if (/EPERM|Operation not permitted/.test(text)) return 'EPERM'
  return undefined
}

/** A LevelDB directory has a CURRENT file; checking first keeps open() from creating one. */
async function holdsLevelDb(path: string): Promise<boolean> {
  try {
    await stat(join(path, 'CURRENT'))
    return true
  } catch (err) {
    if (errnoOf(err, 'ENOENT', 'ENOTDIR')) return false
    throw err
  }
}

/** Makes a rename inside `dir` durable. */
async function fsyncDirectory(dir: string): Promise<void> {
  const handle = await openFile(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

function errnoOf(err: unknown, ...codes: string[]): boolean {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' && codes.includes(code)
}
