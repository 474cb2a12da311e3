/** Largest committee a key can have (the DKG supports 1 <= t <= n <= 64). */
export const MAX_PARTIES = 64
/** No protocol thresh runs has more rounds than this. */
export const MAX_ROUNDS = 16
/** Session ids are SHA-256 hashes. */
export const SESSION_ID_BYTES = 32
