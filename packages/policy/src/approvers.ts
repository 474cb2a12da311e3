// Approver keys and the signatures they give: Ed25519 (RFC 8032, strict encodings),
// secp256k1 Schnorr (BIP340, x-only keys) and P-256 WebAuthn assertions (W3C WebAuthn
// Level 2, section 7.2 "Verifying an Authentication Assertion"), all through @noble/curves.
import { ed25519 } from '@noble/curves/ed25519.js'
import { schnorr, secp256k1 } from '@noble/curves/secp256k1.js'
import { p256 } from '@noble/curves/nist.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js'

export type ApproverType = 'ed25519' | 'bip340' | 'webauthn-p256'

export interface Approver {
  type: ApproverType
  /** Lowercase hex: Ed25519 32 bytes, BIP340 x-only 32 bytes, P-256 SEC1 (33 or 65 bytes). */
  publicKey: string
  /** WebAuthn only: when set, the assertion's rpIdHash must be SHA-256 of this RP id. */
  rpId?: string
  /** WebAuthn only: require the user-verified flag (UV) as well as user-present (UP). */
  userVerification?: boolean
}

export interface Quorum {
  threshold: number
  approvers: Approver[]
}

/** One approver's signature. For WebAuthn, `signature` is the DER ECDSA signature of the assertion. */
export interface ApprovalSignature {
  publicKey: string
  signature: string
  /** WebAuthn only: authenticatorData (hex) and clientDataJSON (the exact UTF-8 text). */
  authenticatorData?: string
  clientDataJSON?: string
}

const HEX = /^([0-9a-f]{2})+$/

/** Throws a plain Error explaining why `a` is not a usable approver key. */
export function validateApprover(a: Approver): void {
  if (typeof a !== 'object' || a === null) throw new Error('approver is not an object')
  const known = ['type', 'publicKey', 'rpId', 'userVerification']
  const extra = Object.keys(a).filter((k) => !known.includes(k))
  if (extra.length > 0) throw new Error(`approver has unknown field(s) ${extra.join(', ')}`)
  if (typeof a.publicKey !== 'string' || !HEX.test(a.publicKey)) throw new Error('approver publicKey is not lowercase hex')
  const key = hexToBytes(a.publicKey)
  switch (a.type) {
    case 'ed25519':
      if (key.length !== 32 || !ed25519.utils.isValidPublicKey(key, false)) throw new Error('approver publicKey is not an Ed25519 point')
      break
    case 'bip340':
      // an x-only key is valid iff lift_x succeeds (BIP340); the even-y SEC1 form checks exactly that
      if (key.length !== 32) throw new Error('approver publicKey is not a 32-byte BIP340 key')
      try { secp256k1.Point.fromBytes(Uint8Array.of(2, ...key)) } catch { throw new Error('approver publicKey is not a secp256k1 x coordinate') }
      break
    case 'webauthn-p256':
      try { p256.Point.fromBytes(key) } catch { throw new Error('approver publicKey is not a P-256 point') }
      break
    default:
      throw new Error(`approver type ${JSON.stringify((a as { type: unknown }).type)} is unknown (ed25519, bip340, webauthn-p256)`)
  }
  if (a.type !== 'webauthn-p256' && (a.rpId !== undefined || a.userVerification !== undefined)) throw new Error('rpId/userVerification apply to webauthn-p256 approvers only')
  if (a.rpId !== undefined && typeof a.rpId !== 'string') throw new Error('approver rpId is not a string')
  if (a.userVerification !== undefined && typeof a.userVerification !== 'boolean') throw new Error('approver userVerification is not a boolean')
}

function base64url(b: Uint8Array): string {
  return Buffer.from(b).toString('base64url')
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let d = 0
  for (let i = 0; i < a.length; i++) d |= a[i]! ^ b[i]!
  return d === 0
}

/** Checks a WebAuthn assertion whose challenge must be `message`; returns why not, or undefined. */
function webauthnProblem(a: Approver, message: Uint8Array, s: ApprovalSignature): string | undefined {
  if (typeof s.authenticatorData !== 'string' || !HEX.test(s.authenticatorData) || typeof s.clientDataJSON !== 'string') return 'missing authenticatorData or clientDataJSON'
  const authData = hexToBytes(s.authenticatorData)
  if (authData.length < 37) return 'authenticatorData shorter than 37 bytes'
  let client: { type?: unknown; challenge?: unknown }
  try { client = JSON.parse(s.clientDataJSON) } catch { return 'clientDataJSON is not JSON' }
  if (client.type !== 'webauthn.get') return 'clientDataJSON type is not webauthn.get'
  if (client.challenge !== base64url(message)) return 'challenge is not this request'
  if (a.rpId !== undefined && !equalBytes(authData.subarray(0, 32), sha256(utf8ToBytes(a.rpId)))) return 'rpIdHash does not match the configured RP id'
  const flags = authData[32]!
  if ((flags & 0x01) === 0) return 'user-present flag not set'
  if (a.userVerification === true && (flags & 0x04) === 0) return 'user-verified flag not set'
  const signed = new Uint8Array(authData.length + 32)
  signed.set(authData)
  signed.set(sha256(utf8ToBytes(s.clientDataJSON)), authData.length)
  // WebAuthn authenticators do not normalize s, so high-S signatures are valid here.
  const ok = p256.verify(hexToBytes(s.signature), signed, hexToBytes(a.publicKey), { format: 'der', prehash: true, lowS: false })
  return ok ? undefined : 'bad signature'
}

/** Why `s` is not a valid signature by approver `a` over the 32-byte `message`, or undefined if it is. */
export function signatureProblem(a: Approver, message: Uint8Array, s: ApprovalSignature): string | undefined {
  if (typeof s.signature !== 'string' || !HEX.test(s.signature)) return 'signature is not hex'
  try {
    switch (a.type) {
      case 'ed25519':
        return ed25519.verify(hexToBytes(s.signature), message, hexToBytes(a.publicKey), { zip215: false }) ? undefined : 'bad signature'
      case 'bip340':
        return schnorr.verify(hexToBytes(s.signature), message, hexToBytes(a.publicKey)) ? undefined : 'bad signature'
      case 'webauthn-p256':
        return webauthnProblem(a, message, s)
    }
  } catch {
    return 'malformed signature'
  }
}

const MAX_TRIES_PER_APPROVER = 4

export interface QuorumResult {
  ok: boolean
  /** Distinct configured approvers with a valid signature. */
  approvedBy: string[]
  /** Signatures that did not count, and why (unknown approvers are listed too). */
  rejected: { publicKey: string; reason: string }[]
}

/**
 * Counts distinct approvers of `quorum` with a valid signature over `message`: an approver
 * signing twice counts once, an unknown key is ignored, a bad signature does not count.
 */
export function checkQuorum(quorum: Quorum, message: Uint8Array, signatures: readonly ApprovalSignature[]): QuorumResult {
  const approvedBy = new Set<string>()
  const attempts = new Map<string, number>()
  const rejected: QuorumResult['rejected'] = []
  for (const s of signatures) {
    const key = typeof s?.publicKey === 'string' ? s.publicKey.toLowerCase() : ''
    const approver = quorum.approvers.find((a) => a.publicKey === key)
    if (approver === undefined) { rejected.push({ publicKey: key, reason: 'not an approver of this rule' }); continue }
    if (approvedBy.has(key)) continue
    // bounds the verification work a flood of bad signatures for one approver can cause
    const tries = (attempts.get(key) ?? 0) + 1
    attempts.set(key, tries)
    if (tries > MAX_TRIES_PER_APPROVER) { rejected.push({ publicKey: key, reason: 'too many signatures for this approver' }); continue }
    const problem = signatureProblem(approver, message, s)
    if (problem === undefined) approvedBy.add(key)
    else rejected.push({ publicKey: key, reason: problem })
  }
  return { ok: approvedBy.size >= quorum.threshold, approvedBy: [...approvedBy], rejected }
}

/** Validates a quorum: integer threshold in 1..n, distinct valid approvers. Throws a plain Error. */
export function validateQuorum(q: Quorum, what: string): void {
  if (typeof q !== 'object' || q === null || !Array.isArray(q.approvers)) throw new Error(`${what}: needs { threshold, approvers: [...] }`)
  const extra = Object.keys(q).filter((k) => k !== 'threshold' && k !== 'approvers')
  if (extra.length > 0) throw new Error(`${what}: unknown field(s) ${extra.join(', ')}`)
  q.approvers.forEach((a, i) => {
    try { validateApprover(a) } catch (e) { throw new Error(`${what}: approver ${i + 1}: ${(e as Error).message}`) }
  })
  if (new Set(q.approvers.map((a) => a.publicKey)).size !== q.approvers.length) throw new Error(`${what}: an approver is listed twice`)
  if (!Number.isInteger(q.threshold) || q.threshold < 1 || q.threshold > q.approvers.length) {
    throw new Error(`${what}: threshold ${JSON.stringify(q.threshold)} is not an integer between 1 and ${q.approvers.length}`)
  }
}

