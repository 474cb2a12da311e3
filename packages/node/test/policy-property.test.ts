// Property (issue 13): for random policies and EIP-1559 transfers, the node's decision
// (PolicyEnforcer.decideSign on the context it builds from its own decoding of the
// transaction) equals a reference evaluation written here from docs/policy.md
// "Evaluation order" alone: the first matching deny rule, else the first matching allow
// rule, else the default deny. Amounts go beyond 64 bits and are compared exactly.
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decodePayload } from '@thresh/chains'
import { KeyStore } from '@thresh/store'
import fc from 'fast-check'
import { parseGwei, serializeTransaction } from 'viem'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createLogger } from '../src/log.js'
import { signContext } from '../src/policy/context.js'
import { PolicyEnforcer } from '../src/policy/enforcer.js'

const ADDRESSES = ['0x70997970c51812dc3a010c7d01b50e0d17dc79c8', '0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc', '0x90f79bf6eb2c4f870365e179ef5b5d3e3f0a8c1d']

interface Rule {
  readonly effect: 'allow' | 'deny'
  /** The destination it applies to (undefined: any). */
  readonly to?: string
  /** value <= max (undefined: any amount), wei. */
  readonly max?: bigint
  /** value >= min (undefined: any amount), wei. */
  readonly min?: bigint
}

// boundaries shared by rules and requests, so equal amounts (<= vs <) come up often; past 2^64
const wei = fc.oneof(fc.constantFrom(0n, 10n ** 18n, 2n ** 64n - 1n, 2n ** 64n, 2n ** 64n + 1n, 10n ** 21n), fc.bigInt({ min: 0n, max: 10n ** 24n }))
const ruleArb: fc.Arbitrary<Rule> = fc.record(
  { effect: fc.constantFrom('allow' as const, 'deny' as const), to: fc.constantFrom(...ADDRESSES), max: wei, min: wei },
  { requiredKeys: ['effect'] },
)
const requestArb = fc.record({ to: fc.constantFrom(...ADDRESSES), value: wei })

/** The rule as a policy document rule, in CEL. */
function toDocument(rule: Rule, i: number): object {
  const parts = ['request.payload == "evm-tx"']
  if (rule.to !== undefined) parts.push(`evm.to == "${rule.to}"`)
  if (rule.max !== undefined) parts.push(`big_le(evm.value, "${rule.max}")`)
  if (rule.min !== undefined) parts.push(`big_ge(evm.value, "${rule.min}")`)
  return { id: `r${i}`, effect: rule.effect, condition: parts.join(' && ') }
}

/** docs/policy.md "Evaluation order", for these rules (none can fail to evaluate on an evm-tx). */
function reference(rules: readonly Rule[], request: { to: string; value: bigint }): { decision: 'allow' | 'deny'; ruleId: string | null } {
  const matches = (r: Rule) => (r.to === undefined || r.to === request.to) && (r.max === undefined || request.value <= r.max) && (r.min === undefined || request.value >= r.min)
  const deny = rules.findIndex((r) => r.effect === 'deny' && matches(r))
  if (deny >= 0) return { decision: 'deny', ruleId: `r${deny}` }
  const allow = rules.findIndex((r) => r.effect === 'allow' && matches(r))
  if (allow >= 0) return { decision: 'allow', ruleId: `r${allow}` }
  return { decision: 'deny', ruleId: null }
}

let dir: string
let store: KeyStore
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thresh-policy-property-'))
  store = await KeyStore.create(join(dir, 'store'), 'pass', { kdf: { N: 2 ** 10 } })
})
afterAll(async () => {
  await store?.close()
  await rm(dir, { recursive: true, force: true })
})

it('each decision equals the reference evaluation', async () => {
  const log = createLogger('silent')
  const file = join(dir, 'policy.json')
  let version = 0
  let nonce = 0
  await fc.assert(
    fc.asyncProperty(fc.array(ruleArb, { minLength: 0, maxLength: 6 }), requestArb, async (rules, request) => {
      // a higher version in the operator's file replaces the one in force at open
      version += 1
      await writeFile(file, JSON.stringify({ version, rules: rules.map(toDocument) }))
      const enforcer = await PolicyEnforcer.open(store, { file, admins: { threshold: 1, approvers: [{ type: 'ed25519', publicKey: '11'.repeat(32) }] }, scope: undefined, looseningDelaySec: 0 }, log)
      const tx = serializeTransaction({ type: 'eip1559', chainId: 1, nonce: nonce++, to: request.to as `0x${string}`, value: request.value, gas: 21_000n, maxFeePerGas: parseGwei('20'), maxPriorityFeePerGas: parseGwei('1') })
      const data = Buffer.from(tx.slice(2), 'hex')
      const ctx = signContext({
        keyId: 'k', scheme: 'ecdsa', epoch: 0, path: [], payload: { kind: 'evm-tx', data }, decoded: decodePayload('evm-tx', data, { scheme: 'ecdsa' }),
        requestId: randomBytes(8).toString('hex'), expiresAt: Math.floor(Date.now() / 1000) + 600, signers: [],
      })
      const verdict = await enforcer.decideSign(ctx, [], false)
      expect({ decision: verdict.decision, ruleId: verdict.ruleId }).toEqual(reference(rules, request))
      expect(verdict.version).toBe(version)
    }),
    { numRuns: 120 },
  )
}, 60_000)
