// For random policies and requests, the engine's decision equals this file's reference
// evaluator: a separate model of the rule language (three-valued logic for errors, as CEL's
// commutative && and || define it) and of the evaluation order in docs/policy.md.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { evaluate, loadPolicy, type Rule } from '../src/index.js'
import { ALICE, BOB, USDC, evmCtx } from './fixtures.js'

interface Req { value: bigint; to: string; chainId: number; nonce: number; keyId: string }
type V = true | false | 'error'
type Cond =
  | { t: 'const'; v: boolean }
  | { t: 'value-le' | 'value-gt'; n: bigint }
  | { t: 'to-eq'; a: string }
  | { t: 'to-in'; as: string[] }
  | { t: 'chain-eq'; c: number }
  | { t: 'nonce-lt'; k: number }
  | { t: 'key-eq'; k: string }
  | { t: 'error' }
  | { t: 'not'; c: Cond }
  | { t: 'and' | 'or'; l: Cond; r: Cond }

const ADDRS = [ALICE, BOB, USDC]
const KEYS = ['key-1', 'key-2']
const CHAINS = [1, 10, 137]
const amount = fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 256n - 1n }), fc.constantFrom(0n, 1n, 10n ** 18n, 10n ** 30n, 10n ** 30n + 1n, 2n ** 64n, 2n ** 256n - 1n))

const cond: fc.Arbitrary<Cond> = fc.letrec<{ c: Cond }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.boolean().map((v): Cond => ({ t: 'const', v })),
    amount.map((n): Cond => ({ t: 'value-le', n })),
    amount.map((n): Cond => ({ t: 'value-gt', n })),
    fc.constantFrom(...ADDRS).map((a): Cond => ({ t: 'to-eq', a })),
    fc.subarray(ADDRS).map((as): Cond => ({ t: 'to-in', as })),
    fc.constantFrom(...CHAINS).map((c): Cond => ({ t: 'chain-eq', c })),
    fc.integer({ min: 0, max: 200 }).map((k): Cond => ({ t: 'nonce-lt', k })),
    fc.constantFrom(...KEYS).map((k): Cond => ({ t: 'key-eq', k })),
    fc.constant<Cond>({ t: 'error' }),
    tie('c').map((c): Cond => ({ t: 'not', c })),
    fc.tuple(tie('c'), tie('c'), fc.constantFrom('and' as const, 'or' as const)).map(([l, r, t]): Cond => ({ t, l, r })),
  ),
})).c

function cel(c: Cond): string {
  switch (c.t) {
    case 'const': return String(c.v)
    case 'value-le': return `big_le(evm.value, "${c.n}")`
    case 'value-gt': return `big_gt(evm.value, "${c.n}")`
    case 'to-eq': return `evm.to == "${c.a}"`
    case 'to-in': return `evm.to in [${c.as.map((a) => `"${a}"`).join(', ')}]`
    case 'chain-eq': return `evm.chainId == ${c.c}`
    case 'nonce-lt': return `evm.nonce < ${c.k}`
    case 'key-eq': return `request.keyId == "${c.k}"`
    case 'error': return 'btc.fee == "1"' // btc is not bound for an EVM request
    case 'not': return `!(${cel(c.c)})`
    case 'and': return `(${cel(c.l)}) && (${cel(c.r)})`
    case 'or': return `(${cel(c.l)}) || (${cel(c.r)})`
  }
}

function ref(c: Cond, q: Req): V {
  switch (c.t) {
    case 'const': return c.v
    case 'value-le': return q.value <= c.n
    case 'value-gt': return q.value > c.n
    case 'to-eq': return q.to === c.a
    case 'to-in': return c.as.includes(q.to)
    case 'chain-eq': return q.chainId === c.c
    case 'nonce-lt': return q.nonce < c.k
    case 'key-eq': return q.keyId === c.k
    case 'error': return 'error'
    case 'not': { const v = ref(c.c, q); return v === 'error' ? v : !v }
    case 'and': { const l = ref(c.l, q); const r = ref(c.r, q); return l === false || r === false ? false : l === 'error' || r === 'error' ? 'error' : true }
    case 'or': { const l = ref(c.l, q); const r = ref(c.r, q); return l === true || r === true ? true : l === 'error' || r === 'error' ? 'error' : false }
  }
}

/** The documented order: any deny that matches or errors wins; then the first allow that matches; else deny. */
function reference(rules: { id: string; effect: 'allow' | 'deny'; c: Cond }[], q: Req): { decision: 'allow' | 'deny'; ruleId: string | null } {
  const denied = rules.find((r) => r.effect === 'deny' && ref(r.c, q) !== false)
  if (denied) return { decision: 'deny', ruleId: denied.id }
  const allowed = rules.find((r) => r.effect === 'allow' && ref(r.c, q) === true)
  return allowed ? { decision: 'allow', ruleId: allowed.id } : { decision: 'deny', ruleId: null }
}

const rules = fc.array(fc.record({ effect: fc.constantFrom('allow' as const, 'deny' as const), c: cond }), { maxLength: 6 })
  .map((rs) => rs.map((r, i) => ({ ...r, id: `r${i}` })))
const request = fc.record({
  value: amount, to: fc.constantFrom(...ADDRS), chainId: fc.constantFrom(...CHAINS),
  nonce: fc.integer({ min: 0, max: 200 }), keyId: fc.constantFrom(...KEYS),
})

describe('engine = reference evaluator', () => {
  it('for random policies and EVM requests', () => {
    fc.assert(fc.property(rules, fc.array(request, { minLength: 1, maxLength: 5 }), (rs, qs) => {
      const policy = loadPolicy({ version: 1, rules: rs.map((r): Rule => ({ id: r.id, effect: r.effect, condition: cel(r.c) })) })
      for (const q of qs) {
        const ctx = evmCtx({ value: q.value.toString(), to: q.to, chainId: q.chainId, nonce: q.nonce }, { keyId: q.keyId })
        const got = evaluate(policy, ctx)
        expect({ decision: got.decision, ruleId: got.ruleId }).toEqual(reference(rs, q))
      }
    }), { numRuns: 300 })
  })
})
