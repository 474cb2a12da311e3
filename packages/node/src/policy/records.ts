// What the policy enforcement keeps in the keystore (encrypted secret records), so that
// it survives restarts: the policy in force, when each loosening proposal was first seen,
// the velocity ledger, announcements of time-locked requests (and their cancellations),
// and the state of every request id a request named explicitly (bound to its request
// hash; signed ones cannot run again). Everything is also held in memory.
import { createHash } from 'node:crypto'
import type { ApprovalSignature, Announcement, LedgerEntry, PolicyDocument } from '@thresh/policy'
import type { KeyStore } from '@thresh/store'

const CURRENT = 'policy/current'
const PROPOSAL = 'policy/proposal/'
const LEDGER = 'policy/ledger/'
const ANNOUNCE = 'policy/announce/'
const REQUEST = 'policy/request/'

export interface StoredAnnouncement extends Announcement {
  /** A cancel quorum's signatures: once present, the request never signs. */
  cancellations?: ApprovalSignature[]
}

export interface RequestState {
  requestHash: string
  signed: boolean
}

const json = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v))
const parse = <T>(b: Uint8Array): T => JSON.parse(new TextDecoder().decode(b)) as T
/** Record names hash the request id, so any id the wire admits makes a safe name. */
const idName = (requestId: string): string => createHash('sha256').update(requestId).digest('hex')

export class PolicyRecords {
  current: PolicyDocument | null = null
  readonly ledger: LedgerEntry[] = []
  private readonly proposals = new Map<string, number>()
  private readonly announcements = new Map<string, StoredAnnouncement>()
  private readonly requests = new Map<string, RequestState>()

  private constructor(private readonly store: KeyStore) {}

  static async open(store: KeyStore): Promise<PolicyRecords> {
    const r = new PolicyRecords(store)
    if (await store.hasSecret(CURRENT)) r.current = parse<PolicyDocument>(await store.getSecret(CURRENT))
    for (const name of await store.listSecretNames(PROPOSAL)) r.proposals.set(name.slice(PROPOSAL.length), parse<number>(await store.getSecret(name)))
    for (const name of await store.listSecretNames(LEDGER)) r.ledger.push(parse<LedgerEntry>(await store.getSecret(name)))
    for (const name of await store.listSecretNames(ANNOUNCE)) {
      const a = parse<StoredAnnouncement>(await store.getSecret(name))
      r.announcements.set(a.requestId, a)
    }
    for (const name of await store.listSecretNames(REQUEST)) {
      const s = parse<RequestState & { requestId: string }>(await store.getSecret(name))
      r.requests.set(s.requestId, { requestHash: s.requestHash, signed: s.signed })
    }
    return r
  }

  async setCurrent(document: PolicyDocument): Promise<void> {
    await this.store.putSecret(CURRENT, json(document))
    this.current = document
  }

  proposalSeen(policyHashHex: string): number | undefined {
    return this.proposals.get(policyHashHex)
  }

  async recordProposal(policyHashHex: string, at: number): Promise<void> {
    await this.store.putSecret(PROPOSAL + policyHashHex, json(at))
    this.proposals.set(policyHashHex, at)
  }

  /** Appends the entries of a request whose session starts, once per request id (a hedged or retried attempt is not counted twice). */
  async addLedger(entries: readonly LedgerEntry[]): Promise<void> {
    const fresh = entries.filter((e) => !this.ledger.some((l) => l.requestId === e.requestId))
    if (fresh.length === 0) return
    await this.store.batch(fresh.map((e, i) => ({
      type: 'putSecret' as const, name: `${LEDGER}${String(e.at).padStart(10, '0')}/${idName(e.requestId)}/${i}`, secret: json(e),
    })))
    this.ledger.push(...fresh)
  }

  announcement(requestId: string): StoredAnnouncement | undefined {
    return this.announcements.get(requestId)
  }

  async putAnnouncement(a: StoredAnnouncement): Promise<void> {
    await this.store.putSecret(ANNOUNCE + idName(a.requestId), json(a))
    this.announcements.set(a.requestId, a)
  }

  request(requestId: string): RequestState | undefined {
    return this.requests.get(requestId)
  }

  async putRequest(requestId: string, state: RequestState): Promise<void> {
    await this.store.putSecret(REQUEST + idName(requestId), json({ requestId, ...state }))
    this.requests.set(requestId, state)
  }
}
