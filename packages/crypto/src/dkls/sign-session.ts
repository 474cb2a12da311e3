/*
 * DKLs23 threshold ECDSA signing, Protocol 3.6 of "Threshold ECDSA in Three Rounds"
 * (eprint 2023/765), by any signer set P of at least `threshold` committee members.
 *
 * Setup (per session): λ_i = Lagrange coefficient of i at 0 over P; the additive key share
 * sk_i = λ_i·(x_i + δ) + ζ_i, where δ is the optional public tweak (the key signed for is
 * X + δ·G) and ζ_i i's zero share (zero-share.ts). pk_i = sk_i·G.
 *
 * Round 1. i samples the instance key r_i, the inversion mask φ_i and a salt; R_i = r_i·G;
 *   broadcasts the commitment n_i = H(sid, i, R_i, salt), which is also i's session nonce;
 *   to each j sends the OT-extension message of the VOLE in which i is Bob (vole.ts),
 *   learning χ_ij = b.
 * Round 2. i multiplies (r_i, sk_i) in each VOLE where it is Alice (after the
 *   OT-extension check), getting c^u_ij, c^v_ij; broadcasts R_i with its commitment
 *   opening, pk_i and its zero-share points z_ij·G; sends each j Γ^u = c^u·G,
 *   Γ^v = c^v·G, ψ_ij = φ_i − χ_ij (χ from the VOLE where i is Bob towards j) and the
 *   VOLE message.
 * Round 3. For each j, i checks: the opening of R_j; the VOLE check (getting d^u_ji,
 *   d^v_ji); the Gamma checks χ_ij·R_j = Γ^u_j + d^u·G and χ_ij·pk_j = Γ^v_j + d^v·G;
 *   pk_j = λ_j·(X_j + δG) + Σ_k ±z_jk·G with z_ij·G equal to its own; then Σ pk = X + δG.
 *   R = Σ R_j, r = x(R) mod n;
 *   u_i = r_i·(φ_i + Σψ_ji) + Σ(c^u_ij + d^u_ji),  v_i = sk_i·(φ_i + Σψ_ji) + Σ(c^v_ij + d^v_ji),
 *   w_i = m·φ_i + r·v_i; broadcasts (u_i, w_i).  (Σu = φ·k, Σw = φ·(m + r·sk).)
 * Output. u = Σu_j ≠ 0, s = Σw_j / u; low-S normalized (recovery id adjusted); the
 *   signature is verified (libsecp256k1, strict low-S) before it is returned.
 *
 * Session ids and freshness. sid hashes the request (key id and public key, a fingerprint
 * of the key's DKG output, signers, digest, tweak, request id); every signer derives the
 * same one, so a request can be run again under the same sid (a coordinator retry, a
 * replay after a restart). The paper assumes unique session ids; the pairwise seeds of the
 * setup serve every session, so everything derived from them here also takes each side's
 * fresh round-1 nonce (ote.ts, Freshness, has the attack this prevents):
 *   VOLE with Alice i and Bob j:  esid = H(sid, i, j, n_j)  (OT-extension pads and χ: Bob's
 *     nonce, known to him before he computes u);  random-OT outputs, θ and μ under
 *     (esid, n_i)  (Alice's nonce as her salt, known to Bob by round 2);
 *   zero shares: z_ij = PRF(seed_ij, sid, n_lo, n_hi).
 * The nonces are the commitments of round 1: a hash of a fresh R_i and a fresh 32-byte
 * salt, public, already sent before any OT message is processed, so no new message field
 * is needed. Each party's protection rests on its own nonce only; a cheater who repeats
 * or chooses its own gains nothing (its commitment still has to open, and a repeated
 * esid helps only against a party that adds nothing fresh). Three rounds as before.
 *
 * Setup binding. The key fingerprint in sid (threshold, committee, public shares, DKG
 * commitments, chain code) differs between DKG outputs: two members holding shares from
 * different key generations or refreshes of one key derive different session ids, and
 * their messages are refused as another session's instead of failing an OT check and
 * getting an honest member banned. Setup material is not in the share's public data: a
 * future flow that re-runs the setup on an unchanged DKG output must store the setup's
 * session id in the share and bind it here (README.md, Session binding).
 *
 * Bans. Every check that fails names its sender, and every named sender is banned for
 * this key in the caller's BanList (bans.ts). The list is shared by the caller's sessions,
 * so before each use of the pairwise correlations (begin, the OT-extension check, the
 * VOLE and Gamma checks) a session looks again and aborts, naming the peer and running no
 * check, once any session has banned it: a cheater gets one selective-failure attempt per
 * ban, not one per session it had already joined.
 * The paper's last-round values (ψ, u_j, w_j) have no per-party check: a wrong one yields
 * a signature that does not verify, and the session aborts naming nobody (those values
 * touch no OT correlation, so no ban is needed). The zero-share points are this
 * implementation's addition: with them a wrong pk_j is attributable to j (the paper's
 * Σ pk = X check alone names nobody); z_ij·G reveals no more than pk_i already does.
 *
 * Attributable broadcasts. Point-to-point "broadcasts" let a cheater show each signer a
 * different, self-consistent pk_j (with a VOLE input to match on each link). So the
 * round-1 commit and the round-2 reveal carry the sender's identity signature, and each
 * round-3 message carries the sender's views of both rounds (signed-view.ts). A failed
 * check on the signed reveals makes a signer refuse (zero shares) instead of aborting:
 * at the end of round 3 everybody first judges the views (an equivocator or a lying
 * reporter is named), then the reveal checks, which everybody computed alike over the
 * same reveals (README.md, Signing checks, has the table).
 *
 * Tweak caveat. δ is taken as given: whoever builds the request chooses which key
 * X + δ·G the signature is for, and a signature (r, s) for X + δ·G on digest m is also
 * valid for X on the digest m + r·δ (r is only known after signing, so that digest cannot
 * be aimed at; Groth–Shoup, eprint 2021/1330, analyse this related-key setting). So δ
 * must never come from a request: the node derives it itself (packages/node
 * sign-payload.ts: BIP32 CKDpub from the key's group key and chain code along the
 * request's path, bip32/derive.ts) and binds the path, the payload kind and bytes into
 * the request id, and this session binds δ and the digest into its id.
 */
import { randomBytes } from '@noble/hashes/utils.js'
import { equalBytes } from '@noble/curves/utils.js'
import { lagrangeAtZero } from '../curves/polynomial.js'
import { secp256k1Group } from '../curves/group.js'
import { RoundSession, checkEach, type RoundInput, type RoundSpec } from '../session/round-session.js'
import { sessionId } from '../session/session-id.js'
import { checkedSigners } from '../keys/signer-set.js'
import type { KeyShare } from '../keys/types.js'
import { ProtocolAbort, type Outgoing, type PartyIndex, type Rng } from '../session/types.js'
import type { BanList } from './bans.js'
import { assertEcdsaKeyShare, type DklsPeerMaterial, type EcdsaKeyShare } from './key-share.js'
import {
  N, add, addMulBase, compressPoint, decodePoint, mul, mulBase, negate, pointX, pointYIsOdd, readUint256, verifyLowS, type Point,
} from './group.js'
import { ctAdd, ctMulAdd, ctSub } from './ct-scalar.js'
import { Blame } from '../identity/blame.js'
import { assertIdentityKeys } from '../identity/ed25519-identity.js'
import { signStatement, verifyStatement, type StatementContext, type StatementPurpose } from '../identity/statement.js'
import { judgeViews, type SignedView } from '../identity/signed-view.js'
import type { IdentityKey } from '../keys/types.js'
import { taggedHash, u32 } from './hash.js'
import {
  VIEW_ENTRY, assertShape, signShapes,
  type DklsSignCommitMessage, type DklsSignExtendMessage, type DklsSignMessage, type DklsSignMultiplyMessage,
  type DklsSignRevealMessage, type DklsSignShareMessage,
} from './messages.js'
import { forgetVoleBob, voleAliceMultiply, voleBobFinish, voleBobSample, type VoleBob } from './vole.js'
import { pairZeroShare, zeroShareSign } from './zero-share.js'

const { Fn } = secp256k1Group

/** The public part of a key share that every member holds alike. */
export type DklsPublicKeyData = Pick<KeyShare, 'keyId' | 'threshold' | 'parties' | 'publicShares' | 'groupPublicKey' | 'chainCode' | 'commitment' | 'epoch'> & {
  /** The setup run that made the signers' DKLs23 material (EcdsaKeyShare.setupId). */
  readonly setupId: Uint8Array
}

/** What every signer must agree on; the session id is derived from it. */
export interface DklsSignRequest {
  /** The key (an EcdsaKeyShare will do): its DKG output is bound into the session id. */
  readonly key: DklsPublicKeyData
  /** At least `threshold` members of the key's committee. */
  readonly signers: readonly PartyIndex[]
  /** The 32-byte message digest (e.g. SHA-256 for Bitcoin, Keccak-256 for Ethereum). */
  readonly digest: Uint8Array
  /**
   * Optional 32-byte scalar δ: the signature is for the key X + δ·G (reserved for BIP32
   * derivation, which computes δ from the chain code and the path). Empty or absent: δ = 0.
   * Taken as given: the caller derives it itself (see the tweak caveat at the top of this file).
   */
  readonly tweak?: Uint8Array
  /** Distinguishes repeated requests to sign the same digest with the same signers. */
  readonly requestId?: string
}

/** What a signing or presigning session needs besides its request (digest or presign id). */
export interface DklsSessionOptions extends Omit<DklsSignRequest, 'key' | 'digest' | 'requestId'> {
  readonly key: EcdsaKeyShare
  /** The caller's bans (persisted by the caller): refused as signers, extended on abort. */
  readonly bans: BanList
  /** This party's identity key; signs its round-1 and round-2 broadcasts. */
  readonly identity: IdentityKey
  /** Ed25519 identity public key of every signer. */
  readonly identities: ReadonlyMap<PartyIndex, Uint8Array>
  readonly rng?: Rng
}

export interface DklsSignOptions extends DklsSessionOptions, Pick<DklsSignRequest, 'digest' | 'requestId'> {}

/** A secp256k1 ECDSA signature in low-S form. */
export interface EcdsaSignature {
  /** 32 bytes, big-endian. */
  readonly r: Uint8Array
  /** 32 bytes, big-endian, at most n/2. */
  readonly s: Uint8Array
  /** 0..3: bit 0 = parity of R's y (after low-S), bit 1 = R.x >= n. Ethereum's v = 27 + (recovery & 1). */
  readonly recovery: number
  /** The compressed public key the signature verifies under (X + δ·G). */
  readonly publicKey: Uint8Array
}

/** acc + b where undefined stands for the identity (a sum of peers' points may pass through it). */
function addOrIdentity(acc: Point | undefined, b: Point): Point | undefined {
  if (!acc) return b
  return equalBytes(acc, negate(b)) ? undefined : add(acc, b)
}

/** Decoded public points of a key share, shared by all of its sessions. */
const decodedKeys = new WeakMap<EcdsaKeyShare, { groupKey: Point; shares: Map<PartyIndex, Point> }>()

function decodedKey(key: EcdsaKeyShare): { groupKey: Point; shares: Map<PartyIndex, Point> } {
  let entry = decodedKeys.get(key)
  if (!entry) {
    const shares = new Map<PartyIndex, Point>()
    for (const p of key.parties) shares.set(p, decodePoint(key.publicShares.get(p), `public share of party ${p}`))
    entry = { groupKey: decodePoint(key.groupPublicKey, 'group public key'), shares }
    decodedKeys.set(key, entry)
  }
  return entry
}

export function dklsSignSessionId(req: DklsSignRequest): Uint8Array {
  const { key } = req
  const signers = [...req.signers].sort((a, b) => a - b)
  return sessionId('dkls23-sign/v2', key.keyId, key.groupPublicKey, keyFingerprint(key), signers, req.digest, req.tweak ?? new Uint8Array(0), req.requestId ?? '')
}

/** Names the key's generation and the setup run on it: epoch, setup id, threshold, committee, public shares, commitments, chain code. */
export function keyFingerprint(key: DklsPublicKeyData): Uint8Array {
  const shares = key.parties.flatMap((p) => [u32(p), key.publicShares.get(p) ?? new Uint8Array(0)])
  return taggedHash('dkls23/sign/key', [u32(key.epoch), key.setupId, u32(key.threshold), u32(key.parties.length), ...shares, u32(key.commitment.length), ...key.commitment, key.chainCode])
}

/**
 * esid of the VOLE with `alice` as sender and `bob` as receiver: the session, the ordered
 * pair and Bob's round-1 nonce (his commitment).
 */
export function signVoleId(session: Uint8Array, alice: PartyIndex, bob: PartyIndex, bobNonce: Uint8Array): Uint8Array {
  return taggedHash('dkls23/sign/vole', [session, u32(alice), u32(bob), bobNonce])
}

/** What a signer's identity signature on its round-1 commit covers (exported for the tests' cheaters). */
export function commitDigest(session: Uint8Array, from: PartyIndex, m: Pick<DklsSignCommitMessage, 'commitment'>): Uint8Array {
  return taggedHash('dkls23/sign/commit-message', [session, u32(from), m.commitment])
}

/** What a signer's identity signature on its round-2 reveal covers (exported for the tests' cheaters). */
export function revealDigest(session: Uint8Array, from: PartyIndex, m: Omit<DklsSignRevealMessage, 'type' | 'signature'>): Uint8Array {
  return taggedHash('dkls23/sign/reveal-message', [session, u32(from), m.instancePoint, m.salt, m.publicShare, m.zeroSharePoints])
}

/** A view (signed-view.ts) as the bytes of a round-3 message: D ‖ SIG per signer. */
function viewBytes(view: SignedView): Uint8Array {
  const out = new Uint8Array(view.digests.length * VIEW_ENTRY)
  view.digests.forEach((d, i) => {
    out.set(d, i * VIEW_ENTRY)
    out.set(view.signatures[i]!, i * VIEW_ENTRY + 32)
  })
  return out
}

function viewFromBytes(bytes: Uint8Array, signers: number, offset: number): SignedView {
  const at = (i: number) => offset + i * VIEW_ENTRY
  return {
    digests: Array.from({ length: signers }, (_, i) => bytes.slice(at(i), at(i) + 32)),
    signatures: Array.from({ length: signers }, (_, i) => bytes.slice(at(i) + 32, at(i) + VIEW_ENTRY)),
  }
}

interface PeerState {
  readonly material: DklsPeerMaterial
  /** The VOLE where this party is Bob and the peer Alice. */
  readonly bob: VoleBob
  /** The peer's round-1 commitment: its session nonce. */
  commitment?: Uint8Array
  /** Alice shares of the VOLE towards the peer. */
  cu?: bigint
  cv?: bigint
  instancePoint?: Point
  du?: bigint
  dv?: bigint
  psi?: bigint
  publicShare?: Point
}

/**
 * Rounds 1 and 2 and the round-3 judging of DKLs23 signing, shared by the signing
 * session (below) and the presigning session (presign-session.ts), which differ only in
 * their session id, what round 3 carries besides the views, and their result.
 */
export abstract class DklsSignCore<Result> extends RoundSession<Result, DklsSignMessage> {
  protected readonly rounds: readonly RoundSpec[] = [
    { broadcast: true, direct: true },
    { broadcast: true, direct: true },
    { broadcast: true, direct: false },
  ]

  protected readonly key: EcdsaKeyShare
  private readonly bans: BanList
  private readonly identity: IdentityKey
  private readonly identities: ReadonlyMap<PartyIndex, Uint8Array>
  /** Each signer's signed round-1 and round-2 broadcast as this party received it (its own included). */
  private readonly signed = { 1: new Map<PartyIndex, { digest: Uint8Array; signature: Uint8Array }>(), 2: new Map<PartyIndex, { digest: Uint8Array; signature: Uint8Array }>() }
  /** Signers whose signed round-2 broadcast failed a check every party can run (judged in round 3). */
  private faults = new Map<PartyIndex, string>()
  private readonly rng: Rng
  protected readonly tweak: bigint
  /** X + δ·G. */
  protected readonly publicKey: Point
  private readonly shapes: ReturnType<typeof signShapes>
  private readonly peers = new Map<PartyIndex, PeerState>()
  private instanceKey = 0n
  protected inversionMask = 0n
  private instancePoint: Point = new Uint8Array(0)
  private salt: Uint8Array = new Uint8Array(0)
  /** This party's round-1 commitment: its session nonce. */
  private nonce: Uint8Array = new Uint8Array(0)
  private keyShare = 0n
  private readonly zeroShares = new Map<PartyIndex, bigint>()
  /** z_ij·G (compressed) for each peer j, as broadcast in round 2. */
  private readonly zeroSharePoints = new Map<PartyIndex, Uint8Array>()
  private publicShare: Point = new Uint8Array(0)
  protected r = 0n
  protected rPoint: Point = new Uint8Array(0)

  /** `idOf` names the session from the validated signers (ascending) and the tweak. */
  constructor(options: DklsSessionOptions, idOf: (signers: PartyIndex[]) => Uint8Array) {
    const { key, bans } = options
    assertEcdsaKeyShare(key)
    const signers = checkedSigners(key, options.signers)
    const banned = signers.filter((p) => p !== key.self && bans.isBanned(key.keyId, p))
    if (banned.length > 0) {
      throw new RangeError(`party ${banned.join(', ')} is banned for key ${key.keyId} (failed a check in an earlier session); refresh the key to sign with it`)
    }
    const tweak = options.tweak && options.tweak.length > 0 ? secp256k1Group.decodeScalar(options.tweak, 'tweak', { allowZero: true }) : 0n
    super(idOf(signers), key.self, signers)
    assertIdentityKeys(signers, options.identities, 'signer')
    if (!equalBytes(options.identity.publicKey, options.identities.get(key.self)!)) throw new RangeError('identity key does not match identities.get(self)')
    this.identity = options.identity
    this.identities = new Map(options.identities)
    const base = decodedKey(key).groupKey
    this.publicKey = tweak === 0n ? base : add(base, mulBase(tweak))
    this.key = key
    this.bans = bans
    this.rng = options.rng ?? randomBytes
    this.tweak = tweak
    this.shapes = signShapes(signers.length)
  }

  /**
   * Aborts, naming them, if another session of this key has banned any peer since this one
   * was created (the list is shared). Called before every use of the pairwise OT
   * correlations, so that no check with a banned peer ever runs again.
   */
  private refuseBanned(): void {
    const banned = this.others.filter((p) => this.bans.isBanned(this.key.keyId, p))
    if (banned.length > 0) {
      throw new ProtocolAbort(`party ${banned.join(', ')} was banned for key ${this.key.keyId} by another session (it failed a check); stopping before any further use of the OT correlations with it`, banned)
    }
  }

  private commitment(from: PartyIndex, instancePoint: Uint8Array, salt: Uint8Array): Uint8Array {
    return taggedHash('dkls23/sign/commit', [this.id, u32(from), instancePoint, salt])
  }

  protected begin(): Outgoing<DklsSignMessage>[] {
    this.refuseBanned()
    this.instanceKey = secp256k1Group.randomScalar(this.rng)
    this.inversionMask = secp256k1Group.randomScalar(this.rng)
    this.instancePoint = mulBase(this.instanceKey)
    this.salt = this.rng(32)
    this.nonce = this.commitment(this.self, compressPoint(this.instancePoint), this.salt)
    const out: Outgoing<DklsSignMessage>[] = [this.broadcast(1, { type: 'dkls/sign-commit', commitment: this.nonce, signature: this.signOwn(1, commitDigest(this.id, this.self, { commitment: this.nonce })) })]
    for (const peer of this.others) {
      const material = this.key.dkls.get(peer)!
      const { message, bob } = voleBobSample(signVoleId(this.id, peer, this.self, this.nonce), material.otReceiverSeeds0, material.otReceiverSeeds1, this.rng)
      this.peers.set(peer, { material, bob })
      out.push(this.direct(1, peer, { type: 'dkls/sign-extend', ...message }))
    }
    return out
  }

  protected finishRound(round: number, inputs: ReadonlyMap<PartyIndex, RoundInput<DklsSignMessage>>): Outgoing<DklsSignMessage>[] {
    try {
      if (round === 1) return this.multiply(inputs)
      if (round === 2) return this.shares(inputs)
      this.conclude(this.judged(inputs))
      return []
    } catch (err) {
      this.forgetSecrets()
      if (err instanceof ProtocolAbort && err.culprits.length > 0) this.bans.ban(this.key.keyId, err.culprits)
      throw err
    }
  }

  /** Round 1 in, round 2 out. */
  private multiply(inputs: ReadonlyMap<PartyIndex, RoundInput<DklsSignMessage>>): Outgoing<DklsSignMessage>[] {
    const { self } = this
    this.refuseBanned()
    checkEach(inputs, 'malformed round-1 message', (from, input) => {
      assertShape<DklsSignCommitMessage>(input.broadcast, 'dkls/sign-commit', this.shapes)
      assertShape<DklsSignExtendMessage>(input.direct, 'dkls/sign-extend', this.shapes)
      this.verifySigned(1, from, commitDigest(this.id, from, input.broadcast), input.broadcast.signature)
      this.peers.get(from)!.commitment = input.broadcast.commitment
    })
    const lambda = lagrangeAtZero(Fn, this.parties, self)
    // secret scalars: constant-time arithmetic on words (ct-scalar.ts), not BigInt
    const share = ctAdd(secp256k1Group.decodeScalar(this.key.secretShare, 'secret share', { allowZero: true }), this.tweak)
    let zeta = 0n
    for (const [peer, state] of this.peers) {
      const [lo, hi] = self < peer ? [this.nonce, state.commitment!] : [state.commitment!, this.nonce]
      const z = pairZeroShare(state.material.zeroSeed, this.id, lo, hi)
      this.zeroShares.set(peer, z)
      zeta = zeroShareSign(self, peer) > 0 ? ctAdd(zeta, z) : ctSub(zeta, z)
    }
    this.keyShare = ctMulAdd(lambda, share, zeta)
    const direct: Outgoing<DklsSignMessage>[] = []
    checkEach(inputs, 'OT extension failed', (from, input) => {
      const peer = this.peers.get(from)!
      const { type: _, ...oteMessage } = input.direct as DklsSignExtendMessage
      const { c, message } = voleAliceMultiply(
        signVoleId(this.id, self, from, peer.commitment!), this.nonce,
        peer.material.otSenderDelta, peer.material.otSenderSeeds, oteMessage, [this.instanceKey, this.keyShare], this.rng,
      )
      ;[peer.cu, peer.cv] = c
      direct.push(this.direct(2, from, {
        type: 'dkls/sign-multiply',
        gammaU: compressPoint(mulBase(c[0])),
        gammaV: compressPoint(mulBase(c[1])),
        psi: secp256k1Group.encodeScalar(ctSub(this.inversionMask, peer.bob.b)),
        ...message,
      }))
    })
    const zeroSharePoints = new Uint8Array(this.others.length * 33)
    this.others.forEach((peer, k) => {
      const point = compressPoint(mulBase(this.zeroShares.get(peer)!))
      this.zeroSharePoints.set(peer, point)
      zeroSharePoints.set(point, k * 33)
    })
    this.publicShare = mulBase(this.keyShare)
    const fields = { instancePoint: compressPoint(this.instancePoint), salt: this.salt, publicShare: compressPoint(this.publicShare), zeroSharePoints }
    const reveal: DklsSignRevealMessage = { type: 'dkls/sign-reveal', ...fields, signature: this.signOwn(2, revealDigest(this.id, this.self, fields)) }
    return [this.broadcast(2, reveal), ...direct]
  }

  /**
   * The checks every party runs alike on the signed round-2 broadcasts (so that, once the
   * round-3 views show everybody saw the same ones, everybody reaches the same verdict):
   * the opening of each commitment; each reveal's points; and when Σ pk ≠ X + δG, who
   * made it so: pk_j must be λ_j·(X_j + δG) + Σ_k ±z_jk·G (the zero-share points as j
   * listed them), and the two members of each pair must list the same point. The
   * per-party multiplications run only when the sum fails.
   */
  private broadcastFaults(reveals: ReadonlyMap<PartyIndex, DklsSignRevealMessage>): Map<PartyIndex, string> {
    const faults = new Map<PartyIndex, string>()
    for (const [from, reveal] of reveals) {
      if (!equalBytes(this.commitment(from, reveal.instancePoint, reveal.salt), this.peers.get(from)!.commitment!)) {
        faults.set(from, 'its instance point does not open its commitment')
        continue
      }
      try {
        decodePoint(reveal.instancePoint, 'instance point')
        decodePoint(reveal.publicShare, 'public share')
        for (let k = 0; k < this.parties.length - 1; k++) decodePoint(reveal.zeroSharePoints.subarray(k * 33, k * 33 + 33), 'zero-share point')
      } catch (err) {
        faults.set(from, (err as Error).message)
      }
    }
    if (faults.size > 0) return faults
    let pkSum: Point | undefined = this.publicShare
    for (const reveal of reveals.values()) pkSum = addOrIdentity(pkSum, decodePoint(reveal.publicShare, 'public share'))
    if (pkSum && equalBytes(pkSum, this.publicKey)) return faults
    const { shares } = decodedKey(this.key)
    const pairPoint = (j: PartyIndex, k: PartyIndex): Uint8Array => {
      const idx = this.parties.filter((p) => p !== j).indexOf(k)
      return j === this.self ? this.zeroSharePoints.get(k)! : reveals.get(j)!.zeroSharePoints.subarray(idx * 33, idx * 33 + 33)
    }
    // this party too: a share that does not match the key's public share (a damaged
    // store, say) makes it refuse, naming itself, like every other party will
    for (const from of this.parties) {
      const lambda = lagrangeAtZero(Fn, this.parties, from)
      const Xj = shares.get(from)!
      let expected = mul(this.tweak === 0n ? Xj : add(Xj, mulBase(this.tweak)), lambda)
      for (const k of this.parties.filter((p) => p !== from)) {
        const Z = decodePoint(pairPoint(from, k), 'zero-share point')
        expected = add(expected, zeroShareSign(from, k) === 1n ? Z : negate(Z))
      }
      const pk = from === this.self ? compressPoint(this.publicShare) : reveals.get(from)!.publicShare
      if (!equalBytes(compressPoint(expected), pk)) faults.set(from, 'its public share pk_j is not λ_j·X_j plus its listed zero-share points')
    }
    // pairs with this party were checked on receipt; a pair of two others listing different points
    // has one liar, and the other accepted the lie instead of complaining: both are at fault
    for (const j of this.others) {
      for (const k of this.others.filter((p) => p > j)) {
        if (!equalBytes(pairPoint(j, k), pairPoint(k, j))) {
          for (const p of [j, k]) if (!faults.has(p)) faults.set(p, `parties ${j} and ${k} list different zero-share points for their pair`)
        }
      }
    }
    if (faults.size === 0) throw new ProtocolAbort('public shares do not sum to the public key although every one checks out', [])
    return faults
  }

  /** Round 2 in, round 3 out. */
  private shares(inputs: ReadonlyMap<PartyIndex, RoundInput<DklsSignMessage>>): Outgoing<DklsSignMessage>[] {
    this.refuseBanned()
    const reveals = new Map<PartyIndex, DklsSignRevealMessage>()
    // what only this party can check (it complains): shapes, signatures, its own zero-share pair, VOLE and Γ
    checkEach(inputs, 'check failed', (from, input) => {
      assertShape<DklsSignRevealMessage>(input.broadcast, 'dkls/sign-reveal', this.shapes)
      assertShape<DklsSignMultiplyMessage>(input.direct, 'dkls/sign-multiply', this.shapes)
      const peer = this.peers.get(from)!
      const reveal = input.broadcast
      this.verifySigned(2, from, revealDigest(this.id, from, reveal), reveal.signature)
      reveals.set(from, reveal)
      const ownPair = this.parties.filter((p) => p !== from).indexOf(this.self)
      if (!equalBytes(reveal.zeroSharePoints.subarray(ownPair * 33, ownPair * 33 + 33), this.zeroSharePoints.get(from)!)) {
        throw new Error('zero-share point z_ij·G differs from the one this pair shares')
      }
      // a signed broadcast that does not open its commitment or holds a bad point is judged
      // by everybody alike (broadcastFaults): the checks below would only fail in its wake
      if (!equalBytes(this.commitment(from, reveal.instancePoint, reveal.salt), peer.commitment!)) return
      let R: Point
      let pk: Point
      try {
        R = decodePoint(reveal.instancePoint, 'instance point')
        pk = decodePoint(reveal.publicShare, 'public share')
      } catch {
        return
      }
      const { gammaU, gammaV, psi, aTilde, eta, mu } = input.direct
      const [du, dv] = voleBobFinish(signVoleId(this.id, from, this.self, this.nonce), peer.commitment!, peer.bob, { aTilde, eta, mu })
      const chi = peer.bob.b
      if (!equalBytes(mul(R, chi), addMulBase(decodePoint(gammaU, 'Gamma^u'), du))) throw new Error('Gamma^u check failed (χ·R_j ≠ Γ^u + d^u·G)')
      if (!equalBytes(mul(pk, chi), addMulBase(decodePoint(gammaV, 'Gamma^v'), dv))) throw new Error('Gamma^v check failed (χ·pk_j ≠ Γ^v + d^v·G)')
      Object.assign(peer, { instancePoint: R, publicShare: pk, du, dv, psi: secp256k1Group.decodeScalar(psi, 'psi', { allowZero: true }) })
    })
    const views = Uint8Array.from([...viewBytes(this.ownView(1)), ...viewBytes(this.ownView(2))])
    this.faults = this.broadcastFaults(reveals)
    if (this.faults.size > 0) {
      // refuse, and show what this party received: round 3 then names the same culprits everywhere
      const zero = new Uint8Array(32)
      return [this.broadcast(3, { type: 'dkls/sign-share', u: zero, w: zero, refused: Uint8Array.of(1), views })]
    }
    let R: Point | undefined = this.instancePoint
    let mask = this.inversionMask
    let u = 0n
    let v = 0n
    for (const peer of this.peers.values()) {
      R = addOrIdentity(R, peer.instancePoint!)
      mask = ctAdd(mask, peer.psi!)
      u = ctAdd(u, ctAdd(peer.cu!, peer.du!))
      v = ctAdd(v, ctAdd(peer.cv!, peer.dv!))
    }
    if (!R) throw new ProtocolAbort('R = Σ R_j is the identity', [])
    this.rPoint = R
    this.r = Fn.create(pointX(R))
    if (this.r === 0n) throw new ProtocolAbort('x(R) = 0 mod n', [])
    const share = this.roundThreeShare(ctMulAdd(this.instanceKey, mask, u), ctMulAdd(this.keyShare, mask, v))
    return [this.broadcast(3, { type: 'dkls/sign-share', u: secp256k1Group.encodeScalar(share.u), w: secp256k1Group.encodeScalar(share.w), refused: Uint8Array.of(0), views })]
  }

  /** Given u_i and v_i (this party's shares of φ·k and φ·sk), what this party broadcasts as (u, w) in round 3. */
  protected abstract roundThreeShare(u: bigint, v: bigint): { u: bigint; w: bigint }

  /** Round 3 in, every broadcast judged sound: the session's result (via finish). */
  protected abstract conclude(messages: ReadonlyMap<PartyIndex, DklsSignShareMessage>): void

  /** Signs this party's broadcast of `round` and records it in its own view. */
  private signOwn(round: 1 | 2, digest: Uint8Array): Uint8Array {
    const signature = signStatement(this.identity, this.context(round), this.self, digest)
    this.signed[round].set(this.self, { digest, signature })
    return signature
  }

  /** Checks a peer's signature on its broadcast of `round` (a receiver-only fault if bad) and records it. */
  private verifySigned(round: 1 | 2, from: PartyIndex, digest: Uint8Array, signature: Uint8Array): void {
    if (!verifyStatement(this.identities.get(from)!, this.context(round), from, digest, signature)) throw new Error('bad identity signature')
    this.signed[round].set(from, { digest, signature })
  }

  private context(round: 1 | 2): StatementContext {
    const purpose: StatementPurpose = round === 1 ? 'dkls/commit' : 'dkls/reveal'
    return { purpose, session: this.id }
  }

  private ownView(round: 1 | 2): SignedView {
    const entries = this.parties.map((p) => this.signed[round].get(p)!)
    return { digests: entries.map((e) => e.digest), signatures: entries.map((e) => e.signature) }
  }

  /**
   * Round 3's verdicts, the same at every honest party: an equivocation (two validly
   * signed, different broadcasts from one signer in the views) names the equivocator and
   * a made-up view entry its reporter; then, the views agreeing, the round-2 faults every
   * party found alike name their senders; a refusal with no such fault names the refuser.
   */
  private judgeBroadcasts(messages: ReadonlyMap<PartyIndex, DklsSignShareMessage>): void {
    const blame = new Blame()
    const n = this.parties.length
    for (const round of [1, 2] as const) {
      const reports = new Map([...messages].map(([p, m]) => [p, viewFromBytes(m.views, n, (round - 1) * n * VIEW_ENTRY)] as const))
      judgeViews(this.parties, this.identities, this.ownView(round), reports, blame, this.context(round))
    }
    blame.settle('DKLs23 signing aborted')
    for (const [from, reason] of this.faults) blame.add(from, reason)
    if (this.faults.size === 0) {
      for (const [from, m] of messages) if (m.refused[0] === 1) blame.add(from, 'refused to sign although every signed broadcast checked out')
    }
    blame.settle('DKLs23 signing aborted')
  }

  /** Round 3 in: the well-formed share messages, after the views and round-2 faults are judged. */
  private judged(inputs: ReadonlyMap<PartyIndex, RoundInput<DklsSignMessage>>): Map<PartyIndex, DklsSignShareMessage> {
    const messages = new Map<PartyIndex, DklsSignShareMessage>()
    checkEach(inputs, 'malformed signature share', (from, input) => {
      assertShape<DklsSignShareMessage>(input.broadcast, 'dkls/sign-share', this.shapes)
      const m = input.broadcast
      if (m.refused[0]! > 1) throw new Error('refused must be 0 or 1')
      if (m.refused[0] === 1 && (m.u.some((b) => b !== 0) || m.w.some((b) => b !== 0))) throw new Error('a refusal carries zero shares')
      messages.set(from, m)
    })
    this.judgeBroadcasts(messages)
    return messages
  }

  /**
   * Drops this session's secrets once it is over (nonces are single-use): Bob's β and OT
   * columns are zeroed; the scalars are BigInts, which cannot be wiped, only dropped.
   */
  protected forgetSecrets(): void {
    this.instanceKey = 0n
    this.inversionMask = 0n
    this.keyShare = 0n
    this.zeroShares.clear()
    for (const peer of this.peers.values()) forgetVoleBob(peer.bob)
    this.peers.clear()
  }
}

/**
 * The signature from u = Σu_j and w = Σw_j (Protocol 3.6, output): s = w/u, low-S with
 * the recovery id adjusted, verified under `publicKey` (libsecp256k1, strict low-S: a few
 * times faster than noble, which the tests and the SDK use as the independent check) before
 * it is returned. A signature that does not verify names nobody: DKLs23's last-round values
 * have no per-party check.
 */
export function ecdsaSignatureFrom(u: bigint, w: bigint, rPoint: Point, digest: Uint8Array, publicKey: Point): EcdsaSignature {
  u = Fn.create(u)
  w = Fn.create(w)
  if (u === 0n) throw new ProtocolAbort('u = 0: the shares of φ·k sum to zero', [])
  let s = Fn.div(w, u)
  if (s === 0n) throw new ProtocolAbort('s = 0', [])
  let recovery = (pointYIsOdd(rPoint) ? 1 : 0) | (pointX(rPoint) >= N ? 2 : 0)
  if (s > N >> 1n) {
    s = N - s
    recovery ^= 1
  }
  const sig: EcdsaSignature = { r: secp256k1Group.encodeScalar(Fn.create(pointX(rPoint))), s: secp256k1Group.encodeScalar(s), recovery, publicKey: compressPoint(publicKey) }
  const compact = new Uint8Array(64)
  compact.set(sig.r)
  compact.set(sig.s, 32)
  if (!verifyLowS(digest, sig.publicKey, compact)) {
    throw new ProtocolAbort('signature does not verify: a signer sent a wrong ψ, u or w (not attributable in DKLs23)', [])
  }
  return sig
}

/** DKLs23 signing of one digest: three rounds, every signer ends with the verified signature. */
export class DklsSignSession extends DklsSignCore<EcdsaSignature> {
  private readonly digest: Uint8Array
  /** This party's (u_i, w_i) from round 2. */
  private ownShare = { u: 0n, w: 0n }

  constructor(options: DklsSignOptions) {
    const { digest } = options
    if (!(digest instanceof Uint8Array) || digest.length !== 32) throw new RangeError('digest must be 32 bytes')
    super(options, (signers) => dklsSignSessionId({ key: options.key, signers, digest, tweak: options.tweak, requestId: options.requestId }))
    this.digest = Uint8Array.from(digest)
  }

  protected roundThreeShare(u: bigint, v: bigint): { u: bigint; w: bigint } {
    // w_i = m·φ_i + r·v_i
    const w = ctMulAdd(this.r, v, ctMulAdd(Fn.create(readUint256(this.digest)), this.inversionMask, 0n))
    this.ownShare = { u, w }
    return this.ownShare
  }

  protected conclude(messages: ReadonlyMap<PartyIndex, DklsSignShareMessage>): void {
    let u = this.ownShare.u
    let w = this.ownShare.w
    for (const m of messages.values()) {
      u += secp256k1Group.decodeScalar(m.u, 'u', { allowZero: true })
      w += secp256k1Group.decodeScalar(m.w, 'w', { allowZero: true })
    }
    const sig = ecdsaSignatureFrom(u, w, this.rPoint, this.digest, this.publicKey)
    this.forgetSecrets()
    this.finish(sig)
  }
}
