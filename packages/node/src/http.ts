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
 * GET /metrics (Prometheus text format), GET /healthz (JSON; 200 when the node is
 * serving everything, 503 otherwise — degraded included) and, to loopback clients only,
 * GET /admin/keys (the keys' public facts, active and pending: `thresh-node keys`).
 * Nothing else, and nothing secret.
 */
export async function startHttp(
  listen: string, metrics: NodeMetrics, health: () => Health, log: Logger, admin: { keys: () => unknown },
): Promise<{ server: Server; address: string }> {
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
    if (path === '/admin/keys') {
      // the operator's own machine only, whatever address the server is bound to
      if (!isLoopback(req.socket.remoteAddress)) {
        res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ error: '/admin is served to this machine (loopback) only' }))
        return
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(admin.keys()))
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

/** Whether a client address is this machine's loopback (IPv4, IPv6, or IPv4-mapped). */
export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'))
}
