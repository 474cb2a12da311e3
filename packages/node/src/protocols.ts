import {
  curveOf, DkgSession, DklsPresignSession, DklsSetupSession, DklsSignSession, FrostSignSession, RepairSession, ReshareSession,
  type BanList, type DklsPresignature, type EcdsaKeyShare, type EcdsaSignature, type KeyShare, type PartyIndex, type RepairRequest, type ReshareRequest, type Scheme,
} from '@thresh/crypto'
import { byteSession, dkgCodec, dklsSetupCodec, dklsSignCodec, frostCodec, repairCodec, reshareCodec } from '@thresh/wire'
import type { NodeIdentity } from './identity.js'
import { identityPublicKey } from './identity.js'
import type { SessionSpec } from './session-manager.js'
import type { SessionWorkers } from './session-workers.js'

/**
 * Builds the protocol sessions a coordinator request asks for, behind their wire
 * encodings. Party index i + 1 belongs to the i-th peer id of the committee, and
 * every party's identity public key is the one its peer id embeds.
 */

/** The committee as party index -> peer id. */
function committee(peers: readonly string[]): Map<PartyIndex, string> {
  return new Map(peers.map((p, i) => [i + 1, p] as const))
}

function identitiesOf(peers: ReadonlyMap<PartyIndex, string>): Map<PartyIndex, Uint8Array> {
  return new Map([...peers].map(([index, peer]) => [index, identityPublicKey(peer)] as const))
}

export interface KeygenParams {
  readonly keyId: string
  readonly scheme: Scheme
  readonly threshold: number
  /** The committee in party-index order. */
  readonly parties: readonly string[]
  /** The coordinator's request nonce and issue time: binds this attempt's session id. */
  readonly requestId: string
  /** The request's issued_at (unix seconds). */
  readonly issuedAt: number
  /** The request's nonce (complaints sign it). */
  readonly nonce: Uint8Array
}

export function dkgSpec(params: KeygenParams, identity: NodeIdentity): SessionSpec<KeyShare> {
  const peers = committee(params.parties)
  const indices = [...peers.keys()]
  const self = params.parties.indexOf(identity.peerId) + 1
  const dkg = new DkgSession({
    keyId: params.keyId,
    scheme: params.scheme,
    threshold: params.threshold,
    parties: indices,
    identities: identitiesOf(peers),
    self,
    identity: identity.key,
    requestId: params.requestId,
  })
  const codec = dkgCodec({ curve: curveOf(params.scheme), threshold: params.threshold, parties: indices.length })
  return { kind: 'dkg', session: byteSession(dkg, codec), peers, issuedAt: params.issuedAt, nonce: params.nonce }
}

/**
 * DKLs23 key setup after the DKG of an ECDSA key: the whole committee takes part. Its
 * steps are the node's longest CPU work, so it runs in a worker thread when there are any.
 */
export function dklsSetupSpec(key: KeyShare, params: Pick<KeygenParams, 'parties' | 'requestId' | 'issuedAt' | 'nonce'>, workers?: SessionWorkers): SessionSpec<EcdsaKeyShare> {
  const { parties, requestId, issuedAt, nonce } = params
  // built here too when hosted: its id and which rounds it seals are the worker's session's (construction is cheap)
  const local = new DklsSetupSession({ key, requestId })
  const session = workers
    ? workers.host<EcdsaKeyShare>({ task: 'dkls-setup', args: { key, requestId } }, { id: local.id, self: local.self, parties: local.parties, seals: local.seals })
    : byteSession(local, dklsSetupCodec)
  return { kind: 'dkls-setup', session, peers: committee(parties), issuedAt, nonce }
}

export interface SignParams<K extends KeyShare = KeyShare> {
  readonly key: K
  /** The key's committee in party-index order. */
  readonly parties: readonly string[]
  /** Signer party indices. */
  readonly signers: readonly PartyIndex[]
  readonly message: Uint8Array
  /** The BIP32 tweak δ the node derived from the request's path (never a request field). */
  readonly derivation?: Uint8Array
  /** bip340: sign for the BIP341 output key (the node derives the tweak itself). */
  readonly taproot?: { readonly merkleRoot?: Uint8Array }
  /** Makes the session id of each request unique (the request nonce and issue time, the payload binding). */
  readonly requestId: string
  /** The request's issued_at (unix seconds). */
  readonly issuedAt: number
  /** The request's nonce (complaints sign it). */
  readonly nonce: Uint8Array
}

function signerPeers(params: SignParams<KeyShare>): Map<PartyIndex, string> {
  const all = committee(params.parties)
  return new Map(params.signers.map((p) => [p, all.get(p)!] as const))
}

/** What every signing session of a request is given alike: the signers, the request id and their identities. */
function signing(params: SignParams<KeyShare>, identity: NodeIdentity) {
  const peers = signerPeers(params)
  return { peers, common: { signers: params.signers, requestId: params.requestId, identity: identity.key, identities: identitiesOf(peers) } }
}

export function frostSignSpec(params: SignParams, identity: NodeIdentity): SessionSpec<Uint8Array> {
  const { peers, common } = signing(params, identity)
  const { derivation, taproot } = params
  const tweak = derivation || taproot ? { ...(derivation ? { derivation } : {}), ...(taproot ? { taproot } : {}) } : undefined
  const session = new FrostSignSession({ ...common, key: params.key, message: params.message, ...(tweak ? { tweak } : {}) })
  return { kind: 'frost-sign', session: byteSession(session, frostCodec({ curve: params.key.curve, signers: params.signers.length })), peers, issuedAt: params.issuedAt, nonce: params.nonce }
}

/** DKLs23 signing of a 32-byte digest (at the derived key X + δ·G); `bans` is read and extended by the session. */
export function dklsSignSpec(params: SignParams<EcdsaKeyShare>, bans: BanList, identity: NodeIdentity): SessionSpec<EcdsaSignature> {
  const { peers, common } = signing(params, identity)
  const session = new DklsSignSession({ ...common, key: params.key, digest: params.message, bans, ...(params.derivation ? { tweak: params.derivation } : {}) })
  return { kind: 'dkls-sign', session: byteSession(session, dklsSignCodec({ signers: params.signers.length })), peers, issuedAt: params.issuedAt, nonce: params.nonce }
}

/** DKLs23 rounds 1-2 and the views for one presign id, at the derived key X + δ·G (crypto dkls/presign-session.ts). */
export function dklsPresignSpec(params: Omit<SignParams<EcdsaKeyShare>, 'message' | 'requestId'> & { readonly presignId: Uint8Array }, bans: BanList, identity: NodeIdentity): SessionSpec<DklsPresignature> {
  const { peers, common } = signing({ ...params, message: new Uint8Array(0), requestId: '' }, identity)
  const { requestId: _, ...options } = common
  const session = new DklsPresignSession({ ...options, key: params.key, presignId: params.presignId, bans, ...(params.derivation ? { tweak: params.derivation } : {}) })
  return { kind: 'dkls-presign', session: byteSession(session, dklsSignCodec({ signers: params.signers.length })), peers, issuedAt: params.issuedAt, nonce: params.nonce }
}

/** What every lifecycle session of a request is given: the request id, issue time and nonce, and the roster's peer ids. */
interface LifecycleRun {
  readonly requestId: string
  readonly issuedAt: number
  readonly nonce: Uint8Array
  /** The roster's peer ids: session party s is peers[s - 1]. */
  readonly peers: readonly string[]
  /** This node's session party index. */
  readonly self: PartyIndex
  /** This node's share (dealers, helpers). */
  readonly share?: KeyShare
}

export type ReshareParams = LifecycleRun & Omit<ReshareRequest, 'requestId'>
export type RepairParams = LifecycleRun & Omit<RepairRequest, 'requestId'>

/** Refresh or reshare (crypto/lifecycle/reshare-session.ts) among the roster. */
export function reshareSpec(params: ReshareParams, identity: NodeIdentity): SessionSpec<KeyShare | null> {
  const { peers, requestId, issuedAt, nonce, self, share, ...request } = params
  const session = new ReshareSession({ ...request, requestId, self, identity: identity.key, ...(share ? { share } : {}) })
  const codec = reshareCodec({ curve: curveOf(request.key.scheme), mode: request.mode, threshold: request.next.threshold, dealers: request.dealers.length })
  return { kind: 'reshare', session: byteSession(session, codec), peers: committee(peers), issuedAt, nonce }
}

/** Repair of one share (crypto/lifecycle/repair-session.ts) by the roster: the helpers and the party that lost it. */
export function repairSpec(params: RepairParams, identity: NodeIdentity): SessionSpec<KeyShare | null> {
  const { peers, requestId, issuedAt, nonce, self, share, ...request } = params
  const session = new RepairSession({ ...request, requestId, self, identity: identity.key, ...(share ? { share } : {}) })
  const codec = repairCodec({ curve: curveOf(request.key.scheme), helpers: request.helpers.length })
  return { kind: 'repair', session: byteSession(session, codec), peers: committee(peers), issuedAt, nonce }
}
