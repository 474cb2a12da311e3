import type { Scheme } from '@thresh/crypto'
import type { AttestationMode, EcdsaEngine, KeyInfo, KeyScheme } from '@thresh/wire'
import type { SignAttempt } from './errors.js'
import type { SignPolicy } from './policy.js'

export type { AttestationMode, EcdsaEngine, KeyInfo, MemberSecurity, Protection } from '@thresh/wire'
export type { Scheme } from '@thresh/crypto'

/** A node the coordinator talks to: its peer id and where to dial it. */
export interface NodeEntry {
  readonly peerId: string
  /** Multiaddrs such as /ip4/10.0.0.5/tcp/7000 (a trailing /p2p/<peerId> is allowed). */
  readonly addrs: readonly string[]
}

/** Deadlines in milliseconds. */
export interface Timeouts {
  /** Opening a connection to one node. */
  readonly dialMs: number
  /** listKeys / publicKey queries. */
  readonly queryMs: number
  /** One signing attempt (a retry gets a fresh deadline). At least `SIGN_ROUNDS_MAX × roundMs + graceMs`. */
  readonly signMs: number
  /** Distributed key generation. */
  readonly keygenMs: number
  /**
   * After a signer fails by itself (unreachable, refusing, an invalid signature), how
   * long the others may still report; also the allowance for network and processing
   * delay on top of the nodes' round deadlines.
   */
  readonly graceMs: number
  /**
   * The nodes' round deadline: their `sessions.roundTimeoutMs` (set both together). A
   * node reports a silent co-signer only when a round outlives it, so after one signer
   * accuses another the SDK waits up to `rounds × roundMs + graceMs` from the start of
   * the attempt (FROST 2 rounds, DKLs23 3) for every other signer's own report.
   */
  readonly roundMs: number
  /**
   * Hedged signing: when the first signing attempt has no verified signature after this
   * long (a signer frozen or overloaded), another signer set starts beside it, and the
   * first verified signature wins; up to two more sets, one per period.
   */
  readonly hedgeMs: number
}

/** Signing rounds per scheme: how long an honest signer may need before it reports a silent peer. */
export const SIGN_ROUNDS = { frost: 2, ecdsa: 3 } as const
export const SIGN_ROUNDS_MAX = Math.max(...Object.values(SIGN_ROUNDS))

export const DEFAULT_TIMEOUTS: Timeouts = {
  dialMs: 5_000,
  queryMs: 10_000,
  signMs: 35_000,
  keygenMs: 120_000,
  graceMs: 250,
  roundMs: 10_000,
  hedgeMs: 2_000,
}

/**
 * Which keys sign(), signDigest(), publicKey() and address() use. 'pinned' (the
 * default): only keys this coordinator created or was given (`keys`, `pinKey`).
 * 'discover': also a key every configured node vouches for (see discoverKey).
 */
export type KeyTrust = 'pinned' | 'discover'

/**
 * The first phase of a keygen: every party reported this key and holds its share
 * pending. Public data; persist it to re-send commitKey() after a crash.
 */
export interface PreparedKey {
  readonly key: KeyInfo
  /** The keygen attempt's nonce: commit and abort name it. */
  readonly nonce: Uint8Array
}

interface SignatureBase {
  readonly keyId: string
  /** The key's group public key (compressed; 32 bytes on ed25519). */
  readonly publicKey: Uint8Array
  readonly signature: Uint8Array
  /** The signer set that produced it. */
  readonly signers: readonly string[]
  /** Attempts that failed before this one (empty when the first attempt succeeded). */
  readonly failedAttempts: readonly SignAttempt[]
}

/** A Schnorr signature: Ed25519 / BIP340 64 bytes, FROST(secp256k1) 65 bytes (R || s). */
export interface SchnorrSignature extends SignatureBase {
  readonly scheme: Exclude<Scheme, 'ecdsa'>
  readonly message: Uint8Array
}

/** A low-S secp256k1 ECDSA signature: `signature` is r || s (64 bytes). */
export interface EcdsaSignature extends SignatureBase {
  readonly scheme: 'ecdsa'
  readonly digest: Uint8Array
  readonly r: bigint
  readonly s: bigint
  /** Also the Ethereum yParity. */
  readonly recoveryId: 0 | 1
}

/**
 * A threshold ML-DSA-44 signature (FIPS 204, empty context, 2420 bytes) over the raw
 * message, under the key's 1312-byte public key; verified with @noble/post-quantum.
 */
export interface MlDsaSignature extends SignatureBase {
  readonly scheme: 'ml-dsa-44'
  readonly message: Uint8Array
}

export type Signature = SchnorrSignature | EcdsaSignature | MlDsaSignature

/** How sign() turns a message into the 32-byte digest an ECDSA key signs. */
export type DigestHash = 'keccak256' | 'sha256'

export interface SignOptions {
  readonly keyId: string
  readonly message: Uint8Array
  /** Required for ECDSA keys, refused for Schnorr keys (FROST hashes the message itself). */
  readonly hash?: DigestHash
  /**
   * Signers to try first (at least the key's threshold of its parties): a preferred signer
   * that cannot be reached is replaced by another party, and a retry may use others.
   */
  readonly signers?: readonly string[]
  /** With `signers`: sign with those parties only, never with others (default false). */
  readonly strict?: boolean
}

/**
 * A typed signing payload (docs/chains.md): the nodes decode it and compute the digest
 * themselves. `data`: bytes for every kind (hex strings accepted for evm-tx); eip712
 * also takes the typed data object `{ types, primaryType, domain, message }` or its JSON.
 */
export type SignPayloadInput =
  | { readonly kind: 'evm-tx' | 'eip191' | 'solana-tx'; readonly data: Uint8Array | `0x${string}` }
  | { readonly kind: 'eip712'; readonly data: Uint8Array | string | object }
  | { readonly kind: 'psbt'; readonly data: Uint8Array; readonly network?: BitcoinNetwork; readonly taprootMerkleRoot?: Uint8Array }
  /** bip340 keys: `taproot` signs for the BIP341 output key of the (derived) key. */
  | { readonly kind: 'bytes' | 'digest'; readonly data: Uint8Array; readonly taproot?: boolean; readonly taprootMerkleRoot?: Uint8Array }

export type BitcoinNetwork = 'mainnet' | 'testnet' | 'regtest'

export interface SignPayloadOptions {
  readonly keyId: string
  readonly payload: SignPayloadInput
  /** BIP32 path below the key ("m/0/5" or indices), non-hardened; not for frost-ed25519 keys. */
  readonly path?: string | readonly number[]
  readonly signers?: readonly string[]
  readonly strict?: boolean
  /** For node policies: the request id and expiry approvers signed (see policyRequest()) and their approvals. */
  readonly policy?: SignPolicy
}

/** One signature of a typed payload, verified by the SDK under `PayloadSignature.publicKey`. */
export interface DigestSignature {
  /** What was signed (the digest the SDK computed itself; the message for Schnorr kinds). */
  readonly digest: Uint8Array
  readonly signature: Uint8Array
  /** ECDSA: the recovery id (Ethereum yParity) and the scalars. */
  readonly recoveryId?: 0 | 1
  readonly r?: bigint
  readonly s?: bigint
}

export interface PayloadSignature {
  readonly keyId: string
  readonly scheme: Scheme
  readonly kind: SignPayloadInput['kind']
  /** Canonical path, "m" for the key itself. */
  readonly path: string
  /**
   * The key the signatures verify under: the derived compressed key; for a Taproot
   * signature the 32-byte x-only BIP341 output key.
   */
  readonly publicKey: Uint8Array
  /** One per digest (a PSBT: per owned input, in input order). */
  readonly signatures: readonly DigestSignature[]
  /** The decoded payload (@thresh/chains summary), as the nodes saw it. */
  readonly summary: unknown
  readonly signers: readonly string[]
  readonly failedAttempts: readonly SignAttempt[]
}

export interface SignDigestOptions {
  readonly keyId: string
  /** 32 bytes. */
  readonly digest: Uint8Array
  readonly signers?: readonly string[]
  readonly strict?: boolean
}

/** Which parties may sign: `preferred` first; with `strict`, no others. */
export interface SignerChoice {
  readonly preferred?: readonly string[] | undefined
  readonly strict?: boolean | undefined
}

export interface KeygenOptions {
  /** ml-dsa-44: threshold ML-DSA (2 <= threshold <= parties <= 6). */
  readonly scheme: KeyScheme
  readonly threshold: number
  /** The committee; defaults to every configured node. */
  readonly parties?: readonly string[]
  /** Defaults to `<scheme>-<16 hex digits>`. */
  readonly keyId?: string
  /**
   * Threshold 1 means any one party signs alone: every party holds the whole key. Refused
   * unless this is set (and the nodes' `minThreshold` allows it).
   */
  readonly allowSingleSigner?: boolean
  /**
   * Whether the parties attest to each other (TPM quotes checked against each node's
   * allowlist) before the DKG: 'required' refuses a party that does not attest or whose
   * state is not allowed; 'optional' records who attested; 'off' (default) skips it.
   */
  readonly attestation?: AttestationMode
  /**
   * scheme 'ecdsa' only: the threshold-ECDSA engine, fixed for the key's life. 'dkls23'
   * (default): OT-based, fastest. 'cggmp': CGGMP (Paillier + ZK proofs, identifiable
   * abort names a cheating signer); its keygen adds the aux-info phase (seconds: safe primes).
   */
  readonly engine?: EcdsaEngine
}

/**
 * The first phase of a refresh, reshare, repair or import: the new key and the attempt
 * that made it. Committing it again is harmless (idempotent).
 */
export interface PreparedChange {
  readonly key: KeyInfo
  readonly nonce: Uint8Array
  /** Dealers that leave the committee: they delete their shares at commit. */
  readonly leaving: readonly string[]
}

export interface ReshareOptions {
  /** The committee afterwards, in party-index order (configured nodes). */
  readonly parties: readonly string[]
  /** Signers needed afterwards. */
  readonly threshold: number
  /**
   * Old parties that deal: at least the key's threshold. Default: `threshold` of the old
   * committee, connected ones first.
   */
  readonly dealers?: readonly string[]
  /** As in KeygenOptions: a new threshold of 1 is refused unless this is set. */
  readonly allowSingleSigner?: boolean
}

export interface RepairOptions {
  /** The peer id of the party whose share is lost (it lost its disk, or it is gone). */
  readonly party: string
  /** A configured node that takes the lost party's index; default: the same node, with a fresh store. */
  readonly replacement?: string
  /** `threshold` other parties that help; default: connected ones first. */
  readonly helpers?: readonly string[]
}

/** A lifecycle operation on an existing key (Coordinator.prepareChange). */
export type KeyChange =
  | { readonly kind: 'refresh' }
  | ({ readonly kind: 'reshare' } & ReshareOptions)
  | ({ readonly kind: 'repair' } & RepairOptions)

interface ImportCommon {
  /** Defaults to `<scheme>-<16 hex digits>`. */
  readonly keyId?: string
  readonly threshold: number
  /** The committee; defaults to every configured node. */
  readonly parties?: readonly string[]
  /** 32 bytes for BIP32 derivation; default: random. */
  readonly chainCode?: Uint8Array
  readonly allowSingleSigner?: boolean
}

export interface ImportKeyOptions extends ImportCommon {
  readonly scheme: Scheme
  /**
   * secp256k1 schemes: the 32-byte private key (bytes or hex). frost-ed25519: the 32-byte
   * RFC 8032 seed (or, with encoding 'scalar', the raw little-endian scalar).
   */
  readonly privateKey: Uint8Array | string
  readonly encoding?: 'seed' | 'scalar'
}

export interface ImportTssLibOptions extends ImportCommon {
  /** The contents of bnb-chain/tss-lib ECDSA keygen save files (LocalPartySaveData JSON): at least tss-lib's threshold + 1 of them. */
  readonly files: readonly string[]
}
