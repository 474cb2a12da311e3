import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto'
import { attestationNonce, type AttestationBinding } from '../binding.js'
import { sameBytes, toHex } from '../bytes.js'
import { AttestationError } from '../errors.js'
import { TPM_ALG, parseQuoteAttest, parseSignature, type TpmsAttest, type TpmtSignature } from './structures.js'

/** What a peer sends: its quote, and the binding it claims the quote was made for. */
export interface TpmQuoteEvidence {
  /** TPMS_ATTEST as signed (tpm2_quote -m). */
  readonly quoted: Uint8Array
  /** TPMT_SIGNATURE (tpm2_quote -s). */
  readonly signature: Uint8Array
  readonly binding: AttestationBinding
}

/** What the verifier knows independently of the evidence. */
export interface TpmQuoteExpectation {
  /** The peer's attestation key (registered with its identity): a KeyObject, PEM or DER SPKI. */
  readonly attestationKey: KeyObject | string | Uint8Array
  /** The session, peer and identity key this verifier is admitting. */
  readonly binding: AttestationBinding
  /** Expected SHA-256 PCR values; the quote must select exactly these PCRs in the SHA-256 bank. */
  readonly pcrs: ReadonlyMap<number, Uint8Array>
}

const HASHES: ReadonlyMap<number, string> = new Map([
  [TPM_ALG.SHA256, 'sha256'],
  [TPM_ALG.SHA384, 'sha384'],
])

/**
 * Verifies a TPM 2.0 quote (TPM2_Quote, Part 3 §18.4) bound to one session and identity:
 *  1. the signature over TPMS_ATTEST under the attestation key (node:crypto);
 *  2. the claimed binding names this session (else wrong-session: a replay) and this
 *     peer and identity key (else wrong-identity);
 *  3. the qualifying data equals attestationNonce(binding) (else nonce-mismatch);
 *  4. the quote selects exactly the expected SHA-256 PCRs, and its PCR digest is the hash
 *     of the expected values (else pcr-selection-mismatch / pcr-mismatch).
 * Returns the parsed TPMS_ATTEST; throws AttestationError naming the first failed check.
 */
export function verifyTpmQuote(evidence: TpmQuoteEvidence, expected: TpmQuoteExpectation): TpmsAttest {
  const attest = parseQuoteAttest(evidence.quoted)
  checkSignature(evidence.quoted, parseSignature(evidence.signature), publicKey(expected.attestationKey))

  const claimed = evidence.binding
  if (!sameBytes(claimed.sessionId, expected.binding.sessionId)) {
    throw new AttestationError('wrong-session', `quote was made for session ${toHex(claimed.sessionId)}, not ${toHex(expected.binding.sessionId)}`)
  }
  if (claimed.peerId !== expected.binding.peerId || !sameBytes(claimed.identityPublicKey, expected.binding.identityPublicKey)) {
    throw new AttestationError('wrong-identity', `quote was made for peer ${claimed.peerId} with another identity key than ${expected.binding.peerId}'s`)
  }
  if (!sameBytes(attest.extraData, attestationNonce(claimed))) {
    throw new AttestationError('nonce-mismatch', 'the quote\'s qualifying data is not the nonce of its session, peer and identity key')
  }

  const wanted = [...expected.pcrs.keys()].sort((a, b) => a - b)
  const selection = attest.pcrSelections.filter((s) => s.pcrs.length > 0)
  if (selection.length !== 1 || selection[0]!.hash !== TPM_ALG.SHA256 || selection[0]!.pcrs.join(',') !== wanted.join(',')) {
    throw new AttestationError('pcr-selection-mismatch', `quote selects ${describe(attest)}, expected sha256:${wanted.join(',')}`)
  }
  const hash = createHash(HASHES.get(parseSignature(evidence.signature).hash)!)
  for (const pcr of wanted) hash.update(expected.pcrs.get(pcr)!)
  if (!sameBytes(attest.pcrDigest, hash.digest())) {
    throw new AttestationError('pcr-mismatch', `the quoted PCR values (sha256:${wanted.join(',')}) are not the expected ones`)
  }
  return attest
}

function checkSignature(quoted: Uint8Array, signature: TpmtSignature, key: KeyObject): void {
  const hash = HASHES.get(signature.hash)
  if (!hash) throw new AttestationError('unsupported-algorithm', `signature hash 0x${signature.hash.toString(16)}`)
  let ok: boolean
  if (signature.alg === 'ecdsa') {
    if (key.asymmetricKeyType !== 'ec') throw new AttestationError('unsupported-algorithm', 'an ECDSA quote needs an EC attestation key')
    const size = { 'prime256v1': 32, 'secp384r1': 48 }[key.asymmetricKeyDetails?.namedCurve ?? ''] ?? 0
    if (size === 0 || signature.r.length > size || signature.s.length > size) throw new AttestationError('bad-signature', 'ECDSA signature does not fit the key\'s curve')
    const rs = Buffer.concat([leftPad(signature.r, size), leftPad(signature.s, size)])
    ok = verify(hash, quoted, { key, dsaEncoding: 'ieee-p1363' }, rs)
  } else {
    if (key.asymmetricKeyType !== 'rsa') throw new AttestationError('unsupported-algorithm', 'an RSASSA quote needs an RSA attestation key')
    ok = verify(hash, quoted, key, signature.signature)
  }
  if (!ok) throw new AttestationError('bad-signature', 'the quote signature does not verify under the attestation key')
}

function publicKey(key: KeyObject | string | Uint8Array): KeyObject {
  if (typeof key === 'string') return createPublicKey(key)
  if (key instanceof Uint8Array) return createPublicKey({ key: Buffer.from(key), format: 'der', type: 'spki' })
  return key
}

function leftPad(bytes: Uint8Array, size: number): Buffer {
  const out = Buffer.alloc(size)
  out.set(bytes, size - bytes.length)
  return out
}

const describe = (attest: TpmsAttest): string =>
  attest.pcrSelections.map((s) => `0x${s.hash.toString(16)}:${s.pcrs.join(',')}`).join(' ') || 'no PCR'
