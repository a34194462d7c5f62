import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { requestHost } from '../site-tenancy/requestHost'

import { memoryStore } from './stores'

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
 * Every content change empties the cache (`clear`, wired to the content-change signal by the
 * front server, src/server/front.ts): simple, and always right. A response whose rendering began before a change is not stored. `ttlMs`
 * bounds staleness from writers outside this process (a seed script, another instance).
 */

const privatePaths = /^\/(admin|api|_next|next)(\/|$)/
const identifyingCookie = /(?:^|;\s*)(payload-token|__prerender_bypass|__next_preview_data)=/

type Entry = {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
  etag: string
  storedAt: number
}
/** Per URL: the request headers its responses vary on, and one entry per combination of their values. */
type Variants = { vary: string[]; variants: Map<string, Entry> }

// The request id belongs to the request that rendered the page, not to those the copy answers.
const notKept = ['transfer-encoding', 'connection', 'keep-alive', 'date', 'x-cache', 'content-length', 'x-request-id']

export const createResponseCache = ({ maxEntries = 2000, maxBodyBytes = 2_000_000, ttlMs = 10 * 60_000 } = {}) => {
  // Counted in entries (every variant of a URL), the least recently stored URL going first.
  const pages = memoryStore<Variants>({ maxSize: maxEntries, sizeOf: (url) => url.variants.size, readsKeep: false })
  let generation = 0

  // The host as the pages read it (requestHost): all a response's absolute URLs derive from it.
  const urlKey = (req: IncomingMessage) => `${requestHost((name) => req.headers[name])}${req.url ?? ''}`
  const variantKey = (req: IncomingMessage, vary: string[]) =>
    vary.map((name) => String(req.headers[name] ?? '')).join('\n')

  const isCacheable = (req: IncomingMessage) =>
    (req.method === 'GET' || req.method === 'HEAD') &&
    !privatePaths.test(req.url ?? '/') &&
    !req.headers.authorization &&
    !identifyingCookie.test(req.headers.cookie ?? '')

  // An expired entry is not served; the response recorded instead replaces it.
  const find = (req: IncomingMessage) => {
    const url = pages.get(urlKey(req))
    const entry = url?.variants.get(variantKey(req, url.vary))
    return entry && Date.now() - entry.storedAt <= ttlMs ? entry : undefined
  }

  const store = (req: IncomingMessage, entry: Entry) => {
    const key = urlKey(req)
    const vary = String(entry.headers.vary ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean)
    if (vary.includes('*') || vary.includes('cookie')) return
    const known = pages.get(key)
    const variants = known && known.vary.join() === vary.join() ? known.variants : new Map<string, Entry>()
    variants.set(variantKey(req, vary), entry)
    // Stored again as a new value, so the store counts its variants anew and holds it as the newest.
    pages.set(key, { vary, variants })
  }

  const send = (req: IncomingMessage, res: ServerResponse, entry: Entry) => {
    if (req.headers['if-none-match'] === entry.etag) {
      const { 'content-length': _length, ...headers } = entry.headers
      res.writeHead(304, { ...headers, 'x-cache': 'HIT' })
      return res.end()
    }
    res.writeHead(entry.status, { ...entry.headers, 'x-cache': 'HIT' })
    res.end(req.method === 'HEAD' ? undefined : entry.body)
  }

  /** Records the response Next writes, and stores it once finished if it qualifies. */
  const record = (req: IncomingMessage, res: ServerResponse) => {
    const startedIn = generation
    const chunks: Buffer[] = []
    let size = 0
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > maxBodyBytes) return
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined)
          : Buffer.from(chunk as Uint8Array)
      size += buffer.length
      chunks.push(buffer)
    }
    res.setHeader('x-cache', 'MISS')
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0])
      return write(chunk, ...rest)
    }) as ServerResponse['write']
    res.end = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0])
      return end(chunk, ...rest)
    }) as ServerResponse['end']
    res.once('finish', () => {
      if (req.method !== 'GET' || res.statusCode !== 200 || size > maxBodyBytes || generation !== startedIn) return
      if (res.hasHeader('set-cookie')) return
      const body = Buffer.concat(chunks)
      const headers: Record<string, string | string[]> = {}
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value !== undefined && !notKept.includes(name)) headers[name] = Array.isArray(value) ? value : String(value)
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
    /** Answers from the cache when it can (true), else arranges to keep what Next answers (false). */
    serve(req: IncomingMessage, res: ServerResponse) {
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
      pages.clear()
    },
    get size() {
      return pages.size
    },
  }
}
