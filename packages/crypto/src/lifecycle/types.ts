/*
 * What the key-lifecycle sessions (refresh, reshare, repair) agree on before they start.
 * The node builds these from the coordinator's request and its own stored key; every
 * field is bound into the session id, so parties given different requests never share
 * a session.
 */
import type { Scheme } from '../keys/types.js'
import type { PartyIndex } from '../session/types.js'

/** The key as it stands before the operation (the coordinator's pinned KeyInfo). */
export interface PinnedKey {
  readonly keyId: string
  readonly scheme: Scheme
  readonly epoch: number
  readonly threshold: number
  /** The committee's indices, ascending. */
  readonly parties: readonly PartyIndex[]
  /** X_j = x_j·G for every committee index j. */
  readonly publicShares: ReadonlyMap<PartyIndex, Uint8Array>
  readonly groupPublicKey: Uint8Array
  readonly chainCode: Uint8Array
}

/**
 * One participant of a lifecycle session. Session party s (1-based) is roster[s - 1]:
 * `old` is its index in the current committee (if it has one), `next` its index in
 * the committee after the operation (if it has one).
 */
export interface RosterEntry {
  /** Ed25519 identity public key (32 bytes). */
  readonly identity: Uint8Array
  readonly old?: PartyIndex
  readonly next?: PartyIndex
}
