/*
 * CGGMP auxiliary information: the aux-info part of "Auxiliary Info. & Key Refresh"
 * (Canetti, Gennaro, Goldfeder, Makriyannis, Peled, eprint 2021/060, Figure 6 of the
 * 2021-10 revision; the key-refresh shares are left out: thresh's DKG and
 * lifecycle/ make and refresh the key shares). Run by the whole committee of an
 * 'ecdsa' key after the DKG (and again after every refresh).
 *
 * Round 1 (broadcast). P_i has a Paillier-Blum key N_i = p_i·q_i (safe primes, exactly
 *   PAILLIER_BITS bits; pre-generated, e.g. in a worker, or made here) and ring-Pedersen
 *   parameters (s_i, t_i) over N_i with the proof ψ_i = Π^prm; samples ρ_i, u_i (32 bytes);
 *   broadcasts V_i = H(sid, i, N_i, s_i, t_i, ψ_i, ρ_i, u_i).
 * Round 2 (broadcast). Reveals (N_i, s_i, t_i, ψ_i, ρ_i, u_i).
 * Round 3. Checks every reveal against V_j, that N_j has exactly PAILLIER_BITS bits and
 *   no two parties share a modulus, and Π^prm; ρ = ⊕ρ_j is the session's common
 *   randomness (ProofContext.rho of the next proofs, which no party can aim, as every
 *   ρ_j was committed before any was seen). Broadcasts Π^mod for N_i and sends each P_j
 *   Π^fac for N_i against P_j's ring-Pedersen parameters.
 * Output. Checks Π^mod and Π^fac of every P_j. Without Π^mod and Π^fac a party could
 *   pick a modulus with small factors or of the wrong form and extract other parties'
 *   secrets from their MtA answers (BitForge, CVE-2023-33241); without Π^prm, s ∉ ⟨t⟩
 *   breaks the range proofs made against its parameters (TSSHOCK).
 * Every failed check aborts naming its sender. Nothing here is secret in transit: no
 * round is sealed.
 */
import type { KeyShare } from '../keys/types.js'
import { RoundSession, checkEach, type RoundInput, type RoundSpec } from '../session/round-session.js'
import { sessionId } from '../session/session-id.js'
import { ProtocolAbort, type Outgoing, type PartyIndex } from '../session/types.js'
import { bitLength, randomBelow, toBytes } from './arith.js'
import type { CggmpKeyShare } from './key-share.js'
import { generatePaillierBlum, paillierPublicFromModulus, type PaillierSecretKey } from './paillier.js'
import { PAILLIER_BITS } from './params.js'
import { boundedInt, fixedBytes, hashPacked, pack, unpack, type Packed } from './payload.js'
import { proveFac, proveMod, provePrm, verifyFac, verifyMod, verifyPrm, type FacProof, type ModProof, type PrmProof } from './proofs/index.js'
import { generateRingPedersen, type RingPedersenParams, type RingPedersenSecret } from './ring-pedersen.js'
import type { ProofContext } from './transcript.js'
import { equalBytes } from '@noble/curves/utils.js'

export interface CggmpAuxCommitMessage {
  readonly type: 'cggmp/aux-commit'
  /** 32 bytes: V_i. */
  readonly commitment: Uint8Array
}

export interface CggmpAuxRevealMessage {
  readonly type: 'cggmp/aux-reveal'
  readonly N: bigint
  readonly s: bigint
  readonly t: bigint
  /** Π^prm for (N, s, t), packed. */
  readonly prm: Packed
  /** 32 bytes each. */
  readonly rho: Uint8Array
  readonly u: Uint8Array
}

export interface CggmpAuxModMessage {
  readonly type: 'cggmp/aux-mod'
  /** Π^mod for N_i, packed. */
  readonly mod: Packed
}

export interface CggmpAuxFacMessage {
  readonly type: 'cggmp/aux-fac'
  /** Π^fac for N_i against the recipient's ring-Pedersen parameters, packed. */
  readonly fac: Packed
}

export type CggmpAuxMessage = CggmpAuxCommitMessage | CggmpAuxRevealMessage | CggmpAuxModMessage | CggmpAuxFacMessage

export interface CggmpAuxOptions {
  /** This party's DKG share: an 'ecdsa' key on secp256k1. */
  readonly key: KeyShare
  /** Distinguishes repeated runs on one key epoch (a retry after a failed attempt). */
  readonly requestId?: string
  /**
   * A Paillier-Blum key made ahead of the session (generatePaillierBlum(PAILLIER_BITS),
   * e.g. in a worker: its safe primes take seconds). Fresh here otherwise. Never reuse one
   * across committees or epochs.
   */
  readonly paillier?: PaillierSecretKey
  /** Ring-Pedersen parameters over `paillier`'s N, made ahead with it; fresh here otherwise. */
  readonly ringPedersen?: RingPedersenSecret
}

export function cggmpAuxSessionId(key: Pick<KeyShare, 'keyId' | 'epoch' | 'threshold' | 'parties' | 'groupPublicKey'>, requestId = ''): Uint8Array {
  return sessionId('cggmp-aux/v1', key.keyId, key.epoch, key.threshold, [...key.parties].sort((a, b) => a - b), key.groupPublicKey, requestId)
}

interface Reveal {
  readonly params: RingPedersenParams
  readonly prm: Packed
  readonly rho: Uint8Array
  readonly u: Uint8Array
}

export class CggmpAuxSession extends RoundSession<CggmpKeyShare, CggmpAuxMessage> {
  protected readonly rounds: readonly RoundSpec[] = [
    { broadcast: true, direct: false },
    { broadcast: true, direct: false },
    { broadcast: true, direct: true },
  ]

  private readonly key: KeyShare
  private paillier: PaillierSecretKey | undefined
  private ringPedersen: RingPedersenSecret | undefined
  private own: Reveal | undefined
  private readonly commitments = new Map<PartyIndex, Uint8Array>()
  private readonly reveals = new Map<PartyIndex, Reveal>()
  private rho = new Uint8Array(32)

  constructor(options: CggmpAuxOptions) {
    const { key } = options
    if (key.scheme !== 'ecdsa' || key.curve !== 'secp256k1') throw new RangeError('CGGMP aux info needs an ecdsa key on secp256k1')
    super(cggmpAuxSessionId(key, options.requestId), key.self, key.parties)
    this.key = key
    if (options.paillier && bitLength(options.paillier.N) !== PAILLIER_BITS) throw new RangeError(`the Paillier key must have ${PAILLIER_BITS} bits`)
    if (options.ringPedersen && options.ringPedersen.params.N !== options.paillier?.N) {
      throw new RangeError('pre-generated ring-Pedersen parameters need the Paillier key they were made over')
    }
    this.paillier = options.paillier
    this.ringPedersen = options.ringPedersen
  }

  private ctx(prover: PartyIndex, withRho: boolean): ProofContext {
    return withRho ? { sessionId: this.id, prover, rho: this.rho } : { sessionId: this.id, prover }
  }

  private commitment(from: PartyIndex, r: Reveal): Uint8Array {
    const { N, s, t } = r.params
    return hashPacked('cggmp/aux-commit', this.ctx(from, false), { N, s, t, prm: r.prm, rho: r.rho, u: r.u })
  }

  protected begin(): Outgoing<CggmpAuxMessage>[] {
    const paillier = (this.paillier ??= generatePaillierBlum(PAILLIER_BITS))
    const ringPedersen = (this.ringPedersen ??= generateRingPedersen(paillier))
    const prm = pack(provePrm(this.ctx(this.self, false), { params: ringPedersen.params }, { lambda: ringPedersen.lambda, phi: ringPedersen.phi }))
    const random32 = () => toBytes(randomBelow(1n << 256n), 32)
    this.own = { params: ringPedersen.params, prm, rho: random32(), u: random32() }
    return [this.broadcast(1, { type: 'cggmp/aux-commit', commitment: this.commitment(this.self, this.own) })]
  }

  protected finishRound(round: number, inputs: ReadonlyMap<PartyIndex, RoundInput<CggmpAuxMessage>>): Outgoing<CggmpAuxMessage>[] {
    if (round === 1) {
      checkEach(inputs, 'malformed aux-info commitment', (from, input) => {
        const m = input.broadcast as CggmpAuxCommitMessage
        if (m?.type !== 'cggmp/aux-commit') throw new RangeError('not an aux-info commitment')
        this.commitments.set(from, fixedBytes(m.commitment, 32, 'commitment'))
      })
      const { params, prm, rho, u } = this.own!
      return [this.broadcast(2, { type: 'cggmp/aux-reveal', N: params.N, s: params.s, t: params.t, prm, rho, u })]
    }
    if (round === 2) return this.checkReveals(inputs)
    this.checkProofs(inputs)
    this.finish({
      ...this.key,
      paillier: this.paillier!,
      ringPedersen: this.ringPedersen!,
      aux: new Map(this.parties.map((p) => [p, p === this.self ? this.own!.params : this.reveals.get(p)!.params])),
      auxId: Uint8Array.from(this.id),
    })
    return []
  }

  /** Round 2 in (openings, moduli, Π^prm), round 3 out. */
  private checkReveals(inputs: ReadonlyMap<PartyIndex, RoundInput<CggmpAuxMessage>>): Outgoing<CggmpAuxMessage>[] {
    checkEach(inputs, 'bad aux-info reveal', (from, input) => {
      const m = input.broadcast as CggmpAuxRevealMessage
      if (m?.type !== 'cggmp/aux-reveal') throw new RangeError('not an aux-info reveal')
      const { N } = paillierPublicFromModulus(boundedInt(m.N, 1n << BigInt(PAILLIER_BITS), 'N'), PAILLIER_BITS)
      const reveal: Reveal = {
        params: { N, s: boundedInt(m.s, N, 's'), t: boundedInt(m.t, N, 't') },
        prm: m.prm,
        rho: fixedBytes(m.rho, 32, 'rho'),
        u: fixedBytes(m.u, 32, 'u'),
      }
      if (!equalBytes(this.commitment(from, reveal), this.commitments.get(from)!)) throw new Error('reveal does not open its round-1 commitment')
      if (N === this.own!.params.N) throw new Error('its Paillier modulus is this party\'s')
      if (!verifyPrm(this.ctx(from, false), { params: reveal.params }, unpack<PrmProof>(m.prm, 'Π^prm'))) throw new Error('Π^prm does not verify')
      this.reveals.set(from, reveal)
    })
    // two others sharing a modulus: their reveals were committed before any was seen, so one reused an old one; either may be the copier
    const shared = [...this.reveals].filter(([p, r]) => [...this.reveals].some(([o, x]) => o !== p && x.params.N === r.params.N)).map(([p]) => p)
    if (shared.length > 0) throw new ProtocolAbort('parties share a Paillier modulus', shared, { complain: true })
    for (const r of [this.own!, ...this.reveals.values()]) this.rho = this.rho.map((b, i) => b ^ r.rho[i]!)
    const { p, q } = this.paillier!
    const mod = pack(proveMod(this.ctx(this.self, true), { N: this.paillier!.N }, { p, q }))
    return [
      this.broadcast(3, { type: 'cggmp/aux-mod', mod }),
      ...this.others.map((j) => this.direct(3, j, {
        type: 'cggmp/aux-fac' as const,
        fac: pack(proveFac(this.ctx(this.self, true), { N0: this.paillier!.N, aux: this.reveals.get(j)!.params }, { p, q })),
      })),
    ]
  }

  /** Round 3 in: Π^mod and Π^fac of every other party. */
  private checkProofs(inputs: ReadonlyMap<PartyIndex, RoundInput<CggmpAuxMessage>>): void {
    checkEach(inputs, 'bad aux-info proof', (from, input) => {
      const mod = input.broadcast as CggmpAuxModMessage
      const fac = input.direct as CggmpAuxFacMessage
      if (mod?.type !== 'cggmp/aux-mod' || fac?.type !== 'cggmp/aux-fac') throw new RangeError('not aux-info proofs')
      const N = this.reveals.get(from)!.params.N
      if (!verifyMod(this.ctx(from, true), { N }, unpack<ModProof>(mod.mod, 'Π^mod'))) throw new Error('Π^mod does not verify (not a Paillier-Blum modulus)')
      if (!verifyFac(this.ctx(from, true), { N0: N, aux: this.own!.params }, unpack<FacProof>(fac.fac, 'Π^fac'))) throw new Error('Π^fac does not verify (modulus may have small factors)')
    })
  }
}
