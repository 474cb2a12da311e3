import { describe, expect, it } from 'vitest'
import { baseOtReceive, baseOtReceiverKeys, baseOtSenderKey, baseOtSenderKeys } from '../../src/dkls/base-ot.js'
import { CheckHash, hashColumns, oteReceive, oteSend, OteCheckError, type OteMessage } from '../../src/dkls/ote.js'
import { toWords, wordsToBytes } from '../../src/dkls/bits.js'
import { voleAliceMultiply, voleBobFinish, voleBobSample, VoleCheckError, type VoleMessage } from '../../src/dkls/vole.js'
import { bitAt } from '../../src/dkls/bits.js'
import { secp256k1Group } from '../../src/curves/group.js'
import { N } from '../../src/dkls/group.js'
import { flipBit, seededRng } from './helpers.js'

const { Fn } = secp256k1Group
const sid = new Uint8Array(32).fill(7)
const esid = new Uint8Array(32).fill(9)
/** The OT-extension sender's (VOLE Alice's) fresh salts of two runs. */
const salt = new Uint8Array(32).fill(11)
const otherSalt = new Uint8Array(32).fill(12)

/** A base-OT run: the OT-extension sender's Δ and seeds, the receiver's two seed arrays. */
function baseOt(seed: string) {
  const rng = seededRng(seed)
  const receiver = baseOtReceive(sid, rng)
  const sender = baseOtSenderKey(rng)
  const { keys0, keys1 } = baseOtSenderKeys(sid, sender, receiver.message)
  const chosen = baseOtReceiverKeys(sid, receiver, sender.message)
  return { receiver, sender, keys0, keys1, chosen, rng }
}

const base = baseOt('base-ot')
const slice = (keys: Uint8Array, i: number) => keys.subarray(i * 32, i * 32 + 32)

describe('base OT (DH random OT with a common random point)', () => {
  it('gives the receiver exactly the chosen key of every pair, and not the other', () => {
    for (let i = 0; i < 256; i++) {
      const c = bitAt(base.receiver.choices, i)
      expect(slice(base.chosen, i)).toEqual(slice(c ? base.keys1 : base.keys0, i))
      expect(slice(base.chosen, i)).not.toEqual(slice(c ? base.keys0 : base.keys1, i))
    }
  })

  it('rejects malformed points', () => {
    const bad = Uint8Array.from(base.receiver.message)
    bad[1] ^= 1 // x of r0[0] no longer on the curve with that y
    expect(() => baseOtSenderKeys(sid, base.sender, bad)).toThrow(/not a valid uncompressed/)
    expect(() => baseOtReceiverKeys(sid, base.receiver, flipBit(base.sender.message, 0, 3))).toThrow(/not a valid compressed/)
  })
})

/** OT-extension seeds from the base OT: the receiver of the base OT is the OT-extension sender. */
const delta = base.receiver.choices
const senderSeeds = base.chosen
const [seeds0, seeds1] = [base.keys0, base.keys1]

describe('OT extension', () => {
  const m = 512
  const rng = seededRng('ote')
  const choices = rng(m / 8)
  const received = oteReceive(esid, seeds0, seeds1, choices, rng)

  it('gives the correlation q_j = t_j ⊕ x_j·Δ and random OTs where the receiver holds exactly its choice', () => {
    const q = oteSend(esid, delta, senderSeeds, received.message, m)
    for (let j = 0; j < m; j++) {
      for (let k = 0; k < 8; k++) {
        const d = bitAt(choices, j) ? new Uint32Array(delta.buffer, delta.byteOffset)[k]! : 0
        expect((q[j * 8 + k]! ^ d) >>> 0).toBe(received.columns[j * 8 + k]!)
      }
    }
    const r0 = hashColumns(esid, salt, q, m, 1)
    const r1 = hashColumns(esid, salt, q, m, 1, delta)
    const rx = hashColumns(esid, salt, received.columns, m, 1)
    for (let j = 0; j < m; j += 31) {
      const mine = rx.subarray(j * 16, j * 16 + 16)
      expect(mine).toEqual((bitAt(choices, j) ? r1 : r0).subarray(j * 16, j * 16 + 16))
      expect(mine).not.toEqual((bitAt(choices, j) ? r0 : r1).subarray(j * 16, j * 16 + 16))
    }
  })

  it('pads the choice bits with fresh random bits, so the check value x̃ reveals nothing about them', () => {
    // x̃ = R(x) is GF(2)-linear in x; without the 128 random padding bits it would be R of the
    // choice bits alone: 128 linear equations in them, public to the sender.
    const check = CheckHash.of(esid, received.message.u, m)
    const unpadded = new Uint32Array((m + 128) / 32)
    unpadded.set(toWords(choices))
    expect(wordsToBytes(check.row(unpadded))).not.toEqual(received.message.xCheck)
    // and the padding is fresh per extension: the same choices under the same id give another x̃
    const again = oteReceive(esid, seeds0, seeds1, choices, seededRng('ote-again'))
    expect(again.message.xCheck).not.toEqual(received.message.xCheck)
  })

  it('fails the consistency check when any bit of any field is flipped', () => {
    const fields = ['u', 'xCheck', 'tCheck'] as const
    for (const field of fields) {
      const length = received.message[field].length
      for (const index of [0, length >> 1, length - 1]) {
        const tampered: OteMessage = { ...received.message, [field]: flipBit(received.message[field], index, index & 7) }
        expect(() => oteSend(esid, delta, senderSeeds, tampered, m), `${field}[${index}]`).toThrow(OteCheckError)
      }
    }
  })

  it('random-OT outputs under the same esid and the same columns but another sender salt are unrelated', () => {
    // What a receiver that repeats its whole message under a repeated esid gets: the same q_j at the sender.
    const q = oteSend(esid, delta, senderSeeds, received.message, m)
    expect(oteSend(esid, delta, senderSeeds, received.message, m)).toEqual(q)
    const [one, two] = [hashColumns(esid, salt, q, m, 1), hashColumns(esid, otherSalt, q, m, 1)]
    for (let j = 0; j < m; j++) expect(one.subarray(j * 16, j * 16 + 8)).not.toEqual(two.subarray(j * 16, j * 16 + 8))
  })

  it('the receiver\'s pads depend on esid: the same choices under another esid give unrelated rows', () => {
    const again = oteReceive(new Uint8Array(32).fill(10), seeds0, seeds1, choices, seededRng('ote'))
    const rowBytes = (m + 128) / 8
    for (let i = 0; i < 256; i += 15) expect(again.message.u.subarray(i * rowBytes, i * rowBytes + 16)).not.toEqual(received.message.u.subarray(i * rowBytes, i * rowBytes + 16))
  })

  it('catches a receiver that uses different choice bits in one row (the selective-failure attack)', () => {
    const u = Uint8Array.from(received.message.u)
    u[5 * 80 + 3] ^= 0x10 // row 5 now hides another x
    expect(() => oteSend(esid, delta, senderSeeds, { ...received.message, u }, m)).toThrow(OteCheckError)
  })
})

describe('random VOLE (DKLs23 Protocol 5.2)', () => {
  const rng = seededRng('vole')
  const a: [bigint, bigint] = [secp256k1Group.randomScalar(rng), secp256k1Group.randomScalar(rng)]
  const bob = () => voleBobSample(esid, seeds0, seeds1, seededRng('vole-bob'))
  const sampled = bob()
  const alice = voleAliceMultiply(esid, salt, delta, senderSeeds, sampled.message, a, rng)

  it('gives c_i + d_i = a_i·b', () => {
    const d = voleBobFinish(esid, salt, bob().bob, alice.message)
    expect(Fn.create(alice.c[0] + d[0])).toBe(Fn.create(a[0] * sampled.bob.b))
    expect(Fn.create(alice.c[1] + d[1])).toBe(Fn.create(a[1] * sampled.bob.b))
    expect(sampled.bob.b > 0n && sampled.bob.b < N).toBe(true)
  })

  it('aborts when any bit of ã, η or μ is flipped', () => {
    for (const field of ['aTilde', 'eta', 'mu'] as const) {
      const length = alice.message[field].length
      for (const index of [0, 1, length >> 1, length - 1]) {
        const tampered: VoleMessage = { ...alice.message, [field]: flipBit(alice.message[field], index, (index * 3) & 7) }
        expect(() => voleBobFinish(esid, salt, bob().bob, tampered), `${field}[${index}]`).toThrow(index === 0 && field !== 'mu' ? /VOLE/ : VoleCheckError)
      }
    }
  })

  it('catches an Alice whose ã rows encode different inputs', () => {
    // Alice runs the protocol honestly with a, then swaps one row of ã for the row she would
    // send with another first input: a consistent-looking message for a different a_0 in row 3.
    const other = voleAliceMultiply(esid, salt, delta, senderSeeds, sampled.message, [Fn.create(a[0] + 1n), a[1]], seededRng('vole'))
    const aTilde = Uint8Array.from(alice.message.aTilde)
    aTilde.set(other.message.aTilde.subarray(3 * 96, 3 * 96 + 32), 3 * 96)
    expect(() => voleBobFinish(esid, salt, bob().bob, { ...alice.message, aTilde })).toThrow(VoleCheckError)
  })

  it('fails Bob\'s check under another salt than Alice used', () => {
    expect(() => voleBobFinish(esid, otherSalt, bob().bob, alice.message)).toThrow(VoleCheckError)
  })

  it('zeroes Bob\'s β and OT columns once he has finished, passed or failed', () => {
    for (const message of [alice.message, { ...alice.message, mu: flipBit(alice.message.mu, 0) }]) {
      const state = bob().bob
      try { voleBobFinish(esid, salt, state, message) } catch { /* the tampered one */ }
      expect(state.beta.every((x) => x === 0)).toBe(true)
      expect(state.columns.every((x) => x === 0)).toBe(true)
    }
  })

  it('a Bob who replays his whole message under the same esid gets ã rows unrelated to the first run (fresh salt)', () => {
    // Alice multiplies the same inputs twice against an identical OT-extension message: her
    // q_j repeat. Without her salt, ã¹ − ã² would be a¹ − a² = 0 in every row.
    const again = voleAliceMultiply(esid, otherSalt, delta, senderSeeds, sampled.message, a, seededRng('vole-again'))
    const big = (b: Uint8Array) => BigInt('0x' + Buffer.from(b).toString('hex'))
    const differences = new Set<bigint>()
    for (let j = 0; j < 512; j++) {
      differences.add(Fn.create(big(alice.message.aTilde.subarray(96 * j, 96 * j + 32)) - big(again.message.aTilde.subarray(96 * j, 96 * j + 32))))
    }
    expect(differences.size).toBe(512)
    expect(differences.has(0n)).toBe(false)
  })
})
