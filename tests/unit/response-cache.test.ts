/**
 * The front cache of the public sites (src/plugins/site-cache/pageCache.ts), in front of a real HTTP
 * handler that counts how often it renders (response-cache-fixture.ts): what it stores and under
 * which key, the headers it sends, what it never stores, and what a change drops. Renders in
 * flight and the stale copy: response-cache-renders.test.ts.
 */
import { describe, expect, it } from 'vitest'

import { frontCacheUnderTest, type Reply } from './response-cache-fixture'

const { state, get, cached } = frontCacheUnderTest()
const publicPage = 'public, max-age=0, must-revalidate, s-maxage=60, stale-while-revalidate=300, stale-if-error=86400'

describe('the front response cache', () => {
  it('answers a repeated anonymous page request from memory, byte for byte, with an ETag and CDN headers', async () => {
    const first = await get('/en/news')
    const second = await get('/en/news')
    expect(first.headers['x-cache']).toBe('MISS')
    expect(second.headers['x-cache']).toBe('HIT')
    expect(second.body).toBe(first.body)
    expect(state.rendered).toBe(1)
    expect(second.headers.etag).toMatch(/^".+"$/)
    for (const response of [first, second]) {
      expect(response.headers['cache-control']).toBe(publicPage)
      expect(response.headers['cache-tag']).toBe('sites,project,news,categories,media')
      expect(response.headers['surrogate-key']).toBe('sites project news categories media')
    }
  })

  it('keeps a lifetime the app chose itself, e.g. for an immutable hashed file, with the same headers on HIT as on MISS', async () => {
    state.reply = { headers: { 'cache-control': 'public, max-age=31536000, immutable' } }
    const first = await get('/widget/v1/wayout.0123456789ab.js')
    const stored = await get('/widget/v1/wayout.0123456789ab.js')
    expect(stored.headers['x-cache']).toBe('HIT')
    for (const response of [first, stored]) {
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      expect(response.headers['cache-tag']).toBeUndefined()
      expect(response.headers['surrogate-key']).toBeUndefined()
    }
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
    expect(state.rendered).toBe(1)
  })

  it('keeps pages of different sites, and of different Vary header values, apart', async () => {
    await get('/en')
    expect((await get('/en', { host: 'practices.localhost' })).headers['x-cache']).toBe('MISS')
    expect((await get('/en', { rsc: '1' })).headers['x-cache']).toBe('MISS')
    expect((await get('/en', { 'accept-encoding': 'gzip' })).headers['x-cache']).toBe('MISS')
    expect(state.rendered).toBe(4)
    // Another spelling of the same encodings is the same variant.
    expect((await get('/en', { 'accept-encoding': 'GZIP;q=1' })).headers['x-cache']).toBe('HIT')
  })

  it('keys a host by the site it resolves to: unknown hosts share the default site entries', async () => {
    await get('/en/about', { host: 'wayout.localhost' })
    expect((await get('/en/about', { host: 'forged.example' })).headers['x-cache']).toBe('HIT')
    expect(state.rendered).toBe(1)
  })

  it('redirects a request with query parameters its route does not read, so they make no entry', async () => {
    await get('/en/news')
    for (const junk of ['x=1', 'utm_source=a&y=2', 'x=3&page=2']) {
      const response = await get(`/en/news?${junk}`)
      expect(response.status).toBe(301)
      expect(response.headers.location).toBe(junk.includes('page') ? '/en/news?page=2' : '/en/news')
    }
    expect(state.rendered).toBe(1)
    expect((await get('/en/about?x=1')).headers.location).toBe('/en/about')
  })

  it('neither keys nor redirects a path the URL parser would rewrite: it goes to the app as sent', async () => {
    await get('/en/news')
    for (const path of ['/\\evil.com?x=1', '/en/%2e%2e/en/news', '/en/./news', '/en\\news?x=1']) {
      const response = await get(path)
      expect(response.status).toBe(200)
      expect(response.headers.location).toBeUndefined()
      expect(response.headers['x-cache']).toBeUndefined()
      expect(response.headers['cache-tag']).toBeUndefined()
      expect(response.body).toContain(`of ${path}`)
    }
    expect(state.rendered).toBe(5)
  })

  it('keys the parameters a route reads in one order, and keeps Next router requests', async () => {
    await get('/en/news?category=3&page=2')
    expect(await cached('/en/news?page=2&category=3')).toBe('HIT')
    expect(await cached('/en/news?category=4&page=2')).toBe('MISS')
    expect((await get('/en/news?_rsc=abc', { rsc: '1' })).status).toBe(200)
    expect(state.rendered).toBe(3)
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
    expect(state.rendered).toBeGreaterThanOrEqual(2)
    expect(third.headers['x-cache']).not.toBe('HIT')
    expect(third.headers['cache-tag']).toBeUndefined()
    expect(third.headers['cache-control']).toBeUndefined()
  })

  it('sends a personal page (a subscriber’s confirm link) private and no-store, and never stores it', async () => {
    state.reply = { headers: { 'cache-control': 'public, max-age=600' } }
    for (let n = 0; n < 2; n++) {
      const page = await get('/en/subscription/confirm?token=personal')
      expect(page.headers['cache-control']).toBe('private, no-store')
      expect(page.headers['cache-tag']).toBeUndefined()
      expect(page.headers['x-cache']).toBeUndefined()
    }
    expect(state.rendered).toBe(2)
  })

  it.each([
    ['an error page', { status: 404 }],
    ['a response that sets a cookie', { headers: { 'set-cookie': 'a=b' } }],
    ['a response that varies on cookies', { headers: { vary: 'Cookie' } }],
  ])('does not store %s', async (_case, response: Reply) => {
    state.reply = response
    await get('/en/x')
    expect(await cached('/en/x')).toBe('MISS')
    expect(state.rendered).toBe(2)
  })

  it.each([
    ['an error page', { status: 404 }],
    ['a response that sets a cookie', { headers: { 'set-cookie': 'a=b' } }],
  ])('sends %s without shared-cache lifetime or tags', async (_case, response: Reply) => {
    state.reply = response
    const sent = await get('/en/x')
    expect(sent.headers['cache-control'] ?? '').not.toMatch(/public|s-maxage/)
    expect(sent.headers['cache-tag']).toBeUndefined()
    expect(sent.headers['surrogate-key']).toBeUndefined()
  })

  it('drops only what a change touches: its route tags and the documents a page added', async () => {
    state.reply = { tags: ['news:7'] }
    await get('/en/news/an-article')
    state.reply = { tags: ['news:8'] }
    await get('/en/news/another-article')
    state.reply = {}
    await get('/en/work-packages/3')
    state.cache.invalidate(['news', 'news:7'])
    expect(await cached('/en/news/an-article')).toBe('MISS')
    expect(await cached('/en/news/another-article')).toBe('HIT')
    expect(await cached('/en/work-packages/3')).toBe('HIT')
    state.cache.invalidate(['project'])
    expect(await cached('/en/work-packages/3')).toBe('MISS')
  })
})
