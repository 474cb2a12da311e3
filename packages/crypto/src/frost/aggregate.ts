import { Blame } from '../identity/blame.js'
import { ProtocolAbort, type PartyIndex } from '../session/types.js'
import { ciphersuiteOf } from './ciphersuite.js'
import { aggregateShares, shareIsValid, signingPackage, type SigningPackage } from './signing.js'
import { checkCommitmentList, type FrostPublicKey, type SigningCommitment } from './suite.js'

/** RFC 9591 §5.4: is `share` the correct signature share of `signer` for this list and message? */
export function verifySignatureShare(
  key: FrostPublicKey, commitments: readonly SigningCommitment[], message: Uint8Array, signer: PartyIndex, share: Uint8Array,
): boolean {
  const list = checkCommitmentList(key, commitments)
  if (!list.some((c) => c.signer === signer)) throw new Error(`party ${signer} is not in the commitment list`)
  return shareVerifies(key, signingPackage(key, list, message), signer, share)
}

/**
 * RFC 9591 §5.3 aggregation, checked with the group equation z·G == R + c·Y (the
 * scheme's verification equation, see signing.ts). Only if that fails are the shares
 * verified one by one (§5.4) — as RFC 9591 and frost-rs do — and the abort names
 * exactly the signers whose shares are wrong. (Wrong shares that cancel out still yield
 * a valid signature, which harms nobody; verifying every share up front would cost one
 * pass over all commitments per signer.)
 */
export function aggregateSignature(
  key: FrostPublicKey, commitments: readonly SigningCommitment[], message: Uint8Array, shares: ReadonlyMap<PartyIndex, Uint8Array>,
): Uint8Array {
  const list = checkCommitmentList(key, commitments)
  if (shares.size !== list.length || list.some((c) => !shares.has(c.signer))) {
    throw new Error('aggregation needs exactly one share per signer of the commitment list')
  }
  const pkg = signingPackage(key, list, message)
  const scalars = list.map((c) => decodeShare(key, shares.get(c.signer)!))
  const signature = scalars.every((z) => z !== undefined) ? aggregateShares(key, pkg, scalars) : undefined
  if (signature) return signature
  const blame = new Blame()
  for (const { signer } of list) {
    if (!shareVerifies(key, pkg, signer, shares.get(signer)!)) blame.add(signer, 'signature share fails verification')
  }
  blame.settle('FROST signing aborted')
  throw new ProtocolAbort('aggregated signature does not verify, although every share does', [])
}

function shareVerifies(key: FrostPublicKey, pkg: SigningPackage, signer: PartyIndex, share: Uint8Array): boolean {
  const z = decodeShare(key, share)
  return z !== undefined && shareIsValid(key, pkg, signer, z)
}

/** A share is a canonical scalar (zero allowed); anything else fails verification. */
function decodeShare(key: FrostPublicKey, share: Uint8Array): bigint | undefined {
  const { Fn } = ciphersuiteOf(key.scheme).group
  if (!(share instanceof Uint8Array) || share.length !== Fn.BYTES) return undefined
  try {
    return Fn.fromBytes(share)
  } catch {
    return undefined
  }
}
