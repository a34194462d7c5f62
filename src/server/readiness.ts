import { Redis } from 'ioredis'

import { siteDirectoryRead } from '../plugins/site-cache/siteDirectory'
import { uploadsReachable } from '../uploads/reachable'

import { operations } from './processState'

/** How long one check may take before it counts as failed (READY_CHECK_TIMEOUT_MS, default 1 s). */
const checkTimeoutMs = () => Number(process.env.READY_CHECK_TIMEOUT_MS ?? 1000)

type Check = () => Promise<void>

const within = (check: Check, ms: number) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    check()
      .then(resolve, reject)
      .finally(() => clearTimeout(timer))
  })

const database: Check = async () => {
  const { payload, prepared } = operations()
  if (!payload) throw new Error('starting')
  // Until then Next holds every page request (the seed runs in its start-up hook): send none yet.
  if (!prepared) throw new Error('migrating or seeding the database')
  // The smallest real query: the sites table holds a handful of rows.
  await payload.count({ collection: 'sites', overrideAccess: true })
}

let redis: Redis | undefined
const redisClient = () => {
  if (redis) return redis
  // Its own connection, made on first use, that never queues commands while Redis is down.
  redis = new Redis(process.env.REDIS_URL!, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: checkTimeoutMs(),
  })
  // Reported by the check's answer; the client reconnects by itself.
  redis.on('error', () => {})
  return redis
}

const redisPing: Check = async () => {
  const client = redisClient()
  if (client.status === 'wait') await client.connect()
  await client.ping()
}

const checks = (): Record<string, Check> => ({
  database,
  ...(process.env.REDIS_URL ? { redis: redisPing } : {}),
  storage: uploadsReachable,
  // The front cache keys pages by site: an instance that does not know the sites yet caches nothing.
  sites: siteDirectoryRead,
})

export type Readiness = { ready: boolean; checks: Record<string, { ok: boolean; error?: string }> }

/** Every check at once, each bounded; not ready while draining or when any fails. */
export const readiness = async (): Promise<Readiness> => {
  const entries = Object.entries(checks())
  const results = await Promise.allSettled(entries.map(([, check]) => within(check, checkTimeoutMs())))
  const named = Object.fromEntries(
    entries.map(([name], index) => {
      const result = results[index]
      return [
        name,
        result.status === 'fulfilled'
          ? { ok: true }
          : { ok: false, error: String(result.reason?.message ?? result.reason) },
      ]
    }),
  )
  const { draining } = operations()
  const ready = !draining && results.every((result) => result.status === 'fulfilled')
  return { ready, checks: draining ? { ...named, draining: { ok: false, error: 'shutting down' } } : named }
}
