/**
 * The public forms' rate limits where they matter: a flood cannot wait out a restart, nor spread
 * itself over several instances behind a load balancer. Real app processes over HTTP, on the
 * content database alone and on the machine's Redis (127.0.0.1:6379, or REDIS_TEST_URL).
 */
import crypto from 'node:crypto'

import { createClient } from '@libsql/client'
import { Redis } from 'ioredis'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { consentVersion } from '@/plugins/newsletter/subscribers/consent'
import { limits } from '@/public-forms/rateLimit'
import { saltedHash } from '@/public-forms/saltedHash'

import { freshDatabase, testDatabaseKind, type TestDatabase } from '../support/database'
import { freePort } from '../support/freePort'
import { testEnvironment } from '../support/payload'
import { serveApp, type AppProcess } from '../support/server'

const redisUrl = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379'
const perAddress = limits.subscribe.perAddress.points
const allowedThenRefused = [...Array<number>(perAddress).fill(202), 429]
const countsInTable = testDatabaseKind !== 'mongodb'
// Each spec starts app processes of its own (migrate, seed, listen): allow for a loaded machine.
const serverStarts = 300_000

let uploads: string
let removeUploads: () => void
const databases: TestDatabase[] = []
const running: AppProcess[] = []

beforeAll(() => {
  ;({ uploads, removeUploads } = testEnvironment())
})

afterAll(async () => {
  await Promise.all(running.map((app) => app.stop()))
  await Promise.all(databases.map((database) => database.drop()))
  removeUploads()
})

const database = async (label: string) => {
  const created = await freshDatabase(label)
  databases.push(created)
  return created
}

/** An app process; every request says it comes from this run's own client address (TRUST_PROXY). */
const instance = async (on: TestDatabase, redis: string | null) => {
  const app = await serveApp(on, { uploads, env: { TRUST_PROXY: 'true', REDIS_URL: redis ?? '' } })
  running.push(app)
  return app
}

const stop = async (app: AppProcess) => {
  await app.stop()
  running.splice(running.indexOf(app), 1)
}

// Unique per run, so counts left in the shared Redis by earlier runs never meet this one's.
const run = crypto.randomBytes(4).toString('hex')
const clientIp = `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`
const address = (name: string) => `${name}-${run}@example.test`

const signUp = async (app: AppProcess, email: string) => {
  const response = await fetch(`${app.url}/api/public/v1/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': clientIp },
    body: JSON.stringify({ email, locale: 'en', consent: true, consentVersion }),
  })
  return { status: response.status, retryAfter: Number(response.headers.get('retry-after') ?? 0) }
}

/**
 * The keys rate-limiter-flexible stored in a SQL content database's rate_limits table, read with
 * plain SQL. (MongoDB keeps them in a collection of the limiter's own, not read here.)
 */
const storedKeys = async (on: TestDatabase): Promise<string[]> => {
  if (on.kind === 'postgres') {
    const client = new pg.Client({ connectionString: on.uri })
    await client.connect()
    try {
      return (await client.query<{ key: string }>('SELECT key FROM rate_limits')).rows.map((row) => row.key)
    } finally {
      await client.end()
    }
  }
  const client = createClient({ url: on.uri })
  try {
    return (await client.execute('SELECT key FROM rate_limits')).rows.map((row) => String(row.key))
  } finally {
    client.close()
  }
}

const addressKey = (email: string) => `rl:subscribe:address:${saltedHash('rate-limit-address', email)}`

describe('rate limits of the public forms', () => {
  it(
    'a sign-up limit reached before a restart still holds after it (counted in the content database)',
    async () => {
      const on = await database('rate_restart')
      const email = address('restart')
      const before = await instance(on, null)
      for (let n = 0; n < perAddress; n++) expect((await signUp(before, email)).status).toBe(202)
      await stop(before)

      const after = await instance(on, null)
      const refused = await signUp(after, email)
      expect(refused.status).toBe(429)
      expect(refused.retryAfter).toBeGreaterThan(0)
      // Only this address is limited: the restarted server answers others as usual.
      expect((await signUp(after, address('restart-other'))).status).toBe(202)
      await stop(after)

      if (countsInTable) {
        const keys = await storedKeys(on)
        expect(keys).toContain(addressKey(email))
        expect(keys.join(' ')).not.toContain(run) // hashes only: no address or IP in the table
      }
    },
    serverStarts,
  )

  it(
    'two instances sharing Redis count together, though each has a database of its own',
    async () => {
      const email = address('shared')
      const [onFirst, onSecond] = await Promise.all([database('rate_redis_a'), database('rate_redis_b')])
      const [first, second] = await Promise.all([instance(onFirst, redisUrl), instance(onSecond, redisUrl)])
      const statuses = []
      for (let n = 0; n <= perAddress; n++) statuses.push((await signUp(n % 2 ? second : first, email)).status)
      expect(statuses).toEqual(allowedThenRefused)

      const redis = new Redis(redisUrl)
      try {
        expect(Number(await redis.get(addressKey(email)))).toBe(perAddress + 1)
        await redis.del(addressKey(email))
      } finally {
        redis.disconnect()
      }
      // Nothing was counted in either database: Redis is the one store.
      if (countsInTable) expect([...(await storedKeys(onFirst)), ...(await storedKeys(onSecond))]).toEqual([])
    },
    serverStarts,
  )

  it(
    'with Redis unreachable, an instance still limits on its own instead of letting every request through',
    async () => {
      const closedPort = await freePort('127.0.0.1')
      const on = await database('rate_no_redis')
      const app = await instance(on, `redis://127.0.0.1:${closedPort}`)
      const email = address('no-redis')
      const statuses = []
      for (let n = 0; n <= perAddress; n++) statuses.push((await signUp(app, email)).status)
      expect(statuses).toEqual(allowedThenRefused)
      // Counted in memory: neither in Redis (unreachable) nor in the database.
      if (countsInTable) expect(await storedKeys(on)).toEqual([])
    },
    serverStarts,
  )
})
