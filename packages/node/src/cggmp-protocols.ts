/*
 * CGGMP sessions of the node (packages/crypto/src/cggmp), behind their wire codecs
 * (packages/wire/src/cggmp-payloads.ts), and the node's two CGGMP operations that
 * coordinator-service.ts dispatches to: the aux-info after the DKG of a CGGMP key, and a
 * full signature (presign + sign, one request).
 *
 * Per-round deadlines (the configured sessions.roundTimeoutMs when it is longer):
 * - aux-info 120 s: round 1 waits for every member's safe-prime generation (two 1024-bit
 *   safe primes through OpenSSL, seconds each with a heavy tail on a loaded 2-core
 *   machine), round 3 for Π^mod / Π^fac (M = 128 repetitions). Hosted in a session
 *   worker thread (session-workers.ts), so the node's event loop keeps serving.
 * - presign and sign: the configured deadline (default 10 s). A presign round is a few
 *   hundred ms of 4096-bit arithmetic per peer (Π^enc, 2 × Π^aff-g, Π^log*), run inline,
 *   seconds at worst on the loaded 2-core test machine; a longer deadline would outlast
 *   the SDK's sign attempt (signMs ≥ 3 × roundMs + graceMs), so co-signers' reports of a
 *   silent signer would arrive after the SDK stopped listening.
 */
import {
  CggmpAuxSession, CggmpPresignSession, CggmpSignSession, mod, q, sessionId,
  type CggmpKeyShare, type CggmpPresignature, type EcdsaSignature, type KeyShare, type PartyIndex,
} from '@thresh/crypto'
import { byteSession, cggmpAuxCodec, cggmpPresignCodec, cggmpSignCodec } from '@thresh/wire'
import { armedFailpoint } from './failpoints.js'
import type { NodeIdentity } from './identity.js'
import type { SignParams } from './protocols.js'
import type { SessionManager, SessionSpec } from './session-manager.js'
import type { SessionWorkers } from './session-workers.js'

/** Per-round deadline of the aux-info session (ms). */
export const CGGMP_AUX_ROUND_MS = 120_000

function committee(peers: readonly string[]): Map<PartyIndex, string> {
  return new Map(peers.map((p, i) => [i + 1, p] as const))
}

/** CGGMP aux-info after the DKG of a CGGMP key (or a refresh): the whole committee, in a worker thread when there are any. */
export function cggmpAuxSpec(key: KeyShare, params: { readonly parties: readonly string[]; readonly requestId: string; readonly issuedAt: number; readonly nonce: Uint8Array }, workers?: SessionWorkers): SessionSpec<CggmpKeyShare> {
  const { parties, requestId, issuedAt, nonce } = params
  const local = new CggmpAuxSession({ key, requestId })
  const session = workers
    ? workers.host<CggmpKeyShare>({ task: 'cggmp-aux', args: { key, requestId } }, { id: local.id, self: local.self, parties: local.parties, seals: local.seals })
    : byteSession(local, cggmpAuxCodec)
  return { kind: 'cggmp-aux', session, peers: committee(parties), issuedAt, nonce, roundTimeoutMs: CGGMP_AUX_ROUND_MS }
}

function signerPeers(parties: readonly string[], signers: readonly PartyIndex[]): Map<PartyIndex, string> {
  const all = committee(parties)
  return new Map(signers.map((p) => [p, all.get(p)!] as const))
}

/** The presign id of a full sign request's digest: every signer derives the same one from the request id. */
export function fullSignPresignId(requestId: string): Uint8Array {
  return sessionId('thresh/cggmp-full-sign-presign/v1', requestId)
}

/** CGGMP presigning (3 rounds + identification) for one presign id, at the derived key X + δ·G. */
export function cggmpPresignSpec(params: Omit<SignParams<CggmpKeyShare>, 'message' | 'requestId'> & { readonly presignId: Uint8Array }): SessionSpec<CggmpPresignature> {
  const { key, signers, derivation, presignId } = params
  const session = new CggmpPresignSession({ key, signers, presignId, ...(derivation ? { tweak: derivation } : {}) })
  return {
    kind: 'cggmp-presign',
    session: byteSession(session, cggmpPresignCodec({ signers: signers.length })),
    peers: signerPeers(params.parties, signers),
    issuedAt: params.issuedAt,
    nonce: params.nonce,
  }
}

/** CGGMP signing of one digest from this party's presignature (1 round + identification). */
export function cggmpSignSpec(params: Pick<SignParams<CggmpKeyShare>, 'key' | 'parties' | 'message' | 'issuedAt' | 'nonce'>, presignature: CggmpPresignature): SessionSpec<EcdsaSignature> {
  if (armedFailpoint() === 'cggmp:tamper-sigma') tamperSigma(presignature)
  const session = new CggmpSignSession({ key: params.key, presignature, digest: params.message })
  return {
    kind: 'cggmp-sign',
    session: byteSession(session, cggmpSignCodec),
    peers: signerPeers(params.parties, presignature.signers),
    issuedAt: params.issuedAt,
    nonce: params.nonce,
  }
}

/** Failpoint cggmp:tamper-sigma: this signer's σ_i is off by one, which the sign session's identification must pin on it. */
function tamperSigma(presignature: CggmpPresignature): void {
  const online = presignature.online.bind(presignature)
  Object.defineProperty(presignature, 'online', { value: (digest: Uint8Array) => mod(online(digest) + 1n, q) })
}

/** A full CGGMP signature of one digest: presign (id from the request) then sign, node to node. */
export async function cggmpFullSign(sessions: SessionManager, params: SignParams<CggmpKeyShare>, _identity?: NodeIdentity): Promise<EcdsaSignature> {
  const presignature = await sessions.run(cggmpPresignSpec({ ...params, presignId: fullSignPresignId(params.requestId) }))
  return sessions.run(cggmpSignSpec(params, presignature))
}
