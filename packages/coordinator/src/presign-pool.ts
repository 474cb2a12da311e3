// Presignatures on the SDK side (docs/sdk.md, Presignatures): presign() asks a signer
// set to run DKLs23 rounds 1-2 ahead of time, and the pool keeps what they report (public
// facts only: presign id, R, the key at the path; the secret halves stay in the nodes'
// memory). sign() takes a ready presignature for the exact key epoch, path and signer
// set, sends the one online request to its signers, combines their shares and verifies
// the signature; anything else (none ready, a node that restarted and lost it, a bad
// share) falls back to the full protocol.
//
// FROST keys (frost-online.ts) use the same pool: a presign request makes each signer
// commit ahead, and a ready presignature is every signer's (D_i, E_i) for one presign
// id, bound to no path. The path and Taproot tweak apply at online time: RFC 9591's
// binding factors hash the tweaked group key and the message, so the group commitment
// R is fixed only once both are — nothing to re-randomize (crypto frost/preprocess.ts).
// A share that fails RFC 9591 verify_signature_share names its signer: the attempt is
// reported (SignAttempt, reason culprit) and the full protocol runs without it.
import { randomBytes } from 'node:crypto'
import { combineDklsOnline, ProtocolAbort, PRESIGN_ID_BYTES, type DklsOnlineShare, type PartyIndex } from '@thresh/crypto'
import type { CoordRequest, CoordResponse, KeyInfo, PresignInfo } from '@thresh/wire'
import { ConfigError, ThreshError, type SignAttempt } from './errors.js'
import { combineFrostShares, frostOnlineRequest, readyFrost, type ReadyFrostPresignature } from './frost-online.js'
import type { Gathered, Outcome, Verdict } from './fan-out.js'
import { publicKeyAtPath } from './hd.js'
import { combineCggmpShares } from './cggmp-online.js'

/** ConnectOptions.presignatures: keep a pool per (key, signers, path) that sign() has used, refilled in the background. */
export interface PresignPoolOptions {
  /** Presignatures to hold per (key, signer set, path) once sign() has used one there. */
  readonly size: number
  /** Refill (back to `size`) when fewer than this are left; default half of `size`. */
  readonly refillBelow?: number
}

/** What every ready presignature says: whose, for which signers and path. */
export interface ReadyBase {
  readonly keyId: string
  readonly epoch: number
  /** As the presign request listed them. */
  readonly signers: readonly string[]
  /** ECDSA: the path bound at presign time; FROST: always empty (the path applies online). */
  readonly path: readonly number[]
  readonly presignId: Uint8Array
}

/** One ready ECDSA presignature: what every signer reported alike. */
export interface ReadyEcdsaPresignature extends PresignInfo, ReadyBase {}

export type ReadyPresignature = ReadyEcdsaPresignature | ReadyFrostPresignature

/** What sign() gives: a verified signature, or a failed attempt that named culprits (the caller signs without them). */
export type PresignedOutcome = { readonly signature: Uint8Array; readonly recoveryId: number; readonly signers: readonly string[] } | { readonly failed: SignAttempt }

export interface PresignHost {
  readonly signMs: number
  fanOut(peers: readonly string[], request: CoordRequest, options: { timeoutMs: number; judge: (o: Outcome) => Verdict }): Promise<Gathered>
}

/** Most presign ids per request (the wire's MAX_PRESIGN_BATCH); presign() splits larger counts. */
const BATCH = 64
/** Refusals after which a presignature (or every one a node held) is gone for good. */
const GONE: ReadonlySet<string> = new Set(['presign-unknown', 'presign-used', 'presign-mismatch', 'stale-epoch', 'unknown-key'])

const setKey = (signers: readonly string[]) => [...signers].sort().join(',')
const poolKey = (keyId: string, epoch: number, path: readonly number[], signers: readonly string[]) => `${keyId}/${epoch}/${path.join('/')}/${setKey(signers)}`

export class PresignPool {
  private readonly ready = new Map<string, ReadyPresignature[]>()
  private readonly refilling = new Set<string>()
  /** Signatures made with a presignature, and presignatures taken that gave none (the full protocol ran instead). */
  readonly stats = { signed: 0, fellBack: 0 }

  constructor(private readonly host: PresignHost, private readonly options: PresignPoolOptions | undefined) {
    if (options !== undefined) {
      const { size, refillBelow } = options
      if (!Number.isSafeInteger(size) || size < 1) throw new ConfigError('presignatures.size must be a positive integer', 'presignatures.size')
      if (refillBelow !== undefined && (!Number.isSafeInteger(refillBelow) || refillBelow < 0 || refillBelow > size)) {
        throw new ConfigError('presignatures.refillBelow must be an integer in 0..size', 'presignatures.size')
      }
    }
  }

  /** Presignatures ready for `key` (at its current epoch), optionally only at `path` (ECDSA; FROST ones serve every path). */
  count(key: KeyInfo, path?: readonly number[]): number {
    let n = 0
    // FROST presignatures serve every path
    const anyPath = !path || key.scheme !== 'ecdsa'
    for (const [k, list] of this.ready) if (k.startsWith(`${key.keyId}/${key.epoch}/`) && (anyPath || list[0]?.path.join('/') === path.join('/'))) n += list.length
    return n
  }

  /** Runs presign sessions at `signers` for `path`; adds what they all report alike to the pool. */
  async presign(key: KeyInfo, signers: readonly string[], pathAsked: readonly number[], count: number): Promise<ReadyPresignature[]> {
    if (key.scheme === 'ml-dsa-44') throw new ConfigError(`presignatures are for ecdsa and FROST keys; ${key.keyId} is a ${key.scheme} key`, 'keyId')
    if (!Number.isSafeInteger(count) || count < 1) throw new ConfigError('count must be a positive integer', 'count')
    const frost = key.scheme !== 'ecdsa'
    // RFC 9591 signing needs two or more signers (a lone signer of a 1-of-n key signs without rounds)
    if (frost && signers.length < 2) throw new ConfigError(`FROST presignatures need two or more signers; ${signers.length} given`, 'signers')
    const path = frost ? [] : pathAsked
    const expectedKey = frost ? undefined : publicKeyAtPath(key, path)
    const kind = frost ? 'frostPresigned' : 'presigned'
    const made: ReadyPresignature[] = []
    for (let done = 0; done < count; done += BATCH) {
      const presignIds = Array.from({ length: Math.min(BATCH, count - done) }, () => new Uint8Array(randomBytes(PRESIGN_ID_BYTES)))
      const request: CoordRequest = {
        kind: 'presign', keyId: key.keyId, epoch: key.epoch, signers: [...signers], presignIds, nonce: new Uint8Array(randomBytes(32)), issuedAt: 0,
        ...(path.length > 0 ? { path: [...path] } : {}),
      }
      const gathered = await this.host.fanOut(signers, request, { timeoutMs: this.host.signMs * presignIds.length, judge: (o) => (reply(o)?.kind === kind ? 'ok' : 'failure') })
      const reports = gathered.outcomes.map((o) => reply(o))
      const failed = gathered.outcomes.filter((_, i) => reports[i]?.kind !== kind)
      if (failed.length > 0 || gathered.silent.length > 0) {
        const detail = failed.map((o) => `${o.peerId}: ${describe(o)}`).concat(gathered.silent.map((p) => `${p}: no answer`))
        throw new ThreshError('node', `presign with key ${key.keyId} by ${signers.join(', ')} failed (${detail.join('; ')})`)
      }
      if (frost) {
        made.push(...readyFrost(key, signers, presignIds, gathered.outcomes.map((o, i) => [o.peerId, (reports[i] as Extract<CoordResponse, { kind: 'frostPresigned' }>).commitments] as const)))
        continue
      }
      const lists = reports.map((r) => (r as Extract<CoordResponse, { kind: 'presigned' }>).presignatures)
      presignIds.forEach((id, i) => {
        const first = lists[0]![i]
        const alike = first !== undefined && lists.every((l) => l.length === presignIds.length && sameInfo(l[i]!, first))
        // a node reporting another R or key than the others, or a key the SDK does not derive, makes that presignature useless
        if (!alike || !equal(first.presignId, id) || !equal(first.publicKey, expectedKey!)) return
        made.push({ ...first, keyId: key.keyId, epoch: key.epoch, signers: [...signers], path: [...path] })
      })
    }
    const k = poolKey(key.keyId, key.epoch, path, signers)
    this.ready.set(k, [...(this.ready.get(k) ?? []), ...made])
    return made
  }

  /**
   * Signs `digest` with a ready presignature for (key, path), of `signers` exactly when
   * given: undefined when none is ready or it fails (the caller runs the full protocol).
   * `sign` is the sign request the nodes judge (payload, path, policy fields).
   */
  async sign(key: KeyInfo, pathAsked: readonly number[], signers: readonly string[] | undefined, digest: Uint8Array, sign: Extract<CoordRequest, { kind: 'sign' }>): Promise<PresignedOutcome | undefined> {
    const frost = key.scheme !== 'ecdsa'
    // FROST presignatures serve every path: the nodes apply it online
    const path = frost ? [] : pathAsked
    const ready = this.take(key, path, signers)
    if (!ready) return undefined
    this.refill(key, ready.signers, path)
    const online = { ...sign, signers: [...ready.signers], epoch: key.epoch }
    const request: CoordRequest = 'commitments' in ready ? frostOnlineRequest(ready, online) : { kind: 'onlineSign', presignId: ready.presignId, sign: online }
    const answer = frost ? 'frostShare' : key.engine === 'cggmp' ? 'cggmpOnlineShare' : 'onlineShare'
    const gathered = await this.host.fanOut(ready.signers, request, { timeoutMs: this.host.signMs, judge: (o) => (reply(o)?.kind === answer ? 'ok' : 'failure') })
    const shares = new Map<PartyIndex, DklsOnlineShare>()
    const zs = new Map<PartyIndex, Uint8Array>()
    const sigmas = new Map<PartyIndex, Uint8Array>() // CGGMP keys
    for (const o of gathered.outcomes) {
      const r = reply(o)
      if (r?.kind === 'onlineShare') shares.set(key.parties.indexOf(o.peerId) + 1, r)
      else if (r?.kind === 'frostShare') zs.set(key.parties.indexOf(o.peerId) + 1, r.z)
      else if (r?.kind === 'cggmpOnlineShare') sigmas.set(key.parties.indexOf(o.peerId) + 1, r.sigma)
      // a node that lost its presignatures (a restart, an epoch change) lost all of them
      else if (r?.kind === 'error' && GONE.has(r.code)) this.dropPeer(key.keyId, o.peerId)
    }
    if ('commitments' in ready) {
      if (zs.size !== ready.signers.length) return this.fellBack(ready, gathered.outcomes)
      const done = combineFrostShares(key, ready, pathAsked, online, digest, zs)
      if ('failed' in done) this.stats.fellBack++
      else this.stats.signed++
      return done
    }
    if ((key.engine === 'cggmp' ? sigmas.size : shares.size) !== ready.signers.length) return this.fellBack(ready, gathered.outcomes)
    try {
      const sig = key.engine === 'cggmp'
        ? combineCggmpShares(ready, digest, sigmas)
        : combineDklsOnline({ instancePoint: ready.instancePoint, publicKey: ready.publicKey, presignId: ready.presignId, digest }, shares)
      this.stats.signed++
      return { signature: Uint8Array.from([...sig.r, ...sig.s]), recoveryId: sig.recovery, signers: ready.signers }
    } catch (err) {
      if (!(err instanceof ProtocolAbort)) throw err
      this.stats.fellBack++
      return undefined
    }
  }

  /** No signature from `ready`: back into the pool if every signer refused before using it (a policy denial, a malformed payload). */
  private fellBack(ready: ReadyPresignature, outcomes: readonly Outcome[]): undefined {
    this.stats.fellBack++
    const untouched = outcomes.length === ready.signers.length && outcomes.every((o) => {
      const r = reply(o)
      return r?.kind === 'error' && (r.code === 'policy-denied' || r.code === 'bad-request')
    })
    if (untouched) this.putBack(ready)
    return undefined
  }

  /** Takes one ready presignature out of the pool (never handed out twice); other epochs' are dropped. */
  private take(key: KeyInfo, path: readonly number[], signers: readonly string[] | undefined): ReadyPresignature | undefined {
    for (const k of [...this.ready.keys()]) if (k.startsWith(`${key.keyId}/`) && !k.startsWith(`${key.keyId}/${key.epoch}/`)) this.ready.delete(k)
    const prefix = `${key.keyId}/${key.epoch}/${path.join('/')}/`
    const wanted = signers ? `${prefix}${setKey(signers)}` : undefined
    for (const [k, list] of this.ready) {
      if (!k.startsWith(prefix) || (wanted && k !== wanted) || list.length === 0) continue
      return list.shift()
    }
    if (wanted && this.options) this.refill(key, signers!, path)
    return undefined
  }

  /** Background refill of the (key, signers, path) pool when the options ask for one. */
  private refill(key: KeyInfo, signers: readonly string[], path: readonly number[]): void {
    if (!this.options) return
    const k = poolKey(key.keyId, key.epoch, path, signers)
    const have = this.ready.get(k)?.length ?? 0
    if (have >= (this.options.refillBelow ?? Math.floor(this.options.size / 2)) || this.refilling.has(k)) return
    this.refilling.add(k)
    this.presign(key, signers, path, this.options.size - have)
      .catch(() => undefined) // the pool stays short; sign() falls back to the full protocol meanwhile
      .finally(() => this.refilling.delete(k))
  }

  private putBack(ready: ReadyPresignature): void {
    const k = poolKey(ready.keyId, ready.epoch, ready.path, ready.signers)
    this.ready.set(k, [ready, ...(this.ready.get(k) ?? [])])
  }

  private dropPeer(keyId: string, peer: string): void {
    for (const [k, list] of this.ready) if (k.startsWith(`${keyId}/`) && list[0]?.signers.includes(peer)) this.ready.delete(k)
  }
}

function reply(o: Outcome): CoordResponse | undefined {
  return o.kind === 'response' ? o.response : undefined
}

function describe(o: Outcome): string {
  if (o.kind === 'unreachable') return `unreachable (${o.detail})`
  return o.response.kind === 'error' ? `${o.response.code}: ${o.response.message}` : `answered ${o.response.kind}`
}

function sameInfo(a: PresignInfo, b: PresignInfo): boolean {
  return equal(a.presignId, b.presignId) && equal(a.instancePoint, b.instancePoint) && equal(a.publicKey, b.publicKey)
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}
