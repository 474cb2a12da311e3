import { secp256k1 } from '@noble/curves/secp256k1.js'
import { describe, expect, it } from 'vitest'
import { withMembers, type KeyReport } from '../src/key-consensus.js'
import { keyInfoFromJson, keyInfoToJson, type KeyInfo, type MemberSecurity } from '../src/index.js'

const parties = [
  '12D3KooWNyThgEH8uQwwTUdFvq5sHFpiJVJCtBz387Cy8fAhXeEZ',
  '12D3KooWJpvkTc9WzGxgaGpZNvVpVRy2optMvgY1qEtZyLMz4KVM',
  '12D3KooWLMCvb3SPJdY9V9pY68PjqJvLkWorLcRJZdsF7ApwoU4R',
]
const point = (x: bigint) => secp256k1.Point.BASE.multiply(x).toBytes(true)
const key: KeyInfo = {
  keyId: 'k1', scheme: 'ecdsa', threshold: 2, parties, groupPublicKey: point(7n), chainCode: new Uint8Array(32).fill(1), epoch: 0,
  publicShares: [1n, 2n, 3n].map(point),
}
const m = (protection: MemberSecurity['protection'], attested: boolean): MemberSecurity => ({ protection, attested })
const report = (i: number, members?: MemberSecurity[]): KeyReport => ({ peerId: parties[i]!, key: { ...key, ...(members ? { members } : {}) } })

describe('a key\'s members as the committee reports them', () => {
  it('takes each member\'s protection from its own report, and "attested" only when every other member verified it', () => {
    const merged = withMembers(key, [
      // party 1 verified 2 and 3; says of itself it is on tpm2
      report(0, [m('tpm2', true), m('unknown', true), m('passphrase', true)]),
      // party 2 could not verify party 3 (optional exchange, not in its allowlist)
      report(1, [m('tpm2', true), m('pkcs11', true), m('passphrase', false)]),
      report(2, [m('tpm2', true), m('pkcs11', true), m('passphrase', true)]),
    ])
    expect(merged.members).toEqual([m('tpm2', true), m('pkcs11', true), m('passphrase', false)])
  })

  it('leaves a key made without the exchange as it is, and a missing report counts as unverified', () => {
    expect(withMembers(key, [report(0), report(1), report(2)])).toBe(key)
    const merged = withMembers(key, [report(0, [m('tpm2', true), m('pkcs11', true), m('tpm2', true)]), report(1)])
    expect(merged.members).toEqual([m('tpm2', false), m('unknown', false), m('unknown', false)])
  })

  it('keeps the members in the keys file, and refuses a malformed entry', () => {
    const withM = { ...key, members: [m('tpm2', true), m('pkcs11', false), m('passphrase', true)] }
    expect(keyInfoFromJson(JSON.parse(JSON.stringify(keyInfoToJson(withM))))).toEqual(withM)
    expect(keyInfoFromJson(JSON.parse(JSON.stringify(keyInfoToJson(key)))).members).toBeUndefined()
    const json = JSON.parse(JSON.stringify(keyInfoToJson(withM)))
    for (const bad of [[m('tpm2', true)], [{ protection: 'hsm', attested: true }, m('tpm2', true), m('tpm2', true)], [{ protection: 'tpm2', attested: 'yes' }, m('tpm2', true), m('tpm2', true)]]) {
      expect(() => keyInfoFromJson({ ...json, members: bad })).toThrow(/members/)
    }
  })
})
