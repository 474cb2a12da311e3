import { BlockList, isIP } from 'node:net'
import type { Multiaddr } from '@multiformats/multiaddr'

type Family = 'ipv4' | 'ipv6'

/** One address or CIDR range: `203.0.113.7`, `10.0.0.0/8`, `2001:db8::/32`. */
interface IpRange {
  readonly address: string
  readonly prefix: number
  readonly family: Family
}

/** Parses an address or CIDR range; throws RangeError saying what is wrong. */
export function parseIpRange(text: string): IpRange {
  const slash = text.indexOf('/')
  const address = slash < 0 ? text : text.slice(0, slash)
  const version = isIP(address)
  if (version === 0) throw new RangeError(`${JSON.stringify(text)} is not an IP address or CIDR range`)
  const family: Family = version === 4 ? 'ipv4' : 'ipv6'
  const bits = version === 4 ? 32 : 128
  if (slash < 0) return { address, prefix: bits, family }
  const prefixText = text.slice(slash + 1)
  const prefix = Number(prefixText)
  if (!/^\d{1,3}$/.test(prefixText) || prefix > bits) throw new RangeError(`${JSON.stringify(text)} has a prefix length outside 0..${bits}`)
  return { address, prefix, family }
}

/** The IP address of a multiaddr that starts with /ip4 or /ip6, else undefined (e.g. /dns4). */
export function multiaddrIp(addr: Multiaddr): { address: string; family: Family } | undefined {
  const first = addr.getComponents()[0]
  if (first?.value === undefined) return undefined
  if (first.name === 'ip4') return { address: first.value, family: 'ipv4' }
  if (first.name === 'ip6') return { address: first.value, family: 'ipv6' }
  return undefined
}

/**
 * The remote addresses allowed to open a connection to this node. IPv4 ranges also
 * match IPv4-mapped IPv6 addresses (`::ffff:a.b.c.d`, what a dual-stack listener sees).
 */
export class IpAllowList {
  private readonly list = new BlockList()

  constructor(ranges: readonly string[]) {
    for (const text of ranges) {
      const { address, prefix, family } = parseIpRange(text)
      this.list.addSubnet(address, prefix, family)
    }
  }

  /** Whether a connection from `addr` (a remote multiaddr) may proceed; addresses without an IP never may. */
  allows(addr: Multiaddr): boolean {
    const ip = multiaddrIp(addr)
    return ip !== undefined && this.list.check(ip.address, ip.family)
  }
}
