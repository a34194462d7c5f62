/**
 * The security headers of every kind of response the built app gives, over real HTTP: public
 * pages (rendered and from the front cache), feeds, sitemap, robots, calendar files, the sharing
 * image, the public API (computed and remembered), REST, GraphQL, the admin, an uploaded file, a
 * 404 and a static asset. A page's Content-Security-Policy allows no inline script but the ones
 * it carries, by hash. With an https SERVER_URL: HSTS, and a session cookie marked Secure.
 * Payload's csrf list comes from the configured origins: a session cookie sent from any other
 * origin identifies no one.
 */
import { createHash } from 'node:crypto'
import http from 'node:http'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { samplePdf } from '../support/samplePdf'
import { closePayload, openPayload } from '../support/payload'
import { serveApp, startServer, type AppProcess, type TestServer } from '../support/server'

let server: TestServer
let uploadedFile: string
const admin = { email: 'headers-admin@example.org', password: 'a long enough password' }

beforeAll(async () => {
  server = await startServer('security-headers')
  const payload = await openPayload(server.database.uri)
  const pdf = samplePdf()
  const document = await payload.create({
    collection: 'documents',
    data: { title: 'Public agenda', restricted: false },
    file: { data: pdf, mimetype: 'application/pdf', name: 'agenda.pdf', size: pdf.length },
  })
  uploadedFile = document.url ?? ''
  await payload.create({ collection: 'users', data: { ...admin, roles: ['admin'] } })
  await closePayload(payload)
}, 300_000)
afterAll(async () => server?.stop())

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

const request = (
  base: string,
  path: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
) =>
  new Promise<Answer>((resolve, reject) => {
    const url = new URL(base)
    const outgoing = http.request({ host: url.hostname, port: url.port, method, path, headers }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }))
    })
    outgoing.on('error', reject)
    outgoing.end(body)
  })

const get = (path: string, headers: Record<string, string> = {}) => request(server.url, path, { headers })

const directives = (answer: Answer) =>
  new Map(
    String(answer.headers['content-security-policy'] ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  )

/** What every response carries, whatever it is. */
const expectBaseline = (answer: Answer) => {
  expect(answer.headers['x-content-type-options']).toBe('nosniff')
  expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(answer.headers['permissions-policy']).toContain('camera=()')
  expect(answer.headers['x-frame-options']).toBe('DENY')
  expect(directives(answer).get('frame-ancestors')).toEqual(["'none'"])
  // SERVER_URL is http here: no HSTS (it would lock browsers out of a plain-http install).
  expect(answer.headers['strict-transport-security']).toBeUndefined()
}

/**
 * A page's policy: no inline script but the page's own, each named by its sha256. A public page
 * has none (the front server takes Next's out), so its policy names none; a draft preview keeps
 * Next's (`withInlineScripts`).
 */
const expectStrictPagePolicy = (answer: Answer, { withInlineScripts = false } = {}) => {
  const policy = directives(answer)
  const scripts = policy.get('script-src') ?? []
  expect(scripts).toContain("'self'")
  expect(scripts).not.toContain("'unsafe-inline'")
  expect(scripts).not.toContain("'unsafe-eval'")
  expect(policy.get('object-src')).toEqual(["'none'"])
  expect(policy.get('base-uri')).toEqual(["'none'"])
  expect(policy.get('style-src')).toEqual(["'self'"])
  const inline = [...answer.body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
    ([, attributes]) => !/\ssrc=/.test(` ${attributes}`),
  )
  if (!withInlineScripts) expect(scripts).toEqual(["'self'"])
  expect(inline.length > 0).toBe(withInlineScripts)
  for (const [, , script] of inline)
    expect(scripts).toContain(`'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`)
}

/** Anything that is not a page: nothing may run or load in it. */
const expectLockedDown = (answer: Answer) => expect(directives(answer).get('default-src')).toEqual(["'none'"])

describe('security headers', () => {
  it('on a public page rendered by Next, and the same page from the front cache', async () => {
    const miss = await get('/en/news')
    expect(miss.headers['x-cache']).toBe('MISS')
    expectBaseline(miss)
    expectStrictPagePolicy(miss)
    const hit = await get('/en/news')
    expect(hit.headers['x-cache']).toBe('HIT')
    expectBaseline(hit)
    expectStrictPagePolicy(hit)
    expect(hit.headers['content-security-policy']).toBe(miss.headers['content-security-policy'])
  })

  it('on a gzipped draft preview (Next’s runtime kept), whose inline scripts are hashed as the browser sees them', async () => {
    const gzipped = await new Promise<Answer>((resolve, reject) => {
      const url = new URL(server.url)
      http
        .get(
          {
            host: url.hostname,
            port: url.port,
            path: '/fr/about',
            // The draft-mode cookie alone keeps Next's runtime; Next checks its value before showing drafts.
            headers: { 'accept-encoding': 'gzip', cookie: '__prerender_bypass=anything' },
          },
          (response) => {
            const chunks: Buffer[] = []
            response.on('data', (chunk: Buffer) => chunks.push(chunk))
            response.on('end', () => {
              expect(response.headers['content-encoding']).toBe('gzip')
              const body = gunzipSync(Buffer.concat(chunks)).toString('utf8')
              resolve({ status: response.statusCode ?? 0, headers: response.headers, body })
            })
          },
        )
        .on('error', reject)
    })
    expectStrictPagePolicy(gzipped, { withInlineScripts: true })
  })

  it('on a 404 page', async () => {
    const missing = await get('/en/no-such-page')
    expect(missing.status).toBe(404)
    expectBaseline(missing)
    expectStrictPagePolicy(missing)
  })

  for (const [kind, path] of [
    ['news feed', '/en/news/rss.xml'],
    ['sitemap', '/sitemap.xml'],
    ['robots', '/robots.txt'],
    ['calendar file', '/en/events/calendar.ics'],
    ['sharing image', '/en/og.png'],
  ])
    it(`on the ${kind}, rendered and from the front cache`, async () => {
      const miss = await get(path)
      expect(miss.status).toBe(200)
      expect(miss.headers['x-cache']).toBe('MISS')
      const hit = await get(path)
      expect(hit.headers['x-cache']).toBe('HIT')
      for (const answer of [miss, hit]) {
        expectBaseline(answer)
        expectLockedDown(answer)
      }
    })

  it('on the public API, computed and remembered', async () => {
    const first = await get('/api/public/v1/partners?locale=de')
    const again = await get('/api/public/v1/partners?locale=de')
    expect(first.status).toBe(200)
    expect(again.headers.etag).toBe(first.headers.etag)
    for (const answer of [first, again]) {
      expectBaseline(answer)
      expectLockedDown(answer)
      expect(answer.headers['access-control-allow-origin']).toBe('*')
    }
  })

  it('on REST, GraphQL and an uploaded file', async () => {
    const rest = await get('/api/partners?limit=1')
    const graphql = await request(server.url, '/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Partners(limit: 1) { docs { id } } }' }),
    })
    const file = await get(uploadedFile)
    expect([rest.status, graphql.status, file.status]).toEqual([200, 200, 200])
    expect(file.headers['content-type']).toBe('application/pdf')
    for (const answer of [rest, graphql, file]) {
      expectBaseline(answer)
      expectLockedDown(answer)
    }
  })

  it('on the admin, which can never be framed', async () => {
    const admin = await get('/admin')
    expect(admin.status).toBe(200)
    expectBaseline(admin)
  })

  it('on a static asset and on the widget', async () => {
    const page = await get('/en', { cookie: '__prerender_bypass=anything' })
    const asset = page.body.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1]
    expect(asset).toBeTruthy()
    const script = await get(asset!)
    expect(script.status).toBe(200)
    expectBaseline(script)
    const widget = await get('/widget/v1/wayout.js')
    expect(widget.status).toBe(200)
    expectBaseline(widget)
    expect(widget.headers['access-control-allow-origin']).toBe('*')
  })

  it('lets a draft preview be framed by the trusted origins only, never a published page', async () => {
    // The draft-mode cookie alone changes the framing rule; Next checks its value before showing drafts.
    const preview = await get('/en/news', { cookie: '__prerender_bypass=anything' })
    expect(preview.headers['x-frame-options']).toBeUndefined()
    const port = new URL(server.url).port
    expect(new Set(directives(preview).get('frame-ancestors'))).toEqual(
      new Set([
        "'self'",
        server.url,
        ...['wayout.localhost', 'localhost', 'practices.localhost'].map((host) => `http://${host}:${port}`),
      ]),
    )
    expectStrictPagePolicy(preview, { withInlineScripts: true })
  })
})

/** A session on `base`, signed in as the admin the suite created. */
const signIn = async (base: string) => {
  const login = await request(base, '/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  })
  expect(login.status).toBe(200)
  const cookie = (login.headers['set-cookie'] ?? []).find((line) => line.startsWith('payload-token='))
  expect(cookie).toBeTruthy()
  return { line: cookie!, token: cookie!.split(';')[0] }
}

/** Whom the session cookie identifies when a page at `origin` sends it (Payload's csrf check). */
const whoAmI = async (base: string, token: string, origin: string) =>
  JSON.parse((await request(base, '/api/users/me', { headers: { cookie: token, origin } })).body).user?.email ?? null

describe('behind https', () => {
  let secure: AppProcess
  beforeAll(async () => {
    // The same database and build, configured as production would be; requests still come in over http.
    secure = await serveApp(server.database, {
      uploads: process.env.UPLOADS_DIR!,
      env: { SERVER_URL: 'https://cms.wayout.example' },
    })
  }, 300_000)
  afterAll(async () => secure?.stop())

  it('asks browsers to use https only (HSTS)', async () => {
    const page = await request(secure.url, '/en')
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000')
    const api = await request(secure.url, '/api/partners?limit=1')
    expect(api.headers['strict-transport-security']).toBe('max-age=31536000')
  })

  it('marks the session cookie Secure', async () => {
    expect((await signIn(secure.url)).line).toMatch(/;\s*Secure/i)
  })

  it('honours the session cookie from the configured origin and the sites, from nowhere else', async () => {
    const { token } = await signIn(secure.url)
    expect(await whoAmI(secure.url, token, 'https://cms.wayout.example')).toBe(admin.email)
    expect(await whoAmI(secure.url, token, 'https://practices.localhost')).toBe(admin.email)
    expect(await whoAmI(secure.url, token, 'https://evil.example')).toBeNull()
  })
})

describe('without SERVER_URL (a plain npm start)', () => {
  let local: AppProcess
  beforeAll(async () => {
    local = await serveApp(server.database, { uploads: process.env.UPLOADS_DIR!, env: { SERVER_URL: '' } })
  }, 300_000)
  afterAll(async () => local?.stop())

  it('does not mark the session cookie Secure, and sends no HSTS', async () => {
    const { line } = await signIn(local.url)
    expect(line).not.toMatch(/;\s*Secure/i)
    expect((await request(local.url, '/en')).headers['strict-transport-security']).toBeUndefined()
  })

  it('still refuses a session cookie sent from a foreign origin (the csrf list is never empty)', async () => {
    const { token } = await signIn(local.url)
    const port = new URL(local.url).port
    expect(await whoAmI(local.url, token, `http://localhost:${port}`)).toBe(admin.email)
    expect(await whoAmI(local.url, token, `http://wayout.localhost:${port}`)).toBe(admin.email)
    expect(await whoAmI(local.url, token, 'https://evil.example')).toBeNull()
  })
})
