// A local thresh cluster: n `thresh-node` processes (the built CLI) on 127.0.0.1 and
// a coordinator identity + client config to drive them. Used by `npm run testnet`,
// the network benchmark and the coordinator's end-to-end tests.
import '@thresh/wire/polyfill'
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, openSync, closeSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateIdentity, writeIdentityFile } from '@thresh/coordinator'

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const NODE_CLI = join(ROOT, 'packages/node/dist/cli.js')
export const THRESH_CLI = join(ROOT, 'packages/coordinator/dist/cli/bin.js')

/**
 * Writes everything a cluster needs under `dir` (which it empties first): a
 * passphrase file, `thresh-node init` for each node, node configs, a coordinator
 * identity and the client config `thresh.json` (which names `keys.json` as its keys
 * file: the keys the CLI pins). Starts nothing.
 *
 * @param {{ dir: string, nodes?: number, basePort?: number, logLevel?: string, network?: 'local' | 'compose', protectors?: Record<number, 'pkcs11' | 'tpm2'>, detached?: boolean }} options
 *   basePort 0 picks free ports; otherwise node i (from 1) listens on basePort + i and serves HTTP on
 *   basePort + 100 + i. network 'compose' writes configs for testnet/docker-compose.yml instead
 *   (nodes reach each other by service name; the ports are the ones the compose file publishes).
 *   protectors: member index (from 0) -> the hardware protector its keystore moves to once its
 *   config is written (`thresh-node rewrap`): a SoftHSM2 token, or a swtpm (started here,
 *   returned in `helpers`, detached with `detached`) sealing to PCR 16. See softwareHardware().
 */
export async function prepareCluster({ dir, nodes = 3, basePort = 0, logLevel = 'info', network = 'local', protectors = {}, detached = false }) {
  const layout = LAYOUTS[network]
  if (!layout) throw new Error(`unknown network layout ${network}`)
  requireBuild()
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const passphraseFile = join(dir, 'passphrase')
  await writeFile(passphraseFile, randomBytes(24).toString('base64url') + '\n', { mode: 0o600 })

  const ports = basePort === 0 ? await freePorts(2 * nodes) : Array.from({ length: 2 * nodes }, (_, k) => (k < nodes ? basePort + 1 + k : basePort + 101 + k - nodes))
  const members = await Promise.all(Array.from({ length: nodes }, async (_, i) => {
    const dataDir = join(dir, `node${i + 1}`)
    const { stdout } = await run(process.execPath, [NODE_CLI, 'init', '--data', dataDir, '--passphrase-file', passphraseFile, '--json'])
    const { peerId } = JSON.parse(stdout)
    const port = ports[i]
    const httpPort = ports[nodes + i]
    return {
      index: i, name: `node${i + 1}`, peerId, dataDir, port, httpPort, addr: `/ip4/127.0.0.1/tcp/${port}`,
      configFile: join(dataDir, 'config.json'), logFile: join(dataDir, 'node.log'), protector: 'passphrase', env: {},
    }
  }))
  const helpers = []
  const protect = {}
  for (const [index, kind] of Object.entries(protectors)) {
    const m = members[Number(index)]
    if (!m) continue
    if (kind === 'pkcs11') protect[m.index] = await softHsmToken(m)
    else if (kind === 'tpm2') protect[m.index] = await softTpm(m, detached, helpers)
    else throw new Error(`unknown protector ${kind}`)
  }

  const coordinator = await generateIdentity()
  const identityFile = join(dir, 'coordinator.key')
  await writeIdentityFile(identityFile, coordinator.key)

  for (const m of members) {
    const config = {
      ...layout.node(m),
      peers: members.filter((o) => o !== m).map((o) => ({ id: o.peerId, addrs: [layout.peerAddr(o)] })),
      coordinators: [coordinator.peerId],
      logLevel,
      ...(protect[m.index] ? { protect: protect[m.index] } : {}),
    }
    await writeFile(m.configFile, JSON.stringify(config, null, 2) + '\n')
  }
  // the final config first: a tpm2 store is sealed to PCR 16, which measures it
  for (const m of members.filter((o) => protect[o.index])) {
    const kind = protectors[m.index]
    const where = kind === 'pkcs11'
      ? ['--pkcs11-uri', protect[m.index].pkcs11Uri, '--pin-file', join(m.dataDir, protect[m.index].pinFile)]
      : ['--tpm-tcti', protect[m.index].tpmTcti]
    await run(process.execPath, [NODE_CLI, 'rewrap', '--data', m.dataDir, '--to', kind, '--passphrase-file', passphraseFile, '--config', m.configFile, ...where], m.env)
    m.protector = kind
  }
  const clientConfig = join(dir, 'thresh.json')
  const keysFile = join(dir, 'keys.json')
  const nodesEntry = members.map((m) => ({ peerId: m.peerId, addrs: [m.addr] }))
  await writeFile(clientConfig, JSON.stringify({ identity: 'coordinator.key', nodes: nodesEntry, keys: 'keys.json' }, null, 2) + '\n')
  return { dir, passphraseFile, members, nodes: nodesEntry, helpers, coordinator: { peerId: coordinator.peerId, identityFile, clientConfig, keysFile } }
}

/**
 * Which software stand-ins for hardware this machine has: SoftHSM2 (softhsm2-util and its
 * PKCS#11 module) and swtpm with tpm2-tools. The testnet puts node2 on the first and node3
 * on the second when present.
 */
export function softwareHardware() {
  const has = (tool) => {
    try {
      execFileSync('which', [tool], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  }
  return { softhsm: has('softhsm2-util') && existsSync(SOFTHSM_MODULE), swtpm: has('swtpm') && has('tpm2_createprimary') }
}

/** Debian's softhsm2 package puts its module here. */
const SOFTHSM_MODULE = '/usr/lib/softhsm/libsofthsm2.so'

/** A SoftHSM2 token of its own under the member's data dir; the node finds it through SOFTHSM2_CONF. */
async function softHsmToken(m) {
  const dir = join(m.dataDir, 'softhsm')
  await mkdir(join(dir, 'tokens'), { recursive: true, mode: 0o700 })
  const conf = join(dir, 'softhsm2.conf')
  await writeFile(conf, `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n`)
  const pin = randomBytes(12).toString('hex')
  await writeFile(join(dir, 'pin'), `${pin}\n`, { mode: 0o600 })
  m.env = { SOFTHSM2_CONF: conf }
  await run('softhsm2-util', ['--init-token', '--free', '--label', `thresh-${m.name}`, '--pin', pin, '--so-pin', randomBytes(12).toString('hex')], m.env)
  return { pkcs11Uri: `pkcs11:token=thresh-${m.name};object=store-key;type=secret-key?module-path=${SOFTHSM_MODULE}`, pinFile: 'softhsm/pin' }
}

/** A swtpm of its own (state under the member's data dir, a unix socket), running until the cluster stops. */
async function softTpm(m, detached, helpers) {
  const dir = join(m.dataDir, 'swtpm')
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const socket = join(dir, 'tpm.sock')
  const child = spawn('swtpm', ['socket', '--tpm2', '--tpmstate', `dir=${dir}`, '--server', `type=unixio,path=${socket}`, '--ctrl', `type=unixio,path=${socket}.ctrl`, '--flags', 'not-need-init,startup-clear'], {
    stdio: 'ignore',
    detached: true, // its own process group, stopped with the nodes
  })
  if (detached) child.unref()
  helpers.push(child)
  for (let i = 0; i < 200 && !existsSync(`${socket}.ctrl`); i++) await sleep(20)
  if (!existsSync(socket)) throw new Error(`swtpm for ${m.name} did not start`)
  return { tpmTcti: `swtpm:path=${socket}` }
}

/** Where each node listens and how the others and the coordinator reach it. */
const LAYOUTS = {
  // processes on this machine; paths relative to each node's config file
  local: {
    node: (m) => ({ dataDir: '.', listen: [m.addr], passphraseFile: '../passphrase', http: { listen: `127.0.0.1:${m.httpPort}` } }),
    peerAddr: (m) => m.addr,
  },
  // containers of testnet/docker-compose.yml: the data dir is mounted at /data, the passphrase is a docker secret
  compose: {
    node: (m) => ({
      dataDir: '/data',
      listen: ['/ip4/0.0.0.0/tcp/7000'],
      announce: [`/dns4/${m.name}/tcp/7000`],
      passphraseFile: '/run/secrets/thresh_passphrase',
      http: { listen: '0.0.0.0:9464' },
    }),
    peerAddr: (m) => `/dns4/${m.name}/tcp/7000`,
  },
}

/**
 * Starts member `m` as its own process (own process group, output appended to its
 * log file). With `detached`, the process outlives this one (testnet --keep); `env`
 * adds environment variables (the crash tests' THRESH_FAILPOINT). THRESH_NODE_FLAGS in this
 * process's environment passes Node flags to every node (`--perf-basic-prof`, `--cpu-prof`:
 * NODE_OPTIONS refuses the latter).
 */
export function startNode(m, { detached = false, env = undefined } = {}) {
  const log = openSync(m.logFile, 'a')
  try {
    const child = spawn(process.execPath, [...(process.env.THRESH_NODE_FLAGS ? process.env.THRESH_NODE_FLAGS.split(' ') : []), NODE_CLI, 'start', '--config', m.configFile], {
      cwd: m.dataDir,
      stdio: ['ignore', log, log],
      env: { ...process.env, ...m.env, ...env },
      detached: true, // its own process group: a terminal's Ctrl-C reaches only us, and we stop it
    })
    if (detached) child.unref()
    return child
  } finally {
    closeSync(log)
  }
}

/**
 * Polls /healthz until the node is serving and connected to its peers: all of them, or
 * `minPeers` (peers configured but not started yet do not count).
 */
export async function waitReady(m, child, timeoutMs = 30_000, minPeers = undefined) {
  const deadline = Date.now() + timeoutMs
  let last = 'no answer'
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${m.name} exited with code ${child.exitCode} while starting`)
    try {
      const res = await fetch(`http://127.0.0.1:${m.httpPort}/healthz`, { signal: AbortSignal.timeout(1_000) })
      const health = await res.json()
      const connected = Array.isArray(health.connectedPeers) ? health.connectedPeers.length : health.connectedPeers
      if (res.ok && connected >= (minPeers ?? health.configuredPeers)) return health
      last = `status ${health.status}, ${connected}/${health.configuredPeers} peers connected`
    } catch (err) {
      last = err.cause?.code ?? err.message
    }
    await sleep(100)
  }
  throw new Error(`${m.name} not ready after ${timeoutMs} ms (${last})`)
}

/** SIGTERM, then SIGKILL for whatever is still running after `graceMs`. */
export async function stopProcesses(children, graceMs = 5_000) {
  const alive = children.filter((c) => c && c.exitCode === null && c.signalCode === null)
  await Promise.all(alive.map((c) => {
    const exited = new Promise((r) => c.once('exit', r))
    signalGroup(c.pid, 'SIGTERM')
    const timer = setTimeout(() => signalGroup(c.pid, 'SIGKILL'), graceMs)
    return exited.finally(() => clearTimeout(timer))
  }))
}

/** Sends `signal` to the process group a node leads (the node and anything it started). */
export function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal)
  } catch (err) {
    if (err.code !== 'ESRCH') throw err
  }
}

export async function logTail(m, lines = 20) {
  if (!existsSync(m.logFile)) return '(no log)'
  const text = await readFile(m.logFile, 'utf8')
  return text.trimEnd().split('\n').slice(-lines).join('\n')
}

function requireBuild() {
  for (const file of [NODE_CLI, THRESH_CLI]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`)
  }
}

async function freePorts(n) {
  const servers = await Promise.all(Array.from({ length: n }, () => new Promise((res, rej) => {
    const s = createServer()
    s.once('error', rej)
    s.listen(0, '127.0.0.1', () => res(s))
  })))
  const ports = servers.map((s) => s.address().port)
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))))
  return ports
}

function run(cmd, args, env = {}) {
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.once('error', rej)
    child.once('exit', (code) => (code === 0 ? res({ stdout, stderr }) : rej(new Error(`${args.slice(0, 2).join(' ')} exited ${code}: ${stderr.trim()}`))))
  })
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
