import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { attestationNonce } from '@thresh/attest'
import { simulate, type SimulatorOptions } from '@thresh/crypto'
import { attestationCodec, type AttestationEvidence, type AttestationMessage } from '@thresh/wire'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { QuotingTpm } from '../../attest/test/tpm-tools.js'
import { softTpm, type SoftTpm } from '../../store/test/swtpm.js'
import { Attestor } from '../src/attestation.js'
import { AttestationSession, attestationSessionId, type Judgement } from '../src/attestation-session.js'
import { ConfigError, parseConfig, type AttestationConfig } from '../src/config.js'
import { identityPublicKey } from '../src/identity.js'

const AK_HANDLE = '0x81010002'

async function newPeer(): Promise<string> {
  return peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
}

const sessionOf = (label: string): Uint8Array => createHash('sha256').update(label).digest()

describe('attestation of a peer before a DKG (swtpm + tpm2-tools)', () => {
  let tpm: SoftTpm
  let quoting: QuotingTpm
  let dir: string
  let peer: string
  let other: string
  let pcr16: Uint8Array
  let prover: Attestor
  const config = (pcrs: Map<number, Uint8Array>, akPublicKeyFile = join(dir, 'ak.pem')): AttestationConfig => ({
    quote: undefined,
    peers: new Map([[peer, { akPublicKeyFile, allowed: [{ name: 'release-1', pcrs }] }]]),
  })
  const bindingOf = (sessionId: Uint8Array, id = peer) => ({ sessionId, peerId: id, identityPublicKey: identityPublicKey(id) })

  beforeAll(async () => {
    tpm = await softTpm({ shared: true })
    quoting = await QuotingTpm.create(tpm)
    quoting.run('tpm2_evictcontrol', ['-Q', '-C', 'o', '-c', join(quoting.dir, 'ak.ctx'), AK_HANDLE])
    quoting.run('tpm2_pcrextend', [`16:sha256=${createHash('sha256').update('thresh node release 1').digest('hex')}`])
    pcr16 = await quoting.pcr(16)
    dir = await mkdtemp(join(tmpdir(), 'thresh-attest-'))
    await writeFile(join(dir, 'ak.pem'), quoting.akPem)
    peer = await newPeer()
    other = await newPeer()
    prover = await Attestor.load({ quote: { tpmTcti: tpm.tcti, akHandle: AK_HANDLE, pcrs: [16] }, peers: new Map() }, 'tpm2', 'unused')
  }, 60_000)
  afterAll(async () => {
    await quoting?.close()
    await tpm?.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('accepts a quote bound to this session and the peer\'s identity, in an allowed state', async () => {
    const verifier = await Attestor.load(config(new Map([[16, pcr16]])), 'passphrase', 'unused')
    const message = await prover.message(bindingOf(sessionOf('s1')))
    expect(message.protection).toBe('tpm2')
    // it travels as an AttestationPayload
    const received = attestationCodec.decode(attestationCodec.encode(message))
    expect(verifier.judge(peer, sessionOf('s1'), received)).toEqual({ attested: true })
  })

  it('refuses a replayed quote, a quote for another identity, a forged nonce, another key and an unexpected PCR, naming the peer', async () => {
    const verifier = await Attestor.load(config(new Map([[16, pcr16]])), 'passphrase', 'unused')
    const refused = (j: Judgement): string => ('refused' in j ? j.refused : `accepted: ${JSON.stringify(j)}`)
    const fresh = await prover.message(bindingOf(sessionOf('s1')))

    // stale or replayed: the quote of session s1 presented in session s2
    expect(refused(verifier.judge(peer, sessionOf('s2'), fresh))).toMatch(new RegExp(`^peer ${peer}'s quote is refused: stale or replayed`))
    // made (by the same TPM) for another identity, presented as this peer's
    const forOther = await prover.message(bindingOf(sessionOf('s1'), other))
    expect(refused(verifier.judge(peer, sessionOf('s1'), forOther))).toMatch(/made for another identity/)
    // the binding claims this session, but the TPM quoted another nonce
    const q = await quoting.quote([16], randomBytes(32))
    const forged: AttestationEvidence = { type: 'attest/evidence', protection: 'tpm2', quote: { quoted: q.quoted, signature: q.signature, binding: bindingOf(sessionOf('s1')) } }
    expect(refused(verifier.judge(peer, sessionOf('s1'), forged))).toMatch(/its nonce does not bind this session/)
    // the quote is right, but the pinned attestation key is another one
    const strangerKey = join(dir, 'stranger.pem')
    const stranger = await QuotingTpm.create(tpm)
    await writeFile(strangerKey, stranger.akPem)
    await stranger.close()
    const pinnedOther = await Attestor.load(config(new Map([[16, pcr16]]), strangerKey), 'passphrase', 'unused')
    expect(refused(pinnedOther.judge(peer, sessionOf('s1'), fresh))).toMatch(/not signed by its pinned attestation key/)
    // the allowlist expects another PCR 16 value, or also PCR 23
    const elsewhere = await Attestor.load(config(new Map([[16, sessionOf('release 2')]])), 'passphrase', 'unused')
    expect(refused(elsewhere.judge(peer, sessionOf('s1'), fresh))).toMatch(/unexpected PCR values \(allowed: release-1\)/)
    const wider = await Attestor.load(config(new Map([[16, pcr16], [23, new Uint8Array(32)]])), 'passphrase', 'unused')
    expect(refused(wider.judge(peer, sessionOf('s1'), fresh))).toMatch(/unexpected PCR selection/)
  })

  it('reports a peer without a quote, or without an allowlist entry, as missing', async () => {
    const verifier = await Attestor.load(config(new Map([[16, pcr16]])), 'passphrase', 'unused')
    expect(verifier.judge(peer, sessionOf('s1'), { type: 'attest/evidence', protection: 'pkcs11' })).toEqual({ attested: false, missing: `peer ${peer} sent no quote (missing)` })
    const fromOther = await prover.message(bindingOf(sessionOf('s1'), other))
    expect(verifier.judge(other, sessionOf('s1'), fromOther)).toEqual({ attested: false, missing: `peer ${other} has no entry in this node's attestation.peers allowlist` })
  })

  it('accepts any allowed release, and refuses once the node\'s PCR moved out of all of them', async () => {
    const releases: AttestationConfig = {
      quote: undefined,
      peers: new Map([[peer, { akPublicKeyFile: join(dir, 'ak.pem'), allowed: [{ name: 'release-0', pcrs: new Map([[16, sessionOf('release 0')]]) }, { name: 'release-1', pcrs: new Map([[16, pcr16]]) }] }]]),
    }
    const verifier = await Attestor.load(releases, 'passphrase', 'unused')
    expect(verifier.judge(peer, sessionOf('s3'), await prover.message(bindingOf(sessionOf('s3'))))).toEqual({ attested: true })
    quoting.run('tpm2_pcrextend', [`16:sha256=${createHash('sha256').update('tampered disk image').digest('hex')}`])
    const moved = verifier.judge(peer, sessionOf('s4'), await prover.message(bindingOf(sessionOf('s4'))))
    expect(moved).toEqual({ refused: expect.stringMatching(new RegExp(`^peer ${peer}'s quote is refused: unexpected PCR values \\(allowed: release-0, release-1\\)`)) })
  })

  it('quotes for concurrent keygens, each bound to its own session', async () => {
    // the PCR as it is now (an earlier test extended it)
    const verifier = await Attestor.load(config(new Map([[16, await quoting.pcr(16)]])), 'passphrase', 'unused')
    const sessions = ['c1', 'c2', 'c3', 'c4'].map(sessionOf)
    const messages = await Promise.all(sessions.map((s) => prover.message(bindingOf(s))))
    messages.forEach((m, i) => expect(verifier.judge(peer, sessions[i]!, m)).toEqual({ attested: true }))
  })

  it('refuses to start with an unreadable attestation key, naming the peer', async () => {
    await expect(Attestor.load(config(new Map([[16, pcr16]]), join(dir, 'absent.pem')), 'passphrase', 'unused')).rejects.toThrow(`attestation.peers.${peer}.akPublicKey`)
  })

  it('quotes over the nonce of its session, peer and identity key (tpm2_checkquote would need the same)', async () => {
    const binding = bindingOf(sessionOf('s5'))
    const message = await prover.message(binding)
    // TPMS_ATTEST: the qualifying data (extraData) is the 32-byte nonce right after magic, type and the signer's name
    const nonce = attestationNonce(binding)
    expect(Buffer.from(message.quote!.quoted).includes(Buffer.from(nonce))).toBe(true)
  })
})

describe('the attestation session (sans-I/O, simulated)', () => {
  const parties = [1, 2, 3]
  const identities = new Map(parties.map((p) => [p, sessionOf(`identity ${p}`)] as const))
  const names = new Map(parties.map((p) => [p, `peer-${p}`] as const))
  const quote = { quoted: Uint8Array.of(1), signature: Uint8Array.of(2), binding: { sessionId: sessionOf('x'), peerId: 'x', identityPublicKey: sessionOf('y') } }
  // a judge as the Attestor answers: refuses party 3's quote when it is "bad", misses a quote not sent
  const judge = (bad: Set<number>) => (party: number, message: AttestationEvidence): Judgement =>
    bad.has(party) ? { refused: `peer ${names.get(party)}'s quote is refused: unexpected PCR values` }
      : message.quote ? { attested: true } : { attested: false, missing: `peer ${names.get(party)} sent no quote (missing)` }
  const run = (mode: 'required' | 'optional', sends: (p: number) => Omit<AttestationEvidence, 'type'>, bad = new Set<number>(), options: SimulatorOptions<AttestationMessage> = {}) =>
    simulate(parties.map((self) => new AttestationSession({ keyId: 'k', requestId: 'r', mode, parties, identities, self, own: { type: 'attest/evidence', ...sends(self) }, judge: judge(bad) })), options)

  it('every member ends with every member\'s protection and attestation', () => {
    const out = run('required', (p) => ({ protection: p === 2 ? 'pkcs11' : 'tpm2', quote }))
    expect(out.aborts.size).toBe(0)
    for (const p of parties) expect(out.results.get(p)).toEqual([{ protection: 'tpm2', attested: true }, { protection: 'pkcs11', attested: true }, { protection: 'tpm2', attested: true }])
  })

  it('required: a member in an unexpected state is refused by every other, named as the culprit, and stops too', () => {
    const out = run('required', () => ({ protection: 'tpm2', quote }), new Set([3]))
    for (const p of [1, 2]) {
      expect(out.aborts.get(p)?.culprits).toEqual([3])
      expect(out.aborts.get(p)?.reason).toMatch(/peer-3's quote is refused: unexpected PCR values/)
    }
    // party 3 accepted the others, but their complaints reach it before any confirmation: it does not go on to a DKG
    expect(out.results.has(3)).toBe(false)
    expect(out.aborts.get(3)?.accusations.map((a) => a.accuser).sort()).toEqual([1])
  })

  it('a member that shows two members different evidence is caught at the confirmation', () => {
    const other = { ...quote, quoted: Uint8Array.of(9) }
    // party 1's broadcast reaches party 3 with another quote
    const out = run('required', () => ({ protection: 'tpm2', quote }), new Set(), {
      intercept: (t) => (t.from === 1 && t.recipient === 3 && t.round === 1 ? [{ ...t, payload: { type: 'attest/evidence', protection: 'tpm2', quote: other } }] : undefined),
    })
    expect(out.results.size).toBe(0)
    expect([...out.aborts.values()].some((a) => /confirmed other attestation evidence/.test(a.reason))).toBe(true)
  })

  it('required: a member without a quote is refused as missing; optional records it as not attested', () => {
    const sends = (p: number): Omit<AttestationEvidence, 'type'> => (p === 2 ? { protection: 'passphrase' } : { protection: 'tpm2', quote })
    const required = run('required', sends)
    for (const p of [1, 3]) expect(required.aborts.get(p)?.reason).toMatch(/peer-2 sent no quote \(missing\)/)
    const optional = run('optional', sends)
    expect(optional.aborts.size).toBe(0)
    expect(optional.results.get(1)![1]).toEqual({ protection: 'passphrase', attested: false })
    expect(optional.results.get(2)![1]).toEqual({ protection: 'passphrase', attested: false })
  })

  it('optional still refuses a quote that fails its checks', () => {
    const out = run('optional', () => ({ protection: 'tpm2', quote }), new Set([1]))
    expect(out.aborts.get(2)?.culprits).toEqual([1])
  })

  it('binds the mode, the request and the committee\'s identities into its session id', () => {
    const base = { keyId: 'k', requestId: 'r', mode: 'required' as const, parties, identities }
    const id = Buffer.from(attestationSessionId(base)).toString('hex')
    expect(Buffer.from(attestationSessionId({ ...base, mode: 'optional' })).toString('hex')).not.toBe(id)
    expect(Buffer.from(attestationSessionId({ ...base, requestId: 'r2' })).toString('hex')).not.toBe(id)
    expect(Buffer.from(attestationSessionId({ ...base, identities: new Map([...identities, [3, sessionOf('impostor')]]) })).toString('hex')).not.toBe(id)
  })
})

describe('config: attestation', () => {
  const base = { dataDir: '.', listen: ['/ip4/127.0.0.1/tcp/0'], peers: [], coordinators: [] }
  const parse = (attestation: unknown) => parseConfig({ ...base, attestation }, { baseDir: '/etc/thresh' })
  const hex = 'ab'.repeat(32)

  it('reads the quote settings, releases and peers (paths relative to the config)', async () => {
    const peer = await newPeer()
    const config = parse({
      quote: { tpmTcti: 'swtpm:path=/run/tpm.sock', akHandle: '0x81010002', pcrs: [16, 7] },
      releases: { 'thresh-0.2': { 16: hex } },
      peers: { [peer]: { akPublicKey: 'peers/ak.pem', releases: ['thresh-0.2'], pcrs: { 7: hex } } },
    }).attestation
    expect(config.quote).toEqual({ tpmTcti: 'swtpm:path=/run/tpm.sock', akHandle: '0x81010002', pcrs: [7, 16] })
    expect(config.peers.get(peer)!.akPublicKeyFile).toBe('/etc/thresh/peers/ak.pem')
    expect(config.peers.get(peer)!.allowed.map((a) => [a.name, [...a.pcrs.keys()]])).toEqual([['thresh-0.2', [16]], ['pcrs', [7]]])
    expect(parseConfig(base, { baseDir: '/' }).attestation).toEqual({ quote: undefined, peers: new Map() })
  })

  it('refuses bad entries naming the field', async () => {
    const peer = await newPeer()
    const field = (attestation: unknown): string => {
      try {
        parse(attestation)
      } catch (err) {
        if (err instanceof ConfigError) return err.field
        throw err
      }
      return 'accepted'
    }
    expect(field({ quote: { akHandle: '0x01000000', pcrs: [16] } })).toBe('attestation.quote.akHandle')
    expect(field({ quote: { akHandle: '0x81010002', pcrs: [] } })).toBe('attestation.quote.pcrs')
    expect(field({ peers: { [peer]: { akPublicKey: 'ak.pem' } } })).toBe(`attestation.peers.${peer}`)
    expect(field({ peers: { [peer]: { akPublicKey: 'ak.pem', releases: ['nope'] } } })).toBe(`attestation.peers.${peer}.releases[0]`)
    expect(field({ peers: { [peer]: { akPublicKey: 'ak.pem', pcrs: { 16: 'abcd' } } } })).toBe(`attestation.peers.${peer}.pcrs.16`)
    expect(field({ peers: { [peer]: { akPublicKey: 'ak.pem', pcrs: { 24: hex } } } })).toBe(`attestation.peers.${peer}.pcrs.24`)
    expect(field({ peers: { 'not-a-peer': { akPublicKey: 'ak.pem', pcrs: { 16: hex } } } })).toBe('attestation.peers.not-a-peer')
  })
})
