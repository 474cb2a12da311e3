import { peerIdFromString } from '@libp2p/peer-id'
import { verifyIdentitySignature } from '@thresh/crypto'
import { complaintStatement, type CoordResponse, type RpcAccusation } from '@thresh/wire'
import {
  CulpritError,
  DisputeError,
  NodeError,
  ThreshError,
  TimeoutError,
  UnauthorizedError,
  UnknownKeyError,
  type Accusation,
  type Exclusion,
  type ExclusionReason,
} from './errors.js'
import type { Gathered, Outcome, Verdict } from './fan-out.js'

type ErrorResponse = Extract<CoordResponse, { kind: 'error' }>

/** What one fan-out says about its members: who is left out of a retry and why, and who accused whom. */
export interface Judgement {
  readonly failures: readonly Exclusion[]
  readonly accusations: readonly Accusation[]
}

/**
 * How a fan-out treats an outcome that is not a success: a node naming others (an
 * abort's culprits, a timeout's silent parties) accuses; anything else is the node's
 * own failure.
 */
export function verdictOf(o: Outcome, peers: readonly string[]): Verdict {
  return accusedBy(o, peers).length > 0 ? 'accusation' : 'failure'
}

/**
 * Who is to blame for what went wrong in one fan-out to `peers`. The SDK sees some
 * failures itself — a node that cannot be reached, that refuses, that answers with a
 * signature that does not verify, or that is still silent when every honest node
 * would have reported (the deadline, or the reports horizon after an accusation) —
 * and each excludes that node alone. A node naming another is only a claim: the
 * accused is excluded as its culprit when the claim is corroborated, that is, when the
 * accused also failed by itself, or when at least two signers name it and one of them
 * is accused by nobody. An uncorroborated claim excludes both the accuser and the
 * accused: one node's word never removes an honest signer while keeping the liar.
 * Names outside `peers` are ignored. Nodes still working when an attempt ends early
 * (the grace period after a failure) are not at fault.
 */
export function judge(
  gathered: Gathered, peers: readonly string[], nonce: Uint8Array, isSuccess: (o: Outcome) => boolean, invalid: (o: Outcome) => string | undefined,
): Judgement {
  const found: Exclusion[] = []
  const own = new Set<string>() // failed by itself, as the SDK saw it
  const claims: Omit<Accusation, 'corroborated'>[] = []
  const add = (peerId: string, reason: ExclusionReason, detail: string) => found.push({ peerId, reason, detail })
  for (const o of gathered.outcomes) {
    if (isSuccess(o)) continue
    if (o.kind === 'unreachable') {
      add(o.peerId, 'unreachable', o.detail)
      own.add(o.peerId)
      continue
    }
    const r = o.response
    if (r.kind !== 'error') {
      add(o.peerId, 'invalid-signature', invalid(o) ?? `answered with an unexpected ${r.kind} response`)
      own.add(o.peerId)
      continue
    }
    const named = accusedBy(o, peers)
    // a node that stopped on another's complaint relays it: the complaint is that
    // party's claim (counted once, even if its own report arrives too), not the relayer's
    for (const relayed of r.code === 'aborted' ? r.accusations : []) {
      if (!peers.includes(relayed.accuser)) continue
      if (!signedComplaint(nonce, relayed)) {
        // nodes check a complaint's signature before they stop on it: this one was made up
        add(o.peerId, 'culprit', `relayed a complaint ${relayed.accuser} did not sign`)
        own.add(o.peerId)
        continue
      }
      for (const accused of relayed.accused.filter((p) => p !== relayed.accuser && peers.includes(p))) {
        if (claims.some((c) => c.accuser === relayed.accuser && c.accused === accused)) continue
        claims.push({ accuser: relayed.accuser, accused, reason: 'culprit', detail: `complaint relayed by ${o.peerId}: ${relayed.reason}` })
      }
    }
    if (named.length > 0) {
      const reason = r.code === 'aborted' ? 'culprit' : 'silent'
      for (const accused of named) {
        const relayed = claims.findIndex((c) => c.accuser === o.peerId && c.accused === accused)
        if (relayed >= 0) claims.splice(relayed, 1) // its own word replaces what others relayed
        claims.push({ accuser: o.peerId, accused, reason, detail: `${r.code}: ${r.message}` })
      }
    } else if (r.code !== 'aborted' && r.code !== 'timeout') {
      add(o.peerId, 'refused', `${r.code}: ${r.message}`)
      own.add(o.peerId)
    }
    // an abort or timeout naming nobody in the request blames nobody
  }
  if (gathered.ending === 'deadline' || gathered.ending === 'reports') {
    const when = gathered.ending === 'deadline' ? 'before the deadline' : 'within the round deadlines after an accusation'
    for (const p of gathered.silent) {
      add(p, 'silent', `no answer ${when}`)
      own.add(p)
    }
  }

  const accusers = new Map<string, Set<string>>()
  for (const c of claims) accusers.set(c.accused, (accusers.get(c.accused) ?? new Set()).add(c.accuser))
  const unaccused = (p: string) => !accusers.has(p)
  const corroborated = (p: string) => {
    const by = [...(accusers.get(p) ?? [])]
    return own.has(p) || (by.length >= 2 && by.some(unaccused))
  }
  const accusations: Accusation[] = claims.map((c) => ({ ...c, corroborated: corroborated(c.accused) }))
  for (const a of accusations) {
    if (a.corroborated) {
      add(a.accused, a.reason, `named ${a.reason} by ${a.accuser}: ${a.detail}`)
    } else {
      add(a.accused, 'disputed', `named ${a.reason} by ${a.accuser}, uncorroborated (${a.detail})`)
      add(a.accuser, 'disputed', `named ${a.accused} ${a.reason} without corroboration`)
    }
  }
  return { failures: strongestPerPeer(found), accusations }
}

/** Whether the accuser signed this complaint in the attempt of request `nonce`. */
function signedComplaint(nonce: Uint8Array, a: RpcAccusation): boolean {
  try {
    const key = peerIdFromString(a.accuser).publicKey
    if (key?.type !== 'Ed25519') return false
    return verifyIdentitySignature(key.raw, complaintStatement(nonce, a.accuser, a.accused, a.reason), a.signature)
  } catch {
    return false
  }
}

/** The members of the request a node's abort or timeout names (never itself). */
function accusedBy(o: Outcome, peers: readonly string[]): string[] {
  const e = errorOf(o)
  if (!e || (e.code !== 'aborted' && e.code !== 'timeout')) return []
  return [...new Set(e.culprits)].filter((c) => c !== o.peerId && peers.includes(c))
}

const SEVERITY: readonly ExclusionReason[] = ['culprit', 'invalid-signature', 'unreachable', 'silent', 'disputed', 'refused']

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
export function attemptError(what: string, keyId: string, judgement: Judgement, outcomes: readonly Outcome[]): ThreshError {
  const { failures, accusations } = judgement
  const of = (...reasons: ExclusionReason[]) => failures.filter((f) => reasons.includes(f.reason))
  const culprits = of('culprit', 'invalid-signature')
  if (culprits.length > 0) return new CulpritError(`${what} failed: ${list(culprits)}`, culprits.map((f) => f.peerId))
  const open = accusations.filter((a) => !a.corroborated)
  if (open.length > 0) {
    const who = open.map((a) => `${a.accuser} named ${a.accused} ${a.reason}`).join('; ')
    const sides = [...new Set(open.flatMap((a) => [a.accuser, a.accused]))]
    return new DisputeError(`${what} failed: ${who}; nobody corroborated it, so both sides are left out`, sides, accusations)
  }
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

export function errorOf(o: Outcome): ErrorResponse | undefined {
  return o.kind === 'response' && o.response.kind === 'error' ? o.response : undefined
}

function list(failures: readonly Exclusion[]): string {
  return failures.map((f) => `${f.peerId} (${f.reason}: ${f.detail})`).join('; ')
}
