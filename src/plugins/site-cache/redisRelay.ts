/**
 * Content changes between processes, through Redis pub/sub (when REDIS_URL is set): every
 * process that changes content (an app instance, `npm run seed`, a worker) publishes the change
 * on one channel, and every process hears the others' changes there. While Redis is unreachable
 * a process cannot hear the others, so its caches keep what they store only a few seconds
 * (`lifetimeMs`), and everything stored before counts as changed: a page is never served stale
 * for longer than that. It hears again only once its subscription is confirmed, not at `ready`
 * (ioredis re-subscribes after it). A publish that fails (the others did not hear it) also keeps
 * lifetimes short, until one succeeds. Both turns are logged once.
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
  // No offline queue: while Redis is away a publish fails at once instead of waiting.
  const publisher = new Redis(url, { ...options, enableOfflineQueue: false })
  const subscriber = new Redis(url, options)
  let heard = false
  let publishing = true
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
    subscriber
      .subscribe(channel)
      .then(() => {
        if (subscriber.status !== 'ready') return // lost again meanwhile
        // Changes published while it was away were missed; from now on none is.
        hear({ kind: 'global', slug: everything })
        heard = true
        if (reported) console.warn(`cache: Redis at ${withoutPassword(url)} reachable again; changes are heard again`)
        reported = false
      })
      .catch((error: Error) => lost(error.message))
  })
  /**
   * Waited for before publishing: the first connection (a process may publish as soon as it
   * starts: the seed), unless it failed, and a reconnection while the subscriber is back already
   * (Redis is up, so the others hear again and would keep a change they were not told of).
   * Otherwise a publish fails at once instead of waiting for a Redis that is down: a seed on a
   * first start without Redis would wait a second per write.
   */
  let started = false
  // Reported by the subscriber, which loses the same server.
  publisher.on('error', () => (started = true))
  publisher.on('ready', () => (publishing = true))
  const publisherReady = () =>
    publisher.status === 'ready' || (started && subscriber.status !== 'ready')
      ? Promise.resolve()
      : new Promise((resolve) => publisher.once('ready', resolve))
  publisher.once('ready', () => (started = true))
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
      const message = JSON.stringify({ from: self, changes })
      const published = publisherReady()
        .then(() => publisher.publish(channel, message))
        .then(
          () => true,
          () => false,
        )
      // A write never waits long for Redis: unreachable, the others fall back to short lifetimes.
      const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000).unref())
      publishing = await Promise.race([published, late])
    },
    lifetimeMs: () => (heard && publishing ? lifetimes.heard : lifetimes.unheard),
  }
}
