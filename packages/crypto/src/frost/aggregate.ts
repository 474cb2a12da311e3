import type { FrostPublic, NonceCommitments } from '@noble/curves/abstract/frost.js'
import type { TArg } from '@noble/curves/utils.js'
import { Blame } from '../identity/blame.js'
import { ProtocolAbort, type PartyIndex } from '../session/types.js'
import { checkCommitmentList, frostSuite, nobleCommitments, nobleId, noblePublic, type FrostPublicKey, type SigningCommitment } from './suite.js'
import { verifySchnorr } from './verify.js'

/** RFC 9591 §5.4: is `share` the correct signature share of `signer` for this list and message? */
export function verifySignatureShare(
  key: FrostPublicKey, commitments: readonly SigningCommitment[], message: Uint8Array, signer: PartyIndex, share: Uint8Array,
): boolean {
  const list = checkCommitmentList(key, commitments)
  if (!list.some((c) => c.signer === signer)) throw new Error(`party ${signer} is not in the commitment list`)
  return shareVerifies(key, noblePublic(key), nobleCommitments(key.scheme, list), message, signer, share)
}

/**
 * RFC 9591 §5.3 aggregation, then the signature is checked with the scheme's
 * standard verifier. Only if that fails are the shares verified one by one (§5.4) —
 * as RFC 9591 and frost-rs do — and the abort names exactly the signers whose
 * shares are wrong. (Wrong shares that cancel out still yield a valid signature,
 * which harms nobody; verifying every share up front would cost one pass over all
 * commitments per signer.) noble's aggregate() returns only a signature that passes
 * its own FROST verification, which for FROST(secp256k1) is the standard verifier
 * itself, so that scheme is not verified a second time; Ed25519 (RFC 8032) and BIP340
 * (x-only key, even R) have verifiers of their own and are.
 */
export function aggregateSignature(
  key: FrostPublicKey, commitments: readonly SigningCommitment[], message: Uint8Array, shares: ReadonlyMap<PartyIndex, Uint8Array>,
): Uint8Array {
  const list = checkCommitmentList(key, commitments)
  if (shares.size !== list.length || list.some((c) => !shares.has(c.signer))) {
    throw new Error('aggregation needs exactly one share per signer of the commitment list')
  }
  const pub = noblePublic(key)
  const nobleList = nobleCommitments(key.scheme, list)
  const byId = Object.fromEntries(list.map((c) => [nobleId(key.scheme, c.signer), shares.get(c.signer)!]))
  let signature: Uint8Array | undefined
  try {
    signature = frostSuite(key.scheme).aggregate(pub, nobleList, message, byId)
  } catch {
    // a share is wrong or malformed: find out whose
  }
  if (signature && (key.scheme === 'frost-secp256k1' || verifySchnorr(key.scheme, key.groupPublicKey, message, signature))) return signature
  const blame = new Blame()
  for (const { signer } of list) {
    if (!shareVerifies(key, pub, nobleList, message, signer, shares.get(signer)!)) blame.add(signer, 'signature share fails verification')
  }
  blame.settle('FROST signing aborted')
  throw new ProtocolAbort('aggregated signature does not verify, although every share does', [])
}

function shareVerifies(
  key: FrostPublicKey, pub: TArg<FrostPublic>, list: TArg<NonceCommitments[]>, message: Uint8Array, signer: PartyIndex, share: Uint8Array,
): boolean {
  try {
    return frostSuite(key.scheme).verifyShare(pub, list, message, nobleId(key.scheme, signer), share)
  } catch {
    return false // a malformed or out-of-range share
  }
}
