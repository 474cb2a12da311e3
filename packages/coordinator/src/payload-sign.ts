// The SDK side of typed signing: the wire form of a payload, the digests the SDK
// computes itself with @thresh/chains (the same decoder the nodes run), and the check
// of every signature the nodes return against the derived key, with noble's standard
// verifiers (verify.ts) — a node answer is never returned unverified.
import { schnorr } from '@noble/curves/secp256k1.js'
import { decodePayload, PayloadError, type DecodedPayload } from '@thresh/chains'
import { formatDerivationPath, taprootTweak, type Scheme } from '@thresh/crypto'
import type { CoordResponse, KeyInfo, SignPayload } from '@thresh/wire'
import { ConfigError } from './errors.js'
import { checkedPath, publicKeyAtPath } from './hd.js'
import type { DigestSignature, SignPayloadInput } from './types.js'
import { verifyEcdsa, verifySchnorr } from './verify.js'

/** A payload resolved for one key: what goes on the wire and what the answer must verify under. */
export interface PreparedPayload {
  readonly wire: SignPayload
  readonly path: number[]
  readonly pathText: string
  readonly decoded: DecodedPayload
  /** Derived compressed key, or the x-only BIP341 output key for a Taproot signature. */
  readonly verifyKey: Uint8Array
  readonly taproot: boolean
}

export function preparePayload(key: KeyInfo, payload: SignPayloadInput, pathInput: string | readonly number[] | undefined): PreparedPayload {
  if (typeof payload !== 'object' || payload === null) throw new ConfigError('payload must be { kind, data }', 'payload')
  if (key.scheme === 'ml-dsa-44') throw new ConfigError(`key ${key.keyId} is an ml-dsa-44 key: it signs raw message bytes, sign({ keyId, message })`, 'payload')
  const path = checkedPath(key.scheme, pathInput ?? [])
  const signingKey = publicKeyAtPath(key, path)
  const wire = wireForm(payload)
  const taproot = key.scheme === 'bip340' && (wire.kind === 'psbt' || wire.taproot === true)
  if ((wire.taproot === true || wire.taprootMerkleRoot !== undefined) && key.scheme !== 'bip340') {
    throw new ConfigError(`the Taproot options are for bip340 keys; key ${key.keyId} is a ${key.scheme} key`, 'payload')
  }
  let decoded: DecodedPayload
  try {
    decoded = decodePayload(wire.kind, wire.data, {
      scheme: key.scheme,
      publicKey: signingKey,
      network: wire.network ?? 'mainnet',
      ...(wire.taprootMerkleRoot ? { taprootMerkleRoot: wire.taprootMerkleRoot } : {}),
    })
  } catch (err) {
    if (err instanceof PayloadError) throw new ConfigError(`${wire.kind} payload refused (${err.code}): ${err.message}`, 'payload')
    throw err
  }
  const verifyKey = taproot ? taprootTweak(signingKey, wire.taprootMerkleRoot).outputKey : signingKey
  return { wire, path, pathText: formatDerivationPath(path), decoded, verifyKey, taproot }
}

/** Every signature of a node's answer, verified; undefined if any is missing or invalid. */
export function verifiedSignatures(scheme: Scheme, prepared: PreparedPayload, response: Extract<CoordResponse, { kind: 'sign' }>): DigestSignature[] | undefined {
  const entries = response.signatures ?? [{ signature: response.signature, recoveryId: response.recoveryId }]
  const digests = prepared.decoded.digests
  if (entries.length !== digests.length) return undefined
  const out: DigestSignature[] = []
  for (const [i, entry] of entries.entries()) {
    const digest = digests[i]!
    if (scheme === 'ecdsa') {
      const parts = verifyEcdsa(prepared.verifyKey, digest, entry.signature, entry.recoveryId)
      if (!parts) return undefined
      out.push({ digest, signature: entry.signature, ...parts })
      continue
    }
    const valid = prepared.taproot
      ? safe(() => schnorr.verify(entry.signature, digest, prepared.verifyKey))
      : verifySchnorr(scheme, prepared.verifyKey, digest, entry.signature)
    if (!valid) return undefined
    out.push({ digest, signature: entry.signature })
  }
  return out
}

function wireForm(payload: SignPayloadInput): SignPayload {
  const { kind } = payload
  const data = dataBytes(payload)
  const extra = payload as { taproot?: unknown; taprootMerkleRoot?: unknown; network?: unknown }
  if (extra.taprootMerkleRoot !== undefined && (!(extra.taprootMerkleRoot instanceof Uint8Array) || extra.taprootMerkleRoot.length !== 32)) {
    throw new ConfigError('taprootMerkleRoot must be 32 bytes', 'payload')
  }
  if (extra.network !== undefined && extra.network !== 'mainnet' && extra.network !== 'testnet' && extra.network !== 'regtest') {
    throw new ConfigError('network must be mainnet, testnet or regtest', 'payload')
  }
  return {
    kind,
    data,
    ...(extra.taproot === true ? { taproot: true } : {}),
    ...(extra.taprootMerkleRoot instanceof Uint8Array ? { taprootMerkleRoot: Uint8Array.from(extra.taprootMerkleRoot) } : {}),
    ...(typeof extra.network === 'string' ? { network: extra.network as 'mainnet' } : {}),
  }
}

function dataBytes(payload: SignPayloadInput): Uint8Array {
  const { data } = payload
  if (data instanceof Uint8Array) return Uint8Array.from(data)
  if (payload.kind === 'eip712') {
    const json = typeof data === 'string' ? data : JSON.stringify(data, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))
    return new TextEncoder().encode(json)
  }
  if (typeof data === 'string' && /^0x([0-9a-fA-F]{2})*$/.test(data)) return Uint8Array.from(Buffer.from(data.slice(2), 'hex'))
  throw new ConfigError(`${payload.kind} payload data must be bytes${payload.kind === 'evm-tx' || payload.kind === 'eip191' || payload.kind === 'solana-tx' ? ' or 0x-hex' : ''}`, 'payload')
}

function safe(fn: () => boolean): boolean {
  try {
    return fn()
  } catch {
    return false
  }
}
