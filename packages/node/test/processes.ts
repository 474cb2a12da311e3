import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { configJson, PASSPHRASE, prepareMembers, removeDir, type ClusterOptions, type Member } from './cluster.js'

const repo = fileURLToPath(new URL('../../../', import.meta.url))
/** The built CLI: these tests run what an operator runs. */
export const CLI = join(repo, 'packages/node/dist/cli.js')

/** Brings dist/ up to date (tsc -b is incremental: cheap when nothing changed). */
export function build(): void {
  execFileSync(join(repo, 'node_modules/.bin/tsc'), ['-b', 'packages/node'], { cwd: repo, stdio: 'pipe' })
}

export const cliEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ ...process.env, THRESH_PASSPHRASE: PASSPHRASE, ...extra })

/** Runs the CLI to completion; with `timeoutMs`, SIGKILLs it then (`killed` says so). */
export function runCli(args: string[], env: NodeJS.ProcessEnv = cliEnv(), timeoutMs = 0): Promise<{ code: number; stdout: string; stderr: string; killed: boolean }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env, cwd: repo, timeout: timeoutMs, killSignal: 'SIGKILL' }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0
      resolve({ code, stdout, stderr, killed: err?.killed === true })
    })
  })
}

/** One `thresh-node start` process. */
export class NodeProcess {
  /** Log lines (pino JSON, parsed) seen so far. */
  readonly logs: Record<string, unknown>[] = []
  readonly exited: Promise<number | null>

  private constructor(
    readonly member: Member,
    readonly child: ChildProcess,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
  }

  /** Spawns the node and waits for its "node started" log line. */
  static async start(member: Member, configPath: string, logPath: string, env: NodeJS.ProcessEnv = cliEnv()): Promise<NodeProcess> {
    const child = spawn(process.execPath, [CLI, 'start', '--config', configPath], { env, cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] })
    const node = new NodeProcess(member, child)
    const log = createWriteStream(logPath, { flags: 'a' })
    child.stderr!.pipe(log)
    const started = new Promise<void>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        log.write(line + '\n')
        let entry: Record<string, unknown>
        try {
          entry = JSON.parse(line) as Record<string, unknown>
        } catch {
          return
        }
        node.logs.push(entry)
        if (entry.msg === 'node started') resolve()
      })
      void node.exited.then((code) => reject(new Error(`node ${member.peerId} exited with ${code} before starting (log: ${logPath})`)))
    })
    await withTimeout(started, 30_000, `node ${member.peerId} did not start (log: ${logPath})`)
    return node
  }

  get url(): string {
    return `http://127.0.0.1:${this.member.httpPort}`
  }

  async health(): Promise<{ httpStatus: number; body: Record<string, unknown> }> {
    const res = await fetch(`${this.url}/healthz`)
    return { httpStatus: res.status, body: (await res.json()) as Record<string, unknown> }
  }

  async metrics(): Promise<string> {
    return (await fetch(`${this.url}/metrics`)).text()
  }

  /** Sum of a metric's samples whose labels include `labels`. */
  async metric(name: string, labels: Record<string, string> = {}): Promise<number> {
    let sum = 0
    for (const line of (await this.metrics()).split('\n')) {
      const m = /^([a-z_]+)(\{[^}]*\})? (\S+)$/.exec(line)
      if (!m || m[1] !== name) continue
      if (Object.entries(labels).every(([k, v]) => (m[2] ?? '').includes(`${k}="${v}"`))) sum += Number(m[3])
    }
    return sum
  }

  /** Waits until the node reports `peers` connected signer peers. */
  async waitConnected(peers: number, timeoutMs = 20_000): Promise<void> {
    await waitFor(async () => ((await this.health()).body.connectedPeers as string[]).length === peers, timeoutMs, `node ${this.member.peerId} did not connect to ${peers} peers`)
  }

  /** SIGTERM and wait for a clean exit. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM')
    return withTimeout(this.exited, 20_000, `node ${this.member.peerId} did not stop`)
  }

  kill(): void {
    this.child.kill('SIGKILL')
  }
}

/** Writes member i's config file and returns its path. */
export async function writeConfig(root: string, members: readonly Member[], i: number, coordinators: readonly string[], options: ClusterOptions = {}): Promise<string> {
  const path = join(root, `node${i + 1}.json`)
  await writeFile(path, JSON.stringify(configJson(members, i, coordinators, { ...options, extra: { logLevel: 'info', ...options.extra } }), null, 2))
  return path
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      if (await check()) return
    } catch {
      // not ready yet
    }
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms)))])
  } finally {
    clearTimeout(timer)
  }
}

export interface ProcessCluster {
  readonly root: string
  readonly members: Member[]
  readonly configs: string[]
  readonly nodes: NodeProcess[]
  stop(): Promise<void>
}

/** n node processes with data directories made by the library (cheap KDF), all connected. */
export async function startCluster(n: number, coordinators: readonly string[], options: ClusterOptions = {}): Promise<ProcessCluster> {
  build()
  const { root, members } = await prepareMembers(n)
  const configs = await Promise.all(members.map((_, i) => writeConfig(root, members, i, coordinators, options)))
  const nodes = await Promise.all(members.map((m, i) => NodeProcess.start(m, configs[i]!, join(root, `node${i + 1}.log`))))
  await Promise.all(nodes.map((node) => node.waitConnected(n - 1 + (options.extraPeersConnected ?? 0))))
  return {
    root,
    members,
    configs,
    nodes,
    async stop() {
      await Promise.all(nodes.map((node) => node.stop().catch(() => undefined)))
      if (!process.env.KEEP) await removeDir(root)
    },
  }
}
