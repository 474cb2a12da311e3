import { describe, expect, it } from 'vitest'
import { evaluate, loadPolicy, ContextError, type PolicyDocument, type Rule } from '../src/index.js'
import { ALICE, BOB, ERC20_ABI, SYSTEM_PROGRAM, TOKEN_PROGRAM, USDC, WEI_1E30, btcCtx, eip191Ctx, eip712Ctx, erc20Transfer, evmCtx, solanaCtx } from './fixtures.js'

const policy = (rules: Rule[], extra: Partial<PolicyDocument> = {}) => loadPolicy({ version: 1, rules, ...extra })
const allow = (id: string, condition: string, reason?: string): Rule => ({ id, effect: 'allow', condition, ...(reason ? { reason } : {}) })
const deny = (id: string, condition: string): Rule => ({ id, effect: 'deny', condition })

describe('exact amounts (wei above 64 bits)', () => {
  const p = policy([allow('under-1e30', `request.payload == "evm-tx" && big_le(evm.value, "${WEI_1E30}")`)])

  it('10^30 wei is allowed by a limit of 10^30, 10^30 + 1 is not', () => {
    expect(evaluate(p, evmCtx({ value: WEI_1E30 })).decision).toBe('allow')
    expect(evaluate(p, evmCtx({ value: '1' + '0'.repeat(29) + '1' })).decision).toBe('deny')
    // a double would round 10^30 + 1 to 10^30; 2^64 + 1 and 2^64 differ too
    const q = policy([allow('lim', `big_lt(evm.value, "${2n ** 64n + 1n}")`)])
    expect(evaluate(q, evmCtx({ value: (2n ** 64n).toString() })).decision).toBe('allow')
    expect(evaluate(q, evmCtx({ value: (2n ** 64n + 1n).toString() })).decision).toBe('deny')
  })

  it('units() scales decimals exactly and maxFee is gas * fee cap', () => {
    const u = policy([allow('u', 'big_le(evm.value, units("1000000000000.000000000000000001", 18)) && evm.maxFee == "630000000000000"')])
    expect(evaluate(u, evmCtx({ value: '1000000000000000000000000000001' })).decision).toBe('allow')
    expect(evaluate(u, evmCtx({ value: '1000000000000000000000000000002' })).decision).toBe('deny')
  })

  it('a CEL int literal above 2^63 is refused, not wrapped', () => {
    expect(() => policy([allow('big', 'evm.nonce < 18446744073709551616')])).toThrow(/rule "big": condition: integer literal 18446744073709551616 is outside int64/)
  })

  it('a non-canonical amount in the context is refused before evaluation', () => {
    expect(() => evaluate(p, evmCtx({ value: '01' }))).toThrow(ContextError)
    expect(() => evaluate(p, evmCtx({ value: '1e30' }))).toThrow(ContextError)
    expect(() => evaluate(p, evmCtx({ value: (2n ** 256n).toString() }))).toThrow(ContextError)
  })
})

describe('each payload kind', () => {
  it('EVM: chain, destination allowlist, nonce, selector', () => {
    const p = policy([allow('to-bob-mainnet', `evm.chainId == 1 && evm.to in ["${BOB}"] && evm.nonce < 100 && evm.selector == ""`)])
    expect(evaluate(p, evmCtx()).decision).toBe('allow')
    expect(evaluate(p, evmCtx({ chainId: 10 })).decision).toBe('deny')
    expect(evaluate(p, evmCtx({ to: ALICE })).decision).toBe('deny')
    expect(evaluate(p, evmCtx({ nonce: 100 })).decision).toBe('deny')
    expect(evaluate(p, evmCtx({ data: '0x12345678' })).decision).toBe('deny')
  })

  it('EIP-712: domain, primary type and message amounts', () => {
    const p = policy([allow('permit2', `request.payload == "eip712" && eip712.domain.verifyingContract == "0x000000000022d473030f116ddee9f6b43ac78ba3" && eip712.primaryType == "PermitSingle" && big_le(eip712.message.amount, "${WEI_1E30}")`)])
    expect(evaluate(p, eip712Ctx()).decision).toBe('allow')
    expect(evaluate(p, eip712Ctx({ amount: WEI_1E30 + '0' })).decision).toBe('deny')
  })

  it('EIP-191: the text', () => {
    const p = policy([allow('login', 'request.payload == "eip191" && eip191.text.startsWith("Sign in to example.org")')])
    expect(evaluate(p, eip191Ctx('Sign in to example.org, nonce 5')).decision).toBe('allow')
    expect(evaluate(p, eip191Ctx('Transfer everything')).decision).toBe('deny')
  })

  it('Bitcoin: every non-change output bounded, fee bounded, only owned inputs', () => {
    const p = policy([allow('btc', 'btc.outputs.all(o, o.change || big_le(o.amount, "200000")) && big_le(btc.fee, "5000") && btc.inputs.all(i, i.owned)')])
    expect(evaluate(p, btcCtx()).decision).toBe('allow')
    const big = btcCtx({ outputs: [{ address: 'bc1qx', amount: '200001', change: false }] })
    expect(evaluate(p, big).decision).toBe('deny')
    expect(evaluate(p, btcCtx({ fee: '5001' })).decision).toBe('deny')
    expect(evaluate(p, btcCtx({ inputs: [{ txid: 'ef'.repeat(32), vout: 0, amount: '5', owned: false }] })).decision).toBe('deny')
    const sum = policy([allow('sum', 'big_le(big_sum(btc.outputs.filter(o, !o.change).map(o, o.amount)), "150000")')])
    expect(evaluate(sum, btcCtx()).decision).toBe('allow')
    expect(evaluate(sum, btcCtx({ outputs: [{ address: 'a', amount: '100000', change: false }, { address: 'b', amount: '50001', change: false }] })).decision).toBe('deny')
  })

  it('Solana: program allowlist and instruction accounts', () => {
    const p = policy([
      deny('no-token-program', `request.payload == "solana-tx" && "${TOKEN_PROGRAM}" in solana.programIds`),
      allow('system-only', `solana.programIds.all(id, id == "${SYSTEM_PROGRAM}") && solana.instructions.all(i, i.accounts.size() <= 2) && solana.transfers.all(t, big_le(t.lamports, "5000000000"))`),
    ])
    expect(evaluate(p, solanaCtx()).decision).toBe('allow')
    const token = solanaCtx({ instructions: [{ programId: TOKEN_PROGRAM, accounts: ['a'], data: '0x' }] })
    expect(evaluate(p, token)).toMatchObject({ decision: 'deny', ruleId: 'no-token-program' })
    const three = solanaCtx({ instructions: [{ programId: SYSTEM_PROGRAM, accounts: ['a', 'b', 'c'], data: '0x' }] })
    expect(evaluate(p, three)).toMatchObject({ decision: 'deny', ruleId: null })
  })

  it('request fields: operation, key, scheme, epoch, path, chain', () => {
    const p = policy([allow('k', 'request.operation == "sign" && request.keyId == "key-1" && request.scheme == "ecdsa" && request.epoch >= 3 && request.path == [0, 7] && request.chain == "eip155:1"')])
    expect(evaluate(p, evmCtx()).decision).toBe('allow')
    expect(evaluate(p, evmCtx({}, { path: [0, 8] })).decision).toBe('deny')
    expect(evaluate(p, evmCtx({}, { epoch: 2 })).decision).toBe('deny')
    expect(evaluate(p, evmCtx({}, { operation: 'refresh' })).decision).toBe('deny')
  })

  it('signers: a quorum must include a hardware-protected share', () => {
    const p = policy([deny('needs-hardware', "!request.signers.exists(s, s.protection in ['pkcs11', 'tpm2'] && s.attested)"), allow('rest', 'true')])
    const signer = (peerId: string, protection: string, attested = true) => ({ peerId, protection, attested })
    expect(evaluate(p, evmCtx({}, { signers: [signer('a', 'passphrase'), signer('b', 'tpm2')] })).decision).toBe('allow')
    expect(evaluate(p, evmCtx({}, { signers: [signer('a', 'passphrase'), signer('b', 'passphrase')] })).ruleId).toBe('needs-hardware')
    expect(evaluate(p, evmCtx({}, { signers: [signer('a', 'passphrase'), signer('b', 'pkcs11', false)] })).ruleId).toBe('needs-hardware')
    expect(evaluate(p, evmCtx()).ruleId).toBe('needs-hardware') // no signers known: no hardware either
    expect(() => evaluate(p, evmCtx({}, { signers: [{ peerId: 'a', protection: 'tpm2' } as never] }))).toThrow(ContextError)
  })
})

describe('evaluation order', () => {
  it('a matching deny wins over any allow, whatever the order', () => {
    const p = policy([allow('all', 'true'), deny('bad-dest', `evm.to == "${ALICE}"`)])
    expect(evaluate(p, evmCtx({ to: ALICE }))).toEqual({ decision: 'deny', ruleId: 'bad-dest', reason: 'denied by rule bad-dest' })
    expect(evaluate(p, evmCtx({ to: BOB }))).toEqual({ decision: 'allow', ruleId: 'all', reason: 'allowed by rule all' })
  })

  it('default deny when no allow rule matches, and for an empty policy', () => {
    expect(evaluate(policy([allow('small', 'big_lt(evm.value, "10")')]), evmCtx())).toEqual({ decision: 'deny', ruleId: null, reason: 'no allow rule matched (default deny)' })
    expect(evaluate(policy([]), evmCtx()).decision).toBe('deny')
  })

  it('the first matching allow rule (document order) decides the requirements', () => {
    const quorum = { threshold: 1, approvers: [{ type: 'ed25519' as const, publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a' }] }
    const p = policy([{ id: 'big', effect: 'allow', condition: 'big_gt(evm.value, "5")', require: { approvals: quorum } }, allow('any', 'true')])
    expect(evaluate(p, evmCtx()).requires).toEqual({ approvals: quorum })
    expect(evaluate(p, evmCtx({ value: '5' })).requires).toBeUndefined()
  })

  it('a condition error fails closed in a deny rule and does not match in an allow rule', () => {
    // evm.* on a Bitcoin request: evm is not bound
    const p = policy([deny('evm-blocklist', `evm.to == "${ALICE}"`), allow('all', 'true')])
    const d = evaluate(p, btcCtx())
    expect(d.decision).toBe('deny')
    expect(d.ruleId).toBe('evm-blocklist')
    expect(d.reason).toMatch(/fail closed/)
    const guarded = policy([deny('evm-blocklist', `request.payload == "evm-tx" && evm.to == "${ALICE}"`), allow('all', 'true')])
    expect(evaluate(guarded, btcCtx()).decision).toBe('allow')
    const a = policy([allow('evm-only', 'big_le(evm.value, "1")')])
    expect(evaluate(a, btcCtx())).toMatchObject({ decision: 'deny', ruleId: null })
  })

  it('dry run gives the same decision plus every rule outcome', () => {
    const p = policy([allow('all', 'true'), deny('bad', `evm.to == "${ALICE}"`), deny('broken', 'btc.fee == "1"')])
    const plain = evaluate(p, evmCtx({ to: ALICE }))
    const dry = evaluate(p, evmCtx({ to: ALICE }), { dryRun: true })
    expect({ decision: dry.decision, ruleId: dry.ruleId, reason: dry.reason }).toEqual(plain)
    expect(dry.dryRun).toBe(true)
    expect(dry.trace?.map((t) => [t.ruleId, t.outcome])).toEqual([['bad', 'match'], ['broken', 'error'], ['all', 'match']])
  })
})

describe('ABI-decoded call arguments', () => {
  const p = policy([
    deny('no-approve', 'has(evm.call) && evm.call.name == "approve"'),
    allow('usdc-to-bob', `evm.to == "${USDC}" && evm.value == "0" && has(evm.call) && evm.call.name == "transfer" && evm.call.args.to == "${BOB}" && big_le(evm.call.args.amount, "${WEI_1E30}")`),
  ], { abi: [...ERC20_ABI] as never })

  it('ERC-20 transfer: recipient and amount (above 64 bits) as decoded', () => {
    const tx = (to: string, amount: bigint, data = erc20Transfer(to, amount)) => evmCtx({ to: USDC, value: '0', data })
    expect(evaluate(p, tx(BOB, 10n ** 30n)).decision).toBe('allow')
    expect(evaluate(p, tx(BOB, 10n ** 30n + 1n)).decision).toBe('deny')
    expect(evaluate(p, tx(ALICE, 1n)).decision).toBe('deny')
    expect(evaluate(policy([allow('sig', 'evm.call.signature == "transfer(address,uint256)" && evm.selector == "0xa9059cbb"')], { abi: [...ERC20_ABI] as never }), tx(BOB, 1n)).decision).toBe('allow')
  })

  it('overloads with the same name and arity are told apart by selector', () => {
    const abi = [
      { type: 'function', name: 'f', stateMutability: 'nonpayable', inputs: [{ name: 'n', type: 'uint256' }], outputs: [] },
      { type: 'function', name: 'f', stateMutability: 'nonpayable', inputs: [{ name: 'who', type: 'address' }], outputs: [] },
    ]
    // keccak256("f(address)")[0..4] = 0xfc68521a
    const q = policy([allow('f-address', `evm.call.signature == "f(address)" && evm.call.args.who == "${BOB}"`)], { abi: abi as never })
    expect(evaluate(q, evmCtx({ data: '0xfc68521a' + BOB.slice(2).padStart(64, '0') })).decision).toBe('allow')
  })

  it('arrays, tuples, negative ints and strings decode by their ABI types', () => {
    const abi = [{ type: 'function', name: 'batch', stateMutability: 'nonpayable', outputs: [], inputs: [
      { name: 'payees', type: 'tuple[]', components: [{ name: 'to', type: 'address' }, { name: 'amount', type: 'uint256' }] },
      { name: 'delta', type: 'int256' }, { name: 'memo', type: 'string' },
    ] }]
    const w = (x: string) => x.padStart(64, '0')
    const OTHER = '0x' + 'ab'.repeat(20)
    const q = policy([allow('batch', `evm.call.args.payees.all(p, p.to in ["${BOB}", "${OTHER}"]) && big_sum(evm.call.args.payees.map(p, p.amount)) == "${10n ** 30n + 5n}" && evm.call.args.delta == "-1" && evm.call.args.memo == "0xAB"`)], { abi: abi as never })
    const [selector] = [...q.functions.keys()]
    // batch((address,uint256)[],int256,string), ABI-encoded by hand: head = offset of payees (0x60),
    // delta = -1 (two's complement), offset of memo (0x100); payees = length 2 and two static
    // tuples; memo = length 4 and "0xAB" padded
    const data = selector + w('60') + 'ff'.repeat(32) + w('100')
      + w('2') + w(BOB.slice(2)) + w((10n ** 30n).toString(16)) + w(OTHER.slice(2)) + w('5')
      + w('4') + Buffer.from('0xAB').toString('hex').padEnd(64, '0')
    expect(evaluate(q, evmCtx({ data }))).toMatchObject({ decision: 'allow' })
  })

  it('approve is denied, and undecodable data leaves evm.call absent', () => {
    const approve = '0x095ea7b3' + BOB.slice(2).padStart(64, '0') + 'ff'.repeat(32)
    expect(evaluate(p, evmCtx({ to: USDC, value: '0', data: approve }))).toMatchObject({ decision: 'deny', ruleId: 'no-approve' })
    const truncated = erc20Transfer(BOB, 1n).slice(0, 60)
    expect(evaluate(p, evmCtx({ to: USDC, value: '0', data: truncated }))).toMatchObject({ decision: 'deny', ruleId: null })
  })
})
