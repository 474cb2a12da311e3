// Velocity limits over a sliding window. The node persists one LedgerEntry per spend of a
// request whose signing session started (a refused request, or one refused before its
// session started, is never recorded; a started session counts even if it later fails,
// since its signature may exist). This module sums the ledger and decides.
import { isAmount } from './amount.js'
import { chainOf, type RequestContext } from './context.js'
import { ContextError } from './errors.js'
import type { Limit } from './document.js'

export interface LedgerEntry {
  requestId: string
  keyId: string
  /** 'eip155:<chainId>' | 'bitcoin:<network>' | 'solana:<cluster>' */
  chain: string
  /** Lowercase EVM address, Bitcoin address or Solana account receiving the amount. */
  destination: string
  /** Smallest unit of the chain's native asset (wei, satoshi, lamport), canonical decimal. */
  amount: string
  /** Unix seconds when the signing session started. */
  at: number
}

export interface Spend { destination: string; amount: bigint }

/** The native-asset amounts a request moves, per destination (change outputs excluded). */
export function spendsOf(ctx: RequestContext): Spend[] {
  const p = ctx.payload
  switch (p.kind) {
    case 'evm-tx': return BigInt(p.evm.value) > 0n ? [{ destination: p.evm.to, amount: BigInt(p.evm.value) }] : []
    case 'btc-psbt': return p.btc.outputs.filter((o) => !o.change).map((o) => ({ destination: o.address, amount: BigInt(o.amount) }))
    case 'solana-tx': return p.solana.transfers.map((t) => ({ destination: t.to, amount: BigInt(t.lamports) }))
    default: return []
  }
}

/** The entries the node persists for `ctx` when its signing session starts at `now`. */
export function ledgerEntriesFor(ctx: RequestContext, now: number): LedgerEntry[] {
  const chain = chainOf(ctx)
  return spendsOf(ctx).map((s) => ({ requestId: ctx.requestId, keyId: ctx.keyId, chain, destination: s.destination, amount: s.amount.toString(), at: now }))
}

export type VelocityResult = { ok: true } | { ok: false; limitId: string; reason: string }

/**
 * Checks every limit on this request's chain: for each group the request spends in
 * (its key, each destination, or the chain), entries with now - windowSeconds < at <= now,
 * plus this request's amount in that group, must not exceed max. An entry exactly
 * windowSeconds old no longer counts.
 */
export function checkVelocity(limits: readonly Limit[], ctx: RequestContext, ledger: readonly LedgerEntry[], now: number): VelocityResult {
  for (const e of ledger) {
    if (!isAmount(e.amount) || !Number.isSafeInteger(e.at)) throw new ContextError(`ledger entry of request ${JSON.stringify(e.requestId)} is malformed`)
  }
  const chain = chainOf(ctx)
  const spends = spendsOf(ctx)
  for (const limit of limits) {
    if (limit.chain !== chain || spends.length === 0) continue
    const since = now - limit.windowSeconds
    const inWindow = ledger.filter((e) => e.chain === chain && e.at > since && e.at <= now && e.requestId !== ctx.requestId)
    const groups = new Map<string, bigint>()
    for (const s of spends) {
      const g = limit.per === 'destination' ? s.destination : limit.per === 'key' ? ctx.keyId : chain
      groups.set(g, (groups.get(g) ?? 0n) + s.amount)
    }
    for (const [group, amount] of groups) {
      const previous = inWindow
        .filter((e) => limit.per === 'chain' || (limit.per === 'key' ? e.keyId === group : e.destination === group))
        .reduce((sum, e) => sum + BigInt(e.amount), 0n)
      if (previous + amount > BigInt(limit.max)) {
        return { ok: false, limitId: limit.id, reason: `velocity limit ${limit.id}: ${previous} already spent + ${amount} exceeds ${limit.max} per ${limit.windowSeconds} s (${limit.per} ${group})` }
      }
    }
  }
  return { ok: true }
}
