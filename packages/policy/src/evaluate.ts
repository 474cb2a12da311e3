// Evaluation: any matching deny rule wins; otherwise the first matching allow rule (in
// document order) decides and carries its requirements; otherwise deny (default deny).
// A condition that fails to evaluate (e.g. it names evm.* on a Bitcoin request) counts as
// matching for a deny rule (fail closed) and as not matching for an allow rule.
import { celList, celMap, isCelError } from '@bufbuild/cel'
import { decodeFunctionData, toFunctionSignature, type AbiParameter } from 'viem'
import { celJson, toBindings, type Bindings, type RequestContext } from './context.js'
import type { CompiledRule, LoadedPolicy, Requirements } from './document.js'

export interface Decision {
  decision: 'allow' | 'deny'
  /** The deciding rule; null when no rule matched (default deny). */
  ruleId: string | null
  reason: string
  requires?: Requirements
  /** Dry runs only: every rule's outcome, in evaluation order. */
  trace?: { ruleId: string; effect: 'allow' | 'deny'; outcome: 'match' | 'no-match' | 'error'; error?: string }[]
  dryRun?: true
}

export interface EvaluateOptions {
  /** Evaluate every rule and return the trace; the decision is the same as without it. */
  dryRun?: boolean
}

/** A decoded argument as a policy value, by its ABI type: integers as decimal strings, addresses lowercase, tuples as maps. */
function argValue(v: unknown, p: AbiParameter): unknown {
  if (p.type === 'address') return (v as string).toLowerCase()
  if (typeof v === 'bigint') return v.toString()
  const array = /^(.*)\[\d*\]$/.exec(p.type)
  if (array !== null) return (v as unknown[]).map((x) => argValue(x, { ...p, type: array[1]! }))
  if (p.type === 'tuple' && 'components' in p) {
    // viem returns a tuple as an object when every component is named, else as an array
    return Object.fromEntries(p.components.map((c, i) => [c.name || `arg${i}`, argValue(Array.isArray(v) ? v[i] : (v as Record<string, unknown>)[c.name!], c)]))
  }
  return v
}

/** Adds evm.call when the policy's ABI has a function for the call data's selector and the data decodes. */
function decodeCall(policy: LoadedPolicy, evm: Record<string, unknown>): void {
  const data = evm.data as `0x${string}`
  const fn = policy.functions.get(data.slice(0, 10))
  if (fn === undefined) return
  let decoded
  try { decoded = decodeFunctionData({ abi: [fn], data }) } catch { return }
  const args: Record<string, unknown> = {}
  fn.inputs.forEach((input, i) => { args[input.name || `arg${i}`] = argValue(decoded.args?.[i], input) })
  evm.call = { name: fn.name, signature: toFunctionSignature(fn), args: celJson(args, 'evm.call.args') }
}

/** The CEL variables for `ctx` under `policy` (validated context plus the decoded call). */
export function bindingsFor(policy: LoadedPolicy, ctx: RequestContext): Bindings {
  const b = toBindings(ctx)
  if (b.evm !== undefined) decodeCall(policy, b.evm as Record<string, unknown>)
  return b
}

/**
 * Converts plain objects and arrays to CEL maps and lists once per evaluation; left plain,
 * @bufbuild/cel converts them again on every field access of every rule.
 */
function celValue(v: unknown): unknown {
  if (Array.isArray(v)) return celList(v.map(celValue) as never)
  if (typeof v === 'object' && v !== null) return celMap(new Map(Object.entries(v).map(([k, x]) => [k, celValue(x)])) as never)
  return v
}

type Outcome = { outcome: 'match' | 'no-match' | 'error'; error?: string }

function outcome(rule: CompiledRule, b: Bindings): Outcome {
  const r = rule.run(b)
  if (r === true) return { outcome: 'match' }
  if (r === false) return { outcome: 'no-match' }
  return { outcome: 'error', error: isCelError(r) ? r.message : 'condition did not yield a boolean' }
}

/** Pure: the same policy and context always give the same decision. Throws ContextError for a malformed context. */
export function evaluate(policy: LoadedPolicy, ctx: RequestContext, options: EvaluateOptions = {}): Decision {
  const b = Object.fromEntries(Object.entries(bindingsFor(policy, ctx)).map(([k, v]) => [k, celValue(v)]))
  const trace: NonNullable<Decision['trace']> = []
  let decision: Decision | undefined
  for (const rule of policy.deny) {
    const o = outcome(rule, b)
    trace.push({ ruleId: rule.rule.id, effect: 'deny', ...o })
    if (decision === undefined && o.outcome !== 'no-match') {
      decision = {
        decision: 'deny', ruleId: rule.rule.id,
        reason: o.outcome === 'error' ? `deny rule ${rule.rule.id} could not be evaluated (fail closed): ${o.error}` : rule.rule.reason ?? `denied by rule ${rule.rule.id}`,
      }
      if (!options.dryRun) return decision
    }
  }
  for (const rule of policy.allow) {
    const o = outcome(rule, b)
    trace.push({ ruleId: rule.rule.id, effect: 'allow', ...o })
    if (decision === undefined && o.outcome === 'match') {
      decision = { decision: 'allow', ruleId: rule.rule.id, reason: rule.rule.reason ?? `allowed by rule ${rule.rule.id}` }
      if (rule.rule.require !== undefined) decision.requires = structuredClone(rule.rule.require)
      if (!options.dryRun) return decision
    }
  }
  decision ??= { decision: 'deny', ruleId: null, reason: 'no allow rule matched (default deny)' }
  return options.dryRun ? { ...decision, trace, dryRun: true } : decision
}
