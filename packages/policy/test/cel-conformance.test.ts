// The parts of CEL our policies lean on, checked against the cel-spec conformance data that
// ships with @bufbuild/cel-spec (upstream google/cel-spec tests/simple/testdata): 64-bit
// integer arithmetic that errors on overflow instead of wrapping, comparisons, `in`, and
// the error-absorbing logic of && / || / ?: — evaluated in the policy engine's own
// environment. Cases needing bindings, type environments or protobuf messages are not
// selected (policies use none of those); the count of selected cases is asserted.
import { describe, expect, it } from 'vitest'
import { isCelError, isCelUint, parse, plan } from '@bufbuild/cel'
import { tests } from '@bufbuild/cel-spec/testdata/conformance.js'
import { env } from '../src/document.js'

interface Case { name: string; expr: string; value?: Record<string, unknown>; evalError?: unknown; bindings?: unknown; typeEnv?: unknown; container?: string; checkOnly?: boolean }
interface Suite { name: string; suites?: Suite[]; tests?: { original: Case }[] }

const WANTED = ['integer_math/int64_math', 'integer_math/uint64_math', 'logic/AND', 'logic/OR', 'logic/NOT', 'logic/conditional',
  'comparisons/eq_literal', 'comparisons/ne_literal', 'comparisons/lt_literal', 'comparisons/gt_literal', 'comparisons/lte_literal', 'comparisons/gte_literal', 'comparisons/in_list_literal']
const SCALARS = ['int64Value', 'uint64Value', 'boolValue', 'stringValue', 'doubleValue']

function collect(s: Suite, path: string, out: [string, Case][]): [string, Case][] {
  const here = path === '' ? s.name : `${path}/${s.name}`
  for (const t of s.tests ?? []) if (WANTED.some((w) => here.endsWith(w))) out.push([`${here}/${t.original.name}`, t.original])
  for (const sub of s.suites ?? []) collect(sub, here, out)
  return out
}

const selected = collect(tests as Suite, '', []).filter(([, c]) =>
  c.bindings === undefined && c.typeEnv === undefined && !c.container && !c.checkOnly &&
  (c.evalError !== undefined || (c.value !== undefined && SCALARS.some((k) => k in c.value!))))

function expected(v: Record<string, unknown>): unknown {
  if ('int64Value' in v) return BigInt(v.int64Value as string)
  if ('uint64Value' in v) return { uint: BigInt(v.uint64Value as string) }
  if ('doubleValue' in v) return Number(v.doubleValue)
  return 'boolValue' in v ? v.boolValue : v.stringValue
}

describe('CEL conformance (cel-spec simple tests) in the policy environment', () => {
  it('selects a meaningful share of the suites, overflow cases included', () => {
    expect(selected.length).toBeGreaterThan(250)
    expect(selected.filter(([name, c]) => name.includes('overflow') && c.evalError !== undefined).length).toBeGreaterThanOrEqual(9)
  })

  it.each(selected)('%s', (_, c) => {
    const r = plan(env, parse(c.expr))()
    if (c.evalError !== undefined) {
      expect(isCelError(r)).toBe(true)
      return
    }
    expect(isCelError(r) ? `error: ${r.message}` : isCelUint(r) ? { uint: r.value } : r).toEqual(expected(c.value!))
  })
})
