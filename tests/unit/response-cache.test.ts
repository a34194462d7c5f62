/**
 * The front cache of the public sites (src/plugins/site-cache/pageCache.ts), in front of a real HTTP
 * handler that counts how often it is asked: what it stores, what it never stores, and that a
 * content change empties it.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createResponseCache } from '@/plugins/site-cache/pageCache'

type Reply = { status?: number; headers?: Record<string, string>; body?: string; delayMs?: number }

let cache: ReturnType<typeof createResponseCache>
let rendered = 0
let reply: Reply = {}
let server: http.Server
let port = 0

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (cache.serve(req, res)) return
    rendered++
    const { status = 200, headers = {}, body = `rendered #${rendered} of ${req.url}`, delayMs = 0 } = reply
    setTimeout(() => {
      res.writeHead(status, { 'content-type': 'text/html', vary: 'rsc, Accept-Encoding', ...headers })
      // Written in two chunks, as a streamed page is.
      res.write(body.slice(0, 5))
      res.end(body.slice(5))
    }, delayMs)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
beforeEach(() => {
  cache = createResponseCache({ maxEntries: 3 })
  rendered = 0
  reply = {}
})

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path, method, headers: { host: 'wayout.localhost', ...headers } },
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

describe('the front response cache', () => {
  it('answers a repeated anonymous page request from memory, byte for byte, with an ETag', async () => {
    const first = await get('/en/news')
    const second = await get('/en/news')
    expect(first.headers['x-cache']).toBe('MISS')
    expect(second.headers['x-cache']).toBe('HIT')
    expect(second.body).toBe(first.body)
    expect(rendered).toBe(1)
    expect(second.headers.etag).toMatch(/^".+"$/)
    expect(second.headers['cache-control']).toBe('public, max-age=0, must-revalidate')
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

  it('keeps pages of different hosts, and of different Vary header values, apart', async () => {
    await get('/en')
    expect((await get('/en', { host: 'practices.localhost' })).headers['x-cache']).toBe('MISS')
    expect((await get('/en', { rsc: '1' })).headers['x-cache']).toBe('MISS')
    expect((await get('/en', { 'accept-encoding': 'gzip' })).headers['x-cache']).toBe('MISS')
    expect(rendered).toBe(4)
  })

  it.each([
    ['a Payload session cookie', '/en', { cookie: 'theme=dark; payload-token=abc' }],
    ['Next draft mode', '/en', { cookie: '__prerender_bypass=1' }],
    ['an Authorization header', '/en', { authorization: 'JWT abc' }],
    ['the admin', '/admin/collections/news', {}],
    ['the APIs', '/api/news', {}],
    ['the preview route', '/next/preview?path=/en', {}],
  ])('never stores or serves stored pages for %s', async (_case, path, headers) => {
    await get(path)
    await get(path, headers)
    await get(path, headers)
    expect(rendered).toBeGreaterThanOrEqual(2)
    expect((await get(path, headers)).headers['x-cache']).not.toBe('HIT')
  })

  it.each([
    ['an error page', { status: 404 }],
    ['a response that sets a cookie', { headers: { 'set-cookie': 'a=b' } }],
    ['a response that varies on cookies', { headers: { vary: 'Cookie' } }],
  ])('does not store %s', async (_case, response: Reply) => {
    reply = response
    await get('/en/x')
    expect((await get('/en/x')).headers['x-cache']).toBe('MISS')
    expect(rendered).toBe(2)
  })

  it('forgets everything on a content change, and does not store a page rendered across it', async () => {
    await get('/en')
    cache.clear()
    expect((await get('/en')).headers['x-cache']).toBe('MISS')
    reply = { delayMs: 100 }
    const slow = get('/en/about')
    await new Promise((resolve) => setTimeout(resolve, 30))
    cache.clear()
    await slow
    expect((await get('/en/about')).headers['x-cache']).toBe('MISS')
  })

  it('holds at most maxEntries pages, dropping the least recently stored', async () => {
    for (const path of ['/en/1', '/en/2', '/en/3', '/en/4']) await get(path)
    expect(cache.size).toBe(3)
    expect((await get('/en/1')).headers['x-cache']).toBe('MISS')
    expect((await get('/en/4')).headers['x-cache']).toBe('HIT')
  })
})
