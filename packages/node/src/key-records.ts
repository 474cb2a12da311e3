import { BanList, isScheme, type EcdsaKeyShare, type KeyShare, type PartyIndex, type Scheme } from '@thresh/crypto'
import type { JsonValue, KeyStore, ShareMeta } from '@thresh/store'
import { ecdsaKeyShareCodec, keyShareCodec, type Codec, type KeyInfo } from '@thresh/wire'

/**
 * A key's lifecycle on this node. A keygen stores the new share `pending`: it cannot
 * sign, is not listed and is unknown to queries, because a DKG without a broadcast
 * channel can end for some parties and not for others. The coordinator commits it
 * (`active`) only once every party reported the same key.
 */
export type KeyState = 'pending' | 'active'

/** What the node keeps in clear about a key: enough to answer list/get requests and to check sign requests. */
export interface KeyRecord {
  readonly keyId: string
  readonly scheme: Scheme
  readonly threshold: number
  /** The committee's peer ids: parties[i] is party index i + 1. */
  readonly parties: readonly string[]
  /** This node's party index. */
  readonly self: PartyIndex
  readonly groupPublicKey: Uint8Array
  readonly chainCode: Uint8Array
  /** The nonce of the keygen attempt that created the share: commit and abort name it. */
  readonly nonce: Uint8Array
  readonly state: KeyState
  /** When the share was stored (ms since the epoch); records written before this field: undefined. */
  readonly createdAt?: number
}

/** Why a commit or an abort does not apply to this node's key. */
export type LifecycleRefusal =
  | 'no-such-attempt' // no pending share from that attempt (never stored, replaced or dropped)
  | 'committed' // an active key has this id (for abort: committed by that very attempt)
  | 'group-key-differs' // this node's share of that attempt has another group key

const META_VERSION = 2
/** Keystore secret holding the DKLs23 ban list (JSON): peers that failed a check, per key. */
export const BANS_SECRET = 'dkls-bans'

/** ECDSA keys carry their DKLs23 setup material; FROST keys are plain KeyShares. */
const codecFor = (scheme: Scheme): Codec<KeyShare> => (scheme === 'ecdsa' ? (ecdsaKeyShareCodec as Codec<KeyShare>) : keyShareCodec)

/**
 * The node's keys: public records (stored as the share's clear, authenticated
 * metadata, lifecycle state included) and secret shares (encrypted KeyShare records).
 * Only active keys sign, list or answer queries. A share is decrypted and
 * fully validated (every point, every scalar) the first time it is used, then kept:
 * re-validating a record on every signature costs more than the signature (subgroup
 * checks on ed25519), and the open keystore keeps its decryption keys in this same
 * process memory anyway.
 */
export class KeyRecords {
  private readonly records = new Map<string, KeyRecord>()
  private readonly shares = new Map<string, KeyShare>()
  private savedBans: string
  private tail: Promise<unknown> = Promise.resolve()
  /** When the records were loaded: the age of pending shares stored without a creation time counts from here. */
  private readonly loadedAt = Date.now()

  private constructor(
    private readonly store: KeyStore,
    /** Peers banned per ECDSA key (DKLs23 selective-abort defence), persisted in the keystore. */
    readonly bans: BanList,
  ) {
    this.savedBans = JSON.stringify(bans.toJSON())
  }

  static async open(store: KeyStore): Promise<KeyRecords> {
    let bans = new BanList()
    if (await store.hasSecret(BANS_SECRET)) {
      const bytes = await store.getSecret(BANS_SECRET)
      bans = BanList.fromJSON(JSON.parse(Buffer.from(bytes).toString('utf8')))
    }
    const keys = new KeyRecords(store, bans)
    for (const { keyId, meta } of await store.listKeys()) keys.records.set(keyId, recordFromMeta(keyId, meta))
    return keys
  }

  /** Writes the ban list if a session changed it. */
  async saveBans(): Promise<void> {
    const json = JSON.stringify(this.bans.toJSON())
    if (json === this.savedBans) return
    await this.store.putSecret(BANS_SECRET, new TextEncoder().encode(json))
    this.savedBans = json
  }

  /** The active key `keyId` (pending keys are not returned). */
  get(keyId: string): KeyRecord | undefined {
    const record = this.records.get(keyId)
    return record?.state === 'active' ? record : undefined
  }

  /** The pending share of `keyId`, if a keygen left one. */
  getPending(keyId: string): KeyRecord | undefined {
    const record = this.records.get(keyId)
    return record?.state === 'pending' ? record : undefined
  }

  /** Active keys, sorted by key id. */
  list(): KeyRecord[] {
    return this.inState('active')
  }

  /** Pending shares (keygens not committed or aborted yet), sorted by key id. */
  listPending(): KeyRecord[] {
    return this.inState('pending')
  }

  /**
   * Deletes the pending shares stored before `before` (ms since the epoch); a share from
   * before createdAt was recorded counts as stored at `loadedAt`, when this node started.
   * A coordinator that crashed between the phases of a keygen leaves them behind; past
   * the node's pendingTtlSec no commit can be expected. Returns the key ids dropped.
   */
  dropPendingBefore(before: number): Promise<string[]> {
    return this.serial(async () => {
      const stale = this.inState('pending').filter((r) => (r.createdAt ?? this.loadedAt) < before)
      if (stale.length > 0) await this.store.batch(stale.map((r) => ({ type: 'deleteShare' as const, keyId: r.keyId })))
      for (const r of stale) this.records.delete(r.keyId)
      return stale.map((r) => r.keyId)
    })
  }

  private inState(state: KeyState): KeyRecord[] {
    return [...this.records.values()].filter((r) => r.state === state).sort((a, b) => (a.keyId < b.keyId ? -1 : a.keyId > b.keyId ? 1 : 0))
  }

  /**
   * The key's share (an EcdsaKeyShare for an ECDSA key), with a secretShare of its own
   * that the caller wipes when done.
   */
  async share(keyId: string): Promise<KeyShare> {
    let share = this.shares.get(keyId)
    if (!share) {
      const record = this.get(keyId)
      if (!record) throw new Error(`no active key ${keyId}`)
      const stored = await this.store.getShare(keyId)
      try {
        share = codecFor(record.scheme).decode(stored.secret)
      } finally {
        stored.secret.fill(0)
      }
      this.shares.set(keyId, share)
    }
    return { ...share, secretShare: Uint8Array.from(share.secretShare) }
  }

  /** Wipes the shares kept in memory. */
  forget(): void {
    for (const share of this.shares.values()) share.secretShare.fill(0)
    this.shares.clear()
  }

  /**
   * Stores a new share as pending, in one write, replacing a pending share of an
   * earlier attempt under the same key id. False (nothing written) when an active key
   * has the id.
   */
  addPending(record: Omit<KeyRecord, 'state'>, share: KeyShare | EcdsaKeyShare): Promise<boolean> {
    return this.serial(async () => {
      if (this.get(record.keyId)) return false
      const pending: KeyRecord = { ...record, state: 'pending', createdAt: Date.now() }
      const secret = codecFor(record.scheme).encode(share)
      try {
        await this.store.putShare(record.keyId, { meta: metaOf(pending), secret })
      } finally {
        secret.fill(0)
      }
      this.records.set(record.keyId, pending)
      return true
    })
  }

  /**
   * Makes the pending share of attempt `nonce` active, if its group key is `groupPublicKey`:
   * one write of the same encrypted share under `active` metadata. Idempotent: the key
   * that attempt already committed is returned as it is.
   */
  commit(keyId: string, groupPublicKey: Uint8Array, nonce: Uint8Array): Promise<KeyRecord | LifecycleRefusal> {
    return this.serial(async () => {
      const record = this.records.get(keyId)
      if (!record || !sameBytes(record.nonce, nonce)) return record?.state === 'active' ? 'committed' : 'no-such-attempt'
      if (!sameBytes(record.groupPublicKey, groupPublicKey)) return 'group-key-differs'
      if (record.state === 'active') return record
      const active: KeyRecord = { ...record, state: 'active' }
      const stored = await this.store.getShare(keyId)
      try {
        await this.store.putShare(keyId, { meta: metaOf(active), secret: stored.secret })
      } finally {
        stored.secret.fill(0)
      }
      this.records.set(keyId, active)
      return active
    })
  }

  /** Deletes the pending share of attempt `nonce`. True if there was one; never deletes an active key. */
  dropPending(keyId: string, nonce: Uint8Array): Promise<boolean | LifecycleRefusal> {
    return this.serial(async () => {
      const record = this.records.get(keyId)
      if (!record || !sameBytes(record.nonce, nonce)) return false
      if (record.state === 'active') return 'committed'
      await this.store.deleteShare(keyId)
      this.records.delete(keyId)
      return true
    })
  }

  /** Runs key lifecycle changes one at a time, so a commit never interleaves with a replacement or an abort. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn)
    this.tail = run.catch(() => undefined)
    return run
  }
}

/** The public KeyInfo of the coordinator RPC. */
export function keyInfo(r: Omit<KeyRecord, 'state'>): KeyInfo {
  return { keyId: r.keyId, scheme: r.scheme, threshold: r.threshold, parties: r.parties, groupPublicKey: r.groupPublicKey, chainCode: r.chainCode }
}

function metaOf(r: KeyRecord): ShareMeta {
  return {
    version: META_VERSION,
    scheme: r.scheme,
    threshold: r.threshold,
    parties: [...r.parties],
    self: r.self,
    groupPublicKey: Buffer.from(r.groupPublicKey).toString('hex'),
    chainCode: Buffer.from(r.chainCode).toString('hex'),
    nonce: Buffer.from(r.nonce).toString('hex'),
    state: r.state,
    ...(r.createdAt === undefined ? {} : { createdAt: r.createdAt }),
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b)
}

function recordFromMeta(keyId: string, meta: ShareMeta): KeyRecord {
  const bad = (what: string): never => {
    throw new Error(`key ${keyId}: stored metadata has an invalid ${what}`)
  }
  if (meta.version !== META_VERSION) bad('version')
  const scheme = isScheme(meta.scheme) ? meta.scheme : bad('scheme')
  const parties = Array.isArray(meta.parties) && meta.parties.every((p: JsonValue) => typeof p === 'string') ? (meta.parties as string[]) : bad('committee')
  const threshold = typeof meta.threshold === 'number' && Number.isInteger(meta.threshold) && meta.threshold >= 1 && meta.threshold <= parties.length ? meta.threshold : bad('threshold')
  const self = typeof meta.self === 'number' && Number.isInteger(meta.self) && meta.self >= 1 && meta.self <= parties.length ? meta.self : bad('party index')
  const hex = (v: JsonValue | undefined, what: string): Uint8Array => (typeof v === 'string' && /^([0-9a-f]{2})+$/.test(v) ? new Uint8Array(Buffer.from(v, 'hex')) : bad(what))
  const state = meta.state === 'pending' || meta.state === 'active' ? meta.state : bad('state')
  const createdAt = meta.createdAt === undefined ? undefined : typeof meta.createdAt === 'number' && Number.isSafeInteger(meta.createdAt) && meta.createdAt >= 0 ? meta.createdAt : bad('creation time')
  return {
    keyId, scheme, threshold, parties, self,
    groupPublicKey: hex(meta.groupPublicKey, 'group key'), chainCode: hex(meta.chainCode, 'chain code'), nonce: hex(meta.nonce, 'keygen nonce'), state,
    ...(createdAt === undefined ? {} : { createdAt }),
  }
}
