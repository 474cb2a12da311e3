// Exact amounts. CEL's int is 64-bit and overflow is an error (cel-spec langdef, "Numeric
// values"), but wei values reach 2^256: amounts therefore travel as canonical decimal strings
// and are compared through the big_* functions below, which work on bigint internally.
import { CelScalar, celFunc, listType } from '@bufbuild/cel'

/** Canonical unsigned decimal: no sign, no leading zeros, at most 78 digits (2^256 - 1). */
const CANONICAL = /^(0|[1-9][0-9]{0,77})$/
const MAX = 2n ** 256n - 1n

export function isAmount(s: unknown): s is string {
  return typeof s === 'string' && CANONICAL.test(s) && BigInt(s) <= MAX
}

/** Parses a canonical amount; throws a plain Error (CEL turns it into an evaluation error). */
export function parseAmount(s: string): bigint {
  if (!isAmount(s)) throw new Error(`not a canonical amount: ${JSON.stringify(String(s).slice(0, 80))}`)
  return BigInt(s)
}

/** `units("1.5", 18)` = "1500000000000000000": a decimal with at most `decimals` fraction digits. */
export function units(decimal: string, decimals: bigint): string {
  const m = /^(0|[1-9][0-9]*)(?:\.([0-9]+))?$/.exec(decimal)
  if (m === null || decimals < 0n || decimals > 77n) throw new Error(`units: bad decimal ${JSON.stringify(decimal.slice(0, 80))} or decimals ${decimals}`)
  const frac = m[2] ?? ''
  if (frac.length > Number(decimals)) throw new Error(`units: ${decimal} has more than ${decimals} fraction digits`)
  const value = BigInt(m[1]! + frac.padEnd(Number(decimals), '0'))
  if (value > MAX) throw new Error('units: amount above 2^256 - 1')
  return value.toString()
}

const S = CelScalar.STRING
const B = CelScalar.BOOL

/** The amount functions every policy expression may call (see docs/policy.md). */
export const amountFunctions = [
  celFunc('big_lt', [S, S], B, (a, b) => parseAmount(a) < parseAmount(b)),
  celFunc('big_le', [S, S], B, (a, b) => parseAmount(a) <= parseAmount(b)),
  celFunc('big_gt', [S, S], B, (a, b) => parseAmount(a) > parseAmount(b)),
  celFunc('big_ge', [S, S], B, (a, b) => parseAmount(a) >= parseAmount(b)),
  celFunc('big_eq', [S, S], B, (a, b) => parseAmount(a) === parseAmount(b)),
  celFunc('big_add', [S, S], S, (a, b) => {
    const sum = parseAmount(a) + parseAmount(b)
    if (sum > MAX) throw new Error('big_add: sum above 2^256 - 1')
    return sum.toString()
  }),
  celFunc('big_sum', [listType(S)], S, (list) => {
    let sum = 0n
    for (const v of list) {
      if (typeof v !== 'string') throw new Error('big_sum: list element is not a string')
      sum += parseAmount(v)
    }
    if (sum > MAX) throw new Error('big_sum: sum above 2^256 - 1')
    return sum.toString()
  }),
  celFunc('units', [S, CelScalar.INT], S, (d, n) => units(d, n)),
]

/** Names and argument kinds the load-time checker uses for these functions. */
export const amountSignatures: Record<string, { args: ('string' | 'int' | 'list')[]; result: 'bool' | 'string' }> = {
  big_lt: { args: ['string', 'string'], result: 'bool' },
  big_le: { args: ['string', 'string'], result: 'bool' },
  big_gt: { args: ['string', 'string'], result: 'bool' },
  big_ge: { args: ['string', 'string'], result: 'bool' },
  big_eq: { args: ['string', 'string'], result: 'bool' },
  big_add: { args: ['string', 'string'], result: 'string' },
  big_sum: { args: ['list'], result: 'string' },
  units: { args: ['string', 'int'], result: 'string' },
}
