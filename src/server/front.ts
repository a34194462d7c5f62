/**
 * The production server: Next (sites, admin, APIs) behind the front caches
 * (src/plugins/site-cache/frontCache.ts). Compiled by `npm run build` (build:server) into .next/front-server.mjs, which
 * scripts/serve.mjs starts; `npm start` and the test suites run exactly that. Only what this file
 * imports is bundled (no Payload, no Next: Next is loaded from node_modules), so the caches and
 * signals it shares with Next's bundles are process-wide (src/plugins/site-cache/stores.ts).
 */
import http from 'node:http'

import next from 'next'

import { forgetPublicApiAnswers } from '../plugins/site-cache/apiAnswers'
import { createFrontCache } from '../plugins/site-cache/frontCache'

import { stampClientIp } from './clientIpHeader'
import { serveHealth } from './health'
import { refuseUnconfiguredProduction } from './productionSettings'
import { refuseUndecodablePath } from './refuseUndecodablePath'
import { logRequest } from './requestLog'
import { finishPublicPage, ownScriptAddress } from './publicPageScripts'
import { createSecurityHeaders, isPreview } from './securityHeaders'
import { closeGracefully, closeWhileDraining } from './shutdown'

/** In place of the front cache when nothing is remembered. */
const rendered = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  render: (req: http.IncomingMessage, res: http.ServerResponse) => void,
) => render(req, res)

type Options = {
  dir: string
  port: number
  hostname: string
  /**
   * False: every page and public API answer is computed anew, nothing remembered (for
   * `npm run bench:pages`, which measures renders). Only code can turn it off, no request can.
   */
  remember?: boolean
}

export const serveFront = async ({ dir, port, hostname, remember = true }: Options) => {
  refuseUnconfiguredProduction()
  // The port the configured origin uses when SERVER_URL is not set (origins.ts).
  process.env.PORT = String(port)

  const app = next({ dev: false, dir, hostname, port })
  const handle = app.getRequestHandler()
  await app.prepare()

  if (!remember) forgetPublicApiAnswers()
  const cached = remember ? createFrontCache() : rendered
  const ownScript = ownScriptAddress(dir)
  // Public pages go out without Next's client runtime; a draft preview keeps it (publicPageScripts.ts).
  const security = createSecurityHeaders({
    rewrite: (req) => (page) =>
      finishPublicPage(page, { path: req.url ?? '/', keepRuntime: isPreview(req), ownScript }),
  })
  const render = (req: http.IncomingMessage, res: http.ServerResponse) => {
    // Next answers HEAD without rendering a page, so one that finds nothing would say 200: it is
    // rendered as a GET, and Node sends no body on a response to HEAD.
    if (req.method === 'HEAD') req.method = 'GET'
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
