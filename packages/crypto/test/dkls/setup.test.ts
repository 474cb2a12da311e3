import { describe, expect, it } from 'vitest'
import {
  DKLS_SETUP_SHAPES, DklsSetupSession, assertEcdsaKeyShare, dklsMaterialBytes, simulate,
  type DklsSetupMessage, type KeyShare,
} from '../../src/index.js'
import { bitAt } from '../../src/dkls/bits.js'
import { range, runDkg } from '../dkg-harness.js'
import { flipBit } from './helpers.js'

const setup = (keys: readonly KeyShare[], options = {}) => simulate(keys.map((key) => new DklsSetupSession({ key })), options)

describe('DKLs23 setup', () => {
  const dkg3 = runDkg('ecdsa', 2, 3)

  it('gives every pair matching OT seeds in both directions and one zero seed', () => {
    const r = setup(dkg3)
    expect(r.aborts.size).toBe(0)
    const keys = range(3).map((p) => r.results.get(p)!)
    for (const key of keys) {
      assertEcdsaKeyShare(key)
      expect(key.groupPublicKey).toEqual(dkg3[0]!.groupPublicKey)
      expect([...key.dkls.keys()].sort()).toEqual(range(3).filter((p) => p !== key.self))
    }
    for (const a of keys) {
      for (const b of keys) {
        if (a === b) continue
        const alice = a.dkls.get(b.self)!  // a as OT-extension sender towards b
        const bob = b.dkls.get(a.self)!    // b as OT-extension receiver from a
        for (let i = 0; i < 256; i++) {
          const chosen = bitAt(alice.otSenderDelta, i) ? bob.otReceiverSeeds1 : bob.otReceiverSeeds0
          const other = bitAt(alice.otSenderDelta, i) ? bob.otReceiverSeeds0 : bob.otReceiverSeeds1
          expect(alice.otSenderSeeds.subarray(i * 32, i * 32 + 32)).toEqual(chosen.subarray(i * 32, i * 32 + 32))
          expect(alice.otSenderSeeds.subarray(i * 32, i * 32 + 32)).not.toEqual(other.subarray(i * 32, i * 32 + 32))
        }
        expect(alice.zeroSeed).toEqual(bob.zeroSeed)
      }
    }
    expect(keys[0]!.dkls.get(2)!.zeroSeed).not.toEqual(keys[0]!.dkls.get(3)!.zeroSeed)
    expect(dklsMaterialBytes(2)).toBe(49_280)
  })

  it('refuses a key that is not ecdsa on secp256k1', () => {
    const [frostKey] = runDkg('frost-secp256k1', 2, 2)
    expect(() => new DklsSetupSession({ key: frostKey! })).toThrow(/ecdsa/)
  })

  // Every byte field of every setup message: flipping one bit makes its recipient abort naming the sender.
  const dkg2 = runDkg('ecdsa', 2, 2)
  for (const [type, shape] of Object.entries(DKLS_SETUP_SHAPES)) {
    for (const field of Object.keys(shape)) {
      it(`${type}.${field}: a flipped bit aborts the recipient, naming the sender`, () => {
        let tampered = 0
        let sender = 0
        const r = setup(dkg2, {
          intercept: (t) => {
            const payload = t.payload as DklsSetupMessage & Record<string, Uint8Array>
            if (payload.type !== type) return
            const value = payload[field]!
            ;(t.payload as Record<string, unknown>)[field] = flipBit(value, value.length >> 1, 5)
            tampered += 1
            sender = t.from
          },
        })
        expect(tampered).toBe(1)
        const recipient = 3 - sender
        expect(r.results.has(recipient)).toBe(false)
        expect(r.aborts.get(recipient)?.culprits).toEqual([sender])
      })
    }
  }

  for (const round of [1, 2]) {
    it(`a round-${round} message that is not a setup message aborts naming its sender`, () => {
      const r = setup(dkg2, { intercept: (t) => { if (t.from === 1 && t.round === round) t.payload = null as unknown as DklsSetupMessage } })
      expect(r.results.has(2)).toBe(false)
      expect(r.aborts.get(2)?.culprits).toEqual([1])
    })
  }
})
