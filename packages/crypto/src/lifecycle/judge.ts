import { Blame } from '../identity/blame.js'
import { judgeViews, type SignedView } from '../identity/signed-view.js'
import type { StatementContext } from '../identity/statement.js'
import type { PartyIndex } from '../session/types.js'

/** The signed view of a round of broadcasts: each sender's digest and signature, in `senders` order. */
export function signedView(
  senders: readonly PartyIndex[], round1: ReadonlyMap<PartyIndex, { readonly digest: Uint8Array; readonly message: { readonly signature: Uint8Array } }>,
): SignedView {
  const entries = senders.map((s) => round1.get(s)!)
  return { digests: entries.map((e) => e.digest), signatures: entries.map((e) => e.message.signature) }
}

/** One party's complaint as the judge needs it: whom it accuses (empty: an invalid round-1 message). */
export interface ComplaintEvidence {
  readonly from: PartyIndex
  readonly accused: readonly PartyIndex[]
}

export interface Round1Judgement<C extends ComplaintEvidence> {
  /** Round-1 senders, in view order. */
  readonly senders: readonly PartyIndex[]
  readonly identities: ReadonlyMap<PartyIndex, Uint8Array>
  readonly own: SignedView
  /** Every other party's reported view. */
  readonly reports: ReadonlyMap<PartyIndex, SignedView>
  /** The round-1 statements' context. */
  readonly context: StatementContext
  /** Signed round-1 messages whose contents are invalid (the same for all once the views agree). */
  readonly invalid: ReadonlyMap<PartyIndex, string>
  readonly complaints: readonly C[]
  /** The k-th item of `complaint`'s evidence against `accused`: not signed by it, or signed and checking out or not. */
  readonly evidence: (complaint: C, k: number, accused: PartyIndex) => 'unsigned' | 'passes' | 'fails'
  /** What the evidence is ("sub-share", "piece"). */
  readonly what: string
}

/**
 * Judges the views of a round of signed broadcasts and the complaints about the direct
 * messages that followed it, as the DKG does (dkg/session.ts): an equivocator or a view
 * entry its sender did not sign, an invalid round-1 message, a revealed message that
 * fails (its sender), one that passes or is unsigned (the complainer), an empty
 * complaint although round 1 was valid (the complainer). Returns the Blame collected.
 */
export function judgeRound1<C extends ComplaintEvidence>(j: Round1Judgement<C>): Blame {
  const blame = new Blame()
  const equivocators = judgeViews(j.senders, j.identities, j.own, j.reports, blame, j.context)
  for (const [from, reason] of j.invalid) blame.add(from, `invalid round-1 message: ${reason}`)
  // complaints against a party whose round-1 message is proven bad need no judging
  const badRound1 = new Set([...equivocators, ...j.invalid.keys()])
  for (const complaint of j.complaints) {
    const { from } = complaint
    if (complaint.accused.length === 0 && badRound1.size === 0) blame.add(from, 'refused to confirm although every round-1 message was valid')
    complaint.accused.forEach((accused, k) => {
      if (badRound1.has(accused)) return
      const verdict = j.evidence(complaint, k, accused)
      if (verdict === 'unsigned') blame.add(from, `complaint shows a ${j.what} party ${accused} did not sign`)
      else if (verdict === 'passes') blame.add(from, `false complaint against party ${accused}`)
      else blame.add(accused, `sent party ${from} a ${j.what} that fails verification`)
    })
  }
  return blame
}
