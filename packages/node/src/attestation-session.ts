import { ProtocolAbort, RoundSession, sessionId, type Outgoing, type PartyIndex, type RoundInput, type RoundSpec } from '@thresh/crypto'
import { createHash } from 'node:crypto'
import { attestationCodec, type AttestationEvidence, type AttestationMessage, type AttestationMode, type MemberSecurity } from '@thresh/wire'

/**
 * The attestation exchange before a DKG (issue 17 item 2): a broadcast round in which
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
  /** This member's evidence (its quote made over attestationNonce of this session's id). */
  readonly own: AttestationEvidence
  /** Checks `party`'s evidence against this node's allowlist; never throws. */
  readonly judge: (party: PartyIndex, evidence: AttestationEvidence) => Judgement
}

/** The attestation session id: its kind, the key, the request and mode, and the committee's identity keys. */
export function attestationSessionId(options: Pick<AttestationSessionOptions, 'keyId' | 'requestId' | 'mode' | 'parties' | 'identities'>): Uint8Array {
  const parties = [...options.parties].sort((a, b) => a - b)
  return sessionId('attest/v1', options.keyId, options.requestId, options.mode, parties, ...parties.map((p) => options.identities.get(p)!))
}

/**
 * Result: each member's protection and whether its quote verified, in party order (this
 * member: whether it sent one). Round 1: every member's evidence; round 2: every member
 * confirms the transcript of round 1 once it accepted all of it. A member that refuses
 * someone's evidence aborts with a complaint instead of confirming, so no member goes on
 * to the DKG while another has refused; equal transcripts also show that every member
 * judged the same evidence (a sender cannot show each member a different quote).
 */
export class AttestationSession extends RoundSession<MemberSecurity[], AttestationMessage> {
  protected readonly rounds: readonly RoundSpec[] = [{ broadcast: true, direct: false }, { broadcast: true, direct: false }]
  private members: MemberSecurity[] = []
  private transcript = new Uint8Array(0)

  constructor(private readonly options: AttestationSessionOptions) {
    super(attestationSessionId(options), options.self, options.parties)
  }

  protected begin(): Outgoing<AttestationMessage>[] {
    return [this.broadcast(1, this.options.own)]
  }

  protected finishRound(round: number, inputs: ReadonlyMap<PartyIndex, RoundInput<AttestationMessage>>): Outgoing<AttestationMessage>[] {
    if (round === 1) return this.judgeEvidence(inputs)
    const disagreeing = this.others.filter((p) => {
      const m = inputs.get(p)!.broadcast!
      return m.type !== 'attest/confirm' || !Buffer.from(m.transcript).equals(this.transcript)
    })
    // a differing transcript proves that somebody equivocated, not who: nobody is named
    if (disagreeing.length > 0) throw new ProtocolAbort(`parties ${disagreeing.join(', ')} confirmed other attestation evidence than this party received`, [])
    this.finish(this.members)
    return []
  }

  private judgeEvidence(inputs: ReadonlyMap<PartyIndex, RoundInput<AttestationMessage>>): Outgoing<AttestationMessage>[] {
    const evidence = new Map<PartyIndex, AttestationEvidence>()
    const refusals: string[] = []
    const culprits: PartyIndex[] = []
    for (const party of this.parties) {
      const message = party === this.self ? this.options.own : inputs.get(party)!.broadcast!
      if (message.type !== 'attest/evidence') {
        culprits.push(party)
        refusals.push(`party ${party} sent no evidence in round 1`)
        continue
      }
      evidence.set(party, message)
      if (party === this.self) {
        this.members.push({ protection: message.protection, attested: message.quote !== undefined })
        continue
      }
      const judgement = this.options.judge(party, message)
      if ('refused' in judgement) {
        culprits.push(party)
        refusals.push(judgement.refused)
      } else if (!judgement.attested && this.options.mode === 'required') {
        culprits.push(party)
        refusals.push(judgement.missing)
      } else {
        this.members.push({ protection: message.protection, attested: judgement.attested })
      }
    }
    // every member judges by its own allowlist: a refusal is published as a complaint, so
    // the others (waiting for its confirmation) stop too, and the coordinator learns why
    if (culprits.length > 0) throw new ProtocolAbort(`attestation refused: ${refusals.join('; ')}`, culprits, { complain: true })
    const h = createHash('sha256').update(this.id)
    for (const party of this.parties) h.update(attestationCodec.encode(evidence.get(party)!))
    this.transcript = new Uint8Array(h.digest())
    return [this.broadcast(2, { type: 'attest/confirm', transcript: this.transcript })]
  }
}
