/*
 * Peers banned per key. DKLs23 reuses the base-OT correlations of a key across signing
 * sessions; a peer that fails an OT-extension, VOLE, Gamma, commitment or public-share
 * check may have learned a bit of them (selective failure), so an honest signer refuses
 * every later session of that key with it until the key is refreshed (new setup
 * material), and its sessions already running with it stop before their next use of the
 * correlations (sign-session.ts looks again before each). The caller owns the list,
 * shares it between its sessions of a key and persists it (toJSON / fromJSON).
 */
import type { PartyIndex } from '../session/types.js'

/** The persisted form: key id → banned party indices, ascending. */
export interface BanListData {
  readonly version: 1
  readonly keys: Readonly<Record<string, readonly PartyIndex[]>>
}

export class BanList {
  private readonly byKey = new Map<string, Set<PartyIndex>>()

  ban(keyId: string, parties: Iterable<PartyIndex>): void {
    let set = this.byKey.get(keyId)
    if (!set) this.byKey.set(keyId, (set = new Set()))
    for (const p of parties) set.add(p)
    if (set.size === 0) this.byKey.delete(keyId)
  }

  isBanned(keyId: string, party: PartyIndex): boolean {
    return this.byKey.get(keyId)?.has(party) ?? false
  }

  banned(keyId: string): PartyIndex[] {
    return [...(this.byKey.get(keyId) ?? [])].sort((a, b) => a - b)
  }

  /** Forgets the bans of a key: call after its refresh replaced the setup material. */
  clear(keyId: string): void {
    this.byKey.delete(keyId)
  }

  toJSON(): BanListData {
    const keys: Record<string, PartyIndex[]> = {}
    for (const keyId of [...this.byKey.keys()].sort()) keys[keyId] = this.banned(keyId)
    return { version: 1, keys }
  }

  static fromJSON(data: unknown): BanList {
    const d = data as BanListData
    if (typeof d !== 'object' || d === null || d.version !== 1 || typeof d.keys !== 'object' || d.keys === null) {
      throw new TypeError('ban list: unrecognized format')
    }
    const list = new BanList()
    for (const [keyId, parties] of Object.entries(d.keys)) {
      if (!Array.isArray(parties) || parties.some((p) => !Number.isInteger(p) || p < 1)) throw new TypeError(`ban list: bad entry for key ${keyId}`)
      list.ban(keyId, parties)
    }
    return list
  }
}
