/**
 * A first start on an empty database, over HTTP against the built app: the server listens at
 * once, but /readyz says 503 until the database is migrated and seeded, so a proxy sends no
 * visitor to a half-written site; the first page served once ready is complete and kept by the
 * front cache.
 */
import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freshDatabase, type TestDatabase } from '../support/database'
import { testEnvironment } from '../support/payload'
import { spawnApp, type SpawnedApp } from '../support/server'

type Readiness = { ready: boolean; checks: Record<string, { ok: boolean; error?: string }> }
type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

let database: TestDatabase
let uploads: ReturnType<typeof testEnvironment>
let app: SpawnedApp

beforeAll(async () => {
  database = await freshDatabase('startup')
  uploads = testEnvironment()
  app = await spawnApp(database, { uploads: uploads.uploads })
}, 300_000)
afterAll(async () => {
  await app?.stop()
  await database?.drop()
  uploads?.removeUploads()
})

// Its own connection per request, as a load balancer's probe: no kept-alive socket to race.
const get = (path: string) =>
  new Promise<Answer>((resolve, reject) =>
    http
      .get(`${app.url}${path}`, { agent: false }, (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
      })
      .on('error', reject),
  )

/** Every /readyz answer from the first connection until the first 200, 20 ms apart. */
const probeUntilReady = async () => {
  const answers: { status: number; readiness: Readiness }[] = []
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (app.server.exitCode !== null) throw new Error(`the server exited:\n${app.output()}`)
    const answer = await get('/readyz').catch(() => null) // not listening yet
    if (answer) {
      answers.push({ status: answer.status, readiness: JSON.parse(answer.body) as Readiness })
      if (answer.status === 200) return answers
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`not ready within 120 s:\n${app.output()}`)
}

describe('a first start on an empty database', () => {
  it('is not ready while it migrates and seeds; the first page served once ready is kept whole', async () => {
    const answers = await probeUntilReady()
    // It listens before Payload has started, and says it is not ready.
    expect(answers.filter(({ status }) => status === 503).length).toBeGreaterThan(0)
    expect(answers.at(-1)?.readiness.checks).toMatchObject({ database: { ok: true }, sites: { ok: true } })

    const first = await get('/en/news')
    expect(first.status).toBe(200)
    expect(first.headers['x-cache']).toBe('MISS')
    const again = await get('/en/news')
    expect(again.headers['x-cache']).toBe('HIT')
    expect(again.body).toBe(first.body)
  })
})
