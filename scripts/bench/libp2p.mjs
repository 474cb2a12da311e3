// What one request/response costs on thresh's libp2p stack (TCP, Noise, yamux) between
// two processes on loopback, with nothing of thresh around it: the floor under every
// coordinator request and node-to-node message.
//   libp2p-request-new-stream   a stream opened, negotiated and closed per request
//                               (/thresh/coord/1.0.0's pattern)
//   libp2p-request-kept-stream  the same 200-byte request and echo on one stream kept
//                               open (/thresh/coord/2.0.0 and the session transport)
// Rows carry the CPU time per request of each end (this process: process.cpuUsage; the
// echo host: /proc utime+stime).
import '@thresh/wire/polyfill'
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { multiaddr } from '@multiformats/multiaddr'
import { frameStream } from '@thresh/wire'
import { cpuMsOf } from './support/cpu.mjs'
import { createEchoHost, ECHO_PROTOCOL } from './support/libp2p-host.mjs'

const RUNS = 300
const CASES = ['libp2p-request-new-stream', 'libp2p-request-kept-stream']

export async function run(bench) {
  if (!CASES.some((name) => bench.wanted(name))) return
  const echo = fork(fileURLToPath(new URL('./support/libp2p-echo.mjs', import.meta.url)))
  const host = await createEchoHost([])
  try {
    const address = await new Promise((resolve, reject) => {
      echo.once('message', resolve)
      echo.once('exit', (code) => reject(new Error(`echo host exited (${code})`)))
    })
    const connection = await host.dial(multiaddr(address))
    const payload = new Uint8Array(200).fill(7)
    const measure = async (name, request) => {
      const before = { self: process.cpuUsage(), echo: await cpuMsOf(echo.pid) }
      const row = await bench.measure(name, { runs: RUNS, warmup: 20 }, request)
      if (!row) return
      const self = process.cpuUsage(before.self)
      row.caller_cpu_ms = Math.round(((self.user + self.system) / 1000 / (RUNS + 20)) * 100) / 100
      row.echo_cpu_ms = Math.round(((await cpuMsOf(echo.pid)) - before.echo) / (RUNS + 20) * 100) / 100
    }
    await measure('libp2p-request-new-stream', async () => {
      const stream = await connection.newStream(ECHO_PROTOCOL, { maxOutboundStreams: 1024 })
      const frames = frameStream(stream)
      await frames.write(payload)
      await frames.read()
      await stream.close()
    })
    const frames = frameStream(await connection.newStream(ECHO_PROTOCOL))
    await measure('libp2p-request-kept-stream', async () => {
      await frames.write(payload)
      await frames.read()
    })
  } finally {
    await host.stop()
    echo.kill()
  }
}

