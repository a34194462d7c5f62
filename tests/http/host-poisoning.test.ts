/**
 * A forged host header must not reach a page, nor a cache that serves the page to others: absolute
 * URLs come from configuration (SERVER_URL and the sites' host names), forwarded headers count
 * only behind a proxy we were told to trust (TRUST_PROXY), and only for host names a site declares.
 * Every kind of response the front caches keep is tried: page, feeds, sitemap, robots, calendars,
 * the sharing image and the public API.
 */
import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serveApp, startServer, type AppProcess, type TestServer } from '../support/server'

let server: TestServer
let proxied: AppProcess
let eventSlug = ''
let newsSlug = ''

type Answer = { status: number; headers: string; body: Buffer; text: string; cache?: string }

/** node:http, because fetch does not let a caller choose the Host header. */
const get = (base: string, path: string, headers: Record<string, string> = {}) =>
  new Promise<Answer>((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const body = Buffer.concat(chunks)
          resolve({
            status: response.statusCode!,
            headers: response.rawHeaders.join('\n'),
            body,
            text: body.toString('latin1'),
            cache: response.headers['x-cache'] as string | undefined,
          })
        })
      })
      .on('error', reject)
  })

const forged = {
  'x-forwarded-host': 'evil.example',
  'x-forwarded-proto': 'https',
  forwarded: 'host=evil.example;proto=https',
}

const kinds = () => [
  ['a page', '/en/news?page=1'],
  ['an article with share links', `/en/news/${newsSlug}`],
  ['the RSS feed', '/en/news/rss.xml'],
  ['the Atom feed', '/en/news/atom.xml'],
  ['the sitemap', '/sitemap.xml'],
  ['robots.txt', '/robots.txt'],
  ['the calendar', '/en/events/calendar.ics'],
  ["an event's calendar file", `/en/events/${eventSlug}/event.ics`],
  ['the sharing image', '/en/og.png'],
  ['the public API', '/api/public/v1/news?locale=en'],
  ['the public API (events)', '/api/public/v1/events?locale=en&when=past'],
]

beforeAll(async () => {
  server = await startServer('poisoning')
  const news = (await (await fetch(`${server.url}/api/news?limit=1&depth=0&locale=en`)).json()) as {
    docs: { slug: string }[]
  }
  const events = (await (await fetch(`${server.url}/api/events?limit=1&depth=0&locale=en`)).json()) as {
    docs: { slug: string }[]
  }
  newsSlug = news.docs[0].slug
  eventSlug = events.docs[0].slug
  proxied = await serveApp(server.database, {
    uploads: process.env.UPLOADS_DIR!,
    env: { TRUST_PROXY: 'true', PAYLOAD_SECRET: 'test-secret' },
  })
})
afterAll(async () => {
  await proxied?.stop()
  await server?.stop()
})

describe('a forged X-Forwarded-Host, without a trusted proxy', () => {
  it('reaches no response and no cached copy, of any kind', async () => {
    for (const [kind, path] of kinds()) {
      const attempt = await get(server.url, path, forged)
      expect(attempt.status, `${kind}: ${path}`).toBe(200)
      expect(attempt.text, `${kind} names the forged host`).not.toContain('evil.example')
      expect(attempt.headers, `${kind} headers name the forged host`).not.toContain('evil.example')
      const reader = await get(server.url, path)
      expect(reader.text, `${kind} served to the next reader`).not.toContain('evil.example')
      expect(reader.text, `${kind} served to the next reader`).not.toContain('https://127.0.0.1')
    }
  })

  it('does not choose the site', async () => {
    const practicesHome = await get(server.url, '/en', { host: 'practices.localhost' })
    expect(practicesHome.text).toContain('WayOut Promising Practice Repository')
    const attempt = await get(server.url, '/en', { 'x-forwarded-host': 'practices.localhost' })
    expect(attempt.text).not.toContain('WayOut Promising Practice Repository')
    const image = (headers: Record<string, string>) => get(server.url, '/en/og.png', headers)
    const forgedImage = await image({ 'x-forwarded-host': 'practices.localhost' })
    expect(forgedImage.body.equals((await image({})).body)).toBe(true)
    expect(forgedImage.body.equals((await image({ host: 'practices.localhost' })).body)).toBe(false)
  })
})

describe('an unknown Host', () => {
  it('gets the default site at its configured origin', async () => {
    const page = await get(server.url, '/en/news', { host: 'evil.example' })
    expect(page.status).toBe(200)
    expect(page.text).toContain(`<link rel="canonical" href="${server.url}/en/news"/>`)
    expect(page.text).not.toContain('evil.example')
    for (const [kind, path] of kinds()) {
      const attempt = await get(server.url, path, { host: 'evil.example:8080' })
      expect(attempt.text, `${kind} names the unknown host`).not.toContain('evil.example')
    }
  })

  it('uses a declared host name with the configured scheme and port, and nothing the client sent', async () => {
    const port = new URL(server.url).port
    const page = await get(server.url, '/en/news', { host: 'wayout.localhost:1', ...forged })
    expect(page.text).toContain(`<link rel="canonical" href="http://wayout.localhost:${port}/en/news"/>`)
  })
})

describe('behind a trusted proxy (TRUST_PROXY=true)', () => {
  it('lets the forwarded host choose among the declared sites', async () => {
    const port = new URL(proxied.url).port
    const home = await get(proxied.url, '/en', { 'x-forwarded-host': 'practices.localhost' })
    expect(home.text).toContain('WayOut Promising Practice Repository')
    expect(home.text).toContain(`<link rel="canonical" href="http://practices.localhost:${port}/en"/>`)
  })

  it('gives a forwarded host no site declares the default site at the configured origin', async () => {
    for (const [kind, path] of kinds()) {
      const attempt = await get(proxied.url, path, forged)
      expect(attempt.status, `${kind}: ${path}`).toBe(200)
      expect(attempt.text, `${kind} names the forwarded host`).not.toContain('evil.example')
      expect(attempt.headers, `${kind} headers name the forwarded host`).not.toContain('evil.example')
    }
    const page = await get(proxied.url, '/en/news', forged)
    expect(page.text).toContain(`<link rel="canonical" href="${proxied.url}/en/news"/>`)
  })
})
