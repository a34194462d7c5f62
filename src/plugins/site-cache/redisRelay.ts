/**
 * Content changes between processes, through Redis pub/sub (when REDIS_URL is set): every
 * process that changes content (an app instance, `npm run seed`, a worker) publishes the change
 * on one channel, and every process hears the others' changes there. While Redis is unreachable
 * a process cannot hear the others, so its caches keep what they store only a few seconds
 * (`lifetimeMs`), and everything stored before counts as changed: a page is never served stale
 * for longer than that. Both turns are logged once.
 */
import { randomUUID } from 'node:crypto'

import { Redis } from 'ioredis'

import { everything, type ContentChange } from './tags'

/** How long a response is kept while changes are heard; and while they may not be. */
export const lifetimes = { heard: 10 * 60_000, unheard: 5_000 }

export type Relay = {
  share(changes: ContentChange[]): Promise<void>
  /** How long a response stored now may be served without a new render. */
  lifetimeMs(): number
}

/** Without Redis, one process: its own changes are all there are (the zero-configuration setup). */
export const localOnly: Relay = { share: async () => {}, lifetimeMs: () => lifetimes.heard }

const isChange = (value: unknown): value is ContentChange =>
  typeof value === 'object' &&
  value !== null &&
  'slug' in value &&
  typeof value.slug === 'string' &&
  'kind' in value &&
  (value.kind === 'collection' || value.kind === 'global')

const withoutPassword = (url: string) => url.replace(/\/\/[^@/]*@/, '//')

/** `hear` gets the changes other processes publish, and a change of everything when they may have been missed. */
export const redisRelay = (url: string, channel: string, hear: (change: ContentChange) => void): Relay => {
  const self = randomUUID()
  const options = { connectTimeout: 2000, maxRetriesPerRequest: 1 }
  const publisher = new Redis(url, options)
  const subscriber = new Redis(url, options)
  let heard = false
  let reported = false

  const lost = (reason: string) => {
    if (heard) hear({ kind: 'global', slug: everything })
    heard = false
    if (reported) return
    reported = true
    console.warn(
      `cache: Redis at ${withoutPassword(url)} unreachable (${reason}); other instances' changes are not heard, ` +
        `so pages and API answers are kept ${lifetimes.unheard / 1000} s until it is back`,
    )
  }
  subscriber.on('error', (error: Error) => lost(error.message))
  subscriber.on('close', () => lost('connection closed'))
  subscriber.on('ready', () => {
    // Changes published while it was away were missed.
    hear({ kind: 'global', slug: everything })
    heard = true
    if (reported) console.warn(`cache: Redis at ${withoutPassword(url)} reachable again; changes are heard again`)
    reported = false
  })
  publisher.on('error', () => {}) // reported by the subscriber, which loses the same server
  subscriber.subscribe(channel).catch(() => {}) // renewed on every reconnection (autoResubscribe)
  subscriber.on('message', (_channel: string, message: string) => {
    try {
      const { from, changes } = JSON.parse(message) as { from?: unknown; changes?: unknown }
      if (from === self || !Array.isArray(changes)) return
      changes.filter(isChange).forEach(hear)
    } catch {
      // not one of ours
    }
  })

  return {
    share: async (changes) => {
      const published = publisher.publish(channel, JSON.stringify({ from: self, changes })).catch(() => 0)
      // A write never waits long for Redis: unreachable, the others fall back to short lifetimes.
      await Promise.race([published, new Promise((resolve) => setTimeout(resolve, 1000).unref())])
    },
    lifetimeMs: () => (heard ? lifetimes.heard : lifetimes.unheard),
  }
}
