import { describe, expect, it } from 'vitest'
import { ed25519_FROST } from '@noble/curves/ed25519.js'
import { secp256k1, secp256k1_FROST } from '@noble/curves/secp256k1.js'
import { ED25519_TORSION_SUBGROUP, ed25519 } from '@noble/curves/ed25519.js'
import { hexToBytes } from '@noble/curves/utils.js'
import {
  DkgSession, SCHEMES, dkgSessionId, groupOf, lagrangeAtZero, sessionId, simulate,
  type DkgCommitMessage, type DkgComplaintMessage, type DkgConfirmMessage, type DkgMessage, type DkgShareMessage,
  type KeyShare, type PartyIndex, type Scheme, type Transit,
} from '../src/index.js'
import { commitDigest, shareDigest } from '../src/dkg/messages.js'
import { signStatement } from '../src/identity/statement.js'
import { dkgSessions, expectComplaint, expectHonestAborts, identityMap, identityOf, range, runDkg, seededRng } from './dkg-harness.js'

/** Checks the algebra of a finished keygen against independent computations. */
function expectConsistentKeys(keys: KeyShare[], scheme: Scheme, t: number, n: number): void {
  const group = groupOf(keys[0]!.curve)
  const { Fn } = group
  const first = keys[0]!
  expect(first.curve).toBe(scheme === 'frost-ed25519' ? 'ed25519' : 'secp256k1')
  for (const k of keys) {
    expect(k.scheme).toBe(scheme)
    expect(k.threshold).toBe(t)
    expect(k.parties).toEqual(range(n))
    expect(k.groupPublicKey).toEqual(first.groupPublicKey)
    expect(k.chainCode).toEqual(first.chainCode)
    expect(k.chainCode.length).toBe(32)
    expect(k.commitment).toEqual(first.commitment)
    expect(k.commitment.length).toBe(t)
    expect(k.commitment[0]).toEqual(k.groupPublicKey)
    expect([...k.publicShares]).toEqual([...first.publicShares])
    // each party's secret share matches its public share
    expect(group.base.multiply(group.decodeScalar(k.secretShare)).toBytes()).toEqual(k.publicShares.get(k.self))
  }
  // any t parties interpolate the group key from public shares and the group secret from secret shares
  const subset = keys.slice(n - t)
  const ids = subset.map((k) => k.self)
  let X = group.zero
  let x = Fn.ZERO
  for (const k of subset) {
    const lambda = lagrangeAtZero(Fn, ids, k.self)
    X = X.add(group.decodePoint(k.publicShares.get(k.self)!).multiply(lambda))
    x = Fn.add(x, Fn.mul(lambda, group.decodeScalar(k.secretShare)))
  }
  expect(group.encodePoint(X)).toEqual(first.groupPublicKey)
  expect(group.encodePoint(group.base.multiply(x))).toEqual(first.groupPublicKey)
  if (t >= 2) {
    // noble's FROST accepts the output as a key package (RFC 9591 vss_verify) and recombines it
    const suite = first.curve === 'ed25519' ? ed25519_FROST : secp256k1_FROST
    const pub = {
      signers: { min: t, max: n },
      commitments: [...first.commitment],
      verifyingShares: Object.fromEntries(keys.map((k) => [suite.Identifier.fromNumber(k.self), k.publicShares.get(k.self)!])),
    }
    const secrets = subset.map((k) => ({ identifier: suite.Identifier.fromNumber(k.self), signingShare: k.secretShare }))
    for (const s of secrets) expect(() => suite.validateSecret(s, pub)).not.toThrow()
    expect(group.encodePoint(group.base.multiply(group.decodeScalar(suite.combineSecret(secrets, pub.signers))))).toEqual(first.groupPublicKey)
  }
}

describe('DKG: honest runs', () => {
  it.each([
    ['frost-secp256k1', 2, 3], ['frost-ed25519', 3, 5], ['bip340', 2, 2], ['ecdsa', 3, 4],
    ['ecdsa', 1, 3], ['frost-ed25519', 1, 1], ['frost-secp256k1', 4, 4],
  ] as [Scheme, number, number][])('%s %i-of-%i: consistent shares, group key and chain code', (scheme, t, n) => {
    expectConsistentKeys(runDkg(scheme, t, n), scheme, t, n)
  })

  it('ecdsa keys are ordinary secp256k1 keys: the interpolated secret signs for the group key', () => {
    const keys = runDkg('ecdsa', 2, 3)
    const { Fn } = groupOf('secp256k1')
    const [a, b] = [keys[0]!, keys[2]!]
    const x = Fn.add(Fn.mul(lagrangeAtZero(Fn, [1, 3], 1), Fn.fromBytes(a.secretShare)), Fn.mul(lagrangeAtZero(Fn, [1, 3], 3), Fn.fromBytes(b.secretShare)))
    const msgHash = new Uint8Array(32).fill(7)
    const sig = secp256k1.sign(msgHash, Fn.toBytes(x), { prehash: false })
    expect(secp256k1.verify(sig, msgHash, a.groupPublicKey, { prehash: false })).toBe(true)
  })

  it('gives the same keys under any delivery order, delays and duplicates', () => {
    for (const seed of [1, 2, 3]) {
      const keys = runDkg('frost-secp256k1', 2, 4, {
        shuffleSeed: seed,
        delay: (t) => (t.from === 2 ? 5 : 0),
        intercept: (t) => (t.round === 2 ? [t, structuredClone(t)] : undefined),
      })
      expectConsistentKeys(keys, 'frost-secp256k1', 2, 4)
    }
  })

  it('two runs of the same request produce unrelated keys and chain codes', () => {
    const [a, b] = [runDkg('bip340', 2, 3)[0]!, runDkg('bip340', 2, 3)[0]!]
    expect(a.groupPublicKey).not.toEqual(b.groupPublicKey)
    expect(a.chainCode).not.toEqual(b.chainCode)
  })

  it('is reproducible from injected randomness', () => {
    const run = () => {
      const identities = identityMap([1, 2])
      const sessions = [1, 2].map((self) => new DkgSession({
        keyId: 'k', scheme: 'frost-ed25519', threshold: 2, parties: [1, 2], self, identity: identityOf(self), identities, rng: seededRng(`party ${self}`),
      }))
      return simulate(sessions).results.get(1)!
    }
    expect(run().groupPublicKey).toEqual(run().groupPublicKey)
  })
})

describe('DKG: session id and request validation', () => {
  const identities = identityMap(range(3))
  const request = { keyId: 'k1', scheme: 'ecdsa' as Scheme, threshold: 2, parties: [3, 1, 2], identities }

  it('binds key id, scheme, threshold, parties, request id and identity keys; party order does not matter', () => {
    const id = dkgSessionId(request)
    expect(dkgSessionId({ ...request, parties: [1, 2, 3] })).toEqual(id)
    expect(id).toEqual(sessionId('dkg/v1', 'k1', 'ecdsa', 2, [1, 2, 3], '', ...range(3).map((p) => identities.get(p)!)))
    expect(dkgSessionId({ ...request, requestId: 'attempt-2' })).not.toEqual(id)
    expect(dkgSessionId({ ...request, keyId: 'k2' })).not.toEqual(id)
    expect(dkgSessionId({ ...request, scheme: 'bip340' })).not.toEqual(id)
    expect(dkgSessionId({ ...request, threshold: 3 })).not.toEqual(id)
    const other = new Map(identities).set(2, identityOf(9).publicKey)
    expect(dkgSessionId({ ...request, identities: other })).not.toEqual(id)
    for (const scheme of SCHEMES) expect(new DkgSession({ ...request, scheme, self: 1, identity: identityOf(1) }).id).toEqual(dkgSessionId({ ...request, scheme }))
  })

  it('rejects bad requests with a clear error', () => {
    const make = (over: object) => () => new DkgSession({ ...request, self: 1, identity: identityOf(1), ...over })
    expect(make({ threshold: 0 })).toThrow(/threshold must be in 1..3/)
    expect(make({ threshold: 4 })).toThrow(/threshold must be in 1..3/)
    expect(make({ parties: [1, 2, 2] })).toThrow(/distinct/)
    expect(make({ parties: range(65), identities: identityMap(range(65)) })).toThrow(/1..64 parties/)
    expect(make({ scheme: 'rsa' })).toThrow(/unknown scheme/)
    expect(make({ keyId: '' })).toThrow(/keyId/)
    expect(make({ identities: new Map([[1, identities.get(1)!], [2, identities.get(2)!]]) })).toThrow(/no identity key for party 3/)
    expect(make({ identities: new Map(identities).set(3, identities.get(2)!) })).toThrow(/share an identity key/)
    expect(make({ identities: new Map(identities).set(3, hexToBytes(ED25519_TORSION_SUBGROUP[1]!)) })).toThrow(/identity key of party 3/)
    expect(make({ identity: identityOf(2) })).toThrow(/does not match/)
    expect(make({ self: 4 })).toThrow(/not in the session's parties/)
  })

  it('accepts the 64-party maximum', () => {
    expect(dkgSessions('frost-secp256k1', 43, range(64)).length).toBe(64)
  })
})

// ---- malicious parties ----------------------------------------------------
// A cheater is modelled in the simulator's intercept hook: it rewrites the cheater's
// outgoing messages and, where the cheat must be provable, re-signs them with the
// cheater's identity key, as a real malicious party would.

const scheme: Scheme = 'frost-secp256k1'
const parties = range(4)
const T = 3
const sid = () => dkgSessionId({ keyId: `key-${scheme}-${T}of4`, scheme, threshold: T, parties, identities: identityMap(parties) })
const others = (...cheaters: PartyIndex[]) => parties.filter((p) => !cheaters.includes(p))
const group = groupOf('secp256k1')

function resignCommit(m: DkgCommitMessage, from: PartyIndex, session = sid()): DkgCommitMessage {
  return { ...m, signature: signStatement(identityOf(from), { purpose: 'dkg/commit', session }, from, commitDigest(session, from, m)) }
}

/** Each party's round-1 message of the latest run(): a share statement binds its sender's. */
const round1Sent = new Map<PartyIndex, DkgCommitMessage>()

function resignShare(m: DkgShareMessage, from: PartyIndex, to: PartyIndex): DkgShareMessage {
  const senderCommit = commitDigest(sid(), from, round1Sent.get(from)!)
  return { ...m, signature: signStatement(identityOf(from), { purpose: 'dkg/share', session: sid() }, from, shareDigest(sid(), from, to, m.share, m.chainCodeContribution, senderCommit)) }
}

const otherScalar = (bytes: Uint8Array) => group.encodeScalar(group.Fn.add(group.decodeScalar(bytes, 's', { allowZero: true }), 1n))

/**
 * A cheater that sends the same bad round-1 message to everybody and stands by it:
 * its round-3 view lists that message, as a consistent cheater's would.
 */
function round1Cheater(j: PartyIndex, tamper: (m: DkgCommitMessage) => DkgCommitMessage, session = sid(), all = parties) {
  let sent: { digest: Uint8Array; signature: Uint8Array } | undefined
  return (t: Transit<DkgMessage>): void => {
    if (t.from !== j) return
    if (t.round === 1) {
      const bad = tamper(t.payload as DkgCommitMessage)
      sent = { digest: commitDigest(session, j, bad), signature: bad.signature }
      t.payload = bad
    }
    if (t.round === 2) {
      // its shares are signed against the round-1 message it sent, as a real cheater's are
      const m = t.payload as DkgShareMessage
      const digest = shareDigest(session, j, t.recipient as PartyIndex, m.share, m.chainCodeContribution, sent!.digest)
      t.payload = { ...m, signature: signStatement(identityOf(j), { purpose: 'dkg/share', session }, j, digest) }
    }
    if (t.round === 3) {
      const m = t.payload as DkgConfirmMessage
      const i = all.indexOf(j)
      m.round1Digests[i] = sent!.digest
      m.round1Signatures[i] = sent!.signature
    }
  }
}

function run(intercept: (t: Transit<DkgMessage>) => Transit<DkgMessage>[] | void) {
  round1Sent.clear()
  return simulate(dkgSessions(scheme, T, parties), {
    intercept: (t) => {
      if (t.round === 1 && !round1Sent.has(t.from)) round1Sent.set(t.from, structuredClone(t.payload as DkgCommitMessage))
      return intercept(t)
    },
  })
}

describe('DKG: provable cheating is named by every honest party, and nobody outputs a key', () => {
  it('a bad proof of knowledge names its sender', () => {
    const r = run(round1Cheater(2, (m) => {
      const proof = Uint8Array.from(m.proof)
      proof.set(otherScalar(proof.subarray(33)), 33)
      return resignCommit({ ...m, proof }, 2)
    }))
    expectHonestAborts(r, others(2), [2])
    expect(r.aborts.get(1)?.reason).toMatch(/party 2: invalid round-1 message: invalid proof of knowledge/)
    expect(r.results.size).toBe(0)
  })

  it('an invalid commitment point (ed25519 torsion component) names its sender', () => {
    const edParties = range(3)
    const edSid = dkgSessionId({ keyId: 'key-frost-ed25519-2of3', scheme: 'frost-ed25519', threshold: 2, parties: edParties, identities: identityMap(edParties) })
    const torsion = ed25519.Point.fromHex(ED25519_TORSION_SUBGROUP[2]!)
    const r = simulate(dkgSessions('frost-ed25519', 2, edParties), {
      intercept: round1Cheater(3, (m) => {
        const commitment = [m.commitment[0]!, ed25519.Point.fromBytes(m.commitment[1]!).add(torsion).toBytes()]
        return resignCommit({ ...m, commitment }, 3, edSid)
      }, edSid, edParties),
    })
    expectHonestAborts(r, [1, 2], [3])
    expect(r.aborts.get(1)?.reason).toMatch(/commitment\[1\]: not in the prime-order subgroup/)
    expect(r.results.size).toBe(0)
  })

  it('equivocation: two validly signed round-1 messages from one party name exactly that party', () => {
    // party 4 runs a second instance of itself and shows its round-1 message to party 1 only
    const twin = dkgSessions(scheme, T, parties)[3]!
    const alternative = twin.start()[0]!.payload as DkgCommitMessage
    const r = run((t) => {
      if (t.from !== 4 || t.recipient !== 1) return
      if (t.round === 1) t.payload = structuredClone(alternative)
      if (t.round === 2) {
        // and signs its share to party 1 against the round-1 message party 1 got
        const m = t.payload as DkgShareMessage
        const digest = shareDigest(sid(), 4, 1, m.share, m.chainCodeContribution, commitDigest(sid(), 4, alternative))
        t.payload = { ...m, signature: signStatement(identityOf(4), { purpose: 'dkg/share', session: sid() }, 4, digest) }
      }
    })
    expectHonestAborts(r, others(4), [4])
    expect(r.aborts.get(2)?.reason).toMatch(/party 4: sent different validly signed messages/)
    expect(r.results.size).toBe(0)
  })

  it('a share that fails Feldman verification names its sender, by everybody', () => {
    const r = run((t) => {
      if (t.from === 3 && t.round === 2 && t.recipient === 1) {
        const m = t.payload as DkgShareMessage
        t.payload = resignShare({ ...m, share: otherScalar(m.share) }, 3, 1)
      }
    })
    expectHonestAborts(r, others(3), [3])
    expect(r.aborts.get(2)?.reason).toMatch(/party 3: sent party 1 a share or chain-code contribution that fails verification/)
    expect(r.results.size).toBe(0)
  })

  it('share errors that cancel in what one party receives change nothing: its summed share still fits the key (the batched Feldman check proves the sum)', () => {
    const r = run((t) => {
      if (t.round === 2 && t.recipient === 1 && (t.from === 2 || t.from === 3)) {
        const m = t.payload as DkgShareMessage
        const s = group.decodeScalar(m.share, 's', { allowZero: true })
        const shifted = t.from === 2 ? group.Fn.add(s, 5n) : group.Fn.sub(s, 5n)
        t.payload = resignShare({ ...m, share: group.encodeScalar(shifted) }, t.from, 1)
      }
    })
    expect(r.aborts.size).toBe(0)
    expectConsistentKeys(parties.map((p) => r.results.get(p)!), scheme, T, parties.length)
  })

  it('a chain-code contribution that does not open its commitment names its sender', () => {
    const r = run((t) => {
      if (t.from === 1 && t.round === 2 && t.recipient === 4) {
        const m = t.payload as DkgShareMessage
        t.payload = resignShare({ ...m, chainCodeContribution: new Uint8Array(32).fill(9) }, 1, 4)
      }
    })
    expectHonestAborts(r, others(1), [1])
    expect(r.results.size).toBe(0)
  })

  it('several cheaters in one round are all named', () => {
    const r = run((t) => {
      if ((t.from === 2 || t.from === 3) && t.round === 2 && t.recipient === 4) {
        const m = t.payload as DkgShareMessage
        t.payload = resignShare({ ...m, share: otherScalar(m.share) }, t.from, 4)
      }
    })
    expectHonestAborts(r, [1, 4], [2, 3])
    expect(r.results.size).toBe(0)
  })
})

describe('DKG: a false accuser or a lying confirmer is named (no honest party outputs a key)', () => {
  /** Replaces party k's round-3 message to everybody; `make` sees the round-2 messages k received. */
  function cheatInRound3(k: PartyIndex, make: (received: Map<PartyIndex, DkgShareMessage>, original: DkgConfirmMessage) => DkgMessage) {
    const received = new Map<PartyIndex, DkgShareMessage>()
    return run((t) => {
      if (t.round === 2 && t.recipient === k) received.set(t.from, structuredClone(t.payload as DkgShareMessage))
      if (t.round === 3 && t.from === k) t.payload = make(received, t.payload as DkgConfirmMessage)
    })
  }
  const complaint = (original: DkgConfirmMessage, accused: number[], evidence: DkgShareMessage[]): DkgComplaintMessage => ({
    type: 'dkg/complaint', round1Digests: original.round1Digests, round1Signatures: original.round1Signatures, accused,
    shares: evidence.map((m) => m.share), chainCodeContributions: evidence.map((m) => m.chainCodeContribution), shareSignatures: evidence.map((m) => m.signature),
  })

  it('a complaint revealing a share that verifies names the accuser', () => {
    const r = cheatInRound3(2, (received, original) => complaint(original, [3], [received.get(3)!]))
    expectHonestAborts(r, others(2), [2])
    expect(r.aborts.get(1)?.reason).toMatch(/party 2: false complaint against party 3/)
  })

  it('a complaint with evidence the accused did not sign names the accuser', () => {
    const r = cheatInRound3(2, (received, original) => {
      const real = received.get(3)!
      return complaint(original, [3], [{ ...real, share: otherScalar(real.share) }])
    })
    expectHonestAborts(r, others(2), [2])
    expect(r.aborts.get(4)?.reason).toMatch(/party 2: complaint shows a round-2 message party 3 did not sign/)
  })

  it('a confirmer passing off another message the victim signed as its round-1 message names the confirmer, not the victim', () => {
    // Party 3 received party 1's identity-signed round-2 share: a valid signature by
    // party 1 over a 32-byte digest. Listed as party 1's round-1 message it must not
    // count, because party 1 signed it as a share, not as its round-1 commitment.
    const r = cheatInRound3(3, (received, original) => {
      const share = received.get(1)!
      const round1Digests = [...original.round1Digests]
      const round1Signatures = [...original.round1Signatures]
      round1Digests[0] = shareDigest(sid(), 1, 3, share.share, share.chainCodeContribution, commitDigest(sid(), 1, round1Sent.get(1)!))
      round1Signatures[0] = share.signature
      return { ...original, round1Digests, round1Signatures }
    })
    expectHonestAborts(r, others(3), [3])
    expect(r.aborts.get(1)?.reason).toMatch(/party 3: reported a message from party 1 that party 1 did not sign/)
  })

  it('a share signed in an earlier run of the same session id is no evidence in this one: the accuser is named', () => {
    // Run 1 of this request: party 2 keeps the share party 3 signed for it.
    let earlier: DkgShareMessage | undefined
    run((t) => {
      if (t.round === 2 && t.from === 3 && t.recipient === 2) earlier = structuredClone(t.payload as DkgShareMessage)
    })
    // Run 2 of the very same request (same session id, fresh randomness): party 2 shows
    // the run-1 share as party 3's bad share. It fails this run's Feldman check, and its
    // signature would pass if share statements bound only the session id.
    const r = cheatInRound3(2, (_, original) => complaint(original, [3], [earlier!]))
    expectHonestAborts(r, others(2), [2])
    expect(r.aborts.get(1)?.reason).toMatch(/party 2: complaint shows a round-2 message party 3 did not sign/)
  })

  it('refusing to confirm a valid round 1 names the refuser', () => {
    const r = cheatInRound3(4, (_, original) => complaint(original, [], []))
    expectHonestAborts(r, others(4), [4])
    expect(r.aborts.get(1)?.reason).toMatch(/party 4: refused to confirm/)
  })

  it('an invalid signature in a confirmer\'s round-1 list names the confirmer', () => {
    const r = cheatInRound3(3, (_, original) => {
      const round1Digests = [...original.round1Digests]
      round1Digests[0] = new Uint8Array(32).fill(1) // claims party 1 sent something party 1 never signed
      return { ...original, round1Digests }
    })
    expectHonestAborts(r, others(3), [3])
    expect(r.aborts.get(2)?.reason).toMatch(/party 3: reported a message from party 1 that party 1 did not sign/)
  })

  it('a confirmation signature over another transcript or key names the confirmer', () => {
    const r = cheatInRound3(1, (_, original) => ({ ...original, signature: signStatement(identityOf(1), { purpose: 'dkg/confirm', session: sid() }, 1, new Uint8Array(32)) }))
    expectHonestAborts(r, others(1), [1])
    expect(r.aborts.get(3)?.reason).toMatch(/party 1: confirmation does not sign/)
  })

  it('last round without a broadcast channel: a confirmation withheld from one party stops only that party', () => {
    // Inherent to any protocol without broadcast: the coordinator accepts a keygen only
    // when all n parties report the same group key.
    const r = run((t) => {
      if (t.round === 3 && t.from === 1 && t.recipient === 2) {
        t.payload = { ...(t.payload as DkgConfirmMessage), signature: new Uint8Array(64) }
      }
    })
    expect(r.aborts.get(2)?.culprits).toEqual([1])
    expect([...r.results.keys()]).toEqual([1, 3, 4])
  })
})

describe('DKG: unprovable faults abort the receiver at once, naming the sender in a published complaint; nobody outputs a key', () => {
  const expectReceiverAbort = (r: ReturnType<typeof run>, receiver: PartyIndex, culprit: PartyIndex, reason: RegExp) => {
    expect(r.aborts.get(receiver)?.reason).toMatch(reason)
    expectComplaint(r, parties, receiver, culprit)
    expect(r.results.size).toBe(0)
  }

  it('a round-1 message that is not what its sender signed', () => {
    const r = run((t) => {
      if (t.from === 2 && t.round === 1 && t.recipient === 3) {
        const m = t.payload as DkgCommitMessage
        t.payload = { ...m, chainCodeCommitment: new Uint8Array(32) }
      }
    })
    expectReceiverAbort(r, 3, 2, /invalid round-1 message: bad identity signature/)
  })

  it('a round-2 share that is not what its sender signed', () => {
    const r = run((t) => {
      if (t.from === 4 && t.round === 2 && t.recipient === 1) {
        const m = t.payload as DkgShareMessage
        t.payload = { ...m, share: otherScalar(m.share) }
      }
    })
    expectReceiverAbort(r, 1, 4, /invalid round-2 message: bad identity signature/)
  })

  it('a malformed message (wrong number of commitment points)', () => {
    const r = run((t) => {
      if (t.from === 1 && t.round === 1 && t.recipient === 2) {
        const m = t.payload as DkgCommitMessage
        t.payload = resignCommit({ ...m, commitment: m.commitment.slice(1) }, 1)
      }
    })
    expectReceiverAbort(r, 2, 1, /commitment must be 3 points of 33 bytes/)
  })

  it('a malformed round-3 message', () => {
    const r = run((t) => {
      if (t.from === 3 && t.round === 3 && t.recipient === 4) {
        const m = t.payload as DkgConfirmMessage
        t.payload = { ...m, round1Signatures: m.round1Signatures.slice(1) }
      }
    })
    expect(r.aborts.get(4)?.culprits).toEqual([3])
    expect(r.results.has(4)).toBe(false)
  })

  it('a message carrying another session id', () => {
    const r = run((t) => {
      if (t.from === 2 && t.round === 1 && t.recipient === 1) t.session = sessionId('dkg/v1', 'some other key')
    })
    expectReceiverAbort(r, 1, 2, /another session/)
  })

  it('a message from a party outside the committee', () => {
    const sessions = dkgSessions(scheme, T, parties)
    const first = sessions[0]!.start()[0]!
    expect(() => sessions[1]!.receive({ ...first, from: 9 })).toThrow(/party 9, which is not a peer/)
    expect(sessions[1]!.aborted?.culprits).toEqual([9])
    expect(sessions[1]!.done).toBe(false)
  })

  it('the session id and sender are bound into every signature: a replayed round-1 message fails', () => {
    // party 2's genuine, signed round-1 message from another keygen of the same committee
    const replay = dkgSessions(scheme, T, parties, 'another-key')[1]!.start()[0]!.payload
    const r = run((t) => {
      if (t.from === 2 && t.round === 1 && t.recipient === 3) t.payload = structuredClone(replay)
    })
    expectReceiverAbort(r, 3, 2, /bad identity signature/)
    // and re-signing the replay under this session does not help: the proof of knowledge is bound to the session too
    const r2 = run(round1Cheater(2, () => resignCommit(structuredClone(replay) as DkgCommitMessage, 2)))
    expectHonestAborts(r2, others(2), [2])
    expect(r2.aborts.get(1)?.reason).toMatch(/invalid proof of knowledge/)
  })
})

describe('DKG: no key is ever output by an honest party when a share was bad', () => {
  it('every position of a single bad share is caught', () => {
    for (const from of parties) {
      for (const to of parties.filter((p) => p !== from)) {
        const r = run((t) => {
          if (t.from === from && t.round === 2 && t.recipient === to) {
            const m = t.payload as DkgShareMessage
            t.payload = resignShare({ ...m, share: otherScalar(m.share) }, from, to)
          }
        })
        expectHonestAborts(r, others(from), [from])
        expect(r.results.size).toBe(0)
      }
    }
  })
})
