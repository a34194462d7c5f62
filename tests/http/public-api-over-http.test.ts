/**
 * The public API and the widget files as the production build serves them over HTTP: the
 * headers a partner's page and shared caches rely on (CORS, Cache-Control, ETag/304, no
 * cookies), the routing next to Payload's own /api, and the widget bundle with its SRI hash.
 */
import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicApiClient } from '@/plugins/public-api/client'

import { buildWorld, type World } from '../support/fixtures'
import { startServer, type TestServer } from '../support/server'
import { signInOverHttp } from '../support/signIn'

let server: TestServer
let world: World
let editorToken: string

beforeAll(async () => {
  server = await startServer('public_http', async (payload) => {
    world = await buildWorld(payload)
  })
  editorToken = await signInOverHttp(server.url, 'editor@example.test')
})
afterAll(async () => server?.stop())

const get = (path: string, headers: HeadersInit = {}) => fetch(`${server.url}${path}`, { headers })

describe('the public API over HTTP', () => {
  it('is served by its own routes, not by Payload’s /api catch-all', async () => {
    const response = await get('/api/public/v1/news')
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toHaveProperty('items')
    expect(body).not.toHaveProperty('docs')
  })

  it('is readable from any origin without credentials, and cacheable by shared caches', async () => {
    const response = await get('/api/public/v1/news?locale=fr', { origin: 'https://partner.example' })
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    expect(response.headers.get('access-control-expose-headers')).toMatch(/etag/i)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const cacheControl = response.headers.get('cache-control')!
    expect(cacheControl).toMatch(/\bpublic\b/)
    expect(cacheControl).toMatch(/\bs-maxage=\d+/)
    expect(cacheControl).toMatch(/\bstale-while-revalidate=\d+/)
  })

  it('neither sets cookies nor lets a signed-in editor’s credentials reveal drafts', async () => {
    for (const headers of [
      {},
      { cookie: `payload-token=${editorToken}` },
      { authorization: `JWT ${editorToken}` },
    ] as HeadersInit[]) {
      const response = await get('/api/public/v1/news?limit=50', headers)
      expect(response.headers.get('set-cookie')).toBeNull()
      const titles = (await response.json()).items.map((item: { title: string }) => item.title)
      expect(titles).toEqual(['news public'])
    }
    const draft = world.ids.news['draft on wayout']
    expect((await get(`/api/public/v1/news/${draft}`, { authorization: `JWT ${editorToken}` })).status).toBe(404)
  })

  it('answers 304 Not Modified to the current ETag, also for HEAD', async () => {
    const first = await get('/api/public/v1/partners')
    const etag = first.headers.get('etag')!
    expect(etag).toBeTruthy()
    const again = await get('/api/public/v1/partners', { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(again.headers.get('access-control-allow-origin')).toBe('*')
    expect(await again.text()).toBe('')
    expect((await get('/api/public/v1/partners', { 'if-none-match': '"stale"' })).status).toBe(200)
    const head = await fetch(`${server.url}/api/public/v1/partners`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(etag)
  })

  it('answers the CORS preflight of a client that sends If-None-Match itself', async () => {
    const response = await fetch(`${server.url}/api/public/v1/news`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://partner.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-headers')).toMatch(/if-none-match/i)
  })

  it('answers unknown paths, read or written, with a readable JSON 404', async () => {
    for (const [method, path] of [
      ['GET', '/api/public/v1/nothing-here'],
      ['POST', '/api/public/v1/nothing-here'],
    ]) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', origin: 'https://partner.example' },
        body: method === 'POST' ? '{}' : undefined,
      })
      expect(response.status, path).toBe(404)
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      expect((await response.json()).error.code).toBe('not_found')
    }
  })

  it('never answers 5xx, whatever the query string', async () => {
    const queries = [
      'limit=-1',
      'limit=1e3',
      'limit=%00',
      'page=99999999999999999999',
      'cursor=' + 'A'.repeat(300),
      'cursor=WyIxOTcwIiwiYSJd',
      'locale[]=fr',
      'site=%F0%9F%98%80',
      'category=' + encodeURIComponent("' OR 1=1 --"),
      '%E0%A4%A=1',
    ]
    for (const path of [
      '/api/public/v1/news',
      '/api/public/v1/events',
      '/api/public/v1/news/1',
      '/api/public/v1/news/0x1',
    ]) {
      for (const query of queries) {
        const response = await get(`${path}?${query}`)
        expect(response.status, `${path}?${query}`).toBeLessThan(500)
        expect(response.headers.get('content-type')).toMatch(/application\/json/)
      }
    }
  })

  it('is what the typed client reads, across origins', async () => {
    const api = publicApiClient(server.url)
    const [project, news] = await Promise.all([api.project({ locale: 'de' }), api.news({ limit: 1 })])
    expect(project.locale).toBe('de')
    expect(news.items).toHaveLength(1)
  })

  it('publishes its OpenAPI document, listing every read endpoint with resolvable schemas', async () => {
    const response = await get('/api/public/v1/openapi.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const document = await response.json()
    expect(document.openapi).toBe('3.1.0')
    // Writes and the rest: tests/http/public-api-openapi.test.ts.
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/public/v1/categories',
        '/api/public/v1/deliverables',
        '/api/public/v1/events',
        '/api/public/v1/news',
        '/api/public/v1/news/{id}',
        '/api/public/v1/partners',
        '/api/public/v1/project',
      ]),
    )
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1])
    expect(refs.length).toBeGreaterThan(10)
    for (const ref of refs) expect(document.components.schemas, ref).toHaveProperty(ref)
    const newsParameters = document.paths['/api/public/v1/news'].get.parameters.map((p: { name: string }) => p.name)
    expect(newsParameters).toEqual(['locale', 'site', 'category', 'limit', 'cursor', 'page'])
  })
})

describe('the admin Embed page', () => {
  it('sends visitors who are not signed in to the login', async () => {
    // The admin streams its pages, so the redirect comes inside the page rather than as a 307.
    const html = await (await get('/admin/embed')).text()
    expect(html).toContain('/admin/login?redirect=%2Fadmin%2Fembed')
    // The admin's strings (the view's heading among them) travel with every admin page; the view itself must not.
    expect(html).not.toMatch(/<h1[^>]*>Embed the WayOut widget<\/h1>/)
  })
})

describe('the widget files', () => {
  it('serve the bundle at the stable URL and, byte for byte, at the hashed URL the manifest names with its SRI hash', async () => {
    const manifestResponse = await get('/widget/v1/manifest.json')
    expect(manifestResponse.status).toBe(200)
    const manifest = await manifestResponse.json()
    expect(manifest.file).toMatch(/^\/widget\/v1\/wayout\.[0-9a-f]{12}\.js$/)

    const stable = await get('/widget/v1/wayout.js')
    const hashed = await get(manifest.file)
    for (const response of [stable, hashed]) {
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/javascript/)
      // Cross-origin readable: required for a script loaded with integrity and crossorigin.
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
    }
    expect(stable.headers.get('cache-control')).toMatch(/max-age=300/)
    expect(hashed.headers.get('cache-control')).toMatch(/max-age=31536000, immutable/)

    const bytes = Buffer.from(await hashed.arrayBuffer())
    expect(Buffer.from(await stable.arrayBuffer()).equals(bytes)).toBe(true)
    expect(manifest.integrity).toBe(`sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`)
    expect(manifest.gzipBytes).toBeLessThanOrEqual(10 * 1024)
  })

  it('serve the demo page, loading the hashed bundle with its integrity hash under a strict CSP', async () => {
    const manifest = await (await get('/widget/v1/manifest.json')).json()
    const response = await get('/widget/v1/demo.html')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain(`src="${manifest.file}" integrity="${manifest.integrity}" crossorigin="anonymous"`)
    expect(html).toContain("script-src 'self'")
    for (const element of ['project', 'news', 'events', 'partners', 'subscribe'])
      expect(html).toContain(`<wayout-${element}`)
  })
})
