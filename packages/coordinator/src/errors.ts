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
  | 'node'

/** Why a node was left out of a signer set (or blamed for a failed attempt). */
export type ExclusionReason =
  | 'unreachable' // dialing or the stream failed
  | 'silent' // no answer before the deadline, or named silent by another signer
  | 'culprit' // named at fault by a signer's protocol abort
  | 'invalid-signature' // answered with a signature that does not verify
  | 'refused' // answered with an error (unknown key, busy, internal, ...)

export interface Exclusion {
  readonly peerId: string
  readonly reason: ExclusionReason
  readonly detail: string
}

/** One signing attempt: who was asked, and what went wrong with whom. */
export interface SignAttempt {
  readonly signers: readonly string[]
  readonly failures: readonly Exclusion[]
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

/** A node answered with an error the SDK has no more specific type for. */
export class NodeError extends ThreshError {
  constructor(message: string, readonly peerId: string, readonly nodeCode: string) {
    super('node', message)
  }
}
