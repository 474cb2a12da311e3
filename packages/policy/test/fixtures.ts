// Request contexts for the tests, one builder per payload kind. Call data is written out
// by hand (selector + 32-byte words), not by the viem encoder the engine decodes with.
import type { RequestContext, EvmTx, BtcTx, SolanaTx } from '../src/index.js'

export const NOW = 1_800_000_000
export const ALICE = '0x' + 'a1'.repeat(20)
export const BOB = '0x' + 'b0'.repeat(20)
export const USDC = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48'
export const WEI_1E30 = '1' + '0'.repeat(30)

function base(payload: RequestContext['payload'], over: Partial<RequestContext> = {}): RequestContext {
  return {
    operation: 'sign', keyId: 'key-1', scheme: 'ecdsa', epoch: 3, path: [0, 7],
    requestId: 'req-1', payloadHash: 'ab'.repeat(32), expiresAt: NOW + 600, payload, ...over,
  }
}

export function evmCtx(tx: Partial<EvmTx> = {}, over: Partial<RequestContext> = {}): RequestContext {
  return base({
    kind: 'evm-tx',
    evm: {
      chainId: 1, type: 'eip1559', to: BOB, value: '1000000000000000000', nonce: 5, gas: 21000,
      gasPrice: '0', maxFeePerGas: '30000000000', maxPriorityFeePerGas: '1000000000', data: '0x', ...tx,
    },
  }, over)
}

const word = (hex: string) => hex.padStart(64, '0')

/** ERC-20 transfer(address,uint256) call data: selector a9059cbb, then two ABI words. */
export function erc20Transfer(to: string, amount: bigint): string {
  return '0xa9059cbb' + word(to.slice(2)) + word(amount.toString(16))
}

export const ERC20_ABI = [
  { type: 'function', name: 'transfer', stateMutability: 'nonpayable', inputs: [{ name: 'to', type: 'address' }, { name: 'amount', type: 'uint256' }], outputs: [{ name: '', type: 'bool' }] },
  { type: 'function', name: 'approve', stateMutability: 'nonpayable', inputs: [{ name: 'spender', type: 'address' }, { name: 'amount', type: 'uint256' }], outputs: [{ name: '', type: 'bool' }] },
] as const

export function eip712Ctx(message: Record<string, unknown> = {}, over: Partial<RequestContext> = {}): RequestContext {
  return base({
    kind: 'eip712',
    eip712: {
      domain: { name: 'Permit2', chainId: 1, verifyingContract: '0x000000000022d473030f116ddee9f6b43ac78ba3' },
      primaryType: 'PermitSingle',
      message: { spender: ALICE, amount: WEI_1E30, ...message },
    },
  }, over)
}

export function eip191Ctx(text: string): RequestContext {
  return base({ kind: 'eip191', eip191: { text } })
}

export function btcCtx(tx: Partial<BtcTx> = {}, over: Partial<RequestContext> = {}): RequestContext {
  return base({
    kind: 'btc-psbt',
    btc: {
      network: 'mainnet',
      outputs: [
        { address: 'bc1qdest0000000000000000000000000000000000', amount: '150000', change: false },
        { address: 'bc1qchange000000000000000000000000000000000', amount: '849000', change: true },
      ],
      inputs: [{ txid: 'cd'.repeat(32), vout: 1, amount: '1000000', owned: true }],
      fee: '1000',
      ...tx,
    },
  }, { scheme: 'bip340', ...over })
}

export const SYSTEM_PROGRAM = '11111111111111111111111111111111'
export const TOKEN_PROGRAM = 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA'

export function solanaCtx(tx: Partial<SolanaTx> = {}, over: Partial<RequestContext> = {}): RequestContext {
  return base({
    kind: 'solana-tx',
    solana: {
      cluster: 'mainnet', feePayer: 'Payer1111111111111111111111111111111111111',
      instructions: [{ programId: SYSTEM_PROGRAM, accounts: ['Payer1111111111111111111111111111111111111', 'Dest11111111111111111111111111111111111111'], data: '0x02000000' }],
      transfers: [{ from: 'Payer1111111111111111111111111111111111111', to: 'Dest11111111111111111111111111111111111111', lamports: '5000000000' }],
      ...tx,
    },
  }, { scheme: 'frost-ed25519', ...over })
}
