// A bare libp2p host (TCP + Noise + yamux, as thresh's) that echoes frames on /bench/echo/1.0.0;
// scripts/bench/libp2p.mjs forks it and sends it its address over IPC.
import '@thresh/wire/polyfill'
import { frameStream } from '@thresh/wire'
import { createEchoHost, ECHO_PROTOCOL } from './libp2p-host.mjs'

const host = await createEchoHost(['/ip4/127.0.0.1/tcp/0'])
await host.handle(ECHO_PROTOCOL, async (stream) => {
  const frames = frameStream(stream)
  for (let frame = await frames.read().catch(() => null); frame !== null; frame = await frames.read().catch(() => null)) await frames.write(frame)
  await stream.close().catch(() => {})
}, { maxInboundStreams: 1024 })
process.send(host.getMultiaddrs()[0].toString())
process.on('disconnect', () => process.exit(0))
