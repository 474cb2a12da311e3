// Three real `thresh-node` processes (the built CLI, as `npm run testnet` starts them) and
// an SDK connected to them, for the tests that need the whole network.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { prepareCluster, startNode, stopProcesses, waitReady } from '../../../scripts/testnet/cluster.mjs'
import { Coordinator, type ConnectOptions } from '../src/index.js'

export interface ProcessCluster {
  /** What prepareCluster wrote: members, node entries, the coordinator's identity, config and keys files. */
  readonly cluster: Awaited<ReturnType<typeof prepareCluster>>
  readonly children: ChildProcess[]
  readonly c: Coordinator
  stop(): Promise<void>
}

export async function startProcessCluster(name: string, options: Pick<ConnectOptions, 'timeouts'> = {}): Promise<ProcessCluster> {
  const dir = await mkdtemp(join(tmpdir(), `thresh-${name}-`))
  const cluster = await prepareCluster({ dir: join(dir, 'net'), nodes: 3, logLevel: 'warn' })
  const children: ChildProcess[] = cluster.members.map((m: unknown) => startNode(m))
  await Promise.all(cluster.members.map((m: unknown, i: number) => waitReady(m, children[i])))
  const c = await Coordinator.connect({ nodes: cluster.nodes, identity: cluster.coordinator.identityFile, ...options })
  return {
    cluster,
    children,
    c,
    async stop() {
      await c.close()
      await stopProcesses(children)
      await rm(dir, { recursive: true, force: true })
    },
  }
}
