// The SDK's side of a CGGMP online signature (presign-pool.ts dispatches here for keys
// whose engine is 'cggmp'): the signers' σ_i combine into (r, s) at the re-randomized R
// (crypto combineCggmpOnline), which verifies the signature before returning it; a share
// that is no scalar names its node. A wrong σ_i names nobody here (the full protocol's
// identification round does): the pool falls back to the full protocol.
import { combineCggmpOnline, fromBytes, type EcdsaSignature, type PartyIndex } from '@thresh/crypto'
import type { PresignInfo } from '@thresh/wire'

export function combineCggmpShares(ready: PresignInfo, digest: Uint8Array, sigmas: ReadonlyMap<PartyIndex, Uint8Array>): EcdsaSignature {
  const shares = new Map([...sigmas].map(([p, s]) => [p, fromBytes(s)] as const))
  return combineCggmpOnline({ presignId: ready.presignId, instancePoint: ready.instancePoint, publicKey: ready.publicKey, digest }, shares)
}
