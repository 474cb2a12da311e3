// A local Ethereum chain for the testnet's wallet act and the local-chain test: Hardhat
// Network (hardhat 2, whose chain is Nomic Foundation's EDR) as a child process on a
// free port of 127.0.0.1, chain id 31337, with its unlocked, funded dev accounts.
// Chosen because it installs from the npm registry alone (EDR ships prebuilt binaries as
// registry packages), runs on Node 20 (hardhat 3 and current EDR need Node 22), is
// actively maintained, and automines every transaction; ganache is archived, and anvil's
// npm wrapper is new and little used.
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { ROOT } from './cluster.mjs'

const HARDHAT_CLI = createRequire(join(ROOT, 'package.json')).resolve('hardhat/internal/cli/cli.js')

/** Starts the chain; resolves once its JSON-RPC server answers. `stop()` ends it and removes its files. */
export async function startEvmChain({ timeoutMs = 60_000 } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'thresh-evm-'))
  const config = join(dir, 'hardhat.config.cjs')
  await writeFile(config, 'module.exports = { networks: { hardhat: { chainId: 31337 } } }\n')
  const port = await freePort()
  // run from the repository: hardhat refuses to start unless it is installed where it runs
  const child = spawn(process.execPath, [HARDHAT_CLI, 'node', '--config', config, '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HARDHAT_DISABLE_TELEMETRY_PROMPT: 'true' },
  })
  let output = ''
  child.stdout.on('data', (d) => { output = (output + d).slice(-4000) })
  child.stderr.on('data', (d) => { output = (output + d).slice(-4000) })
  const rpcUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the local chain exited (${child.exitCode}): ${output}`)
    try {
      const chainId = await rpc(rpcUrl, 'eth_chainId', [])
      if (chainId === '0x7a69') break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the local chain did not answer within ${timeoutMs} ms: ${output}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    rpcUrl,
    chainId: 31337,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))])
        if (child.exitCode === null) child.kill('SIGKILL')
      }
      await rm(dir, { recursive: true, force: true })
    },
  }
}

async function rpc(url, method, params) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }), signal: AbortSignal.timeout(2_000) })
  const body = await res.json()
  if (body.error) throw new Error(body.error.message)
  return body.result
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}
