import type { CoordRequest, CoordResponse } from '@thresh/wire'
import { TransportError, type NodeTransport } from './transport.js'

/** What one node did with a request. */
export type Outcome =
  | { readonly peerId: string; readonly kind: 'response'; readonly response: CoordResponse }
  | { readonly peerId: string; readonly kind: 'unreachable'; readonly detail: string }

/**
 * How an outcome affects the whole fan-out:
 * - 'success' ends it at once (the caller has what it needs);
 * - 'failure' (the node failed by itself) ends it `graceMs` later, so the others can
 *   still report;
 * - 'accusation' (the node blames others) ends it only when every node has answered,
 *   or at `reportsByMs`: one node's word is not enough, the others' reports decide;
 * - 'ok' waits for the rest.
 */
export type Verdict = 'success' | 'failure' | 'accusation' | 'ok'

export interface FanOutOptions {
  /** The deadline, from the start. */
  readonly timeoutMs: number
  /** After the first failure, how long to keep listening for the other nodes. */
  readonly graceMs: number
  /**
   * From the start, by when every honest node has reported (its round deadlines plus
   * slack): after an accusation the fan-out waits for the others until then.
   * Defaults to the deadline.
   */
  readonly reportsByMs?: number
  /** Aborts everything (the coordinator is closing). */
  readonly signal: AbortSignal
  readonly judge: (outcome: Outcome) => Verdict
}

/** Why a fan-out ended. */
export type Ending =
  | 'success'
  | 'complete' // every node answered
  | 'grace' // the grace period after a failure ran out
  | 'reports' // after an accusation, the time for every honest report ran out
  | 'deadline'

export interface Gathered {
  /** In the order of the peers asked (not of arrival). */
  readonly outcomes: readonly Outcome[]
  /** Nodes that had not answered when the fan-out ended. */
  readonly silent: readonly string[]
  readonly ending: Ending
}

/**
 * Sends `request` to every peer at once and collects what they do until the judge
 * says success, a failure's grace period ends, everyone has answered, or the
 * deadline passes; an accusation suspends the grace period (see Verdict). Requests
 * still open at the end are cancelled.
 */
export function fanOut(transport: NodeTransport, peers: readonly string[], request: CoordRequest, options: FanOutOptions): Promise<Gathered> {
  const cancel = new AbortController()
  const outcomes: Outcome[] = []
  const answered = new Set<string>()
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  let deadline: NodeJS.Timeout | undefined
  let accused = false
  let failed = false
  let finished = false

  return new Promise<Gathered>((resolve, reject) => {
    const stop = () => {
      finished = true
      clearTimeout(timer)
      clearTimeout(deadline)
      options.signal.removeEventListener('abort', onClose)
    }
    const finish = (ending: Ending) => {
      if (finished) return
      stop()
      cancel.abort(new Error('fan-out finished'))
      const order = (o: Outcome) => peers.indexOf(o.peerId)
      resolve({ outcomes: [...outcomes].sort((a, b) => order(a) - order(b)), silent: peers.filter((p) => !answered.has(p)), ending })
    }
    const onClose = () => {
      if (finished) return
      stop()
      cancel.abort(options.signal.reason)
      reject(options.signal.reason)
    }
    const endIn = (ms: number, ending: Ending) => {
      clearTimeout(timer)
      timer = setTimeout(() => finish(ending), Math.max(0, ms))
    }
    const record = (outcome: Outcome) => {
      if (finished) return
      outcomes.push(outcome)
      answered.add(outcome.peerId)
      const verdict = options.judge(outcome)
      if (verdict === 'success') return finish('success')
      if (answered.size === peers.length) return finish('complete')
      if (verdict === 'accusation' && !accused) {
        accused = true
        const reportsBy = options.reportsByMs ?? options.timeoutMs
        if (reportsBy < options.timeoutMs) endIn(started + reportsBy - performance.now(), 'reports')
        else clearTimeout(timer)
      } else if (verdict === 'failure' && !failed && !accused) {
        failed = true
        endIn(options.graceMs, 'grace')
      }
    }

    if (options.signal.aborted) return onClose()
    options.signal.addEventListener('abort', onClose, { once: true })
    deadline = setTimeout(() => finish('deadline'), options.timeoutMs)
    if (peers.length === 0) return finish('complete')
    for (const peerId of peers) {
      transport.request(peerId, request, { signal: cancel.signal }).then(
        (response) => record({ peerId, kind: 'response', response }),
        (err: unknown) => {
          if (err instanceof TransportError) record({ peerId, kind: 'unreachable', detail: err.message })
          else if (!cancel.signal.aborted) record({ peerId, kind: 'unreachable', detail: describeFailure(err) })
        },
      )
    }
  })
}

/** A failure's text: stream and socket layers sometimes reject with an Event, whose String() is "[object Event]". */
export function describeFailure(err: unknown): string {
  if (err instanceof Error) return err.message
  if (typeof Event !== 'undefined' && err instanceof Event) return `the connection failed (${err.type} event)`
  return String(err)
}
