import { assertIdentityKeys } from '../identity/ed25519-identity.js'
import type { PartyIndex } from '../session/types.js'
import { MAX_LIFECYCLE_PARTIES } from './pinned-key.js'
import type { RosterEntry } from './types.js'

/** A roster's session parties (1..n) and their identity keys by session index. */
export interface CheckedRoster {
  readonly sessionParties: readonly PartyIndex[]
  readonly identities: ReadonlyMap<PartyIndex, Uint8Array>
  /** Session party of each old committee index on the roster. */
  readonly byOld: ReadonlyMap<PartyIndex, PartyIndex>
  /** Session party of each next committee index on the roster. */
  readonly byNext: ReadonlyMap<PartyIndex, PartyIndex>
  /** Old / next committee index of each session party that has one. */
  readonly oldOf: ReadonlyMap<PartyIndex, PartyIndex>
  readonly nextOf: ReadonlyMap<PartyIndex, PartyIndex>
}

const MAX_ROSTER = 2 * MAX_LIFECYCLE_PARTIES

/** Validates the roster's shape and identities: indices positive and used once each, identities distinct. */
export function checkRoster(roster: readonly RosterEntry[]): CheckedRoster {
  if (!Array.isArray(roster) || roster.length < 1 || roster.length > MAX_ROSTER) throw new RangeError(`roster must list 1..${MAX_ROSTER} parties`)
  const byOld = new Map<PartyIndex, PartyIndex>()
  const byNext = new Map<PartyIndex, PartyIndex>()
  const identities = new Map<PartyIndex, Uint8Array>()
  const oldOf = new Map<PartyIndex, PartyIndex>()
  const nextOf = new Map<PartyIndex, PartyIndex>()
  roster.forEach((entry, i) => {
    const s = i + 1
    if (typeof entry !== 'object' || entry === null) throw new RangeError(`roster[${i}] must be an entry`)
    for (const [field, index, seen, own] of [['old', entry.old, byOld, oldOf], ['next', entry.next, byNext, nextOf]] as const) {
      if (index === undefined) continue
      if (!Number.isInteger(index) || index < 1 || index > 0xffffffff) throw new RangeError(`roster[${i}].${field} must be an integer in 1..2^32-1`)
      if (seen.has(index)) throw new RangeError(`roster lists ${field} index ${index} twice`)
      seen.set(index, s)
      own.set(s, index)
    }
    identities.set(s, entry.identity)
  })
  const sessionParties = roster.map((_, i) => i + 1)
  assertIdentityKeys(sessionParties, identities, 'roster party')
  return { sessionParties, identities, byOld, byNext, oldOf, nextOf }
}
