/*
 * Entry of a session worker thread (session-workers.ts): hosts protocol sessions whose
 * steps are long pure CPU work, so that the node's main thread keeps serving its
 * connections, deadlines and HTTP while they run. Messages from the main thread:
 *   { call, op: 'create', handle, task, args }    builds the session (TASKS below)
 *   { call, op: 'start' | 'receive' | 'complaint', handle, ... }
 *   { op: 'dispose', handle }                     forgets it (no answer)
 * Each call is answered { call, out, state } or { call, abort } or { call, error }, in order.
 */
import { parentPort } from 'node:worker_threads'
import { CggmpAuxSession, DklsSetupSession, ProtocolAbort, safeErrorMessage, type Complaint, type Incoming, type KeyShare, type PartyIndex, type Session } from '@thresh/crypto'
import { byteSession, cggmpAuxCodec, dklsSetupCodec } from '@thresh/wire'
import type { HostedTask, WorkerCall, WorkerReply } from './session-workers.js'

type ByteSession = Session<unknown, Uint8Array>

const TASKS: { readonly [T in HostedTask['task']]: (args: Extract<HostedTask, { task: T }>['args']) => ByteSession } = {
  'dkls-setup': (args: { key: KeyShare; requestId: string }) => byteSession(new DklsSetupSession({ key: args.key, requestId: args.requestId }), dklsSetupCodec),
  'cggmp-aux': (args: { key: KeyShare; requestId: string }) => byteSession(new CggmpAuxSession({ key: args.key, requestId: args.requestId }), cggmpAuxCodec),
}

const sessions = new Map<number, ByteSession>()
const port = parentPort
if (!port) throw new Error('session-worker-main runs only as a worker thread')

function stateOf(session: ByteSession): WorkerReply['state'] {
  return { done: session.done, waiting: session.waitingFor(), result: session.done ? session.result() : undefined }
}

function answer(call: number, step: () => ReturnType<ByteSession['start']>, session: () => ByteSession): WorkerReply {
  try {
    const out = step()
    return { call, out, state: stateOf(session()) }
  } catch (err) {
    if (err instanceof ProtocolAbort) {
      return { call, abort: { reason: err.reason, culprits: [...err.culprits], complain: err.complaint !== undefined, accusations: [...err.accusations] } }
    }
    // the detail goes to the node's log only (failInternally), never to a peer
    return { call, error: safeErrorMessage(err) }
  }
}

// loaded: the pool's start() waits for this, so that no session pays for a cold worker
port.postMessage({ call: 0, ready: true } satisfies WorkerReply)

port.on('message', (message: WorkerCall) => {
  if (message.op === 'dispose') {
    sessions.delete(message.handle)
    return
  }
  const session = (): ByteSession => {
    const s = sessions.get(message.handle)
    if (!s) throw new Error(`no hosted session ${message.handle}`)
    return s
  }
  let reply: WorkerReply
  switch (message.op) {
    case 'create':
      reply = answer(message.call, () => {
        const build = TASKS[message.hosted.task] as (args: unknown) => ByteSession
        sessions.set(message.handle, build(message.hosted.args))
        return []
      }, session)
      break
    case 'start':
      reply = answer(message.call, () => session().start(), session)
      break
    case 'receive':
      reply = answer(message.call, () => session().receive(message.message as Incoming<Uint8Array>), session)
      break
    case 'complaint':
      reply = answer(message.call, () => {
        session().receiveComplaint(message.from as PartyIndex, message.complaint as Complaint)
        return []
      }, session)
      break
  }
  port.postMessage(reply)
})
