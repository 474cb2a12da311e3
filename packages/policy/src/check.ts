// Load-time checking of a rule's CEL expression against the context schema. @bufbuild/cel
// evaluates untyped expressions (its checker is not public), so without this a misspelt
// field or a string compared with an int would only show up as an evaluation error or a
// silent `false` on live requests. This walk refuses, at load: unknown variables, unknown
// fields of schema objects, unknown functions, comparisons between different known types,
// wrong argument kinds for the amount functions, integer literals outside 64 bits, and a
// non-boolean condition.
import type { parse } from '@bufbuild/cel'
import { SCHEMA, type Ty } from './context.js'
import { amountSignatures } from './amount.js'

type Expr = ReturnType<typeof parse>['expr']

/** CEL standard functions (and macros' internals) a policy may use; anything else is refused. */
const STD_FUNCTIONS = new Set([
  '_&&_', '_||_', '!_', '_?_:_', '_==_', '_!=_', '_<_', '_<=_', '_>_', '_>=_', '@in', '_[_]',
  '_+_', '_-_', '_*_', '_/_', '_%_', '-_', '@not_strictly_false',
  'size', 'contains', 'startsWith', 'endsWith', 'matches', 'int', 'uint', 'string', 'bool', 'double',
  'lowerAscii', 'upperAscii', 'trim', 'indexOf', 'lastIndexOf', 'substring', 'replace', 'split', 'join',
])
const COMPARISONS = new Set(['_==_', '_!=_', '_<_', '_<=_', '_>_', '_>=_'])
const NUMERIC = new Set(['int', 'uint', 'double'])

const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n
const UINT64_MAX = 2n ** 64n - 1n

export class CheckError extends Error {}

function show(t: Ty): string {
  if (typeof t === 'string') return t
  if ('list' in t) return `list(${show(t.list)})`
  if ('map' in t) return `map(string, ${show(t.map)})`
  return 'object'
}

function scalar(t: Ty): string | undefined {
  return typeof t === 'string' && t !== 'dyn' && t !== 'null' ? t : undefined
}

function comparable(a: Ty, b: Ty): boolean {
  const x = scalar(a)
  const y = scalar(b)
  if (x === undefined || y === undefined) return true
  return x === y || (NUMERIC.has(x) && NUMERIC.has(y))
}

/** Checks `expr` and returns its static type ('dyn' where unknown). */
export function checkExpr(expr: Expr, scope: Map<string, Ty> = new Map()): Ty {
  const k = expr.exprKind
  switch (k.case) {
    case 'constExpr': {
      const c = k.value.constantKind.case
      // @bufbuild/cel 0.6.1 parses out-of-range integer literals into unbounded bigints;
      // CEL (langdef "Numeric values") makes them errors, so refuse them here.
      const v = k.value.constantKind.value
      if (c === 'int64Value' && typeof v === 'bigint' && (v < INT64_MIN || v > INT64_MAX)) throw new CheckError(`integer literal ${v} is outside int64 (write big amounts as decimal strings)`)
      if (c === 'uint64Value' && typeof v === 'bigint' && (v < 0n || v > UINT64_MAX)) throw new CheckError(`integer literal ${v}u is outside uint64`)
      return c === 'int64Value' ? 'int' : c === 'uint64Value' ? 'uint' : c === 'doubleValue' ? 'double'
        : c === 'stringValue' ? 'string' : c === 'boolValue' ? 'bool' : c === 'bytesValue' ? 'bytes' : c === 'nullValue' ? 'null' : 'dyn'
    }
    case 'identExpr': {
      const t = scope.get(k.value.name) ?? SCHEMA[k.value.name]
      if (t === undefined) throw new CheckError(`unknown variable ${k.value.name}`)
      return t
    }
    case 'selectExpr': {
      const operand = checkExpr(k.value.operand!, scope)
      const field = k.value.field
      let t: Ty = 'dyn'
      if (typeof operand === 'object' && 'object' in operand) {
        const f = operand.object[field]
        if (f === undefined) throw new CheckError(`unknown field ${field} (known: ${Object.keys(operand.object).join(', ')})`)
        t = f
      } else if (typeof operand === 'object' && 'map' in operand) {
        t = operand.map
      } else if (operand !== 'dyn') {
        throw new CheckError(`cannot select ${field} from ${show(operand)}`)
      }
      return k.value.testOnly ? 'bool' : t
    }
    case 'callExpr': {
      const name = k.value.function
      const target = k.value.target === undefined ? undefined : checkExpr(k.value.target, scope)
      const args = k.value.args.map((a) => checkExpr(a, scope))
      const sig = amountSignatures[name]
      if (sig !== undefined) {
        if (target !== undefined || args.length !== sig.args.length) throw new CheckError(`${name} takes ${sig.args.length} argument(s)`)
        sig.args.forEach((want, i) => {
          const got = args[i]!
          const ok = got === 'dyn' || (want === 'list' ? typeof got === 'object' && 'list' in got : got === want)
          if (!ok) throw new CheckError(`${name} argument ${i + 1} must be ${want === 'list' ? 'a list of amount strings' : want}, not ${show(got)}`)
        })
        return sig.result
      }
      if (!STD_FUNCTIONS.has(name)) throw new CheckError(`unknown function ${name}`)
      if (COMPARISONS.has(name) && !comparable(args[0]!, args[1]!)) {
        throw new CheckError(`${name.replaceAll('_', ' ').trim()} compares ${show(args[0]!)} with ${show(args[1]!)} (amounts are strings: use big_lt/big_le/...)`)
      }
      if (COMPARISONS.has(name) || ['_&&_', '_||_', '!_', '@in', '@not_strictly_false', 'contains', 'startsWith', 'endsWith', 'matches'].includes(name)) {
        if (name === '@in') {
          const list = args[1]!
          if (typeof list === 'object' && 'list' in list && !comparable(args[0]!, list.list)) {
            throw new CheckError(`in: looks for ${show(args[0]!)} in ${show(list)}`)
          }
        }
        return 'bool'
      }
      if (name === '_[_]') {
        const on = args[0]!
        return typeof on === 'object' && 'list' in on ? on.list : typeof on === 'object' && 'map' in on ? on.map : 'dyn'
      }
      if (name === 'size') return 'int'
      return 'dyn'
    }
    case 'listExpr': {
      const ts = k.value.elements.map((e) => checkExpr(e, scope))
      const first = ts[0]
      return { list: first !== undefined && ts.every((t) => show(t) === show(first)) ? first : 'dyn' }
    }
    case 'structExpr':
      if (k.value.messageName !== '') throw new CheckError(`message construction ${k.value.messageName} is not allowed`)
      for (const e of k.value.entries) {
        if (e.keyKind.case === 'mapKey') checkExpr(e.keyKind.value, scope)
        checkExpr(e.value!, scope)
      }
      return { map: 'dyn' }
    case 'comprehensionExpr': {
      const c = k.value
      const range = checkExpr(c.iterRange!, scope)
      const elem: Ty = typeof range === 'object' && 'list' in range ? range.list : typeof range === 'object' && 'map' in range ? 'string' : 'dyn'
      const inner = new Map(scope)
      inner.set(c.iterVar, elem)
      if (c.iterVar2 !== '') inner.set(c.iterVar2, 'dyn')
      inner.set(c.accuVar, 'dyn')
      checkExpr(c.accuInit!, scope)
      checkExpr(c.loopCondition!, inner)
      checkExpr(c.loopStep!, inner)
      const accu = new Map(scope)
      accu.set(c.accuVar, 'dyn')
      return checkExpr(c.result!, accu)
    }
    default:
      throw new CheckError('empty expression')
  }
}
