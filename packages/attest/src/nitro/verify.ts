import { X509Certificate, createHash, verify } from 'node:crypto'
import { sameBytes, toHex } from '../bytes.js'
import { AttestationError } from '../errors.js'
import { decodeCoseSign1, decodeNitroPayload, sigStructure, type NitroDocument } from './document.js'
import { NITRO_ROOT_G1_SHA256 } from './root.js'

export interface NitroExpectation {
  /**
   * PCR allowlist: for each listed PCR index, the values accepted (SHA-384, 48 bytes).
   * Every listed PCR must be present and hold one of its values; at least one is required.
   */
  readonly pcrs: ReadonlyMap<number, readonly Uint8Array[]>
  /** The nonce the document must carry (use attestationNonce(binding)); omitted only when the document is bound otherwise. */
  readonly nonce?: Uint8Array
  readonly userData?: Uint8Array
  /** The public key the enclave put in the document (e.g. its session or identity key). */
  readonly publicKey?: Uint8Array
  /** Hex SHA-256 of the trusted root's DER; default: the AWS Nitro Enclaves root G1. */
  readonly rootSha256?: string
  /** When given (ms since epoch), the document must be at most maxAgeMs old (default 5 min) and not from the future. */
  readonly now?: number
  readonly maxAgeMs?: number
  /** Debug-mode enclaves report PCR0 as all zeros and expose their memory: refused unless this is true. */
  readonly allowDebug?: boolean
}

const DEFAULT_MAX_AGE_MS = 5 * 60_000
const CLOCK_SKEW_MS = 60_000

/**
 * Verifies an AWS Nitro Enclaves attestation document:
 *  1. COSE_Sign1 with ES384, decoded strictly (document.ts);
 *  2. cabundle[0] is the pinned root (SHA-256 of its DER), and each certificate down to
 *     the leaf is issued and signed by the one before it, is a CA (except the leaf), and
 *     is valid at the document's own timestamp — a document is judged when it was made,
 *     which keeps recorded documents verifiable and a stale one refusable by `now`;
 *  3. the ES384 signature over the Sig_structure under the leaf's P-384 key;
 *  4. freshness (when `now` is given), PCR allowlist, nonce, user_data, public_key.
 * Returns the decoded document; throws AttestationError naming the first failed check.
 */
export function verifyNitroDocument(bytes: Uint8Array, expected: NitroExpectation): NitroDocument {
  const cose = decodeCoseSign1(bytes)
  const doc = decodeNitroPayload(cose.payload)
  const leaf = checkChain(doc, expected.rootSha256 ?? NITRO_ROOT_G1_SHA256)

  const key = leaf.publicKey
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'secp384r1') {
    throw new AttestationError('unsupported-algorithm', 'the signing certificate does not hold a P-384 key')
  }
  if (cose.signature.length !== 96 || !verify('sha384', sigStructure(cose), { key, dsaEncoding: 'ieee-p1363' }, cose.signature)) {
    throw new AttestationError('bad-signature', 'the ES384 signature does not verify under the signing certificate')
  }

  if (expected.now !== undefined) {
    const age = expected.now - doc.timestamp
    if (age > (expected.maxAgeMs ?? DEFAULT_MAX_AGE_MS) || age < -CLOCK_SKEW_MS) {
      throw new AttestationError('stale', `document from ${new Date(doc.timestamp).toISOString()} is outside the freshness window`)
    }
  }
  checkPcrs(doc, expected)
  expectBytes('nonce-mismatch', 'nonce', doc.nonce, expected.nonce)
  expectBytes('user-data-mismatch', 'user_data', doc.userData, expected.userData)
  expectBytes('public-key-mismatch', 'public_key', doc.publicKey, expected.publicKey)
  return doc
}

function checkChain(doc: NitroDocument, rootSha256: string): X509Certificate {
  const chain = [...doc.cabundle, doc.certificate].map((der, i) => {
    try {
      return new X509Certificate(Buffer.from(der))
    } catch (err) {
      throw new AttestationError('malformed', `certificate ${i} of the chain is not DER X.509`, { cause: err })
    }
  })
  const root = chain[0]!
  if (createHash('sha256').update(root.raw).digest('hex') !== rootSha256.toLowerCase()) {
    throw new AttestationError('untrusted-root', 'the chain does not start at the pinned AWS Nitro root')
  }
  const at = new Date(doc.timestamp)
  chain.forEach((cert, i) => {
    const issuer = chain[Math.max(0, i - 1)]!
    if (!cert.checkIssued(issuer) || !cert.verify(issuer.publicKey)) {
      throw new AttestationError('bad-chain', `certificate ${i} (${oneLine(cert.subject)}) is not signed by the certificate before it`)
    }
    if (cert.ca !== (i < chain.length - 1)) throw new AttestationError('bad-chain', `certificate ${i} has the wrong CA flag for its place in the chain`)
    if (at < new Date(cert.validFrom) || at > new Date(cert.validTo)) {
      throw new AttestationError('certificate-not-valid', `certificate ${i} (${oneLine(cert.subject)}) was not valid at ${at.toISOString()}`)
    }
  })
  return chain[chain.length - 1]!
}

function checkPcrs(doc: NitroDocument, expected: NitroExpectation): void {
  if (expected.pcrs.size === 0) throw new AttestationError('pcr-not-allowed', 'no PCR allowlist given: every enclave image would pass')
  const pcr0 = doc.pcrs.get(0)
  if (!expected.allowDebug && pcr0 !== undefined && pcr0.every((b) => b === 0)) {
    throw new AttestationError('pcr-not-allowed', 'PCR0 is all zeros: a debug-mode enclave')
  }
  for (const [index, allowed] of expected.pcrs) {
    const value = doc.pcrs.get(index)
    if (value === undefined || !allowed.some((a) => sameBytes(a, value))) {
      throw new AttestationError('pcr-not-allowed', `PCR${index} = ${value ? toHex(value) : 'absent'} is not in the allowlist`)
    }
  }
}

function expectBytes(reason: 'nonce-mismatch' | 'user-data-mismatch' | 'public-key-mismatch', field: string, actual: Uint8Array | undefined, wanted: Uint8Array | undefined): void {
  if (wanted === undefined) return
  if (actual === undefined || !sameBytes(actual, wanted)) throw new AttestationError(reason, `${field} is not the expected value`)
}

const oneLine = (name: string): string => name.split('\n').join(', ')
