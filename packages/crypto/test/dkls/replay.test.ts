// Regression for the security review's finding 1: running the same signing request twice
// (a coordinator retrying with the same request id, a replay after a restart) must not
// let a signer extract the key. Before the fix every OT-extension and VOLE value was a
// function of the stored seeds and the session id alone, so the VOLE Bob saw
// ã¹ − ã² = a¹ − a² on about half of the rows and recovered the private key from two
// signatures (or from one signature and one replay it aborted). These tests run the
// attacker's procedure, seeing only what that signer sees, and require it to fail.
import { describe, expect, it } from 'vitest'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { simulate, type DklsSignMessage, type EcdsaKeyShare, type PartyIndex } from '../../src/index.js'
import { XI } from '../../src/dkls/params.js'
import { signVoleId } from '../../src/dkls/sign-session.js'
import { voleTheta } from '../../src/dkls/vole.js'
import { ecdsaKeys, signSessions } from './harness.js'

const N = secp256k1.Point.Fn.ORDER
const mod = (x: bigint) => ((x % N) + N) % N
const inv = (x: bigint) => secp256k1.Point.Fn.inv(mod(x))
const big = (b: Uint8Array) => BigInt('0x' + Buffer.from(b).toString('hex'))

/** What the attacking signer sees in one run: messages addressed to it and its own secrets. */
interface View {
  session: Uint8Array
  /** Round-1 commitments as broadcast, the attacker's own included. */
  commitments: Map<PartyIndex, Uint8Array>
  aTilde: Map<PartyIndex, Uint8Array>
  /** The OT-extension rows u each peer (as VOLE Bob) sent the attacker. */
  extendU: Map<PartyIndex, Uint8Array>
  eta: Map<PartyIndex, bigint>
  /** The attacker's nonce r_i and additive key share sk_i. */
  nonce: bigint
  keyShare: bigint
  signature?: { r: bigint; s: bigint }
  /** Parties other than the attacker that output a signature. */
  honestSigned: PartyIndex[]
  /** The attacker's round-1 messages as delivered, by `recipient/broadcast`. */
  round1: Map<string, DklsSignMessage>
}

/** Runs `signers` on `digest` under one fixed request id; `attacker` records its view, and may withhold its round-3 message or replay recorded round-1 messages. */
function observe(
  keys: readonly EcdsaKeyShare[], signers: PartyIndex[], digest: Uint8Array, attacker: PartyIndex,
  { withholdLastRound = false, replayRound1 }: { withholdLastRound?: boolean; replayRound1?: Map<string, DklsSignMessage> } = {},
): View {
  const sessions = signSessions({ keys, signers, digest, requestId: 'the same request' })
  const own = sessions[signers.indexOf(attacker)] as unknown as { instanceKey: bigint; keyShare: bigint }
  const view: View = { session: sessions[0]!.id, commitments: new Map(), aTilde: new Map(), extendU: new Map(), eta: new Map(), nonce: 0n, keyShare: 0n, honestSigned: [], round1: new Map() }
  const r = simulate(sessions, {
    intercept: (t) => {
      if (t.from === attacker && t.round === 1) {
        const key = `${t.recipient}/${t.broadcast}`
        if (replayRound1?.has(key)) t.payload = structuredClone(replayRound1.get(key)!)
        view.round1.set(key, structuredClone(t.payload))
      }
      const p = t.payload as DklsSignMessage
      if (t.from === attacker && t.round === 1 && view.nonce === 0n) view.nonce = own.instanceKey
      if (t.from === attacker && t.round === 2 && view.keyShare === 0n) view.keyShare = own.keyShare
      if (p.type === 'dkls/sign-commit') view.commitments.set(t.from, Uint8Array.from(p.commitment))
      if (t.recipient === attacker && p.type === 'dkls/sign-extend') view.extendU.set(t.from, Uint8Array.from(p.u))
      if (t.recipient === attacker && p.type === 'dkls/sign-multiply') {
        view.aTilde.set(t.from, Uint8Array.from(p.aTilde))
        view.eta.set(t.from, big(p.eta))
      }
      if (withholdLastRound && t.from === attacker && t.round === 3) return []
      return undefined
    },
  })
  const sig = r.results.get(attacker)
  if (sig) view.signature = { r: big(sig.r), s: big(sig.s) }
  view.honestSigned = [...r.results.keys()].filter((p) => p !== attacker)
  return view
}

/** θ of the VOLE from `alice` to `bob` as Bob computes it from public values (its esid and Alice's salt). */
function attackerTheta(view: View, alice: PartyIndex, bob: PartyIndex): bigint[] {
  const esid = signVoleId(view.session, alice, bob, view.commitments.get(bob)!)
  return voleTheta(esid, view.commitments.get(alice)!, view.aTilde.get(alice)!)
}

/** The most frequent difference of scalar `slot` between the rows of two ã, and how many rows share it. */
function commonDifference(a: Uint8Array, b: Uint8Array, slot: number): { value: bigint; rows: number } {
  const counts = new Map<bigint, number>()
  for (let j = 0; j < XI; j++) {
    const o = 96 * j + 32 * slot
    const d = mod(big(a.subarray(o, o + 32)) - big(b.subarray(o, o + 32)))
    counts.set(d, (counts.get(d) ?? 0) + 1)
  }
  const [value, rows] = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]!
  return { value, rows }
}

/**
 * Two signatures of one digest whose nonces differ by a known D give the key:
 * s1·(k2 + D) = m + r1·x and s2·k2 = m + r2·x. Returns x if one of the low-S sign choices
 * yields the real key.
 */
function keyFromNonceDifference(m: bigint, one: { r: bigint; s: bigint }, two: { r: bigint; s: bigint }, D: bigint, groupKey: Uint8Array): bigint | undefined {
  const X = secp256k1.Point.fromBytes(groupKey)
  for (const s1 of [one.s, N - one.s]) {
    for (const s2 of [two.s, N - two.s]) {
      const x = mod((m - s1 * m * inv(s2) - s1 * D) * inv(s1 * two.r * inv(s2) - one.r))
      if (x !== 0n && secp256k1.Point.BASE.multiply(x).equals(X)) return x
    }
  }
  return undefined
}

describe('DKLs23 signing: the same request run twice (review finding 1)', () => {
  it('2-of-2: ã differences between the runs are unrelated, and two signatures do not give the key to the VOLE Bob', () => {
    const keys = ecdsaKeys(2, 2)
    const digest = sha256(new TextEncoder().encode('pay 1 BTC'))
    const [one, two] = [observe(keys, [1, 2], digest, 2), observe(keys, [1, 2], digest, 2)]
    expect(one.session).toEqual(two.session) // the same session id both times: the replay the attack needs
    const diff = commonDifference(one.aTilde.get(1)!, two.aTilde.get(1)!, 0)
    expect(diff.rows).toBe(1) // before the fix ~256 of the 512 rows shared r¹ − r²
    const D = mod(diff.value + one.nonce - two.nonce)
    expect(keyFromNonceDifference(big(digest), one.signature!, two.signature!, D, keys[0]!.groupPublicKey)).toBeUndefined()
  })

  it('3-of-5: a signer learns no nonce difference from either peer', () => {
    const keys = ecdsaKeys(3, 5)
    const signers = [1, 2, 4]
    const digest = sha256(new TextEncoder().encode('3-of-5 replay'))
    const [one, two] = [observe(keys, signers, digest, 2), observe(keys, signers, digest, 2)]
    let D = mod(one.nonce - two.nonce)
    for (const peer of [1, 4]) {
      const diff = commonDifference(one.aTilde.get(peer)!, two.aTilde.get(peer)!, 0)
      expect(diff.rows).toBe(1)
      D = mod(D + diff.value)
    }
    expect(keyFromNonceDifference(big(digest), one.signature!, two.signature!, D, keys[0]!.groupPublicKey)).toBeUndefined()
  })

  it('one signature and one replay the attacker aborts after round 2 do not give the key', () => {
    const keys = ecdsaKeys(2, 2)
    const digest = sha256(new TextEncoder().encode('withdrawal #17'))
    const m = big(digest)
    const one = observe(keys, [1, 2], digest, 2)
    const two = observe(keys, [1, 2], digest, 2, { withholdLastRound: true })
    expect(two.honestSigned).toEqual([]) // party 1 never completed the replay
    // Before the fix: the most frequent differences of slots 0 and 2 were r¹ − r² and â¹ − â² of
    // party 1, slot 1 (sk_1) did not change, and the two η gave a second equation in (r, sk_1).
    const dR = commonDifference(one.aTilde.get(1)!, two.aTilde.get(1)!, 0)
    const dHat = commonDifference(one.aTilde.get(1)!, two.aTilde.get(1)!, 2)
    expect([dR.rows, dHat.rows, commonDifference(one.aTilde.get(1)!, two.aTilde.get(1)!, 1).rows]).toEqual([1, 1, 1])
    const [t10, t11] = attackerTheta(one, 1, 2)
    const [t20, t21] = attackerTheta(two, 1, 2)
    //  E1: (t10 − t20)·r + (t11 − t21)·sk_1 = η¹ − η² − dHat − t20·dR   (r: party 1's nonce in run 1)
    //  E2: s·r − r_x·sk_1 = m + r_x·sk_2 − s·k_2
    const c = mod(one.eta.get(1)! - two.eta.get(1)! - dHat.value - t20 * dR.value)
    const X = secp256k1.Point.fromBytes(keys[0]!.groupPublicKey)
    const sig = one.signature!
    for (const s of [sig.s, N - sig.s]) {
      const [A1, B1, A2, B2] = [mod(t10 - t20), mod(t11 - t21), s, mod(-sig.r)]
      const C2 = mod(m + sig.r * one.keyShare - s * one.nonce)
      const sk1 = mod((A1 * C2 - A2 * c) * inv(A1 * B2 - A2 * B1))
      expect(secp256k1.Point.BASE.multiply(mod(sk1 + one.keyShare)).equals(X)).toBe(false)
    }
  })

  it('a Bob that replays its whole round 1 (commitment and OT extension) in the second run still sees unrelated ã', () => {
    // The strongest replay: Alice's OT-extension id and her q_j repeat exactly, so only her own
    // fresh salt keeps her random-OT outputs apart (before the fix: ã¹ − ã² = r¹ − r² in all 512 rows).
    const keys = ecdsaKeys(2, 2)
    const digest = sha256(new TextEncoder().encode('replayed round 1'))
    const one = observe(keys, [1, 2], digest, 2)
    const two = observe(keys, [1, 2], digest, 2, { replayRound1: one.round1 })
    expect(two.commitments.get(2)).toEqual(one.commitments.get(2))
    expect(two.aTilde.has(1)).toBe(true) // party 1 passed the replayed OT extension and multiplied
    for (const slot of [0, 1, 2]) expect(commonDifference(one.aTilde.get(1)!, two.aTilde.get(1)!, slot).rows).toBe(1)
  })

  it('an Alice that replays its round 1 learns nothing of an honest Bob\'s choice bits: his own nonce keeps his OT pads fresh', () => {
    // Were the OT-extension id only (session, Alice, Bob) — or keyed by Alice's nonce, which
    // she can repeat — Bob's pads G(k_i^b, esid) would repeat in a re-run, and every row of
    // u¹ ⊕ u² would be x¹ ⊕ x²: the XOR of his two runs' choice bits, in the clear.
    const keys = ecdsaKeys(2, 2)
    const digest = sha256(new TextEncoder().encode('bob keeps his bits'))
    const one = observe(keys, [1, 2], digest, 1)
    const two = observe(keys, [1, 2], digest, 1, { replayRound1: one.round1 })
    expect(two.commitments.get(1)).toEqual(one.commitments.get(1)) // Alice's nonce repeats
    const [u1, u2] = [one.extendU.get(2)!, two.extendU.get(2)!]
    const rowBytes = u1.length / 256
    const xorRows = new Set<string>()
    for (let i = 0; i < 256; i++) {
      const row = u1.subarray(i * rowBytes, (i + 1) * rowBytes).map((b, k) => b ^ u2[i * rowBytes + k]!)
      xorRows.add(Buffer.from(row).toString('hex'))
    }
    expect(xorRows.size).toBe(256) // with a repeated esid: 1 (all rows equal x¹ ⊕ x²)
  })
})
