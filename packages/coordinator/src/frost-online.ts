// The FROST half of the SDK's presignature pool (presign-pool.ts), RFC 9591's
// coordinator role: keep every signer's commitments per presign id, send the online
// request with the commitment list, aggregate the shares for the key at the request's
// path (and BIP341 output key), verify, and name a signer whose share fails §5.4.
//
// Derivation is applied here at online time, as the nodes do: the binding factors hash
// the tweaked group key and the message (RFC 9591 §4.4), so R is fixed only once path,
// Taproot tweak and message are; no presign-time binding or re-randomization is needed
// (crypto frost/preprocess.ts explains why).
import {
  combineFrostOnline, deriveKey, ProtocolAbort, tweakFrostPublicKey, type FrostPublicKey, type FrostScheme, type FrostTweak, type PartyIndex,
} from '@thresh/crypto'
import type { CoordRequest, FrostPresignInfo, KeyInfo, SignRequest } from '@thresh/wire'
import type { PresignedOutcome, ReadyBase } from './presign-pool.js'

/** One ready FROST presignature: every signer's commitments for one presign id. */
export interface ReadyFrostPresignature extends ReadyBase {
  /** Peer id -> (D_i, E_i), for every signer. */
  readonly commitments: ReadonlyMap<string, { readonly hiding: Uint8Array; readonly binding: Uint8Array }>
}

/** The presignatures every signer reported commitments for, in presign id order. */
export function readyFrost(
  key: KeyInfo, signers: readonly string[], presignIds: readonly Uint8Array[], reports: readonly (readonly [string, readonly FrostPresignInfo[]])[],
): ReadyFrostPresignature[] {
  const pointLength = key.scheme === 'frost-ed25519' ? 32 : 33
  const made: ReadyFrostPresignature[] = []
  presignIds.forEach((presignId, i) => {
    const commitments = new Map<string, { hiding: Uint8Array; binding: Uint8Array }>()
    for (const [peer, list] of reports) {
      const c = list.length === presignIds.length ? list[i] : undefined
      // a node that answers for another id or curve makes that presignature useless
      if (!c || !equal(c.presignId, presignId) || c.hiding.length !== pointLength || c.binding.length !== pointLength) return
      commitments.set(peer, { hiding: c.hiding, binding: c.binding })
    }
    if (signers.every((s) => commitments.has(s))) made.push({ keyId: key.keyId, epoch: key.epoch, signers: [...signers], path: [], presignId, commitments })
  })
  return made
}

/** The online request: `sign` (signers and epoch set) and the commitment list. */
export function frostOnlineRequest(ready: ReadyFrostPresignature, sign: SignRequest): CoordRequest {
  return {
    kind: 'frostOnlineSign',
    sign,
    commitments: ready.signers.map((signer) => ({ signer, presignId: ready.presignId, ...ready.commitments.get(signer)! })),
  }
}

/**
 * §5.3 aggregation for the key at `path` (and its BIP341 output key when the payload asks
 * for one), checked with the verification equation; a share failing §5.4 names its
 * signer in a failed attempt. The caller (coordinator.ts signPresigned) verifies the
 * signature again with the SDK's standard verifier (verify.ts) before returning it.
 */
export function combineFrostShares(
  key: KeyInfo, ready: ReadyFrostPresignature, path: readonly number[], sign: SignRequest, message: Uint8Array, shares: ReadonlyMap<PartyIndex, Uint8Array>,
): PresignedOutcome {
  const party = (peer: string) => key.parties.indexOf(peer) + 1
  const list = ready.signers.map((s) => ({ signer: party(s), ...ready.commitments.get(s)! }))
  const tweak = tweakOf(key, path, sign)
  const base = publicKeyOf(key)
  const signing = tweak ? tweakFrostPublicKey(base, tweak) : base
  try {
    return { signature: combineFrostOnline(signing, list, message, shares), recoveryId: 0, signers: ready.signers }
  } catch (err) {
    if (!(err instanceof ProtocolAbort)) throw err
    const detail = 'its FROST signature share fails RFC 9591 verify_signature_share (with a presignature)'
    return {
      failed: {
        signers: ready.signers,
        failures: err.culprits.map((p) => ({ peerId: key.parties[p - 1]!, reason: 'culprit' as const, detail })),
        accusations: [],
      },
    }
  }
}

/** The BIP32 tweak of `path` and the Taproot tweak, as the nodes derive them (sign-payload.ts). */
function tweakOf(key: KeyInfo, path: readonly number[], sign: SignRequest): FrostTweak | undefined {
  const payload = sign.payload
  const taproot = key.scheme === 'bip340' && payload !== undefined && (payload.kind === 'psbt' || payload.taproot === true)
    ? (payload.taprootMerkleRoot ? { merkleRoot: payload.taprootMerkleRoot } : {})
    : undefined
  const derivation = path.length > 0 ? deriveKey(key.scheme as FrostScheme, key.groupPublicKey, key.chainCode, path).tweak : undefined
  if (!derivation && !taproot) return undefined
  return { ...(derivation ? { derivation } : {}), ...(taproot ? { taproot } : {}) }
}

function publicKeyOf(key: KeyInfo): FrostPublicKey {
  return {
    scheme: key.scheme as FrostScheme,
    threshold: key.threshold,
    parties: key.parties.map((_, i) => i + 1),
    publicShares: new Map(key.publicShares.map((share, i) => [i + 1, share] as const)),
    groupPublicKey: key.groupPublicKey,
  }
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}
