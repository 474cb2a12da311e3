// `thresh approve`, `thresh announce`, `thresh policy request|sign|get|set|diff|test`
// (docs/policy.md, "Running it in a node"). A request file holds the canonical request
// approvers sign; approvals and admin signatures are JSON lists that several approvers
// append to. Approving runs offline: the approver's key never meets the network.
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import { isLoosening, loadPolicy, policyHash, type PolicyDocument } from '@thresh/policy'
import type { SignPayload } from '@thresh/wire'
import type { Coordinator } from '../coordinator.js'
import { ConfigError } from '../errors.js'
import { approve, approveCancel, approvePolicy, policyRequestOf, type Approval, type ApproverKey, type NodeAnswer, type PolicyRequest } from '../policy.js'
import type { KeyInfo, SignPayloadInput } from '../types.js'
import { formatTable, labelled } from './text.js'

export interface PolicyValues {
  readonly key?: string | undefined
  readonly path?: string | undefined
  readonly out?: string | undefined
  readonly request?: string | undefined
  readonly approvals?: string | undefined
  readonly 'approver-key'?: string | undefined
  readonly cancel?: boolean | undefined
  readonly file?: string | undefined
  readonly signatures?: string | undefined
  readonly 'payload-kind'?: string | undefined
  readonly 'payload-hex'?: string | undefined
  readonly 'request-id'?: string | undefined
  readonly 'expires-at'?: string | undefined
}

interface Output {
  readonly text: string
  readonly json: unknown
}

/** The request file: what `thresh approve` signs and `thresh sign --request` / `announce` send. */
interface RequestFile {
  keyId: string
  scheme: string
  epoch: number
  path: number[]
  payload: { kind: SignPayload['kind']; hex: string }
  requestId: string
  expiresAt: number
  /** requestHash, hex: recomputed from the fields above before anything is signed. */
  hash: string
}

const need = (value: string | undefined, flag: string): string => {
  if (value === undefined) throw new ConfigError(`${flag} is required`, flag)
  return value
}

async function readJson<T>(file: string, what: string): Promise<T> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch (err) {
    throw new ConfigError(`${what} ${file}: ${(err as Error).message}`, what)
  }
}

/** Appends to a JSON list file (created when missing). */
async function appendTo(file: string, entry: Approval): Promise<number> {
  const list = existsSync(file) ? await readJson<Approval[]>(file, 'approvals file') : []
  const next = [...list.filter((a) => a.publicKey !== entry.publicKey), entry]
  await writeFile(file, JSON.stringify(next, null, 2) + '\n')
  return next.length
}

/** The request a file describes, its hash checked against its fields (an approver signs what it reads). */
export async function readRequest(file: string): Promise<PolicyRequest & { scheme: string }> {
  const r = await readJson<RequestFile>(file, 'request file')
  const payload: SignPayload = { kind: r.payload.kind, data: hexToBytes(r.payload.hex) }
  const key = { keyId: r.keyId, scheme: r.scheme, epoch: r.epoch } as KeyInfo
  const request = policyRequestOf(key, payload, r.path, r.requestId, r.expiresAt)
  if (bytesToHex(request.hash) !== r.hash) throw new ConfigError(`request file ${file}: its hash does not match its fields`, 'request')
  return { ...request, scheme: r.scheme }
}

async function approverKey(file: string): Promise<ApproverKey> {
  const k = await readJson<{ type: ApproverKey['type']; secretKey: string }>(file, 'approver key file')
  return { type: k.type, secretKey: hexToBytes(k.secretKey) }
}

/** `thresh approve --request FILE --approver-key FILE [--cancel] [--out APPROVALS]`: offline. */
export async function approveCommand(v: PolicyValues): Promise<Output> {
  const request = await readRequest(need(v.request, '--request'))
  const key = await approverKey(need(v['approver-key'], '--approver-key'))
  const approval = v.cancel ? approveCancel(request, key) : approve(request, key)
  const count = v.out ? await appendTo(v.out, approval) : undefined
  const what = v.cancel ? 'cancellation' : 'approval'
  return {
    text: labelled([['request', `${request.requestId} (key ${request.keyId}, expires ${new Date(request.expiresAt * 1000).toISOString()})`], [what, approval.publicKey], ...(count !== undefined ? [['file', `${v.out} (${count} signatures)`] as [string, string]] : [])]),
    json: { [what]: approval, ...(count !== undefined ? { count } : {}) },
  }
}

/** `thresh policy request --key ID --payload-kind K --payload-hex HEX [--path P] [--request-id ID] [--expires-at T] --out FILE`. */
async function requestCommand(c: Coordinator, v: PolicyValues): Promise<Output> {
  const keyId = need(v.key, '--key')
  const kind = need(v['payload-kind'], '--payload-kind') as SignPayloadInput['kind']
  const payload = { kind, data: hexToBytes(need(v['payload-hex'], '--payload-hex').replace(/^0x/, '')) } as SignPayloadInput
  const expiresAt = v['expires-at'] === undefined ? undefined : Number(v['expires-at'])
  const request = await c.policyRequest({ keyId, payload, ...(v.path ? { path: v.path } : {}), ...(v['request-id'] ? { requestId: v['request-id'] } : {}), ...(expiresAt !== undefined ? { expiresAt } : {}) })
  const key = await c.publicKey(keyId)
  const file: RequestFile = {
    keyId, scheme: key.scheme, epoch: request.epoch, path: [...request.path], payload: { kind: request.payload.kind, hex: bytesToHex(request.payload.data) },
    requestId: request.requestId, expiresAt: request.expiresAt, hash: bytesToHex(request.hash),
  }
  await writeFile(need(v.out, '--out'), JSON.stringify(file, null, 2) + '\n')
  return { text: labelled([['request', request.requestId], ['hash', file.hash], ['file', v.out!]]), json: file }
}

function answers<T>(list: readonly NodeAnswer<T>[], row: (value: T) => string[], header: string[]): Output {
  const rows = list.map((a) => [a.peerId, ...(a.ok ? row(a.value) : [`${a.code}: ${a.message}`])])
  return { text: formatTable(['node', ...header], rows), json: list }
}

/** `thresh announce --request FILE [--cancel --approvals FILE]`. */
export async function announceCommand(c: Coordinator, v: PolicyValues): Promise<Output> {
  const request = await readRequest(need(v.request, '--request'))
  const cancellations = v.cancel ? await readJson<Approval[]>(need(v.approvals, '--approvals'), 'approvals file') : []
  const list = await c.announce(request, { cancellations })
  return answers(list, (a) => [new Date(a.announcedAt * 1000).toISOString(), a.signableAt === 0 ? '-' : new Date(a.signableAt * 1000).toISOString(), a.cancelled ? 'cancelled' : ''], ['announced', 'signable from', ''])
}

function documentOf(text: unknown, file: string): PolicyDocument {
  try {
    return loadPolicy(text as PolicyDocument).document
  } catch (err) {
    throw new ConfigError(`policy ${file}: ${(err as Error).message}`, 'file')
  }
}

/** Rule-level differences from `current` to `next`, and whether a node would take it as loosening. */
function diff(current: PolicyDocument | null, next: PolicyDocument): { changes: string[]; loosening: boolean } {
  const changes: string[] = []
  const before = new Map((current?.rules ?? []).map((r) => [r.id, JSON.stringify(r)]))
  const after = new Map(next.rules.map((r) => [r.id, JSON.stringify(r)]))
  for (const [id, r] of after) if (!before.has(id)) changes.push(`+ rule ${id} (${JSON.parse(r).effect})`)
  for (const [id, r] of after) if (before.has(id) && before.get(id) !== r) changes.push(`~ rule ${id}`)
  for (const id of before.keys()) if (!after.has(id)) changes.push(`- rule ${id}`)
  const lb = new Map((current?.limits ?? []).map((l) => [l.id, JSON.stringify(l)]))
  const la = new Map((next.limits ?? []).map((l) => [l.id, JSON.stringify(l)]))
  for (const [id, l] of la) if (lb.get(id) !== l) changes.push(`${lb.has(id) ? '~' : '+'} limit ${id}`)
  for (const id of lb.keys()) if (!la.has(id)) changes.push(`- limit ${id}`)
  if (JSON.stringify(current?.abi ?? []) !== JSON.stringify(next.abi ?? [])) changes.push('~ abi')
  if (current?.scope !== next.scope) changes.push('~ scope')
  return { changes, loosening: isLoosening(current, next) }
}

/** `thresh policy get|set|diff|test|request|sign`. */
export async function policyCommand(c: Coordinator | undefined, sub: string | undefined, v: PolicyValues): Promise<Output> {
  if (sub === 'sign') {
    const file = need(v.file, '--file')
    const document = documentOf(await readJson(file, 'policy'), file)
    const signature = approvePolicy(document, await approverKey(need(v['approver-key'], '--approver-key')))
    const count = v.out ? await appendTo(v.out, signature) : undefined
    return { text: labelled([['policy', `version ${document.version}, hash ${bytesToHex(policyHash(document))}`], ['admin', signature.publicKey], ...(count !== undefined ? [['file', `${v.out} (${count} signatures)`] as [string, string]] : [])]), json: { signature, ...(count !== undefined ? { count } : {}) } }
  }
  if (c === undefined) throw new ConfigError(`policy ${sub ?? ''} needs the nodes`, 'policy')
  switch (sub) {
    case 'get':
      return answers(await c.getPolicy(), (p) => [p.enforced ? String(p.version || '-') : 'no policy', p.policyHash ? p.policyHash.slice(0, 16) : '-', p.document ? `${p.document.rules.length} rules, ${(p.document.limits ?? []).length} limits` : ''], ['version', 'hash', ''])
    case 'set': {
      const file = need(v.file, '--file')
      const document = documentOf(await readJson(file, 'policy'), file)
      const signatures = await readJson<Approval[]>(need(v.signatures, '--signatures'), 'signatures file')
      return answers(await c.setPolicy(document, signatures), (p) => [`now version ${p.version}`], ['result'])
    }
    case 'diff': {
      const file = need(v.file, '--file')
      const next = documentOf(await readJson(file, 'policy'), file)
      const list = await c.getPolicy()
      return answers(list, (p) => {
        const d = diff(p.document, next)
        return [`${p.version} -> ${next.version}`, d.loosening ? 'loosening' : 'tightening', d.changes.join('; ') || 'no change']
      }, ['version', 'kind', 'changes'])
    }
    case 'test': {
      const request = await readRequest(need(v.request, '--request'))
      const approvals = v.approvals ? await readJson<Approval[]>(v.approvals, 'approvals file') : []
      const document = v.file ? documentOf(await readJson(v.file, 'policy'), v.file) : undefined
      const list = await c.testPolicy({
        keyId: request.keyId, payload: { kind: request.payload.kind, data: request.payload.data } as SignPayloadInput, path: request.path,
        policy: { requestId: request.requestId, expiresAt: request.expiresAt, approvals }, ...(document ? { document } : {}),
      })
      return answers(list, (d) => [d.decision, d.ruleId ?? '(default)', d.reason], ['decision', 'rule', 'reason'])
    }
    case 'request':
      return requestCommand(c, v)
    default:
      throw new ConfigError('policy takes get, set, diff, test, request or sign', 'policy')
  }
}

/** `thresh sign --request FILE [--approvals FILE]`: signs the request's payload with its approvals. */
export async function signRequestCommand(c: Coordinator, v: PolicyValues): Promise<Output> {
  const request = await readRequest(need(v.request, '--request'))
  const approvals = v.approvals ? await readJson<Approval[]>(v.approvals, 'approvals file') : []
  const sig = await c.sign({
    keyId: request.keyId, payload: { kind: request.payload.kind, data: request.payload.data } as SignPayloadInput, path: request.path,
    policy: { requestId: request.requestId, expiresAt: request.expiresAt, approvals },
  })
  const signatures = sig.signatures.map((s) => ({ signature: bytesToHex(s.signature), ...(s.recoveryId !== undefined ? { recoveryId: s.recoveryId } : {}) }))
  return {
    text: labelled([['key', `${sig.keyId} (${sig.scheme})`], ['request', request.requestId], ...signatures.map((s, i): [string, string] => [`signature ${i}`, s.signature + (s.recoveryId !== undefined ? ` (recovery id ${s.recoveryId})` : '')]), ['signers', sig.signers.join(', ')], ['verified', 'yes']]),
    json: { keyId: sig.keyId, requestId: request.requestId, signatures, signers: sig.signers, verified: true },
  }
}
