import { generateKemKeyPair, kemPublicKey, KEM_SECRET_KEY_LENGTH } from '@thresh/crypto'
import { kemAnnouncementStatement, type KemAnnouncement } from '@thresh/wire'
import type { KeyStore } from '@thresh/store'
import type { NodeIdentity } from './identity.js'

/**
 * The node's X-Wing KEM keys, which peers seal secret share messages to
 * (crypto/seal). Each lives in the keystore as secret `node-kem-xwing/<key id>`: its
 * 32-byte seed, then the unix second it was retired (4 bytes big-endian, 0 while it is
 * the current key). The current key is the one with the highest id; a retired one
 * stays for `retentionSeconds`, so that messages sealed to it by sessions that began
 * before a rotation still open, and is deleted at the next load after that.
 */
const PREFIX = 'node-kem-xwing/'
const RECORD_LENGTH = KEM_SECRET_KEY_LENGTH + 4

/** How long an announcement is valid: peers re-fetch within it (they cache it for less). */
export const KEM_ANNOUNCEMENT_VALIDITY_SECONDS = 24 * 60 * 60
/** A retired key outlives every announcement of it and every session sealed to it. */
export const KEM_RETIRED_RETENTION_SECONDS = 2 * KEM_ANNOUNCEMENT_VALIDITY_SECONDS

interface KemKey {
  readonly keyId: number
  readonly publicKey: Uint8Array
  readonly secretKey: Uint8Array
  readonly retiredAt: number
}

const nameOf = (keyId: number) => `${PREFIX}${String(keyId).padStart(10, '0')}`

function record(secretKey: Uint8Array, retiredAt: number): Uint8Array {
  const out = new Uint8Array(RECORD_LENGTH)
  out.set(secretKey)
  new DataView(out.buffer).setUint32(KEM_SECRET_KEY_LENGTH, retiredAt)
  return out
}

export class NodeKemKeys {
  private constructor(private readonly keys: Map<number, KemKey>) {}

  /**
   * The node's KEM keys; creates the first one when the store has none (a new node, or
   * one made before sealed share messages), and deletes retired keys past retention.
   */
  static async load(store: KeyStore, now = unixNow()): Promise<NodeKemKeys> {
    const keys = new Map<number, KemKey>()
    for (const name of await store.listSecretNames(PREFIX)) {
      const keyId = Number(name.slice(PREFIX.length))
      const stored = await store.getSecret(name)
      if (!Number.isSafeInteger(keyId) || keyId < 1 || stored.length !== RECORD_LENGTH) {
        stored.fill(0)
        throw new Error(`keystore record ${name} is not a KEM key`)
      }
      const retiredAt = new DataView(stored.buffer, stored.byteOffset).getUint32(KEM_SECRET_KEY_LENGTH)
      const secretKey = stored.slice(0, KEM_SECRET_KEY_LENGTH)
      stored.fill(0)
      if (retiredAt !== 0 && now - retiredAt > KEM_RETIRED_RETENTION_SECONDS) {
        secretKey.fill(0)
        await store.deleteSecret(name)
        continue
      }
      keys.set(keyId, { keyId, secretKey, publicKey: kemPublicKey(secretKey), retiredAt })
    }
    const kem = new NodeKemKeys(keys)
    if (keys.size === 0) await kem.add(store, 1, [])
    return kem
  }

  /** The key peers seal to now. */
  get current(): { readonly keyId: number; readonly publicKey: Uint8Array } {
    const keyId = Math.max(...this.keys.keys())
    return { keyId, publicKey: this.keys.get(keyId)!.publicKey }
  }

  /** Ids of the keys held (current and retired within retention), ascending. */
  get keyIds(): number[] {
    return [...this.keys.keys()].sort((a, b) => a - b)
  }

  /** The secret key of `keyId`, if this node still holds it. */
  secretKey(keyId: number): Uint8Array | undefined {
    return this.keys.get(keyId)?.secretKey
  }

  /**
   * Makes a new current key and retires the previous one (kept for
   * KEM_RETIRED_RETENTION_SECONDS), in one keystore batch. Returns the new key id.
   */
  async rotate(store: KeyStore, now = unixNow()): Promise<number> {
    const previous = this.keys.get(this.current.keyId)!
    const keyId = previous.keyId + 1
    await this.add(store, keyId, [{ type: 'putSecret', name: nameOf(previous.keyId), secret: record(previous.secretKey, now) }])
    this.keys.set(previous.keyId, { ...previous, retiredAt: now })
    return keyId
  }

  /** The current key's announcement, signed by the node's identity key, valid from `now`. */
  announcement(identity: NodeIdentity, now = unixNow()): KemAnnouncement {
    const body = { peerId: identity.peerId, ...this.current, issuedAt: now, expiresAt: now + KEM_ANNOUNCEMENT_VALIDITY_SECONDS }
    return { ...body, signature: identity.key.sign(kemAnnouncementStatement(body)) }
  }

  private async add(store: KeyStore, keyId: number, alongside: Parameters<KeyStore['batch']>[0]): Promise<void> {
    const pair = generateKemKeyPair()
    const stored = record(pair.secretKey, 0)
    try {
      await store.batch([...alongside, { type: 'putSecret', name: nameOf(keyId), secret: stored }])
    } finally {
      stored.fill(0)
    }
    this.keys.set(keyId, { keyId, ...pair, retiredAt: 0 })
  }
}

export function unixNow(): number {
  return Math.floor(Date.now() / 1000)
}
