// Canonical, unambiguous encodings of what approvers and admins sign. Every variable-length
// field is length-prefixed and every encoding starts with its own domain tag, so no two
// different requests (or a request and a policy) share an encoding.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js'
import canonicalize from 'canonicalize'
import type { RequestContext } from './context.js'
import { ContextError } from './errors.js'

const REQUEST_TAG = utf8ToBytes('thresh/approval/v1\0')
const CANCEL_TAG = utf8ToBytes('thresh/cancel/v1\0')
const POLICY_TAG = utf8ToBytes('thresh/policy/v1\0')
const PAYLOAD_TAG = utf8ToBytes('thresh/payload/v1\0')

class Writer {
  private parts: Uint8Array[] = []
  bytes(b: Uint8Array): this { this.parts.push(b); return this }
  u32(n: number): this { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, n); return this.bytes(b) }
  u64(n: bigint): this { const b = new Uint8Array(8); new DataView(b.buffer).setBigUint64(0, n); return this.bytes(b) }
  string(s: string): this { const b = utf8ToBytes(s); return this.u32(b.length).bytes(b) }
  digest(): Uint8Array {
    const h = sha256.create()
    for (const p of this.parts) h.update(p)
    return h.digest()
  }
}

/**
 * SHA-256 of the request as approvers sign it: tag, operation, key id, epoch, path (count +
 * u32 each), payload hash (32 bytes), request id, expiry (u64 unix seconds).
 */
export function requestHash(ctx: RequestContext): Uint8Array {
  if (!/^[0-9a-f]{64}$/.test(ctx.payloadHash)) throw new ContextError('request context: payloadHash is not 32 bytes of lowercase hex')
  if (!Number.isSafeInteger(ctx.expiresAt) || ctx.expiresAt < 0) throw new ContextError('request context: expiresAt is not a unix time')
  const epoch = BigInt(ctx.epoch)
  if (epoch < 0n || epoch >= 2n ** 64n) throw new ContextError('request context: epoch is out of range')
  const w = new Writer().bytes(REQUEST_TAG).string(ctx.operation).string(ctx.keyId).u64(epoch).u32(ctx.path.length)
  for (const i of ctx.path) {
    if (!Number.isInteger(i) || i < 0 || i >= 2 ** 31) throw new ContextError('request context: path has a non-BIP32 non-hardened index')
    w.u32(i)
  }
  return w.bytes(hexToBytes(ctx.payloadHash)).string(ctx.requestId).u64(BigInt(ctx.expiresAt)).digest()
}

/** A sign request's payload as the wire carries it (kind, bytes and the options that change what is signed). */
export interface SignedPayload {
  kind: string
  data: Uint8Array
  network?: string
  taproot?: boolean
  taprootMerkleRoot?: Uint8Array
}

/**
 * The context's payloadHash (lowercase hex): SHA-256 over tag, kind, network ('' when
 * unset), the Taproot flag (u32 0/1), the merkle root (length-prefixed) and the payload
 * bytes (length-prefixed). Node and SDK compute it from the same request fields.
 */
export function payloadHash(p: SignedPayload): string {
  return bytesToHex(new Writer().bytes(PAYLOAD_TAG).string(p.kind).string(p.network ?? '').u32(p.taproot === true ? 1 : 0)
    .u32(p.taprootMerkleRoot?.length ?? 0).bytes(p.taprootMerkleRoot ?? new Uint8Array(0)).u32(p.data.length).bytes(p.data).digest())
}

/** What a cancel quorum signs to cancel a time-locked request. */
export function cancelHash(reqHash: Uint8Array): Uint8Array {
  return new Writer().bytes(CANCEL_TAG).bytes(reqHash).digest()
}

/** SHA-256 over the RFC 8785 (JCS) canonical JSON of a policy document: what admins sign. */
export function policyHash(document: unknown): Uint8Array {
  const json = canonicalize(document)
  if (json === undefined) throw new TypeError('policy document is not JSON')
  return new Writer().bytes(POLICY_TAG).bytes(utf8ToBytes(json)).digest()
}
