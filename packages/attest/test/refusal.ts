import { AttestationError, type AttestationReason } from '../src/index.js'

/** The reason `fn` was refused with, or undefined when it passed; any other error is rethrown. */
export function refusal(fn: () => unknown): AttestationReason | undefined {
  try {
    fn()
  } catch (err) {
    if (err instanceof AttestationError) return err.reason
    throw err
  }
  return undefined
}
