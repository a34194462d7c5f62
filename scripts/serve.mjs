#!/usr/bin/env node
/**
 * The production server: Next (site, admin, APIs) behind the front response cache of the public
 * sites (src/server/responseCache.js), emptied whenever content changes. `npm start` and the test
 * suites run exactly this. Usage: node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]
 */
import http from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { onContentChange } from '../src/cache/contentChanges.js'
import { servePublicApi } from '../src/public-api/responses.js'
import { stampClientIp } from '../src/public-forms/clientIpHeader.js'
import { refuseUnconfiguredProduction } from '../src/server/productionSettings.js'
import { refuseUndecodablePath } from '../src/server/refuseUndecodablePath.js'
import { createResponseCache } from '../src/server/responseCache.js'
import { createSecurityHeaders } from '../src/server/securityHeaders.js'

refuseUnconfiguredProduction()

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { port: { type: 'string' }, hostname: { type: 'string' } } })
const port = Number(values.port ?? process.env.PORT ?? 3000)
// The port the configured origin uses when SERVER_URL is not set (src/server/origins.js).
process.env.PORT = String(port)
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0'

const app = next({ dev: false, dir: root, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const cache = createResponseCache()
onContentChange(() => cache.clear())
const security = createSecurityHeaders()

const server = http.createServer((req, res) => {
  stampClientIp(req)
  // Security headers on every answer, the ones given from memory below included.
  security.apply(req, res)
  if (refuseUndecodablePath(req, res)) return
  // The public API's remembered answers (filled by its route handlers), then the sites' pages.
  if (servePublicApi(req, res) || cache.serve(req, res)) return
  security.hashInlineScripts(req, res)
  handle(req, res).catch((error) => {
    console.error(error)
    if (!res.headersSent) res.writeHead(500).end('Internal Server Error')
  })
})
server.listen(port, hostname, () =>
  console.log(`▸ Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`),
)

for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    server.close()
    server.closeAllConnections()
    process.exit(0)
  })
