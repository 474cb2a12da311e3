import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import { parseEd25519PeerId } from '@thresh/wire'
import type { NodeAddress } from './client-host.js'
import { ConfigError } from './errors.js'
import type { NodeEntry } from './types.js'

/**
 * Checks the configured nodes: canonical Ed25519 peer ids, no repeats, at least one
 * parsable multiaddr each. A trailing /p2p/<id> must name the same node; it is dropped.
 */
export function parseNodes(nodes: readonly NodeEntry[], field = 'nodes'): NodeAddress[] {
  if (!Array.isArray(nodes) || nodes.length === 0) throw new ConfigError(`${field} must list at least one node`, field)
  const seen = new Set<string>()
  return nodes.map((node, i) => {
    const where = `${field}[${i}]`
    if (typeof node !== 'object' || node === null) throw new ConfigError(`${where} must be an object with peerId and addrs`, where)
    let peerId: string
    try {
      peerId = parseEd25519PeerId(String(node.peerId ?? ''), `${where}.peerId`).toString()
    } catch (err) {
      throw new ConfigError((err as Error).message, `${where}.peerId`)
    }
    if (seen.has(peerId)) throw new ConfigError(`${where}.peerId repeats ${peerId}`, `${where}.peerId`)
    seen.add(peerId)
    if (!Array.isArray(node.addrs) || node.addrs.length === 0) throw new ConfigError(`${where}.addrs must list at least one multiaddr`, `${where}.addrs`)
    const addrs = (node.addrs as readonly unknown[]).map((a, j) => dialAddress(a, peerId, `${where}.addrs[${j}]`))
    return { peerId, addrs }
  })
}

/** Splits `<multiaddr>/p2p/<peerId>` into a node entry (the form the CLI's --node flag takes). */
export function nodeFromMultiaddr(text: string, field: string): NodeEntry {
  let ma: Multiaddr
  try {
    ma = multiaddr(text)
  } catch {
    throw new ConfigError(`${field} is not a multiaddr: ${text}`, field)
  }
  const peerId = ma.getComponents().find((c) => c.name === 'p2p')?.value
  if (!peerId) throw new ConfigError(`${field} must end in /p2p/<peer id>: ${text}`, field)
  return { peerId, addrs: [text] }
}

function dialAddress(text: unknown, peerId: string, field: string): Multiaddr {
  let ma: Multiaddr
  try {
    ma = multiaddr(String(text))
  } catch {
    throw new ConfigError(`${field} is not a multiaddr: ${String(text)}`, field)
  }
  const p2p = ma.getComponents().filter((c) => c.name === 'p2p')
  if (p2p.some((c) => c.value !== peerId)) throw new ConfigError(`${field} names another peer id than its node`, field)
  return p2p.length > 0 ? ma.decapsulateCode(p2p[0]!.code) : ma
}
