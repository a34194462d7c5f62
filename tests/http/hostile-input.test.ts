/**
 * Hostile input over real HTTP against the built app: well over a thousand generated malformed,
 * oversized, wrongly typed and injected requests (tests/support/hostileRequests.ts, seeded, so a
 * failure reproduces) over every public write endpoint, the public API's reads, Payload's auth
 * routes and GraphQL, and page paths with broken percent-escapes. Not one answer is a 5xx, nothing
 * is stored, and the server still answers afterwards. Every request comes from its own address
 * (TRUST_PROXY and X-Forwarded-For) so that per-IP limits do not hide the handlers behind a 429.
 */
import crypto from 'node:crypto'
import http from 'node:http'

import type { CollectionSlug, Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hostileRequests, type HostileRequest } from '../support/hostileRequests'
import { closePayload, openPayload } from '../support/payload'
import { startServer, type TestServer } from '../support/server'

const seed = Number(process.env.HOSTILE_SEED ?? 11)

let server: TestServer
let payload: Payload
let ipCounter = 0

beforeAll(async () => {
  Object.assign(process.env, {
    TRUST_PROXY: 'true',
    // Set, so that the webhook's handler is reached (without it, it answers 503 to everything).
    RESEND_WEBHOOK_SECRET: `whsec_${crypto.randomBytes(24).toString('base64')}`,
    // Nothing here may send an email; if something did, it would fail rather than leave the machine.
    RESEND_BASE_URL: 'http://127.0.0.1:9',
  })
  server = await startServer('hostile-input')
  payload = await openPayload(server.database.uri)
}, 300_000)

afterAll(async () => {
  await closePayload(payload)
  await server?.stop()
})

const freshIp = () => {
  ipCounter += 1
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`
}

/** `status` 0: the connection was closed on an oversized body (see `send`). */
type Answer = { status: number; text: string }

/** One raw request: node:http sends paths and bytes exactly as given. */
const send = ({ method, path, headers, body }: Pick<HostileRequest, 'method' | 'path' | 'headers' | 'body'>) =>
  new Promise<Answer>((resolve, reject) => {
    const url = new URL(server.url)
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        // Each request on its own connection, as a prober's would be: a refusal that closes its
        // connection must not make the next, unrelated request fail on a reused socket.
        agent: false,
        method,
        path,
        headers: {
          'x-forwarded-for': freshIp(),
          ...headers,
          ...(body ? { 'content-length': String(body.length) } : {}),
        },
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }))
      },
    )
    request.on('error', (error: NodeJS.ErrnoException) => {
      // The guarded writes refuse a body over their bound (2 to 256 KB) without reading it, and
      // close the connection: the client may see the reset instead of the 413 sent before it.
      const guarded = /^\/api\/(public\/v1|webhooks)\//.test(path)
      if (guarded && body && body.length > 2 * 1024 && (error.code === 'ECONNRESET' || error.code === 'EPIPE'))
        resolve({ status: 0, text: 'connection closed while the refused body was being sent' })
      else reject(new Error(`${method} ${path.slice(0, 120)}: ${error.message}`))
    })
    request.end(body)
  })

const isCollection = (slug: string): slug is CollectionSlug => slug in payload.collections

/**
 * How many documents each collection holds, Payload's own included. Jobs Payload queues by the
 * clock (tasks with a schedule, such as the hourly training reminders) are not the requests' doing.
 */
const documentCounts = async () => {
  const scheduled = (payload.config.jobs.tasks ?? []).filter((task) => task.schedule?.length).map((task) => task.slug)
  const where = (slug: CollectionSlug): Where | undefined =>
    slug === 'payload-jobs' ? { taskSlug: { not_in: scheduled } } : undefined
  return Object.fromEntries(
    await Promise.all(
      Object.keys(payload.collections)
        .filter(isCollection)
        .map(
          async (slug) =>
            [
              slug,
              (await payload.count({ collection: slug, where: where(slug), overrideAccess: true })).totalDocs,
            ] as const,
        ),
    ),
  )
}

describe('bad input named in the issue', () => {
  it('answers multipart garbage to the login with a 400 that says what is wrong', async () => {
    const answer = await send({
      method: 'POST',
      path: '/api/users/login',
      headers: { 'content-type': 'multipart/form-data; boundary=----x' },
      body: Buffer.from('this is not multipart at all'),
    })
    expect(answer.status).toBe(400)
    expect(answer.text).toMatch(/multipart/i)
  })

  it('answers malformed bodies to forgot-password with a 4xx', async () => {
    for (const [type, body] of [
      ['application/json', '{"email":'],
      ['application/json', 'null'],
      ['multipart/form-data; boundary=b', '--b\r\nbroken'],
    ]) {
      const answer = await send({
        method: 'POST',
        path: '/api/users/forgot-password',
        headers: { 'content-type': type },
        body: Buffer.from(body),
      })
      expect(answer.status, `${type} ${body}`).toBeGreaterThanOrEqual(400)
      expect(answer.status, `${type} ${body}`).toBeLessThan(500)
    }
  })

  it('answers malformed JSON and multipart to GraphQL with a 400', async () => {
    const json = await send({
      method: 'POST',
      path: '/api/graphql',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from('{"query": "{ Partners { docs { id } } }"'),
    })
    expect(json.status).toBe(400)
    expect(json.text).toMatch(/not valid JSON/)
    const multipart = await send({
      method: 'POST',
      path: '/api/graphql',
      headers: { 'content-type': 'multipart/form-data; boundary=zz' },
      body: Buffer.from('--zz\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{'),
    })
    expect(multipart.status).toBe(400)
  })

  it('answers a NUL character or a lone surrogate in an auth body with a 400 (PostgreSQL cannot hold either)', async () => {
    for (const [path, body] of [
      ['/api/users/login', { email: 'nul\u0000@example.org', password: 'x' }],
      ['/api/users/reset-password', { token: '\ud800', password: 'a long enough password' }],
    ] as const) {
      const answer = await send({
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        body: Buffer.from(JSON.stringify(body)),
      })
      expect(answer.status, path).toBe(400)
      expect(answer.text, path).toMatch(/NUL character or an unpaired surrogate/)
    }
  })

  it('answers a path whose percent-escape does not decode with a 400, not a 500', async () => {
    const answer = await send({ method: 'GET', path: '/en/%E0%A4%A', headers: {} })
    expect(answer.status).toBe(400)
    expect(answer.text).toMatch(/percent-escape/)
  })
})

describe('the Resend webhook', () => {
  it('stops reading a chunked body at its bound: 413 before the sender is done, nothing stored', async () => {
    const before = await documentCounts()
    const bound = 256 * 1024
    const chunk = Buffer.alloc(64 * 1024, 'a')
    const url = new URL(server.url)
    // A body without Content-Length that would go on for 64 MB: the answer must come long before.
    const result = await new Promise<{ status: number; sentWhenAnswered: number }>((resolve, reject) => {
      let sent = 0
      let answered = false
      const request = http.request({
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: '/api/webhooks/resend',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', 'x-forwarded-for': freshIp() },
      })
      request.on('response', (response) => {
        answered = true
        resolve({ status: response.statusCode ?? 0, sentWhenAnswered: sent })
        response.resume()
        request.destroy()
      })
      request.on('error', (error) => {
        if (!answered) reject(error)
      })
      const pump = () => {
        while (!answered && sent < 64 * 1024 * 1024) {
          sent += chunk.length
          if (!request.write(chunk)) return void request.once('drain', pump)
        }
        if (!answered) request.end()
      }
      pump()
    })
    expect(result.status).toBe(413)
    expect(result.sentWhenAnswered).toBeLessThan(bound + 16 * 1024 * 1024)
    expect(await documentCounts()).toEqual(before)
  })
})

describe(`generated hostile requests (seed ${seed})`, () => {
  it('get no 5xx, store nothing, and leave the server answering', async () => {
    const requests = hostileRequests(seed, 60)
    expect(requests.length).toBeGreaterThanOrEqual(1000)
    const before = await documentCounts()

    const byRoute = new Map<string, Map<number, number>>()
    const failures: string[] = []
    let next = 0
    // Four at a time: enough to overlap, few enough for a 2-core machine.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < requests.length) {
          const request = requests[next++]
          const { status, text } = await send(request)
          const counts = byRoute.get(request.route) ?? new Map<number, number>()
          counts.set(status, (counts.get(status) ?? 0) + 1)
          byRoute.set(request.route, counts)
          if (status >= 500)
            failures.push(
              `${status} ${request.method} ${request.path.slice(0, 120)} [${request.kind}] ${text.slice(0, 200)}`,
            )
        }
      }),
    )

    console.log(
      `hostile requests by route (seed ${seed}, ${requests.length} requests):\n` +
        [...byRoute]
          .map(([route, counts]) => `  ${route}: ${[...counts].map(([status, n]) => `${status}×${n}`).join(', ')}`)
          .join('\n'),
    )
    expect(failures).toEqual([])
    expect(await documentCounts()).toEqual(before)
    expect((await send({ method: 'GET', path: '/api/sites?limit=1', headers: {} })).status).toBe(200)
    expect((await send({ method: 'GET', path: '/en', headers: {} })).status).toBe(200)
  }, 600_000)
})
