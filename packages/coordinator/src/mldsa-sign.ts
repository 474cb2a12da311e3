/*
 * The coordinator's side of threshold ML-DSA-44 signing (issue 18; the engine is
 * @thresh/crypto src/mldsa, ePrint 2026/013). A sign request to the nodes is one
 * attempt of the 3-round protocol; the engine's rejection sampling makes about half of
 * the attempts end without a signature, honestly. So the coordinator:
 * - runs attempts, each with a fresh nonce (a new session id at every node, which each
 *   node claims durably: an attempt never runs twice), up to `maxAttempts`;
 * - combines each attempt itself from the signers' transcripts (combineSigning: it
 *   holds no secret) and verifies the result with @noble/post-quantum before returning;
 * - blames only on evidence: a reveal that does not open its commitment or a response
 *   that fails its check against the signer's t_S names that signer (combineSigning's
 *   ProtocolAbort), and it is left out of the next attempt. A signer that rejects every
 *   slot, or spoils the sum with plausible responses, looks like an honest rejection
 *   and cannot be identified: the attempt bound ends the request, every failed attempt
 *   is reported, nobody is banned for it.
 */
import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js'
import {
  combineSigning, decodeMlDsaVec, MAX_SIGN_ATTEMPTS, ProtocolAbort, sharingSubsets, subsetKey, thresholdParams,
  type MlDsaPublicInfo, type MlDsaSignRequest, type PartyIndex, type SignerTranscript,
} from '@thresh/crypto'
import { mlDsaSignRequestId, type CoordRequest, type CoordResponse, type KeyInfo } from '@thresh/wire'
import { attemptError, fatalRefusal, judge, verdictOf } from './blame.js'
import { ConfigError, ThreshError, type Exclusion, type SignAttempt } from './errors.js'
import type { Gathered, Outcome, Verdict } from './fan-out.js'
import type { MlDsaSignature } from './types.js'

/** Default bound on attempts per ML-DSA signature: a 3-of-5 attempt signs about half the time, so 24 fail in a row with probability ~2^-24. */
export const DEFAULT_MLDSA_ATTEMPTS = 24


/** Every attempt of an ML-DSA request ended without a signature; `attempts` lists them. */
export class MlDsaAttemptsError extends ThreshError {
  constructor(keyId: string, count: number, attempts: readonly SignAttempt[]) {
    super('node', `signing with ml-dsa-44 key ${keyId}: no signature after ${count} attempts (every slot rejected each time; a signer that forces this cannot be identified — try other signers)`)
    this.attempts = [...attempts]
  }
}

/** What the Coordinator lends the loop: its signer choice and its fan-out. */
export interface MlDsaDriver {
  pickSigners(excluded: Map<string, Exclusion>, first: boolean): Promise<string[]>
  fanOut(signers: readonly string[], request: CoordRequest, judge: (o: Outcome) => Verdict): Promise<Gathered>
  cancel(signers: readonly string[], nonce: Uint8Array): Promise<void>
  randomNonce(): Uint8Array
  unixSeconds(): number
}

/** A keygen's committee must fit the paper's parameter table (2 <= t <= n <= 6); checked before anything is sent. */
export function checkMlDsaKeygen(threshold: number, parties: number): void {
  try {
    thresholdParams(threshold, parties)
  } catch (err) {
    throw new ConfigError(`ml-dsa-44: ${(err as Error).message}`, 'threshold')
  }
}

/** The engine's public view of a KeyInfo (parties as indices 1..n, t_S decoded). */
export function mlDsaPublicInfo(key: KeyInfo): MlDsaPublicInfo {
  const parties = key.parties.map((_, i) => i + 1)
  const subsets = sharingSubsets(parties, key.threshold)
  if (key.scheme !== 'ml-dsa-44' || key.publicShares.length !== subsets.length) throw new ConfigError(`key ${key.keyId} is not a threshold ML-DSA-44 key`, 'keyId')
  return {
    keyId: key.keyId,
    threshold: key.threshold,
    parties,
    publicKey: key.groupPublicKey,
    subsetPublics: new Map(subsets.map((s, i) => [subsetKey(s), decodeMlDsaVec(key.publicShares[i]!, 4, 't_S')] as const)),
  }
}

function transcriptOf(response: CoordResponse): SignerTranscript | undefined {
  if (response.kind !== 'sign' || !response.mldsa) return undefined
  const t = response.mldsa
  return { commit: { type: 'mldsa/commit', commitment: t.commitment }, reveal: { type: 'mldsa/reveal', w: t.w }, respond: { type: 'mldsa/respond', z: [...t.z] } }
}

/** Signs `message` (raw bytes) with ML-DSA key `key`: attempts until one combines and verifies, at most `maxAttempts`. */
export async function signMlDsa(key: KeyInfo, message: Uint8Array, driver: MlDsaDriver, maxAttempts = DEFAULT_MLDSA_ATTEMPTS): Promise<MlDsaSignature> {
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > MAX_SIGN_ATTEMPTS) throw new ConfigError(`maxAttempts must be in 1..${MAX_SIGN_ATTEMPTS}`, 'maxAttempts')
  const info = mlDsaPublicInfo(key)
  const excluded = new Map<string, Exclusion>()
  const failed: SignAttempt[] = []
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    let signers: string[]
    try {
      signers = await driver.pickSigners(excluded, attempt === 0)
    } catch (err) {
      throw err instanceof ThreshError ? withAttempts(err, failed) : err
    }
    const nonce = driver.randomNonce()
    const issuedAt = driver.unixSeconds()
    const request: CoordRequest = { kind: 'sign', keyId: key.keyId, payload: { kind: 'bytes', data: message }, signers, nonce, issuedAt, epoch: key.epoch }
    const answered = (o: Outcome) => o.kind === 'response' && transcriptOf(o.response) !== undefined
    const gathered = await driver.fanOut(signers, request, (o) => (answered(o) ? 'ok' : verdictOf(o, signers)))
    const transcripts = new Map<PartyIndex, SignerTranscript>()
    for (const o of gathered.outcomes) {
      const t = o.kind === 'response' ? transcriptOf(o.response) : undefined
      if (t) transcripts.set(key.parties.indexOf(o.peerId) + 1, t)
    }
    if (transcripts.size < signers.length) {
      void driver.cancel(signers, nonce)
      const judgement = judge(gathered, signers, nonce, answered, () => undefined)
      failed.push({ signers, failures: judgement.failures, accusations: judgement.accusations })
      const refusal = fatalRefusal(gathered.outcomes)
      if (refusal) throw withAttempts(refusal, failed)
      const error = attemptError(`signing with key ${key.keyId} by ${signers.join(', ')}`, key.keyId, judgement, gathered.outcomes)
      // a refusal that holds for every signer set (bad request, unsupported) ends the request
      if (judgement.failures.length === 0 || judgement.failures.every((f) => f.reason === 'refused')) throw withAttempts(error, failed)
      for (const f of judgement.failures) excluded.set(f.peerId, f)
      continue
    }
    const req: MlDsaSignRequest = { signers: [...transcripts.keys()], message, requestId: mlDsaSignRequestId(nonce, issuedAt), attempt: 0 }
    let result
    try {
      result = combineSigning(info, req, transcripts)
    } catch (err) {
      if (!(err instanceof ProtocolAbort)) throw err
      // evidence: these signers' own messages fail the checks (their commitment, their t_S)
      const culprits = err.culprits.map((p) => key.parties[p - 1]!)
      const failures = culprits.map((peerId): Exclusion => ({ peerId, reason: 'culprit', detail: `its transcript failed Combine's check: ${err.reason}` }))
      failed.push({ signers, failures, accusations: [] })
      if (failures.length === 0) throw withAttempts(new ThreshError('node', `signing with key ${key.keyId}: Combine failed without naming a signer: ${err.reason}`), failed)
      for (const f of failures) excluded.set(f.peerId, f)
      continue
    }
    if (result.status === 'rejected') {
      failed.push({ signers, failures: [], accusations: [] })
      continue
    }
    if (!ml_dsa44.verify(result.signature, message, key.groupPublicKey)) {
      // cannot happen with the engine's checks in place; nobody is named without evidence
      failed.push({ signers, failures: [], accusations: [] })
      throw withAttempts(new ThreshError('node', `signing with key ${key.keyId}: the combined signature does not verify`), failed)
    }
    return { keyId: key.keyId, scheme: 'ml-dsa-44', publicKey: Uint8Array.from(key.groupPublicKey), message: Uint8Array.from(message), signature: result.signature, signers, failedAttempts: failed }
  }
  throw new MlDsaAttemptsError(key.keyId, maxAttempts, failed)
}

function withAttempts<E extends ThreshError>(err: E, attempts: readonly SignAttempt[]): E {
  err.attempts = [...attempts]
  return err
}
