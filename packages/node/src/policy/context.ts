// The request context a policy judges (@thresh/policy RequestContext), filled from this
// node's own decoding of the payload (sign-payload.ts, @thresh/chains) and its own key
// record — never from anything the coordinator states about the payload.
import type { DecodedPayload } from '@thresh/chains'
import { payloadHash, type Operation, type Payload, type RequestContext, type SignerFacts } from '@thresh/policy'
import type { SignPayload } from '@thresh/wire'

const SYSTEM_PROGRAM = '11111111111111111111111111111111'

export interface SignFacts {
  readonly keyId: string
  readonly scheme: string
  readonly epoch: number
  readonly path: readonly number[]
  readonly payload: SignPayload
  readonly decoded: DecodedPayload
  readonly requestId: string
  readonly expiresAt: number
  /** The request's signers and how each holds its share (the key's members record). */
  readonly signers: readonly SignerFacts[]
}

/** The context of a keygen or lifecycle operation: no payload (its payload hash is that of an empty `none` payload). */
export function operationContext(operation: Exclude<Operation, 'sign' | 'policy-change'>, f: Omit<SignFacts, 'path' | 'payload' | 'decoded' | 'signers'>): RequestContext {
  return {
    operation, keyId: f.keyId, scheme: f.scheme, epoch: f.epoch, path: [], requestId: f.requestId,
    payloadHash: payloadHash({ kind: 'none', data: new Uint8Array(0) }), expiresAt: f.expiresAt, payload: { kind: 'none' },
  }
}

/** The context of a sign request, as this node decoded it. */
export function signContext(f: SignFacts): RequestContext {
  return {
    operation: 'sign',
    keyId: f.keyId,
    scheme: f.scheme,
    epoch: f.epoch,
    path: [...f.path],
    requestId: f.requestId,
    payloadHash: payloadHash(f.payload),
    expiresAt: f.expiresAt,
    payload: payloadOf(f.decoded, f.payload),
    signers: f.signers.map((x) => ({ ...x })),
  }
}

function payloadOf(d: DecodedPayload, wire: SignPayload): Payload {
  switch (d.kind) {
    case 'evm-tx': {
      const s = d.summary
      return {
        kind: 'evm-tx',
        evm: {
          chainId: s.chainId, type: s.type, to: (s.to ?? '').toLowerCase(), value: s.value.toString(), nonce: s.nonce, gas: s.gas,
          gasPrice: (s.gasPrice ?? 0n).toString(), maxFeePerGas: (s.maxFeePerGas ?? 0n).toString(),
          maxPriorityFeePerGas: (s.maxPriorityFeePerGas ?? 0n).toString(), data: s.data.toLowerCase(),
        },
      }
    }
    case 'eip191':
      return { kind: 'eip191', eip191: { text: d.summary.text ?? '' } }
    case 'eip712': {
      const { domain, primaryType, message } = d.summary
      const dom: Record<string, unknown> = {}
      if (domain.name !== undefined) dom.name = domain.name
      if (domain.version !== undefined) dom.version = domain.version
      if (domain.chainId !== undefined) dom.chainId = BigInt(domain.chainId)
      if (domain.verifyingContract !== undefined) dom.verifyingContract = domain.verifyingContract.toLowerCase()
      if (domain.salt !== undefined) dom.salt = domain.salt.toLowerCase()
      return { kind: 'eip712', eip712: { domain: dom, primaryType, message: jsonOf(message) as Record<string, unknown> } }
    }
    case 'psbt': {
      const s = d.summary
      const own = new Set(s.inputs.filter((i) => i.owned && i.address !== null).map((i) => i.address))
      return {
        kind: 'btc-psbt',
        btc: {
          network: wire.network ?? 'mainnet',
          outputs: s.outputs.map((o) => ({ address: o.address ?? '', amount: o.amount.toString(), change: o.address !== null && own.has(o.address) })),
          inputs: s.inputs.map((i) => ({ txid: i.txid, vout: i.vout, amount: i.amount.toString(), owned: i.owned })),
          fee: s.fee.toString(),
        },
      }
    }
    case 'solana-tx': {
      const s = d.summary
      const account = (i: number) => s.staticAccounts[i] ?? ''
      const instructions = s.instructions.map((x) => ({ programId: x.programId, accounts: x.accountIndices.map(account), data: x.data.toLowerCase().replace(/^(?!0x)/, '0x') }))
      return {
        kind: 'solana-tx',
        // a transaction message does not name its cluster: policies and limits see mainnet
        solana: { cluster: 'mainnet', feePayer: s.feePayer, instructions, transfers: instructions.flatMap(systemTransfer) },
      }
    }
    case 'bytes':
    case 'digest':
      return { kind: 'raw' }
  }
}

/** A System Program Transfer (instruction 2: u32 LE index, u64 LE lamports; accounts from, to). */
function systemTransfer(x: { programId: string; accounts: string[]; data: string }): { from: string; to: string; lamports: string }[] {
  if (x.programId !== SYSTEM_PROGRAM || x.data.length !== 2 + 24 || x.accounts.length < 2) return []
  const data = Buffer.from(x.data.slice(2), 'hex')
  if (data.readUInt32LE(0) !== 2) return []
  return [{ from: x.accounts[0]!, to: x.accounts[1]!, lamports: data.readBigUInt64LE(4).toString() }]
}

/** EIP-712 message values as the policy sees them: integers as decimal strings, addresses lowercase. */
function jsonOf(v: unknown): unknown {
  if (typeof v === 'bigint' || typeof v === 'number') return v.toString()
  if (typeof v === 'string') return /^0x[0-9a-fA-F]*$/.test(v) ? v.toLowerCase() : v
  if (Array.isArray(v)) return v.map(jsonOf)
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonOf(x)]))
  return v
}
