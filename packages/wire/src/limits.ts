import { MAX_DKG_PARTIES } from '@thresh/crypto'

/** Largest committee a key can have: the DKG's own limit (1 <= t <= n <= 64). */
export const MAX_PARTIES = MAX_DKG_PARTIES
/** No protocol thresh runs has more rounds than this. */
export const MAX_ROUNDS = 16
/** Session ids are SHA-256 hashes. */
export const SESSION_ID_BYTES = 32
