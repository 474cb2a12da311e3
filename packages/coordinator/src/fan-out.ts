import type { CoordRequest, CoordResponse } from '@thresh/wire'
import { TransportError, type NodeTransport } from './transport.js'

/** What one node did with a request. */
export type Outcome =
  | { readonly peerId: string; readonly kind: 'response'; readonly response: CoordResponse }
  | { readonly peerId: string; readonly kind: 'unreachable'; readonly detail: string }

/**
 * How an outcome affects the whole fan-out: 'success' ends it at once (the caller
 * has what it needs), 'failure' ends it after the grace period (so the other nodes
 * can still report whom they blame), 'ok' waits for the rest.
 */
export type Verdict = 'success' | 'failure' | 'ok'

export interface FanOutOptions {
  readonly timeoutMs: number
  /** After the first failure, how long to keep listening for the other nodes. */
  readonly graceMs: number
  /** Aborts everything (the coordinator is closing). */
  readonly signal: AbortSignal
  readonly judge: (outcome: Outcome) => Verdict
}

export interface Gathered {
  /** In the order of the peers asked (not of arrival). */
  readonly outcomes: readonly Outcome[]
  /** Nodes that had not answered when the fan-out ended. */
  readonly silent: readonly string[]
  /** Whether it ended on the deadline (rather than on success, failure or completion). */
  readonly timedOut: boolean
}

/**
 * Sends `request` to every peer at once and collects what they do until the judge
 * says success, a failure's grace period ends, everyone has answered, or the
 * deadline passes. Requests still open at the end are cancelled.
 */
export function fanOut(transport: NodeTransport, peers: readonly string[], request: CoordRequest, options: FanOutOptions): Promise<Gathered> {
  const cancel = new AbortController()
  const outcomes: Outcome[] = []
  const answered = new Set<string>()
  let grace: NodeJS.Timeout | undefined
  let deadline: NodeJS.Timeout | undefined
  let finished = false

  return new Promise<Gathered>((resolve, reject) => {
    const finish = (timedOut: boolean) => {
      if (finished) return
      finished = true
      clearTimeout(grace)
      clearTimeout(deadline)
      options.signal.removeEventListener('abort', onClose)
      cancel.abort(new Error('fan-out finished'))
      const order = (o: Outcome) => peers.indexOf(o.peerId)
      resolve({ outcomes: [...outcomes].sort((a, b) => order(a) - order(b)), silent: peers.filter((p) => !answered.has(p)), timedOut })
    }
    const onClose = () => {
      if (finished) return
      finished = true
      clearTimeout(grace)
      clearTimeout(deadline)
      cancel.abort(options.signal.reason)
      reject(options.signal.reason)
    }
    const record = (outcome: Outcome) => {
      if (finished) return
      outcomes.push(outcome)
      answered.add(outcome.peerId)
      const verdict = options.judge(outcome)
      if (verdict === 'success' || answered.size === peers.length) return finish(false)
      if (verdict === 'failure' && grace === undefined) grace = setTimeout(() => finish(false), options.graceMs)
    }

    if (options.signal.aborted) return onClose()
    options.signal.addEventListener('abort', onClose, { once: true })
    deadline = setTimeout(() => finish(true), options.timeoutMs)
    if (peers.length === 0) return finish(false)
    for (const peerId of peers) {
      transport.request(peerId, request, { signal: cancel.signal }).then(
        (response) => record({ peerId, kind: 'response', response }),
        (err: unknown) => {
          if (err instanceof TransportError) record({ peerId, kind: 'unreachable', detail: err.message })
          else if (!cancel.signal.aborted) record({ peerId, kind: 'unreachable', detail: err instanceof Error ? err.message : String(err) })
        },
      )
    }
  })
}
