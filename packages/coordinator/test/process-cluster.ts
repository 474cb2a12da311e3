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

/**
 * `nodes` processes (default 3); with `spare`, that many more are configured as peers of
 * every node (and known to the SDK) but not started (start them with startNode). `env`
 * is added to every node's environment; `beforeStart` may change the nodes' configs.
 */
export async function startProcessCluster(
  name: string,
  options: Pick<ConnectOptions, 'timeouts'> & {
    nodes?: number
    spare?: number
    env?: Record<string, string>
    /** Runs after prepareCluster wrote the configs, before any node starts (to add to them). */
    beforeStart?: (cluster: Awaited<ReturnType<typeof prepareCluster>>) => Promise<void>
  } = {},
): Promise<ProcessCluster> {
  const dir = await mkdtemp(join(tmpdir(), `thresh-${name}-`))
  const running = options.nodes ?? 3
  const spare = options.spare ?? 0
  const cluster = await prepareCluster({ dir: join(dir, 'net'), nodes: running + spare, logLevel: 'warn' })
  await options.beforeStart?.(cluster)
  const children: ChildProcess[] = cluster.members.slice(0, running).map((m: unknown) => startNode(m, { env: options.env }))
  await Promise.all(cluster.members.slice(0, running).map((m: unknown, i: number) => waitReady(m, children[i], 30_000, running - 1)))
  const c = await Coordinator.connect({ nodes: cluster.nodes, identity: cluster.coordinator.identityFile, ...(options.timeouts ? { timeouts: options.timeouts } : {}) })
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

/** Polls `check` every 100 ms until it holds; throws after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time')
    await new Promise((r) => setTimeout(r, 100))
  }
}
