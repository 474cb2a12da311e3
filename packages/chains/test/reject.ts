import { expect } from 'vitest'
import { PayloadError, type PayloadErrorCode } from '../src/index.js'

/** Asserts that `fn` throws a PayloadError with `code` (and a message matching `message`). */
export function rejects(fn: () => unknown, code: PayloadErrorCode, message?: RegExp): void {
  let caught: unknown
  try {
    fn()
  } catch (e) {
    caught = e
  }
  expect(caught, 'expected a PayloadError').toBeInstanceOf(PayloadError)
  expect((caught as PayloadError).code).toBe(code)
  if (message) expect((caught as PayloadError).message).toMatch(message)
}
