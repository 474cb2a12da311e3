/*
 * Session worker threads: protocol sessions whose steps are long pure CPU work run in
 * worker threads, so that the node's event loop stays free for its connections (libp2p
 * pings, the yamux windows of every other session), round deadlines and /healthz.
 *
 * Measured (scripts/bench/loop-lag.mjs, `node-loop-lag-ecdsa-setup-*` rows): a DKLs23
 * setup step — the base OTs and the OT extension of every pair, run when a round's last
 * message arrives — is one synchronous call; on a loaded 2-core machine a node running its
 * setup inline stalled 0.4–0.8 s (2-of-3, 3-of-5; 2.6 s for 5-of-9), answering nothing
 * meanwhile, and ~40 ms with the setup in a worker. Yielding between pairs would still
 * block for one pair's base OTs and needs an asynchronous session interface anyway; a
 * worker takes the whole step off the event loop and uses another core.
 * Signing sessions (tens of ms per step) stay inline: a thread hop per message would add
 * latency for no gain.
 *
 * The session state (secret share included) lives in the worker; it crosses the thread
 * boundary as a structured clone inside this process, never on a wire or in a log.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { ProtocolAbort, type Accusation, type Complaint, type Incoming, type KeyShare, type Outgoing, type PartyIndex } from '@thresh/crypto'
import type { Logger } from './log.js'

/** The sessions a worker can host, with what it needs to build each. */
export type HostedTask =
  | { readonly task: 'dkls-setup'; readonly args: { readonly key: KeyShare; readonly requestId: string } }
  /** CGGMP aux-info (cggmp-protocols.ts): safe primes at start, Π^prm/Π^mod/Π^fac in its rounds. */
  | { readonly task: 'cggmp-aux'; readonly args: { readonly key: KeyShare; readonly requestId: string } }

/** A session run in a worker thread: the Session interface with asynchronous steps. */
export interface HostedSession<R> {
  readonly id: Uint8Array
  readonly self: PartyIndex
  readonly parties: readonly PartyIndex[]
  /** Some of its rounds carry secret share material: the node seals them (Session.seals). */
  readonly seals: boolean
  readonly hosted: true
  start(): Promise<Outgoing<Uint8Array>[]>
  receive(message: Incoming<Uint8Array>): Promise<Outgoing<Uint8Array>[]>
  receiveComplaint(from: PartyIndex, complaint: Complaint): Promise<void>
  /** As of the last step that completed. */
  readonly done: boolean
  result(): R
  waitingFor(): PartyIndex[]
  /** Frees the worker's copy of the session (its secrets too). */
  dispose(): void
}

type StepOp =
  | { readonly op: 'start' }
  | { readonly op: 'receive'; readonly message: Incoming<Uint8Array> }
  | { readonly op: 'complaint'; readonly from: PartyIndex; readonly complaint: Complaint }

export type WorkerCall =
  | { readonly op: 'create'; readonly call: number; readonly handle: number; readonly hosted: HostedTask }
  | (StepOp & { readonly call: number; readonly handle: number })
  | { readonly op: 'dispose'; readonly handle: number }

export interface WorkerReply {
  readonly call: number
  /** Sent once, when the worker has loaded (call 0). */
  readonly ready?: true
  readonly out?: Outgoing<Uint8Array>[]
  readonly state?: { readonly done: boolean; readonly waiting: PartyIndex[]; readonly result: unknown }
  readonly abort?: { readonly reason: string; readonly culprits: PartyIndex[]; readonly complain: boolean; readonly accusations: Accusation[] }
  readonly error?: string
}

/** The default number of session worker threads: one core is left to the event loop. */
export function defaultWorkerThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1))
}

interface Slot {
  readonly worker: Worker
  /** Settles when the worker has loaded its modules (or failed to). */
  readonly ready: Promise<void>
  readonly pending: Map<number, { resolve: (reply: WorkerReply) => void; reject: (err: Error) => void }>
  sessions: number
}

// The compiled worker entry, from src/ (tests) and dist/ alike: ../dist/ of either is dist/.
const WORKER_ENTRY = new URL('../dist/session-worker-main.js', import.meta.url)

/** A pool of up to `size` worker threads, started on first use; sessions go to the least busy one. */
export class SessionWorkers {
  private readonly slots: Slot[] = []
  private nextCall = 1
  private nextHandle = 1
  private closed = false

  constructor(
    readonly size: number,
    private readonly log: Logger,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`worker thread count must be a positive integer, got ${size}`)
  }

  /** Hosts a session in a worker; `shape` is what the session reports before its first step. */
  host<R>(hosted: HostedTask, shape: { readonly id: Uint8Array; readonly self: PartyIndex; readonly parties: readonly PartyIndex[]; readonly seals: boolean }): HostedSession<R> {
    if (this.closed) throw new Error('session workers are closed')
    const slot = this.pick()
    const handle = this.nextHandle++
    slot.sessions++
    let state: NonNullable<WorkerReply['state']> = { done: false, waiting: [], result: undefined }
    let disposed = false
    const created = this.call(slot, { op: 'create', call: 0, handle, hosted })
    created.catch(() => undefined) // a failed create surfaces at the first step
    const step = async (op: StepOp): Promise<Outgoing<Uint8Array>[]> => {
      await created
      const reply = await this.call(slot, { ...op, call: 0, handle })
      state = reply.state!
      return reply.out!
    }
    const workers = this
    return {
      id: shape.id,
      self: shape.self,
      parties: shape.parties,
      seals: shape.seals,
      hosted: true,
      start: () => step({ op: 'start' }),
      receive: (message) => step({ op: 'receive', message }),
      receiveComplaint: async (from, complaint) => {
        await step({ op: 'complaint', from, complaint })
      },
      get done() {
        return state.done
      },
      result: () => {
        if (!state.done) throw new Error('hosted session has no result yet')
        return state.result as R
      },
      waitingFor: () => [...state.waiting],
      dispose: () => {
        if (disposed) return
        disposed = true
        slot.sessions--
        if (workers.slots.includes(slot)) slot.worker.postMessage({ op: 'dispose', handle } satisfies WorkerCall)
      },
    }
  }

  /**
   * Starts every thread and waits until each has loaded: a node calls it at start-up, so
   * that its first keygen does not wait for a cold worker (seconds on a loaded machine,
   * enough for the other parties' round deadlines to pass).
   */
  async start(): Promise<void> {
    while (this.slots.length < this.size) this.spawn()
    await Promise.all(this.slots.map((slot) => slot.ready))
  }

  /** Sessions hosted now (for tests and metrics). */
  get hostedSessions(): number {
    return this.slots.reduce((sum, slot) => sum + slot.sessions, 0)
  }

  get threads(): number {
    return this.slots.length
  }

  async close(): Promise<void> {
    this.closed = true
    const slots = this.slots.splice(0)
    for (const slot of slots) this.failPending(slot, new Error('session workers closed'))
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }

  private pick(): Slot {
    const idle = this.slots.reduce<Slot | undefined>((best, slot) => (best === undefined || slot.sessions < best.sessions ? slot : best), undefined)
    if (idle && (idle.sessions === 0 || this.slots.length >= this.size)) return idle
    return this.spawn()
  }

  private spawn(): Slot {
    // execArgv: [] so that no loader or condition flag of the parent (a test runner's) reaches the worker
    const worker = new Worker(WORKER_ENTRY, { execArgv: [] })
    worker.unref()
    let loaded!: () => void
    let failed!: (err: Error) => void
    const ready = new Promise<void>((resolve, reject) => {
      loaded = resolve
      failed = reject
    })
    ready.catch(() => undefined) // reported through start() or the sessions' steps
    const slot: Slot = { worker, ready, pending: new Map(), sessions: 0 }
    worker.on('message', (reply: WorkerReply) => {
      if (reply.ready) return loaded()
      const waiter = slot.pending.get(reply.call)
      if (!waiter) return
      slot.pending.delete(reply.call)
      if (reply.abort) {
        const { reason, culprits, complain, accusations } = reply.abort
        waiter.reject(new ProtocolAbort(reason, culprits, { complain, accusations }))
      } else if (reply.error !== undefined) waiter.reject(new Error(`session worker: ${reply.error}`))
      else waiter.resolve(reply)
    })
    const lost = (why: string) => {
      const index = this.slots.indexOf(slot)
      if (index >= 0) this.slots.splice(index, 1)
      if (!this.closed) this.log.error({ why }, 'a session worker thread stopped; its sessions fail')
      const err = new Error(`session worker stopped: ${why}`)
      failed(err)
      this.failPending(slot, err)
    }
    worker.on('error', (err) => lost(err.message))
    worker.on('exit', (code) => lost(`exit code ${code}`))
    this.slots.push(slot)
    return slot
  }

  private call(slot: Slot, message: WorkerCall): Promise<WorkerReply> {
    if (!this.slots.includes(slot)) return Promise.reject(new Error('session worker stopped'))
    const call = this.nextCall++
    return new Promise((resolve, reject) => {
      slot.pending.set(call, { resolve, reject })
      // ref'd while a call is out, so that a process waiting on a hosted step does not exit
      slot.worker.ref()
      slot.worker.postMessage({ ...message, call })
    }).finally(() => {
      if (slot.pending.size === 0) slot.worker.unref()
    }) as Promise<WorkerReply>
  }

  private failPending(slot: Slot, err: Error): void {
    for (const waiter of slot.pending.values()) waiter.reject(err)
    slot.pending.clear()
  }
}
