import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { safeErrorMessage } from '@thresh/crypto'
import type { Logger } from './log.js'
import type { NodeMetrics } from './metrics.js'

export interface Health {
  /** 'degraded': serving reads, refusing what needs a write (the disk refuses writes). */
  readonly status: 'ok' | 'degraded' | 'starting' | 'stopping'
  readonly [key: string]: unknown
}

/**
 * GET /metrics (Prometheus text format) and GET /healthz (JSON; 200 when the node
 * is serving everything, 503 otherwise — degraded included). Nothing else, and
 * nothing secret.
 */
export async function startHttp(listen: string, metrics: NodeMetrics, health: () => Health, log: Logger): Promise<{ server: Server; address: string }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' }).end()
      return
    }
    if (path === '/metrics') {
      metrics.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        (err: unknown) => {
          log.error({ err: safeErrorMessage(err) }, 'metrics collection failed')
          res.writeHead(500).end()
        },
      )
      return
    }
    if (path === '/healthz') {
      const h = health()
      res.writeHead(h.status === 'ok' ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(h))
      return
    }
    res.writeHead(404).end()
  })
  const idx = listen.lastIndexOf(':')
  const host = listen.slice(0, idx).replace(/^\[|\]$/g, '')
  const port = Number(listen.slice(idx + 1))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const addr = server.address() as AddressInfo
  return { server, address: `${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}` }
}
