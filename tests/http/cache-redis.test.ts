/**
 * Invalidation across processes through Redis, over HTTP against the production build: two app
 * instances on one database hear each other's edits at the next request; with Redis unreachable
 * an instance still serves and keeps what it stores only seconds (its shared-cache lifetime says
 * so); losing Redis is logged once, and its return once. Each run has its own channel, so suites
 * running side by side on one Redis do not hear each other.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freshDatabase, type TestDatabase } from '../support/database'
import { buildWorld, type World } from '../support/fixtures'
import { freePort } from '../support/freePort'
import { closePayload, openPayload, testEnvironment } from '../support/payload'
import { serveApp, type AppProcess } from '../support/server'
import { signInOverHttp } from '../support/signIn'

const sharedRedis = 'redis://127.0.0.1:6379'
const channel = `wayout-test:${randomUUID()}`

let database: TestDatabase
let world: World
let uploads: { uploads: string; removeUploads: () => void }
const started: (AppProcess | { stop: () => Promise<void> })[] = []

beforeAll(async () => {
  database = await freshDatabase('cache_redis')
  uploads = testEnvironment()
  const payload = await openPayload(database.uri)
  world = await buildWorld(payload)
  await closePayload(payload)
})
afterAll(async () => {
  for (const process of started.reverse()) await process.stop()
  await database?.drop()
  uploads?.removeUploads()
})

const instance = async (redisUrl: string) => {
  const app = await serveApp(database, {
    uploads: uploads.uploads,
    env: { REDIS_URL: redisUrl, REDIS_CACHE_CHANNEL: channel },
  })
  started.push(app)
  let log = ''
  app.server.stdout?.on('data', (chunk: Buffer) => (log += chunk))
  app.server.stderr?.on('data', (chunk: Buffer) => (log += chunk))
  return { ...app, log: () => log }
}

/** A Redis server of this test's own, on a free port, to stop and start again. */
const ownRedis = async (port: number) => {
  const server: ChildProcess = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'])
  const ready = new Promise<void>((resolve) =>
    server.stdout?.on('data', (chunk: Buffer) => String(chunk).includes('Ready to accept') && resolve()),
  )
  await ready
  const handle = {
    stop: async () => {
      if (server.exitCode !== null) return
      server.kill('SIGTERM')
      await new Promise((resolve) => server.once('exit', resolve))
    },
  }
  started.push(handle)
  return handle
}

const page = async (base: string, path: string) => {
  const response = await fetch(`${base}${path}`)
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    cacheControl: response.headers.get('cache-control'),
    body: await response.text(),
  }
}

/** Waits (without a time assertion) until the instance's log says `text`: 60 s at most, then fails. */
const untilLogged = async (log: () => string, text: RegExp) => {
  for (let tries = 0; !text.test(log()); tries++) {
    if (tries === 600) throw new Error(`the instance never logged ${text} in 60 s; its log:\n${log()}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

// Each test starts app instances of its own, a few seconds each on a loaded machine.
describe('invalidation through Redis', { timeout: 240_000 }, () => {
  it('shows an edit made through one instance on the other at the next request', async () => {
    const a = await instance(sharedRedis)
    const b = await instance(sharedRedis)
    for (const base of [a.url, b.url]) {
      await page(base, '/en/news/news-public')
      expect((await page(base, '/en/news/news-public')).cache).toBe('HIT')
      await fetch(`${base}/api/public/v1/news`)
      expect((await fetch(`${base}/api/public/v1/news`)).headers.get('x-cache')).toBe('HIT')
    }
    const token = await signInOverHttp(a.url, 'editor@example.test')
    const edited = await fetch(`${a.url}/api/news/${world.ids.news['published on wayout']}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title: 'Edited on instance A' }),
    })
    expect(edited.status).toBe(200)
    const onB = await page(b.url, '/en/news/news-public')
    expect(onB.cache).toBe('MISS')
    expect(onB.body).toContain('Edited on instance A')
    const answer = await (await fetch(`${b.url}/api/public/v1/news`)).json()
    expect(answer.items.map((item: { title: string }) => item.title)).toContain('Edited on instance A')
    expect(b.log()).not.toMatch(/unreachable/)
  })

  it('hears `npm run seed` run against the same database as a process of its own', async () => {
    const app = await instance(sharedRedis)
    await page(app.url, '/en/partners')
    expect((await page(app.url, '/en/partners')).cache).toBe('HIT')
    const seeding = spawn('npm', ['run', 'seed'], {
      // The seed takes 20–50 s here (every document with its first version): a run stalled while
      // loading (scripts/lib/tsx.mjs) is retried after 150 s.
      env: {
        ...process.env,
        DATABASE_URI: database.uri,
        REDIS_URL: sharedRedis,
        REDIS_CACHE_CHANNEL: channel,
        TSX_TIMEOUT_SECONDS: '150',
      },
      detached: true,
    })
    let output = ''
    for (const stream of [seeding.stdout, seeding.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk))
    // A seed that never ends fails here with what it printed, not as a silent test timeout.
    const stuck = setTimeout(() => seeding.pid && process.kill(-seeding.pid, 'SIGKILL'), 330_000)
    const exit = await new Promise((resolve) => seeding.once('exit', (code, signal) => resolve(code ?? signal)))
    clearTimeout(stuck)
    expect(exit, output).toBe(0)
    const after = await page(app.url, '/en/partners')
    expect(after.cache).toBe('MISS')
  }, 360_000)

  it('serves, with short lifetimes, when nothing listens at REDIS_URL', async () => {
    const lonely = await instance(`redis://127.0.0.1:${await freePort('127.0.0.1')}`)
    const first = await page(lonely.url, '/en/news')
    expect(first.status).toBe(200)
    expect(first.cacheControl).toMatch(/s-maxage=5\b/)
  })

  it('falls back when its Redis goes away, and back to full lifetimes when it returns', async () => {
    const port = await freePort('127.0.0.1')
    let redis = await ownRedis(port)
    const app = await instance(`redis://127.0.0.1:${port}`)
    expect((await page(app.url, '/en/partners')).cacheControl).toMatch(/s-maxage=60\b/)
    await redis.stop()
    await untilLogged(app.log, /unreachable/)
    const during = await page(app.url, '/en/partners')
    expect(during.cache).not.toBe('HIT')
    expect(during.cacheControl).toMatch(/s-maxage=5\b/)
    redis = await ownRedis(port)
    await untilLogged(app.log, /reachable again/)
    expect((await page(app.url, '/en/events')).cacheControl).toMatch(/s-maxage=60\b/)
    expect(app.log().match(/unreachable/g)).toHaveLength(1)
  })
})
