import { BanList, isScheme, type CggmpKeyShare, type EcdsaKeyShare, type KeyShare, type MlDsaKeyShare, type PartyIndex } from '@thresh/crypto'
import type { JsonValue, KeyStore, ShareMeta } from '@thresh/store'
import { cggmpKeyShareCodec, ecdsaKeyShareCodec, keyShareCodec, mlDsaKeyShareCodec, type Codec, type EcdsaEngine, type KeyInfo, type KeyScheme, type MemberSecurity } from '@thresh/wire'

/**
 * A key's lifecycle on this node. A keygen (or an import, or a reshare that adds this
 * node) stores the new share `pending`: it cannot sign, is not listed and is unknown to
 * queries, because a protocol without a broadcast channel can end for some parties and
 * not for others. The coordinator commits it (`active`) only once every party reported
 * the same key. A refresh, reshare or repair of an active key stores the next epoch's
 * share pending *beside* the active one (the active one keeps signing); its commit
 * replaces the active share in one write, and a dealer that leaves the committee
 * deletes its share at that commit. So a node holds at most one active epoch.
 */
export type KeyState = 'pending' | 'active'

/** What the node keeps in clear about a key: enough to answer list/get requests and to check sign requests. */
export interface KeyRecord {
  readonly keyId: string
  readonly scheme: KeyScheme
  readonly threshold: number
  /** The committee's peer ids: parties[i] is party index i + 1. */
  readonly parties: readonly string[]
  /** This node's party index. */
  readonly self: PartyIndex
  readonly groupPublicKey: Uint8Array
  readonly chainCode: Uint8Array
  /** The key's generation: 0 from keygen, +1 per refresh, reshare or repair. */
  readonly epoch: number
  /** Each party's public share, in `parties` order. */
  readonly publicShares: readonly Uint8Array[]
  /** The nonce of the attempt (keygen, refresh, reshare, repair, import) that created this share: commit and abort name it. */
  readonly nonce: Uint8Array
  readonly state: KeyState
  /** When the share was stored (ms since the epoch); records written before this field: undefined. */
  readonly createdAt?: number
  /** Active keys only: the nonce of a pending reshare that leaves this node out; its commit deletes the key here. */
  readonly retiring?: Uint8Array
  /** Keys made with an attestation exchange: each member's share protection and whether it attested, in `parties` order. */
  readonly members?: readonly MemberSecurity[]
  /** 'ecdsa' keys: 'cggmp' for a CGGMP key; absent: DKLs23. Stored in the clear metadata and fixed for the key's life. */
  readonly engine?: EcdsaEngine
}

/** Why a commit or an abort does not apply to this node's key. */
export type LifecycleRefusal =
  | 'no-such-attempt' // no pending share from that attempt (never stored, replaced or dropped)
  | 'committed' // an active key has this id (for abort: committed by that very attempt)
  | 'group-key-differs' // this node's share of that attempt has another group key

const META_VERSION = 3
/** Keystore secret holding the DKLs23 ban list (JSON): peers that failed a check, per key. */
export const BANS_SECRET = 'dkls-bans'
/** The store entry of a key's pending next epoch: key ids never contain '#'. */
const NEXT_SUFFIX = '#next'
/** Keystore secret remembering that a commit retired this node from a key (its nonce), so a re-sent commit is answered. */
const retiredSecret = (keyId: string): string => `retired/${keyId}`

/** What a keystore share record holds: a KeyShare (FROST), an EcdsaKeyShare (with its DKLs23 material), or an MlDsaKeyShare. */
export type StoredShare = KeyShare | EcdsaKeyShare | CggmpKeyShare | MlDsaKeyShare

/** ECDSA keys carry their DKLs23 setup material; FROST keys are plain KeyShares; ML-DSA keys their subset shares. */
const codecFor = (scheme: KeyScheme, engine?: EcdsaEngine): Codec<StoredShare> =>
  (scheme === 'ecdsa' && engine === 'cggmp' ? cggmpKeyShareCodec : scheme === 'ml-dsa-44' ? mlDsaKeyShareCodec : scheme === 'ecdsa' ? ecdsaKeyShareCodec : keyShareCodec) as Codec<StoredShare>

const isKeyScheme = (value: unknown): value is KeyScheme => value === 'ml-dsa-44' || isScheme(value)

/** Overwrites every secret polynomial of an ML-DSA share (the decoded copy this node keeps or hands out). */
export function wipeMlDsaShare(share: MlDsaKeyShare): void {
  for (const s of share.shares.values()) for (const p of [...s.s1, ...s.s2]) p.fill(0)
}

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
  /** Pending next epochs of active keys. */
  private readonly nexts = new Map<string, KeyRecord>()
  private readonly shares = new Map<string, KeyShare>()
  private readonly mlDsaShares = new Map<string, MlDsaKeyShare>()
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
    for (const { keyId: entry, meta } of await store.listKeys()) {
      const next = entry.endsWith(NEXT_SUFFIX)
      const keyId = next ? entry.slice(0, -NEXT_SUFFIX.length) : entry
      const record = meta.version === 2 ? await upgradeV2(store, keyId, meta) : recordFromMeta(keyId, meta)
      ;(next ? keys.nexts : keys.records).set(keyId, record)
    }
    return keys
  }

  /** Writes the ban list if a session changed it. */
  saveBans(): Promise<void> {
    return this.saveBansNow()
  }

  private async saveBansNow(): Promise<void> {
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

  /** The pending share of `keyId` (a keygen's, or a next epoch beside an active key), if there is one. */
  getPending(keyId: string): KeyRecord | undefined {
    const record = this.records.get(keyId)
    return record?.state === 'pending' ? record : this.nexts.get(keyId)
  }

  /** Active keys, sorted by key id. */
  list(): KeyRecord[] {
    return this.inState('active')
  }

  /** Pending shares (operations not committed or aborted yet), sorted by key id. */
  listPending(): KeyRecord[] {
    return byKeyId([...this.inState('pending'), ...this.nexts.values()])
  }

  /**
   * Deletes the pending shares stored before `before` (ms since the epoch); a share from
   * before createdAt was recorded counts as stored at `loadedAt`, when this node started.
   * A coordinator that crashed between the phases of a keygen leaves them behind; past
   * the node's pendingTtlSec no commit can be expected. Returns the key ids dropped.
   */
  dropPendingBefore(before: number): Promise<string[]> {
    return this.serial(async () => {
      const old = (r: KeyRecord) => (r.createdAt ?? this.loadedAt) < before
      const stale = this.inState('pending').filter(old)
      const staleNext = [...this.nexts.values()].filter(old)
      const ops = [...stale.map((r) => r.keyId), ...staleNext.map((r) => r.keyId + NEXT_SUFFIX)].map((keyId) => ({ type: 'deleteShare' as const, keyId }))
      if (ops.length > 0) await this.store.batch(ops)
      for (const r of stale) this.records.delete(r.keyId)
      for (const r of staleNext) this.nexts.delete(r.keyId)
      return byKeyId([...stale, ...staleNext]).map((r) => r.keyId)
    })
  }

  private inState(state: KeyState): KeyRecord[] {
    return byKeyId([...this.records.values()].filter((r) => r.state === state))
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
      if (record.scheme === 'ml-dsa-44') throw new Error(`key ${keyId} is an ML-DSA key: use mlDsaShare()`)
      share = await this.decodeShare(keyId, record.scheme, record.engine) as KeyShare
      this.shares.set(keyId, share)
    }
    return { ...share, secretShare: Uint8Array.from(share.secretShare) }
  }

  /** The ML-DSA key's share, decoded and validated once; a copy whose secret polynomials the caller wipes (wipeMlDsaShare). */
  async mlDsaShare(keyId: string): Promise<MlDsaKeyShare> {
    let share = this.mlDsaShares.get(keyId)
    if (!share) {
      const record = this.get(keyId)
      if (record?.scheme !== 'ml-dsa-44') throw new Error(`no active ML-DSA key ${keyId}`)
      share = await this.decodeShare(keyId, record.scheme) as MlDsaKeyShare
      this.mlDsaShares.set(keyId, share)
    }
    const shares = new Map([...share.shares].map(([k, s]) => [k, { members: s.members, s1: s.s1.map((p) => p.slice()), s2: s.s2.map((p) => p.slice()) }] as const))
    return { ...share, shares }
  }

  private async decodeShare(keyId: string, scheme: KeyScheme, engine?: EcdsaEngine): Promise<StoredShare> {
    const stored = await this.store.getShare(keyId)
    try {
      return codecFor(scheme, engine).decode(stored.secret)
    } finally {
      stored.secret.fill(0)
    }
  }

  /** Wipes the shares kept in memory. */
  forget(): void {
    for (const share of this.shares.values()) share.secretShare.fill(0)
    this.shares.clear()
    for (const share of this.mlDsaShares.values()) wipeMlDsaShare(share)
    this.mlDsaShares.clear()
  }

  /** Drops the decoded share of `keyId` from memory (its stored record changed). */
  private evict(keyId: string): void {
    this.shares.get(keyId)?.secretShare.fill(0)
    this.shares.delete(keyId)
    const mlDsa = this.mlDsaShares.get(keyId)
    if (mlDsa) wipeMlDsaShare(mlDsa)
    this.mlDsaShares.delete(keyId)
  }

  /**
   * Stores a new share as pending, in one write, replacing a pending share of an
   * earlier attempt under the same key id. False (nothing written) when an active key
   * has the id.
   */
  addPending(record: Omit<KeyRecord, 'state'>, share: StoredShare): Promise<boolean> {
    return this.serial(async () => {
      if (this.get(record.keyId)) return false
      const pending: KeyRecord = { ...record, state: 'pending', createdAt: Date.now() }
      const secret = codecFor(record.scheme, record.engine).encode(share)
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
   * Stores the share of a lifecycle operation's new epoch as pending: beside the active
   * share when this node has the key (replacing a pending next epoch of an earlier
   * attempt), otherwise as a new pending key like a keygen's.
   */
  addNext(record: Omit<KeyRecord, 'state'>, share: KeyShare | EcdsaKeyShare | CggmpKeyShare): Promise<void> {
    return this.serial(async () => {
      const pending: KeyRecord = { ...record, state: 'pending', createdAt: Date.now() }
      const active = this.get(record.keyId)
      const secret = codecFor(record.scheme, record.engine).encode(share)
      try {
        await this.store.putShare(active ? record.keyId + NEXT_SUFFIX : record.keyId, { meta: metaOf(pending), secret })
      } finally {
        secret.fill(0)
      }
      ;(active ? this.nexts : this.records).set(record.keyId, pending)
    })
  }

  /** Marks the active key as leaving this node when the operation `nonce` commits (this node dealt in a reshare that drops it). */
  markRetiring(keyId: string, nonce: Uint8Array): Promise<void> {
    return this.serial(async () => {
      const record = this.get(keyId)
      if (!record) throw new Error(`no active key ${keyId}`)
      await this.rewriteMeta({ ...record, retiring: Uint8Array.from(nonce) })
    })
  }

  /**
   * Commits attempt `nonce` if its group key is `groupPublicKey`: a pending keygen (or
   * import) becomes active; a pending next epoch replaces the active share in one batch
   * (and the old epoch's bytes are compacted away); a key this node retires from is
   * deleted the same way ('retired'). The DKLs23 bans of a key end with its epoch.
   * Idempotent: an attempt committed before answers as now.
   */
  commit(keyId: string, groupPublicKey: Uint8Array, nonce: Uint8Array): Promise<KeyRecord | 'retired' | LifecycleRefusal> {
    return this.serial(async () => {
      const next = this.nexts.get(keyId)
      const record = this.records.get(keyId)
      if (next && sameBytes(next.nonce, nonce)) {
        if (!sameBytes(next.groupPublicKey, groupPublicKey)) return 'group-key-differs'
        const active: KeyRecord = { ...next, state: 'active' }
        const stored = await this.store.getShare(keyId + NEXT_SUFFIX)
        try {
          await this.store.batch([
            { type: 'putShare', keyId, share: { meta: metaOf(active), secret: stored.secret } },
            { type: 'deleteShare', keyId: keyId + NEXT_SUFFIX },
          ])
        } finally {
          stored.secret.fill(0)
        }
        this.nexts.delete(keyId)
        this.records.set(keyId, active)
        await this.newEpoch(keyId)
        return active
      }
      if (record?.retiring && sameBytes(record.retiring, nonce)) {
        if (!sameBytes(record.groupPublicKey, groupPublicKey)) return 'group-key-differs'
        await this.store.putSecret(retiredSecret(keyId), nonce)
        await this.store.batch([
          { type: 'deleteShare', keyId },
          ...(next ? [{ type: 'deleteShare' as const, keyId: keyId + NEXT_SUFFIX }] : []),
        ])
        this.records.delete(keyId)
        this.nexts.delete(keyId)
        await this.newEpoch(keyId)
        return 'retired'
      }
      if (!record && (await this.store.hasSecret(retiredSecret(keyId)))) {
        const retiredBy = await this.store.getSecret(retiredSecret(keyId))
        if (sameBytes(retiredBy, nonce)) return 'retired'
      }
      if (!record || !sameBytes(record.nonce, nonce)) return record?.state === 'active' ? 'committed' : 'no-such-attempt'
      if (!sameBytes(record.groupPublicKey, groupPublicKey)) return 'group-key-differs'
      if (record.state === 'active') return record
      const active: KeyRecord = { ...record, state: 'active' }
      await this.rewriteMeta(active)
      if (active.epoch > 0) await this.newEpoch(keyId)
      return active
    })
  }

  /**
   * Drops what attempt `nonce` left pending: a keygen's pending key, a next epoch, a
   * retirement mark. True if there was something; never deletes an active key.
   */
  dropPending(keyId: string, nonce: Uint8Array): Promise<boolean | LifecycleRefusal> {
    return this.serial(async () => {
      const next = this.nexts.get(keyId)
      const record = this.records.get(keyId)
      let dropped = false
      if (next && sameBytes(next.nonce, nonce)) {
        await this.store.deleteShare(keyId + NEXT_SUFFIX)
        this.nexts.delete(keyId)
        dropped = true
      }
      if (record?.retiring && sameBytes(record.retiring, nonce)) {
        const { retiring: _, ...kept } = record
        await this.rewriteMeta(kept)
        dropped = true
      }
      if (dropped || !record || !sameBytes(record.nonce, nonce)) return dropped
      if (record.state === 'active') return 'committed'
      await this.store.deleteShare(keyId)
      this.records.delete(keyId)
      return true
    })
  }

  /** Rewrites a record's metadata over the same encrypted share. */
  private async rewriteMeta(record: KeyRecord): Promise<void> {
    const stored = await this.store.getShare(record.keyId)
    try {
      await this.store.putShare(record.keyId, { meta: metaOf(record), secret: stored.secret })
    } finally {
      stored.secret.fill(0)
    }
    this.records.set(record.keyId, record)
  }

  /** After a key changed epoch here: no decoded old share in memory, none left in the store files, no bans of the old setup. */
  private async newEpoch(keyId: string): Promise<void> {
    this.evict(keyId)
    await this.store.compactShares()
    this.bans.clear(keyId)
    await this.saveBansNow()
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
  return {
    keyId: r.keyId, scheme: r.scheme, threshold: r.threshold, parties: r.parties, groupPublicKey: r.groupPublicKey, chainCode: r.chainCode,
    epoch: r.epoch, publicShares: r.publicShares,
    ...(r.members ? { members: r.members } : {}),
    ...(r.engine === 'cggmp' ? { engine: r.engine } : {}),
  }
}

/** The public facts of `share` as a record's fields (public shares in committee order). */
export function publicFacts(share: KeyShare): Pick<KeyRecord, 'groupPublicKey' | 'chainCode' | 'epoch' | 'publicShares'> {
  return {
    groupPublicKey: share.groupPublicKey,
    chainCode: share.chainCode,
    epoch: share.epoch,
    publicShares: [...share.parties].sort((a, b) => a - b).map((p) => share.publicShares.get(p)!),
  }
}

function byKeyId(records: KeyRecord[]): KeyRecord[] {
  return records.sort((a, b) => (a.keyId < b.keyId ? -1 : a.keyId > b.keyId ? 1 : 0))
}

/**
 * A record of format 2 (before epochs): epoch 0, and its public shares read from the
 * share itself; rewritten as format 3 so that this happens once.
 */
async function upgradeV2(store: KeyStore, keyId: string, meta: ShareMeta): Promise<KeyRecord> {
  const old = recordFromMeta(keyId, { ...meta, version: META_VERSION, epoch: 0, publicShares: [] })
  const stored = await store.getShare(keyId)
  try {
    const share = codecFor(old.scheme, old.engine).decode(stored.secret) as KeyShare
    share.secretShare.fill(0)
    const record: KeyRecord = { ...old, ...publicFacts(share) }
    await store.putShare(keyId, { meta: metaOf(record), secret: stored.secret })
    return record
  } finally {
    stored.secret.fill(0)
  }
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
    epoch: r.epoch,
    publicShares: r.publicShares.map((p) => Buffer.from(p).toString('hex')),
    nonce: Buffer.from(r.nonce).toString('hex'),
    state: r.state,
    ...(r.createdAt === undefined ? {} : { createdAt: r.createdAt }),
    ...(r.retiring === undefined ? {} : { retiring: Buffer.from(r.retiring).toString('hex') }),
    ...(r.members === undefined ? {} : { members: r.members.map((m) => ({ protection: m.protection, attested: m.attested })) }),
    ...(r.engine === 'cggmp' ? { engine: r.engine } : {}),
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
  const scheme = isKeyScheme(meta.scheme) ? meta.scheme : bad('scheme')
  const parties = Array.isArray(meta.parties) && meta.parties.every((p: JsonValue) => typeof p === 'string') ? (meta.parties as string[]) : bad('committee')
  const threshold = typeof meta.threshold === 'number' && Number.isInteger(meta.threshold) && meta.threshold >= 1 && meta.threshold <= parties.length ? meta.threshold : bad('threshold')
  const self = typeof meta.self === 'number' && Number.isInteger(meta.self) && meta.self >= 1 && meta.self <= parties.length ? meta.self : bad('party index')
  const hex = (v: JsonValue | undefined, what: string): Uint8Array => (typeof v === 'string' && /^([0-9a-f]{2})+$/.test(v) ? new Uint8Array(Buffer.from(v, 'hex')) : bad(what))
  const state = meta.state === 'pending' || meta.state === 'active' ? meta.state : bad('state')
  const createdAt = meta.createdAt === undefined ? undefined : typeof meta.createdAt === 'number' && Number.isSafeInteger(meta.createdAt) && meta.createdAt >= 0 ? meta.createdAt : bad('creation time')
  const epoch = typeof meta.epoch === 'number' && Number.isInteger(meta.epoch) && meta.epoch >= 0 && meta.epoch <= 0xffffffff ? meta.epoch : bad('epoch')
  const publicShares = Array.isArray(meta.publicShares) ? meta.publicShares.map((p) => hex(p, 'public share')) : bad('public shares')
  return {
    keyId, scheme, threshold, parties, self, epoch, publicShares,
    groupPublicKey: hex(meta.groupPublicKey, 'group key'),
    // ML-DSA keys have no chain code
    chainCode: scheme === 'ml-dsa-44' && meta.chainCode === '' ? new Uint8Array(0) : hex(meta.chainCode, 'chain code'), nonce: hex(meta.nonce, 'keygen nonce'), state,
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(meta.retiring === undefined ? {} : { retiring: hex(meta.retiring, 'retiring nonce') }),
    ...(meta.members === undefined ? {} : { members: membersOf(meta.members, parties.length) ?? bad('member security') }),
    ...(meta.engine === undefined ? {} : { engine: meta.engine === 'cggmp' && scheme === 'ecdsa' ? 'cggmp' as const : bad('engine') }),
  }
}

const PROTECTIONS: readonly string[] = ['unknown', 'passphrase', 'pkcs11', 'tpm2']

function membersOf(value: JsonValue, parties: number): MemberSecurity[] | undefined {
  if (!Array.isArray(value) || value.length !== parties) return undefined
  const members = value.map((m) => (typeof m === 'object' && m !== null && !Array.isArray(m) && PROTECTIONS.includes(m.protection as string) && typeof m.attested === 'boolean'
    ? { protection: m.protection as MemberSecurity['protection'], attested: m.attested }
    : undefined))
  return members.every((m) => m !== undefined) ? members : undefined
}
