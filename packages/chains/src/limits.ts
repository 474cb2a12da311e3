// Size bounds per kind, checked before any decoding. Each is well above what its
// ecosystem produces in practice, and keeps the decode work per request bounded.

/** An EVM transaction's calldata is bounded by block gas; 128 KiB is Geth's tx pool limit. */
export const MAX_EVM_TX_BYTES = 128 * 1024
/** EIP-191 and EIP-712 payloads, and raw Schnorr messages. */
export const MAX_MESSAGE_BYTES = 64 * 1024
/** A PSBT, including any non-witness UTXOs it carries. */
export const MAX_PSBT_BYTES = 1024 * 1024
/** Inputs or outputs of one PSBT (each owned input costs the node a sighash). */
export const MAX_PSBT_IO = 1000
/** Solana's packet limit: a whole transaction (signatures + message) fits in 1232 bytes. */
export const MAX_SOLANA_MESSAGE_BYTES = 1232
