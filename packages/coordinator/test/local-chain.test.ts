// A thresh-signed EIP-1559 transfer mined on a real local Ethereum chain (Hardhat
// Network / EDR, scripts/testnet/evm-chain.mjs), from the ECDSA key's address at m/0/1,
// funded by the chain's dev account; balances checked after the block is mined.
import { createPublicClient, createWalletClient, http, parseEther, type Address } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEvmChain } from '../../../scripts/testnet/evm-chain.mjs'
import { toThreshAccount } from '../src/viem.js'
import { startProcessCluster, type ProcessCluster } from './process-cluster.js'

let net: ProcessCluster
let chain: Awaited<ReturnType<typeof startEvmChain>>

beforeAll(async () => {
  ;[net, chain] = await Promise.all([startProcessCluster('local-chain'), startEvmChain()])
}, 180_000)

afterAll(async () => {
  await Promise.all([net?.stop(), chain?.stop()])
})

describe('local Ethereum chain', () => {
  it('a transfer signed by the nodes at m/0/1 is mined and moves the balances', async () => {
    const key = await net.c.keygen({ scheme: 'ecdsa', threshold: 2, keyId: 'chain-eth' })
    const account = await toThreshAccount(net.c, key.keyId, { path: 'm/0/1' })
    const transport = http(chain.rpcUrl)
    const client = createPublicClient({ transport })
    const [dev] = (await client.request({ method: 'eth_accounts' })) as Address[]
    // the chain's dev account is unlocked on the node: it funds the thresh address
    const fund = await createWalletClient({ transport }).sendTransaction({ account: dev!, to: account.address, value: parseEther('2'), chain: null })
    expect((await client.waitForTransactionReceipt({ hash: fund })).status).toBe('success')
    expect(await client.getBalance({ address: account.address })).toBe(parseEther('2'))

    const recipient = '0x000000000000000000000000000000000000bEEF'
    const before = await client.getBalance({ address: recipient })
    const wallet = createWalletClient({ account, transport })
    const hash = await wallet.sendTransaction({ to: recipient, value: parseEther('0.5'), type: 'eip1559', chain: null })
    const receipt = await client.waitForTransactionReceipt({ hash })
    expect(receipt.status).toBe('success')
    expect(receipt.from.toLowerCase()).toBe(account.address.toLowerCase())
    const mined = await client.getTransaction({ hash })
    expect(mined.type).toBe('eip1559')
    expect(await client.getBalance({ address: recipient })).toBe(before + parseEther('0.5'))
    const fee = receipt.gasUsed * receipt.effectiveGasPrice
    expect(await client.getBalance({ address: account.address })).toBe(parseEther('2') - parseEther('0.5') - fee)
  })
})
