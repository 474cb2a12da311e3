/*
 * CGGMP security parameters (eprint 2021/060, the paper's concrete-security
 * parameters for a 256-bit curve; the same values as taurushq-io/multi-party-sig's
 * pkg/params): ℓ = κ, ℓ' = 5κ, ε = 2κ with κ = 256, and Paillier-Blum moduli of 8κ bits.
 * Π^mod and Π^prm repeat M = 128 times (soundness error 2^-128); nothing here is
 * lowered for speed (TSSHOCK's extraction attacks used implementations that cut these
 * counts).
 */

/** ℓ: range of secret scalars in the range proofs (bits). */
export const L = 256
/** ℓ': range of the MtA masks β (bits). */
export const L_PRIME = 5 * 256
/** ε: slack of the range proofs (bits). */
export const EPSILON = 2 * 256
/** Bits of every Paillier-Blum / ring-Pedersen modulus N (exactly). */
export const PAILLIER_BITS = 2048
/** Bits of each prime factor of N. */
export const PRIME_BITS = PAILLIER_BITS / 2
/** Repetitions of Π^mod and Π^prm. */
export const M = 128
/**
 * Largest integer a proof field may carry (bits): bounds every decoder. The widest is
 * Π^fac's r-mask response v ∈ ±2^{ℓ+ε}·N0·N̂ (+ e·σ̂): 2·|N| + ℓ + ε bits and a carry.
 */
export const MAX_INTEGER_BITS = 2 * PAILLIER_BITS + L + EPSILON + 64
