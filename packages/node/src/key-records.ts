import { BanList, isScheme, type EcdsaKeyShare, type KeyShare, type PartyIndex, type Scheme } from '@thresh/crypto'
import type { JsonValue, KeyStore, ShareMeta } from '@thresh/store'
import { ecdsaKeyShareCodec, keyShareCodec, type Codec, type KeyInfo } from '@thresh/wire'

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
}

const META_VERSION = 1
/** Keystore secret holding the DKLs23 ban list (JSON): peers that failed a check, per key. */
export const BANS_SECRET = 'dkls-bans'

/** ECDSA keys carry their DKLs23 setup material; FROST keys are plain KeyShares. */
const codecFor = (scheme: Scheme): Codec<KeyShare> => (scheme === 'ecdsa' ? (ecdsaKeyShareCodec as Codec<KeyShare>) : keyShareCodec)

/**
 * The node's keys: public records (stored as the share's clear, authenticated
 * metadata) and secret shares (encrypted KeyShare records). A share is decrypted and
 * fully validated (every point, every scalar) the first time it is used, then kept:
 * re-validating a record on every signature costs more than the signature (subgroup
 * checks on ed25519), and the open keystore keeps its decryption keys in this same
 * process memory anyway.
 */
export class KeyRecords {
  private readonly records = new Map<string, KeyRecord>()
  private readonly shares = new Map<string, KeyShare>()
  private savedBans: string

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

  get(keyId: string): KeyRecord | undefined {
    return this.records.get(keyId)
  }

  list(): KeyRecord[] {
    return [...this.records.values()].sort((a, b) => (a.keyId < b.keyId ? -1 : a.keyId > b.keyId ? 1 : 0))
  }

  /**
   * The key's share (an EcdsaKeyShare for an ECDSA key), with a secretShare of its own
   * that the caller wipes when done.
   */
  async share(keyId: string): Promise<KeyShare> {
    let share = this.shares.get(keyId)
    if (!share) {
      const record = this.records.get(keyId)
      if (!record) throw new Error(`no key ${keyId}`)
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

  /** Stores a new key's share and record in one write. Refuses to replace an existing key. */
  async add(record: KeyRecord, share: KeyShare | EcdsaKeyShare): Promise<void> {
    if (this.records.has(record.keyId) || (await this.store.hasShare(record.keyId))) throw new Error(`key ${record.keyId} already exists`)
    const secret = codecFor(record.scheme).encode(share)
    try {
      await this.store.putShare(record.keyId, { meta: metaOf(record), secret })
    } finally {
      secret.fill(0)
    }
    this.records.set(record.keyId, record)
    this.shares.set(record.keyId, { ...share, secretShare: Uint8Array.from(share.secretShare) })
  }
}

/** The public KeyInfo of the coordinator RPC. */
export function keyInfo(r: KeyRecord): KeyInfo {
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
  }
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
  return { keyId, scheme, threshold, parties, self, groupPublicKey: hex(meta.groupPublicKey, 'group key'), chainCode: hex(meta.chainCode, 'chain code') }
}
