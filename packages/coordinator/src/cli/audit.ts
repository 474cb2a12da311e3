// `thresh audit compare` (docs/policy.md, "Audit log"): every node's audit log, verified
// against its identity, and whether the nodes agree on what was signed. Exit code 1 when
// a log does not verify, a node does not answer, or the nodes disagree.
import type { Coordinator } from '../coordinator.js'
import { ConfigError } from '../errors.js'
import { formatTable } from './text.js'

export async function auditCommand(c: Coordinator, sub: string | undefined): Promise<{ text: string; json: unknown; code: number }> {
  if (sub !== 'compare') throw new ConfigError(`unknown audit subcommand ${JSON.stringify(sub ?? '')} (compare)`, 'audit')
  const r = await c.compareAudit()
  const rows = r.nodes.map((n) => [
    n.peerId,
    !n.ok ? `no log: ${n.code}: ${n.message}` : n.value.ok ? `verifies: ${n.value.entries} entries, ${n.value.checkpoints} checkpoints` : `BROKEN at entry ${n.value.seq} (${n.value.problem}): ${n.value.message}`,
  ])
  const lines = [
    formatTable(['node', 'log'], rows),
    `${r.requests} sign requests in the logs, ${r.signed} signed`,
    ...r.disagreements.map((d) => `DISAGREE ${d.requestId} ${d.field}: ${Object.entries(d.values).map(([node, v]) => `${node}=${v}`).join(', ')}`),
    r.agree ? 'the nodes agree on what was signed' : 'the nodes do NOT agree (see above)',
  ]
  return { text: lines.join('\n'), json: r, code: r.agree ? 0 : 1 }
}
