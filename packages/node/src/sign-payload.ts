// What a sign request asks this node to sign, computed by the node itself from the
// request's typed payload and derivation path and the key's own public facts: the
// digest(s) (@thresh/chains decodes the payload), the BIP32 tweak (derived from the
// key's group key and chain code), the BIP341 tweak for a Taproot key-path signature,
// and the decoded summary a policy and the audit log judge. Nothing here is taken
// from the request as a digest or a tweak; the `digest` kind is the explicit escape
// hatch (32 raw bytes, nothing to check).
import { createHash } from 'node:crypto'
import { decodePayload, PayloadError, type DecodedPayload, type PayloadKind } from '@thresh/chains'
import { DerivationError, deriveKey, formatDerivationPath, taprootTweak, type Scheme } from '@thresh/crypto'
import type { KeyScheme, SignPayload, SignRequest } from '@thresh/wire'
import { Refusal } from './refusal.js'

/** The key facts the node holds (never the request's). */
export interface SigningKeyFacts {
  readonly keyId: string
  readonly scheme: Scheme
  readonly groupPublicKey: Uint8Array
  readonly chainCode: Uint8Array
}

export interface SignTarget {
  readonly kind: PayloadKind
  /** Canonical path string, `m` for the key itself. */
  readonly path: string
  /** What each session signs, in order (several for a PSBT with several owned inputs). */
  readonly digests: readonly Uint8Array[]
  /** The decoded payload, for policy and audit. */
  readonly decoded: DecodedPayload
  /** The BIP32 additive tweak δ (32 bytes), absent at the key itself. */
  readonly derivation?: Uint8Array
  /** bip340: sign for the BIP341 output key of the (derived) key. */
  readonly taproot?: { readonly merkleRoot?: Uint8Array }
  /** Binds kind, path, payload bytes and options into the session ids (hex). */
  readonly binding: string
}

/**
 * Resolves a sign request against the key. Refusal('bad-request') for a malformed
 * payload, a hardened or malformed path, a path on an Ed25519 key, a kind the key's
 * scheme cannot sign, or Taproot options that do not fit — before any session starts.
 */
export function resolveSignTarget(key: SigningKeyFacts, request: Pick<SignRequest, 'payload' | 'message' | 'path'>): SignTarget {
  const payload = payloadOf(key.scheme, request)
  const indices = request.path ?? []
  if (indices.length > 0 && key.scheme === 'frost-ed25519') {
    throw new Refusal('bad-request', 'frost-ed25519 keys cannot sign at a derivation path: Ed25519 has no non-hardened derivation standard (SLIP-10 is hardened-only)')
  }
  const derived = guard(() => deriveKey(key.scheme, key.groupPublicKey, key.chainCode, indices), key.scheme === 'frost-ed25519')
  const taproot = taprootOf(key.scheme, payload)
  const signingKey = derived?.publicKey ?? key.groupPublicKey
  const decoded = guard(() => decodePayload(payload.kind, payload.data, {
    scheme: key.scheme,
    publicKey: signingKey,
    network: payload.network ?? 'mainnet',
    ...(taproot?.merkleRoot ? { taprootMerkleRoot: taproot.merkleRoot } : {}),
  }), false)!
  if (taproot) guard(() => taprootTweak(signingKey, taproot.merkleRoot), false)
  const path = formatDerivationPath(indices)
  const binding = createHash('sha256')
    .update(JSON.stringify({ kind: payload.kind, path, taproot: taproot ? hex(taproot.merkleRoot ?? new Uint8Array(0)) : null, network: payload.network ?? 'mainnet' }))
    .update(payload.data)
    .digest('hex')
  return {
    kind: payload.kind,
    path,
    digests: decoded.digests,
    decoded,
    ...(derived && indices.length > 0 ? { derivation: derived.tweak } : {}),
    ...(taproot ? { taproot } : {}),
    binding,
  }
}

/** A one-line, secret-free description of what is signed, for the node log. */
export function summaryLine(target: SignTarget): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(target.decoded.summary)) {
    if (typeof value === 'string') fields[name] = value.length > 80 ? `${value.slice(0, 77)}...` : value
    else if (typeof value === 'number' || typeof value === 'boolean' || value === null) fields[name] = value
    else if (typeof value === 'bigint') fields[name] = value.toString()
    else if (Array.isArray(value)) fields[name] = `${value.length} entries`
  }
  return { kind: target.kind, path: target.path, digests: target.digests.length, ...(target.taproot ? { taproot: true } : {}), summary: fields }
}

/** The legacy `message` field as a typed payload: ECDSA signs it as a digest, FROST as the message. */
export function payloadOf(scheme: KeyScheme, request: Pick<SignRequest, 'payload' | 'message'>): SignPayload {
  if (request.payload) return request.payload
  return { kind: scheme === 'ecdsa' ? 'digest' : 'bytes', data: request.message ?? new Uint8Array(0) }
}

function taprootOf(scheme: Scheme, payload: SignPayload): { merkleRoot?: Uint8Array } | undefined {
  const asked = payload.taproot === true || payload.taprootMerkleRoot !== undefined
  if (asked && scheme !== 'bip340') throw new Refusal('bad-request', `the Taproot tweak is for bip340 keys; this is a ${scheme} key`)
  if (scheme === 'bip340' && payload.kind === 'psbt') return payload.taprootMerkleRoot ? { merkleRoot: payload.taprootMerkleRoot } : {}
  if (!asked) return undefined
  if (payload.kind !== 'bytes' && payload.kind !== 'digest') throw new Refusal('bad-request', `the Taproot flag applies to bytes and digest payloads (psbt implies it); not to ${payload.kind}`)
  if (payload.taproot !== true) throw new Refusal('bad-request', 'a Taproot merkle root needs the Taproot flag')
  return payload.taprootMerkleRoot ? { merkleRoot: payload.taprootMerkleRoot } : {}
}

/** Runs `fn`, turning a payload or derivation refusal into a bad-request; `skip` returns undefined instead of running. */
function guard<T>(fn: () => T, skip: boolean): T | undefined {
  if (skip) return undefined
  try {
    return fn()
  } catch (err) {
    if (err instanceof PayloadError) throw new Refusal('bad-request', `payload refused (${err.code}): ${err.message}`)
    if (err instanceof DerivationError) throw new Refusal('bad-request', `derivation refused (${err.code}): ${err.message}`)
    throw err
  }
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex')
}
