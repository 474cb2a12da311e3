/**
 * Node <-> node protocol rounds: a stream of Envelope frames. 2.0.0: secret share
 * messages travel sealed to the recipient's KEM key (Envelope.sealed).
 */
export const SESSION_PROTOCOL = '/thresh/session/2.0.0'
/** The version before sealed share messages: nodes refuse it with a clear error. */
export const LEGACY_SESSION_PROTOCOLS: readonly string[] = ['/thresh/session/1.0.0']
/** A node's signed KEM public key: one KemAnnouncement frame per stream. */
export const KEM_PROTOCOL = '/thresh/kem/1.0.0'
/** Coordinator requests: one CoordRequest frame, one CoordResponse frame per stream. */
export const COORD_PROTOCOL = '/thresh/coord/1.0.0'
/** Coordinator requests multiplexed over one long-lived stream per node (rpc-channel.ts); 1.0.0 stays for older SDKs. */
export const COORD_CHANNEL_PROTOCOL = '/thresh/coord/2.0.0'

/** Frames above this size are refused unless a node configures another limit. */
export const DEFAULT_MAX_FRAME = 4 * 1024 * 1024
