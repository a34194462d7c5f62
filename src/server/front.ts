/**
 * The production server: Next (sites, admin, APIs) behind the front caches
 * (src/plugins/site-cache/frontCache.ts). Compiled by `npm run build` (build:server) into .next/front-server.mjs, which
 * scripts/serve.mjs starts; `npm start` and the test suites run exactly that. Only what this file
 * imports is bundled (no Payload, no Next: Next is loaded from node_modules), so the caches and
 * signals it shares with Next's bundles are process-wide (src/plugins/site-cache/stores.ts).
 */
import http from 'node:http'

import next from 'next'

import { createFrontCache } from '../plugins/site-cache/frontCache'

import { stampClientIp } from './clientIpHeader'
import { serveHealth } from './health'
import { refuseUnconfiguredProduction } from './productionSettings'
import { refuseUndecodablePath } from './refuseUndecodablePath'
import { logRequest } from './requestLog'
import { createSecurityHeaders } from './securityHeaders'
import { closeGracefully, closeWhileDraining } from './shutdown'

type Options = { dir: string; port: number; hostname: string }

export const serveFront = async ({ dir, port, hostname }: Options) => {
  refuseUnconfiguredProduction()
  // The port the configured origin uses when SERVER_URL is not set (origins.ts).
  process.env.PORT = String(port)

  const app = next({ dev: false, dir, hostname, port })
  const handle = app.getRequestHandler()
  await app.prepare()

  const cached = createFrontCache()
  const security = createSecurityHeaders()
  const render = (req: http.IncomingMessage, res: http.ServerResponse) => {
    security.hashInlineScripts(req, res)
    handle(req, res).catch((error) => {
      console.error(error)
      if (!res.headersSent) res.writeHead(500).end('Internal Server Error')
    })
  }

  const server = http.createServer((req, res) => {
    // Operations first: a log line and request id for every answer, health probes before anything.
    logRequest(req, res)
    closeWhileDraining(res)
    if (serveHealth(req, res)) return
    stampClientIp(req)
    // Security headers on every answer, the ones given from memory below included.
    security.apply(req, res)
    if (refuseUndecodablePath(req, res)) return
    // The public API's remembered answers (filled by its route handlers), the sites' pages, else Next.
    cached(req, res, render)
  })
  server.listen(port, hostname, () =>
    console.log(`▸ Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`),
  )
  closeGracefully(server)
}
