/**
 * What a stored response is keyed by, and the headers it goes out with, over HTTP against the
 * production build: query parameters a route does not read make no entry (pages redirect without
 * them; the API refuses them without storing); the host counts as the site it resolves to; public
 * responses carry CDN headers with their tags, signed-in and admin responses never do.
 */
import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildWorld } from '../support/fixtures'
import { startServer, type TestServer } from '../support/server'
import { signInOverHttp } from '../support/signIn'

let server: TestServer
let editorToken: string

beforeAll(async () => {
  server = await startServer('cache_keys', async (payload) => void (await buildWorld(payload)))
  editorToken = await signInOverHttp(server.url, 'editor@example.test')
})
afterAll(async () => server?.stop())

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.url}${path}`, { headers, redirect: 'manual' })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

/** node:http, because fetch does not let a caller choose the Host header. */
const getAs = (host: string, path: string) =>
  new Promise<string | undefined>((resolve, reject) => {
    http
      .get(`${server.url}${path}`, { headers: { host } }, (response) => {
        response.resume()
        response.on('end', () => resolve(response.headers['x-cache'] as string | undefined))
      })
      .on('error', reject)
  })

const random = () => Math.random().toString(36).slice(2)

describe('cache keys', () => {
  it('sends a page request with parameters the page does not read to the address without them', async () => {
    await get('/en/news')
    expect((await get('/en/news')).headers.get('x-cache')).toBe('HIT')
    for (let n = 0; n < 20; n++) {
      const response = await get(`/en/news?x=${random()}&page=1`)
      expect(response.status).toBe(301)
      expect(response.headers.get('location')).toBe('/en/news?page=1')
    }
    expect((await get('/en/news')).headers.get('x-cache')).toBe('HIT')
  })

  it('keeps parameters a page reads, in any order, as one entry', async () => {
    await get('/en/news?category=1&page=1')
    expect((await get('/en/news?page=1&category=1')).headers.get('x-cache')).toBe('HIT')
  })

  it('refuses API parameters an endpoint does not take, and stores no answer for them', async () => {
    for (let n = 0; n < 3; n++) {
      const response = await get(`/api/public/v1/news?x=${random()}`)
      expect(response.status).toBe(400)
      expect(response.headers.get('x-cache')).toBeNull()
    }
    const repeated = `/api/public/v1/news?x=same`
    await get(repeated)
    expect((await get(repeated)).headers.get('x-cache')).toBeNull()
    await get('/api/public/v1/news?locale=fr&limit=3')
    expect((await get('/api/public/v1/news?limit=3&locale=fr')).headers.get('x-cache')).toBe('HIT')
  })

  it('keys by the site a host resolves to: a host no site declares shares the default site entries', async () => {
    await getAs('wayout.localhost', '/en/partners')
    expect(await getAs('wayout.localhost', '/en/partners')).toBe('HIT')
    expect(await getAs('127.0.0.1', '/en/events')).toBe('MISS')
    for (let n = 0; n < 3; n++) expect(await getAs(`${random()}.example`, '/en/events')).toBe('HIT')
  })
})

describe('CDN headers', () => {
  it.each(['/en/news', '/en/news/rss.xml', '/api/public/v1/news'])(
    'go with the public response %s, with its tags, while browsers revalidate',
    async (path) => {
      for (const response of [await get(path), await get(path)]) {
        const cacheControl = response.headers.get('cache-control')!
        expect(cacheControl).toMatch(/\bpublic\b/)
        expect(cacheControl).toMatch(/\bs-maxage=\d+/)
        expect(cacheControl).toMatch(/\bstale-while-revalidate=\d+/)
        expect(cacheControl).toMatch(/\bstale-if-error=\d+/)
        expect(response.headers.get('cache-tag')!.split(',')).toContain('news')
        expect(response.headers.get('surrogate-key')!.split(' ')).toContain('news')
      }
      // The stored copy answers revalidations by its ETag.
      expect((await get(path)).headers.get('etag')).toBeTruthy()
      if (path.startsWith('/en'))
        expect((await get(path)).headers.get('cache-control')).toMatch(/max-age=0, must-revalidate/)
    },
  )

  it.each([
    ['a signed-in reader', '/en/news', { cookie: `payload-token=TOKEN` }],
    ['an API client with credentials', '/en/news', { authorization: 'JWT TOKEN' }],
    ['the admin', '/admin', { cookie: `payload-token=TOKEN` }],
    ['Payload’s own API', '/api/news', { authorization: 'JWT TOKEN' }],
  ])('never go with a response to %s', async (_case, path, headers: Record<string, string>) => {
    const signedIn = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name, value.replace('TOKEN', editorToken)]),
    )
    const response = await get(path, signedIn)
    expect(response.headers.get('cache-tag')).toBeNull()
    expect(response.headers.get('surrogate-key')).toBeNull()
    expect(response.headers.get('cache-control') ?? '').not.toMatch(/s-maxage|public/)
  })
})
