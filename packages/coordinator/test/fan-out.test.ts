import { describe, expect, it } from 'vitest'
import { describeFailure } from '../src/fan-out.js'

describe('failure text', () => {
  it('says what failed, also when a stream rejects with an Event (was "[object Event]")', () => {
    expect(describeFailure(new Error('dial refused'))).toBe('dial refused')
    expect(describeFailure(new Event('close'))).toBe('the connection failed (close event)')
    expect(describeFailure('reset')).toBe('reset')
  })
})
