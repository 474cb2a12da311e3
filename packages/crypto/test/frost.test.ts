import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createPublicKey, verify as opensslVerify } from 'node:crypto'
import { schnorr, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import {
  DkgSession, FrostSigner, FrostSignSession, ProtocolAbort, aggregateSignature, frostSignSessionId, groupOf, schnorrPublicKey,
  sessionId, simulate, verifySchnorr,
  type FrostCommitMessage, type FrostMessage, type FrostShareMessage, type KeyShare, type PartyIndex, type Scheme, type Transit,
} from '../src/index.js'
import { signStatement } from '../src/identity/statement.js'
import { expectComplaint, expectHonestAborts, frostSessions, identityMap, identityOf, range, runDkg, runFrost, seededRng } from './dkg-harness.js'

const FROST_SCHEMES = ['frost-ed25519', 'frost-secp256k1', 'bip340'] as const
const text = (s: string) => new TextEncoder().encode(s)

/** Verifies with a verifier that shares no code with thresh's signing path. */
function independentlyValid(scheme: Scheme, groupPublicKey: Uint8Array, message: Uint8Array, sig: Uint8Array): boolean {
  switch (scheme) {
    case 'frost-ed25519': {
      const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(groupPublicKey).toString('base64url') }, format: 'jwk' })
      return opensslVerify(null, message, key, sig) // OpenSSL
    }
    case 'bip340': return schnorr.verify(sig, message, groupPublicKey.subarray(1)) // x-only key
    default: return secp256k1_FROST.verify(sig, message, groupPublicKey)
  }
}

/** Signs with `signers`, checks that every signer returned the same, independently valid signature. */
function signAndCheck(keys: KeyShare[], signers: PartyIndex[], message: Uint8Array): Uint8Array {
  const r = runFrost(keys, signers, message)
  expect(r.aborts.size).toBe(0)
  expect([...r.results.keys()]).toEqual(signers)
  const sig = r.results.get(signers[0]!)!
  for (const s of r.results.values()) expect(s).toEqual(sig)
  const { scheme, groupPublicKey } = keys[0]!
  expect(sig.length).toBe(scheme === 'frost-secp256k1' ? 65 : 64)
  expect(independentlyValid(scheme, groupPublicKey, message, sig)).toBe(true)
  expect(independentlyValid(scheme, groupPublicKey, text('another message'), sig)).toBe(false)
  return sig
}

describe('DKG then FROST signing, checked by independent verifiers', () => {
  for (const scheme of FROST_SCHEMES) {
    it.each([[2, 2], [2, 3], [3, 5], [7, 10]])(`${scheme} %i-of-%i`, (t, n) => {
      const keys = runDkg(scheme, t, n)
      signAndCheck(keys, range(n).slice(n - t), text(`${scheme} ${t}-of-${n}`)) // the last t parties
      if (n > t) signAndCheck(keys, range(t + 1), text('t+1 signers'))
    })
  }

  it('bip340 keys of either Y parity sign under their x-only key', () => {
    const parities = new Set<number>()
    for (let seed = 0; parities.size < 2; seed++) {
      const identities = identityMap([1, 2])
      const sessions = [1, 2].map((self) => new DkgSession({
        keyId: `parity-${seed}`, scheme: 'bip340', threshold: 2, parties: [1, 2], self, identity: identityOf(self), identities, rng: seededRng(`${seed}/${self}`),
      }))
      const keys = [...simulate(sessions).results.values()]
      const prefix = keys[0]!.groupPublicKey[0]!
      if (parities.has(prefix)) continue
      parities.add(prefix)
      const sig = signAndCheck(keys, [1, 2], text(`parity ${prefix}`))
      expect(schnorrPublicKey('bip340', keys[0]!.groupPublicKey)).toEqual(keys[0]!.groupPublicKey.subarray(1))
      expect(verifySchnorr('bip340', keys[0]!.groupPublicKey.subarray(1), text(`parity ${prefix}`), sig)).toBe(true)
    }
    expect([...parities].sort()).toEqual([2, 3])
  })

  it('a 1-of-n key signs alone or with others', () => {
    for (const scheme of FROST_SCHEMES) {
      const keys = runDkg(scheme, 1, 3)
      signAndCheck(keys, [2], text('alone'))
      signAndCheck(keys, [1, 3], text('together'))
    }
  })
})

describe('threshold: fewer than t signers cannot sign, every t-subset can', () => {
  const keys = runDkg('frost-secp256k1', 3, 5)

  it('holds for random signer subsets (property)', () => {
    fc.assert(fc.property(fc.subarray(range(5), { minLength: 1 }), (subset) => {
      if (subset.length < 3) {
        expect(() => frostSessions(keys, subset, text('x'))).toThrow(`${subset.length} signers cannot sign with a 3-of-5 key: at least 3 are needed`)
      } else {
        signAndCheck(keys, subset, text(`subset ${subset.join(',')}`))
      }
    }), { numRuns: 16 })
  })

  it('holds for ed25519 too, on every subset of a 2-of-3 key', () => {
    const edKeys = runDkg('frost-ed25519', 2, 3)
    for (const subset of [[1], [2], [3], [1, 2], [1, 3], [2, 3], [1, 2, 3]]) {
      if (subset.length < 2) expect(() => frostSessions(edKeys, subset, text('x'))).toThrow(/at least 2 are needed/)
      else signAndCheck(edKeys, subset, text('x'))
    }
  })

  it('t-1 honest shares carry no signature even when the signers pretend the threshold is lower', () => {
    // Every share verifies against its public share, yet the sum is not a signature:
    // t-1 points do not interpolate the group secret.
    const liar = keys.map((k) => ({ ...k, threshold: 2, commitment: k.commitment.slice(0, 2) }))
    const r = runFrost(liar, [1, 2], text('two of a 3-of-5 key'))
    expect(r.results.size).toBe(0)
    for (const p of [1, 2]) expect(r.aborts.get(p)?.reason).toMatch(/aggregated signature does not verify/)
  })

  it('the low-level API refuses fewer than t commitments', () => {
    const a = new FrostSigner(keys[0]!)
    const b = new FrostSigner(keys[1]!)
    const list = [a.commit(), b.commit()]
    expect(() => a.signShare(list, text('m'))).toThrow('FROST signing needs at least 3 signers of this 3-of-5 key, got 2')
    expect(() => aggregateSignature(keys[0]!, list, text('m'), new Map())).toThrow(/at least 3 signers/)
  })
})

describe('FrostSigner: single-use nonces and commitment-list checks', () => {
  const keys = runDkg('bip340', 2, 3)
  const message = text('pay 1 BTC')
  const fresh = () => keys.map((k) => new FrostSigner(k))

  it('signs once; a second signShare or commit throws', () => {
    const [a, b] = fresh() as [FrostSigner, FrostSigner]
    const list = [a.commit(), b.commit()]
    const shares = new Map([[1, a.signShare(list, message)], [2, b.signShare(list, message)]])
    expect(independentlyValid('bip340', keys[0]!.groupPublicKey, message, aggregateSignature(keys[0]!, list, message, shares))).toBe(true)
    expect(() => a.signShare(list, message)).toThrow(/single-use: its nonces were already used/)
    expect(() => a.signShare(list, text('another message'))).toThrow(/single-use/)
    expect(() => a.commit()).toThrow(/single-use: commit\(\) was already called/)
    expect(() => new FrostSigner(keys[2]!).signShare(list, message)).toThrow(/commit\(\) must come before signShare\(\)/)
  })

  it('refuses a list without its own entry, with other commitments under its name, or repeating a signer', () => {
    const [a, b, c] = fresh() as [FrostSigner, FrostSigner, FrostSigner]
    const [ca, cb, cc] = [a.commit(), b.commit(), c.commit()]
    expect(() => a.signShare([cb, cc], message)).toThrow("commitment list lacks signer 1's own entry")
    expect(() => b.signShare([ca, { ...cb, hiding: cc.hiding }], message)).toThrow('commitment list carries commitments for signer 2 that it did not make')
    expect(() => c.signShare([ca, cc, cc], message)).toThrow('commitment list repeats party 3')
    // a refused list still burns the nonces: no second attempt with the same nonces
    expect(() => a.signShare([ca, cb], message)).toThrow(/single-use/)
    const d = new FrostSigner(keys[0]!)
    const cd = d.commit()
    expect(() => d.signShare([cd, { ...cc, signer: 7 }], message)).toThrow(/party 7, which is not in the key's committee/)
    const e = new FrostSigner(keys[0]!)
    const ce = e.commit()
    expect(() => e.signShare([ce, { ...cc, binding: new Uint8Array(32) }], message)).toThrow('binding commitment of party 3: expected 33 bytes')
    const f = new FrostSigner(keys[0]!)
    const cf = f.commit()
    expect(() => f.signShare([cf, { ...cc, binding: new Uint8Array(33) }], message)).toThrow()
  })

  it('refuses a key share whose secret does not match its public share', () => {
    const bad = { ...keys[0]!, secretShare: keys[1]!.secretShare }
    expect(() => new FrostSigner(bad)).toThrow(/inconsistent/)
  })
})

describe('FrostSignSession: session id and options', () => {
  const keys = runDkg('frost-ed25519', 2, 3)
  const key = keys[0]!

  it('binds key, scheme, group key, epoch, signer set, message and request id', () => {
    const req = { keyId: key.keyId, scheme: key.scheme, groupPublicKey: key.groupPublicKey, epoch: 0, signers: [3, 1], message: text('m') }
    const id = frostSignSessionId(req)
    expect(id).toEqual(sessionId('frost-sign/v3', key.keyId, key.scheme, key.groupPublicKey, 0, [1, 3], text('m'), '', new Uint8Array(0), 0, new Uint8Array(0)))
    expect(frostSessions(keys, [1, 3], text('m'))[0]!.id).toEqual(id)
    for (const change of [{ keyId: 'other' }, { scheme: 'bip340' }, { epoch: 1 }, { signers: [1, 2] }, { message: text('n') }, { requestId: 'retry-1' }, { groupPublicKey: keys[0]!.publicShares.get(2)! }]) {
      expect(frostSignSessionId({ ...req, ...change } as typeof req)).not.toEqual(id)
    }
  })

  it('rejects bad options with a clear error', () => {
    const base = { key, signers: [1, 2], message: text('m'), identity: identityOf(1), identities: identityMap([1, 2]) }
    expect(() => new FrostSignSession({ ...base, signers: [1, 1, 2] })).toThrow(/repeats a party/)
    expect(() => new FrostSignSession({ ...base, signers: [1, 4] })).toThrow(/signers 4 are not in the key's committee/)
    expect(() => new FrostSignSession({ ...base, signers: [2, 3] })).toThrow(/not in the session's parties/)
    expect(() => new FrostSignSession({ ...base, identities: identityMap([1]) })).toThrow(/no identity key for signer 2/)
    expect(() => new FrostSignSession({ ...base, identity: identityOf(2) })).toThrow(/does not match/)
    expect(() => new FrostSignSession({ ...base, key: { ...key, scheme: 'ecdsa' } })).toThrow(/not signed with FROST/)
  })
})

// ---- malicious signers ----------------------------------------------------

const keys4 = runDkg('frost-secp256k1', 3, 4)
const signers = [1, 2, 4]
const message = text('transfer')
const signSid = () => frostSignSessionId({ ...keys4[0]!, signers, message })
const honestBut = (j: PartyIndex) => signers.filter((p) => p !== j)
const frostRun = (intercept: (t: Transit<FrostMessage>) => Transit<FrostMessage>[] | void) => runFrost(keys4, signers, message, { intercept })
const commitDigestOf = (from: PartyIndex, hiding: Uint8Array, binding: Uint8Array) =>
  sessionId('frost-sign/v1/commit', signSid(), from, hiding, binding)

describe('FrostSignSession: cheaters are named by every honest signer, and no honest signer outputs', () => {
  it('a bad signature share names its signer', () => {
    const group = groupOf('secp256k1')
    const r = frostRun((t) => {
      if (t.from === 2 && t.round === 2) {
        const m = t.payload as FrostShareMessage
        t.payload = { ...m, share: group.encodeScalar(group.Fn.add(group.decodeScalar(m.share), 1n)) }
      }
    })
    expectHonestAborts(r, honestBut(2), [2])
    expect(r.aborts.get(1)?.reason).toMatch(/party 2: signature share fails verification/)
  })

  it('a share that is not a canonical scalar names its signer', () => {
    const r = frostRun((t) => {
      if (t.from === 4 && t.round === 2) t.payload = { ...(t.payload as FrostShareMessage), share: new Uint8Array(32).fill(0xff) }
    })
    expectHonestAborts(r, honestBut(4), [4])
  })

  it('equivocated commitments name exactly the equivocator, not the honest signers whose shares then disagree', () => {
    const twin = new FrostSigner(keys4[0]!).commit()
    const alternative: FrostCommitMessage = {
      type: 'frost/commit', hiding: twin.hiding, binding: twin.binding,
      signature: signStatement(identityOf(1), { purpose: 'frost/commit', session: signSid() }, 1, commitDigestOf(1, twin.hiding, twin.binding)),
    }
    const r = frostRun((t) => {
      if (t.from === 1 && t.round === 1 && t.recipient === 4) t.payload = structuredClone(alternative)
    })
    expectHonestAborts(r, honestBut(1), [1])
    expect(r.aborts.get(2)?.reason).toMatch(/party 1: sent different validly signed messages/)
  })

  it('an invalid but signed commitment point names its sender', () => {
    const offCurve = new Uint8Array(33)
    offCurve[0] = 0x02
    offCurve[32] = 5 // no secp256k1 point has x = 5
    let sent: { digest: Uint8Array; signature: Uint8Array } | undefined
    const r = frostRun((t) => {
      if (t.from !== 2) return
      if (t.round === 1) {
        const m = t.payload as FrostCommitMessage
        const digest = commitDigestOf(2, m.hiding, offCurve)
        sent = { digest, signature: signStatement(identityOf(2), { purpose: 'frost/commit', session: signSid() }, 2, digest) }
        t.payload = { ...m, binding: offCurve, signature: sent.signature }
      } else {
        // a consistent cheater stands by what it sent
        const m = t.payload as FrostShareMessage
        m.commitmentDigests[1] = sent!.digest
        m.commitmentSignatures[1] = sent!.signature
      }
    })
    expectHonestAborts(r, honestBut(2), [2])
    expect(r.aborts.get(4)?.reason).toMatch(/party 2: invalid commitment: binding commitment: not a point/)
  })

  it('a view entry its signer never signed names the reporter', () => {
    const r = frostRun((t) => {
      if (t.from === 4 && t.round === 2) (t.payload as FrostShareMessage).commitmentDigests[0] = new Uint8Array(32).fill(3)
    })
    expectHonestAborts(r, honestBut(4), [4])
    expect(r.aborts.get(1)?.reason).toMatch(/party 4: reported a message from party 1 that party 1 did not sign/)
  })

  it('a view entry replaying what the victim signed in an earlier session names the reporter, not the victim', () => {
    // Party 1's round-1 commitment of an earlier signature with this key is a valid
    // identity signature by party 1; listed in this session it must not count.
    let earlier: { digest: Uint8Array; signature: Uint8Array } | undefined
    const first = runFrost(keys4, signers, text('an earlier payment'), {
      intercept: (t) => {
        if (t.from === 1 && t.round === 1 && !earlier) {
          const m = t.payload as FrostCommitMessage
          const session = frostSignSessionId({ ...keys4[0]!, signers, message: text('an earlier payment') })
          earlier = { digest: sessionId('frost-sign/v1/commit', session, 1, m.hiding, m.binding), signature: m.signature }
        }
      },
    })
    expect(first.results.size).toBe(signers.length)
    const r = frostRun((t) => {
      if (t.from === 4 && t.round === 2) {
        const m = t.payload as FrostShareMessage
        m.commitmentDigests[0] = earlier!.digest
        m.commitmentSignatures[0] = earlier!.signature
      }
    })
    expectHonestAborts(r, honestBut(4), [4])
    expect(r.aborts.get(2)?.reason).toMatch(/party 4: reported a message from party 1 that party 1 did not sign/)
  })

  it('refusing to sign although every commitment was valid names the refuser', () => {
    const r = frostRun((t) => {
      if (t.from === 1 && t.round === 2) t.payload = { ...(t.payload as FrostShareMessage), share: new Uint8Array(0) }
    })
    expectHonestAborts(r, honestBut(1), [1])
    expect(r.aborts.get(2)?.reason).toMatch(/party 1: refused to sign/)
  })

  it('unprovable faults abort the receiver at once, naming the sender in a complaint that stops every other signer', () => {
    const cases: [(t: Transit<FrostMessage>) => void, PartyIndex, PartyIndex, RegExp][] = [
      [(t) => { if (t.from === 2 && t.round === 1 && t.recipient === 1) (t.payload as FrostCommitMessage).signature[0]! ^= 1 }, 1, 2, /bad identity signature/],
      [(t) => { if (t.from === 4 && t.round === 2 && t.recipient === 2) t.payload = { ...(t.payload as FrostShareMessage), share: new Uint8Array(31) } }, 2, 4, /32-byte or empty share/],
      [(t) => { if (t.from === 1 && t.round === 1 && t.recipient === 4) t.payload = { type: 'frost/share' } as unknown as FrostMessage }, 4, 1, /expected a frost\/commit message/],
      [(t) => { if (t.from === 2 && t.round === 1 && t.recipient === 4) t.session = sessionId('frost-sign/v1', 'other request') }, 4, 2, /another session/],
    ]
    for (const [intercept, receiver, culprit, reason] of cases) {
      const r = frostRun((t) => { intercept(t) })
      expect(r.aborts.get(receiver)?.reason).toMatch(reason)
      expectComplaint(r, signers, receiver, culprit)
    }
    const [s1, s2] = frostSessions(keys4, signers, message)
    const first = s1!.start()[0]!
    expect(() => s2!.receive({ ...first, from: 3 })).toThrow(ProtocolAbort) // party 3 holds a share but is not a signer here
    expect(s2!.aborted?.culprits).toEqual([3])
  })
})
