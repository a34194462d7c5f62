import type { IncomingMessage, ServerResponse } from 'node:http'

import { readiness } from './readiness'

const answer = (res: ServerResponse, status: number, body: unknown) =>
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(JSON.stringify(body))

/**
 * `/healthz`: the process answers (for a supervisor deciding to restart it). `/readyz`: it can
 * serve, its database, Redis (when REDIS_URL is set) and upload storage all reachable, and it is
 * not shutting down (for the proxy deciding where to send requests). Answered before Next, in
 * milliseconds, never cached; true when the request was one of them.
 */
export const serveHealth = (req: IncomingMessage, res: ServerResponse): boolean => {
  const path = req.url?.split('?')[0]
  if (path === '/healthz') {
    answer(res, 200, { status: 'alive' })
    return true
  }
  if (path !== '/readyz') return false
  readiness().then(
    ({ ready, checks }) => answer(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks }),
    (error: unknown) => answer(res, 503, { status: 'not ready', error: String(error) }),
  )
  return true
}
