/**
 * What operators and the proxy rely on, over HTTP against the built app: /healthz and /readyz
 * (with a Redis of the test's own that it stops), one JSON log line per request with a request
 * id and no personal data, and a graceful shutdown: requests in flight finish, new connections
 * are refused, /readyz says so, requests past the bound are cut, the process exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import net from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freshDatabase, type TestDatabase } from '../support/database'
import { freePort } from '../support/freePort'
import { testEnvironment } from '../support/payload'
import { serveApp, type AppProcess } from '../support/server'
import { eventually } from '../support/worker'

let database: TestDatabase
let uploads: ReturnType<typeof testEnvironment>
let app: AppProcess
let redis: ChildProcess
let redisPort: number
let log = ''

const startRedis = () => {
  redis = spawn('redis-server', ['--port', String(redisPort), '--save', '', '--appendonly', 'no'])
  return eventually('Redis listening', () => connects(redisPort))
}
const connects = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })

/**
 * A probe as a load balancer sends one: on a connection of its own. A kept-alive connection that
 * the server closes as idle just as the next request is sent ends in ECONNRESET (a client race,
 * which browsers and nginx answer by retrying), and this spec's waits for Redis leave connections idle.
 */
const probe = (path: string) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: unknown }>((resolve, reject) =>
    http
      .get(`${app.url}${path}`, { agent: false }, (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: JSON.parse(text) }),
        )
      })
      .on('error', reject),
  )

/** The JSON log lines the server wrote for requests so far. */
const requestLines = () =>
  log
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.msg === 'request')

beforeAll(async () => {
  redisPort = await freePort('127.0.0.1')
  await startRedis()
  database = await freshDatabase('operations')
  uploads = testEnvironment()
  app = await serveApp(database, {
    uploads: uploads.uploads,
    env: { REDIS_URL: `redis://127.0.0.1:${redisPort}`, TRUST_PROXY: 'true' },
  })
  app.server.stdout!.on('data', (chunk: Buffer) => (log += chunk))
})

afterAll(async () => {
  await app?.stop()
  redis?.kill()
  await database?.drop()
  uploads?.removeUploads()
})

describe('health and readiness', () => {
  it('answers /healthz while the process runs, never cached', async () => {
    const response = await fetch(`${app.url}/healthz`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ status: 'alive' })
  })

  it('answers /readyz with each check, and 503 naming Redis while Redis is down, until it is back', async () => {
    const ready = await probe('/readyz')
    expect(ready.status).toBe(200)
    expect(ready.headers['cache-control']).toBe('no-store')
    expect(ready.body).toEqual({
      status: 'ready',
      checks: { database: { ok: true }, redis: { ok: true }, storage: { ok: true }, sites: { ok: true } },
    })

    redis.kill()
    await eventually('Redis stopped', async () => !(await connects(redisPort)))
    const down = await probe('/readyz')
    expect(down.status).toBe(503)
    expect(down.body).toMatchObject({
      status: 'not ready',
      checks: { redis: { ok: false }, database: { ok: true } },
    })
    // The site itself keeps serving.
    expect((await probe('/healthz')).status).toBe(200)

    await startRedis()
    await eventually('ready again', async () => (await probe('/readyz')).status === 200)
  })
})

describe('request logs', () => {
  it('writes one JSON line per request: id, method, path without personal values, status, duration, bytes', async () => {
    const response = await fetch(
      `${app.url}/api/public/v1/subscriptions/confirm?token=secret-token-value&email=someone%40example.test&locale=fr`,
      { headers: { 'x-request-id': 'proxy-id-123', cookie: 'payload-token=cookie-secret' } },
    )
    // Behind a trusted proxy its id is kept and echoed.
    expect(response.headers.get('x-request-id')).toBe('proxy-id-123')
    await eventually('the log line', () => requestLines().some((line) => line.id === 'proxy-id-123'))
    const lines = requestLines().filter((line) => line.id === 'proxy-id-123')
    expect(lines).toHaveLength(1)
    const [line] = lines
    expect(line).toMatchObject({
      method: 'GET',
      path: '/api/public/v1/subscriptions/confirm?token=…&email=…&locale=fr',
      status: response.status,
    })
    expect(line.ms).toEqual(expect.any(Number))
    expect(line.bytes).toBeGreaterThan(0)
    const raw = log.split('\n').find((text) => text.includes('proxy-id-123'))!
    for (const secret of ['secret-token-value', 'someone', 'cookie-secret', '127.0.0.1'])
      expect(raw).not.toContain(secret)
  })

  it('says whether a front cache answered, and replaces an id that is not a plain token', async () => {
    // Asked until the front cache answers (the first answer fills it).
    let cached = await fetch(`${app.url}/en/news`)
    await eventually('a cached answer', async () => {
      await cached.text()
      cached = await fetch(`${app.url}/en/news`, { headers: { 'x-request-id': 'not a valid id' } })
      return cached.headers.get('x-cache') === 'HIT'
    })
    const id = cached.headers.get('x-request-id')!
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    await eventually('the log line', () => requestLines().some((line) => line.id === id))
    expect(requestLines().find((line) => line.id === id)).toMatchObject({ path: '/en/news', status: 200, cache: 'HIT' })
  })
})

/**
 * A raw connection, to hold a request open half-sent. The request asks `Expect: 100-continue`, so
 * the server answers "100 Continue" once it has read the request's head and begun handling it:
 * `started` is that answer, and `received` what followed it until the connection closed.
 */
const continueLine = 'HTTP/1.1 100 Continue\r\n\r\n'
const openRequest = (port: number, head: string) =>
  new Promise<{ socket: net.Socket; started: Promise<void>; received: Promise<string> }>((resolve, reject) => {
    let data = ''
    let begun: () => void
    const started = new Promise<void>((done) => (begun = done))
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(head)
      resolve({ socket, started, received })
    })
    socket.on('data', (chunk) => {
      data += chunk
      if (data.startsWith(continueLine)) begun()
    })
    const received = new Promise<string>((done) =>
      socket.once('close', () => done(data.startsWith(continueLine) ? data.slice(continueLine.length) : data)),
    )
    socket.once('error', reject)
  })

describe('graceful shutdown', () => {
  it('finishes requests in flight, refuses new connections, cuts what outlasts the bound, exits 0', async () => {
    // Its own server, without a trusted proxy, that gives requests two seconds once stopped.
    const own = await serveApp(database, { uploads: uploads.uploads, env: { SHUTDOWN_TIMEOUT_SECONDS: '2' } })
    const untrusted = await fetch(`${own.url}/healthz`, { headers: { 'x-request-id': 'forged-id' } })
    expect(untrusted.headers.get('x-request-id')).not.toBe('forged-id')

    const body = JSON.stringify({ email: 'not-an-email', locale: 'en' })
    const post = (length: number) =>
      `POST /api/public/v1/subscriptions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\nexpect: 100-continue\r\n\r\n`
    const slow = await openRequest(own.port, post(body.length) + body.slice(0, 10))
    const stuck = await openRequest(own.port, post(1000) + '{"email":')
    // Both requests are in the server's hands: it has told each client to go on sending.
    await Promise.all([slow.started, stuck.started])

    const exited = new Promise<number | null>((resolve) => own.server.once('exit', resolve))
    own.server.kill('SIGTERM')
    await eventually('new connections refused', async () => !(await connects(own.port)))

    // The slow request completes; /readyz, pipelined behind it on the same connection, says the server is draining.
    slow.socket.write(`${body.slice(10)}GET /readyz HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n`)
    const answers = await slow.received
    expect(answers).toMatch(/^HTTP\/1\.1 400 /)
    expect(answers).toContain('"code":"invalid_field"')
    expect(answers).toMatch(/HTTP\/1\.1 503 [^]*"draining":\{"ok":false/)

    // The request that never completes is cut at the bound, and the process exits cleanly.
    expect(await stuck.received).toBe('')
    expect(await exited).toBe(0)
  })
})
