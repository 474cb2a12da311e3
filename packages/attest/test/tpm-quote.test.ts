import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { softTpm, type SoftTpm } from '../../store/test/swtpm.js'
import { attestationNonce, verifyTpmQuote, type AttestationBinding, type TpmQuoteEvidence } from '../src/index.js'
import { refusal } from './refusal.js'
import { QuotingTpm } from './tpm-tools.js'

const binding = (over: Partial<AttestationBinding> = {}): AttestationBinding => ({
  sessionId: createHash('sha256').update('session 1').digest(),
  peerId: '12D3KooWQuotingNodeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  identityPublicKey: createHash('sha256').update('identity key 1').digest(),
  ...over,
})


/** tpm2_checkquote, the tpm2-tools verifier, as an independent oracle: true when it accepts. */
function checkquote(quoting: QuotingTpm, files: { msg: string; sig: string; pcrs: string }, nonce: Uint8Array): boolean {
  try {
    execFileSync('tpm2_checkquote', ['-u', `${quoting.dir}/ak.pem`, '-m', files.msg, '-s', files.sig, '-f', files.pcrs, '-g', 'sha256', '-q', Buffer.from(nonce).toString('hex')], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

describe('TPM 2.0 quotes (swtpm + tpm2-tools)', () => {
  let tpm: SoftTpm
  let quoting: QuotingTpm
  let pcr16: Uint8Array
  beforeAll(async () => {
    tpm = await softTpm({ shared: true })
    quoting = await QuotingTpm.create(tpm)
    quoting.run('tpm2_pcrextend', [`16:sha256=${createHash('sha256').update('thresh node v1').digest('hex')}`])
    pcr16 = await quoting.pcr(16)
  }, 60_000)
  afterAll(async () => {
    await quoting?.close()
    await tpm?.stop()
  })

  const expectation = (over: Partial<AttestationBinding> = {}, pcrs = new Map([[16, pcr16]])) => ({ attestationKey: quoting.akPem, binding: binding(over), pcrs })

  it('verifies a quote bound to its session, peer and identity key; tpm2_checkquote agrees', async () => {
    const nonce = attestationNonce(binding())
    const { quoted, signature, files } = await quoting.quote([16], nonce)
    const attest = verifyTpmQuote({ quoted, signature, binding: binding() }, expectation())
    expect(Buffer.from(attest.extraData).toString('hex')).toBe(Buffer.from(nonce).toString('hex'))
    expect(attest.pcrSelections).toEqual([{ hash: 0x000b, pcrs: [16] }])
    expect(checkquote(quoting, files, nonce)).toBe(true)

    // A flipped byte in the signed structure: both verifiers refuse.
    const flipped = Uint8Array.from(quoted)
    flipped[flipped.length - 5]! ^= 1
    await writeFile(files.msg, flipped)
    expect(refusal(() => verifyTpmQuote({ quoted: flipped, signature, binding: binding() }, expectation()))).toBe('bad-signature')
    expect(checkquote(quoting, files, nonce)).toBe(false)
  })

  it('refuses each mismatch with its own reason', async () => {
    const good = await quoting.quote([16], attestationNonce(binding()))
    const evidence: TpmQuoteEvidence = { quoted: good.quoted, signature: good.signature, binding: binding() }
    expect(refusal(() => verifyTpmQuote(evidence, expectation()))).toBeUndefined()

    // A quote over some other nonce, presented with this binding.
    const other = await quoting.quote([16], randomBytes(32))
    expect(refusal(() => verifyTpmQuote({ ...evidence, quoted: other.quoted, signature: other.signature }, expectation()))).toBe('nonce-mismatch')
    // The same valid quote replayed into another session.
    expect(refusal(() => verifyTpmQuote(evidence, expectation({ sessionId: createHash('sha256').update('session 2').digest() })))).toBe('wrong-session')
    // A valid quote made for another identity key, or another peer.
    const otherKey = { identityPublicKey: createHash('sha256').update('identity key 2').digest() }
    const forOther = await quoting.quote([16], attestationNonce(binding(otherKey)))
    expect(refusal(() => verifyTpmQuote({ quoted: forOther.quoted, signature: forOther.signature, binding: binding(otherKey) }, expectation()))).toBe('wrong-identity')
    expect(refusal(() => verifyTpmQuote(evidence, expectation({ peerId: '12D3KooWSomeoneElse' })))).toBe('wrong-identity')
    // The binding rewritten to this session without a new quote.
    expect(refusal(() => verifyTpmQuote({ ...evidence, binding: binding(otherKey) }, expectation(otherKey)))).toBe('nonce-mismatch')
    // An unexpected PCR value, and a different PCR selection.
    expect(refusal(() => verifyTpmQuote(evidence, expectation({}, new Map([[16, new Uint8Array(32)]]))))).toBe('pcr-mismatch')
    expect(refusal(() => verifyTpmQuote(evidence, expectation({}, new Map([[16, pcr16], [23, new Uint8Array(32)]]))))).toBe('pcr-selection-mismatch')
    // Another attestation key.
    const { publicKey } = await import('node:crypto').then((c) => c.generateKeyPairSync('ec', { namedCurve: 'P-256' }))
    expect(refusal(() => verifyTpmQuote(evidence, { ...expectation(), attestationKey: publicKey }))).toBe('bad-signature')
    // Truncated or padded structures.
    expect(refusal(() => verifyTpmQuote({ ...evidence, quoted: evidence.quoted.subarray(1) }, expectation()))).toBe('malformed')
    expect(refusal(() => verifyTpmQuote({ ...evidence, signature: Uint8Array.of(...evidence.signature, 0) }, expectation()))).toBe('malformed')
  })

  it('verifies an RSASSA quote from an RSA attestation key', async () => {
    const rsa = await QuotingTpm.create(tpm, 'rsa')
    try {
      const nonce = attestationNonce(binding())
      const { quoted, signature, files } = await rsa.quote([16], nonce)
      expect(() => verifyTpmQuote({ quoted, signature, binding: binding() }, { ...expectation(), attestationKey: rsa.akPem })).not.toThrow()
      expect(checkquote(rsa, files, nonce)).toBe(true)
      expect(refusal(() => verifyTpmQuote({ quoted, signature, binding: binding() }, expectation()))).toBe('unsupported-algorithm')
    } finally {
      await rsa.close()
    }
  }, 60_000)
})
