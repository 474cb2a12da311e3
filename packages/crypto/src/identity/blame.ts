import { ProtocolAbort, type PartyIndex } from '../session/types.js'

/**
 * Collects the parties proven to have misbehaved while a round is judged, so that one
 * ProtocolAbort names all of them rather than the first one found.
 */
export class Blame {
  private readonly reasons = new Map<PartyIndex, string>()

  add(party: PartyIndex, reason: string): void {
    if (!this.reasons.has(party)) this.reasons.set(party, reason)
  }

  has(party: PartyIndex): boolean {
    return this.reasons.has(party)
  }

  /** Throws one ProtocolAbort naming every blamed party; returns if nobody is blamed. */
  settle(what: string): void {
    if (this.reasons.size === 0) return
    const detail = [...this.reasons].map(([p, r]) => `party ${p}: ${r}`).join('; ')
    throw new ProtocolAbort(`${what}: ${detail}`, [...this.reasons.keys()])
  }
}
