import type { CoordResponse } from '@thresh/wire'
import {
  CulpritError,
  NodeError,
  ThreshError,
  TimeoutError,
  UnauthorizedError,
  UnknownKeyError,
  type Exclusion,
  type ExclusionReason,
} from './errors.js'
import type { Gathered, Outcome } from './fan-out.js'

type ErrorResponse = Extract<CoordResponse, { kind: 'error' }>

/**
 * Who is to blame for what went wrong in one fan-out to `peers`. A node can only
 * blame other members of the same request: names outside it are ignored.
 */
export function blame(gathered: Gathered, peers: readonly string[], isSuccess: (o: Outcome) => boolean, invalid: (o: Outcome) => string | undefined): Exclusion[] {
  const found: Exclusion[] = []
  const add = (peerId: string, reason: ExclusionReason, detail: string) => {
    if (peers.includes(peerId)) found.push({ peerId, reason, detail })
  }
  for (const o of gathered.outcomes) {
    if (isSuccess(o)) continue
    if (o.kind === 'unreachable') {
      add(o.peerId, 'unreachable', o.detail)
      continue
    }
    const r = o.response
    if (r.kind !== 'error') {
      add(o.peerId, 'invalid-signature', invalid(o) ?? `answered with an unexpected ${r.kind} response`)
      continue
    }
    if (r.code === 'aborted') for (const c of r.culprits) add(c, 'culprit', `named by ${o.peerId}: ${r.message}`)
    else if (r.code === 'timeout') for (const c of r.culprits) add(c, 'silent', `named silent by ${o.peerId}: ${r.message}`)
    else add(o.peerId, 'refused', `${r.code}: ${r.message}`)
  }
  // Nodes still working when an attempt is abandoned early are not at fault; only the deadline makes silence a failure.
  if (gathered.timedOut) for (const p of gathered.silent) add(p, 'silent', 'no answer before the deadline')
  return strongestPerPeer(found)
}

const SEVERITY: readonly ExclusionReason[] = ['culprit', 'invalid-signature', 'unreachable', 'silent', 'refused']

/** One exclusion per peer: the most serious reason it was blamed for. */
function strongestPerPeer(found: readonly Exclusion[]): Exclusion[] {
  const best = new Map<string, Exclusion>()
  for (const e of found) {
    const prev = best.get(e.peerId)
    if (!prev || SEVERITY.indexOf(e.reason) < SEVERITY.indexOf(prev.reason)) best.set(e.peerId, e)
  }
  return [...best.values()]
}

/** An answer that makes retrying pointless: the caller itself is refused. */
export function fatalRefusal(outcomes: readonly Outcome[]): UnauthorizedError | undefined {
  const refusing = outcomes.filter((o) => errorOf(o)?.code === 'unauthorized').map((o) => o.peerId)
  if (refusing.length === 0) return undefined
  return new UnauthorizedError(`not authorized by ${refusing.join(', ')}: add this coordinator's peer id to their "coordinators"`, refusing)
}

/** The error that describes a failed attempt, from the most to the least serious blame. */
export function attemptError(what: string, keyId: string, failures: readonly Exclusion[], outcomes: readonly Outcome[]): ThreshError {
  const of = (...reasons: ExclusionReason[]) => failures.filter((f) => reasons.includes(f.reason))
  const culprits = of('culprit', 'invalid-signature')
  if (culprits.length > 0) return new CulpritError(`${what} failed: ${list(culprits)}`, culprits.map((f) => f.peerId))
  const silent = of('unreachable', 'silent')
  if (silent.length > 0) return new TimeoutError(`${what} failed: ${list(silent)}`, silent.map((f) => f.peerId))
  const errors = outcomes.map(errorOf).filter((e): e is ErrorResponse => e !== undefined)
  if (errors.length > 0 && errors.every((e) => e.code === 'unknown-key')) return new UnknownKeyError(keyId, `${what} failed: the signers do not hold key ${keyId}`)
  const reported = outcomes.find((o) => !['aborted', 'timeout'].includes(errorOf(o)?.code ?? 'aborted')) ?? outcomes.find((o) => errorOf(o))
  if (reported) {
    const e = errorOf(reported)!
    return new NodeError(`${what} failed: ${reported.peerId} reported ${e.code}: ${e.message}`, reported.peerId, e.code)
  }
  return new ThreshError('node', `${what} failed without an answer from any node`)
}

function errorOf(o: Outcome): ErrorResponse | undefined {
  return o.kind === 'response' && o.response.kind === 'error' ? o.response : undefined
}

function list(failures: readonly Exclusion[]): string {
  return failures.map((f) => `${f.peerId} (${f.reason}: ${f.detail})`).join('; ')
}
