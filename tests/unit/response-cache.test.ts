/**
 * The front cache of the public sites (src/plugins/site-cache/pageCache.ts), in front of a real HTTP
 * handler that counts how often it renders: what it stores and under which key, what it never
 * stores, what a change drops, one render per key at a time, and the stale copy on a failure.
 * Then the public API's answer store (apiAnswers.ts), which follows the same model.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { cachedResponse, peekResponse } from '@/plugins/site-cache/apiAnswers'
import { contentChanged } from '@/plugins/site-cache/contentChanges'
import { createResponseCache } from '@/plugins/site-cache/pageCache'
import { renderIdHeader, tagRender } from '@/plugins/site-cache/renderTags'

type Reply = { status?: number; headers?: Record<string, string>; body?: string; delayMs?: number; tags?: string[] }

let cache: ReturnType<typeof createResponseCache>
let rendered = 0
let reply: Reply = {}
let server: http.Server
let port = 0

// Two sites, as the site directory resolves hosts: any host it does not know is the default site.
const resolve = (host: string) =>
  host === 'practices.localhost'
    ? { key: 'practices', cacheKey: 'practices@practices.localhost' }
    : { key: 'wayout', cacheKey: 'wayout@' }

const renderPage = (req: http.IncomingMessage, res: http.ServerResponse) => {
  rendered++
  const { status = 200, headers = {}, body = `rendered #${rendered} of ${req.url}`, delayMs = 0, tags = [] } = reply
  // What a page declaration does while rendering (sites/shared/definePage.tsx).
  tagRender(req.headers[renderIdHeader] as string | undefined, tags)
  setTimeout(() => {
    res.writeHead(status, { 'content-type': 'text/html', vary: 'rsc, Accept-Encoding', ...headers })
    // Written in two chunks, as a streamed page is.
    res.write(body.slice(0, 5))
    res.end(body.slice(5))
  }, delayMs)
}

beforeAll(async () => {
  server = http.createServer((req, res) => cache.serve(req, res, renderPage))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
beforeEach(() => {
  cache = createResponseCache({ maxEntries: 3, resolve, lifetimeMs: () => 60_000 })
  rendered = 0
  reply = {}
})

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path, method, headers: { host: 'wayout.localhost', ...headers }, agent: false },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }))
      },
    )
    request.on('error', reject)
    request.end()
  })

const cached = async (path: string) => (await get(path)).headers['x-cache']

describe('the front response cache', () => {
  it('answers a repeated anonymous page request from memory, byte for byte, with an ETag and CDN headers', async () => {
    const first = await get('/en/news')
    const second = await get('/en/news')
    expect(first.headers['x-cache']).toBe('MISS')
    expect(second.headers['x-cache']).toBe('HIT')
    expect(second.body).toBe(first.body)
    expect(rendered).toBe(1)
    expect(second.headers.etag).toMatch(/^".+"$/)
    for (const response of [first, second]) {
      expect(response.headers['cache-control']).toBe(
        'public, max-age=0, must-revalidate, s-maxage=60, stale-while-revalidate=300, stale-if-error=86400',
      )
      expect(response.headers['cache-tag']).toBe('sites,project,news,categories,media')
      expect(response.headers['surrogate-key']).toBe('sites project news categories media')
    }
  })

  it('keeps a lifetime the app chose itself, e.g. for an immutable hashed file', async () => {
    reply = { headers: { 'cache-control': 'public, max-age=31536000, immutable' } }
    await get('/widget/v1/wayout.0123456789ab.js')
    const stored = await get('/widget/v1/wayout.0123456789ab.js')
    expect(stored.headers['x-cache']).toBe('HIT')
    expect(stored.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('answers a browser revalidating with the same ETag with 304 and no body', async () => {
    await get('/en')
    const { headers } = await get('/en')
    const revalidated = await get('/en', { 'if-none-match': headers.etag as string })
    expect(revalidated.status).toBe(304)
    expect(revalidated.body).toBe('')
  })

  it('answers HEAD from the stored page without a body', async () => {
    await get('/en')
    const head = await get('/en', {}, 'HEAD')
    expect(head.headers['x-cache']).toBe('HIT')
    expect(head.body).toBe('')
    expect(rendered).toBe(1)
  })

  it('keeps pages of different sites, and of different Vary header values, apart', async () => {
    await get('/en')
    expect((await get('/en', { host: 'practices.localhost' })).headers['x-cache']).toBe('MISS')
    expect((await get('/en', { rsc: '1' })).headers['x-cache']).toBe('MISS')
    expect((await get('/en', { 'accept-encoding': 'gzip' })).headers['x-cache']).toBe('MISS')
    expect(rendered).toBe(4)
    // Another spelling of the same encodings is the same variant.
    expect((await get('/en', { 'accept-encoding': 'GZIP;q=1' })).headers['x-cache']).toBe('HIT')
  })

  it('keys a host by the site it resolves to: unknown hosts share the default site entries', async () => {
    await get('/en/about', { host: 'wayout.localhost' })
    expect((await get('/en/about', { host: 'forged.example' })).headers['x-cache']).toBe('HIT')
    expect(rendered).toBe(1)
  })

  it('redirects a request with query parameters its route does not read, so they make no entry', async () => {
    await get('/en/news')
    for (const junk of ['x=1', 'utm_source=a&y=2', 'x=3&page=2']) {
      const response = await get(`/en/news?${junk}`)
      expect(response.status).toBe(301)
      expect(response.headers.location).toBe(junk.includes('page') ? '/en/news?page=2' : '/en/news')
    }
    expect(rendered).toBe(1)
    expect((await get('/en/about?x=1')).headers.location).toBe('/en/about')
  })

  it('keys the parameters a route reads in one order, and keeps Next router requests', async () => {
    await get('/en/news?category=3&page=2')
    expect(await cached('/en/news?page=2&category=3')).toBe('HIT')
    expect(await cached('/en/news?category=4&page=2')).toBe('MISS')
    expect((await get('/en/news?_rsc=abc', { rsc: '1' })).status).toBe(200)
    expect(rendered).toBe(3)
  })

  it.each([
    ['a Payload session cookie', '/en', { cookie: 'theme=dark; payload-token=abc' }],
    ['Next draft mode', '/en', { cookie: '__prerender_bypass=1' }],
    ['an Authorization header', '/en', { authorization: 'JWT abc' }],
    ['the admin', '/admin/collections/news', {}],
    ['the APIs', '/api/news', {}],
    ['the preview route', '/next/preview?path=/en', {}],
  ])('never stores, serves stored pages, or sends CDN headers for %s', async (_case, path, headers) => {
    await get(path)
    await get(path, headers)
    const third = await get(path, headers)
    expect(rendered).toBeGreaterThanOrEqual(2)
    expect(third.headers['x-cache']).not.toBe('HIT')
    expect(third.headers['cache-tag']).toBeUndefined()
    expect(third.headers['cache-control']).toBeUndefined()
  })

  it.each([
    ['an error page', { status: 404 }],
    ['a response that sets a cookie', { headers: { 'set-cookie': 'a=b' } }],
    ['a response that varies on cookies', { headers: { vary: 'Cookie' } }],
  ])('does not store %s', async (_case, response: Reply) => {
    reply = response
    await get('/en/x')
    expect(await cached('/en/x')).toBe('MISS')
    expect(rendered).toBe(2)
  })

  it('drops only what a change touches: its route tags and the documents a page added', async () => {
    reply = { tags: ['news:7'] }
    await get('/en/news/an-article')
    reply = { tags: ['news:8'] }
    await get('/en/news/another-article')
    reply = {}
    await get('/en/work-packages/3')
    cache.invalidate(['news', 'news:7'])
    expect(await cached('/en/news/an-article')).toBe('MISS')
    expect(await cached('/en/news/another-article')).toBe('HIT')
    expect(await cached('/en/work-packages/3')).toBe('HIT')
    cache.invalidate(['project'])
    expect(await cached('/en/work-packages/3')).toBe('MISS')
  })

  it('does not store a page rendered across a change that touches it', async () => {
    reply = { delayMs: 100 }
    const slow = get('/en/about')
    await new Promise((resolve) => setTimeout(resolve, 30))
    cache.invalidate(['partners'])
    await slow
    expect(await cached('/en/about')).toBe('MISS')
  })

  it('renders a burst of readers of one page once; the others wait and get that render', async () => {
    await get('/en/news')
    cache.invalidate(['news'])
    reply = { delayMs: 50 }
    const burst = await Promise.all(Array.from({ length: 50 }, () => get('/en/news')))
    expect(rendered).toBe(2)
    expect(burst.filter((response) => response.headers['x-cache'] === 'MISS')).toHaveLength(1)
    expect(new Set(burst.map((response) => response.body)).size).toBe(1)
  })

  it('answers with the stale copy, marked so, when its new render fails with a 5xx', async () => {
    const good = await get('/en/events')
    cache.invalidate(['events'])
    reply = { status: 503 }
    const failed = await get('/en/events')
    expect(failed.status).toBe(200)
    expect(failed.headers['x-cache']).toBe('STALE')
    expect(failed.body).toBe(good.body)
    reply = {}
    expect((await get('/en/events')).body).not.toBe(good.body)
  })

  it('holds at most maxEntries pages, dropping the least recently used', async () => {
    for (const path of ['/en/1', '/en/2', '/en/3', '/en/4']) await get(path)
    expect(cache.entries).toBe(3)
    expect(await cached('/en/1')).toBe('MISS')
    expect(await cached('/en/4')).toBe('HIT')
  })

  it('holds at most maxBytes', async () => {
    cache = createResponseCache({ maxBytes: 10_000, resolve, lifetimeMs: () => 60_000 })
    reply = { body: 'x'.repeat(3_000) }
    for (const path of ['/en/1', '/en/2', '/en/3', '/en/4']) await get(path)
    expect(cache.entries).toBe(2)
  })
})

describe('the public API answer store', () => {
  const answer = (text: string) => async () => ({ status: 200, body: Buffer.from(text), tags: ['sites', 'news'] })

  it('computes an answer once for simultaneous askers, then remembers it', async () => {
    let computed = 0
    const compute = async () => {
      computed++
      await new Promise((resolve) => setTimeout(resolve, 20))
      return answer('first')()
    }
    const answers = await Promise.all(Array.from({ length: 20 }, () => cachedResponse('unit:once', compute)))
    expect(computed).toBe(1)
    expect(new Set(answers.map((a) => a.etag)).size).toBe(1)
    expect(peekResponse('unit:once')?.body.toString()).toBe('first')
  })

  it('drops answers a change touches, keeps the others, and answers the stale copy when computing fails', async () => {
    await cachedResponse('unit:news', answer('old news'))
    await cachedResponse('unit:partners', async () => ({ status: 200, body: Buffer.from('p'), tags: ['partners'] }))
    await contentChanged({ kind: 'collection', slug: 'news', id: 1 })
    expect(peekResponse('unit:news')).toBeUndefined()
    expect(peekResponse('unit:partners')?.body.toString()).toBe('p')
    const failing = () => Promise.reject(new Error('database unreachable'))
    expect((await cachedResponse('unit:news', failing)).body.toString()).toBe('old news')
    await expect(cachedResponse('unit:never-stored', failing)).rejects.toThrow('database unreachable')
  })
})
