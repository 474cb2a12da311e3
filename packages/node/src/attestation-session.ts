import { ProtocolAbort, RoundSession, sessionId, type Outgoing, type PartyIndex, type RoundInput, type RoundSpec } from '@thresh/crypto'
import type { AttestationMessage, AttestationMode, MemberSecurity } from '@thresh/wire'

/**
 * The attestation exchange before a DKG (issue 17 item 2): one broadcast round in which
 * every member sends its share protection and, if it attests, a TPM 2.0 quote whose
 * nonce binds this session's id, the member's peer id and its identity key
 * (packages/attest attestationNonce). Sans-I/O like every protocol engine: the quote is
 * taken before the session starts (the node's own I/O), and judging a peer's evidence
 * is the pure function `judge`; the session only moves messages and decides.
 */

/**
 * What judging one member's evidence concluded: its quote verified; it has none this node
 * can check (`missing` says why: none sent, or the peer is not in the allowlist), which
 * only an optional exchange accepts; or it is refused (a quote that fails a check).
 */
export type Judgement = { readonly attested: true } | { readonly attested: false; readonly missing: string } | { readonly refused: string }

export interface AttestationSessionOptions {
  readonly keyId: string
  /** The keygen request's id (nonce and issue time) and its attestation mode: both bound into the session id. */
  readonly requestId: string
  readonly mode: Exclude<AttestationMode, 'off'>
  /** The committee's parties and each one's identity public key. */
  readonly parties: readonly PartyIndex[]
  readonly identities: ReadonlyMap<PartyIndex, Uint8Array>
  readonly self: PartyIndex
  /** This member's message (its quote made over attestationNonce of this session's id). */
  readonly own: AttestationMessage
  /** Checks `party`'s message against this node's allowlist; never throws. */
  readonly judge: (party: PartyIndex, message: AttestationMessage) => Judgement
}

/** The attestation session id: its kind, the key, the request and mode, and the committee's identity keys. */
export function attestationSessionId(options: Pick<AttestationSessionOptions, 'keyId' | 'requestId' | 'mode' | 'parties' | 'identities'>): Uint8Array {
  const parties = [...options.parties].sort((a, b) => a - b)
  return sessionId('attest/v1', options.keyId, options.requestId, options.mode, parties, ...parties.map((p) => options.identities.get(p)!))
}

/** Result: each member's protection and whether its quote verified, in party order (this member: whether it sent one). */
export class AttestationSession extends RoundSession<MemberSecurity[], AttestationMessage> {
  protected readonly rounds: readonly RoundSpec[] = [{ broadcast: true, direct: false }]

  constructor(private readonly options: AttestationSessionOptions) {
    super(attestationSessionId(options), options.self, options.parties)
  }

  protected begin(): Outgoing<AttestationMessage>[] {
    return [this.broadcast(1, this.options.own)]
  }

  protected finishRound(_round: number, inputs: ReadonlyMap<PartyIndex, RoundInput<AttestationMessage>>): Outgoing<AttestationMessage>[] {
    const members: MemberSecurity[] = []
    const refusals: string[] = []
    const culprits: PartyIndex[] = []
    for (const party of this.parties) {
      if (party === this.self) {
        members.push({ protection: this.options.own.protection, attested: this.options.own.quote !== undefined })
        continue
      }
      const message = inputs.get(party)!.broadcast!
      const judgement = this.options.judge(party, message)
      if ('refused' in judgement) {
        culprits.push(party)
        refusals.push(judgement.refused)
      } else if (!judgement.attested && this.options.mode === 'required') {
        culprits.push(party)
        refusals.push(judgement.missing)
      } else {
        members.push({ protection: message.protection, attested: judgement.attested })
      }
    }
    // every member sees the same broadcasts but judges them by its own allowlist: a
    // refusal is published as a complaint, so the others (and the coordinator) learn it
    if (culprits.length > 0) throw new ProtocolAbort(`attestation refused: ${refusals.join('; ')}`, culprits, { complain: true })
    this.finish(members)
    return []
  }
}
