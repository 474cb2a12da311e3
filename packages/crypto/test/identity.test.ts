import { describe, expect, it } from 'vitest'
import { ED25519_TORSION_SUBGROUP, ed25519 } from '@noble/curves/ed25519.js'
import { bytesToNumberLE, hexToBytes, numberToBytesLE } from '@noble/curves/utils.js'
import {
  Blame, ProtocolAbort, assertIdentityPublicKey, ed25519Identity, judgeViews, signStatement, verifyIdentitySignature, type StatementContext,
} from '../src/index.js'
import { identityMap, identityOf } from './dkg-harness.js'

const message = new TextEncoder().encode('transcript digest')

describe('ed25519Identity', () => {
  it('signs the RFC 8032 known answer and exactly like an independent implementation (noble)', () => {
    const seed = hexToBytes('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60') // RFC 8032 §7.1 test 1
    const id = ed25519Identity(seed)
    expect(Buffer.from(id.publicKey).toString('hex')).toBe('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a')
    expect(Buffer.from(id.sign(new Uint8Array(0))).toString('hex')).toBe(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b')
    expect(id.sign(message)).toEqual(ed25519.sign(message, seed))
    expect(ed25519.verify(id.sign(message), message, id.publicKey)).toBe(true)
    expect(verifyIdentitySignature(id.publicKey, message, ed25519.sign(message, seed))).toBe(true)
    expect(() => ed25519Identity(new Uint8Array(31))).toThrow(/32 bytes/)
  })

  it('verifies strictly: wrong message, key, length or a malleated s all fail', () => {
    const id = identityOf(1)
    const sig = id.sign(message)
    expect(verifyIdentitySignature(id.publicKey, message, sig)).toBe(true)
    expect(verifyIdentitySignature(id.publicKey, new TextEncoder().encode('other'), sig)).toBe(false)
    expect(verifyIdentitySignature(identityOf(2).publicKey, message, sig)).toBe(false)
    expect(verifyIdentitySignature(id.publicKey, message, sig.subarray(0, 63))).toBe(false)
    // s + L verifies under a lax verifier but is not canonical
    const s = bytesToNumberLE(sig.subarray(32)) + ed25519.Point.Fn.ORDER
    const malleated = Uint8Array.from([...sig.subarray(0, 32), ...numberToBytesLE(s, 32)])
    expect(verifyIdentitySignature(id.publicKey, message, malleated)).toBe(false)
  })

  it('rejects small-order identity keys', () => {
    for (const hex of ED25519_TORSION_SUBGROUP) expect(() => assertIdentityPublicKey(hexToBytes(hex))).toThrow()
    expect(() => assertIdentityPublicKey(identityOf(3).publicKey)).not.toThrow()
  })
})

describe('judgeViews', () => {
  const parties = [1, 2, 3]
  const identities = identityMap(parties)
  const digest = (p: number, v = 0) => new Uint8Array(32).fill(p * 16 + v)
  const context = { purpose: 'frost/commit', session: new Uint8Array(32).fill(7) } as const
  const view = (digests: Uint8Array[], ctx: StatementContext = context) => ({
    digests, signatures: digests.map((d, i) => signStatement(identityOf(parties[i]!), ctx, parties[i]!, d)),
  })
  const own = view([digest(1), digest(2), digest(3)])

  it('passes agreeing views without blame', () => {
    const blame = new Blame()
    expect(judgeViews(parties, identities, own, new Map([[2, own], [3, own]]), blame, context)).toEqual([])
    expect(() => blame.settle('x')).not.toThrow()
  })

  it('names a sender that signed two different messages, and a reporter that forged one', () => {
    const equivocated = view([digest(1), digest(2), digest(3, 1)]) // party 3 signed another digest for this reporter
    const forged = { digests: [digest(1, 1), digest(2), digest(3)], signatures: own.signatures } // party 1 never signed digest(1, 1)
    const blame = new Blame()
    expect(judgeViews(parties, identities, own, new Map([[2, forged], [3, equivocated]]), blame, context)).toEqual([3])
    try {
      blame.settle('round inconsistent')
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(ProtocolAbort)
      expect((err as ProtocolAbort).culprits).toEqual([2, 3])
      expect((err as ProtocolAbort).reason).toMatch(/party 2: reported a message from party 1 that party 1 did not sign; party 3: sent different/)
    }
  })

  it('counts an entry only if its sender signed it for this purpose, session and sender', () => {
    const other = view([digest(1, 2), digest(2), digest(3)], { ...context, purpose: 'dkg/share' }) // party 1 signed digest(1, 2), but as a share
    const replayed = view([digest(1, 3), digest(2), digest(3)], { ...context, session: new Uint8Array(32).fill(8) }) // in another session
    const blame = new Blame()
    expect(judgeViews(parties, identities, own, new Map([[2, other], [3, replayed]]), blame, context)).toEqual([])
    expect(() => blame.settle('x')).toThrow(/party 2: reported a message from party 1 that party 1 did not sign; party 3: reported/)
    // the same signature as party 2's own message does not count as party 1's either
    const misattributed = { digests: [digest(2), digest(2), digest(3)], signatures: [own.signatures[1]!, own.signatures[1]!, own.signatures[2]!] }
    const blame2 = new Blame()
    expect(judgeViews(parties, identities, own, new Map([[3, misattributed]]), blame2, context)).toEqual([])
    expect(() => blame2.settle('x')).toThrow(/party 3: reported a message from party 1/)
  })
})
