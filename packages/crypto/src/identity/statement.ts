import type { IdentityKey } from '../keys/types.js'
import { sessionId as canonicalDigest } from '../session/session-id.js'
import type { PartyIndex } from '../session/types.js'
import { verifyIdentitySignature } from './ed25519-identity.js'

/**
 * What an identity signature vouches for. A protocol never signs a bare digest: it
 * signs a statement binding the digest to its purpose, the session and the signing
 * party, and a verifier rebuilds that statement from what it expects. Otherwise any
 * digest a party ever signed (a round-2 share, a message of an earlier session) could
 * be passed off as its round-1 message, framing an honest party as an equivocator.
 */
export type StatementPurpose = 'dkg/commit' | 'dkg/share' | 'dkg/confirm' | 'frost/commit' | 'dkls/commit' | 'dkls/reveal'

export interface StatementContext {
  readonly purpose: StatementPurpose
  readonly session: Uint8Array
}

function statement(context: StatementContext, signer: PartyIndex, digest: Uint8Array): Uint8Array {
  return canonicalDigest('thresh/identity-statement/v1', context.purpose, context.session, signer, digest)
}

/** `identity` (party `signer`) vouches for `digest` in this context. */
export function signStatement(identity: IdentityKey, context: StatementContext, signer: PartyIndex, digest: Uint8Array): Uint8Array {
  return identity.sign(statement(context, signer, digest))
}

/** Did party `signer`, whose identity key is `publicKey`, vouch for `digest` in this context? */
export function verifyStatement(
  publicKey: Uint8Array, context: StatementContext, signer: PartyIndex, digest: Uint8Array, signature: Uint8Array,
): boolean {
  if (!(digest instanceof Uint8Array) || digest.length !== 32) return false
  return verifyIdentitySignature(publicKey, statement(context, signer, digest), signature)
}
