/**
 * How the public API sends an answer: the same headers whether the route handler (handler.ts)
 * or the front server (`servePublicApi`, from the answers the handlers remembered in
 * src/plugins/site-cache/apiAnswers.ts) sends it. The front server bundles this file, so it
 * imports neither Payload nor Next.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { peekResponse, responseKey, type CachedResponse } from '../site-cache/apiAnswers'
import { publicAnswerCacheControl, tagHeaders } from '../site-cache/cdnHeaders'
import { cacheLifetimeMs } from '../site-cache/contentChanges'
import { requestHost } from '../site-tenancy/requestHost'

import { apiBase } from './paths'

/** Anyone may read, from any origin, without credentials. */
export const corsHeaders = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag' }

/**
 * Browsers revalidate after a minute, cheaply (ETag, 304); shared caches keep an answer as long
 * as a page and may be purged by its tags (src/plugins/site-cache/cdnHeaders.ts).
 */
export const headersOf = (answer: CachedResponse): Record<string, string> => ({
  ...corsHeaders,
  'cache-control': publicAnswerCacheControl(answer.status === 200 ? cacheLifetimeMs() : 60_000),
  ...tagHeaders(answer.tags),
  etag: answer.etag,
  'x-content-type-options': 'nosniff',
})

export const stillFresh = (ifNoneMatch: string | null | undefined, etag: string) =>
  Boolean(
    ifNoneMatch &&
    (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)),
  )

export const jsonType = 'application/json; charset=utf-8'

const prefix = `${apiBase}/`

/**
 * For the front server: answers a GET or HEAD of the public API from memory and returns true, or
 * returns false (not remembered, or not the public API) for Next to answer.
 */
export const servePublicApi = (req: IncomingMessage, res: ServerResponse) => {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith(prefix)) return false
  const key = responseKey({ host: requestHost((name) => req.headers[name]), url: new URL(`http://front${req.url}`) })
  const answer = key && peekResponse(key)
  if (!answer) return false
  const headers = { ...headersOf(answer), 'x-cache': 'HIT' }
  if (stillFresh(req.headers['if-none-match'], answer.etag)) {
    res.writeHead(304, headers).end()
    return true
  }
  res.writeHead(answer.status, { ...headers, 'content-type': jsonType, 'content-length': answer.body.length })
  res.end(req.method === 'HEAD' ? undefined : answer.body)
  return true
}
