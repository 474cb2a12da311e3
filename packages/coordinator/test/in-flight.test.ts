import { describe, expect, it } from 'vitest'
import { InFlightLimiter } from '../src/in-flight.js'

const never = new AbortController().signal
const tick = () => new Promise((r) => setTimeout(r, 0))

describe('in-flight limit per node', () => {
  it('grants up to the limit at each node, queues the rest, and hands freed slots on in order', async () => {
    const limiter = new InFlightLimiter(2)
    const a1 = await limiter.acquire(['A', 'B'], never)
    const a2 = await limiter.acquire(['A', 'C'], never)
    expect([limiter.inFlight('A'), limiter.inFlight('B'), limiter.inFlight('C')]).toEqual([2, 1, 1])
    const granted: string[] = []
    void limiter.acquire(['A', 'B'], never).then((r) => { granted.push('third'); return r })
    // B and C have room but A does not: an attempt takes all of its nodes or waits
    const fourth = await limiter.acquire(['B', 'C'], never)
    await tick()
    expect(granted).toEqual([])
    expect(limiter.queued).toBe(1)
    a1()
    a1() // releasing twice frees once
    await tick()
    expect(granted).toEqual(['third'])
    expect([limiter.inFlight('A'), limiter.inFlight('B')]).toEqual([2, 2])
    a2()
    fourth()
  })

  it('a waiter whose caller gives up leaves the queue', async () => {
    const limiter = new InFlightLimiter(1)
    const held = await limiter.acquire(['A'], never)
    const cancel = new AbortController()
    const waiting = limiter.acquire(['A'], cancel.signal)
    cancel.abort(new Error('closing'))
    await expect(waiting).rejects.toThrow('closing')
    expect(limiter.queued).toBe(0)
    held()
    expect(limiter.inFlight('A')).toBe(0)
  })
})
