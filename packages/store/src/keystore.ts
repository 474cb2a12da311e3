import { open as openFile, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { Level } from 'level'
import { decodeBackup, encodeBackup } from './backup.js'
import {
  KeyExistsError,
  KeyNotFoundError,
  StoreClosedError,
  StoreExistsError,
  StoreFormatError,
  StoreLockedError,
  StoreNotFoundError,
} from './errors.js'
import { readHeader, sealHeader, unlockHeader, type HeaderKind } from './header.js'
import { resolveKdf, wipeKeys, type KdfParams, type MasterKeys } from './kdf.js'
import { decodeMeta, encodeMeta, type ShareMeta } from './meta.js'
import { wipe } from './primitives.js'
import { encodeRecord, openRecord, readPublic } from './record.js'

export interface KeyStoreOptions {
  /** scrypt cost; defaults to DEFAULT_KDF (N=2^17, r=8, p=1). */
  readonly kdf?: Partial<KdfParams>
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
const SHARE_PREFIX = 'share:'
const SECRET_PREFIX = 'secret:'
const MAX_NAME_LENGTH = 256
/** Every write is fsynced before it is acknowledged. */
const DURABLE = { sync: true } as const

const storeHeader = (path: string): HeaderKind => ({ magic: 'thresh-keystore', version: 1, what: `store at ${path}` })

/**
 * An encrypted keystore on LevelDB: key shares (clear, authenticated metadata plus an
 * AES-256-GCM-encrypted secret) and named secrets, under keys derived with scrypt from
 * the operator's passphrase. One instance per directory; LevelDB's LOCK keeps other
 * processes out. Operations on one instance run one at a time, in call order.
 */
export class KeyStore {
  private tail: Promise<unknown> = Promise.resolve()
  private closed = false

  private constructor(
    /** Absolute path of the LevelDB directory. */
    readonly path: string,
    private readonly db: Db,
    private keys: MasterKeys,
    private params: KdfParams,
  ) {}

  /** Creates a new store at `path` (atomically: it appears complete or not at all). */
  static async create(path: string, passphrase: string | Uint8Array, options: KeyStoreOptions = {}): Promise<KeyStore> {
    const params = resolveKdf(options.kdf)
    const where = resolve(path)
    if (await holdsLevelDb(where)) throw new StoreExistsError(where)
    const { keys, header } = await sealHeader(storeHeader(where), passphrase, params)
    const parent = dirname(where)
    let staging: string | undefined
    try {
      await mkdir(parent, { recursive: true })
      // Build the store beside its destination and rename it into place, so a crash
      // mid-create never leaves a half-made store behind under the real name.
      staging = await mkdtemp(join(parent, `.${basename(where)}.creating-`))
      const db = await openLevel(staging, { createIfMissing: true, errorIfExists: true })
      try {
        await db.put(HEADER_KEY, header, DURABLE)
      } finally {
        await db.close()
      }
      await rename(staging, where).catch((err: unknown) => {
        throw errnoOf(err, 'ENOTEMPTY', 'EEXIST', 'ENOTDIR') ? new StoreExistsError(where) : err
      })
      await fsyncDirectory(parent)
      return new KeyStore(where, await openLevel(where, { createIfMissing: false }), keys, params)
    } catch (err) {
      wipeKeys(keys)
      if (staging !== undefined) await rm(staging, { recursive: true, force: true })
      throw err
    }
  }

  /** Opens an existing store; a wrong passphrase fails here, before any record is read. */
  static async open(path: string, passphrase: string | Uint8Array): Promise<KeyStore> {
    const where = resolve(path)
    if (!(await holdsLevelDb(where))) throw new StoreNotFoundError(where)
    const db = await openLevel(where, { createIfMissing: false })
    try {
      const bytes = await db.get(HEADER_KEY)
      if (bytes === undefined) throw new StoreFormatError(`store at ${where} has no header record: not a thresh keystore`)
      const header = readHeader(storeHeader(where), bytes)
      if (header.bytes.length !== bytes.length) throw new StoreFormatError(`store at ${where} has trailing bytes in its header`)
      const keys = await unlockHeader(header, passphrase, `wrong passphrase for store at ${where} (or its header was modified)`)
      return new KeyStore(where, db, keys, header.params)
    } catch (err) {
      await db.close()
      throw err
    }
  }

  /** The scrypt parameters the store is currently sealed with. */
  get kdf(): KdfParams {
    return { ...this.params }
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
    const params = resolveKdf(options.kdf, this.params)
    return this.exclusive(async (db, oldKeys) => {
      const { keys, header } = await sealHeader(storeHeader(this.path), newPassphrase, params)
      try {
        const writes: Write[] = [{ type: 'put', key: HEADER_KEY, value: header }]
        for await (const [key, value] of db.iterator()) {
          if (key === HEADER_KEY) continue
          const { publicBytes, secret } = openRecord(oldKeys, key, value)
          writes.push({ type: 'put', key, value: encodeRecord(keys, key, publicBytes, secret) })
          wipe(secret)
        }
        await db.batch(writes, DURABLE)
      } catch (err) {
        wipeKeys(keys)
        throw err
      }
      wipeKeys(oldKeys)
      this.keys = keys
      this.params = params
    })
  }

  /**
   * A self-contained encrypted backup of one key share under `backupPassphrase`, with its
   * own salt and scrypt parameters (default: the store's).
   */
  async exportKey(keyId: string, backupPassphrase: string | Uint8Array, options: KeyStoreOptions = {}): Promise<Uint8Array> {
    const params = resolveKdf(options.kdf, this.params)
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
    if ((err as { cause?: { code?: unknown } }).cause?.code === 'LEVEL_LOCKED') throw new StoreLockedError(path, { cause: err })
    throw err
  }
  return db
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
