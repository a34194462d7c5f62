/**
 * The public API's answers, remembered: for each URL the status, the JSON bytes and their ETag,
 * in a bounded LRU emptied whenever public content changes. Plain JavaScript (typed with JSDoc),
 * like src/cache/contentChanges.js, so that the front server (scripts/serve.mjs) can answer a
 * remembered URL itself, without entering Next: that is what makes the API about as fast as a
 * plain Node server. The route handlers (src/public-api/handler.ts) fill it.
 *
 * The store lives on `globalThis`: the front server and the Next bundle load this module
 * separately, and each route handler is its own bundle entry; they must all share one store.
 */
import { createHash } from 'node:crypto'

import { LRUCache } from 'lru-cache'

import { onContentChange } from '../cache/contentChanges.js'
import { requestHost } from '../tenancy/requestHost.js'

/** @typedef {{ status: number, body: Buffer, etag: string }} CachedResponse */
/**
 * @typedef {{
 *   entries: LRUCache<string, CachedResponse>,
 *   inFlight: Map<string, Promise<CachedResponse>>,
 *   generation: number,
 * }} Store
 */

const storeKey = Symbol.for('wayout.publicApi.responses')

/** @returns {Store} */
const store = () => {
  const scope = /** @type {Record<symbol, Store | undefined>} */ (/** @type {unknown} */ (globalThis))
  if (!scope[storeKey]) {
    /** @type {Store} */
    const created = {
      entries: new LRUCache({
        max: 5_000,
        maxSize: 64 * 1024 * 1024,
        sizeCalculation: (entry) => entry.body.length + 200,
      }),
      inFlight: new Map(),
      // Bumped by every content change: an answer computed across a change is not kept.
      generation: 0,
    }
    onContentChange(() => {
      created.generation += 1
      created.entries.clear()
      created.inFlight.clear()
    })
    scope[storeKey] = created
  }
  return scope[storeKey]
}

/** @param {Buffer} body */
export const etagOf = (body) => `"${createHash('sha1').update(body).digest('base64url')}"`

/**
 * The key of an answer: the host it was asked on (requestHost: the answer's links are made from
 * the site that host names, at its configured origin), path and query as given. Both the
 * handlers and the front server compute it so.
 * @param {{ host: string, path: string }} request
 */
export const responseKey = ({ host, path }) => `${host}${path}`

/**
 * Anyone may read, from any origin, without credentials. Shared caches keep an answer five
 * minutes and may serve a stale one for a day while they fetch the new one; browsers revalidate
 * after a minute, cheaply (ETag, 304).
 */
export const corsHeaders = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag' }

/** @param {CachedResponse} answer @returns {Record<string, string>} */
export const headersOf = (answer) => ({
  ...corsHeaders,
  'cache-control':
    answer.status === 200
      ? 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400'
      : 'public, max-age=60, s-maxage=60',
  etag: answer.etag,
  'x-content-type-options': 'nosniff',
})

/** @param {string | null | undefined} ifNoneMatch @param {string} etag */
export const stillFresh = (ifNoneMatch, etag) =>
  Boolean(
    ifNoneMatch &&
    (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)),
  )

export const jsonType = 'application/json; charset=utf-8'

/** @param {string} key */
export const peekResponse = (key) => store().entries.get(key)

/**
 * The answer for `key`: from memory, or computed once however many requests ask at the same time.
 * `ttlMs` bounds answers that depend on the clock (upcoming events), not only on content.
 * @param {string} key
 * @param {() => Promise<{ status: number, body: Buffer }>} compute
 * @param {number} [ttlMs]
 * @returns {Promise<CachedResponse>}
 */
export const cachedResponse = (key, compute, ttlMs) => {
  const { entries, inFlight, generation } = store()
  const hit = entries.get(key)
  if (hit) return Promise.resolve(hit)
  const pending = inFlight.get(key)
  if (pending) return pending
  const computing = compute()
    .then(({ status, body }) => {
      const answer = { status, body, etag: etagOf(body) }
      if (store().generation === generation) entries.set(key, answer, ttlMs ? { ttl: ttlMs } : undefined)
      return answer
    })
    .finally(() => {
      if (inFlight.get(key) === computing) inFlight.delete(key)
    })
  inFlight.set(key, computing)
  return computing
}

const prefix = '/api/public/v1/'

/**
 * For the front server: answers a GET or HEAD of the public API from memory and returns true, or
 * returns false (not remembered, or not the public API) for Next to answer.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export const servePublicApi = (req, res) => {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith(prefix)) return false
  const answer = peekResponse(responseKey({ host: requestHost((name) => req.headers[name]), path: req.url }))
  if (!answer) return false
  const headers = headersOf(answer)
  if (stillFresh(req.headers['if-none-match'], answer.etag)) {
    res.writeHead(304, headers).end()
    return true
  }
  res.writeHead(answer.status, { ...headers, 'content-type': jsonType, 'content-length': answer.body.length })
  res.end(req.method === 'HEAD' ? undefined : answer.body)
  return true
}
