/*
 * Fiat–Shamir transcripts of CGGMP's zero-knowledge proofs.
 *
 * Every proof hashes: a domain tag naming the proof, the session id, the prover's
 * index, then every public input and every first message, each as a labelled,
 * type-tagged, length-prefixed field. No two different transcripts encode to the
 * same bytes (TSSHOCK's "alpha-shuffle" attack used a hash over concatenated
 * decimal strings, where (1, 23) and (12, 3) collide). Challenges are drawn from a
 * SHAKE256 stream keyed by the transcript digest, by rejection sampling, so they are
 * uniform over their ranges.
 */
import { shake256 } from '@noble/hashes/sha3.js'
import { sha512 } from '@noble/hashes/sha2.js'
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js'
import type { PartyIndex } from '../session/types.js'
import { bitLength, fromBytes, toBytes } from './arith.js'
import type { CurvePoint } from './group.js'

/** What every proof is bound to besides its own inputs. */
export interface ProofContext {
  /** The protocol session's id (aux-info, presign or sign session). */
  readonly sessionId: Uint8Array
  /** The prover's party index. */
  readonly prover: PartyIndex
  /** Common randomness of the session, when it has one (aux-info's ρ); empty otherwise. */
  readonly rho?: Uint8Array
}

const FIELD_BYTES = 1
const FIELD_INT = 2
const FIELD_STRING = 3

function u32(n: number): Uint8Array {
  const out = new Uint8Array(4)
  new DataView(out.buffer).setUint32(0, n)
  return out
}

export class Transcript {
  private readonly parts: Uint8Array[] = []
  private counter = 0
  private digest: Uint8Array | undefined

  /** @param proof the proof's name, e.g. 'cggmp/mod' (fig. 16) */
  constructor(proof: string, ctx: ProofContext) {
    this.string('domain', `thresh/${proof}/v1`)
    this.bytes('session', ctx.sessionId)
    this.int('prover', BigInt(ctx.prover))
    this.bytes('rho', ctx.rho ?? new Uint8Array(0))
  }

  private field(label: string, type: number, body: Uint8Array): this {
    if (this.digest) throw new Error('transcript: challenge already drawn')
    const l = utf8ToBytes(label)
    this.parts.push(u32(l.length), l, new Uint8Array([type]), u32(body.length), body)
    return this
  }

  bytes(label: string, b: Uint8Array): this {
    return this.field(label, FIELD_BYTES, b)
  }

  string(label: string, s: string): this {
    return this.field(label, FIELD_STRING, utf8ToBytes(s))
  }

  /** A signed integer: sign byte then minimal big-endian magnitude. */
  int(label: string, x: bigint): this {
    const sign = new Uint8Array([x < 0n ? 1 : 0])
    return this.field(label, FIELD_INT, concatBytes(sign, toBytes(x < 0n ? -x : x)))
  }

  /** A curve point, compressed (the identity as one zero byte). */
  point(label: string, P: CurvePoint): this {
    return this.bytes(label, P.is0() ? new Uint8Array(1) : P.toBytes(true))
  }

  ints(label: string, xs: readonly bigint[]): this {
    this.int(`${label}#`, BigInt(xs.length))
    xs.forEach((x, i) => this.int(`${label}[${i}]`, x))
    return this
  }

  /** The next `n` bytes of the challenge stream (the transcript is frozen at the first draw). */
  private stream(n: number): Uint8Array {
    this.digest ??= sha512(concatBytes(...this.parts))
    const out = shake256(concatBytes(this.digest, u32(this.counter++)), { dkLen: n })
    return out
  }

  /** Uniform in [0, n). */
  challengeBelow(n: bigint): bigint {
    const bits = bitLength(n - 1n)
    const bytes = Math.ceil(bits / 8) || 1
    const excess = BigInt(bytes * 8 - bits)
    for (;;) {
      const x = fromBytes(this.stream(bytes)) >> excess
      if (x < n) return x
    }
  }

  /** Uniform in [−q, q] (CGGMP's e ← ±q). */
  challengeSigned(q: bigint): bigint {
    return this.challengeBelow(2n * q + 1n) - q
  }

  /** m uniform bits. */
  challengeBits(m: number): boolean[] {
    const bytes = this.stream(Math.ceil(m / 8))
    return Array.from({ length: m }, (_, i) => ((bytes[i >> 3]! >> (i & 7)) & 1) === 1)
  }
}
