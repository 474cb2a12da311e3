import { equalBytes } from '@noble/curves/utils.js'
import type { PartyIndex } from '../session/types.js'
import type { Blame } from './blame.js'
import { verifyStatement, type StatementContext } from './statement.js'

/**
 * One party's view of a round of signed broadcasts: for every party of the session
 * (ascending), the digest of the message it received from that party and the sender's
 * identity signature over that digest's statement (purpose, session, sender, digest).
 *
 * Broadcasts travel as point-to-point messages, so a cheater can send different
 * messages to different parties. Exchanging views in the next round exposes that:
 * two validly signed, different digests from one sender prove it equivocated, and a
 * view entry whose signature fails proves its reporter made it up.
 */
export interface SignedView {
  readonly digests: readonly Uint8Array[]
  readonly signatures: readonly Uint8Array[]
}

/** Throws unless `view` has one 32-byte digest and one 64-byte signature per party. */
export function assertViewShape(view: SignedView, parties: number): void {
  const { digests, signatures } = view
  if (!Array.isArray(digests) || !Array.isArray(signatures) || digests.length !== parties || signatures.length !== parties) {
    throw new Error(`view must list ${parties} digests and signatures`)
  }
  if (digests.some((d) => !(d instanceof Uint8Array) || d.length !== 32)) throw new Error('view digest: expected 32 bytes')
  if (signatures.some((s) => !(s instanceof Uint8Array) || s.length !== 64)) throw new Error('view signature: expected 64 bytes')
}

/**
 * Compares well-formed reported views with our own (whose entries we verified on
 * receipt) and blames equivocating senders and lying reporters. Only entries that
 * differ from ours are verified, so an honest run costs no signature checks. An entry
 * counts as the sender's only if the sender signed it as its message of this round
 * (`context`) in this session. Returns the equivocators (whose messages differ
 * between parties).
 */
export function judgeViews(
  parties: readonly PartyIndex[],
  identities: ReadonlyMap<PartyIndex, Uint8Array>,
  own: SignedView,
  reports: ReadonlyMap<PartyIndex, SignedView>,
  blame: Blame,
  context: StatementContext,
): PartyIndex[] {
  const equivocators = new Set<PartyIndex>()
  for (const [reporter, view] of reports) {
    parties.forEach((sender, i) => {
      const digest = view.digests[i]!
      if (equalBytes(digest, own.digests[i]!)) return
      if (verifyStatement(identities.get(sender)!, context, sender, digest, view.signatures[i]!)) {
        equivocators.add(sender)
        blame.add(sender, 'sent different validly signed messages to different parties')
      } else {
        blame.add(reporter, `reported a message from party ${sender} that party ${sender} did not sign`)
      }
    })
  }
  return [...equivocators]
}
