import type { IncomingMessage, ServerResponse } from 'node:http'

import { requestHost } from '../site-tenancy/requestHost'

import { publicPageCacheControl, tagHeaders } from './cdnHeaders'
import { cacheLifetimeMs } from './contentChanges'
import { etagOf } from './etag'
import { canonicalPath, readQuery, variantOf, variesWithin } from './pageKey'
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
 * - One render per key at a time. Readers of a key being rendered get the previous copy
 *   (`x-cache: UPDATING`, kept by no shared cache) when it went stale at most `updatingMs` ago
 *   (a second): a change never makes them wait, and nobody sees a copy older than that. Later
 *   readers wait for the render and get its response. If it ends without one (its client left), one reader renders and the others
 *   wait for it; if its response is not storable (a 404, a cookie), each reader is rendered at
 *   once for itself; if it failed (5xx), they get the stale copy when there is one, else are
 *   rendered for themselves.
 * - Personal pages (routes.ts `personal`) are never stored and go out `private, no-store`.
 * - A stale copy answers, marked `x-cache: STALE`, when its new render fails with a 5xx.
 */

type Entry = { status: number; headers: Record<string, string | string[]>; body: Buffer; etag: string }
// 'aborted': the render ended without a response (its client left), so a waiting reader takes it over.
type Outcome = 'stored' | 'failed' | 'other' | 'aborted'
type Reader = { gone: boolean; answer(outcome: Exclude<Outcome, 'aborted'>): void; take(): void }

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
  updatingMs = 1_000,
  resolve = resolveHost,
  lifetimeMs = cacheLifetimeMs,
}: {
  maxEntries?: number
  maxBytes?: number
  maxBodyBytes?: number
  keepStaleMs?: number
  updatingMs?: number
  resolve?: (host: string) => ResolvedSite | undefined
  lifetimeMs?: () => number
} = {}) => {
  const store = createTaggedStore<Entry>({
    maxEntries,
    maxBytes,
    sizeOf: (entry) => entry.body.length + 1_000,
    keepStaleMs,
  })
  const waiting = new Map<string, Reader[]>()

  const isCacheable = (req: IncomingMessage) =>
    (req.method === 'GET' || req.method === 'HEAD') &&
    !privatePaths.test(req.url ?? '/') &&
    !req.url?.startsWith('//') &&
    !req.headers.authorization &&
    !identifyingCookie.test(req.headers.cookie ?? '')

  const send = (req: IncomingMessage, out: Writers, entry: Entry, cache: string): void => {
    // The previous copy only bridges a render: no shared cache may keep it past its purge.
    const extra = { 'x-cache': cache, ...(cache === 'UPDATING' ? { 'cache-control': 'no-store' } : {}) }
    if (req.headers['if-none-match'] === entry.etag) {
      const { 'content-length': _length, ...headers } = entry.headers
      out.writeHead(304, { ...headers, ...extra })
      out.end()
      return
    }
    out.writeHead(entry.status, { ...entry.headers, ...extra })
    out.end(req.method === 'HEAD' ? undefined : entry.body)
  }
  const writersOf = (res: ServerResponse): Writers => ({
    writeHead: (status, headers) => res.writeHead(status, headers),
    end: (body) => res.end(body),
  })

  /** Whether Next's own lifetime stands (a static file's); else the page is public here. Read before ours is set. */
  const keepsOwnLifetime = (res: ServerResponse) => {
    const chosen = String(res.getHeader('cache-control') ?? '')
    return Boolean(chosen) && !/private|no-store|no-cache/.test(chosen)
  }

  /** The public headers of a page storable here: shared caches may keep it, by its tags. */
  const publicHeaders = (tags: readonly string[]) => ({
    'cache-control': publicPageCacheControl(lifetimeMs()),
    ...tagHeaders(tags),
  })

  /** The headers a stored page is sent with, as its first response's (final tags); ours answers 304s. */
  const storedHeaders = (res: ServerResponse, body: Buffer, tags: string[] | null) => {
    const headers: Record<string, string | string[]> = {}
    for (const [name, value] of Object.entries(res.getHeaders()))
      if (value !== undefined && !notKept.includes(name)) headers[name] = Array.isArray(value) ? value : String(value)
    return {
      ...headers,
      ...(tags ? publicHeaders(tags) : {}),
      etag: etagOf(body),
      'content-length': String(body.length),
    }
  }

  /** A personal page: passed to Next, sent so that nothing keeps it. */
  const servePersonal = (req: IncomingMessage, res: ServerResponse, next: Render) => {
    refuseRenderId(req)
    recordResponse(res, {
      maxBodyBytes: 0,
      beforeHeaders: () => {
        res.setHeader('cache-control', 'private, no-store')
        for (const name of Object.keys(tagHeaders([]))) res.removeHeader(name)
        return false
      },
      finished: () => {},
    })
    next(req, res)
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
      const readers = (waiting.get(key) ?? []).filter((reader) => !reader.gone)
      waiting.delete(key)
      if (outcome !== 'aborted') return readers.forEach((reader) => reader.answer(outcome))
      const [heir, ...others] = readers
      if (!heir) return
      waiting.set(key, others)
      heir.take()
    }
    // Decided once the status and headers are final (writeHead's included, recordResponse.ts).
    let status = 0
    let ownLifetime = false
    const storable = () => status === 200 && !res.hasHeader('set-cookie')
    const original = recordResponse(res, {
      maxBodyBytes,
      beforeHeaders: (statusCode) => {
        status = statusCode
        const stale = statusCode >= 500 ? store.stale(key) : undefined
        if (stale) {
          send(req, original, stale, 'STALE')
          settle('failed')
          return true
        }
        ownLifetime = keepsOwnLifetime(res)
        if (storable() && !ownLifetime)
          for (const [name, value] of Object.entries(publicHeaders(allTags()))) res.setHeader(name, value)
        return false
      },
      finished: (body) => {
        if (status >= 500) return settle('failed')
        const vary = String(res.getHeader('vary') ?? '')
        if (!body || req.method !== 'GET' || !storable() || !variesWithin(vary)) return settle('other')
        const finalTags = allTags()
        const headers = storedHeaders(res, body, ownLifetime ? null : finalTags)
        const entry = { status: 200, headers, body, etag: String(headers.etag) }
        settle(store.set(key, entry, finalTags, lifetimeMs(), since) ? 'stored' : 'other')
      },
    })
    res.setHeader('x-cache', 'MISS')
    res.once('close', () => settle('aborted'))
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
      const path = canonicalPath(req.url ?? '/', url)
      if (!path) {
        refuseRenderId(req)
        return next(req, res)
      }
      const route = routeOf(site.key, path)
      if (route.personal) return servePersonal(req, res, next)
      const query = readQuery(path, url, route.reads)
      if (query.redirect) {
        res.writeHead(301, { location: query.redirect, 'cache-control': 'public, max-age=3600' }).end()
        return
      }
      const key = `${site.cacheKey}${path}${query.search}\n${variantOf(req)}`
      const fresh = store.fresh(key)
      if (fresh) return send(req, writersOf(res), fresh, 'HIT')
      refuseRenderId(req)
      if (req.method !== 'GET') return next(req, res)
      const readers = waiting.get(key)
      if (!readers) {
        waiting.set(key, [])
        return render(req, res, key, route.tags, next)
      }
      const previous = store.recentlyStale(key, updatingMs)
      if (previous) return send(req, writersOf(res), previous, 'UPDATING')
      const reader: Reader = {
        gone: false,
        answer: (outcome) => {
          const entry = outcome === 'stored' ? store.fresh(key) : outcome === 'failed' ? store.stale(key) : undefined
          if (entry) send(req, writersOf(res), entry, outcome === 'stored' ? 'HIT' : 'STALE')
          else next(req, res)
        },
        take: () => render(req, res, key, route.tags, next),
      }
      res.once('close', () => (reader.gone = true))
      readers.push(reader)
    },
    /** Marks stale what `tags` touch; responses being rendered now that they touch will not be stored. */
    invalidate: (tags: readonly string[]) => store.invalidate(tags),
    get entries() {
      return store.entries
    },
  }
}
