// Policy documents: the JSON format, and loading it into an evaluable policy. Loading is
// all-or-nothing: any error (bad expression, unknown field, duplicate id, bad quorum...)
// throws a PolicyError naming the rule, and nothing of the document is used.
import { celEnv, parse, plan, type CelEnv, type CelResult } from '@bufbuild/cel'
import { strings } from '@bufbuild/cel/ext'
import { parseAbiItem, toFunctionSelector, toFunctionSignature, type AbiFunction } from 'viem'
import { amountFunctions, isAmount } from './amount.js'
import { validateQuorum, type Quorum } from './approvers.js'
import { checkExpr } from './check.js'
import { PolicyError } from './errors.js'

export interface Rule {
  id: string
  effect: 'allow' | 'deny'
  /** A CEL expression over the request context (docs/policy.md lists every variable). */
  condition: string
  /** Shown in the decision; defaults to "allowed/denied by rule <id>". */
  reason?: string
  /** Allow rules only: what must also hold before the node joins the signing session. */
  require?: Requirements
}

export interface Requirements {
  approvals?: Quorum
  timeLock?: { delaySeconds: number; cancel?: Quorum }
}

/** A velocity limit: the sum of amounts spent on `chain` in any `windowSeconds`, grouped `per` key, destination or the whole chain, stays <= max. */
export interface Limit {
  id: string
  chain: string
  per: 'key' | 'destination' | 'chain'
  windowSeconds: number
  max: string
}

export interface PolicyDocument {
  /** Strictly increasing; an update must carry a higher version. */
  version: number
  /** Optional deployment name; admin signatures are bound to it (see update.ts). */
  scope?: string
  /** Function fragments used to decode EVM call data into evm.call (viem decodeFunctionData). */
  abi?: AbiFunction[]
  rules: Rule[]
  limits?: Limit[]
}

export interface CompiledRule {
  rule: Rule
  run: (bindings: Record<string, unknown>) => CelResult
}

export interface LoadedPolicy {
  document: PolicyDocument
  deny: CompiledRule[]
  allow: CompiledRule[]
  /** The ABI's functions by 4-byte selector ('0xa9059cbb'). */
  functions: Map<string, AbiFunction>
}

/** The CEL environment every condition runs in: the standard library, the strings extension and the amount functions. */
export const env: CelEnv = celEnv({ funcs: [...amountFunctions, ...strings] })
const ID = /^[A-Za-z0-9_.-]{1,64}$/
const MAX_CONDITION = 4096

function only(o: object, keys: string[], where: string | undefined, what: string): void {
  const extra = Object.keys(o).filter((k) => !keys.includes(k))
  if (extra.length > 0) throw new PolicyError(where, `${what} has unknown field(s) ${extra.join(', ')}`)
}

function seconds(n: unknown): boolean {
  return Number.isSafeInteger(n) && (n as number) > 0
}

function compileRule(r: Rule): CompiledRule {
  only(r, ['id', 'effect', 'condition', 'reason', 'require'], r.id, 'rule')
  if (r.effect !== 'allow' && r.effect !== 'deny') throw new PolicyError(r.id, 'effect must be "allow" or "deny"')
  if (typeof r.condition !== 'string' || r.condition.length === 0 || r.condition.length > MAX_CONDITION) throw new PolicyError(r.id, `condition must be a CEL expression of 1..${MAX_CONDITION} characters`)
  if (r.reason !== undefined && typeof r.reason !== 'string') throw new PolicyError(r.id, 'reason must be a string')
  let parsed
  try { parsed = parse(r.condition) } catch (e) { throw new PolicyError(r.id, `condition does not parse: ${(e as Error).message}`) }
  let type
  try { type = checkExpr(parsed.expr) } catch (e) { throw new PolicyError(r.id, `condition: ${(e as Error).message}`) }
  if (type !== 'bool' && type !== 'dyn') throw new PolicyError(r.id, 'condition is not a boolean expression')
  if (r.require !== undefined) {
    if (r.effect !== 'allow') throw new PolicyError(r.id, 'only allow rules can have require')
    if (typeof r.require !== 'object' || r.require === null) throw new PolicyError(r.id, 'require must be an object')
    only(r.require, ['approvals', 'timeLock'], r.id, 'require')
    try {
      if (r.require.approvals !== undefined) validateQuorum(r.require.approvals, 'require.approvals')
      const t = r.require.timeLock
      if (t !== undefined) {
        if (typeof t !== 'object' || t === null) throw new Error('require.timeLock must be an object')
        only(t, ['delaySeconds', 'cancel'], r.id, 'require.timeLock')
        if (!seconds(t.delaySeconds)) throw new Error('require.timeLock.delaySeconds must be a positive integer')
        if (t.cancel !== undefined) validateQuorum(t.cancel, 'require.timeLock.cancel')
      }
    } catch (e) {
      if (e instanceof PolicyError) throw e
      throw new PolicyError(r.id, (e as Error).message)
    }
  }
  return { rule: r, run: plan(env, parsed) as CompiledRule['run'] }
}

function checkLimit(l: Limit): void {
  only(l, ['id', 'chain', 'per', 'windowSeconds', 'max'], l.id, 'limit')
  if (typeof l.chain !== 'string' || !/^[a-z0-9]+:[A-Za-z0-9-]+$/.test(l.chain)) throw new PolicyError(l.id, 'limit chain must look like eip155:1, bitcoin:mainnet or solana:mainnet')
  if (!['key', 'destination', 'chain'].includes(l.per)) throw new PolicyError(l.id, 'limit per must be "key", "destination" or "chain"')
  if (!seconds(l.windowSeconds)) throw new PolicyError(l.id, 'limit windowSeconds must be a positive integer')
  if (!isAmount(l.max)) throw new PolicyError(l.id, 'limit max must be a canonical decimal amount string')
}

function checkAbi(abi: unknown): Map<string, AbiFunction> {
  if (!Array.isArray(abi)) throw new PolicyError('abi', 'must be a list of function fragments')
  const selectors = new Map<string, AbiFunction>()
  for (const item of abi as AbiFunction[]) {
    if (item?.type !== 'function' || typeof item.name !== 'string' || !Array.isArray(item.inputs)) throw new PolicyError('abi', `entry ${JSON.stringify(item?.name ?? item)} is not a function fragment`)
    let selector
    // parseAbiItem checks every type (toFunctionSelector only formats them)
    try { parseAbiItem(`function ${toFunctionSignature(item)}`); selector = toFunctionSelector(item) } catch (e) { throw new PolicyError('abi', `function ${item.name}: ${(e as Error).message.split('\n')[0]}`) }
    if (selectors.has(selector)) throw new PolicyError('abi', `function ${item.name}: selector ${selector} appears twice`)
    selectors.set(selector, item)
  }
  return selectors
}

/** Validates and compiles a policy document; throws PolicyError (naming the rule) on any error. */
export function loadPolicy(input: PolicyDocument): LoadedPolicy {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new PolicyError(undefined, 'policy is not a JSON object')
  // A deep copy, so the caller mutating its object later cannot change a loaded policy.
  let document: PolicyDocument
  try { document = structuredClone(input) } catch { throw new PolicyError(undefined, 'policy is not plain JSON') }
  only(document, ['version', 'scope', 'abi', 'rules', 'limits'], undefined, 'policy')
  if (!Number.isSafeInteger(document.version) || document.version < 1) throw new PolicyError(undefined, 'version must be a positive integer')
  if (document.scope !== undefined && typeof document.scope !== 'string') throw new PolicyError(undefined, 'scope must be a string')
  if (!Array.isArray(document.rules)) throw new PolicyError(undefined, 'rules must be a list')
  const limits = document.limits ?? []
  if (!Array.isArray(limits)) throw new PolicyError(undefined, 'limits must be a list')
  const ids = new Set<string>()
  for (const item of [...document.rules, ...limits]) {
    const id = (item as { id?: unknown })?.id
    if (typeof id !== 'string' || !ID.test(id)) throw new PolicyError(typeof id === 'string' ? id : undefined, `id ${JSON.stringify(id)} must match ${ID}`)
    if (ids.has(id)) throw new PolicyError(id, 'duplicate id')
    ids.add(id)
  }
  const functions = document.abi === undefined ? new Map<string, AbiFunction>() : checkAbi(document.abi)
  const compiled = document.rules.map(compileRule)
  limits.forEach(checkLimit)
  return {
    document,
    deny: compiled.filter((c) => c.rule.effect === 'deny'),
    allow: compiled.filter((c) => c.rule.effect === 'allow'),
    functions,
  }
}
