// The SDK's side of a CGGMP online signature (presign-pool.ts dispatches here for keys
// whose engine is 'cggmp'): the signers' σ_i combine into (r, s) at the re-randomized R
// (crypto combineCggmpOnline), which verifies the signature before returning it; a share
// that is no scalar names its node. A wrong σ_i names nobody here (the full protocol's
// identification round does): the pool falls back to the full protocol.
import { combineCggmpOnline, fromBytes, type EcdsaSignature, type PartyIndex } from '@thresh/crypto'
import type { KeyInfo, PresignInfo } from '@thresh/wire'

/**
 * Least delay before a hedged second signer set for a CGGMP key. A full CGGMP signature
 * runs presigning first (Paillier arithmetic and proofs per pair: seconds on a loaded
 * machine; net-cggmp-sign-2of3 p50 2.7 s, p95 4.0 s), so the default hedgeMs (2 s) would
 * start a second set beside a healthy first one, doubling the nodes' work.
 */
export const CGGMP_MIN_HEDGE_MS = 10_000

/** The hedge delay for `key`: the configured one, at least CGGMP_MIN_HEDGE_MS for a CGGMP key. */
export function hedgeDelay(key: Pick<KeyInfo, 'engine'>, hedgeMs: number): number {
  return key.engine === 'cggmp' ? Math.max(hedgeMs, CGGMP_MIN_HEDGE_MS) : hedgeMs
}

export function combineCggmpShares(ready: PresignInfo, digest: Uint8Array, sigmas: ReadonlyMap<PartyIndex, Uint8Array>): EcdsaSignature {
  const shares = new Map([...sigmas].map(([p, s]) => [p, fromBytes(s)] as const))
  return combineCggmpOnline({ presignId: ready.presignId, instancePoint: ready.instancePoint, publicKey: ready.publicKey, digest }, shares)
}
