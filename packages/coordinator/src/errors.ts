import type { PreparedChange, PreparedKey } from './types.js'

/**
 * Errors the SDK throws. Every one extends ThreshError and carries a stable `code`,
 * so callers can branch on `err.code` or `instanceof`. Peer ids are libp2p peer id
 * strings. No message ever contains key material.
 */

export type ThreshErrorCode =
  | 'config'
  | 'connection'
  | 'unauthorized'
  | 'unknown-key'
  | 'not-enough-signers'
  | 'timeout'
  | 'culprit'
  | 'inconsistent-key'
  | 'untrusted-key'
  | 'unconfirmed-key'
  | 'disputed'
  | 'commit'
  | 'node'
  | 'policy-denied'

/** Why a node was left out of a signer set (or blamed for a failed attempt). */
export type ExclusionReason =
  | 'unreachable' // dialing or the stream failed
  | 'silent' // no answer before the deadline, or named silent by another signer
  | 'culprit' // named at fault by a signer's protocol abort
  | 'invalid-signature' // answered with a signature that does not verify
  | 'refused' // answered with an error (unknown key, busy, internal, ...)
  | 'disputed' // accused, or accuser, in an accusation nobody else corroborated

export interface Exclusion {
  readonly peerId: string
  readonly reason: ExclusionReason
  readonly detail: string
}

/**
 * One node's claim that another misbehaved ('culprit': named in a protocol abort) or
 * stayed silent past a round deadline ('silent'). A claim is `corroborated` when the
 * accused also failed by itself, or when a second signer, one nobody accuses, names
 * it too; otherwise both the accuser and the accused are left out of the retry.
 */
export interface Accusation {
  readonly accuser: string
  readonly accused: string
  readonly reason: 'culprit' | 'silent'
  /** The accuser's own words. */
  readonly detail: string
  readonly corroborated: boolean
}

/** One signing attempt: who was asked, what went wrong with whom, and who accused whom. */
export interface SignAttempt {
  readonly signers: readonly string[]
  readonly failures: readonly Exclusion[]
  readonly accusations: readonly Accusation[]
}

export class ThreshError extends Error {
  readonly code: ThreshErrorCode
  /** For sign(): every attempt made before the error, in order. */
  attempts: readonly SignAttempt[] = []

  constructor(code: ThreshErrorCode, message: string) {
    super(message)
    this.name = new.target.name
    this.code = code
  }
}

/** Options or a config file are invalid; `field` names the offending entry. */
export class ConfigError extends ThreshError {
  constructor(message: string, readonly field?: string) {
    super('config', message)
  }
}

/** None of the configured nodes could be reached. */
export class ConnectionError extends ThreshError {
  constructor(message: string, readonly unreachable: readonly string[]) {
    super('connection', message)
  }
}

/** A node refused the caller: its peer id is not in the node's `coordinators` list. */
export class UnauthorizedError extends ThreshError {
  constructor(message: string, readonly peers: readonly string[]) {
    super('unauthorized', message)
  }
}

export class UnknownKeyError extends ThreshError {
  constructor(readonly keyId: string, message = `no node holds a key with id ${keyId}`) {
    super('unknown-key', message)
  }
}

/** Fewer than the key's threshold of its parties are available to sign. */
export class NotEnoughSignersError extends ThreshError {
  constructor(
    message: string,
    readonly keyId: string,
    readonly needed: number,
    readonly available: readonly string[],
    readonly excluded: readonly Exclusion[],
  ) {
    super('not-enough-signers', message)
  }
}

/** Nodes stayed silent past a deadline; `silent` names them. */
export class TimeoutError extends ThreshError {
  constructor(message: string, readonly silent: readonly string[]) {
    super('timeout', message)
  }
}

/** A protocol run failed and these parties were found at fault. */
export class CulpritError extends ThreshError {
  constructor(message: string, readonly culprits: readonly string[]) {
    super('culprit', message)
  }
}

/** Nodes disagree about a key's public facts, or report facts that contradict the request. */
export class InconsistentKeyError extends ThreshError {
  constructor(message: string, readonly keyId: string, readonly peers: readonly string[]) {
    super('inconsistent-key', message)
  }
}

/**
 * A key that is not pinned, with trust 'pinned': pin the KeyInfo keygen() returned
 * (`Coordinator.connect({ keys })`, `pinKey()`), or connect with trust 'discover'.
 */
export class UntrustedKeyError extends ThreshError {
  constructor(readonly keyId: string) {
    super(
      'untrusted-key',
      `key ${keyId} is not pinned: pass the KeyInfo that keygen() returned to Coordinator.connect({ keys }) or pinKey(), or connect with trust: 'discover'`,
    )
  }
}

/**
 * Discovery could not confirm a key: not every configured node answered, or not every
 * party of the reported committee reported the identical key, or a node outside it
 * claims it. `holders` reported it; `dissent` disagreed (with why); `silent` did not
 * answer usefully.
 */
export class UnconfirmedKeyError extends ThreshError {
  constructor(
    message: string,
    readonly keyId: string,
    readonly holders: readonly string[],
    readonly dissent: readonly Exclusion[],
    readonly silent: readonly string[],
  ) {
    super('unconfirmed-key', message)
  }
}

/**
 * Signers accused each other, or one accused another and nobody corroborated it: the
 * SDK cannot tell who is at fault, so it left out both sides (`peers`). `accusations`
 * records who accused whom.
 */
export class DisputeError extends ThreshError {
  constructor(
    message: string,
    readonly peers: readonly string[],
    readonly accusations: readonly Accusation[],
  ) {
    super('disputed', message)
  }
}

/**
 * Every party reported the new key, but not every party confirmed the commit: the key
 * is not pinned. Commit is idempotent, so call `commitKey(err.prepared)` again (or
 * `abortKey(err.prepared)`). `committed` confirmed it; `failures` say what the others did.
 */
export class KeyCommitError extends ThreshError {
  constructor(
    message: string,
    readonly prepared: PreparedKey,
    readonly committed: readonly string[],
    readonly failures: readonly Exclusion[],
  ) {
    super('commit', message)
  }
}

/**
 * A refresh, reshare, repair or import ran, but its commit did not reach every party:
 * some may be on the new epoch already. Send the operation again (it finishes this
 * attempt first) or commitChange(prepared).
 */
export class KeyChangeError extends ThreshError {
  constructor(
    message: string,
    readonly prepared: PreparedChange,
    readonly failures: readonly Exclusion[],
  ) {
    super('commit', message)
  }
}

/** A node answered with an error the SDK has no more specific type for. */
export class NodeError extends ThreshError {
  constructor(message: string, readonly peerId: string, readonly nodeCode: string) {
    super('node', message)
  }
}
