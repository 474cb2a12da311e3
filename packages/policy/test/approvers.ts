// Test approvers with real keys. Ed25519 and WebAuthn P-256 assertions are made with
// node:crypto (OpenSSL), independent of the @noble/curves verifier under test; BIP340
// signatures come from noble and its verifier is pinned by the BIP340 test vectors.
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { schnorr } from '@noble/curves/secp256k1.js'
import type { Approver, ApprovalSignature } from '../src/index.js'

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')
const b64urlToHex = (s: string) => Buffer.from(s, 'base64url').toString('hex')
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest()

export interface TestApprover {
  approver: Approver
  sign(message: Uint8Array): ApprovalSignature
}

export function ed25519Approver(): TestApprover {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  const pub = b64urlToHex(publicKey.export({ format: 'jwk' }).x!)
  return { approver: { type: 'ed25519', publicKey: pub }, sign: (m) => ({ publicKey: pub, signature: hex(sign(null, m, privateKey)) }) }
}

export function bip340Approver(): TestApprover {
  const secret = schnorr.utils.randomSecretKey()
  const pub = hex(schnorr.getPublicKey(secret))
  return { approver: { type: 'bip340', publicKey: pub }, sign: (m) => ({ publicKey: pub, signature: hex(schnorr.sign(m, secret)) }) }
}

export interface AssertionOptions {
  type?: string
  rpId?: string
  /** authenticatorData flags: 0x01 user present, 0x04 user verified. */
  flags?: number
  challenge?: Uint8Array
}

/** A WebAuthn assertion (authenticatorData || SHA-256(clientDataJSON), ES256 DER) as a browser would return it. */
export function webauthnAssertion(privateKey: KeyObject, publicKey: string, message: Uint8Array, o: AssertionOptions = {}): ApprovalSignature {
  const authenticatorData = Buffer.concat([sha256(o.rpId ?? 'wallet.example'), Buffer.from([o.flags ?? 0x05]), Buffer.from([0, 0, 0, 9])])
  const clientDataJSON = JSON.stringify({ type: o.type ?? 'webauthn.get', challenge: Buffer.from(o.challenge ?? message).toString('base64url'), origin: 'https://wallet.example', crossOrigin: false })
  const signature = sign('sha256', Buffer.concat([authenticatorData, sha256(clientDataJSON)]), privateKey)
  return { publicKey, signature: hex(signature), authenticatorData: hex(authenticatorData), clientDataJSON }
}

export function webauthnApprover(extra: Partial<Approver> = { rpId: 'wallet.example' }): TestApprover & { privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  const jwk = publicKey.export({ format: 'jwk' })
  const pub = '04' + b64urlToHex(jwk.x!) + b64urlToHex(jwk.y!)
  return { privateKey, approver: { type: 'webauthn-p256', publicKey: pub, ...extra }, sign: (m) => webauthnAssertion(privateKey, pub, m) }
}
