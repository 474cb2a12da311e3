// The node's presignature store: take-and-delete, what a second request is told, the
// per-key bound, expiry and the drop at an epoch change (an injected clock).
import type { DklsPresignature } from '@thresh/crypto'
import { describe, expect, it } from 'vitest'
import { PresignStore } from '../src/presign-store.js'

/** Only the fields the store reads. */
const presig = (keyId: string, id: number, epoch = 0) => ({ keyId, epoch, presignId: new Uint8Array(32).fill(id) }) as unknown as DklsPresignature

describe('PresignStore', () => {
  it('hands a presignature out once; afterwards the id is used, an id never held is unknown', () => {
    const store = new PresignStore({ perKey: 4, ttlMs: 1000 })
    const p = presig('k', 1)
    expect(store.add(p, 'm')).toBe(true)
    expect(store.peek('k', 0, p.presignId)).toMatchObject({ presignature: p, path: 'm' })
    expect(store.take('k', 0, p.presignId)).toMatchObject({ presignature: p })
    expect(store.take('k', 0, p.presignId)).toBe('used')
    expect(store.peek('k', 0, p.presignId)).toBe('used')
    expect(store.take('k', 0, new Uint8Array(32).fill(9))).toBe('unknown')
    // the same id cannot come back
    expect(store.add(p, 'm')).toBe(false)
  })

  it('holds presignatures by (key id, epoch, presign id): the same id of another key or epoch is another one', () => {
    const store = new PresignStore({ perKey: 4, ttlMs: 1000 })
    expect(store.add(presig('k', 1), 'm')).toBe(true)
    expect(store.add(presig('k', 1, 1), '*')).toBe(true)
    expect(store.add(presig('j', 1), 'm')).toBe(true)
    expect(store.take('k', 1, new Uint8Array(32).fill(1))).toMatchObject({ path: '*' })
    expect(store.peek('k', 0, new Uint8Array(32).fill(1))).toMatchObject({ path: 'm' })
    expect(store.peek('k', 2, new Uint8Array(32).fill(1))).toBe('unknown')
  })

  it('bounds the presignatures of each key, not across keys', () => {
    const store = new PresignStore({ perKey: 2, ttlMs: 1000 })
    store.add(presig('a', 1), 'm')
    expect(store.hasRoom('a', 1)).toBe(true)
    expect(store.hasRoom('a', 2)).toBe(false)
    store.add(presig('a', 2), 'm')
    expect(store.hasRoom('a', 1)).toBe(false)
    expect(store.hasRoom('b', 2)).toBe(true)
  })

  it('drops a presignature at its expiry, and every one of a key at dropKey', () => {
    let now = 0
    const store = new PresignStore({ perKey: 8, ttlMs: 1000, now: () => now })
    store.add(presig('a', 1), 'm')
    store.add(presig('a', 2), 'm/0')
    store.add(presig('b', 3), 'm')
    now = 999
    expect(store.count('a')).toBe(2)
    expect(store.dropKey('a')).toBe(2)
    expect(store.count('a')).toBe(0)
    expect(store.take('a', 0, new Uint8Array(32).fill(1))).toBe('used')
    now = 1000
    expect(store.take('b', 0, new Uint8Array(32).fill(3))).toBe('unknown')
    expect(store.size).toBe(0)
    expect(store.hasRoom('b', 8)).toBe(true)
  })
})
