/*
 * DKLs23 parameters (Doerner, Kondi, Lee, shelat, "Threshold ECDSA in Three Rounds",
 * eprint 2023/765) as this implementation instantiates them.
 */

/** Computational security parameter κ: |n| of secp256k1, base OTs per direction, OT-extension row width. */
export const KAPPA = 256
/** Statistical security parameter s (the issue asks for >= 80; we take 128). */
export const STAT = 128
/** Protocol 5.2 batch size ξ = κ + 2s: extended OTs behind one random VOLE. */
export const XI = KAPPA + 2 * STAT
/** Protocol 5.2 ℓ: Alice's inputs per VOLE in signing (Protocol 3.6): the nonce share r_i and key share sk_i. */
export const ELL = 2
/** Protocol 5.2 ρ = ⌈s/κ⌉: random check inputs â appended to Alice's vector. */
export const RHO = 1
/** Scalars carried by each extended OT in the VOLE: ℓ + ρ. */
export const OT_WIDTH = ELL + RHO
/**
 * Width of the consistency check of OT extension: the receiver pads its choice vector
 * with this many random bits and the check hashes every row to one GF(2^128) element.
 */
export const CHECK_BITS = 128

/** Bytes of one seed / key / OT-extension column. */
export const SEED_BYTES = KAPPA / 8
