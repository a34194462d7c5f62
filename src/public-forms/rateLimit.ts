import { Redis } from 'ioredis'
import { eq, type SQL } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'
import {
  RateLimiterDrizzle,
  RateLimiterMemory,
  RateLimiterMongo,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

import { rateLimitedNetwork } from './ipPrefix'
import { postgresRateLimits, sqliteRateLimits } from './rateLimitTable'
import { saltedHash } from './saltedHash'

type Limit = { points: number; durationSeconds: number }

/**
 * How often each public write may happen. Per IP generous enough for an office or a prison
 * service behind one NAT address; per address tight, since every sign-up sends a confirmation
 * email to someone who may never have asked for it.
 */
export const limits = {
  subscribe: { perIp: { points: 20, durationSeconds: 10 * 60 }, perAddress: { points: 3, durationSeconds: 60 * 60 } },
  confirm: { perIp: { points: 30, durationSeconds: 10 * 60 }, perAddress: { points: 10, durationSeconds: 60 * 60 } },
  unsubscribe: {
    perIp: { points: 30, durationSeconds: 10 * 60 },
    perAddress: { points: 10, durationSeconds: 60 * 60 },
  },
  trainingRegistration: {
    perIp: { points: 20, durationSeconds: 10 * 60 },
    perAddress: { points: 3, durationSeconds: 60 * 60 },
  },
  practiceSubmission: {
    perIp: { points: 5, durationSeconds: 60 * 60 },
    perAddress: { points: 5, durationSeconds: 24 * 60 * 60 },
  },
  // Sign-in and password reset (src/auth/attemptLimits.ts); "address" is the account tried. One
  // network may try 10 times in 10 minutes (60 an hour), below an account's 100 an hour, so it
  // alone can never shut an account's owner out; many networks together get 100 guesses an hour.
  login: { perIp: { points: 10, durationSeconds: 10 * 60 }, perAddress: { points: 100, durationSeconds: 60 * 60 } },
  // Each request may email the account's owner: tight per account.
  forgotPassword: {
    perIp: { points: 10, durationSeconds: 60 * 60 },
    perAddress: { points: 3, durationSeconds: 60 * 60 },
  },
  // "address" is the reset token: a guesser changes it at every try, so the per-IP limit is what counts.
  resetPassword: {
    perIp: { points: 10, durationSeconds: 10 * 60 },
    perAddress: { points: 5, durationSeconds: 60 * 60 },
  },
  // Resend's own servers call here; generous, only against a flood.
  webhook: { perIp: { points: 600, durationSeconds: 60 }, perAddress: { points: 600, durationSeconds: 60 } },
} satisfies Record<string, { perIp: Limit; perAddress: Limit }>

export type Endpoint = keyof typeof limits

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number }

type SharedRedis = { client: Redis; firstConnection: Promise<void> }

const redisClients = new Map<string, SharedRedis>()
/**
 * Generous: it bounds only a Redis that neither answers nor refuses (a refusal ends the wait at
 * once), and timers fire late when the event loop is busy, as it is while an instance loads its
 * code at start: a 2 s wait let a working Redis count as down on a loaded machine.
 */
const connectTimeoutMs = 5000

/**
 * One connection per Redis URL for all limiters; an outage is reported once, not per retry.
 * `firstConnection` settles when the first attempt ends (connected, refused, or past the connect
 * timeout): until then the limiter would count in its per-instance fallback, splitting the
 * counts after every start; a slow but working Redis must not count as an outage.
 */
const sharedRedis = (url: string): SharedRedis => {
  const known = redisClients.get(url)
  if (known) return known
  const client = new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: connectTimeoutMs,
  })
  let reported = false
  client.on('error', (error: Error) => {
    if (reported) return
    reported = true
    console.warn(`rate limits: Redis unreachable (${error.message}); counting per instance until it is back`)
  })
  client.on('ready', () => (reported = false))
  const firstConnection = new Promise<void>((resolve) => {
    const settle = () => {
      clearTimeout(waited)
      resolve()
    }
    const waited = setTimeout(settle, connectTimeoutMs)
    client.once('ready', settle)
    client.once('error', settle)
  })
  const shared = { client, firstConnection }
  redisClients.set(url, shared)
  return shared
}

type Deleting = {
  delete: (table: typeof sqliteRateLimits | typeof postgresRateLimits) => {
    where: (condition: SQL) => Promise<unknown>
  }
}
type SqlStore = { name: string; drizzle: Deleting; sessions?: Record<string, { db: Deleting } | undefined> }

/** Payload's SQL adapters (SQLite, PostgreSQL) carry their Drizzle client; MongoDB's a `connection`. */
const isSqlStore = (db: Payload['db']): db is Payload['db'] & SqlStore => 'drizzle' in db

/**
 * Where counts live, so that they hold across restarts: Redis when REDIS_URL is set (and so
 * across instances), else the database the content is in. If Redis is unreachable, an in-memory
 * limiter takes over (per instance) rather than letting every request through or none.
 */
const store = async (payload: Payload, keyPrefix: string, limit: Limit): Promise<RateLimiterAbstract> => {
  const options = { keyPrefix, points: limit.points, duration: limit.durationSeconds }
  if (process.env.REDIS_URL) {
    const redis = sharedRedis(process.env.REDIS_URL)
    await redis.firstConnection
    return new RateLimiterRedis({
      ...options,
      storeClient: redis.client,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(options),
    })
  }
  const db = payload.db
  if (isSqlStore(db))
    return new RateLimiterDrizzle({
      ...options,
      storeClient: db.drizzle,
      schema: db.name === 'postgres' ? postgresRateLimits : sqliteRateLimits,
    })
  if ('connection' in db) return new RateLimiterMongo({ ...options, storeClient: db.connection })
  throw new Error(`rate limits: no store for the ${payload.db.name} database adapter`)
}

const limiters = new WeakMap<Payload, Map<string, Promise<RateLimiterAbstract>>>()

const limiter = (payload: Payload, name: string, limit: Limit) => {
  let forPayload = limiters.get(payload)
  if (!forPayload) limiters.set(payload, (forPayload = new Map()))
  const key = `${name}:${process.env.REDIS_URL ?? 'db'}`
  if (!forPayload.has(key)) forPayload.set(key, store(payload, `rl:${name}`, limit))
  return forPayload.get(key)!
}

const consume = async (rateLimiter: Promise<RateLimiterAbstract>, key: string): Promise<RateLimitResult> => {
  try {
    await (await rateLimiter).consume(key)
    return { ok: true }
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes)
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) }
    throw refusal
  }
}

const addressKey = (address: string) => saltedHash('rate-limit-address', address.trim().toLowerCase())

/**
 * Counts one attempt at `endpoint` from an IP address (an IPv6 one by its /64), or for an email
 * address (or link token). Keys are salted hashes: the table and Redis never hold an IP or email address.
 */
export const consumeRateLimit = async (
  payload: Payload,
  endpoint: Endpoint,
  who: { ip: string } | { address: string },
): Promise<RateLimitResult> =>
  'ip' in who
    ? consume(
        limiter(payload, `${endpoint}:ip`, limits[endpoint].perIp),
        saltedHash('rate-limit-ip', rateLimitedNetwork(who.ip)),
      )
    : consume(limiter(payload, `${endpoint}:address`, limits[endpoint].perAddress), addressKey(who.address))

/**
 * Forgets the count kept for an address at `endpoint` (an erased subscriber's). In the database
 * store it deletes within the caller's transaction, if any: on SQLite a second writer would wait
 * for that transaction, which waits for it.
 */
export const forgetAddressCounts = async (
  payload: Payload,
  endpoint: Endpoint,
  address: string,
  req?: Partial<PayloadRequest>,
) => {
  const rateLimiter = await limiter(payload, `${endpoint}:address`, limits[endpoint].perAddress)
  const key = addressKey(address)
  const db = payload.db
  if (process.env.REDIS_URL || !isSqlStore(db)) {
    await rateLimiter.delete(key)
    return
  }
  const transaction = req?.transactionID ? db.sessions?.[String(await req.transactionID)]?.db : undefined
  const table = db.name === 'postgres' ? postgresRateLimits : sqliteRateLimits
  await (transaction ?? db.drizzle).delete(table).where(eq(table.key, rateLimiter.getKey(key)))
}
