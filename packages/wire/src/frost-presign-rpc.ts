// The FROST half of the presignature RPC (proto: PresignInfo hiding/binding 70-71,
// OnlineSignRequest.commitments 70, OnlineShareResult.z 70; crypto frost/preprocess.ts).
// A presign request is the ECDSA one; what differs is each node's answer (its own
// commitments per presign id), the online request (the commitment list) and the share.
// Decoders are strict: lengths, points (canonical, on the curve, not the identity, in
// the prime-order subgroup; the curve follows from the length, one curve per list),
// distinct signers that are exactly the sign request's, scalars below the group order.
import type { thresh } from '../gen/thresh.js'
import { WireError } from './errors.js'
import { bytes, distinct, list, present } from './fields.js'
import { MAX_PARTIES } from './limits.js'
import { peerIdString } from './peer-ids.js'
import { validPoint, validScalar } from './points.js'

/** Bytes of a presign id. */
export const PRESIGN_ID_BYTES = 32

/** One node's round-1 commitments for one presign id (FROST keys). */
export interface FrostPresignInfo {
  readonly presignId: Uint8Array
  /** D_i: 33 bytes (secp256k1 schemes) or 32 (Ed25519). */
  readonly hiding: Uint8Array
  /** E_i */
  readonly binding: Uint8Array
}

/** One entry of the online request's commitment list. */
export interface WireFrostCommitment extends FrostPresignInfo {
  /** Peer id of the signer, one of the sign request's signers. */
  readonly signer: string
}

type WirePresignInfo = thresh.v1.PresignInfo.$Properties

export function frostPresignInfoToWire(p: FrostPresignInfo): WirePresignInfo {
  return { presignId: p.presignId, hiding: p.hiding, binding: p.binding }
}

/** Whether a PresignInfo on the wire is a FROST one (it carries commitments). */
export function isFrostPresignInfo(p: WirePresignInfo): boolean {
  return (p.hiding?.length ?? 0) > 0 || (p.binding?.length ?? 0) > 0
}

export function frostPresignInfosFromWire(all: readonly WirePresignInfo[], field: string): FrostPresignInfo[] {
  let length: number | undefined
  return all.map((p, i) => {
    const at = `${field}[${i}]`
    if ((p.instancePoint?.length ?? 0) > 0 || (p.publicKey?.length ?? 0) > 0) {
      throw new WireError('invalid-field', `${at} mixes ECDSA (instance_point, public_key) and FROST (hiding, binding) fields`, at)
    }
    const [hiding, binding] = points([p.hiding, p.binding], [`${at}.hiding`, `${at}.binding`], length)
    length = hiding.length
    return { presignId: bytes(p.presignId, `${at}.presign_id`, PRESIGN_ID_BYTES), hiding, binding }
  })
}

/** The commitment list of an online request: 2..MAX_PARTIES distinct signers, exactly `signers`. */
export function frostCommitmentsFromWire(value: readonly thresh.v1.FrostCommitment.$Properties[], signers: readonly string[], field: string): WireFrostCommitment[] {
  let length: number | undefined
  const entries = list(value, field, 2, MAX_PARTIES).map((c, i) => {
    const at = `${field}[${i}]`
    const [hiding, binding] = points([c.hiding, c.binding], [`${at}.hiding`, `${at}.binding`], length)
    length = hiding.length
    return { signer: peerIdString(c.signer, `${at}.signer`), presignId: bytes(c.presignId, `${at}.presign_id`, PRESIGN_ID_BYTES), hiding, binding }
  })
  distinct(entries, field, (c) => c.signer)
  if (entries.length !== signers.length || entries.some((c) => !signers.includes(c.signer))) {
    throw new WireError('invalid-field', `${field} must hold one entry for each signer of the sign request, and no other`, field)
  }
  return entries
}

export function frostCommitmentToWire(c: WireFrostCommitment): thresh.v1.FrostCommitment.$Properties {
  return { signer: c.signer, presignId: c.presignId, hiding: c.hiding, binding: c.binding }
}

/**
 * A share z_i: 32 bytes below the secp256k1 order (the larger of the two groups). The
 * Ed25519 range is the combiner's check, which names the sender of a share out of range.
 */
export function frostShareFromWire(value: Uint8Array | null | undefined, field: string): Uint8Array {
  return validScalar('secp256k1', present(value, field), field, true)
}

/** Two points of one curve (by length: 33 secp256k1, 32 Ed25519), the same curve as `length` when given. */
function points(values: readonly [Uint8Array | null | undefined, Uint8Array | null | undefined], fields: readonly string[], length: number | undefined): [Uint8Array, Uint8Array] {
  const [hiding, binding] = values.map((v, i) => {
    const got = v ?? new Uint8Array(0)
    const curve = got.length === 33 ? 'secp256k1' : got.length === 32 ? 'ed25519' : undefined
    if (curve === undefined || (length !== undefined && got.length !== length)) {
      throw new WireError('invalid-field', `${fields[i]} must be a ${length ?? '33- or 32'}-byte point, got ${got.length} bytes`, fields[i])
    }
    length = got.length
    return validPoint(curve, got, fields[i]!)
  })
  return [hiding!, binding!]
}
