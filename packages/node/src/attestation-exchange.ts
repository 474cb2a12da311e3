import type { AttestationMode, MemberSecurity } from '@thresh/wire'
import { attestationCodec, byteSession } from '@thresh/wire'
import { QuoteError, type Attestor } from './attestation.js'
import { AttestationSession, attestationSessionId } from './attestation-session.js'
import { identityPublicKey, type NodeIdentity } from './identity.js'
import { Refusal } from './refusal.js'
import type { SessionManager } from './session-manager.js'

export interface AttestationContext {
  readonly identity: NodeIdentity
  readonly attestor: Attestor
  readonly sessions: SessionManager
}

export interface AttestationRun {
  readonly keyId: string
  /** The members that attest to each other, in party order (peer ids). */
  readonly parties: readonly string[]
  /** This node's party index among them. */
  readonly self: number
  readonly mode: Exclude<AttestationMode, 'off'>
  /** The request's id (nonce and issue time, and what else its sessions bind). */
  readonly requestId: string
  readonly issuedAt: number
  readonly nonce: Uint8Array
}

/**
 * The attestation exchange (attestation-session.ts) before a key is shared with a
 * committee: a keygen's DKG, or a reshare or repair of an attested key. This node quotes
 * its state for the exchange's session id, then every member judges every other's quote
 * by its own allowlist; a refusal aborts naming the peer and why. Returns each member's
 * share protection and whether it attested, in party order.
 */
export async function attestCommittee(ctx: AttestationContext, run: AttestationRun): Promise<MemberSecurity[]> {
  const { identity, attestor } = ctx
  const indices = run.parties.map((_, i) => i + 1)
  const peers = new Map(run.parties.map((p, i) => [i + 1, p] as const))
  const identities = new Map(run.parties.map((p, i) => [i + 1, identityPublicKey(p)] as const))
  const base = { keyId: run.keyId, requestId: run.requestId, mode: run.mode, parties: indices, identities }
  const sessionId = attestationSessionId(base)
  let own
  try {
    own = await attestor.message({ sessionId, peerId: identity.peerId, identityPublicKey: identities.get(run.self)! })
  } catch (err) {
    if (err instanceof QuoteError) throw new Refusal('unavailable', err.message)
    throw err
  }
  const session = new AttestationSession({ ...base, self: run.self, own, judge: (party, message) => attestor.judge(peers.get(party)!, sessionId, message) })
  const members = await ctx.sessions.run({ kind: 'attest', session: byteSession(session, attestationCodec), peers, issuedAt: run.issuedAt, nonce: run.nonce })
  // sent without a quote, so the peers name this node; it refuses too rather than go on
  if (run.mode === 'required' && !attestor.attests) {
    throw new Refusal('bad-request', `key ${run.keyId} requires attestation and this node (${identity.peerId}) does not attest: configure attestation.quote`)
  }
  return members
}

/**
 * The attestation a lifecycle operation on a key runs, from its pinned members' record:
 * required when every member attested at keygen, optional when some did, none otherwise.
 * Every party derives it from the same request, so all run the same exchange.
 */
export function lifecycleAttestation(members: readonly MemberSecurity[] | undefined): AttestationMode {
  if (!members || members.length === 0 || !members.some((m) => m.attested)) return 'off'
  return members.every((m) => m.attested) ? 'required' : 'optional'
}
