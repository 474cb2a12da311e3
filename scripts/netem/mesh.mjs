// Puts a LinkProxy on every link of a local cluster made by scripts/testnet/cluster.mjs
// (prepareCluster), before its nodes start: node i reaches node j only through the link
// i->j, and the coordinator reaches node j through coordinator->j. Each node announces its
// coordinator link as its address, so a peer that redials it after a connection closed (with
// the address libp2p's identify taught it) still goes through a proxy of that node: isolating
// a node shapes every way to it.
import { readFile, writeFile } from 'node:fs/promises'
import { LinkProxy } from './proxy.mjs'

export const COORDINATOR = 'coordinator'

/**
 * Starts the proxies and rewrites the node configs and `cluster.nodes` (the SDK's node list)
 * to use them. `shape` is every link's initial shape.
 * @param {{ members: { name: string, peerId: string, port: number, configFile: string }[], nodes: { peerId: string, addrs: string[] }[] }} cluster
 * @param {import('./proxy.mjs').LinkShape} [shape]
 */
export async function meshCluster(cluster, shape = {}) {
  /** @type {Map<string, LinkProxy>} "from->to" */
  const links = new Map()
  const sources = [COORDINATOR, ...cluster.members.map((m) => m.name)]
  for (const to of cluster.members) {
    for (const from of sources) {
      if (from === to.name) continue
      links.set(`${from}->${to.name}`, await LinkProxy.start({ port: to.port }, shape))
    }
  }
  const link = (from, to) => {
    const l = links.get(`${from}->${to}`)
    if (!l) throw new Error(`no link ${from}->${to}`)
    return l
  }
  for (const m of cluster.members) {
    const config = JSON.parse(await readFile(m.configFile, 'utf8'))
    const byId = new Map(cluster.members.map((o) => [o.peerId, o]))
    config.peers = config.peers.map((p) => ({ ...p, addrs: [link(m.name, byId.get(p.id).name).multiaddr] }))
    config.announce = [link(COORDINATOR, m.name).multiaddr]
    await writeFile(m.configFile, JSON.stringify(config, null, 2) + '\n')
  }
  for (const entry of cluster.nodes) {
    const m = cluster.members.find((o) => o.peerId === entry.peerId)
    entry.addrs = [link(COORDINATOR, m.name).multiaddr]
  }
  const touching = (name) => [...links].filter(([k]) => k.split('->').includes(name)).map(([, l]) => l)
  return {
    link,
    links,
    /** Shapes every link. */
    setAll: (s) => links.forEach((l) => l.set(s)),
    /** Shapes every link to and from node `name` (the coordinator's included). */
    setNode: (name, s) => touching(name).forEach((l) => l.set(s)),
    /** Bytes carried by all links so far (both directions). */
    bytes: () => [...links.values()].reduce((n, l) => n + l.stats.forwardBytes + l.stats.backwardBytes, 0),
    close: () => Promise.all([...links.values()].map((l) => l.close())),
  }
}
