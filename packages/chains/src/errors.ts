/** Why a payload was refused; stable strings a caller (node, policy, SDK) may branch on. */
export type PayloadErrorCode =
  | 'bad-request'      // malformed: does not decode, non-canonical, inconsistent, wrong type
  | 'too-large'        // above the kind's size bound
  | 'unsupported'      // well-formed but a form thresh does not sign (blob tx, signed tx, sighash type...)
  | 'wrong-scheme'     // the kind cannot be signed by the key's scheme
  | 'nothing-to-sign'  // the key owns no input / is not a signer of the payload

/** A refused payload. Messages say what is wrong; they never echo secrets (payloads hold none). */
export class PayloadError extends Error {
  constructor(readonly code: PayloadErrorCode, message: string) {
    super(message)
    this.name = 'PayloadError'
  }
}

/** Runs a library decoder, turning whatever it throws into a PayloadError('bad-request') that names `what`. */
export function decodeWith<T>(what: string, fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    if (e instanceof PayloadError) throw e
    throw new PayloadError('bad-request', `${what}: ${libraryMessage(e)}`)
  }
}

/** The first line of a library's message (viem's carry multi-line "Version:" trailers). */
function libraryMessage(e: unknown): string {
  const err = e as { shortMessage?: unknown; message?: unknown }
  const text = typeof err?.shortMessage === 'string' ? err.shortMessage : typeof err?.message === 'string' ? err.message : String(e)
  return text.split('\n')[0]!.slice(0, 200)
}

export function requireBytes(input: unknown, what: string, maxLength: number): Uint8Array {
  if (!(input instanceof Uint8Array)) throw new PayloadError('bad-request', `${what} must be bytes`)
  if (input.length > maxLength) throw new PayloadError('too-large', `${what} is ${input.length} bytes; at most ${maxLength} are accepted`)
  return input
}
