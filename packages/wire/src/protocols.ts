/** Node <-> node protocol rounds: a stream of Envelope frames. */
export const SESSION_PROTOCOL = '/thresh/session/1.0.0'
/** Coordinator requests: one CoordRequest frame, one CoordResponse frame per stream. */
export const COORD_PROTOCOL = '/thresh/coord/1.0.0'

/** Frames above this size are refused unless a node configures another limit. */
export const DEFAULT_MAX_FRAME = 4 * 1024 * 1024
