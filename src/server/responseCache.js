import { createHash } from 'node:crypto'

import { requestHost } from '../tenancy/requestHost.js'

/**
 * The front cache of the public sites: finished responses of public pages, feeds and sitemaps,
 * kept in memory and served without entering Next. Rendering a page with Payload takes tens of
 * milliseconds; serving it from here takes microseconds, which is what lets a 2-core machine
 * answer thousands of readers a second.
 *
 * What is stored is decided here, in one place:
 * - only GET (and HEAD, answered from the GET entry) of public paths: not the admin, not the APIs,
 *   not Next's own assets (already immutable files), not the preview routes;
 * - only anonymous requests: any cookie that identifies someone (a Payload session, Next's draft
 *   mode) or an Authorization header goes straight to Next, so drafts, restricted files and
 *   signed-in views are never stored;
 * - only 200 responses that set no cookie, below `maxBodyBytes`.
 * Entries vary on the headers the response's `Vary` names (Next's router headers and
 * Accept-Encoding), so an RSC payload never answers a page request and gzip never answers identity.
 *
 * Every content change empties the cache (`clear`, wired to the content-change signal): simple,
 * and always right. A response whose rendering began before a change is not stored. `ttlMs`
 * bounds staleness from writers outside this process (a seed script, another instance).
 */

const privatePaths = /^\/(admin|api|_next|next)(\/|$)/
const identifyingCookie = /(?:^|;\s*)(payload-token|__prerender_bypass|__next_preview_data)=/

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {{ status: number, headers: Record<string, string | string[]>, body: Buffer, etag: string, storedAt: number }} Entry */

/**
 * @param {{ maxEntries?: number, maxBodyBytes?: number, ttlMs?: number }} [options]
 */
export const createResponseCache = ({ maxEntries = 2000, maxBodyBytes = 2_000_000, ttlMs = 10 * 60_000 } = {}) => {
  /** Per URL: the request headers its responses vary on, and one entry per combination of their values. @type {Map<string, { vary: string[], variants: Map<string, Entry> }>} */
  const byUrl = new Map()
  let entries = 0
  let generation = 0

  // The host as the pages read it (requestHost): all a response's absolute URLs derive from it.
  /** @param {Request} req */
  const urlKey = (req) => `${requestHost((name) => req.headers[name])}${req.url ?? ''}`
  /** @param {Request} req @param {string[]} vary */
  const variantKey = (req, vary) => vary.map((name) => String(req.headers[name] ?? '')).join('\n')

  /** @param {Request} req */
  const isCacheable = (req) =>
    (req.method === 'GET' || req.method === 'HEAD') &&
    !privatePaths.test(req.url ?? '/') &&
    !req.headers.authorization &&
    !identifyingCookie.test(req.headers.cookie ?? '')

  /** @param {Request} req @returns {Entry | undefined} */
  const find = (req) => {
    const url = byUrl.get(urlKey(req))
    const entry = url?.variants.get(variantKey(req, url.vary))
    if (!entry) return undefined
    if (Date.now() - entry.storedAt > ttlMs) {
      url?.variants.delete(variantKey(req, url.vary))
      entries--
      return undefined
    }
    return entry
  }

  /** @param {Request} req @param {Entry} entry */
  const store = (req, entry) => {
    const key = urlKey(req)
    const vary = String(entry.headers.vary ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean)
    if (vary.includes('*') || vary.includes('cookie')) return
    let url = byUrl.get(key)
    if (!url || url.vary.join() !== vary.join()) {
      entries -= url?.variants.size ?? 0
      url = { vary, variants: new Map() }
    }
    // Re-inserting moves the URL to the end: Map order is the least-recently-stored order.
    byUrl.delete(key)
    byUrl.set(key, url)
    if (!url.variants.has(variantKey(req, vary))) entries++
    url.variants.set(variantKey(req, vary), entry)
    for (const [oldest, old] of byUrl) {
      if (entries <= maxEntries) break
      entries -= old.variants.size
      byUrl.delete(oldest)
    }
  }

  /** @param {Request} req @param {Response} res @param {Entry} entry */
  const send = (req, res, entry) => {
    if (req.headers['if-none-match'] === entry.etag) {
      const { 'content-length': _length, ...headers } = entry.headers
      res.writeHead(304, { ...headers, 'x-cache': 'HIT' })
      return res.end()
    }
    res.writeHead(entry.status, { ...entry.headers, 'x-cache': 'HIT' })
    res.end(req.method === 'HEAD' ? undefined : entry.body)
  }

  /**
   * Records the response Next writes, and stores it once finished if it qualifies.
   * @param {Request} req @param {Response} res
   */
  const record = (req, res) => {
    const startedIn = generation
    /** @type {Buffer[]} */
    const chunks = []
    let size = 0
    const write = res.write.bind(res)
    const end = res.end.bind(res)
    /** @param {unknown} chunk @param {unknown} [encoding] */
    const keep = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > maxBodyBytes) return
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(
            /** @type {string | Uint8Array} */ (chunk),
            typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : undefined,
          )
      size += buffer.length
      chunks.push(buffer)
    }
    res.setHeader('x-cache', 'MISS')
    res.write = /** @type {Response['write']} */ (
      (chunk, ...rest) => {
        keep(chunk, rest[0])
        return write(chunk, .../** @type {[]} */ (rest))
      }
    )
    res.end = /** @type {Response['end']} */ (
      (chunk, ...rest) => {
        keep(chunk, rest[0])
        return end(chunk, .../** @type {[]} */ (rest))
      }
    )
    res.once('finish', () => {
      if (req.method !== 'GET' || res.statusCode !== 200 || size > maxBodyBytes || generation !== startedIn) return
      if (res.hasHeader('set-cookie')) return
      const body = Buffer.concat(chunks)
      const headers = /** @type {Record<string, string | string[]>} */ ({})
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (
          value !== undefined &&
          !['transfer-encoding', 'connection', 'keep-alive', 'date', 'x-cache', 'content-length'].includes(name)
        )
          headers[name] = Array.isArray(value) ? value : String(value)
      }
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
      // A page Next marks private (all dynamic pages) is public here, since only anonymous requests
      // reach this line: readers revalidate on every visit (a 304 from here costs nothing), so an
      // edit shows at once. A lifetime Next chose itself (static files, the widget) is kept.
      const chosen = String(headers['cache-control'] ?? '')
      if (!chosen || /private|no-store|no-cache/.test(chosen))
        headers['cache-control'] = 'public, max-age=0, must-revalidate'
      headers.etag = etag
      headers['content-length'] = String(body.length)
      store(req, { status: 200, headers, body, etag, storedAt: Date.now() })
    })
  }

  return {
    /**
     * Answers from the cache when it can (true), else arranges to keep what Next answers (false).
     * @param {Request} req @param {Response} res
     */
    serve(req, res) {
      if (!isCacheable(req)) return false
      const entry = find(req)
      if (entry) {
        send(req, res, entry)
        return true
      }
      record(req, res)
      return false
    },
    /** Forgets everything; responses being rendered now will not be stored. */
    clear() {
      generation++
      byUrl.clear()
      entries = 0
    },
    get size() {
      return entries
    },
  }
}
