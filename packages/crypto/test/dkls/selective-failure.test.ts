// Selective failure on the OT-extension sender's Δ, and what bans do about it (review
// finding 2: a ban must stop the sessions already running with the cheater, not only the
// ones created afterwards).
import { describe, expect, it } from 'vitest'
import { sha256 } from '@noble/hashes/sha2.js'
import {
  BanList, DklsSignSession, ProtocolAbort, simulate,
  type DklsSignCommitMessage, type DklsSignExtendMessage, type DklsSignMessage, type Outgoing,
} from '../../src/index.js'
import { bitAt } from '../../src/dkls/bits.js'
import { XI } from '../../src/dkls/params.js'
import { signVoleId } from '../../src/dkls/sign-session.js'
import { ecdsaKeys } from './harness.js'
import { identityMap, identityOf } from '../dkg-harness.js'
import { selectiveFailure } from './malicious-ote.js'

const keys = ecdsaKeys(2, 2)
const keyId = keys[0]!.keyId
/** Party 1's Δ as OT-extension sender towards party 2: what the cheater 2 probes. */
const delta = keys[0]!.dkls.get(2)!.otSenderDelta
const cheaterSeeds = keys[1]!.dkls.get(1)!
const digestOf = (label: string) => sha256(new TextEncoder().encode(label))
/** A column of the check padding: a probe that passes leaves the multiplication intact. */
const PADDING_COLUMN = XI + 88

/** Party 2's extension message towards party 1, turned into a probe of Δ_row. */
function probe(session: Uint8Array, commitment: Uint8Array, message: DklsSignExtendMessage, row: number, guess: 0 | 1, column = PADDING_COLUMN): DklsSignExtendMessage {
  const { type, ...ote } = message
  const esid = signVoleId(session, 1, 2, commitment)
  return { type, ...selectiveFailure(esid, cheaterSeeds.otReceiverSeeds0, cheaterSeeds.otReceiverSeeds1, ote, XI, row, guess, column) }
}

function sessionPair(digest: Uint8Array, bans: BanList): [DklsSignSession, DklsSignSession] {
  return [
    new DklsSignSession({ key: keys[0]!, signers: [1, 2], digest, bans, identity: identityOf(1), identities: identityMap([1, 2]) }),
    new DklsSignSession({ key: keys[1]!, signers: [1, 2], digest, bans: new BanList(), identity: identityOf(2), identities: identityMap([1, 2]) }),
  ]
}

describe('DKLs23 signing: a selective-failure cheater (recomputed Fiat–Shamir check)', () => {
  for (const [row, column] of [[3, PADDING_COLUMN], [100, 200], [255, PADDING_COLUMN]] as const) {
    for (const guess of [0, 1] as const) {
      it(`row ${row}, column ${column}, guess Δ_row = ${guess}: passes exactly when the guess is right; a failure names and bans the cheater`, () => {
        const bans = new BanList()
        let commitment: Uint8Array | undefined
        let multiplied = false
        const r = simulate(sessionPair(digestOf(`probe ${row} ${column} ${guess}`), bans), {
          intercept: (t) => {
            const p = t.payload as DklsSignMessage
            if (t.from === 1 && p.type === 'dkls/sign-multiply') multiplied = true
            if (t.from !== 2) return
            if (p.type === 'dkls/sign-commit') commitment = p.commitment
            if (p.type === 'dkls/sign-extend') t.payload = probe(t.session, commitment!, p, row, guess, column)
          },
        })
        if (guess === bitAt(delta, row)) {
          expect(multiplied).toBe(true) // the check passed: party 1 went on to multiply
          expect(r.aborts.get(1)?.reason ?? '').not.toMatch(/OT-extension/)
          if (column === PADDING_COLUMN) expect(r.results.has(1)).toBe(true) // and the signature verified
          expect(bans.banned(keyId)).toEqual([])
        } else {
          expect(multiplied).toBe(false)
          expect(r.aborts.get(1)?.reason).toMatch(/OT-extension consistency check failed/)
          expect(r.aborts.get(1)?.culprits).toEqual([2])
          expect(bans.banned(keyId)).toEqual([2])
        }
      })
    }
  }
})

describe('DKLs23 signing: a ban stops the sessions already running with the cheater (review finding 2)', () => {
  const K = 12
  /**
   * K sessions of party 1 (one shared BanList, as in the node) all past round 1 — started,
   * their round-1 messages sent — before the cheater's round-1 messages arrive, session
   * after session, each probing Δ_k with guess `guessOf(k)`. Returns each session's outcome.
   */
  function concurrentProbes(guessOf: (k: number) => 0 | 1): string[] {
    const bans = new BanList()
    const started = Array.from({ length: K }, (_, k) => {
      const [honest, cheater] = sessionPair(digestOf(`tx ${k}`), bans)
      honest.start()
      return { honest, out: cheater.start() as Outgoing<DklsSignMessage>[] }
    })
    const outcomes = started.map(({ honest, out }, k) => {
      const commit = out.find((m) => m.payload.type === 'dkls/sign-commit')! as Outgoing<DklsSignCommitMessage>
      const extend = out.find((m) => m.payload.type === 'dkls/sign-extend')! as Outgoing<DklsSignExtendMessage>
      try {
        honest.receive(commit)
        honest.receive({ ...extend, payload: probe(honest.id, commit.payload.commitment, extend.payload, k, guessOf(k)) })
        return 'passed'
      } catch (err) {
        if (!(err instanceof ProtocolAbort)) throw err
        expect(err.culprits).toEqual([2])
        if (/banned for key .* by another session/.test(err.reason)) return 'banned'
        return /OT-extension consistency/.test(err.reason) ? 'failed' : err.reason
      }
    })
    expect(bans.banned(keyId)).toEqual(outcomes.includes('failed') ? [2] : [])
    return outcomes
  }

  it('every probe a wrong guess: one check fails and bans, the other 11 sessions abort before touching Δ', () => {
    expect(concurrentProbes((k) => (bitAt(delta, k) ^ 1) as 0 | 1)).toEqual(['failed', ...Array<string>(K - 1).fill('banned')])
  })

  it('the review\'s scenario (guess 0 on rows 0..11): the outcomes reveal Δ only up to the first failure', () => {
    const first = Array.from({ length: K }, (_, k) => bitAt(delta, k)).indexOf(1)
    const expected = Array.from({ length: K }, (_, k) => (first === -1 || k < first ? 'passed' : k === first ? 'failed' : 'banned'))
    expect(concurrentProbes(() => 0)).toEqual(expected)
  })

  it('a ban that lands between rounds 2 and 3 stops the VOLE and Gamma checks with that peer', () => {
    const bans = new BanList()
    let bannedMeanwhile = false
    let sentShare = false
    const r = simulate(sessionPair(digestOf('late ban'), bans), {
      intercept: (t) => {
        if (t.from === 1 && t.round === 3) sentShare = true
        if (t.from === 2 && t.round === 2 && !bannedMeanwhile) {
          bans.ban(keyId, [2]) // another session of this key caught party 2
          bannedMeanwhile = true
        }
      },
    })
    expect(r.aborts.get(1)?.reason).toMatch(/party 2 was banned for key .* by another session/)
    expect(r.aborts.get(1)?.culprits).toEqual([2])
    expect(sentShare).toBe(false)
  })

  it('a ban between creating a session and starting it aborts the start, naming the peer', () => {
    const bans = new BanList()
    const [honest] = sessionPair(digestOf('before start'), bans)
    bans.ban(keyId, [2])
    expect(() => honest.start()).toThrow(/party 2 was banned for key/)
    expect(honest.aborted?.culprits).toEqual([2])
  })
})
