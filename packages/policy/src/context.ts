// The request context: what a policy sees of a request. The node fills it from the decoded
// payload (@thresh/chains summaries) before evaluation; every field is documented in
// docs/policy.md. Addresses are lowercase; amounts are canonical decimal strings (amount.ts);
// counters that fit 64 bits (epoch, chain id, nonce, gas limit) are integers.
import { ContextError } from './errors.js'
import { isAmount } from './amount.js'

export type Operation = 'sign' | 'keygen' | 'refresh' | 'reshare' | 'repair' | 'import' | 'policy-change'
export const OPERATIONS: readonly Operation[] = ['sign', 'keygen', 'refresh', 'reshare', 'repair', 'import', 'policy-change']

export interface EvmTx {
  chainId: number | bigint
  /** 'legacy' | 'eip2930' | 'eip1559' | 'eip7702' */
  type: string
  /** Lowercase 0x address; '' for a contract creation. */
  to: string
  value: string
  nonce: number | bigint
  /** Gas limit. */
  gas: number | bigint
  /** Legacy / EIP-2930 gas price; '0' for EIP-1559 transactions. */
  gasPrice: string
  /** EIP-1559 fee caps; '0' for legacy transactions. */
  maxFeePerGas: string
  maxPriorityFeePerGas: string
  /** Call data, lowercase 0x hex ('0x' when empty). */
  data: string
}

export interface Eip712 {
  domain: { name?: string; version?: string; chainId?: number | bigint; verifyingContract?: string; salt?: string }
  primaryType: string
  /** The message as JSON: integers as decimal strings, addresses lowercase. */
  message: Record<string, unknown>
}

export interface BtcTx {
  /** 'mainnet' | 'testnet' | 'signet' | 'regtest' */
  network: string
  outputs: { address: string; amount: string; change: boolean }[]
  inputs: { txid: string; vout: number; amount: string; owned: boolean }[]
  fee: string
}

export interface SolanaTx {
  /** 'mainnet' | 'devnet' | 'testnet' */
  cluster: string
  feePayer: string
  instructions: { programId: string; accounts: string[]; data: string }[]
  /** System-program transfers, decoded. */
  transfers: { from: string; to: string; lamports: string }[]
}

export type Payload =
  | { kind: 'evm-tx'; evm: EvmTx }
  | { kind: 'eip712'; eip712: Eip712 }
  | { kind: 'eip191'; eip191: { text: string } }
  | { kind: 'btc-psbt'; btc: BtcTx }
  | { kind: 'solana-tx'; solana: SolanaTx }
  | { kind: 'raw' }
  | { kind: 'none' }

export const PAYLOAD_KINDS = ['evm-tx', 'eip712', 'eip191', 'btc-psbt', 'solana-tx', 'raw', 'none'] as const

export interface RequestContext {
  operation: Operation
  keyId: string
  /** Key scheme, e.g. 'ecdsa', 'frost-ed25519', 'frost-secp256k1', 'bip340'. */
  scheme: string
  epoch: number | bigint
  /** BIP32 non-hardened derivation path (empty for the root key). */
  path: number[]
  /** Unique request id, bound into approvals (replays for another request fail). */
  requestId: string
  /** SHA-256 of the payload as signed (32 bytes, lowercase hex). */
  payloadHash: string
  /** Unix seconds after which approvals for this request are refused. */
  expiresAt: number
  payload: Payload
  /**
   * The signers of a sign request with how each holds its share, from the key's members
   * record (attested keygen): protection 'passphrase' | 'pkcs11' | 'tpm2' | 'unknown'.
   * Empty for other operations.
   */
  signers?: SignerFacts[]
}

export interface SignerFacts {
  peerId: string
  protection: string
  attested: boolean
}

// ---- schema, used by the load-time checker (check.ts) ----------------------------------

export type Ty =
  | 'int' | 'uint' | 'double' | 'string' | 'bool' | 'bytes' | 'null' | 'dyn'
  | { list: Ty }
  | { map: Ty }
  | { object: Record<string, Ty> }

const obj = (fields: Record<string, Ty>): Ty => ({ object: fields })
const list = (t: Ty): Ty => ({ list: t })

/** Every variable an expression may name, and its fields. `evm.call` is present only when the policy's ABI decodes the call data. */
export const SCHEMA: Record<string, Ty> = {
  request: obj({
    operation: 'string', keyId: 'string', scheme: 'string', epoch: 'int', path: list('int'), requestId: 'string', payload: 'string', chain: 'string',
    signers: list(obj({ peerId: 'string', protection: 'string', attested: 'bool' })),
  }),
  evm: obj({
    chainId: 'int', type: 'string', to: 'string', value: 'string', nonce: 'int', gas: 'int',
    gasPrice: 'string', maxFeePerGas: 'string', maxPriorityFeePerGas: 'string', maxFee: 'string',
    data: 'string', selector: 'string',
    call: obj({ name: 'string', signature: 'string', args: { map: 'dyn' } }),
  }),
  eip712: obj({
    domain: obj({ name: 'string', version: 'string', chainId: 'int', verifyingContract: 'string', salt: 'string' }),
    primaryType: 'string',
    message: { map: 'dyn' },
  }),
  eip191: obj({ text: 'string' }),
  btc: obj({
    network: 'string',
    outputs: list(obj({ address: 'string', amount: 'string', change: 'bool' })),
    inputs: list(obj({ txid: 'string', vout: 'int', amount: 'string', owned: 'bool' })),
    fee: 'string',
  }),
  solana: obj({
    cluster: 'string', feePayer: 'string', programIds: list('string'),
    instructions: list(obj({ programId: 'string', accounts: list('string'), data: 'string' })),
    transfers: list(obj({ from: 'string', to: 'string', lamports: 'string' })),
  }),
}

// ---- validation and conversion to CEL bindings -------------------------------------------

const HEX32 = /^[0-9a-f]{64}$/
const EVM_ADDRESS = /^0x[0-9a-f]{40}$/
const HEX = /^0x([0-9a-f]{2})*$/
const INT64_MAX = 2n ** 63n - 1n

function fail(field: string, why: string): never {
  throw new ContextError(`request context: ${field} ${why}`)
}

function int(v: unknown, field: string): bigint {
  if (typeof v === 'number' ? !Number.isSafeInteger(v) : typeof v !== 'bigint') fail(field, 'is not an integer')
  const b = BigInt(v as number | bigint)
  if (b < 0n || b > INT64_MAX) fail(field, 'is out of range')
  return b
}

function amount(v: unknown, field: string): string {
  if (!isAmount(v)) fail(field, 'is not a canonical decimal amount')
  return v
}

function str(v: unknown, field: string, re?: RegExp): string {
  if (typeof v !== 'string' || (re !== undefined && !re.test(v))) fail(field, re === undefined ? 'is not a string' : `does not match ${re}`)
  return v
}

function bool(v: unknown, field: string): boolean {
  if (typeof v !== 'boolean') fail(field, 'is not a boolean')
  return v
}

function array<T>(v: unknown, field: string, each: (x: unknown, f: string) => T): T[] {
  if (!Array.isArray(v)) fail(field, 'is not a list')
  return v.map((x, i) => each(x, `${field}[${i}]`))
}

/** Plain JSON-ish values (EIP-712 messages, decoded call arguments) as CEL values: integers become bigint. */
export function celJson(v: unknown, field: string): unknown {
  if (typeof v === 'string' || typeof v === 'boolean' || v === null) return v
  if (typeof v === 'number' || typeof v === 'bigint') return int(v, field)
  if (Array.isArray(v)) return v.map((x, i) => celJson(x, `${field}[${i}]`))
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, celJson(x, `${field}.${k}`)]))
  fail(field, 'is not JSON')
}

/** The chain a request spends on, as used by velocity limits: 'eip155:<id>', 'bitcoin:<network>', 'solana:<cluster>'. */
export function chainOf(ctx: RequestContext): string {
  const p = ctx.payload
  switch (p.kind) {
    case 'evm-tx': return `eip155:${BigInt(p.evm.chainId)}`
    case 'eip712': return p.eip712.domain.chainId === undefined ? '' : `eip155:${BigInt(p.eip712.domain.chainId)}`
    case 'btc-psbt': return `bitcoin:${p.btc.network}`
    case 'solana-tx': return `solana:${p.solana.cluster}`
    default: return ''
  }
}

export type Bindings = Record<string, unknown>

/** Validates a context and returns the CEL variables (only the payload's own section is bound). */
export function toBindings(ctx: RequestContext): Bindings {
  if (!(OPERATIONS as readonly string[]).includes(ctx.operation)) fail('operation', 'is unknown')
  const p = ctx.payload
  if (!(PAYLOAD_KINDS as readonly string[]).includes(p?.kind)) fail('payload.kind', 'is unknown')
  str(ctx.payloadHash, 'payloadHash', HEX32)
  if (!Number.isSafeInteger(ctx.expiresAt) || ctx.expiresAt < 0) fail('expiresAt', 'is not a unix time')
  const b: Bindings = {
    request: {
      operation: ctx.operation,
      keyId: str(ctx.keyId, 'keyId'),
      scheme: str(ctx.scheme, 'scheme'),
      epoch: int(ctx.epoch, 'epoch'),
      path: array(ctx.path, 'path', (x, f) => { const i = int(x, f); if (i >= 2n ** 31n) fail(f, 'is hardened'); return i }),
      requestId: str(ctx.requestId, 'requestId'),
      payload: p.kind,
      chain: '',
      signers: array(ctx.signers ?? [], 'signers', (o, f) => {
        const x = o as SignerFacts
        return { peerId: str(x.peerId, `${f}.peerId`), protection: str(x.protection, `${f}.protection`), attested: bool(x.attested, `${f}.attested`) }
      }),
    },
  }
  switch (p.kind) {
    case 'evm-tx': {
      const e = p.evm
      const to = e.to === '' ? '' : str(e.to, 'evm.to', EVM_ADDRESS)
      const data = str(e.data, 'evm.data', HEX)
      const gas = int(e.gas, 'evm.gas')
      const gasPrice = amount(e.gasPrice, 'evm.gasPrice')
      const maxFeePerGas = amount(e.maxFeePerGas, 'evm.maxFeePerGas')
      const perGas = BigInt(gasPrice) > BigInt(maxFeePerGas) ? BigInt(gasPrice) : BigInt(maxFeePerGas)
      b.evm = {
        chainId: int(e.chainId, 'evm.chainId'), type: str(e.type, 'evm.type'), to, value: amount(e.value, 'evm.value'),
        nonce: int(e.nonce, 'evm.nonce'), gas, gasPrice, maxFeePerGas,
        maxPriorityFeePerGas: amount(e.maxPriorityFeePerGas, 'evm.maxPriorityFeePerGas'),
        maxFee: (gas * perGas).toString(),
        data, selector: data.length >= 10 ? data.slice(0, 10) : '',
      }
      break
    }
    case 'eip712': {
      const d = p.eip712.domain
      const domain: Record<string, unknown> = {}
      if (d.name !== undefined) domain.name = str(d.name, 'eip712.domain.name')
      if (d.version !== undefined) domain.version = str(d.version, 'eip712.domain.version')
      if (d.chainId !== undefined) domain.chainId = int(d.chainId, 'eip712.domain.chainId')
      if (d.verifyingContract !== undefined) domain.verifyingContract = str(d.verifyingContract, 'eip712.domain.verifyingContract', EVM_ADDRESS)
      if (d.salt !== undefined) domain.salt = str(d.salt, 'eip712.domain.salt', HEX)
      b.eip712 = { domain, primaryType: str(p.eip712.primaryType, 'eip712.primaryType'), message: celJson(p.eip712.message, 'eip712.message') }
      break
    }
    case 'eip191':
      b.eip191 = { text: str(p.eip191.text, 'eip191.text') }
      break
    case 'btc-psbt': {
      const t = p.btc
      b.btc = {
        network: str(t.network, 'btc.network'),
        outputs: array(t.outputs, 'btc.outputs', (o, f) => {
          const x = o as BtcTx['outputs'][number]
          return { address: str(x.address, `${f}.address`), amount: amount(x.amount, `${f}.amount`), change: bool(x.change, `${f}.change`) }
        }),
        inputs: array(t.inputs, 'btc.inputs', (o, f) => {
          const x = o as BtcTx['inputs'][number]
          return { txid: str(x.txid, `${f}.txid`, HEX32), vout: int(x.vout, `${f}.vout`), amount: amount(x.amount, `${f}.amount`), owned: bool(x.owned, `${f}.owned`) }
        }),
        fee: amount(t.fee, 'btc.fee'),
      }
      break
    }
    case 'solana-tx': {
      const s = p.solana
      const instructions = array(s.instructions, 'solana.instructions', (o, f) => {
        const x = o as SolanaTx['instructions'][number]
        return { programId: str(x.programId, `${f}.programId`), accounts: array(x.accounts, `${f}.accounts`, str), data: str(x.data, `${f}.data`, HEX) }
      })
      b.solana = {
        cluster: str(s.cluster, 'solana.cluster'), feePayer: str(s.feePayer, 'solana.feePayer'),
        programIds: [...new Set(instructions.map((i) => i.programId))],
        instructions,
        transfers: array(s.transfers, 'solana.transfers', (o, f) => {
          const x = o as SolanaTx['transfers'][number]
          return { from: str(x.from, `${f}.from`), to: str(x.to, `${f}.to`), lamports: amount(x.lamports, `${f}.lamports`) }
        }),
      }
      break
    }
  }
  ;(b.request as Record<string, unknown>).chain = chainOf(ctx)
  return b
}
