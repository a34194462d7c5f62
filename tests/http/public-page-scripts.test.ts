/**
 * Public pages carry no framework JavaScript: every kind of page of both sites, in two languages,
 * read anonymously, has no Next chunk, no RSC payload (`self.__next_f`) and no inline script; the
 * only scripts are the sites' own (public/site/manifest.json), at most 5 KB gzipped on any page,
 * and only where a form uses them. Every page has a title and links the web manifest. The kinds of
 * page are the sitemap's (one address per path pattern: `/news/<slug>` once, not every article),
 * plus those a sitemap leaves out: the forms' result pages, a search and a 404.
 * An editor's draft preview keeps Next's runtime (live preview needs it).
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, openPayload } from '../support/payload'
import { startServer, type TestServer } from '../support/server'

let server: TestServer
const editor = { email: 'scripts-editor@example.org', password: 'a long enough password' }

beforeAll(async () => {
  server = await startServer('page-scripts')
  const payload = await openPayload(server.database.uri)
  await payload.create({ collection: 'users', data: { ...editor, roles: ['admin'] } })
  await closePayload(payload)
}, 300_000)
afterAll(async () => server?.stop())

const hosts = { wayout: undefined, practices: 'practices.localhost' } as const
type Site = keyof typeof hosts
type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

const get = (site: Site, address: string, headers: Record<string, string> = {}) =>
  new Promise<Answer>((resolve, reject) => {
    const host = hosts[site]
    http
      .get(`${server.url}${address}`, { headers: { ...(host ? { host } : {}), ...headers } }, (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
      })
      .on('error', reject)
  })

const builtFile = (file: string) =>
  JSON.parse(fs.readFileSync(path.resolve('public', file), 'utf8')) as Record<string, string>
const ownScripts = () => [builtFile('site/manifest.json').forms]
/** The partner widget, shown working on the page that documents it (and nowhere else); not counted. */
const widgetDemo = (address: string) =>
  /^\/\w\w\/developers$/.test(address) ? [builtFile('widget/v1/manifest.json').file] : []

/** One address per kind of page in `locale`, from the site's sitemap. */
const pagesOf = async (site: Site, locale: string) => {
  const sitemap = await get(site, '/sitemap.xml')
  expect(sitemap.status).toBe(200)
  const kinds = new Map<string, string>()
  // Each address and its other languages (`xhtml:link`).
  for (const [, url] of sitemap.body.matchAll(/(?:<loc>|\bhref=")([^<"]+)/g)) {
    const address = new URL(url).pathname
    const segments = address.split('/')
    if (segments[1] !== locale) continue
    // `/en/news/<slug>` and `/en/news/<other slug>` are one kind; `/en/news` another.
    const kind = segments.length > 3 ? [...segments.slice(0, -1), '*'].join('/') : address
    if (!kinds.has(kind)) kinds.set(kind, address)
  }
  return [...kinds.values()]
}

/** What the sitemap leaves out: forms and their result pages, a search, a 404. */
const unlisted: Record<Site, (locale: string) => string[]> = {
  wayout: (locale) => [
    `/${locale}/search?q=exit`,
    `/${locale}/subscription/done?result=accepted`,
    `/${locale}/no-such-page`,
    `/${locale}/news/no-such-article`,
  ],
  practices: (locale) => [
    `/${locale}/practices/submit`,
    `/${locale}/practices/submit?problem=email`,
    `/${locale}/no-such-practice-page`,
  ],
}

const scriptsIn = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map(([, attributes, body]) => ({
    src: /\bsrc="([^"]+)"/.exec(attributes)?.[1],
    type: /\btype="([^"]+)"/.exec(attributes)?.[1],
    body,
  }))

describe.each([
  ['wayout', 'en'],
  ['wayout', 'fr'],
  ['practices', 'en'],
  ['practices', 'fr'],
] as const)('the %s site in %s, read anonymously', (site, locale) => {
  it('has no framework JavaScript on any kind of page, a title on each, and the manifest linked', async () => {
    const pages = [...(await pagesOf(site, locale)), ...unlisted[site](locale)]
    // The sitemap names at least the home page and some pages with documents of their own.
    expect(pages.length).toBeGreaterThanOrEqual(site === 'wayout' ? 10 : 4)
    const allowed = ownScripts()
    for (const address of pages) {
      const page = await get(site, address)
      expect([200, 404], address).toContain(page.status)
      expect(page.headers['content-type'], address).toMatch(/^text\/html/)
      const html = page.body
      expect(html, address).not.toContain('self.__next_f')
      expect(html, address).not.toMatch(/<script\b[^>]*\bsrc="\/_next\//)
      expect(html, address).not.toMatch(/<link\b[^>]*\bhref="\/_next\/[^"]*\.js"/)
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]
      expect(title?.trim(), `${address} has a title`).toBeTruthy()
      if (page.status === 200) expect(html, address).toContain('<link rel="manifest" href="/manifest.webmanifest"')

      const scripts = scriptsIn(html).filter((script) => !script.type || /javascript|module/.test(script.type))
      for (const script of scripts) {
        expect(script.src, `${address}: an inline script`).toBeDefined()
        expect([...allowed, ...widgetDemo(address)], `${address}: ${script.src}`).toContain(script.src)
      }
      let gzipped = 0
      for (const script of scripts.filter(({ src }) => allowed.includes(src!))) {
        const file = await get(site, script.src!)
        expect(file.status).toBe(200)
        gzipped += gzipSync(file.body, { level: 9 }).length
      }
      expect(gzipped, `${address}: our scripts, gzipped`).toBeLessThanOrEqual(5 * 1024)
    }
  }, 300_000)
})

describe('pages with forms', () => {
  it('carry the sites’ own script, which the page’s policy allows', async () => {
    for (const [site, address] of [
      ['wayout', '/en/newsletters'],
      ['practices', '/fr/practices/submit'],
    ] as const) {
      const page = await get(site, address)
      const [script] = scriptsIn(page.body)
      expect(script?.src, address).toBe(ownScripts()[0])
      expect(page.body).toMatch(/<form\b[^>]*data-enhance/)
      expect(String(page.headers['content-security-policy'])).toMatch(/script-src 'self'(;|$)/)
    }
  })

  it('and pages without one carry no script at all', async () => {
    expect(scriptsIn((await get('wayout', '/en/news')).body)).toEqual([])
    expect(scriptsIn((await get('practices', '/en')).body)).toEqual([])
  })
})

describe('the 404 page', () => {
  it('is a 404 whose text is in the HTML, in the language of the address', async () => {
    const page = await get('wayout', '/fr/news/no-such-article')
    expect(page.status).toBe(404)
    expect(page.body).toContain('<title>Page introuvable · ')
    expect(page.body).toMatch(/<h1[^>]*>Page introuvable<\/h1>/)
    expect(page.body).toContain('<meta name="robots" content="noindex"/>')
    // Never kept as if it were the page.
    expect((await get('wayout', '/fr/news/no-such-article')).headers['x-cache']).not.toBe('HIT')
  })

  it('answers HEAD with the status and length a GET gets, and no body', async () => {
    for (const address of ['/fr/news/no-such-article', '/en/no-such-page', '/en/news']) {
      const got = await fetch(`${server.url}${address}`)
      const head = await fetch(`${server.url}${address}`, { method: 'HEAD' })
      expect(head.status, address).toBe(got.status)
      expect(head.headers.get('content-type'), address).toBe(got.headers.get('content-type'))
      expect(Number(head.headers.get('content-length')), address).toBeGreaterThan(0)
      expect(await head.text(), address).toBe('')
    }
  })
})

describe('an editor’s draft preview', () => {
  it('keeps Next’s runtime, which live preview refreshes the page with', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(editor),
    })
    const token = /payload-token=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1]
    expect(token).toBeTruthy()
    const enter = await get('wayout', `/next/preview?path=${encodeURIComponent('/en/news')}`, {
      authorization: `JWT ${token}`,
    })
    expect(enter.status, enter.body).toBe(307)
    const draftCookies = [enter.headers['set-cookie'] ?? []]
      .flat()
      .map((cookie) => cookie.split(';')[0])
      .join('; ')
    expect(draftCookies).toContain('__prerender_bypass=')
    const preview = await get('wayout', '/en/news', { cookie: draftCookies, authorization: `JWT ${token}` })
    expect(preview.status).toBe(200)
    expect(preview.body).toContain('self.__next_f')
    expect(preview.body).toMatch(/<script\b[^>]*\bsrc="\/_next\/static\//)
  })
})
