import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { requestHost } from '../site-tenancy/requestHost'

import { publicPageCacheControl, tagHeaders } from './cdnHeaders'
import { cacheLifetimeMs } from './contentChanges'
import { readQuery, variantOf, variesWithin } from './pageKey'
import { recordResponse } from './recordResponse'
import { beginRender, refuseRenderId, renderTags } from './renderTags'
import { routeOf } from './routes'
import { resolveHost, type ResolvedSite } from './siteDirectory'
import { createTaggedStore } from './taggedStore'

/**
 * The front cache of the public sites: finished responses of public pages, feeds and sitemaps,
 * kept in memory and served without entering Next (microseconds instead of tens of milliseconds).
 *
 * - Only GET (HEAD answered from the GET entry) of public paths, from anonymous requests (no
 *   session or draft-mode cookie, no Authorization), 200 responses that set no cookie: drafts,
 *   restricted files and signed-in views are never stored.
 * - The key is what the response depends on: the site the host resolves to (siteDirectory.ts),
 *   the path, the query parameters its route reads (routes.ts; a request with others is
 *   redirected without them), and the request headers Next varies on (pageKey.ts).
 * - Each entry carries the tags of what it shows (its route's, and those the page adds while
 *   rendering); a content change marks stale only the entries it touches (`invalidate`).
 * - One render per key at a time: readers of a key being rendered wait for that render and get
 *   its response (or, if it is not storable, render in turn).
 * - A stale copy answers, marked `x-cache: STALE`, when its new render fails with a 5xx.
 */

type Entry = { status: number; headers: Record<string, string | string[]>; body: Buffer; etag: string }
type Outcome = 'stored' | 'failed' | 'other'

const privatePaths = /^\/(admin|api|_next|next)(\/|$)/
const identifyingCookie = /(?:^|;\s*)(payload-token|__prerender_bypass|__next_preview_data)=/
// The request id belongs to the request that rendered the page, not to those the copy answers.
const notKept = ['transfer-encoding', 'connection', 'keep-alive', 'date', 'x-cache', 'content-length', 'x-request-id']

type Render = (req: IncomingMessage, res: ServerResponse) => void
type Writers = { writeHead: (status: number, headers: Entry['headers']) => unknown; end: (body?: Buffer) => unknown }

export const createResponseCache = ({
  maxEntries = 5_000,
  maxBytes = 256 * 1024 * 1024,
  maxBodyBytes = 2_000_000,
  keepStaleMs = 24 * 60 * 60_000,
  resolve = resolveHost,
  lifetimeMs = cacheLifetimeMs,
}: {
  maxEntries?: number
  maxBytes?: number
  maxBodyBytes?: number
  keepStaleMs?: number
  resolve?: (host: string) => ResolvedSite | undefined
  lifetimeMs?: () => number
} = {}) => {
  const store = createTaggedStore<Entry>({
    maxEntries,
    maxBytes,
    sizeOf: (entry) => entry.body.length + 1_000,
    keepStaleMs,
  })
  const waiting = new Map<string, ((outcome: Outcome) => void)[]>()

  const isCacheable = (req: IncomingMessage) =>
    (req.method === 'GET' || req.method === 'HEAD') &&
    !privatePaths.test(req.url ?? '/') &&
    !req.url?.startsWith('//') &&
    !req.headers.authorization &&
    !identifyingCookie.test(req.headers.cookie ?? '')

  const send = (req: IncomingMessage, out: Writers, entry: Entry, cache: string): void => {
    if (req.headers['if-none-match'] === entry.etag) {
      const { 'content-length': _length, ...headers } = entry.headers
      out.writeHead(304, { ...headers, 'x-cache': cache })
      out.end()
      return
    }
    out.writeHead(entry.status, { ...entry.headers, 'x-cache': cache })
    out.end(req.method === 'HEAD' ? undefined : entry.body)
  }
  const writersOf = (res: ServerResponse): Writers => ({
    writeHead: (status, headers) => res.writeHead(status, headers),
    end: (body) => res.end(body),
  })

  /** Whether Next's own lifetime stands (a static file's); else the page is public here. */
  const keepsOwnLifetime = (res: ServerResponse) => {
    const chosen = String(res.getHeader('cache-control') ?? '')
    return Boolean(chosen) && !/private|no-store|no-cache/.test(chosen)
  }

  /** The headers a stored page is sent with: shared caches may keep it; ours answers 304s. */
  const storedHeaders = (res: ServerResponse, body: Buffer, tags: string[]) => {
    const headers: Record<string, string | string[]> = {}
    for (const [name, value] of Object.entries(res.getHeaders()))
      if (value !== undefined && !notKept.includes(name)) headers[name] = Array.isArray(value) ? value : String(value)
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
    if (!keepsOwnLifetime(res)) headers['cache-control'] = publicPageCacheControl(lifetimeMs())
    return { ...headers, ...tagHeaders(tags), etag, 'content-length': String(body.length) }
  }

  const render = (req: IncomingMessage, res: ServerResponse, key: string, tags: readonly string[], next: Render) => {
    const id = beginRender(req)
    const since = store.version
    const allTags = () => [...new Set([...tags, ...renderTags(id)])]
    let settled = false
    const settle = (outcome: Outcome) => {
      if (settled) return
      settled = true
      renderTags(id, true)
      const readers = waiting.get(key) ?? []
      waiting.delete(key)
      readers.forEach((reader) => reader(outcome))
    }
    const storable = () => res.statusCode === 200 && !res.hasHeader('set-cookie')
    const original = recordResponse(res, {
      maxBodyBytes,
      beforeHeaders: (statusCode) => {
        const stale = statusCode >= 500 ? store.stale(key) : undefined
        if (stale) {
          send(req, original, stale, 'STALE')
          settle('failed')
          return true
        }
        if (storable() && !keepsOwnLifetime(res)) {
          res.setHeader('cache-control', publicPageCacheControl(lifetimeMs()))
          for (const [name, value] of Object.entries(tagHeaders(allTags()))) res.setHeader(name, value)
        }
        return false
      },
      finished: (body) => {
        if (res.statusCode >= 500) return settle('failed')
        const vary = String(res.getHeader('vary') ?? '')
        if (!body || req.method !== 'GET' || !storable() || !variesWithin(vary)) return settle('other')
        const finalTags = allTags()
        const headers = storedHeaders(res, body, finalTags)
        const entry = { status: 200, headers, body, etag: String(headers.etag) }
        settle(store.set(key, entry, finalTags, lifetimeMs(), since) ? 'stored' : 'other')
      },
    })
    res.setHeader('x-cache', 'MISS')
    res.once('close', () => settle('other'))
    next(req, res)
  }

  return {
    /** Answers from memory when it can; else has `next` render, storing what it answers if it may. */
    serve(req: IncomingMessage, res: ServerResponse, next: Render): void {
      const site = isCacheable(req) ? resolve(requestHost((name) => req.headers[name])) : undefined
      if (!site) {
        refuseRenderId(req)
        return next(req, res)
      }
      const url = new URL(`http://front${req.url ?? '/'}`)
      const route = routeOf(site.key, url.pathname)
      const query = readQuery(url, route.reads)
      if (query.redirect) {
        res.writeHead(301, { location: query.redirect, 'cache-control': 'public, max-age=3600' }).end()
        return
      }
      const key = `${site.cacheKey}${url.pathname}${query.search}\n${variantOf(req)}`
      const fresh = store.fresh(key)
      if (fresh) return send(req, writersOf(res), fresh, 'HIT')
      refuseRenderId(req)
      if (req.method !== 'GET') return next(req, res)
      const readers = waiting.get(key)
      if (!readers) {
        waiting.set(key, [])
        return render(req, res, key, route.tags, next)
      }
      readers.push((outcome) => {
        const entry = outcome === 'stored' ? store.fresh(key) : outcome === 'failed' ? store.stale(key) : undefined
        if (entry) send(req, writersOf(res), entry, outcome === 'stored' ? 'HIT' : 'STALE')
        else next(req, res)
      })
    },
    /** Marks stale what `tags` touch; responses being rendered now that they touch will not be stored. */
    invalidate: (tags: readonly string[]) => store.invalidate(tags),
    get entries() {
      return store.entries
    },
  }
}
