/*
 * Threshold ML-DSA-44 signing as a round-based session: one attempt of the 3-round
 * protocol of threshold-sign.ts (ePrint 2026/013), every signer broadcasting.
 *
 * Round 1 (broadcast) mldsa/commit: H(session, i, w_i). The session id binds key,
 *   signer set, message, context, request id and attempt number, so the commitment
 *   and everything after it belong to this message and this attempt only.
 * Round 2 (broadcast) mldsa/reveal: w_i for every slot; a reveal that does not match
 *   its commitment aborts naming the sender.
 * Round 3 (broadcast) mldsa/respond: z_i per slot, empty for a rejected slot.
 * End: every signer combines (the coordinator can do the same with combineSigning
 *   from the messages it relays). Result: a signature, or 'rejected' when every slot
 *   was rejected: the driver then runs attempt + 1, a new session with fresh
 *   randomness, up to MAX_SIGN_ATTEMPTS (signWithRetries).
 */
import { equalBytes } from '@noble/curves/utils.js'
import { randomBytes } from '@noble/hashes/utils.js'
import { RoundSession, checkEach, type RoundInput, type RoundSpec } from '../session/round-session.js'
import { sessionId } from '../session/session-id.js'
import { ProtocolAbort, type Outgoing, type PartyIndex, type Rng } from '../session/types.js'
import { decodeFullVec, encodeFullVec } from './encoding.js'
import { MAX_CONTEXT_BYTES, messageRepresentative, publicKeyHash } from './mldsa44.js'
import { K, L, thresholdParams, type ThresholdParams } from './params.js'
import type { PolyVec } from './poly.js'
import { assertMlDsaKey, type MlDsaKeyShare, type MlDsaPublicInfo } from './shares.js'
import {
  W_SLOT_BYTES, Z_SLOT_BYTES, combine, commitRound1, commitmentHash, respondRound3, slotChallenges, sumCommitments, type MlDsaCommitState,
} from './threshold-sign.js'

/** Attempts a driver may make for one request before giving up (each attempt is a new session). */
export const MAX_SIGN_ATTEMPTS = 64

/** Every attempt of a request was rejected: try another signer set, or report. */
export class MlDsaAttemptsExhausted extends Error {
  constructor(attempts: number) {
    super(`threshold ML-DSA: no signature after ${attempts} attempts`)
    this.name = 'MlDsaAttemptsExhausted'
  }
}

/**
 * The driver's bounded retry loop: runs attempt 0, 1, ... (each a whole signing session
 * with fresh randomness, over whatever transport `run` uses) until one signs. An abort
 * (ProtocolAbort) from `run` ends the loop at once: a named cheater is not retried with.
 */
export async function signWithRetries(
  run: (attempt: number) => MlDsaSignResult | Promise<MlDsaSignResult>, maxAttempts = MAX_SIGN_ATTEMPTS,
): Promise<{ signature: Uint8Array; attempts: number }> {
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > MAX_SIGN_ATTEMPTS) {
    throw new RangeError(`maxAttempts must be in [1, ${MAX_SIGN_ATTEMPTS}]`)
  }
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const result = await run(attempt)
    if (result.status === 'signed') return { signature: result.signature, attempts: attempt + 1 }
  }
  throw new MlDsaAttemptsExhausted(maxAttempts)
}

export interface MlDsaCommitMessage {
  readonly type: 'mldsa/commit'
  /** 32-byte hash of (session, sender, w). */
  readonly commitment: Uint8Array
}

export interface MlDsaRevealMessage {
  readonly type: 'mldsa/reveal'
  /** w for every slot: slots x 4 polynomials x 736 bytes. */
  readonly w: Uint8Array
}

export interface MlDsaRespondMessage {
  readonly type: 'mldsa/respond'
  /** Per slot: z (4 polynomials x 736 bytes), or empty where the sender rejected the slot. */
  readonly z: Uint8Array[]
}

export type MlDsaSignMessage = MlDsaCommitMessage | MlDsaRevealMessage | MlDsaRespondMessage

export type MlDsaSignResult = { readonly status: 'signed'; readonly signature: Uint8Array } | { readonly status: 'rejected' }

/** What every signer (and the coordinator) must agree on; the session id is derived from it. */
export interface MlDsaSignRequest {
  readonly signers: readonly PartyIndex[]
  readonly message: Uint8Array
  /** FIPS 204 context string, 0..255 bytes (default empty). */
  readonly context?: Uint8Array
  readonly requestId?: string
  /** 0-based attempt number, < MAX_SIGN_ATTEMPTS. */
  readonly attempt: number
}

export interface MlDsaSignOptions extends MlDsaSignRequest {
  readonly key: MlDsaKeyShare
  /**
   * Feeds the hyperball samples; the CSPRNG unless a test injects one. An injected
   * source must never repeat itself: the same samples answering two challenges reveal
   * the share.
   */
  readonly rng?: Rng
}

function checkRequest(info: MlDsaPublicInfo, req: MlDsaSignRequest): { signers: PartyIndex[]; context: Uint8Array; params: ThresholdParams } {
  const params = thresholdParams(info.threshold, info.parties.length)
  if (!(req.message instanceof Uint8Array)) throw new TypeError('message must be bytes')
  const context = req.context ?? new Uint8Array(0)
  if (!(context instanceof Uint8Array) || context.length > MAX_CONTEXT_BYTES) throw new RangeError(`context must be at most ${MAX_CONTEXT_BYTES} bytes`)
  if (!Number.isInteger(req.attempt) || req.attempt < 0 || req.attempt >= MAX_SIGN_ATTEMPTS) {
    throw new RangeError(`attempt must be an integer in [0, ${MAX_SIGN_ATTEMPTS})`)
  }
  const signers = [...new Set(req.signers)].sort((a, b) => a - b)
  if (signers.length !== req.signers.length) throw new RangeError('signer set repeats a party')
  const outside = signers.filter((p) => !info.parties.includes(p))
  if (outside.length > 0) throw new RangeError(`signers ${outside.join(', ')} are not in the key's committee`)
  if (signers.length !== info.threshold) {
    throw new RangeError(`a ${info.threshold}-of-${info.parties.length} ML-DSA key is signed by exactly ${info.threshold} signers, got ${signers.length}`)
  }
  return { signers, context, params }
}

export function mlDsaSignSessionId(info: MlDsaPublicInfo, req: MlDsaSignRequest): Uint8Array {
  const { signers, context } = checkRequest(info, req)
  return sessionId('mldsa44-sign/v1', info.keyId, info.publicKey, signers, req.message, context, req.requestId ?? '', req.attempt)
}

/** One signer's three messages of an attempt, as a combiner received them. */
export interface SignerTranscript {
  readonly commit: MlDsaCommitMessage
  readonly reveal: MlDsaRevealMessage
  readonly respond: MlDsaRespondMessage
}

function decodeReveal(m: MlDsaRevealMessage, slots: number): PolyVec[] {
  if (m?.type !== 'mldsa/reveal' || !(m.w instanceof Uint8Array) || m.w.length !== slots * W_SLOT_BYTES) {
    throw new Error(`expected an mldsa/reveal message with ${slots * W_SLOT_BYTES} bytes of w`)
  }
  const flat = decodeFullVec(m.w, slots * K, 'w')
  return Array.from({ length: slots }, (_, k) => flat.slice(k * K, (k + 1) * K))
}

function decodeResponses(m: MlDsaRespondMessage, slots: number): (PolyVec | undefined)[] {
  if (m?.type !== 'mldsa/respond' || !Array.isArray(m.z) || m.z.length !== slots) throw new Error(`expected an mldsa/respond message with ${slots} slots`)
  return m.z.map((z) => {
    if (!(z instanceof Uint8Array) || (z.length !== 0 && z.length !== Z_SLOT_BYTES)) throw new Error(`a response is ${Z_SLOT_BYTES} bytes or empty`)
    return z.length === 0 ? undefined : decodeFullVec(z, L, 'z')
  })
}

function checkCommitment(session: Uint8Array, from: PartyIndex, commit: MlDsaCommitMessage, reveal: MlDsaRevealMessage): void {
  if (commit?.type !== 'mldsa/commit' || !(commit.commitment instanceof Uint8Array) || commit.commitment.length !== 32) {
    throw new Error('expected an mldsa/commit message with a 32-byte commitment')
  }
  if (!equalBytes(commitmentHash(session, from, reveal.w), commit.commitment)) throw new Error('revealed w does not match the round-1 commitment')
}

/**
 * The coordinator's Combine: checks each signer's reveal against its commitment and
 * its responses' shape (naming whoever fails), then combines. Holds no secret.
 */
export function combineSigning(info: MlDsaPublicInfo, req: MlDsaSignRequest, transcripts: ReadonlyMap<PartyIndex, SignerTranscript>): MlDsaSignResult {
  assertMlDsaKey(info)
  const { signers, context, params } = checkRequest(info, req)
  const session = mlDsaSignSessionId(info, req)
  const missing = signers.filter((p) => !transcripts.has(p))
  if (missing.length > 0) throw new ProtocolAbort('no messages from some signers', missing)
  const commitments = new Map<PartyIndex, PolyVec[]>()
  const responses = new Map<PartyIndex, (PolyVec | undefined)[]>()
  checkEach(signers.map((p) => [p, transcripts.get(p)!] as const), 'invalid signing messages', (from, t) => {
    commitments.set(from, decodeReveal(t.reveal, params.slots))
    checkCommitment(session, from, t.commit, t.reveal)
    responses.set(from, decodeResponses(t.respond, params.slots))
  })
  const signature = combine({ info, params, signers, message: req.message, context, commitments, responses })
  return signature ? { status: 'signed', signature } : { status: 'rejected' }
}

export class MlDsaSignSession extends RoundSession<MlDsaSignResult, MlDsaSignMessage> {
  protected readonly rounds: readonly RoundSpec[] = [
    { broadcast: true, direct: false },
    { broadcast: true, direct: false },
    { broadcast: true, direct: false },
  ]

  private readonly key: MlDsaKeyShare
  private readonly request: MlDsaSignRequest
  private readonly params: ThresholdParams
  private readonly rng: Rng
  private state: MlDsaCommitState | undefined
  private readonly commits = new Map<PartyIndex, MlDsaCommitMessage>()
  /** Every signer's w per slot, checked against its commitment. */
  private readonly ws = new Map<PartyIndex, PolyVec[]>()
  private ownResponses: (PolyVec | undefined)[] | undefined

  constructor(options: MlDsaSignOptions) {
    const { key } = options
    assertMlDsaKey(key, key)
    const { signers, params } = checkRequest(key, options)
    if (!signers.includes(key.self)) throw new RangeError(`party ${key.self} is not in the signer set`)
    super(mlDsaSignSessionId(key, options), key.self, signers)
    this.key = key
    this.request = { signers, message: Uint8Array.from(options.message), context: options.context, requestId: options.requestId, attempt: options.attempt }
    this.params = params
    this.rng = options.rng ?? randomBytes
  }

  protected begin(): Outgoing<MlDsaSignMessage>[] {
    this.state = commitRound1(this.key, this.params, this.id, this.rng(64))
    return [this.broadcast(1, { type: 'mldsa/commit', commitment: this.state.commitment })]
  }

  protected finishRound(round: number, inputs: ReadonlyMap<PartyIndex, RoundInput<MlDsaSignMessage>>): Outgoing<MlDsaSignMessage>[] {
    if (round === 1) {
      checkEach(inputs, 'invalid round-1 message', (from, input) => {
        const m = input.broadcast
        if (m?.type !== 'mldsa/commit' || !(m.commitment instanceof Uint8Array) || m.commitment.length !== 32) {
          throw new Error('expected an mldsa/commit message with a 32-byte commitment')
        }
        this.commits.set(from, m)
      })
      return [this.broadcast(2, { type: 'mldsa/reveal', w: encodeFullVec(this.state!.w.flat()) })]
    }
    if (round === 2) {
      const ws = this.ws.set(this.self, [...this.state!.w])
      checkEach(inputs, 'invalid round-2 message', (from, input) => {
        const m = input.broadcast as MlDsaRevealMessage
        const w = decodeReveal(m, this.params.slots)
        checkCommitment(this.id, from, this.commits.get(from)!, m)
        ws.set(from, w)
      })
      const context = this.request.context ?? new Uint8Array(0)
      const mu = messageRepresentative(publicKeyHash(this.key.publicKey), this.request.message, context)
      const wSums = sumCommitments(this.parties.map((p) => ws.get(p)!), this.params.slots)
      const zs = respondRound3(this.key, this.params, this.parties, this.state!, slotChallenges(mu, wSums))
      this.ownResponses = zs
      return [this.broadcast(3, { type: 'mldsa/respond', z: zs.map((z) => (z ? encodeFullVec(z) : new Uint8Array(0))) })]
    }
    const responses = new Map<PartyIndex, (PolyVec | undefined)[]>([[this.self, this.ownResponses!]])
    checkEach(inputs, 'invalid round-3 message', (from, input) => {
      responses.set(from, decodeResponses(input.broadcast as MlDsaRespondMessage, this.params.slots))
    })
    const { message, context } = this.request
    const signature = combine({ info: this.key, params: this.params, signers: this.parties, message, context: context ?? new Uint8Array(0), commitments: this.ws, responses })
    this.finish(signature ? { status: 'signed', signature } : { status: 'rejected' })
    return []
  }
}
