import { createHash, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  AttestationError,
  NITRO_ROOT_G1_PEM,
  NITRO_ROOT_G1_SHA256,
  attestationNonce,
  decodeCoseSign1,
  decodeNitroPayload,
  verifyNitroDocument,
  type NitroExpectation,
} from '../src/index.js'
import { forgeChain, forgeDocument, type ForgedChain } from './nitro-forge.js'
import { refusal } from './refusal.js'

const DOC = new Uint8Array(Buffer.from(readFileSync(new URL('./fixtures/nitro-attestation.b64', import.meta.url), 'utf8').trim(), 'base64'))
const hex = (h: string) => new Uint8Array(Buffer.from(h, 'hex'))

// What the fixture's enclave reported (fixtures/README.md).
const PCR3 = hex('671ca1e328f75015b2aeee60639cc5252bc835d8bb690444d1f8e2bf4260f73dc1b71e07a14a770c7d0becac6eb3b53f')
const PCR4 = hex('d352cfa31b8dc5f4856c9fa8181b19ed12f5da23883ac4ec729530f50dc1d37f1ac3876a7af39bd4de7a2aead14d14cb')
const NONCE = hex('0000000000000000000000000000000000000001')
const USER_DATA = hex('1220c682bc6c814a6748f490c8c8e48e5c40c505e5c99b0b617b85cdc71d236f2a3812200000000000000000000000000000000000000000000000000000000000000000')
const REAL: NitroExpectation = {
  pcrs: new Map([
    [0, [new Uint8Array(48)]],
    [3, [PCR3]],
    [4, [PCR4]],
  ]),
  nonce: NONCE,
  userData: USER_DATA,
  publicKey: Buffer.from('dummy'),
  allowDebug: true,
}


describe('AWS Nitro attestation documents: a real one', () => {
  it('pins the published AWS Nitro root G1', () => {
    expect(createHash('sha256').update(new X509Certificate(NITRO_ROOT_G1_PEM).raw).digest('hex')).toBe(NITRO_ROOT_G1_SHA256)
  })

  it('verifies: chain to the pinned root at the document time, ES384 signature, PCRs, nonce, user_data, public_key', () => {
    const doc = verifyNitroDocument(DOC, REAL)
    expect(doc.moduleId).toBe('i-0bbf1bfe232b8c2ce-enc0191ba35c9d1b77a')
    expect(new Date(doc.timestamp).toISOString()).toBe('2024-09-06T04:33:12.729Z')
    expect(doc.cabundle).toHaveLength(4)
    expect(doc.pcrs.size).toBe(16)
    expect(Buffer.from(doc.publicKey!).toString()).toBe('dummy')
    // A Node Buffer (as read from a file or socket) verifies the same.
    expect(verifyNitroDocument(Buffer.from(DOC), REAL).moduleId).toBe(doc.moduleId)
  })

  it('refuses a flipped byte anywhere in the signed payload or the signature', () => {
    const cose = decodeCoseSign1(DOC)
    const at = (needle: Uint8Array) => Buffer.from(DOC).indexOf(Buffer.from(needle))
    for (const offset of [at(USER_DATA) + 3, at(PCR3) + 10, at(Buffer.from('i-0bbf1bfe')) + 4, DOC.length - 7, DOC.length - cose.signature.length + 2]) {
      const bytes = Uint8Array.from(DOC)
      bytes[offset]! ^= 0x01
      expect(refusal(() => verifyNitroDocument(bytes, REAL))).toBe('bad-signature')
    }
  })

  it('refuses a byte flipped inside the certificate chain', () => {
    const leaf = decodeNitroPayload(decodeCoseSign1(DOC).payload).certificate
    const bytes = Uint8Array.from(DOC)
    bytes[Buffer.from(DOC).indexOf(Buffer.from(leaf.subarray(400, 440))) + 10]! ^= 0x01 // inside the leaf's TBS
    expect(refusal(() => verifyNitroDocument(bytes, REAL))).toBe('bad-chain')
  })

  it('refuses another root, a PCR outside the allowlist, a debug enclave, a wrong nonce, user_data or public_key, a stale document', () => {
    expect(refusal(() => verifyNitroDocument(DOC, { ...REAL, rootSha256: '00'.repeat(32) }))).toBe('untrusted-root')
    expect(refusal(() => verifyNitroDocument(DOC, { ...REAL, pcrs: new Map([[3, [PCR4]]]) }))).toBe('pcr-not-allowed')
    expect(refusal(() => verifyNitroDocument(DOC, { ...REAL, pcrs: new Map([[8, [PCR4]]]) }))).toBe('pcr-not-allowed') // PCR8 absent
    expect(refusal(() => verifyNitroDocument(DOC, { ...REAL, pcrs: new Map() }))).toBe('pcr-not-allowed')
    expect(refusal(() => verifyNitroDocument(DOC, { ...REAL, allowDebug: false }))).toBe('pcr-not-allowed')
    expect(refusal(() => verifyNitroDocument(DOC, { ...REAL, nonce: hex('0000000000000000000000000000000000000002') }))).toBe('nonce-mismatch')
    expect(refusal(() => verifyNitroDocument(DOC, { ...REAL, userData: USER_DATA.subarray(1) }))).toBe('user-data-mismatch')
    expect(refusal(() => verifyNitroDocument(DOC, { ...REAL, publicKey: Buffer.from('other') }))).toBe('public-key-mismatch')
    const made = Date.parse('2024-09-06T04:33:12.729Z')
    expect(refusal(() => verifyNitroDocument(DOC, { ...REAL, now: made + 60_000 }))).toBeUndefined()
    expect(refusal(() => verifyNitroDocument(DOC, { ...REAL, now: made + 6 * 60_000 }))).toBe('stale')
    expect(refusal(() => verifyNitroDocument(DOC, { ...REAL, now: made - 5 * 60_000 }))).toBe('stale')
  })

  it('refuses malformed CBOR: truncated, trailing bytes, not a COSE_Sign1', () => {
    expect(refusal(() => verifyNitroDocument(DOC.subarray(0, DOC.length - 1), REAL))).toBe('malformed')
    expect(refusal(() => verifyNitroDocument(Uint8Array.of(...DOC, 0), REAL))).toBe('malformed')
    expect(refusal(() => verifyNitroDocument(Uint8Array.of(0x83, 0x01, 0x02, 0x03), REAL))).toBe('malformed')
  })
})

describe('AWS Nitro attestation documents: a forged chain', () => {
  let chain: ForgedChain
  beforeAll(async () => {
    chain = await forgeChain()
  })
  const pcr0 = createHash('sha384').update('enclave image').digest()
  const binding = { sessionId: new Uint8Array(32).fill(7), peerId: '12D3KooWEnclaveNode', identityPublicKey: new Uint8Array(32).fill(9) }
  const fields = (over = {}) => ({ timestamp: Date.now(), pcrs: new Map([[0, new Uint8Array(pcr0)]]), nonce: attestationNonce(binding), ...over })
  const pinned = (over: Partial<NitroExpectation> = {}): NitroExpectation => ({
    pcrs: new Map([[0, [new Uint8Array(pcr0)]]]),
    nonce: attestationNonce(binding),
    rootSha256: createHash('sha256').update(chain.rootDer).digest('hex'),
    now: Date.now(),
    ...over,
  })

  it('is refused under the AWS root pin, and verifies only when its own root is pinned', () => {
    const doc = forgeDocument(chain, fields())
    expect(refusal(() => verifyNitroDocument(doc, { ...pinned(), rootSha256: undefined }))).toBe('untrusted-root')
    expect(refusal(() => verifyNitroDocument(doc, pinned()))).toBeUndefined()
  })

  it('judges certificates at the document timestamp', () => {
    const doc = forgeDocument(chain, fields({ timestamp: Date.now() + 3 * 86_400_000 }))
    expect(refusal(() => verifyNitroDocument(doc, { ...pinned(), now: undefined }))).toBe('certificate-not-valid')
  })

  it('refuses a stale nonce: a document bound to another session', () => {
    const other = attestationNonce({ ...binding, sessionId: new Uint8Array(32).fill(8) })
    expect(refusal(() => verifyNitroDocument(forgeDocument(chain, fields({ nonce: other })), pinned()))).toBe('nonce-mismatch')
    expect(refusal(() => verifyNitroDocument(forgeDocument(chain, fields({ nonce: undefined })), pinned()))).toBe('nonce-mismatch')
  })

  it('refuses a chain through a certificate that is not a CA', async () => {
    const bent = await forgeChain({ nonCaIntermediate: true })
    const doc = forgeDocument(bent, fields())
    const err = (() => {
      try {
        verifyNitroDocument(doc, { ...pinned(), rootSha256: createHash('sha256').update(bent.rootDer).digest('hex') })
      } catch (e) {
        return e as AttestationError
      }
    })()
    expect(err?.reason).toBe('bad-chain')
    expect(err?.message).toBe('bad-chain: certificate 1 has the wrong CA flag for its place in the chain')
  })
})
